"""The submission's framing on the brief's cover: the lines the case fills in, in the
brief's language, dates by CLDR; an empty field prints nothing, not a blank label."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from casefile.brief import BriefOptions, export_brief
from casefile.store import CaseFile

DATE = dt.date(2025, 11, 21)
FRAMING: dict[str, Any] = {
    "sender": "Embassy of the Republic of Azerbaijan in Kyiv",
    "addressee": "Minister of Foreign Affairs",
    "purpose": "decision",
    "recommendation": "Take note of the regret expressed.",
    "decisions_sought": "Whether to answer the statement.\nWhether to prepare a claim.",
    "deadline": dt.date(2025, 11, 26),
    "drafted_by": "First Secretary",
    "drafted_on": dt.date(2025, 11, 21),
    "clearances": [
        {"name": "Head of the Consular Section", "cleared_on": "2025-11-21"},
        {"name": "Legal Adviser"},
    ],
}
#: per language: every label in the order the cover prints them, the purpose "for
#: decision", the deadline and the drafter's line as the language writes them
LANGUAGES = {
    "en": (
        ["From", "To", "Purpose", "Recommendation", "Decisions sought", "Deadline",
         "Drafted by", "Cleared by"],
        "For decision",
        "26 November 2025",
        "First Secretary, 21 November 2025",
    ),
    "az": (
        ["Kimdən", "Kimə", "Məqsəd", "Tövsiyə", "Xahiş olunan qərarlar", "Son müddət",
         "İcraçı", "Razılaşdırılıb"],
        "Qərar qəbul edilməsi üçün",
        "26 noyabr 2025",
        "First Secretary, 21 noyabr 2025",
    ),
    "ru": (
        ["От кого", "Кому", "Цель", "Рекомендация", "Испрашиваемые решения", "Срок",
         "Исполнитель", "Согласовано"],
        "Для принятия решения",
        "26 ноября 2025\u00a0г.",
        "First Secretary, 21 ноября 2025\u00a0г.",
    ),
    "uk": (
        ["Від кого", "Кому", "Мета", "Рекомендація", "Рішення, що запитуються", "Строк",
         "Виконавець", "Погоджено"],
        "Для прийняття рішення",
        "26 листопада 2025\u00a0р.",
        "First Secretary, 21 листопада 2025\u00a0р.",
    ),
}  # fmt: skip


def cover(case: CaseFile, out: Path, language: str = "en", pages: int = 1, **options: Any) -> str:
    export_brief(case, out, BriefOptions(brief_date=DATE, language=language, **options))
    text = " ".join(page.extract_text() for page in PdfReader(out).pages[:pages])
    return " ".join(text.split())  # words as printed, whatever the line breaks


def cover_lines(case: CaseFile, out: Path) -> list[str]:
    export_brief(case, out, BriefOptions(brief_date=DATE))
    return PdfReader(out).pages[0].extract_text().splitlines()


@pytest.fixture
def case(tmp_path: Path):
    with CaseFile.create(tmp_path / "case.casefile", title="Strike on the embassy") as made:
        yield made


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_every_field_prints_in_order_in_each_language(
    case: CaseFile, tmp_path: Path, language: str
) -> None:
    case.update_incident(**FRAMING)
    labels, purpose, deadline, drafted = LANGUAGES[language]
    text = cover(case, tmp_path / f"{language}.pdf", language)
    places = [text.index(label) for label in labels]
    assert places == sorted(places)  # From, To, ... Cleared by, in this order
    for value in (purpose, deadline, drafted, FRAMING["sender"], "Whether to prepare a claim."):
        assert " ".join(value.split()) in text
    assert "Head of the Consular Section" in text and "Legal Adviser" in text


def test_empty_fields_print_no_label(case: CaseFile, tmp_path: Path) -> None:
    case.update_incident(sender="Embassy in Kyiv", deadline="2025-11-26", drafted_on="2025-11-21")
    lines = cover_lines(case, tmp_path / "some.pdf")
    assert lines[lines.index("From") + 1] == "Embassy in Kyiv"
    assert lines[lines.index("Deadline") + 1] == "26 November 2025"
    assert lines[lines.index("Drafted by") + 1] == "21 November 2025"  # a date without a name
    for label in ("To", "Purpose", "Recommendation", "Decisions sought", "Cleared by"):
        assert label not in lines


def test_blank_text_and_no_framing_print_nothing(case: CaseFile, tmp_path: Path) -> None:
    case.update_incident(recommendation="  \n ", addressee=" ")
    lines = cover_lines(case, tmp_path / "none.pdf")
    labels = ("From", "To", "Purpose", "Recommendation", "Decisions sought", "Deadline")
    assert not set(labels) & set(lines)
    assert not {"Drafted by", "Cleared by"} & set(lines)


def test_a_long_framing_is_cut_on_the_cover_saying_how_much_is_left(
    case: CaseFile, tmp_path: Path
) -> None:
    case.update_incident(
        recommendation="Claim compensation. " * 50_000,
        clearances=[{"name": f"Reviewer {n}"} for n in range(1, 41)],
    )
    text = cover(case, tmp_path / "long.pdf", pages=2)  # a cover this long runs over
    assert "Reviewer 30" in text and "Reviewer 31" not in text
    assert "(text continues: 10 more lines, see the case file)" in text
    assert "more characters, see the case file)" in text


def test_a_framing_of_characters_no_font_has_still_fits_a_page(
    case: CaseFile, tmp_path: Path
) -> None:
    """Each such character prints as a nine-character [U+XXXX]: the cut counts what
    prints, so the recommendation's cell stays shorter than a page (a table's cell
    cannot split across pages)."""
    case.update_incident(recommendation="\U00059d30" * 100_000)
    text = cover(case, tmp_path / "unprintable.pdf", pages=2)
    assert "[U+59D30]" in text
    assert "more characters, see the case file)" in text


def test_a_redacted_brief_keeps_the_framing(case: CaseFile, tmp_path: Path) -> None:
    case.update_incident(**FRAMING)
    case.add("note", title="Memo", internal=True)
    text = cover(case, tmp_path / "redacted.pdf", redact_internal=True)
    assert "REDACTED" in text and "Take note of the regret expressed." in text


def test_the_demo_cover_frames_its_submission(demo_template: Path, tmp_path: Path) -> None:
    with CaseFile.open(demo_template, read_only=True) as demo:
        text = cover(demo, tmp_path / "demo.pdf")
        assert demo.incident().deadline == dt.date(2025, 11, 26)  # days after the brief
    assert "From Embassy of the Republic of Azerbaijan in Kyiv" in text
    assert "Purpose For decision" in text and "Deadline 26 November 2025" in text
    assert "Contents" in text and "Photo appendix" in text  # the contents fit on the cover
