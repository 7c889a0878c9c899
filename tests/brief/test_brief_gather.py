"""Gather: a real case file -> brief data, redacted and formatted."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

import pytest
from brief_support import HOSTILE

from casefile.brief import SECTIONS, BriefOptions, gather
from casefile.brief.gather import NOT_ASSESSED
from casefile.store import CaseFile
from casefile.store.money import MAX_MINOR_UNITS, format_money, to_decimal_string

DATE = dt.date(2025, 11, 21)


def test_cover_data_comes_from_the_case_and_the_options(small_case) -> None:
    brief = gather(small_case, BriefOptions(brief_date=DATE, preparer="A. Officer"))
    assert brief.title == "Damage to the embassy " + HOSTILE
    assert brief.reference == "T-2025-7"
    assert brief.classification == "RESTRICTED"
    assert brief.brief_date == "21 November 2025"
    assert brief.preparer == "A. Officer"
    assert brief.fingerprint == small_case.fingerprint()
    assert len(brief.fingerprint) == 16  # DESIGN.md: the printed fingerprint
    assert brief.audit_head == small_case.audit_head()
    assert brief.audit_head.startswith(brief.fingerprint) and len(brief.audit_head) == 64
    assert brief.date == DATE
    assert brief.sections == SECTIONS
    overridden = gather(small_case, BriefOptions(brief_date=DATE, classification="SECRET"))
    assert overridden.classification == "SECRET"
    blank = gather(small_case, BriefOptions(brief_date=DATE, classification="  "))
    assert blank.classification == "UNCLASSIFIED"  # a label is always printed


def test_times_are_shown_in_the_zone_of_the_event(small_case) -> None:
    brief = gather(small_case, BriefOptions(brief_date=DATE))
    facts = {f.label: f.value for f in brief.facts}
    assert facts["Occurred"] == "14 November 2025, 01:00 Europe/Kyiv (UTC+02:00)"
    assert brief.chronology[0].when == "14 Nov 2025, 01:00"
    assert brief.chronology[0].kind == "Incident"
    (meeting,) = brief.meetings
    assert meeting.when == "14 November 2025, 12:00 Asia/Baku (UTC+04:00)"
    # The same meeting in the chronology is in the incident's zone (Kyiv, two hours behind).
    row = next(r for r in brief.chronology if r.title == "Summons of the ambassador")
    assert row.when == "14 Nov 2025, 10:00"
    assert row.detail == "Summons, Baku"


def test_damage_schedule_sums_per_category_and_currency(small_case) -> None:
    schedule = gather(small_case, BriefOptions(brief_date=DATE)).damage
    assert [r.ref for r in schedule.rows] == ["D-1", "D-2", "D-3", "D-4", "D-5"]
    # Grouped by category in the vocabulary's order, the store's order within a group.
    assert [r.category_label for r in schedule.rows] == [
        "Perimeter", "Vehicles", "Vehicles", "Vehicles", "Building",
    ]  # fmt: skip
    subtotals = {(s.label, s.currency): s for s in schedule.subtotals}
    assert subtotals[("Vehicles", "EUR")].amount == "1,450.00 EUR"
    assert subtotals[("Vehicles", "EUR")].items == 2
    assert subtotals[("Vehicles", "USD")].amount == "300.00 USD"
    assert subtotals[("Perimeter", "")].unassessed == 1
    assert subtotals[("Perimeter", "")].amount == ""
    assert {t.currency: t.amount for t in schedule.totals} == {
        "EUR": "1,450.00 EUR",
        "USD": "300.00 USD",
    }
    assert schedule.unassessed == 2
    unassessed = [r for r in schedule.rows if not r.assessed]
    assert {r.title for r in unassessed} == {"Perimeter fence", "Windows"}
    assert all(r.estimate == NOT_ASSESSED for r in unassessed)


def test_chart_counts_items_per_category_and_severity(small_case) -> None:
    schedule = gather(small_case, BriefOptions(brief_date=DATE)).damage
    assert schedule.chart_categories == ("Perimeter", "Vehicles", "Building")
    series = {s.severity: s.counts for s in schedule.chart_series}
    assert series["destroyed"] == (1, 0, 0)
    assert series["severe"] == (0, 1, 0)
    assert series[""] == (0, 1, 1)  # severity not assessed
    assert sum(sum(c) for c in series.values()) == len(schedule.rows)


def test_photos_are_numbered_and_cited_by_their_damage_items(small_case) -> None:
    brief = gather(small_case, BriefOptions(brief_date=DATE))
    fence = brief.figures[0]
    assert fence.number == 1
    assert fence.caption == "Fence"
    assert fence.belongs_to == "D-1 Perimeter fence"
    assert len(fence.sha256_short) == 12
    assert fence.jpeg is not None and fence.jpeg.startswith(b"\xff\xd8")
    assert brief.damage.rows[0].figures == (1,)
    memo_figure = brief.figures[1]
    assert memo_figure.belongs_to == "Note: Internal memo on claims"


def test_redaction_drops_internal_notes_follow_ups_and_their_photos(small_case) -> None:
    full = gather(small_case, BriefOptions(brief_date=DATE))
    redacted = gather(small_case, BriefOptions(brief_date=DATE, redact_internal=True))
    assert not full.redacted and redacted.redacted

    def titles(brief):
        return (
            [n.title for n in brief.notes],
            [f.title for m in brief.meetings for f in m.follow_ups],
            [r.title for r in brief.chronology],
            [f.caption for f in brief.figures],
        )

    notes, follow_ups, chronology, captions = titles(full)
    assert "Internal memo on claims" in notes and "Internal memo on claims" in chronology
    assert "SECRET-FOLLOW-UP repair the fence" in follow_ups
    assert "SECRET-FOLLOW-UP repair the fence" in chronology
    assert "Memo scan" in captions
    notes, follow_ups, chronology, captions = titles(redacted)
    assert notes == ["Note of protest"]
    assert follow_ups == ["Schedule contacts"]
    assert not any("SECRET" in t or "Internal memo" in t for t in chronology)
    assert captions == ["Fence"]
    assert any("left out" in point for point in redacted.key_points)


def test_photos_are_not_prepared_when_the_appendix_is_left_out(small_case) -> None:
    brief = gather(small_case, BriefOptions(sections=("damage",), brief_date=DATE))
    assert brief.figures == ()
    assert brief.damage.rows[0].figures == ()


def test_progress_reaches_the_end_and_cancel_stops(small_case) -> None:
    from casefile.brief import BriefCancelled

    seen: list[tuple[int, int]] = []
    gather(small_case, BriefOptions(brief_date=DATE), progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (100, 100)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    with pytest.raises(BriefCancelled):
        gather(small_case, BriefOptions(brief_date=DATE), cancelled=lambda: True)


class Wrapped:
    """A case that behaves like another, with some answers replaced."""

    def __init__(self, case, **replace) -> None:
        self._case, self._replace = case, replace

    def __getattr__(self, name: str):
        return self._replace.get(name) or getattr(self._case, name)


def test_redaction_does_not_rely_on_the_timeline_flag_alone(small_case) -> None:
    unflagged = [dataclasses.replace(entry, internal=False) for entry in small_case.timeline()]
    case = Wrapped(small_case, timeline=lambda: unflagged)
    brief = gather(case, BriefOptions(brief_date=DATE, redact_internal=True))
    titles = [row.title for row in brief.chronology]
    assert "Internal memo on claims" not in titles
    assert not any("SECRET" in t for t in titles)


def test_a_case_edited_during_gathering_is_read_again(small_case) -> None:
    a, b = "a" * 64, "b" * 64
    answers = iter([a, b, b, b])
    case = Wrapped(small_case, audit_head=lambda: next(answers))
    assert gather(case, BriefOptions(brief_date=DATE)).fingerprint == "b" * 16


def test_a_case_that_keeps_changing_is_refused(small_case) -> None:
    from casefile.brief import CaseChanged

    counter = iter(range(1000))
    case = Wrapped(small_case, audit_head=lambda: f"{next(counter):064d}")
    with pytest.raises(CaseChanged) as caught:
        gather(case, BriefOptions(brief_date=DATE, sections=("summary",)))
    assert caught.value.exit_code == 1


def test_notes_and_the_chronology_give_a_days_notes_in_the_order_written(empty_case) -> None:
    """The notes section and the chronology agree with the notes list: by date, a day's
    notes as they were written (not by title), undated notes last in the section."""
    day = dt.date(2025, 11, 15)
    undated = empty_case.add("note", title="A: undated")
    written = [empty_case.add("note", title=t, date=day).title for t in ("Zulu", "Mike", "Alfa")]
    brief = gather(empty_case, BriefOptions())
    assert [n.title for n in brief.notes] == [*written, undated.title]
    assert [r.title for r in brief.chronology if r.kind == "Note"] == written


def test_damage_totals_past_64_bits_are_exact(tmp_path) -> None:
    """The schedule's totals, as the overview's, add up past 2^63 without a word lost."""
    count = (2**63 - 1) // MAX_MINOR_UNITS + 1
    with CaseFile.create(tmp_path / "case.casefile", title="Case", actor="tester") as case:
        doc = case.export_document()
        doc["damage_items"] = [
            {"id": str(uuid.uuid4()), "title": f"Wing {n}", "currency": "EUR",
             "estimated_cost": to_decimal_string(MAX_MINOR_UNITS, "EUR")}
            for n in range(count)
        ]  # fmt: skip
        case.import_document(doc)
        schedule = gather(case, BriefOptions(sections=("damage",), brief_date=DATE)).damage
    total = format_money(count * MAX_MINOR_UNITS, "EUR")
    assert [(t.currency, t.amount, t.items) for t in schedule.totals] == [("EUR", total, count)]


def test_the_cost_chart_sums_the_currency_most_items_are_estimated_in(small_case) -> None:
    """The small case: Car 1 (125,000 EUR minor units), Car 3 (20,000 EUR), Car 2 in USD."""
    schedule = gather(small_case, BriefOptions(brief_date=DATE)).damage
    assert schedule.cost_currency == "EUR"
    by_category = dict(zip(schedule.chart_categories, schedule.cost_values, strict=True))
    assert by_category["Vehicles"] == 145_000
    assert schedule.cost_left_out == ("USD (1 item)",)


def test_the_assessment_date_is_the_day_in_the_incidents_zone(empty_case) -> None:
    """23:30 UTC on 20 November is already 21 November in Kyiv (UTC+02:00)."""
    empty_case.add(
        "damage_item", title="Gate", category="perimeter", assessed_by="Site engineer",
        assessed_at=dt.datetime(2025, 11, 20, 23, 30, tzinfo=dt.UTC),
    )  # fmt: skip
    (row,) = gather(empty_case, BriefOptions(brief_date=DATE)).damage.rows
    assert (row.assessed_on, row.assessed_by) == ("21 November 2025", "Site engineer")
