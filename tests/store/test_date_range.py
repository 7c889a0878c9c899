"""The dates a case keeps: those every time zone can show, refused in words past them.

Python's dates end at 1 January of year 1 and 31 December 9999; a meeting at
9999-12-31T23:59:59Z is 1 January 10000 in Kiribati, which no date can hold, and
stored, it made every later brief fail with an OverflowError. Every instant and date
field, whoever enters it (API, command line, GUI, JSON import, a camera's EXIF), is
held to [2 January of year 1, 30 December 9999] in UTC.
"""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from store.store_support import jpeg

from casefile import cli
from casefile.store import CaseFile, InvalidInput
from casefile.store.fields import (
    EARLIEST,
    FIRST_DAY,
    LAST_DAY,
    LATEST,
    SPEC,
    Day,
    Instant,
    zone_names,
)
from casefile.store.records import in_zone

TICK = dt.timedelta(microseconds=1)
ONE_DAY = dt.timedelta(days=1)
INSTANT_FIELDS = [(k, n) for k, spec in SPEC.items() for n, f in spec.items() if type(f) is Instant]
DAY_FIELDS = [(k, n) for k, spec in SPEC.items() for n, f in spec.items() if type(f) is Day]
#: The zones furthest from UTC, today and in their local mean time of year 1.
FAR_ZONES = ["Pacific/Kiritimati", "Etc/GMT-14", "Etc/GMT+12", "Asia/Manila", "America/Sitka"]


def test_every_date_field_is_covered() -> None:
    assert {k for k, _ in INSTANT_FIELDS} == {"incident", "damage_item", "meeting", "attachment"}
    assert {k for k, _ in DAY_FIELDS} == {"incident", "note", "follow_up"}


def too_early_and_too_late() -> list[dt.datetime]:
    """Instants past either end, as typed in the zones that took them there."""
    return [
        EARLIEST - TICK,
        dt.datetime(1, 1, 1, tzinfo=dt.UTC),
        dt.datetime(1, 1, 1, 8, 59, tzinfo=ZoneInfo("Asia/Tokyo")),  # year 0 in UTC
        dt.datetime(1, 1, 1, 22, 59, tzinfo=dt.timezone(dt.timedelta(hours=-1))),
        LATEST + TICK,
        dt.datetime(9999, 12, 31, 23, 59, 59, tzinfo=dt.UTC),
        dt.datetime(9999, 12, 31, 23, 0, tzinfo=ZoneInfo("America/New_York")),  # year 10000
        dt.datetime(9999, 12, 31, 1, 0, tzinfo=dt.timezone(dt.timedelta(hours=1))),
    ]


@pytest.mark.parametrize(("kind", "name"), INSTANT_FIELDS)
@pytest.mark.parametrize("value", too_early_and_too_late(), ids=str)
def test_an_instant_some_zone_cannot_show_is_refused(
    kind: str, name: str, value: dt.datetime
) -> None:
    with pytest.raises(InvalidInput, match="outside the dates casefile keeps"):
        SPEC[kind][name].coerce(kind, name, value)
    with pytest.raises(InvalidInput, match="outside the dates casefile keeps"):
        SPEC[kind][name].from_json(kind, name, value.isoformat())


@pytest.mark.parametrize(("kind", "name"), DAY_FIELDS)
@pytest.mark.parametrize("day", [FIRST_DAY - ONE_DAY, LAST_DAY + ONE_DAY, dt.date.max])
def test_a_date_whose_midnight_some_zone_cannot_hold_is_refused(
    kind: str, name: str, day: dt.date
) -> None:
    for value in (day, day.isoformat()):
        with pytest.raises(InvalidInput, match="outside the dates casefile keeps"):
            SPEC[kind][name].coerce(kind, name, value)


