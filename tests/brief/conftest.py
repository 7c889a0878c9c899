"""Fixtures of the brief tests: a small real case file (the demo case is tests/conftest.py's)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from brief_support import HOSTILE, KYIV, placeholder_png

from casefile.store import CaseFile


@pytest.fixture(scope="session")
def small_case_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A case with one of everything a brief shows, internal material included.

    Session-scoped and only ever opened read-only by the tests.
    """
    path = tmp_path_factory.mktemp("brief-case") / "small.casefile"
    with CaseFile.create(
        path,
        title="Damage to the embassy " + HOSTILE,
        reference="T-2025-7",
        occurred_at=dt.datetime(2025, 11, 14, 1, 0, tzinfo=KYIV),
        timezone="Europe/Kyiv",
        location="Kyiv",
        summary="A missile came down on the grounds.\nLine two.\n\n" + HOSTILE,
        classification="RESTRICTED",
        actor="tester",
    ) as case:
        mfa = case.add(
            "party",
            name="Ministry of Foreign Affairs of the Republic of Azerbaijan",
            native_name="Azərbaycan Respublikasının Xarici İşlər Nazirliyi",
            kind="organisation",
            role="protesting ministry",
        )
        envoy = case.add(
            "party",
            name="Mikhail Yevdokimov",
            native_name="Михаил Евдокимов",
            kind="person",
            role="ambassador",
        )
        fence = case.add(
            "damage_item",
            category="perimeter",
            title="Perimeter fence",
            severity="destroyed",
            description="One section destroyed.\nSecond line " + HOSTILE,
        )
        case.add("damage_item", category="vehicles", title="Car 1", severity="severe",
                 estimated_cost=125_000, currency="EUR")  # fmt: skip
        case.add("damage_item", category="vehicles", title="Car 2", severity="moderate",
                 estimated_cost=30_000, currency="USD")  # fmt: skip
        case.add("damage_item", category="vehicles", title="Car 3", estimated_cost=20_000,
                 currency="EUR")  # fmt: skip
        case.add("damage_item", category="building", title="Windows")
        case.add_attachment(placeholder_png("fence"), "fence.png", to=fence.id, caption="Fence")
        case.add(
            "note",
            title="Note of protest",
            kind="diplomatic_note",
            date=dt.date(2025, 11, 14),
            source_party_id=mfa.id,
            body="We protest.\n\nSecond paragraph.",
        )
        memo = case.add(
            "note",
            title="Internal memo on claims",
            kind="internal_memo",
            date=dt.date(2025, 11, 15),
            internal=True,
            body="SECRET-MEMO-BODY",
        )
        case.add_attachment(placeholder_png("memo"), "memo.png", to=memo.id, caption="Memo scan")
        meeting = case.add(
            "meeting",
            kind="summons",
            title="Summons of the ambassador",
            held_at=dt.datetime(2025, 11, 14, 12, 0, tzinfo=dt.timezone(dt.timedelta(hours=4))),
            timezone="Asia/Baku",
            place="Baku",
            participants=[{"party_id": envoy.id, "role": "summoned"}],
            outcomes="Note of protest delivered\nRegret not expressed",
        )
        case.add("follow_up", title="Schedule contacts", meeting_id=meeting.id)
        case.add(
            "follow_up", title="SECRET-FOLLOW-UP repair the fence", internal=True,
            meeting_id=meeting.id, due_date=dt.date(2025, 12, 1),
        )  # fmt: skip
    return path


@pytest.fixture
def small_case(small_case_path: Path):
    with CaseFile.open(small_case_path, read_only=True) as case:
        yield case
