"""The escaping helper: user text prints as typed, never as markup, never reads a file."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.platypus import Paragraph

from casefile.brief.markup import clip, esc, para, paragraph, plain, rich
from casefile.brief.scripts import printed
from casefile.brief.styles import make_styles

STYLE = make_styles().body


def shown(paragraph: Paragraph) -> str:
    """What a Paragraph prints, whitespace collapsed as a Paragraph collapses it."""
    text = "".join("\n" if getattr(f, "lineBreak", False) else f.text for f in paragraph.frags)
    return " ".join(text.split())


@pytest.mark.parametrize(
    "text",
    [
        "<b>bold</b>",
        "Tom & Jerry",
        "an unclosed <i tag",
        '<img src="/etc/hostname">',
        "&amp; stays &amp;",
        "&#65; is not A",
        "<br/> is not a break",
        "]]> <![CDATA[ x",
        '<a href="file:///etc/passwd">link</a>',
    ],
)
def test_markup_prints_literally(text: str) -> None:
    paragraph = para(text, STYLE)
    assert shown(paragraph) == text
    assert not any(getattr(frag, "cbDefn", None) for frag in paragraph.frags)  # no <img>
    assert all(not getattr(frag, "link", None) for frag in paragraph.frags)


def test_line_breaks_are_kept() -> None:
    assert esc("one\ntwo\r\nthree\rfour") == "one<br/>two<br/>three<br/>four"
    paragraph = para("one\ntwo", STYLE)
    paragraph.wrap(400, 1000)
    assert len(paragraph.blPara.lines) == 2


def test_rich_escapes_every_value_but_keeps_our_template() -> None:
    paragraph = rich("<b>Owner:</b> {owner}", STYLE, owner="<i>x</i> & y")
    assert shown(paragraph) == "Owner: <i>x</i> & y"
    assert any(frag.bold for frag in paragraph.frags)
    assert not any(getattr(frag, "italic", 0) for frag in paragraph.frags)


def test_unprintable_characters_are_dropped() -> None:
    assert plain("a\x00b\x1bc\x7fd\ufffe") == "abcd"
    assert plain("tab\there") == "tab    here"


def test_clip_cuts_with_an_ellipsis() -> None:
    assert clip("short", 10) == "short"
    assert clip("a" * 20, 10) == "a" * 9 + "…"
    assert clip("many   spaces\nand lines", 100) == "many spaces and lines"


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_user_text_prints_as_typed(text: str) -> None:
    # As typed, but right-to-left runs in display order and `[U+XXXX]` for what no
    # bundled font has (casefile.brief.scripts).
    paragraph = para(text, STYLE)
    expected = " ".join(printed(plain(text)).split())
    assert shown(paragraph) == expected
    paragraph.wrap(400, 100_000)  # lays out without error
    assert not any(getattr(frag, "cbDefn", None) for frag in paragraph.frags)


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>&;/\"'=#abi \n")), max_size=60))
def test_markup_like_text_prints_as_typed(text: str) -> None:
    paragraph = rich("<b>{label}</b> {value}", STYLE, label=text, value=text)
    expected = " ".join(plain(f"{text} {text}").split())
    assert shown(paragraph) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab Щ\xa0\u2009\t\n<&>")), max_size=40))
def test_text_without_markup_lays_out_as_the_parser_makes_it(text: str) -> None:
    """Text with nothing to mark up skips reportlab's HTML parser: its paragraph has the
    fragments, text and lines of the parsed one."""
    marked = esc(text)
    parsed, quick = Paragraph(marked, STYLE), paragraph(marked, STYLE)
    assert [f.__dict__ for f in quick.frags] == [f.__dict__ for f in parsed.frags]
    assert quick.text == parsed.text
    assert quick.wrap(60, 1000) == parsed.wrap(60, 1000)
    assert repr(quick.blPara.lines) == repr(parsed.blPara.lines)