@settings(max_examples=300, deadline=None)
@given(
    st.datetimes(dt.datetime.min, dt.datetime.max, timezones=st.timezones()),
    st.sampled_from(FAR_ZONES),
)
def test_any_instant_is_refused_in_words_or_shown_in_every_zone(
    value: dt.datetime, zone: str
) -> None:
    try:
        kept = Instant().coerce("meeting", "held_at", value)
    except InvalidInput as exc:
        assert "outside the dates casefile keeps" in str(exc)
        return
    assert kept == value.astimezone(dt.UTC) and EARLIEST <= kept <= LATEST
    shown = in_zone(kept, zone)
    assert shown is not None and shown.astimezone(dt.UTC) == kept
    midnight = dt.datetime.combine(shown.date(), dt.time(), ZoneInfo(zone))
    midnight.astimezone(dt.UTC)  # the timeline's day of it, in the incident's zone


def test_the_edges_kept_are_shown_in_every_zone() -> None:
    for name in zone_names():
        zone = ZoneInfo(name)
        for instant in (EARLIEST, LATEST):
            assert instant.astimezone(zone).astimezone(dt.UTC) == instant
        for day in (FIRST_DAY, LAST_DAY):
            dt.datetime.combine(day, dt.time(), zone).astimezone(dt.UTC)


def edge_case(path: Path) -> CaseFile:
    """A case with every instant and date field at one end or the other of the range."""
    case = CaseFile.create(
        path, title="Edges", actor="tester", timezone="Pacific/Kiritimati", occurred_at=LATEST
    )
    case.update_incident(deadline=LAST_DAY, drafted_on=FIRST_DAY, sender="Embassy")
    case.update_incident(clearances=[{"name": "Legal", "cleared_on": LAST_DAY}])
    case.add("note", title="First day", date=FIRST_DAY)
    case.add("note", title="Last day", date=LAST_DAY.isoformat())
    case.add("follow_up", title="Due first", due_date=FIRST_DAY)
    case.add("follow_up", title="Due last", due_date=LAST_DAY)
    case.add("damage_item", title="Gate", assessed_at=EARLIEST)
    case.add("meeting", title="Last instant", held_at=LATEST, timezone="Etc/GMT+12")
    case.add("meeting", title="First instant", held_at=EARLIEST, timezone="Pacific/Kiritimati")
    case.add("meeting", title="All day", held_at=LATEST - ONE_DAY, all_day=True, timezone="UTC")
    return case


def test_a_case_at_both_ends_reads_briefs_and_round_trips(tmp_path: Path) -> None:
    with edge_case(tmp_path / "edges.casefile") as case:
        timeline = case.timeline()
        assert [entry.title for entry in timeline][0] in ("First instant", "Due first", "First day")
        assert len(list(timeline)) == 8
        summary = case.summary()
        assert summary.counts["meeting"] == 3
        document = case.export_document()
        assert case.check() == []
        brief = pytest.importorskip("casefile.brief")
        brief.export_brief(case, tmp_path / "brief.pdf", brief.BriefOptions())
        for zone in FAR_ZONES:  # moving the incident to either side keeps it showable
            case.update_incident(timezone=zone)
            list(case.timeline())
    with CaseFile.create_from_document(tmp_path / "copy.casefile", document) as copy:
        assert copy.export_document()["meetings"] == document["meetings"]


@pytest.mark.parametrize("zone", FAR_ZONES)
def test_an_all_day_meeting_on_the_last_day_kept_moves_to_any_zone(
    zone: str, empty_case: CaseFile
) -> None:
    meeting = empty_case.add(
        "meeting", title="Last day", all_day=True, timezone="UTC",
        held_at=dt.datetime.combine(LAST_DAY, dt.time(), dt.UTC),
    )  # fmt: skip
    moved = empty_case.update("meeting", meeting.id, timezone=zone)
    assert in_zone(moved.held_at, moved.timezone).date() == LAST_DAY


