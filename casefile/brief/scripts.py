"""User text in any script as Paragraph markup: right-to-left order, shaping, fallback fonts.

A PDF shows glyphs in the order they are drawn, left to right, and reportlab neither
joins Arabic letters nor reorders right-to-left text without its optional rlbidi,
which PyPI does not carry. So each line is prepared here: Arabic letters take their
joined forms (arabic-reshaper: the contextual presentation forms) and the line is put
in display order by the Unicode bidirectional algorithm (python-bidi). Arabic and
Hebrew runs print in the bundled Noto Sans faces; a character that no bundled font
has (Chinese, emoji...) prints as a visible `[U+XXXX]`, never as an empty box, and
`uncovered` names it so the export can warn about it.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from xml.sax.saxutils import escape as _xml_escape

import arabic_reshaper
from bidi import get_display
from reportlab.lib.fonts import ps2tt, tt2ps
from reportlab.pdfbase import pdfmetrics

from casefile.brief.fonts import ARABIC, FONTS, HEBREW, register_fonts

#: Characters that take the Arabic face: Arabic, its supplements and presentation forms.
_ARABIC_RANGES = (
    (0x0600, 0x06FF),
    (0x0750, 0x077F),
    (0x08A0, 0x08FF),
    (0xFB50, 0xFDFF),
    (0xFE70, 0xFEFF),
)
#: Hebrew letters and points, and the Hebrew presentation forms.
_HEBREW_RANGES = ((0x0590, 0x05FF), (0xFB1D, 0xFB4F))
#: Non-characters the brief strips (casefile.brief.markup.plain) rather than prints.
_STRIPPED = frozenset("\ufffe\uffff")
#: Characters every face prints or that only shape or order text.
_LAYOUT_ONLY = frozenset("\n\u200c\u200d\u200e\u200f")


def replacement(char: str) -> str:
    """What prints for a character no bundled font has: its code point, readable."""
    return f"[U+{ord(char):04X}]"


def printed_length(text: str, limit: int) -> tuple[int, int]:
    """How many characters of `text` print within `limit` printed characters, and how
    many printed characters they take: a replaced character takes its replacement's
    length. Reads at most `limit` characters of `text`."""
    head = text[:limit]
    if _plain_text().fullmatch(head):
        return len(head), len(head)
    used = 0
    for index, char in enumerate(head):
        width = len(replacement(char)) if face_for(char) is None else 1
        if used + width > limit:
            return index, used
        used += width
    return len(head), used


def _in(ranges: tuple[tuple[int, int], ...], char: str) -> bool:
    code = ord(char)
    return any(low <= code <= high for low, high in ranges)


@functools.cache
def _glyphs(font_name: str) -> frozenset[int]:
    register_fonts()
    return frozenset(pdfmetrics.getFont(font_name).face.charToGlyph)


@functools.cache
def _plain_text() -> re.Pattern[str]:
    """Text the body font prints as it stands (no right-to-left letter, nothing missing):
    the common case, checked in one regular-expression match."""
    codes = sorted(
        c for c in _glyphs(FONTS.regular) if not _in(_ARABIC_RANGES + _HEBREW_RANGES, chr(c))
    )
    spans: list[list[int]] = []
    for code in codes:
        if spans and code == spans[-1][1] + 1:
            spans[-1][1] = code
        else:
            spans.append([code, code])
    body = "".join(
        re.escape(chr(low)) + ("-" + re.escape(chr(high)) if high > low else "")
        for low, high in spans
    )
    return re.compile(f"[\n{body}]*")


@functools.cache
def face_for(char: str) -> str | None:
    """The bundled font that prints `char` ("" for the body font), or None if none has it."""
    code = ord(char)
    if char in _LAYOUT_ONLY:
        return ""
    if _in(_ARABIC_RANGES, char) and code in _glyphs(ARABIC):
        return ARABIC
    if _in(_HEBREW_RANGES, char) and code in _glyphs(HEBREW):
        return HEBREW
    if code in _glyphs(FONTS.regular):
        return ""
    return None


#: any character of the right-to-left ranges
_RIGHT_TO_LEFT = re.compile(
    "[" + "".join(f"{chr(low)}-{chr(high)}" for low, high in _ARABIC_RANGES + _HEBREW_RANGES) + "]"
)


def has_rtl(text: str) -> bool:
    """Whether `text` holds a right-to-left letter (Arabic, Hebrew)."""
    return _RIGHT_TO_LEFT.search(text) is not None


def base_direction(text: str) -> str:
    """The direction of a paragraph of `text`, by its first strong letter (the Unicode
    bidirectional algorithm's rule): "R" right to left, else "L"."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return "L"
        if kind in ("R", "AL"):
            return "R"
    return "L"


def display_order(text: str, direction: str | None = None) -> str:
    """Each line of `text` shaped (Arabic joining) and in the order it is seen, in a
    paragraph of `direction` ("L", "R"; by default each line's own)."""
    if not has_rtl(text):
        return text
    return "\n".join(
        get_display(arabic_reshaper.reshape(line), base_dir=direction) if line else line
        for line in text.split("\n")
    )


def broken_lines(text: str, widths: tuple[float, float], font_name: str, size: float) -> list[str]:
    """One line of user text broken at spaces into the lines a paragraph prints, in
    reading order: the first at most widths[0] points wide, the others widths[1].

    The bidirectional algorithm puts a line in display order only once it is known
    where the line ends: a right-to-left paragraph wrapped after reordering would print
    its last line at the top. So paragraphs holding right-to-left text break their
    lines here, measured in the faces they print in, and reorder each line on its own.
    A word wider than a line gets a line of its own.
    """
    family, bold, italic = ps2tt(font_name)
    space = pdfmetrics.stringWidth(" ", font_name, size)
    lines: list[str] = []
    words: list[str] = []
    used = 0.0
    for word in text.split(" "):
        width = _printed_width(word, font_name, bold, italic, size)
        wanted = used + space + width if words else width
        if words and wanted > widths[1 if lines else 0]:
            lines.append(" ".join(words))
            words, wanted = [], width
        words.append(word)
        used = wanted
    lines.append(" ".join(words))
    return lines


def _printed_width(word: str, font_name: str, bold: int, italic: int, size: float) -> float:
    width = 0.0
    for face, run in _runs(display_order(word)):
        if face is None:
            width += pdfmetrics.stringWidth("".join(map(replacement, run)), font_name, size)
        else:
            face_name = tt2ps(face, bold, italic) if face else font_name
            width += pdfmetrics.stringWidth(run, face_name, size)
    return width


def _runs(text: str) -> Iterator[tuple[str | None, str]]:
    """Consecutive characters grouped by the face that prints them.

    Spaces and punctuation stay in the run they follow when its face has them, so a
    right-to-left name is drawn as one string: PDF readers put one drawn string back
    in reading order when text is copied or extracted.
    """
    current: str | None = ""
    run = ""
    for char in text:
        face = face_for(char)
        if current and face == "" and not char.isalpha() and ord(char) in _glyphs(current):
            face = current
        if face != current and run:
            yield current, run
            run = ""
        current = face
        run += char
    if run:
        yield current, run


def markup(text: str, direction: str | None = None) -> str:
    """Plain user text (newlines kept) as Paragraph markup that prints every character.

    Arabic and Hebrew runs are wrapped in their Noto face (bold and italic still follow
    the surrounding `<b>`/`<i>` through the font family); unprintable characters
    become their `[U+XXXX]` replacement. Each line is put in display order as a line of
    a paragraph of `direction` (by default its own).
    """
    if _plain_text().fullmatch(text):
        return _xml_escape(text).replace("\n", "<br/>")
    parts: list[str] = []
    for face, run in _runs(display_order(text, direction)):
        if face is None:
            parts.append("".join(replacement(c) for c in run))
        elif face:
            parts.append(f'<font name="{face}">{_xml_escape(run)}</font>')
        else:
            parts.append(_xml_escape(run))
    return "".join(parts).replace("\n", "<br/>")


def printed(text: str) -> str:
    """The characters `markup(text)` puts on the page, in the order they are drawn."""
    return "".join(
        "".join(replacement(c) for c in run) if face is None else run
        for face, run in _runs(display_order(text))
    )


def drawn(text: str, font_name: str) -> str:
    """A line for one font drawn straight on the canvas (headers, contents lines): in
    display order, Arabic joined, `[U+XXXX]` for what that font lacks."""
    glyphs = _glyphs(font_name)
    return "".join(c if ord(c) in glyphs else replacement(c) for c in display_order(text))


def uncovered(text: str) -> str:
    """The distinct characters of `text` that no bundled font prints, in first-seen order."""
    if _plain_text().fullmatch(text):
        return ""
    seen: dict[str, None] = {}
    for char in text:
        if char in seen or char in _STRIPPED or unicodedata.category(char) in ("Cc", "Cs"):
            continue  # controls, tabs, lone surrogates: casefile.brief.markup.plain handles them
        if face_for(char) is None:
            seen[char] = None
    return "".join(seen)


@dataclass(frozen=True, slots=True)
class Place:
    """One step of the way to a text in a gathered brief: a part or field by its name in
    the brief's model ("parties", "name"), and for one of a list's elements its number
    from 1 and its reference or title ("D-3", "张伟"), so that a client can say the
    way in its own words."""

    name: str
    number: int | None = None
    label: str = ""

    def __str__(self) -> str:
        if self.number is None:
            return self.name
        return f"{self.name} {self.number}" + (f" ({self.label})" if self.label else "")


@dataclass(frozen=True, slots=True)
class Uncovered:
    """Characters of one field that print as replacements: what and where."""

    places: tuple[Place, ...]  # parties 3 (张伟), then name
    chars: str

    @property
    def where(self) -> str:
        """The way to the field in the CLI's English: "parties 3 (张伟) > name"."""
        return " > ".join(str(place) for place in self.places) or "text"

    def __str__(self) -> str:
        names = ", ".join(f"{c} ({replacement(c)[1:-1]})" for c in self.chars)
        return f"{self.where}: {names}"


def _label(item: object) -> str:
    for attr in ("ref", "title", "name", "label", "caption"):
        value = getattr(item, attr, "")
        if isinstance(value, str) and value.strip():
            return " ".join(value.split())[:40]
    return ""


def find_uncovered(item: object, places: tuple[Place, ...] = ()) -> list[Uncovered]:
    """Every text field of a gathered brief (its dataclasses, walked) that has characters
    no bundled font prints, with the way to the field, e.g. `parties 3 (张伟) > name`."""
    found: list[Uncovered] = []
    if isinstance(item, str):
        chars = uncovered(item)
        if chars:
            found.append(Uncovered(places, chars))
    elif dataclasses.is_dataclass(item) and not isinstance(item, type):
        for f in dataclasses.fields(item):
            value = getattr(item, f.name)
            if isinstance(value, (str, tuple)) or dataclasses.is_dataclass(value):
                found += find_uncovered(value, (*places, Place(f.name)))
    elif isinstance(item, tuple):
        *before, last = places or (Place(""),)
        for n, element in enumerate(item, start=1):
            step = dataclasses.replace(last, number=n, label=_label(element))
            found += find_uncovered(element, (*before, step))
    return found
