"""The one door user text goes through to reach a Paragraph: escaping and line breaks.

reportlab's Paragraph reads its text as markup: a typed `<b>` would turn bold, an
unclosed `<i` would abort the export, and `<img src="/etc/hostname">` would read a file
from disk. Escaping every user string (as reportlab's own DocPara does) makes all of
them print literally. Line breaks the user typed are kept as `<br/>`.
"""

from __future__ import annotations

import re

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText, textTransformFrags
from reportlab.platypus.paraparser import ParaParser

from casefile.brief.scripts import base_direction, broken_lines, has_rtl, markup, printed_length

# Characters reportlab cannot lay out or that XML forbids: C0/C1 controls (but tab and
# newline), lone surrogates and the two non-characters U+FFFE/U+FFFF.
_UNPRINTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")
_LINE_BREAKS = re.compile("\r\n|[\r\x85\u2028\u2029]")


def plain(text: str) -> str:
    """User text cleaned of what no PDF can show; newlines kept, tabs as spaces.

    For places that draw text directly (headers, outline entries) and for `esc`.
    """
    text = _LINE_BREAKS.sub("\n", str(text))
    return _UNPRINTABLE.sub("", text).replace("\t", "    ")


def one_line(text: str) -> str:
    """Plain text on a single line, for headers, outline entries and metadata."""
    return " ".join(plain(text).split())


def esc(text: str) -> str:
    """User text as Paragraph markup that prints exactly what the user typed.

    Right-to-left lines come in display order with Arabic letters joined, and
    characters no bundled font has print as `[U+XXXX]` (casefile.brief.scripts).
    """
    return markup(plain(text))


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph of user text alone."""
    if has_rtl(text) and "\n" not in text:
        return BidiParagraph(plain(text), style)
    return paragraph(esc(text), style)


def paragraph(marked: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph of markup, as `Paragraph(marked, style)` makes it.

    Most user text has nothing to mark up (no tag, no entity once escaped): its one
    fragment comes from reportlab's tuple-tree parser, which makes the fragments its
    HTML parser would without reading the text character by character for tags.
    """
    if "<" in marked or "&" in marked:
        return Paragraph(marked, style)
    text = cleanBlockQuotedText(marked)  # what Paragraph does to text before parsing it
    if not text:
        return Paragraph(marked, style)
    _, frags, _ = ParaParser().tt_parse(("para", None, [text]), style)
    textTransformFrags(frags, style)
    return Paragraph(text, style, frags=frags)


class BidiParagraph(Paragraph):
    """A line of user text holding right-to-left letters, broken into lines for the
    width it gets before each line is put in display order (scripts.broken_lines); a
    paragraph that starts right to left is aligned to the right."""

    def __init__(self, text: str, style: ParagraphStyle) -> None:
        self._logical = text
        self._direction = base_direction(text)
        self._laid_out_for: float | None = None
        if self._direction == "R" and style.alignment == TA_LEFT:
            style = ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT)
        super().__init__(markup(text, self._direction), style)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        style = self.style
        width = availWidth - style.leftIndent - style.rightIndent
        if width != self._laid_out_for:
            self._laid_out_for = width
            lines = broken_lines(
                self._logical,
                (width - style.firstLineIndent, width),
                style.fontName,
                style.fontSize,
            )
            text = "<br/>".join(markup(line, self._direction) for line in lines)
            super().__init__(text, style)
        return super().wrap(availWidth, availHeight)


def rich(template: str, style: ParagraphStyle, /, **values: str) -> Paragraph:
    """A Paragraph from our own markup template with user values escaped into it.

    `rich("<b>Owner:</b> {owner}", style, owner=name)`: the template is ours and
    trusted; every value is escaped, so no user string can add markup.
    """
    return paragraph(template.format(**{key: esc(value) for key, value in values.items()}), style)


def is_clipped(text: str, limit: int) -> bool:
    """Whether `clip(text, limit)` leaves something out."""
    text = " ".join(plain(text).split())
    fits, used = printed_length(text, limit + 1)
    return fits < len(text) or used > limit


def clip(text: str, limit: int) -> str:
    """What prints in at most `limit` characters, ending in an ellipsis when cut.

    Table cells cannot split across pages (a cell taller than a page stops reportlab),
    so cells carry a clipped text and the full text prints as paragraphs elsewhere. A
    character no font has prints as its longer `[U+XXXX]`, and counts as such.
    """
    text = " ".join(plain(text).split())
    if not is_clipped(text, limit):
        return text
    fits, _ = printed_length(text, max(limit - 1, 0))
    return text[:fits].rstrip() + "…"
