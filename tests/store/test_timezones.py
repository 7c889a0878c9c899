"""Instants keep their meaning: stored in UTC, shown in the zone where the event happened."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from store.store_support import sql

from casefile.store import CaseFile, InvalidInput
from casefile.store.fields import parse_instant
from casefile.store.records import in_zone

PLUS_FOUR = dt.timezone(dt.timedelta(hours=4))
KYIV = ZoneInfo("Europe/Kyiv")


def test_an_instant_entered_at_plus_four_comes_back_as_the_same_instant(
    empty_case: CaseFile, new_path: Path
) -> None:
    entered = dt.datetime(2025, 11, 14, 10, 30, tzinfo=PLUS_FOUR)
    meeting = empty_case.add("meeting", title="Summons", held_at=entered, timezone="Asia/Baku")
    assert meeting.held_at == entered
    assert meeting.held_at.utcoffset() == dt.timedelta(0)  # aware, in UTC
    assert meeting.held_local().isoformat() == "2025-11-14T10:30:00+04:00"
    empty_case.close()
    # SQLite holds no offset: the stored text is the UTC wall clock.
    assert sql(new_path, "SELECT held_at FROM meeting")[0][0].startswith("2025-11-14 06:30:00")
    with CaseFile.open(new_path, read_only=True) as case:
        assert case.get("meeting", meeting.id).held_at == entered


def test_iso_text_with_offset_is_the_same_instant(empty_case: CaseFile) -> None:
    item = empty_case.add("damage_item", title="Fence", assessed_at="2025-11-20T09:15:00+04:00")
    assert item.assessed_at == dt.datetime(2025, 11, 20, 5, 15, tzinfo=dt.UTC)


def test_incident_is_shown_in_kyiv_time(demo_case: CaseFile) -> None:
    incident = demo_case.incident()
    assert incident.timezone == "Europe/Kyiv"
    assert incident.occurred_at == dt.datetime(2025, 11, 13, 23, 0, tzinfo=dt.UTC)
    local = incident.occurred_local()
    assert local is not None
    assert (local.date(), local.hour, local.minute) == (dt.date(2025, 11, 14), 1, 0)
    assert local.utcoffset() == dt.timedelta(hours=2)  # winter time in Kyiv
    assert local.tzname() == "EET"


def test_summer_time_is_applied_by_zone_not_by_a_fixed_offset(empty_case: CaseFile) -> None:
    summer = dt.datetime(2025, 7, 1, 12, 0, tzinfo=KYIV)
    incident = empty_case.update_incident(occurred_at=summer, timezone="Europe/Kyiv")
    assert incident.occurred_at == summer
    assert incident.occurred_local().utcoffset() == dt.timedelta(hours=3)


@pytest.mark.parametrize(
    "value",
    [dt.datetime(2025, 11, 14, 1, 0), "2025-11-14T01:00:00", "14 Nov 2025 01:00"],
    ids=["naive-datetime", "naive-text", "prose"],
)
def test_times_without_an_offset_are_refused(empty_case: CaseFile, value: object) -> None:
    with pytest.raises(InvalidInput, match="offset|time zone|not a date"):
        empty_case.update_incident(occurred_at=value)
    assert empty_case.incident().occurred_at is not None  # unchanged


def test_dates_without_time_stay_plain_dates(empty_case: CaseFile) -> None:
    note = empty_case.add("note", title="Note", date="2025-11-14")
    assert note.date == dt.date(2025, 11, 14)
    follow_up = empty_case.add("follow_up", title="F", due_date=dt.date(2025, 12, 1))
    assert follow_up.due_date == dt.date(2025, 12, 1)


def test_json_carries_offsets_and_reimport_gives_the_same_instants(
    empty_case: CaseFile, tmp_path: Path
) -> None:
    entered = dt.datetime(2025, 11, 14, 10, 30, tzinfo=PLUS_FOUR)
    meeting = empty_case.add("meeting", title="Summons", held_at=entered, timezone="Asia/Baku")
    document = empty_case.export_document()
    text = document["meetings"][0]["held_at"]
    assert dt.datetime.fromisoformat(text) == entered
    assert dt.datetime.fromisoformat(text).utcoffset() is not None
    assert dt.datetime.fromisoformat(document["incident"]["created_at"]).utcoffset() is not None
    # the same instant written at another offset imports as the same instant
    document["meetings"][0]["held_at"] = "2025-11-14T08:30:00+02:00"
    with CaseFile.create_from_document(
        tmp_path / "copy.casefile", document, actor="tester"
    ) as copy:
        assert copy.get("meeting", meeting.id).held_at == entered
        assert copy.incident().occurred_local().hour == 1


def test_cli_new_reads_a_naive_time_in_the_given_zone(tmp_path: Path) -> None:
    from casefile.cli import main

    path = tmp_path / "new.casefile"
    code = main(["new", str(path), "--title", "Strike", "--occurred-at", "2025-11-14T01:00",
                 "--timezone", "Europe/Kyiv"])  # fmt: skip
    assert code == 0
    with CaseFile.open(path, read_only=True) as case:
        incident = case.incident()
    assert incident.occurred_at == dt.datetime(2025, 11, 13, 23, 0, tzinfo=dt.UTC)
    assert incident.occurred_local().isoformat() == "2025-11-14T01:00:00+02:00"


def _summons(case: CaseFile):
    """The demo's all-day meeting: 14 November 2025 in Baku."""
    return next(m for m in case.records("meeting") if m.all_day)