# -- every way in ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("occurred_at", "zone"),
    [
        ("0001-01-01T00:00", "Asia/Tokyo"),
        ("0001-01-01T00:00", "UTC"),
        ("9999-12-31T23:00", "America/New_York"),
        ("9999-12-31T23:59:59+00:00", "Pacific/Kiritimati"),
        ("9999-12-31T14:00+14:00", None),
    ],
)
def test_new_refuses_an_incident_time_out_of_range(
    occurred_at: str, zone: str | None, new_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    zone_args = ["--timezone", zone] if zone else []
    args = ["new", str(new_path), "--title", "T", "--occurred-at", occurred_at, *zone_args]
    code = cli.main(args)
    error = capsys.readouterr().err
    assert code == 1 and error.startswith("casefile: error:")
    assert "outside the dates casefile keeps" in error and "Traceback" not in error
    assert not new_path.exists()


def test_new_takes_the_last_instant_kept(new_path: Path) -> None:
    last = "9999-12-30T23:59:59+00:00"
    args = ["new", str(new_path), "--title", "T", "--occurred-at", last]
    assert cli.main([*args, "--timezone", "Pacific/Kiritimati"]) == 0
    with CaseFile.open(new_path, read_only=True) as case:
        shown = case.incident().occurred_local()
        assert shown is not None and shown.replace(tzinfo=None) == dt.datetime(
            9999, 12, 31, 13, 59, 59
        )


@pytest.mark.parametrize(
    ("collection", "field", "value"),
    [
        ("meetings", "held_at", "9999-12-31T23:59:59+00:00"),
        ("meetings", "held_at", "0001-01-01T05:00:00+09:00"),
        ("notes", "date", "0001-01-01"),
        ("follow_ups", "due_date", "9999-12-31"),
        ("damage_items", "assessed_at", "9999-12-31T20:00:00-05:00"),
    ],
)
def test_json_import_refuses_a_date_out_of_range(
    collection: str, field: str, value: str, tmp_path: Path
) -> None:
    with CaseFile.create(tmp_path / "base.casefile", title="Base", actor="tester") as case:
        document = case.export_document()
    document[collection] = [{"id": str(uuid.uuid4()), "title": "Edge", field: value}]
    with pytest.raises(InvalidInput, match="outside the dates casefile keeps"):
        CaseFile.create_from_document(tmp_path / "case.casefile", document)
    assert not (tmp_path / "case.casefile").exists()


EXIF_OUT_OF_RANGE: list[dict[str, Any]] = [
    {"taken": "9999:12:31 23:59:59", "offset": "-05:00"},
    {"taken": "9999:12:31 23:59:59", "offset": "+00:00"},
    {"taken": "0001:01:01 00:00:00", "offset": "+09:00"},
    {"taken": "0001:01:01 05:00:00", "zone": "Asia/Tokyo"},
    {"taken": "9999:12:31 20:00:00", "zone": "America/New_York"},
]


@pytest.mark.parametrize("exif", EXIF_OUT_OF_RANGE, ids=str)
def test_a_photo_whose_capture_time_is_out_of_range_is_attached_without_it(
    exif: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "case.casefile"
    zone = exif.get("zone", "UTC")
    with CaseFile.create(path, title="Case", actor="tester", timezone=zone) as case:
        (added,) = case.add_attachments(
            [(jpeg(taken=exif["taken"], offset=exif.get("offset")), "clock.jpg")]
        )
        assert added.captured_at is None and added.width == 640
        assert "without its capture time" in added.notice and "'clock.jpg'" in added.notice
        assert case.get("attachment", added.id).captured_at is None
        item = case.add("damage_item", title="Wall").id
    photo = tmp_path / "clock.jpg"
    photo.write_bytes(jpeg(taken=exif["taken"], offset=exif.get("offset")))
    capsys.readouterr()
    assert cli.main(["attach", str(path), "--to", item, str(photo)]) == 0
    error = capsys.readouterr().err
    assert error.startswith("casefile: warning:") and "without its capture time" in error
    with CaseFile.open(path, read_only=True) as case:
        assert [a.captured_at for a in case.records("attachment")] == [None, None]
        assert case.check() == []


def test_a_capture_time_in_range_is_kept_without_a_notice(empty_case: CaseFile) -> None:
    (added,) = empty_case.add_attachments([(jpeg(taken="9999:12:30 23:59:59"), "late.jpg")])
    assert added.captured_at is not None and added.notice == ""
