"""Values and definitions planted in a case file: every column reads through its check.

A value casefile would not have written, in any column of any table, is a finding of
`check` naming the table, the row and the column, and a clear refusal of any read that
meets it; a table or index missing or defined differently is a finding of `check`.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa
from store.store_support import sql

from casefile.store import CaseFile, CaseFileError, Corrupt, definitions, stored
from casefile.store.schema import load_all_tables

TABLES = load_all_tables().tables


def plant_for(column: sa.Column) -> list[str]:
    """SQL values a column must refuse, by what it holds."""
    declared = column.type.declared
    if isinstance(declared, sa.types.TypeDecorator):
        declared = declared.impl_instance
    if isinstance(declared, sa.LargeBinary):
        return ["'text where the bytes were'"]
    if isinstance(declared, sa.DateTime):
        return ["'garbage'", "'9999-12-31 23:59:59.000000'", "12"]
    if isinstance(declared, sa.Date):
        return ["'garbage'", "'0001-01-01'", "12"]
    if isinstance(declared, sa.Boolean):
        return ["'yes'", "2"]
    if isinstance(declared, sa.Integer):
        return ["'abc'", "1.5"]
    return ["x'00ff'"]  # text: bytes


#: (table, column, SQL value) for every column of every table: the class of input.
PLANTS = [
    (table.name, column.name, value)
    for table in TABLES.values()
    for column in table.columns
    for value in plant_for(column)
]
#: Values a column of the right type still refuses: its field's rule (fields.SPEC).
RULED = [
    ("damage_item", "estimated_cost", "-1"),
    ("damage_item", "estimated_cost", "1000000000000001"),
    ("damage_item", "category", "'xyz'"),
    ("damage_item", "currency", "'XYZ'"),
    ("damage_item", "severity", "'bad'"),
    ("note", "kind", "''"),
    ("party", "represents_id", "'not an id'"),
    ("follow_up", "status", "'OPEN'"),
    ("incident", "status", "'maybe'"),
]


#: Link tables the demo leaves empty, given a row to plant in.
EMPTY_IN_THE_DEMO = {
    "note_attachment": "INSERT INTO note_attachment SELECT (SELECT id FROM note LIMIT 1), "
    "(SELECT id FROM attachment LIMIT 1), 0",
    "meeting_attachment": "INSERT INTO meeting_attachment SELECT (SELECT id FROM meeting "
    "LIMIT 1), (SELECT id FROM attachment LIMIT 1), 0",
    "seal": "INSERT INTO seal VALUES ('00000000-0000-4000-8000-000000000001', "
    "(SELECT id FROM incident), 1, 'head', '', '', 'someone', 'key', "
    "'2025-12-01 10:00:00.000000', 'signature')",
    "review_comment": "INSERT INTO review_comment VALUES ('00000000-0000-4000-8000-000000000002', "
    "'2025-12-01 10:00:00.000000', '2025-12-01 10:00:00.000000', 'incident', "
    "(SELECT id FROM incident), 'a comment', 'someone', NULL, '')",
}


def planted(demo_path: Path, table: str, column: str, value: str) -> Path:
    first = f'(SELECT min(rowid) FROM "{table}")'
    sql(demo_path, f'UPDATE "{table}" SET "{column}" = {value} WHERE rowid = {first}')
    return demo_path


def read_everything(case: CaseFile) -> None:
    """What the reading commands and views read: every kind, the log, the timeline."""
    case.incident()
    case.summary()
    for kind in ("party", "note", "damage_item", "meeting", "follow_up", "attachment"):
        case.records(kind)
    list(case.timeline())
    case.audit_log()
    case.open_follow_ups()
    case.export_document()


def test_every_column_reads_through_its_check() -> None:
    unchecked = [
        f"{table.name}.{column.name}"
        for table in TABLES.values()
        for column in table.columns
        if not isinstance(column.type, stored.Stored)
    ]
    assert unchecked == []


@pytest.mark.parametrize(("table", "column", "value"), PLANTS + RULED, ids=str)
def test_a_planted_value_is_found_by_check_and_refused_by_readers(
    demo_template: Path, tmp_path: Path, table: str, column: str, value: str
) -> None:
    path = tmp_path / "planted.casefile"
    shutil.copyfile(demo_template, path)
    if table in EMPTY_IN_THE_DEMO:
        sql(path, EMPTY_IN_THE_DEMO[table])
    try:
        planted(path, table, column, value)
    except sqlite3.IntegrityError as refused:  # the table's own CHECK keeps it out
        assert "CHECK constraint failed" in str(refused)
        return
    before = path.read_bytes()
    try:
        case = CaseFile.open(path, read_only=True)
    except CaseFileError:  # a planted id that breaks a link: refused at opening, in words
        return
    with case:
        findings = [p for p in case.check() if p.area == "values"]
        assert any(f"column {column}" in p.message and table in p.message for p in findings)
        try:
            read_everything(case)
        except Corrupt as exc:
            assert "casefile did not write" in exc.message and f"column {column}" in exc.message
            assert "run 'casefile check'" in exc.message
    assert path.read_bytes() == before


def test_the_refusal_names_the_table_the_row_and_the_column(demo_path: Path) -> None:
    (note_id,) = sql(demo_path, "SELECT id FROM note ORDER BY rowid LIMIT 1")[0]
    planted(demo_path, "note", "date", "'garbage'")
    with CaseFile.open(demo_path, read_only=True) as case, pytest.raises(Corrupt) as raised:
        case.records("note")
    assert f"note {note_id}, column date: 'garbage' is not a date" in raised.value.message
    assert raised.value.exit_code == 2


def test_editing_refuses_a_planted_value_too(demo_path: Path) -> None:
    planted(demo_path, "damage_item", "estimated_cost", "'abc'")
    with CaseFile.open(demo_path, actor="tester") as case:
        item_id = sql(demo_path, "SELECT id FROM damage_item ORDER BY rowid LIMIT 1")[0][0]
        with pytest.raises(Corrupt, match="column estimated_cost: 'abc' is not a whole number"):
            case.update("damage_item", item_id, title="Renamed")


def test_check_lists_every_planted_value_not_only_the_first(demo_path: Path) -> None:
    planted(demo_path, "note", "date", "'garbage'")
    planted(demo_path, "meeting", "held_at", "'garbage'")
    planted(demo_path, "damage_item", "estimated_cost", "'abc'")
    with CaseFile.open(demo_path, read_only=True) as case:
        result = case.check_result()
    found = [p.message for p in result.problems if p.area == "values"]
    assert len(found) == 3
    assert [p.area for p in result.problems][-1] == "audit"  # not verified, and said so


# -- definitions -------------------------------------------------------------------------


def test_a_new_file_has_the_definitions_the_migrations_make(demo_path: Path) -> None:
    with CaseFile.open(demo_path, read_only=True) as case:
        assert case.check() == []
    assert "note" in definitions.expected() and "ix_note_order" in definitions.expected()


@pytest.mark.parametrize("table", sorted(name for name in TABLES if name != "alembic_version"))
def test_a_missing_table_is_found_and_refused_in_words(demo_path: Path, table: str) -> None:
    sql(demo_path, "PRAGMA foreign_keys=OFF", f'DROP TABLE "{table}"')
    try:
        case = CaseFile.open(demo_path, read_only=True)
    except CaseFileError as exc:  # the opening checks could not run on it
        assert table in str(exc) or "check" in str(exc)
        return
    with case:
        problems = case.check()
        assert f"table {table} is missing" in [p.message for p in problems]
        try:
            read_everything(case)
        except Corrupt as exc:
            assert "is not as casefile writes a case file" in exc.message


#: Definitions rewritten in place (as a hand with PRAGMA writable_schema could): the
#: table keeps its name and its data.
REWRITES = {
    "NOT NULL dropped": ("note", "title VARCHAR NOT NULL", "title VARCHAR"),
    "cascade dropped": ("note_party", " ON DELETE CASCADE", ""),
    "CHECK added": ("party", "name VARCHAR NOT NULL", "name VARCHAR NOT NULL CHECK (1)"),
    "type changed": ("damage_item", "estimated_cost INTEGER", "estimated_cost TEXT"),
}


@pytest.mark.parametrize("rewrite", REWRITES, ids=list(REWRITES))
def test_a_rewritten_definition_is_found(demo_path: Path, rewrite: str) -> None:
    name, old, new = REWRITES[rewrite]
    (before,) = sql(demo_path, f"SELECT sql FROM sqlite_master WHERE name = '{name}'")[0]
    assert old in before
    sql(
        demo_path,
        "PRAGMA writable_schema=ON",
        f"UPDATE sqlite_master SET sql = replace(sql, '{old}', '{new}') WHERE name = '{name}'",
    )
    with CaseFile.open(demo_path, read_only=True) as case:
        problems = [p for p in case.check() if p.area == "schema"]
    assert [p.message.split(":")[0] for p in problems] == [f"table {name} is defined differently"]


def test_an_index_made_again_narrower_is_found(demo_path: Path) -> None:
    sql(demo_path, "DROP INDEX ix_note_order", "CREATE INDEX ix_note_order ON note (date)")
    with CaseFile.open(demo_path, read_only=True) as case:
        problems = [p.message for p in case.check() if p.area == "schema"]
    assert problems == [
        "index ix_note_order is defined differently: lacks 'created_at'; 'id'; 'title'; "
        "'kind'; 'internal'"
    ]


def test_a_dropped_column_is_found_and_refused(demo_path: Path) -> None:
    sql(demo_path, "ALTER TABLE note DROP COLUMN body")
    with CaseFile.open(demo_path, read_only=True) as case:
        problems = case.check()
        assert "table note is defined differently: lacks 'body varchar not null'" in [
            p.message for p in problems
        ]
        with pytest.raises(Corrupt, match="no such column: note.body"):
            case.records("note")


def test_quotes_case_and_spacing_are_not_differences() -> None:
    assert definitions.normal('CREATE TABLE "note" (\n\tid VARCHAR(36) NOT NULL, \n)') == (
        definitions.normal("create table note(id varchar(36) not null,)")
    )
