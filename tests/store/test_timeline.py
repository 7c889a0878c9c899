"""The timeline read as a sequence: every way of reading it agrees with one plain ordering.

The store merges notes, read in order from their index, with the other entries, and
makes each entry when it is read (store/timeline.py). Here a case with entries on the
same days, timed and date-only, internal and not, is checked against the order the
timeline promises, written out the simple way.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa

from casefile.store import CaseFile, rows
from casefile.store.records import in_zone, zone_or_utc

KYIV = ZoneInfo("Europe/Kyiv")  # the empty case's incident zone
UNKNOWN = "00000000-0000-4000-8000-000000000000"


def fill(case: CaseFile, seed: int) -> list[tuple[tuple[Any, ...], str, str, bool]]:
    """Add dated items in a random order; return (sort key, kind, id, internal) of each
    item that belongs on the timeline, the key spelled from the rules directly."""
    rng = random.Random(seed)
    days = [dt.date(2025, 11, d) for d in (13, 14, 15, 17)]
    expected = []
    incident = case.incident()
    at = incident.occurred_at
    expected.append(((at.astimezone(KYIV).date(), 0, at, 0, "", 0), "incident", incident.id, False))
    for written in range(1, 90):
        choice = rng.random()
        internal = rng.random() < 0.2
        title = rng.choice(["Call", "Visit", "Report", "Inventory"])
        if choice < 0.6:
            date = rng.choice([*days, None])
            note = case.add("note", title=title, date=date, internal=internal)
            if date is not None:  # a day's notes in the order written
                expected.append(((date, 1, 0, 1, "", written), "note", note.id, internal))
        elif choice < 0.8:
            if rng.random() < 0.3:  # all day, in Baku: its own date
                day = rng.choice(days)
                held = dt.datetime.combine(day, dt.time(), ZoneInfo("Asia/Baku"))
                meeting = case.add("meeting", title=title, held_at=held, all_day=True,
                                   timezone="Asia/Baku")  # fmt: skip
                key: tuple[Any, ...] = (day, 1, 0, 2, title, written)
            else:  # UTC evenings fall on the next Kyiv day
                held = dt.datetime.combine(rng.choice(days), dt.time(rng.choice([6, 21, 23])),
                                           dt.UTC)  # fmt: skip
                meeting = case.add("meeting", title=title, held_at=held)
                key = (held.astimezone(KYIV).date(), 0, held, 2, title, written)
            expected.append((key, "meeting", meeting.id, False))
        else:
            due = rng.choice([*days, None])
            follow_up = case.add("follow_up", title=title, due_date=due, internal=internal)
            if due is not None:
                expected.append(((due, 1, 0, 3, title, written), "follow_up", follow_up.id,
                                 internal))  # fmt: skip
    return expected


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("include_internal", [True, False], ids=["all", "public"])
def test_every_reading_of_the_timeline_gives_the_promised_order(
    empty_case: CaseFile, seed: int, include_internal: bool
) -> None:
    expected = [
        (kind, item_id, internal)
        for _, kind, item_id, internal in sorted(fill(empty_case, seed))
        if include_internal or not internal
    ]
    timeline = empty_case.timeline(include_internal=include_internal)

    iterated = list(timeline)
    assert [(e.kind, e.id, e.internal) for e in iterated] == expected
    assert all(type(e.internal) is bool for e in iterated)  # not the driver's 0 or 1
    assert len(timeline) == len(expected)
    assert [timeline[row] for row in range(len(timeline))] == iterated
    assert timeline[-1] == iterated[-1] and timeline[-len(timeline)] == iterated[0]
    assert timeline[3:40:4] == iterated[3:40:4]
    assert all(timeline.row_of(e.kind, e.id) == row for row, e in enumerate(iterated))
    with pytest.raises(IndexError):
        timeline[len(timeline)]


def test_items_not_on_the_timeline_have_no_row(empty_case: CaseFile) -> None:
    undated = empty_case.add("note", title="no date")
    hidden = empty_case.add("note", title="memo", date=dt.date(2025, 11, 14), internal=True)
    public = empty_case.timeline(include_internal=False)
    assert public.row_of("note", undated.id) is None
    assert public.row_of("note", hidden.id) is None
    assert public.row_of("meeting", UNKNOWN) is None
    assert empty_case.timeline().row_of("note", hidden.id) == 1  # after the incident


def test_a_timeline_read_before_an_edit_can_still_be_read_after_it(empty_case: CaseFile) -> None:
    """A day's notes are read when first shown; the view reads a new timeline after
    each change, but may paint the old one once more before it does."""
    day = dt.date(2025, 11, 15)
    notes = [empty_case.add("note", title=f"Call {n}", date=day).id for n in range(5)]
    before = empty_case.timeline()
    empty_case.delete("note", notes[0])
    empty_case.delete("note", notes[1])
    shown = before[:]  # the rows it counted, the two it lost blank
    assert len(shown) == len(before)
    assert [e.id for e in shown if e.kind == "note"] == [*notes[2:], "", ""]
    added = empty_case.add("note", title="Call 5", date=day).id
    assert [e.id for e in empty_case.timeline() if e.kind == "note"] == [*notes[2:], added]
    assert [e.id for e in before if e.kind == "note"] == [*notes[2:], added]  # read afresh


def test_a_coarse_clock_still_keeps_a_days_notes_in_the_order_written(
    empty_case: CaseFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows' clock ticks every 15.6 ms before Python 3.13: quick additions would
    share a time, and their random ids would order them."""
    stopped = dt.datetime(2025, 11, 15, 9, 0, tzinfo=dt.UTC)
    monkeypatch.setattr(rows, "_clock", lambda: stopped)
    day = dt.date(2025, 11, 15)
    written = [empty_case.add("note", title=f"Call {n}", date=day).id for n in range(12)]
    assert empty_case.ids("note") == written
    assert [e.id for e in empty_case.timeline() if e.kind == "note"] == written
    stamps = [n.created_at for n in empty_case.records("note")]
    assert stamps == sorted(set(stamps))  # all different, rising


def test_imported_notes_without_a_creation_time_keep_the_documents_order(
    empty_case: CaseFile,
) -> None:
    doc = empty_case.export_document()
    ids = [str(uuid.uuid4()) for _ in range(30)]
    doc["notes"] = [{"id": i, "title": "Report", "date": "2025-11-15"} for i in ids]
    empty_case.import_document(doc)
    assert empty_case.ids("note") == ids
    assert [e.id for e in empty_case.timeline() if e.kind == "note"] == ids
    later = empty_case.add("note", title="Added after", date=dt.date(2025, 11, 15))
    assert empty_case.ids("note")[-1] == later.id


@pytest.mark.parametrize("name", ["", "Nowhere/City", "../etc", "Europe"])
def test_a_zone_no_writer_stores_reads_as_utc(empty_case: CaseFile, name: str) -> None:
    """A hand-edited file may name no zone, an unknown one, or a folder of the zone
    database ("Europe"): its timeline is shown in UTC rather than failing."""
    with empty_case._write() as session:
        session.execute(sa.text("UPDATE incident SET timezone = :name"), {"name": name})
    assert zone_or_utc(name) is dt.UTC
    (entry,) = empty_case.timeline()
    assert entry.kind == "incident" and in_zone(entry.at, name).tzinfo is dt.UTC
