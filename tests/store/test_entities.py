"""Add, get, list, update and delete every kind through the CaseFile API, and what it refuses."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from casefile.store import CaseFile, InvalidInput, ReadOnly
from casefile.store.records import OpenFollowUp

BAKU = dt.timezone(dt.timedelta(hours=4))

# kind -> (fields to create with, changes to apply). "{party}" stands for a party's id.
KINDS: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {
    "party": (
        {"name": "Mikhail Galuzin", "native_name": "Михаил Галузин", "kind": "person",
         "role": "deputy foreign minister", "country": "Russia"},
        {"role": "deputy minister", "contact": "via the embassy"},
    ),
    "note": (
        {"title": "Note of protest", "body": "Protest.", "kind": "diplomatic_note",
         "date": "2025-11-14", "source_party_id": "{party}", "party_ids": ["{party}"]},
        {"internal": True, "date": dt.date(2025, 11, 15), "party_ids": []},
    ),
    "damage_item": (
        {"category": "perimeter", "title": "Perimeter fence", "severity": "destroyed",
         "estimated_cost": 125_000, "currency": "eur"},
        {"status": "assessed", "assessed_by": "Engineer",
         "assessed_at": dt.datetime(2025, 11, 20, 10, 0, tzinfo=BAKU)},
    ),
    "meeting": (
        {"kind": "summons", "title": "Summons", "held_at": dt.datetime(2025, 11, 14, tzinfo=BAKU),
         "all_day": True, "timezone": "Asia/Baku", "place": "Baku",
         "participants": [{"party_id": "{party}", "role": "summoned"}]},
        {"outcomes": "Note delivered\nRegret expressed", "participants": []},
    ),
    "follow_up": (
        {"title": "Assess the damage", "owner_id": "{party}", "due_date": "2025-12-01",
         "internal": True},
        {"status": "done", "owner_id": None},
    ),
}  # fmt: skip


def fill(value: Any, party_id: str) -> Any:
    if value == "{party}":
        return party_id
    if isinstance(value, list):
        return [fill(v, party_id) for v in value]
    if isinstance(value, dict):
        return {k: fill(v, party_id) for k, v in value.items()}
    return value


def expected(value: Any) -> Any:
    """What a record holds for a value given to the API."""
    if isinstance(value, str) and len(value) == 10 and value[4] == "-":
        return dt.date.fromisoformat(value)
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC)
    if isinstance(value, list):
        return tuple(expected(v) for v in value)
    return value


def assert_holds(record: Any, fields: dict[str, Any]) -> None:
    for name, value in fields.items():
        got = getattr(record, name)
        if name == "participants":
            got = [dataclasses.asdict(p) for p in got]
            assert got == value
        elif name == "currency":
            assert got == value.upper()
        else:
            assert got == expected(value), name


@pytest.mark.parametrize("kind", KINDS)
def test_add_get_list_update_delete(empty_case: CaseFile, new_path: Path, kind: str) -> None:
    party = empty_case.add("party", name="Ministry")
    fields, changes = (fill(x, party.id) for x in KINDS[kind])
    added = empty_case.add(kind, **fields)
    assert_holds(added, fields)
    assert added.created_at == added.updated_at
    assert empty_case.get(kind, added.id) == added
    assert added.id in [r.id for r in empty_case.records(kind)]

    updated = empty_case.update(kind, added.id, **changes)
    assert_holds(updated, changes)
    assert updated.created_at == added.created_at
    assert updated.updated_at >= added.updated_at
    assert empty_case.get(kind, added.id) == updated

    empty_case.close()
    with CaseFile.open(new_path, read_only=True) as reopened:
        assert reopened.get(kind, added.id) == updated  # committed, not just cached
    with CaseFile.open(new_path, actor="tester") as case:
        case.delete(kind, added.id)
        with pytest.raises(InvalidInput, match="no .* with id"):
            case.get(kind, added.id)
        assert added.id not in [r.id for r in case.records(kind)]


def test_records_are_frozen_copies(empty_case: CaseFile) -> None:
    party = empty_case.add("party", name="Azernews")
    with pytest.raises(dataclasses.FrozenInstanceError):
        party.name = "Changed"  # type: ignore[misc]
    assert empty_case.get("party", party.id).name == "Azernews"


def test_update_without_a_change_writes_nothing(empty_case: CaseFile) -> None:
    party = empty_case.add("party", name="Azernews", role="press")
    entries = len(empty_case.audit_log())
    assert empty_case.update("party", party.id, role="press") == party
    assert len(empty_case.audit_log()) == entries


def test_update_incident_and_list_order(empty_case: CaseFile) -> None:
    incident = empty_case.update_incident(status="closed", summary="Closed after repair.")
    assert (incident.status, incident.summary) == ("closed", "Closed after repair.")
    for name in ("beta", "Alpha", "gamma"):
        empty_case.add("party", name=name)
    assert [p.name for p in empty_case.records("party")] == ["Alpha", "beta", "gamma"]
    assert empty_case.count("party") == 3
    ids = empty_case.ids("party")
    assert [p.id for p in empty_case.records("party", ids[::-1])] == ids[::-1]


def test_notes_list_dated_notes_by_date_as_written_then_undated_ones(empty_case: CaseFile) -> None:
    later = empty_case.add("note", title="later", date=dt.date(2025, 11, 20))
    undated_first = empty_case.add("note", title="no date yet")
    same_day = [empty_case.add("note", title=t, date=dt.date(2025, 11, 14)) for t in "zya"]
    undated_second = empty_case.add("note", title="also no date")
    expected_ids = [*(n.id for n in same_day), later.id, undated_first.id, undated_second.id]
    assert empty_case.ids("note") == expected_ids
    assert [n.id for n in empty_case.records("note")] == expected_ids


def test_names_are_what_lists_call_items(empty_case: CaseFile) -> None:
    galuzin = empty_case.add("party", name="Mikhail Galuzin", native_name="Михаил Галузин")
    same = empty_case.add("party", name="Azernews", native_name="Azernews")
    note = empty_case.add("note", title="Statement of regret")
    photo = empty_case.add_attachment(b"%PDF-1.4\n%%EOF\n", "protest.pdf")
    parties = [empty_case.add("party", name=f"Party {n:04d}") for n in range(1000)]
    asked = [galuzin.id, same.id, UNKNOWN, *(p.id for p in parties), galuzin.id]
    assert empty_case.names("party", asked) == {
        galuzin.id: "Mikhail Galuzin (Михаил Галузин)",
        same.id: "Azernews",  # the native spelling only when it differs
        **{p.id: p.name for p in parties},
    }
    assert empty_case.names("note", [note.id]) == {note.id: "Statement of regret"}
    assert empty_case.names("attachment", [photo.id]) == {photo.id: "protest.pdf"}
    assert empty_case.names("party", []) == {}
    with pytest.raises(InvalidInput):
        empty_case.names("nonsense", [note.id])


def test_open_follow_ups_name_their_owners_and_leave_out_the_done(empty_case: CaseFile) -> None:
    owner = empty_case.add("party", name="Міністерство закордонних справ")
    due = dt.date(2025, 11, 20)
    owned = empty_case.add("follow_up", title="Reply", owner_id=owner.id, due_date=due)
    unowned = empty_case.add("follow_up", title="Repair the fence", internal=True)
    empty_case.add("follow_up", title="Protest sent", status="done", owner_id=owner.id)
    found = sorted(empty_case.open_follow_ups(), key=lambda f: f.title)
    assert found == [
        OpenFollowUp(unowned.id, "Repair the fence", "", None, True),
        OpenFollowUp(owned.id, "Reply", "Міністерство закордонних справ", due, False),
    ]
    assert found[1].overdue(dt.date(2025, 11, 21)) and not found[1].overdue(due)
    assert not found[0].overdue(dt.date(2030, 1, 1))  # no due date, never overdue


UNKNOWN = "00000000-0000-4000-8000-000000000000"


@pytest.mark.parametrize(
    ("kind", "fields", "words"),
    [
        ("party", {"name": ""}, "must not be empty"),
        ("party", {}, "is required"),
        ("party", {"name": 42}, "must be text, not int"),
        ("party", {"name": "x", "kind": "robot"}, "must be one of"),
        ("party", {"name": "x", "represents_id": UNKNOWN}, "unknown party id"),
        ("party", {"name": "x", "represents_id": "not-a-uuid"}, "not an id"),
        ("party", {"name": "x", "shoe_size": 42}, "unknown party field"),
        ("note", {"title": "n", "date": "14/11/2025"}, "use YYYY-MM-DD"),
        ("note", {"title": "n", "date": "20251114"}, "use YYYY-MM-DD"),
        ("note", {"title": "n", "date": dt.datetime(2025, 11, 14, tzinfo=dt.UTC)}, "without time"),
        ("note", {"title": "n", "internal": "yes"}, "true or false"),
        ("note", {"title": "n", "party_ids": UNKNOWN}, "list of ids"),
        ("note", {"title": "n", "party_ids": [UNKNOWN]}, "unknown party id"),
        ("meeting", {"title": "m", "held_at": "14.11.2025 10:00"}, "not a date and time"),
        ("meeting", {"title": "m", "held_at": "2025-11-14T10:00"}, "no offset"),
        ("meeting", {"title": "m", "timezone": "Kyiv"}, "unknown time zone"),
        ("meeting", {"title": "m", "participants": [{"party_id": UNKNOWN}]}, "unknown party"),
        ("meeting", {"title": "m", "participants": "everyone"}, "list of"),
        ("follow_up", {"title": "f", "status": "later"}, "must be one of"),
        ("follow_up", {"title": "f", "meeting_id": UNKNOWN}, "unknown meeting id"),
        ("damage_item", {"title": "d", "estimated_cost": 100}, "needs its currency"),
        ("damage_item", {"title": "d", "estimated_cost": -5, "currency": "EUR"}, "negative"),
        ("damage_item", {"title": "d", "estimated_cost": 12.5, "currency": "EUR"}, "whole number"),
        ("damage_item", {"title": "d", "estimated_cost": "12", "currency": "EUR"}, "whole number"),
        ("damage_item", {"title": "d", "currency": "EUROS"}, "unknown currency"),
        ("damage_item", {"title": "d", "category": "roof"}, "must be one of"),
        ("attachment", {"filename": "x.jpg"}, "add_attachment"),
        ("incident", {"title": "x"}, "unknown kind"),
        ("photo", {"title": "x"}, "unknown kind"),
    ],
)
def test_bad_values_are_refused_and_nothing_is_written(
    empty_case: CaseFile, kind: str, fields: dict[str, Any], words: str
) -> None:
    entries = len(empty_case.audit_log())
    with pytest.raises(InvalidInput, match=words):
        empty_case.add(kind, **fields)
    assert len(empty_case.audit_log()) == entries
    assert all(empty_case.count(k) == 0 for k in KINDS)


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"estimated_cost": 100}, "needs its currency"),
        ({"title": ""}, "must not be empty"),
        ({"severity": "catastrophic"}, "must be one of"),
    ],
)
def test_bad_updates_leave_the_item_as_it_was(
    empty_case: CaseFile, changes: dict[str, Any], words: str
) -> None:
    item = empty_case.add("damage_item", title="Fence")
    with pytest.raises(InvalidInput, match=words):
        empty_case.update("damage_item", item.id, **changes)
    assert empty_case.get("damage_item", item.id) == item


@pytest.mark.parametrize("action", ["update", "delete", "get"])
def test_unknown_ids_are_refused(empty_case: CaseFile, action: str) -> None:
    call = getattr(empty_case, action)
    with pytest.raises(InvalidInput, match=f"no party with id {UNKNOWN}"):
        call("party", UNKNOWN)
    with pytest.raises(InvalidInput, match="not an id"):
        call("party", "'; DROP TABLE party; --")


def test_read_only_case_refuses_every_write(demo_path: Path) -> None:
    with CaseFile.open(demo_path, read_only=True) as case:
        party = case.records("party")[0]
        for write in (
            lambda: case.add("party", name="x"),
            lambda: case.update("party", party.id, name="x"),
            lambda: case.delete("party", party.id),
            lambda: case.add_attachment(b"%PDF-1.4 test", "a.pdf"),
        ):
            with pytest.raises(ReadOnly, match="read-only"):
                write()


def test_timeline_merges_the_dated_items_by_local_day(demo_case: CaseFile) -> None:
    kyiv = ZoneInfo("Europe/Kyiv")
    timeline = demo_case.timeline()
    days = [e.at.astimezone(kyiv).date() for e in timeline]
    assert days == sorted(days)
    assert (timeline[0].kind, timeline[0].date_only) == ("incident", False)  # timed comes first
    assert [
        (e.kind, d.isoformat()) for e, d in zip(timeline, days, strict=True) if e.kind == "meeting"
    ] == [
        ("meeting", "2025-11-14"),
        ("meeting", "2025-11-21"),
    ]
    assert {e.kind for e in timeline} == {"incident", "note", "meeting"}  # no due dates in demo
    public = demo_case.timeline(include_internal=False)
    assert not any(e.internal for e in public)
    assert [e.id for e in public] == [e.id for e in timeline if not e.internal]
    assert len(public) == len(timeline) - 1  # the internal memo


def test_timeline_orders_a_day_timed_first_then_notes_as_written_then_by_kind_and_title(
    empty_case: CaseFile,
) -> None:
    """In the incident's zone (Kyiv): a UTC evening can be the next local morning, and
    an all-day meeting in Baku sits on its own date among the date-only items. A day's
    notes keep the order they were written in, as the notes list shows them."""
    case = empty_case  # the incident: 01:00 on 14 November, Kyiv time
    utc = dt.UTC
    day = dt.date(2025, 11, 14)
    follow_up = case.add("follow_up", title="Send the note verbale", due_date=day)
    note_b = case.add("note", title="B: inventory", date=day)
    all_day = case.add(
        "meeting", title="Briefing in Baku", all_day=True, timezone="Asia/Baku",
        held_at=dt.datetime(2025, 11, 14, tzinfo=ZoneInfo("Asia/Baku")),
    )  # fmt: skip
    morning = case.add("meeting", title="Visit", held_at=dt.datetime(2025, 11, 14, 8, tzinfo=utc))
    early = case.add("meeting", title="Call", held_at=dt.datetime(2025, 11, 13, 23, 30, tzinfo=utc))
    note_a = case.add("note", title="A: first report", date=day)
    before = case.add("note", title="Z: the day before", date=dt.date(2025, 11, 13))

    timeline = case.timeline()
    assert [e.id for e in timeline] == [
        before.id, case.incident().id, early.id, morning.id, note_b.id, note_a.id,
        all_day.id, follow_up.id,
    ]  # fmt: skip
    kyiv_midnight = dt.datetime(2025, 11, 13, 22, tzinfo=utc)
    assert [e.at for e in timeline if e.date_only][1:] == [kyiv_midnight] * 4
    assert [e.date_only for e in timeline] == [True, False, False, False, True, True, True, True]


def test_timeline_keeps_same_titled_items_of_a_day_in_the_order_they_were_recorded(
    empty_case: CaseFile,
) -> None:
    calls = [empty_case.add("note", title="Phone call", date=dt.date(2025, 11, 15), body=str(n))
             for n in range(8)]  # fmt: skip
    entries = [e for e in empty_case.timeline() if e.kind == "note"]
    assert [e.id for e in entries] == [c.id for c in calls]  # not by their random ids
