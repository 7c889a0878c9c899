"""Driver-level inserts write exactly what SQLAlchemy's own insert would."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
import sqlalchemy as sa

from casefile.store import bulk
from casefile.store.casefile import CaseFile
from casefile.store.models import ChangeLog, Note

WHEN = dt.datetime(2025, 11, 14, 1, 30, 15, 250_000, tzinfo=dt.timezone(dt.timedelta(hours=2)))


def _note(item_id: str) -> dict[str, object]:
    return {
        "id": item_id, "created_at": WHEN, "updated_at": WHEN, "title": "Ноти протесту",
        "body": "", "kind": "diplomatic_note", "date": dt.date(2025, 11, 14),
        "source_party_id": None, "internal": True,
    }  # fmt: skip


def test_rows_are_stored_as_sqlalchemy_stores_them(empty_case: CaseFile) -> None:
    table = Note.__table__
    with empty_case._write() as session:
        session.execute(sa.insert(table), [_note("00000000-0000-4000-8000-000000000001")])
        bulk.insert_rows(session, table, [_note("00000000-0000-4000-8000-000000000002")])
    raw = sqlite3.connect(empty_case.path)
    stored = raw.execute("SELECT * FROM note ORDER BY id").fetchall()
    raw.close()
    assert stored[0][1:] == stored[1][1:]  # same text for times, dates, booleans
    assert stored[1][1] == "2025-11-13 23:30:15.250000"  # UTC, as the API reads it back


def test_left_out_columns_take_their_defaults(empty_case: CaseFile) -> None:
    row = {
        "id": "00000000-0000-4000-8000-0000000000aa", "seq": 10_000, "at": WHEN,
        "actor": "t", "action": "create", "entity": "note", "entity_id": "x",
        "changes": "{}", "changes_digest": "d", "prev_hash": "p", "hash": "h",
    }  # fmt: skip
    with empty_case._write() as session:
        bulk.insert_rows(session, ChangeLog.__table__, [row])
        withheld = session.execute(
            sa.select(ChangeLog.__table__.c.withheld).where(ChangeLog.__table__.c.seq == 10_000)
        ).scalar()
    assert withheld is False


def test_rows_with_different_keys_are_refused_and_nothing_is_written(
    empty_case: CaseFile,
) -> None:
    second = _note("00000000-0000-4000-8000-000000000004")
    del second["body"]
    first = _note("00000000-0000-4000-8000-000000000003")
    with pytest.raises(ValueError, match="differ in their keys"), empty_case._write() as session:
        bulk.insert_rows(session, Note.__table__, [first, second])
    assert empty_case.count("note") == 0


def test_a_naive_time_is_refused_and_nothing_is_written(empty_case: CaseFile) -> None:
    """A time without its zone cannot be put in UTC: storing it as it stands would shift
    the event by the writer's offset, silently."""
    naive = _note("00000000-0000-4000-8000-000000000005")
    naive["created_at"] = WHEN.replace(tzinfo=None)
    with (
        pytest.raises(sa.exc.StatementError, match="naive datetime"),
        empty_case._write() as session,
    ):
        bulk.insert_rows(session, Note.__table__, [naive])
    assert empty_case.count("note") == 0


def test_a_value_shared_by_many_rows_and_one_that_differs_are_each_stored_right(
    empty_case: CaseFile,
) -> None:
    """Rows may share one time object (an import's audit entries do); a row between them
    with its own time, or none, keeps its own."""
    later = WHEN + dt.timedelta(days=1, microseconds=1)
    rows = [_note(f"00000000-0000-4000-8000-00000000010{n}") for n in range(5)]
    rows[2]["updated_at"] = later
    rows[3]["date"] = None
    with empty_case._write() as session:
        bulk.insert_rows(session, Note.__table__, rows)
    raw = sqlite3.connect(empty_case.path)
    stored = raw.execute("SELECT updated_at, date FROM note ORDER BY id").fetchall()
    raw.close()
    shared, own, day = "2025-11-13 23:30:15.250000", "2025-11-14 23:30:15.250001", "2025-11-14"
    assert stored == [(shared, day), (shared, day), (own, day), (shared, None), (shared, day)]