@pytest.mark.parametrize("zone", ["Europe/Kyiv", "America/Los_Angeles", "Pacific/Kiritimati"])
def test_an_all_day_meeting_keeps_its_date_when_its_zone_changes(
    demo_case: CaseFile, zone: str
) -> None:
    summons = _summons(demo_case)
    assert summons.held_local().date() == dt.date(2025, 11, 14)
    moved = demo_case.update("meeting", summons.id, timezone=zone)
    assert moved.timezone == zone
    assert moved.held_at == dt.datetime(2025, 11, 14, tzinfo=ZoneInfo(zone))  # its midnight
    assert moved.held_local().date() == dt.date(2025, 11, 14)
    day = next(e for e in demo_case.timeline() if e.id == summons.id)
    assert day.date_only and day.at.astimezone(ZoneInfo("Europe/Kyiv")).date() == dt.date(
        2025, 11, 14
    )
    entry = max(demo_case.audit_log(entity_id=summons.id), key=lambda c: c.seq)
    assert {f.field for f in entry.changes} == {"held_at", "timezone"}  # both, on the record


def test_a_timed_meeting_keeps_its_instant_when_its_zone_changes(demo_case: CaseFile) -> None:
    at = dt.datetime(2025, 11, 15, 10, 30, tzinfo=ZoneInfo("Europe/Kyiv"))
    timed = demo_case.add("meeting", title="Site visit", held_at=at, timezone="Europe/Kyiv")
    moved = demo_case.update("meeting", timed.id, timezone="America/Los_Angeles")
    assert moved.held_at == timed.held_at


def test_an_all_day_meeting_given_a_zone_and_a_date_takes_both(demo_case: CaseFile) -> None:
    summons = _summons(demo_case)
    when = dt.datetime(2025, 11, 20, tzinfo=ZoneInfo("Europe/Kyiv"))
    moved = demo_case.update("meeting", summons.id, timezone="Europe/Kyiv", held_at=when)
    assert moved.held_at == when


def test_a_time_the_clocks_skipped_is_refused_not_moved(demo_case: CaseFile) -> None:
    """30 March 2025 in Kyiv went from 03:00 straight to 04:00."""
    before = demo_case.incident().occurred_at
    with pytest.raises(InvalidInput, match="did not happen in Europe/Kyiv: the clocks went"):
        demo_case.update_incident(occurred_at=parse_instant("2025-03-30 03:30", zone="Europe/Kyiv"))
    assert demo_case.incident().occurred_at == before
    just_after = parse_instant("2025-03-30 04:00", zone="Europe/Kyiv")
    assert just_after.utcoffset() == dt.timedelta(hours=3)
    # the hour the clocks went back happened twice: its first time is taken
    twice = parse_instant("2025-10-26 03:30", zone="Europe/Kyiv")
    assert twice.astimezone(dt.UTC) == dt.datetime(2025, 10, 26, 0, 30, tzinfo=dt.UTC)


def test_an_all_day_meeting_on_the_first_day_kept_refuses_an_eastern_zone(
    empty_case: CaseFile,
) -> None:
    """Its midnight east of UTC falls before the first instant a case keeps: refused in
    words, not an OverflowError; westwards it moves as any other."""
    first_day = dt.datetime(1, 1, 2, tzinfo=dt.UTC)
    meeting = empty_case.add(
        "meeting", title="Typed as year 1", all_day=True, timezone="UTC", held_at=first_day
    )
    with pytest.raises(InvalidInput, match="midnight in Europe/Kyiv .* outside the dates"):
        empty_case.update("meeting", meeting.id, timezone="Europe/Kyiv")
    assert empty_case.get("meeting", meeting.id).timezone == "UTC"
    moved = empty_case.update("meeting", meeting.id, timezone="America/New_York")
    assert in_zone(moved.held_at, moved.timezone).date() == dt.date(1, 1, 2)
