"""A brief prints a bounded excerpt of each field and says that the text continues.

The cost of a brief of a case at the per-field text limits (1,000,000 characters, half a
million outcome lines) is a row of `make bench`; here a CI-sized case of the same shape,
each field well past what a brief prints, must render, say where text was cut and how
much is left, and stay byte-identical from one export to the next.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from brief_support import KYIV, pdf_text, placeholder_png
from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader

from casefile.brief import BriefOptions, export_brief
from casefile.brief.excerpt import (
    LINE_CHARS,
    LIST_ITEMS,
    TEXT_CHARS,
    TEXT_LINES,
    excerpt,
    items,
    short,
)
from casefile.store import CaseFile

#: Longer than any excerpt, short enough to build and render in a second or two.
CHARS = 3 * TEXT_CHARS


def _prose(length: int) -> str:
    sentence = "The fence was hit by fragments and the gate no longer closes. "
    return (sentence * (length // len(sentence) + 1))[:length]


@pytest.fixture(scope="module")
def limits_case(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("limits") / "limits.casefile"
    with CaseFile.create(
        path,
        title="Limits " + "T" * CHARS,
        reference="LIMITS-1",
        occurred_at=dt.datetime(2025, 11, 14, 1, 0, tzinfo=KYIV),
        timezone="Europe/Kyiv",
        summary=_prose(CHARS),
        classification="RESTRICTED",
        actor="tester",
    ) as case:
        party = case.add("party", name="P" * CHARS, kind="person", role=_prose(CHARS))
        item = case.add(
            "damage_item",
            category="perimeter",
            title="W" * CHARS,  # one unbroken word
            description=_prose(CHARS),
            assessed_by="A" * CHARS,
        )
        case.add_attachment(placeholder_png(), "fence.png", to=item.id, caption=_prose(CHARS))
        note = case.add(
            "note", title="Note", kind="diplomatic_note", source_party_id=party.id,
            body="line\n" * (CHARS // 5), party_ids=[party.id],
        )  # fmt: skip
        meeting = case.add(
            "meeting", kind="summons", title="M" * CHARS,
            held_at=dt.datetime(2025, 11, 14, 12, 0, tzinfo=KYIV), place=_prose(CHARS),
            participants=[{"party_id": party.id, "role": "summoned"}],
            outcomes="o\n" * (CHARS // 2), note_ids=[note.id],
        )  # fmt: skip
        case.add("follow_up", title="f\n" * (CHARS // 2), meeting_id=meeting.id)
    return path


def _export(case_path: Path, out: Path) -> bytes:
    with CaseFile.open(case_path, read_only=True) as case:
        export_brief(case, out, BriefOptions(brief_date=dt.date(2025, 11, 21)))
    return out.read_bytes()


def test_a_brief_at_the_limits_says_the_text_continues_and_is_repeatable(
    limits_case: Path, tmp_path: Path
) -> None:
    first = _export(limits_case, tmp_path / "first.pdf")
    second = _export(limits_case, tmp_path / "second.pdf")
    assert first == second
    text = pdf_text(first)
    # The summary, description, caption, place and titles are cut by characters...
    cut = re.findall(r"text continues: ([\d,]+) more characters, see the case file", text)
    assert len(cut) >= 6, cut
    assert all(int(n.replace(",", "")) > 0 for n in cut)
    # ...the note's body by lines, the outcomes as a list.
    assert f"{CHARS // 5 - TEXT_LINES:,} more lines" in text
    assert f"list continues: {CHARS // 2 - LIST_ITEMS:,} more outcomes" in text
    # Each field prints an excerpt, not the field: the PDF stays a handful of pages.
    assert len(PdfReader(tmp_path / "first.pdf").pages) < 60


@given(st.text(st.characters(codec="utf-8"), max_size=3000), st.integers(20, 1000))
def test_an_excerpt_is_the_text_itself_or_its_start_and_a_marker(text: str, chars: int) -> None:
    result = excerpt(text, chars=chars, lines=15)
    if "text continues" not in result or "text continues" in text:
        return
    kept, _, marker = result.rpartition("… (text continues: ")
    assert len(kept) <= chars + 1
    assert marker.endswith("see the case file)")


def test_excerpts_keep_short_text_whole_and_cut_long_text_with_a_count() -> None:
    assert excerpt("two\nlines") == "two\nlines"
    assert short("a title") == "a title"
    assert short("x" * (LINE_CHARS + 1234)) == (
        "x" * LINE_CHARS + " … (text continues: 1,234 more characters, see the case file)"
    )
    body = "\n".join(f"line {n}" for n in range(TEXT_LINES + 5))
    assert excerpt(body).endswith("… (text continues: 5 more lines, see the case file)")
    assert excerpt(body).count("\n") == TEXT_LINES
    assert items(["a", "b", "c"], count=2, noun="more outcomes") == (
        "a",
        "b",
        "… (list continues: 1 more outcome, see the case file)",
    )
