"""Files that arrive changed: a leftover journal, WAL mode, a file replaced while open."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from half_written import kill_mid_write
from reliability_support import digests_of, record, run_cli

from casefile.store import CaseFile, ChangedOnDisk


def header_modes(path: Path) -> tuple[int, int]:
    """SQLite's write and read format versions: 1 for rollback journal, 2 for WAL."""
    raw = path.read_bytes()[:20]
    return raw[18], raw[19]


def content(case: CaseFile) -> dict:
    document = case.export_document()
    return {k: v for k, v in document.items() if k not in ("format", "version")}


@pytest.fixture
def hot_journal(demo_path: Path) -> tuple[Path, dict]:
    """The demo case with a hot journal left by a writer killed mid-transaction."""
    with CaseFile.open(demo_path, read_only=True) as case:
        expected = content(case)
    kill_mid_write(demo_path)
    return demo_path, expected


def test_hot_journal_is_rolled_back_when_opened_for_editing(hot_journal) -> None:
    path, expected = hot_journal
    with CaseFile.open(path, actor="tester") as case:
        assert any("recovered" in n.message for n in case.notices)
        assert case.check() == []
        assert content(case) == expected
        assert not any(n.title.startswith("HALF-WRITTEN") for n in case.records("note"))
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]  # journal used up
    record("files that arrive changed", hot_journals_rolled_back=1)


def test_hot_journal_is_read_from_a_private_copy_and_left_alone(hot_journal) -> None:
    path, expected = hot_journal
    before = digests_of(path.parent)
    with CaseFile.open(path, read_only=True) as case:
        assert any("interrupted write" in n.message for n in case.notices)
        assert case.check() == []
        assert content(case) == expected
    result = run_cli("check", path)
    assert result.returncode == 0, result.stderr
    assert "interrupted write" in result.stderr
    assert digests_of(path.parent) == before  # the file and its journal, as they were


def wal_copy(source: Path, folder: Path, *, keep_wal: bool) -> tuple[Path, str, str]:
    """A copy of `source` taken while it was in WAL mode with a change only in its -wal."""
    conn = sqlite3.connect(source, isolation_level=None)
    try:
        assert conn.execute("PRAGMA journal_mode=WAL").fetchone()[0] == "wal"
        conn.execute("PRAGMA wal_autocheckpoint=0")
        note_id, old_title = conn.execute("SELECT id, title FROM note ORDER BY id").fetchone()
        conn.execute("UPDATE note SET title = 'changed in the WAL' WHERE id = ?", (note_id,))
        folder.mkdir()
        copy = folder / source.name
        shutil.copyfile(source, copy)
        if keep_wal:
            shutil.copyfile(Path(str(source) + "-wal"), Path(str(copy) + "-wal"))
    finally:
        conn.close()
    assert header_modes(copy) == (2, 2)
    return copy, note_id, old_title


def changed_outside(problems: list) -> list[str]:
    """The ids of the items check() found changed outside casefile; nothing else found."""
    assert all(p.area == "audit" and "outside casefile" in p.message for p in problems), problems
    return [p.message.split()[1].rstrip(":") for p in problems]


def sql_value(path: Path, query: str) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(query).fetchone()[0]
    finally:
        conn.close()


@pytest.mark.parametrize("keep_wal", [True, False], ids=["with-wal", "without-wal"])
def test_wal_file_opened_for_editing_is_converted(
    demo_path: Path, tmp_path: Path, keep_wal: bool
) -> None:
    path, note_id, old_title = wal_copy(demo_path, tmp_path / "arrived", keep_wal=keep_wal)
    with CaseFile.open(path, actor="tester") as case:
        assert any("converted" in n.message for n in case.notices)
        title = case.get("note", note_id).title
        assert title == ("changed in the WAL" if keep_wal else old_title)
        case.add("note", title="edited after conversion")
        assert changed_outside(case.check()) == ([note_id] if keep_wal else [])
    assert header_modes(path) == (1, 1)
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]  # one file again


@pytest.mark.parametrize("keep_wal", [True, False], ids=["with-wal", "without-wal"])
def test_wal_file_opened_read_only_is_read_and_left_untouched(
    demo_path: Path, tmp_path: Path, keep_wal: bool
) -> None:
    path, note_id, old_title = wal_copy(demo_path, tmp_path / "arrived", keep_wal=keep_wal)
    before = digests_of(path.parent)
    with CaseFile.open(path, read_only=True) as case:
        assert any("WAL mode" in n.message for n in case.notices)
        title = case.get("note", note_id).title
        assert title == ("changed in the WAL" if keep_wal else old_title)
        assert changed_outside(case.check()) == ([note_id] if keep_wal else [])
    checked = run_cli("check", path)
    assert checked.returncode == (1 if keep_wal else 0)
    assert ("title changed outside casefile" in checked.stdout) is keep_wal
    assert digests_of(path.parent) == before


@pytest.fixture
def open_case(demo_path: Path):
    case = CaseFile.open(demo_path, actor="tester")
    case.add("note", title="before the file changed")
    yield case
    case.close()


def _replace(path: Path) -> None:
    other = path.with_name("other.casefile")
    CaseFile.create(other, title="Someone else's case", actor="other").close()
    os.replace(other, path)


def _write_in_place(path: Path) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("UPDATE note SET title = 'edited by another program' WHERE rowid = 1")
    conn.close()


def _delete(path: Path) -> None:
    path.unlink()


def _move(path: Path) -> None:
    path.rename(path.with_name("moved.casefile"))


@pytest.mark.parametrize("change", [_replace, _write_in_place, _delete, _move])
def test_file_changed_on_disk_while_open_is_never_written_blindly(open_case, change) -> None:
    path = open_case.path
    open_case_first_note = sql_value(path, "SELECT id FROM note WHERE rowid = 1")
    change(path)
    folder = digests_of(path.parent)
    for edit in (
        lambda: open_case.add("note", title="written blindly"),
        lambda: open_case.update_incident(summary="written blindly"),
        lambda: open_case.delete("note", open_case.ids("note")[0]),
    ):
        with pytest.raises(ChangedOnDisk) as raised:
            edit()
        assert "close" in str(raised.value) and raised.value.exit_code == 1
    assert digests_of(path.parent) == folder  # not a byte written, nothing recreated
    open_case.close()
    if path.exists():
        with CaseFile.open(path, actor="tester") as case:  # reopened, editing works again
            case.add("note", title="after reopening")
            # The other program's edit wrote no audit entry, and check says so.
            edited = [open_case_first_note] if change is _write_in_place else []
            assert changed_outside(case.check()) == edited
            assert all(n.title != "written blindly" for n in case.records("note"))
    record("files that arrive changed", blind_writes=0)
