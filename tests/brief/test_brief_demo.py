"""The demo brief: native scripts, redaction, repeatable bytes (shared/DEMO_CASE.md)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from brief_support import LATIN_NAMES, NATIVE_NAMES, page_texts, pdf_text
from pypdf import PdfReader

from casefile.brief import BriefOptions, export_brief
from casefile.store import CaseFile

DATE = dt.date(2025, 11, 21)


@pytest.fixture(scope="module")
def demo_briefs(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The demo case exported three times: full, full again, and redacted.

    `demo_template` (tests/conftest.py) is shared by the session: it is only ever
    opened read-only here, which changes no byte of it.
    """
    folder = tmp_path_factory.mktemp("demo-briefs")
    outputs = {
        "full": (folder / "full.pdf", BriefOptions(brief_date=DATE, preparer="Desk officer")),
        "again": (folder / "again.pdf", BriefOptions(brief_date=DATE, preparer="Desk officer")),
        "redacted": (
            folder / "redacted.pdf",
            BriefOptions(brief_date=DATE, preparer="Desk officer", redact_internal=True),
        ),
    }
    with CaseFile.open(demo_template, read_only=True) as case:
        for out, options in outputs.values():
            export_brief(case, out, options)
    return {name: out for name, (out, _) in outputs.items()}


@pytest.mark.parametrize("name", NATIVE_NAMES + LATIN_NAMES)
def test_every_demo_name_prints_in_its_own_script(demo_briefs, name: str) -> None:
    assert name in pdf_text(demo_briefs["full"])


def test_demo_brief_carries_label_and_page_count_on_every_page(demo_briefs) -> None:
    pages = page_texts(demo_briefs["full"])
    for number, text in enumerate(pages, start=1):
        assert text.count("RESTRICTED") >= 2
        assert f"page {number} of {len(pages)}" in text


def test_two_exports_of_the_same_case_are_byte_identical(demo_briefs) -> None:
    assert demo_briefs["full"].read_bytes() == demo_briefs["again"].read_bytes()


def test_redaction_removes_what_the_full_brief_shows(demo_template: Path, demo_briefs) -> None:
    with CaseFile.open(demo_template, read_only=True) as case:
        internal = [n.title for n in case.records("note") if n.internal]
        internal += [f.title for f in case.records("follow_up") if f.internal]
        public = [n.title for n in case.records("note") if not n.internal]
    assert internal, "the demo case should hold internal material"
    full = pdf_text(demo_briefs["full"])
    redacted = pdf_text(demo_briefs["redacted"])
    for title in internal:
        assert title in full
        assert title not in redacted
    for title in public:
        assert title in redacted
    assert "[internal] " in full and "[internal] " not in redacted


def test_every_page_says_whether_internal_material_is_in_the_brief(demo_briefs) -> None:
    """The cover and every footer: a full brief and a redacted one cannot be confused."""
    full, redacted = page_texts(demo_briefs["full"]), page_texts(demo_briefs["redacted"])
    for text in full:
        assert "NOT REDACTED: contains internal material (3 items marked [internal])" in text
        assert "REDACTED: internal material removed" not in text
    for text in redacted:
        assert "REDACTED: internal material removed (3 items left out)" in text
        assert "NOT REDACTED" not in text and "contains internal material" not in text
    assert "not redacted" in PdfReader(demo_briefs["full"]).metadata["/Keywords"]
    assert "NOT REDACTED" in PdfReader(demo_briefs["full"]).metadata.subject
    assert "REDACTED: internal" in PdfReader(demo_briefs["redacted"]).metadata.subject


def test_the_pdf_dates_are_the_brief_date_and_the_metadata_names_the_audit_head(
    demo_template: Path, demo_briefs
) -> None:
    with CaseFile.open(demo_template, read_only=True) as case:
        head, fingerprint = case.audit_head(), case.fingerprint()
    meta = PdfReader(demo_briefs["full"]).metadata
    assert meta["/CreationDate"] == meta["/ModDate"] == "D:20251121000000+00'00'"
    assert f"case audit head {head}" in meta["/Keywords"]
    assert len(fingerprint) == 16
    for text in page_texts(demo_briefs["full"]):
        assert f"case fingerprint {fingerprint}" in text


def test_the_pdf_date_follows_the_brief_date(demo_template: Path, tmp_path: Path) -> None:
    out = tmp_path / "later.pdf"
    with CaseFile.open(demo_template, read_only=True) as case:
        export_brief(case, out, BriefOptions(brief_date=dt.date(2026, 2, 3)))
    assert PdfReader(out).metadata["/CreationDate"] == "D:20260203000000+00'00'"


