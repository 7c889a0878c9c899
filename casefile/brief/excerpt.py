"""How much of one field a brief prints: a bounded excerpt, and a marker saying what is left.

A text field may hold a million characters (casefile.store.MAX_TEXT), and a
meeting's outcomes half a million lines. Printed whole, one such field is hundreds of
pages and reportlab lays it out in minutes. A brief is read by a person: it prints the
start of a long field and says, in the text itself, how much more the case file holds.
So the cost of any brief is bounded by the number of fields, never by their length.
"""

from __future__ import annotations

from collections.abc import Sequence

from casefile.brief.language import count as count_of
from casefile.brief.language import tr
from casefile.brief.markup import one_line, plain
from casefile.brief.scripts import printed_length

#: Characters of one free-text field (a summary, a description, a note's body): about
#: eight printed pages.
TEXT_CHARS = 20_000
#: Lines of one free-text field: more would be pages of one-word paragraphs.
TEXT_LINES = 400
#: Characters of a one-line value: a title, a name, a place.
LINE_CHARS = 500
#: Entries of one list typed one per line (a meeting's outcomes).
LIST_ITEMS = 200
#: How far back from the limit a cut looks for a space, to end on a whole word.
_WORD_BACK = 80


def continues(more: int, unit: str) -> str:
    """The marker that ends a cut text: what a reader finds in the case file.

    `unit` is a counted noun of the catalogue: "more characters" or "more lines".
    """
    return tr("… (text continues: {more}, see the case file)", more=count_of(more, unit))


def excerpt(text: str, *, chars: int = TEXT_CHARS, lines: int = TEXT_LINES) -> str:
    """The text whole if short enough, else its start and a `continues` marker.

    Cut at `chars` printed characters (a character no font has prints as its longer
    `[U+XXXX]`) or after `lines` lines, whichever comes first; the marker counts what
    is left in the unit that cut it.
    """
    text = plain(text)
    fits, used = printed_length(text, chars + 1)
    within = printed_length(text, chars)[0]  # what prints within `chars`
    end = _end_of_lines(text, lines)
    if end is not None and end <= within:
        left = text.count("\n", end + 1) + (0 if text.endswith("\n") else 1)
        return text[:end].rstrip() + "\n" + continues(left, "more lines")
    if fits == len(text) and used <= chars:
        return text
    cut = _word_end(text, within)
    return text[:cut].rstrip() + " " + continues(len(text) - cut, "more characters")


def short(text: str, *, chars: int = LINE_CHARS) -> str:
    """A one-line value (`one_line`), cut with a `continues` marker past `chars`
    printed characters (a character no font has prints as its longer `[U+XXXX]`)."""
    text = one_line(text)
    fits, used = printed_length(text, chars + 1)
    if fits == len(text) and used <= chars:
        return text
    cut = _word_end(text, printed_length(text, chars)[0])
    return text[:cut].rstrip() + " " + continues(len(text) - cut, "more characters")


def items(
    values: Sequence[str], *, count: int = LIST_ITEMS, noun: str = "more entries"
) -> tuple[str, ...]:
    """At most `count` entries, each `short`; a last entry says how many more there are
    (`noun`, a counted noun of the catalogue: "more entries", "more outcomes")."""
    kept = tuple(short(v) for v in values[:count])
    left = len(values) - count
    if left <= 0:
        return kept
    marker = tr("… (list continues: {more}, see the case file)", more=count_of(left, noun))
    return (*kept, marker)


def joined(values: Sequence[str], separator: str = "; ", *, chars: int = LINE_CHARS * 4) -> str:
    """Values joined on one line (a list of names), cut with a marker past `chars`."""
    return short(separator.join(values), chars=chars)


def _end_of_lines(text: str, lines: int) -> int | None:
    """Where line number `lines` ends, or None when the text has no more lines than that."""
    at = -1
    for _ in range(lines):
        at = text.find("\n", at + 1)
        if at < 0:
            return None
    return at if text[at + 1 :].strip() else None


def _word_end(text: str, limit: int) -> int:
    """A cut at or before `limit` that ends a word, if a space lies close enough before it."""
    space = text.rfind(" ", max(limit - _WORD_BACK, 0), limit + 1)
    return space if space > 0 else limit
