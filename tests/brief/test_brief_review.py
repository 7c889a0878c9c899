"""The brief's cover says where the case stands in review (issue 24), and its metadata too."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from babel.dates import format_date
from brief_support import page_texts
from pypdf import PdfReader

from casefile.brief import BriefOptions, export_brief
from casefile.store import CaseFile, Keys

OPTIONS = BriefOptions(brief_date=dt.date(2025, 12, 3))


@pytest.fixture
def approver(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Keys:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    keys = Keys()
    keys.create("R. Mustafayev")
    return keys


def test_the_cover_names_the_approval_and_the_changes_since(
    demo_path: Path, approver: Keys, tmp_path: Path
) -> None:
    with CaseFile.open(demo_path, actor="officer") as case:
        approved = case.seal(approver.unlock(None), state="approved")
        case.add("party", name="Late witness")
        case.add("party", name="Another late witness")
        export_brief(case, tmp_path / "brief.pdf", OPTIONS)
    day = approved.sealed_at
    expected = (
        f"Review: Approved by R. Mustafayev on {day.day} {day:%b %Y} at state "
        f"{approved.head[:16]}; 2 changes since"
    )
    cover = " ".join(page_texts(tmp_path / "brief.pdf")[0].split())
    assert expected in cover
    keywords = PdfReader(tmp_path / "brief.pdf").metadata["/Keywords"]
    assert f"review: {expected.removeprefix('Review: ')}" in keywords


def test_an_unsealed_case_has_no_review_line(demo_path: Path, tmp_path: Path) -> None:
    with CaseFile.open(demo_path, read_only=True) as case:
        export_brief(case, tmp_path / "brief.pdf", OPTIONS)
    assert "Review:" not in page_texts(tmp_path / "brief.pdf")[0]


def test_review_comments_print_only_when_asked(demo_path: Path, tmp_path: Path) -> None:
    with CaseFile.open(demo_path, actor="reviewer") as case:
        damage = case.records("damage_item")[0]
        case.add_comment(damage.id, "Check-this-estimate-2291")
        memo = next(n for n in case.records("note") if n.internal)
        case.add_comment(memo.id, "On-an-internal-memo-7734")
        export_brief(case, tmp_path / "plain.pdf", OPTIONS)
        asked = BriefOptions(brief_date=dt.date(2025, 12, 3), review_comments=True)
        export_brief(case, tmp_path / "asked.pdf", asked)
        redacted = BriefOptions(
            brief_date=dt.date(2025, 12, 3), review_comments=True, redact_internal=True
        )
        export_brief(case, tmp_path / "redacted.pdf", redacted)
    plain = " ".join(page_texts(tmp_path / "plain.pdf"))
    assert "Check-this-estimate-2291" not in plain and "Review comments" not in plain
    shown = " ".join(" ".join(page_texts(tmp_path / "asked.pdf")).split())
    assert "Check-this-estimate-2291" in shown and "On-an-internal-memo-7734" in shown
    assert f"Damage item: {damage.title} · reviewer" in shown
    left_out = " ".join(page_texts(tmp_path / "redacted.pdf"))
    assert "Check-this-estimate-2291" in left_out and "On-an-internal-memo-7734" not in left_out


def test_the_review_line_and_the_metadata_are_in_the_brief_language(
    demo_path: Path, approver: Keys, tmp_path: Path
) -> None:
    with CaseFile.open(demo_path, actor="officer") as case:
        approved = case.seal(approver.unlock(None), state="approved")
        for n in range(5):
            case.add("party", name=f"Late witness {n}")
        export_brief(
            case, tmp_path / "ru.pdf", BriefOptions(brief_date=OPTIONS.brief_date, language="ru")
        )
    cover = " ".join(page_texts(tmp_path / "ru.pdf")[0].split())
    day = format_date(approved.sealed_at.date(), "medium", locale="ru_RU").replace("\u202f", " ")
    assert (
        f"Утверждено: R. Mustafayev, {day}, состояние дела {approved.head[:16]}; "
        "после этого 5 изменений"
    ) in cover
    metadata = PdfReader(tmp_path / "ru.pdf").metadata
    keywords = metadata["/Keywords"]
    assert keywords.startswith("справка casefile, DEMO-KYIV-2025-11, ДЛЯ СЛУЖЕБНОГО ПОЛЬЗОВАНИЯ")
    assert "отпечаток дела " in keywords and "не отредактировано" in keywords
    assert "Approved" not in keywords and "case fingerprint" not in keywords
    assert metadata["/Subject"].startswith("Справка по делу DEMO-KYIV-2025-11.")
    text = " ".join(" ".join(page_texts(tmp_path / "ru.pdf")).split())
    assert "RESTRICTED" not in text  # the label on every page and in the facts
