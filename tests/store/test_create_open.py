"""Creating and opening case files: the file format, and every file that must be refused."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
import struct
from collections.abc import Callable
from pathlib import Path

import pytest
from store.store_support import KYIV_STRIKE, file_digest, folder_listing, sql

from casefile.store import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    CaseFile,
    CaseFileError,
    Corrupt,
    InvalidInput,
    NewerVersion,
    NotACaseFile,
    NotFound,
)
from casefile.store.sqlitefile import read_header


def header_fields(path: Path) -> tuple[int, int, int, int]:
    """(write version, read version, user_version, application_id) from the raw header."""
    raw = path.read_bytes()[:100]
    return raw[18], raw[19], struct.unpack(">I", raw[60:64])[0], struct.unpack(">I", raw[68:72])[0]


def test_new_case_is_one_self_contained_sqlite_file_marked_as_ours(new_path: Path) -> None:
    with CaseFile.create(new_path, title="Strike on the embassy", actor="tester") as case:
        assert case.incident().title == "Strike on the embassy"
        assert folder_listing(new_path.parent) == ["case.casefile", "case.casefile.lock"]
    write_version, read_version, user_version, application_id = header_fields(new_path)
    assert (write_version, read_version) == (1, 1)  # rollback journal, never WAL
    assert user_version == SCHEMA_VERSION
    assert application_id == APPLICATION_ID
    assert folder_listing(new_path.parent) == ["case.casefile"]  # lock gone, no -journal/-wal


def test_new_case_uses_16_kib_pages_and_files_of_other_page_sizes_still_open(
    new_path: Path,
) -> None:
    """Large pages halve the opening check of a photo-heavy case; older 4 KiB files work."""
    with CaseFile.create(new_path, title="Strike on the embassy", actor="tester"):
        pass
    assert struct.unpack(">H", new_path.read_bytes()[16:18])[0] == 16384
    assert read_header(new_path).page_size == 16384
    sql(new_path, "PRAGMA page_size=65536", "VACUUM")  # the header spells 65536 as 1
    assert read_header(new_path).page_size == 65536
    sql(new_path, "PRAGMA page_size=4096", "VACUUM")
    assert struct.unpack(">H", new_path.read_bytes()[16:18])[0] == 4096
    assert read_header(new_path).page_size == 4096
    with CaseFile.open(new_path, actor="tester") as case:
        assert not case.read_only
        case.update_incident(title="Strike on the embassy grounds")
    with CaseFile.open(new_path, read_only=True) as case:
        assert case.incident().title == "Strike on the embassy grounds"


def test_incident_fields_given_at_creation_are_stored(new_path: Path) -> None:
    with CaseFile.create(
        new_path, title="Strike", actor="tester", reference="REF-1", occurred_at=KYIV_STRIKE,
        timezone="Europe/Kyiv", location="Kyiv", summary="Summary", classification="RESTRICTED",
    ) as case:  # fmt: skip
        incident_id = case.incident().id
    with CaseFile.open(new_path, read_only=True) as case:
        incident = case.incident()
    assert incident.id == incident_id
    assert (incident.title, incident.reference, incident.location) == ("Strike", "REF-1", "Kyiv")
    assert (incident.summary, incident.classification) == ("Summary", "RESTRICTED")
    assert incident.occurred_at == KYIV_STRIKE
    assert incident.timezone == "Europe/Kyiv"
    assert incident.status == "open"
    assert incident.created_at.tzinfo is not None
    assert incident.created_at.utcoffset() == dt.timedelta(0)


@pytest.mark.parametrize(
    ("fields", "words"),
    [
        ({"title": "  "}, "must not be empty"),
        ({"title": "T", "timezone": "Mars/Olympus"}, "unknown time zone"),
        ({"title": "T", "occurred_at": dt.datetime(2025, 11, 14, 1, 0)}, "no time zone"),
        ({"title": "T", "status": "pending"}, "must be one of"),
        ({"title": "T", "colour": "red"}, "unknown incident field"),
    ],
    ids=["empty-title", "bad-zone", "naive-time", "bad-status", "unknown-field"],
)
def test_create_refuses_bad_incident_and_leaves_no_file(
    new_path: Path, fields: dict, words: str
) -> None:
    with pytest.raises(InvalidInput, match=words):
        CaseFile.create(new_path, actor="tester", **fields)
    assert list(new_path.parent.iterdir()) == []


def test_create_never_overwrites_an_existing_file(demo_path: Path) -> None:
    before = file_digest(demo_path)
    with pytest.raises(CaseFileError, match="already exists"):
        CaseFile.create(demo_path, title="Another", actor="tester")
    assert file_digest(demo_path) == before


def test_create_in_a_missing_folder_says_so(tmp_path: Path) -> None:
    with pytest.raises(NotFound, match="does not exist; choose one that does"):
        CaseFile.create(tmp_path / "nowhere" / "x.casefile", title="T", actor="tester")


def test_every_connection_has_the_safety_pragmas(demo_case: CaseFile) -> None:
    with demo_case._engine.connect() as conn:
        values = {
            name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("foreign_keys", "trusted_schema", "synchronous", "journal_mode",
                         "cell_size_check", "mmap_size")
        }  # fmt: skip
    assert values == {
        "foreign_keys": 1, "trusted_schema": 0, "synchronous": 2, "journal_mode": "delete",
        "cell_size_check": 1, "mmap_size": 0,
    }  # fmt: skip


REFUSED = [
    ("missing", NotFound, "does not exist"),
    ("empty", NotACaseFile, "is empty"),
    ("text", NotACaseFile, "not a case file"),
    ("image", NotACaseFile, "not a case file"),
    ("foreign_sqlite", NotACaseFile, "not a case file"),
    ("truncated", Corrupt, "damaged"),
    ("damaged", Corrupt, "damaged"),
    ("newer", NewerVersion, "newer casefile"),
]


@pytest.mark.parametrize(
    ("kind", "error", "words", "read_only"),
    [
        pytest.param(*case, read_only, id=f"{case[0]}-{'ro' if read_only else 'edit'}")
        for case in REFUSED
        for read_only in (False, True)
        # a damaged file that SQLite can still read opens read-only: see the next test
        if not (case[0] == "damaged" and read_only)
    ],
)
def test_files_that_cannot_be_opened_are_refused_untouched(
    bad_file: Callable[[str], Path], kind: str, error: type, words: str, read_only: bool
) -> None:
    path = bad_file(kind)
    before = folder_listing(path.parent)
    digest = file_digest(path) if path.exists() else None
    with pytest.raises(error, match=words) as caught:
        CaseFile.open(path, read_only=read_only)
    message = str(caught.value)
    assert str(path) in message
    assert "\n" not in message
    # What is wrong, then what to do (DESIGN.md): the CLI prints it, the GUI shows it.
    assert re.search(r"[:;] \w", caught.value.message), caught.value.message
    assert caught.value.exit_code == 2
    assert folder_listing(path.parent) == before
    if digest is not None:
        assert file_digest(path) == digest


def test_damaged_file_opens_read_only_with_a_warning(bad_file: Callable[[str], Path]) -> None:
    path = bad_file("damaged")
    digest = file_digest(path)
    with CaseFile.open(path, read_only=True) as case:
        warnings = [n for n in case.notices if n.severity == "warning"]
        assert case.read_only
        assert len(warnings) == 1
        assert "damaged" in warnings[0].message and "\n" not in warnings[0].message
        problems = case.check()
    assert {p.area for p in problems} >= {"integrity"}
    assert all("\n" not in p.message for p in problems)
    assert file_digest(path) == digest


def test_a_file_with_foreign_triggers_is_not_opened_for_editing(demo_path: Path) -> None:
    sql(
        demo_path,
        "CREATE TRIGGER sneaky AFTER INSERT ON note BEGIN DELETE FROM party; END",
    )
    digest = file_digest(demo_path)
    with pytest.raises(Corrupt, match="trigger sneaky"):
        CaseFile.open(demo_path)
    with CaseFile.open(demo_path, read_only=True) as case:
        assert any("trigger sneaky" in n.message for n in case.notices)
        assert case.count("party") == 7
    assert file_digest(demo_path) == digest


def test_a_folder_is_not_a_case_file(tmp_path: Path) -> None:
    folder = tmp_path / "looks.casefile"
    folder.mkdir()
    with pytest.raises(NotACaseFile, match="folder"):
        CaseFile.open(folder)


def test_wal_file_is_converted_when_edited_and_left_alone_when_read(demo_path: Path) -> None:
    conn = sqlite3.connect(demo_path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.close()
    assert header_fields(demo_path)[:2] == (2, 2)
    digest = file_digest(demo_path)
    with CaseFile.open(demo_path, read_only=True) as case:
        assert case.count("party") == 7
        assert any("WAL" in n.message for n in case.notices)
    assert file_digest(demo_path) == digest
    with CaseFile.open(demo_path, actor="tester") as case:
        assert any("WAL" in n.message for n in case.notices)
        case.add("party", name="After conversion")
    assert header_fields(demo_path)[:2] == (1, 1)
    assert folder_listing(demo_path.parent) == ["demo.casefile"]


def test_closed_case_refuses_further_use(new_path: Path) -> None:
    case = CaseFile.create(new_path, title="T", actor="tester")
    case.close()
    case.close()  # closing twice is harmless
    with pytest.raises(CaseFileError, match="closed"):
        case.incident()


def _orphan_link(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys=OFF")
    note = conn.execute("SELECT id FROM note LIMIT 1").fetchone()[0]
    conn.execute(
        "INSERT INTO note_party(note_id, party_id, position) VALUES (?, ?, 9)",
        (note, "00000000-0000-4000-8000-00000000dead"),
    )
    conn.commit()
    conn.close()


def _checked_as_a_large_file(monkeypatch: pytest.MonkeyPatch) -> None:
    """The demo is small enough to be checked on the opening thread; this has it checked
    as a large file is, on worker threads side by side."""
    from casefile.store import sqlitefile

    monkeypatch.setattr(sqlitefile, "CHECK_ON_THREADS_FROM_BYTES", 0)


@pytest.mark.parametrize("checked", ["as a small file", "on threads", "on threads, no reader"])
def test_dangling_links_refuse_editing_however_the_file_is_checked(
    demo_path: Path, monkeypatch: pytest.MonkeyPatch, checked: str
) -> None:
    """The foreign-key check runs after quick_check on a small file, and beside it on a
    second connection for a large one; where none can be opened (no file handles left)
    it runs on the first, never reports the failure to connect as damage, and never
    skips the check."""
    from casefile.store import sqlitefile

    _orphan_link(demo_path)
    if checked != "as a small file":
        _checked_as_a_large_file(monkeypatch)
    if checked == "on threads, no reader":
        real = sqlitefile.raw_connect

        def no_readers(path: Path, *, read_only: bool, **kwargs: object) -> sqlite3.Connection:
            if read_only:
                raise sqlite3.OperationalError("unable to open database file")
            return real(path, read_only=read_only, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(sqlitefile, "raw_connect", no_readers)
    with pytest.raises(Corrupt, match="note_party row .* points to a missing party"):
        CaseFile.open(demo_path)


def _slow_checks(monkeypatch: pytest.MonkeyPatch, seconds: float) -> None:
    """The checks of a large file, on the small demo: run as a large file's are, with
    quick_check taking `seconds` longer and the foreign-key check a sixth of that
    (their proportions on a large case)."""
    import time

    from casefile.store import sqlitefile

    _checked_as_a_large_file(monkeypatch)
    for name, delay in (("quick_check", seconds), ("foreign_key_problems", seconds / 6)):
        real = getattr(sqlitefile, name)

        def slow(
            conn: sqlite3.Connection, real: Callable = real, delay: float = delay
        ) -> list[str]:
            time.sleep(delay)
            return real(conn)

        monkeypatch.setattr(sqlitefile, name, slow)


@pytest.mark.parametrize("read_only", [False, True])
def test_a_caller_uses_the_wait_for_the_checks_and_still_gets_their_verdict(
    demo_path: Path, monkeypatch: pytest.MonkeyPatch, read_only: bool
) -> None:
    """`while_checking` runs on the opening thread while the checks run on others, a
    step at a time until it has nothing left to do; the checks are not skipped."""
    import threading

    from casefile.store import sqlitefile

    monkeypatch.setattr(sqlitefile, "_usable_cores", lambda: 2)
    _slow_checks(monkeypatch, 0.3)
    steps: list[tuple[int, bool]] = []

    def work() -> bool:
        alive = [t for t in threading.enumerate() if t.name.startswith("casefile-opening-check")]
        steps.append((threading.get_ident(), bool(alive)))
        return len(steps) < 3

    [(title,)] = sql(demo_path, "SELECT title FROM incident")
    with CaseFile.open(demo_path, read_only=read_only, while_checking=work) as case:
        assert case.incident().title == title
    assert steps == [(threading.get_ident(), True)] * 3  # on this thread, during the checks

    _orphan_link(demo_path)
    with pytest.raises(Corrupt, match="points to a missing party"):
        CaseFile.open(demo_path, while_checking=lambda: True)


def test_the_wait_is_left_alone_when_the_checks_are_quick_or_no_core_is_free(
    demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A small file's checks end before the caller's work would begin, so a quick
    opening never waits for a step of it; nor is it run where it would take the
    only core from the checks."""
    from casefile.store import sqlitefile

    calls: list[int] = []

    def work() -> bool:
        calls.append(1)
        return True

    _checked_as_a_large_file(monkeypatch)
    monkeypatch.setattr(sqlitefile, "quick_check", lambda conn: [])
    monkeypatch.setattr(sqlitefile, "foreign_key_problems", lambda conn: [])
    CaseFile.open(demo_path, while_checking=work).close()
    assert calls == []

    monkeypatch.undo()
    monkeypatch.setattr(sqlitefile, "_usable_cores", lambda: 1)
    _slow_checks(monkeypatch, 0.2)
    CaseFile.open(demo_path, while_checking=work).close()
    assert calls == []


def test_a_small_file_is_checked_on_the_opening_thread(
    demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Starting the checks' threads would cost a small file's opening more than its
    checks take; a large file's checks run side by side, the foreign keys on a worker."""
    import threading

    from casefile.store import sqlitefile

    ran_on: dict[str, str] = {}
    for name in ("quick_check", "foreign_key_problems"):
        real = getattr(sqlitefile, name)

        def record(conn: sqlite3.Connection, name: str = name, real: Callable = real) -> list[str]:
            ran_on[name] = threading.current_thread().name
            return real(conn)

        monkeypatch.setattr(sqlitefile, name, record)
    here = threading.current_thread().name
    assert demo_path.stat().st_size < sqlitefile.CHECK_ON_THREADS_FROM_BYTES
    CaseFile.open(demo_path).close()
    assert ran_on == {"quick_check": here, "foreign_key_problems": here}

    _checked_as_a_large_file(monkeypatch)
    CaseFile.open(demo_path).close()
    assert ran_on["quick_check"] == here
    assert ran_on["foreign_key_problems"].startswith("casefile-opening-check")