def test_a_schedule_without_estimates_is_one_table_with_one_head(demo_briefs) -> None:
    """The demo has five items in five categories and no estimate yet."""
    schedule = next(t for t in page_texts(demo_briefs["full"]) if "Perimeter fence" in t)
    assert schedule.count("Severity") == 1  # the table's head, once (no chart: see below)
    for ref in ("D-1", "D-2", "D-3", "D-4", "D-5"):
        assert ref in schedule
    assert "Not assessed (5 of 5 items, outside the totals)" in schedule


def test_a_chart_of_bars_all_at_one_is_a_sentence(demo_briefs) -> None:
    """The demo's five items are in five categories: the counts read as a sentence."""
    text = pdf_text(demo_briefs["full"])
    assert "One damage item in each of 5 categories: Perimeter (destroyed);" in text
    assert "Items by severity" not in text


def _outline_pages(path: Path) -> dict[str, int]:
    """Outline entry title -> its page (1-based): sections, meetings, notes, annexes."""
    reader = PdfReader(path)
    pages = {}
    for item in reader.outline:  # sections at the top level, meetings and notes inside
        for entry in item if isinstance(item, list) else [item]:
            pages[entry.title] = reader.get_destination_page_number(entry) + 1
    return pages


def _links(path: Path) -> list[tuple[int, int]]:
    """(page the link is on, page it leads to), 1-based, for every internal link."""
    reader = PdfReader(path)
    number_of = {page.indirect_reference.idnum: n for n, page in enumerate(reader.pages, 1)}
    found = []
    for n, page in enumerate(reader.pages, start=1):
        for annot in page.get("/Annots") or []:
            dest = annot.get_object().get("/Dest")
            if dest is not None:
                target = dest.get_object()[0]
                found.append((n, number_of[target.idnum]))
    return found


def test_the_contents_give_each_sections_page_and_link_there(demo_briefs) -> None:
    from casefile.brief.options import SECTION_TITLES

    pages = page_texts(demo_briefs["full"])
    cover = pages[0]
    outline = _outline_pages(demo_briefs["full"])
    starts = []
    for title in SECTION_TITLES.values():
        assert title in cover
        assert title in pages[outline[title] - 1]
        starts.append(outline[title])
        if title == "Notes":  # the annex list ends the notes section
            assert "Annex 1." in pages[outline["Annexes"] - 1]
            starts.append(outline["Annexes"])
    # The numbers are stamped once every page is laid out: the text gives them last.
    assert cover.endswith(f"page 1 of {len(pages)} " + " ".join(map(str, starts)))
    from_cover = [target for page, target in _links(demo_briefs["full"]) if page == 1]
    assert from_cover == starts


def test_figure_and_item_references_are_links_and_notes_are_listed_as_annexes(
    demo_briefs,
) -> None:
    pages = page_texts(demo_briefs["full"])
    links = _links(demo_briefs["full"])
    figure_pages = {n for n, text in enumerate(pages, 1) if "Figure 1." in text}
    schedule = next(n for n, text in enumerate(pages, 1) if "Item details" in text)
    assert any(page == schedule and target in figure_pages for page, target in links)
    # the photo's caption leads back to its item's details
    assert any(page in figure_pages and target == schedule for page, target in links)
    annexes = next(n for n, text in enumerate(pages, 1) if "Annex 1. Note of protest" in text)
    assert "Annex 2. Appeal about the damage to the embassy" in pages[annexes - 1]
    assert (
        "Diplomatic note, 14 November 2025, from Ministry of Foreign Affairs" in pages[annexes - 1]
    )
    notes_page = _outline_pages(demo_briefs["full"])["Note of protest"]
    assert pages[annexes - 1].endswith(f"of {len(pages)} {notes_page} {notes_page}")
    assert [t for p, t in links if p == annexes] == [notes_page, notes_page]


@pytest.mark.parametrize(
    "sections", [("damage",), ("photos",), ("notes",), ("meetings", "photos"), ("summary",)]
)
def test_every_link_has_its_target_whatever_the_sections(
    demo_template: Path, tmp_path: Path, sections: tuple[str, ...]
) -> None:
    """A link to a figure, an item or a note is made only when the brief prints it."""
    out = tmp_path / "part.pdf"
    with CaseFile.open(demo_template, read_only=True) as case:
        export_brief(case, out, BriefOptions(brief_date=DATE, sections=sections))
    pages = len(PdfReader(out).pages)
    assert all(1 <= target <= pages for _, target in _links(out))
