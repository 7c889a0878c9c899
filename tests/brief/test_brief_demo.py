"""The demo brief: native scripts, redaction, repeatable bytes (shared/DEMO_CASE.md)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from brief_support import LATIN_NAMES, NATIVE_NAMES, page_texts, pdf_text

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
        internal = [n.title for n in case.list("note") if n.internal]
        internal += [f.title for f in case.list("follow_up") if f.internal]
        public = [n.title for n in case.list("note") if not n.internal]
    assert internal, "the demo case should hold internal material"
    full = pdf_text(demo_briefs["full"])
    redacted = pdf_text(demo_briefs["redacted"])
    for title in internal:
        assert title in full
        assert title not in redacted
    for title in public:
        assert title in redacted
    assert "[internal]" in full and "[internal]" not in redacted
    assert "Redacted: internal material removed" in page_texts(demo_briefs["redacted"])[0]
    assert "Redacted" not in page_texts(demo_briefs["full"])[0]


def test_a_schedule_without_estimates_is_one_table_with_one_head(demo_briefs) -> None:
    """The demo has five items in five categories and no estimate yet."""
    schedule = next(t for t in page_texts(demo_briefs["full"]) if "Perimeter fence" in t)
    assert schedule.count("Severity") == 2  # the chart's legend, and the table's head once
    for ref in ("D1", "D2", "D3", "D4", "D5"):
        assert ref in schedule
    assert "Not assessed (5 of 5 items, outside the totals)" in schedule
