"""Hostile files: extra triggers and views never run; orphans and audit tampering are reported."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from reliability_support import plant_undecodable_schema, record, run_cli

from casefile.store import CaseFile, Corrupt
from casefile.store.lock import lock_path

#: Planted by someone who edited the file by hand: each would write if it ever ran.
PLANTED = """
CREATE TRIGGER planted_on_note AFTER INSERT ON note
BEGIN INSERT INTO party(id, created_at, updated_at, name, native_name, kind, role, country,
    affiliation, contact) VALUES ('00000000-0000-4000-8000-0000000000ee', '2025-01-01',
    '2025-01-01', 'PLANTED', '', 'person', '', '', '', ''); END;
CREATE TRIGGER "planted ""quoted"" name" AFTER UPDATE ON change_log
BEGIN INSERT INTO case_meta(key, value) VALUES ('planted-' || new.seq, 'ran'); END;
CREATE TRIGGER planted_on_search AFTER INSERT ON incident
BEGIN DELETE FROM change_log; END;
CREATE VIEW planted_view AS SELECT unicode(title) AS code, random() AS r FROM note;
"""


def planted_effects(path: Path) -> tuple[int, int]:
    """Rows only the planted triggers would make (read without our opener)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        party = conn.execute("SELECT count(*) FROM party WHERE name = 'PLANTED'").fetchone()[0]
        meta = conn.execute("SELECT count(*) FROM case_meta WHERE key LIKE 'planted-%'").fetchone()
        return party, meta[0]
    finally:
        conn.close()


@pytest.fixture
def planted(demo_path: Path) -> Path:
    with CaseFile.open(demo_path, actor="tester") as case:  # a deleted item: a copy scrubs it
        case.delete("note", case.ids("note")[0])
    conn = sqlite3.connect(demo_path)
    conn.executescript(PLANTED)
    conn.close()
    return demo_path


def test_extra_trigger_or_view_refuses_editing(planted: Path, tmp_path: Path) -> None:
    before = planted.read_bytes()
    with pytest.raises(Corrupt) as raised:
        CaseFile.open(planted)
    for name in ("trigger planted_on_note", "view planted_view", 'planted "quoted" name'):
        assert name in str(raised.value)
    assert not lock_path(planted).exists()
    note = tmp_path / "note.txt"
    note.write_text("a file to attach", encoding="utf-8")
    result = run_cli("attach", planted, "--to", "0" * 32, note)
    assert result.returncode == 2 and "did not create" in result.stderr
    assert planted.read_bytes() == before
    assert planted_effects(planted) == (0, 0)


def test_extra_trigger_or_view_is_ignored_when_reading(planted: Path, tmp_path: Path) -> None:
    before = planted.read_bytes()
    with CaseFile.open(planted, read_only=True) as case:
        assert any("did not create" in n.message for n in case.notices)
        assert case.count("note") > 0 and case.search("embassy")
        problems = [p.message for p in case.check()]
        assert "unexpected trigger planted_on_note" in problems
        assert "unexpected view planted_view" in problems
        copy = case.save_copy(tmp_path / "clean.casefile")
    result = run_cli("check", planted)
    assert result.returncode == 1 and "unexpected trigger planted_on_note" in result.stdout
    assert planted.read_bytes() == before
    assert planted_effects(planted) == (0, 0)
    # The saved copy is clean: nothing planted ran while it was made, nor travels with it.
    assert planted_effects(copy) == (0, 0)
    with CaseFile.open(copy, actor="tester") as case:
        case.add("note", title="a note in the clean copy")
        assert case.check() == [] and case.verify_audit().ok
    assert planted_effects(copy) == (0, 0)
    record("hostile files", planted_objects_run=0)


def test_orphan_rows_are_reported_by_check(demo_path: Path) -> None:
    conn = sqlite3.connect(demo_path)
    conn.execute("PRAGMA foreign_keys=OFF")
    note = conn.execute("SELECT id FROM note LIMIT 1").fetchone()[0]
    conn.execute(
        "INSERT INTO note_party(note_id, party_id, position) VALUES (?, ?, 99)",
        (note, "00000000-0000-4000-8000-00000000dead"),
    )
    conn.execute("UPDATE follow_up SET owner_id = '00000000-0000-4000-8000-00000000beef'")
    conn.commit()
    conn.close()
    before = demo_path.read_bytes()
    result = run_cli("check", demo_path)
    assert result.returncode == 1
    assert "foreign_keys: note_party row" in result.stdout and "missing party" in result.stdout
    assert "foreign_keys: follow_up row" in result.stdout
    with pytest.raises(Corrupt, match="damaged"):
        CaseFile.open(demo_path)
    with CaseFile.open(demo_path, read_only=True) as case:
        assert any("damaged" in n.message for n in case.notices)
        problems = case.check()
    assert {p.area for p in problems} == {"foreign_keys", "audit"}
    # Rows written behind the log's back: the note's parties and every owner changed.
    outside = [p.message for p in problems if p.area == "audit"]
    assert f"note {note}: party ids changed outside casefile" in outside[0]
    assert all("owner id changed outside casefile" in m for m in outside[1:]) and outside[1:]
    assert demo_path.read_bytes() == before


