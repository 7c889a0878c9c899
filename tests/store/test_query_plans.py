"""What every opening reads from the largest tables comes from an index, in order.

A large case has 20,000 notes and 10,000 damage items. The notes list's order, the
timeline's notes and the summary's damage groups are read from covering indexes
(migration 0002); a change to one of those queries that made SQLite scan the table and
sort would cost every opening of a large case, and nothing else would fail.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from casefile.store import CaseFile


def plans_of(case: CaseFile, read: Callable[[], object]) -> dict[str, list[str]]:
    """SQLite's query plan of each SELECT that `read` runs, by its SQL."""
    with case._read() as session:
        raw = session.connection().connection.driver_connection
    seen: list[str] = []
    raw.set_trace_callback(seen.append)
    try:
        read()
    finally:
        raw.set_trace_callback(None)
    return {
        sql: [row[3] for row in raw.execute("EXPLAIN QUERY PLAN " + sql)]
        for sql in seen
        if sql.lstrip().upper().startswith("SELECT")
    }


def plan_reading(case: CaseFile, read: Callable[[], object], table: str) -> list[str]:
    """The plan of the one SELECT of `read` that reads FROM `table`."""
    (plan,) = [p for sql, p in plans_of(case, read).items() if f"FROM {table} " in sql + " "]
    return plan


@pytest.mark.parametrize(
    ("what", "read", "table", "index"),
    [
        ("notes list order", lambda case: case.ids("note"), "note", "ix_note_order"),
        ("timeline's notes", lambda case: case.timeline(), "note", "ix_note_order"),
        (
            "public timeline",
            lambda case: case.timeline(include_internal=False),
            "note",
            "ix_note_order",
        ),
        (
            "summary's damage groups",
            lambda case: case.summary(),
            "damage_item",
            "ix_damage_item_summary",
        ),
    ],
)
def test_reads_an_index_in_order_without_sorting(
    demo_case: CaseFile, what: str, read: Callable[[CaseFile], object], table: str, index: str
) -> None:
    plan = plan_reading(demo_case, lambda: read(demo_case), table)
    assert any(f"COVERING INDEX {index}" in step for step in plan), (what, plan)
    assert not any("TEMP B-TREE" in step for step in plan), (what, plan)


@pytest.mark.parametrize(
    ("what", "read"),
    [
        ("the first screen of the timeline", lambda case: case.timeline()[:40]),
        ("the public timeline's screen", lambda case: case.timeline(include_internal=False)[:40]),
        ("every entry, for the brief", lambda case: list(case.timeline())),
        (
            "where a note is",
            lambda case: case.timeline().row_of("note", case.ids("note")[-1]),
        ),
    ],
)
def test_the_timeline_reads_its_notes_from_the_index_in_order(
    demo_case: CaseFile, what: str, read: Callable[[CaseFile], object]
) -> None:
    """The timeline counts each day's notes up front and reads a day's notes when shown."""
    plans = [p for sql, p in plans_of(demo_case, lambda: read(demo_case)).items()
             if "FROM note " in sql + " "]  # fmt: skip
    assert len(plans) >= 2, what  # the days counted, and notes read
    for plan in plans:
        assert not any("TEMP B-TREE" in step for step in plan), (what, plan)
        if any("(id=?)" in step for step in plan):
            continue  # one note looked up by its id
        assert any("COVERING INDEX ix_note_order" in step for step in plan), (what, plan)