def _edit_values(conn: sqlite3.Connection) -> None:
    conn.execute("""UPDATE change_log SET changes = replace(changes, 'Azerbaijan', 'Armenia')
                    WHERE seq = 3""")  # fmt: skip


def _edit_actor(conn: sqlite3.Connection) -> None:
    conn.execute("UPDATE change_log SET actor = 'someone else' WHERE seq = 3")


def _edit_time(conn: sqlite3.Connection) -> None:
    conn.execute("UPDATE change_log SET at = '2020-01-01 00:00:00.000000' WHERE seq = 3")


def _delete_entry(conn: sqlite3.Connection) -> None:
    conn.execute("DELETE FROM change_log WHERE seq = 3")


def _withhold(conn: sqlite3.Connection) -> None:
    conn.execute("UPDATE change_log SET changes = '{}', withheld = 1 WHERE seq = 3")


@pytest.mark.parametrize(
    ("tamper", "message"),
    [
        (_edit_values, "audit entry 3 "),
        (_edit_actor, "audit entry 3 "),
        (_edit_time, "audit entry 3 "),
        (_delete_entry, "audit entry 3 is missing (the next is 4)"),
        (_withhold, "audit entry 3 "),
    ],
    ids=["values", "actor", "time", "deleted", "withheld"],
)
def test_tampered_audit_entry_fails_check_naming_it(demo_path: Path, tamper, message) -> None:
    conn = sqlite3.connect(demo_path)
    (changes,) = conn.execute("SELECT changes FROM change_log WHERE seq = 3").fetchone()
    assert "Azerbaijan" in changes
    tamper(conn)
    conn.commit()
    conn.close()
    result = run_cli("check", demo_path)
    assert result.returncode == 1
    assert f"audit: {message}" in result.stdout, result.stdout
    assert result.stderr.startswith("casefile: error:")
    with CaseFile.open(demo_path, read_only=True) as case:
        verdict = case.verify_audit()
        # The first entry present that breaks the chain: 4, when 3 itself is gone.
        assert not verdict.ok and verdict.first_bad_seq == (4 if tamper is _delete_entry else 3)
    record("hostile files", audit_tamperings_caught=1)


def test_an_index_an_older_schema_had_is_unexpected_in_a_newer_file(demo_path: Path) -> None:
    """Migration 0002 dropped ix_note_date: a file of schema 1 may hold it, a file of
    schema 2 may not (an index with that name there is someone else's)."""
    conn = sqlite3.connect(demo_path)
    conn.execute("CREATE INDEX ix_note_date ON note(body)")
    conn.close()
    with pytest.raises(Corrupt, match="index ix_note_date"):
        CaseFile.open(demo_path)
    with CaseFile.open(demo_path, read_only=True) as case:
        assert "unexpected index ix_note_date" in [p.message for p in case.check()]


def test_a_schema_that_is_not_utf8_is_damage_not_an_internal_error(demo_path: Path) -> None:
    plant_undecodable_schema(demo_path)
    before = demo_path.read_bytes()
    for read_only in (True, False):
        with pytest.raises(Corrupt, match="is damaged"):
            CaseFile.open(demo_path, read_only=read_only)
    for command in ("info", "check"):
        result = run_cli(command, demo_path)
        assert result.returncode == 2 and "is damaged" in result.stderr, result.stderr
    assert demo_path.read_bytes() == before


def test_a_schema_format_sqlite_does_not_know_is_damage(demo_path: Path) -> None:
    data = bytearray(demo_path.read_bytes())
    data[44:48] = (9).to_bytes(4, "big")  # SQLite writes 1 to 4
    demo_path.write_bytes(bytes(data))
    for read_only in (True, False):
        with pytest.raises(Corrupt, match="is damaged"):
            CaseFile.open(demo_path, read_only=read_only)
    result = run_cli("info", demo_path)
    assert result.returncode == 2 and "is damaged" in result.stderr, result.stderr
    assert demo_path.read_bytes() == bytes(data)
