"""Folding text for search: one spelling-blind form of each word, whatever its script.

What a user types and what the case holds often differ only in spelling: "baki" for
"Bakı", "sefirlik" for "Səfirlik", "Lavrov" for "Лавров", "Haluzin" for "Галузин".
Search indexes and matches folded words, made in three steps, each driven by a table
below:

1. Letters: case folded (İ, I, ı and i are one letter), accents stripped (NFKD), the
   letters no decomposition reaches mapped to plain Latin (`LATIN`: ə, ı, ł, ø, ...),
   apostrophes dropped so that "об'єднати" and "обʼєднати" are one word; outside
   ASCII, only letters and digits are kept (marks and format characters dropped, any
   other symbol a hyphen), so that every word ends where FTS5 and Python both see it end.
2. Cyrillic romanised (`CYRILLIC`): Russian and Ukrainian letters in a BGN/PCGN-like
   romanisation (ж zh, х kh, ц ts, щ shch, ю yu, ...), with a second reading where
   the usual spellings of a name part ways: г is g (Russian) or h (Ukrainian), х is kh
   or h, ё is e or yo.
3. A skeleton (`SKELETON_LETTERS`, `_DROP`) that makes the common romanisations one
   spelling: y and j are i; an h after k, s, z or c is dropped (kh, sh, zh, ch become
   k, s, z, c, so Azerbaijani ş and ç meet English sh and ch); an i before e or i is
   dropped (Yevdokimov, Evdokimov and Евдокимов all fold to "evdokimov"; Kyiv and Київ
   to "kiv"; Mustafayev and Мустафаев to "mustafaev").

Every whitespace character folds to one space and nothing else folds to whitespace, so
the n-th run of non-space characters (a "chunk") of a text folds to the n-th chunk of
its folded text; that is how a match in folded text is traced back to the original
spelling. A chunk with two readings folds to both, joined by ALT_SEP.

Changing these tables changes what the search index holds: ship a migration that
rebuilds the index with them (casefile/store/migrations/versions/0003_folded_search.py).
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from dataclasses import dataclass

#: Latin letters that neither case folding nor NFKD turns into plain Latin.
LATIN: dict[str, str] = {
    "ə": "e", "ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "ħ": "h",
    "þ": "th", "æ": "ae", "œ": "oe",
}  # fmt: skip

#: Russian, Ukrainian (and Belarusian ў) letters, lower case; a tuple is the readings
#: of a letter whose romanisations differ, the first being the one shown in tests.
CYRILLIC: dict[str, str | tuple[str, ...]] = {
    "а": "a", "б": "b", "в": "v", "г": ("g", "h"), "ґ": "g", "д": "d", "е": "e",
    "ё": ("e", "yo"), "є": "ye", "ж": "zh", "з": "z", "и": "i", "і": "i", "ї": "yi",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ў": "u", "ф": "f", "х": ("kh", "h"), "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e",
    "ю": "yu", "я": "ya",
}  # fmt: skip

#: Letters the skeleton merges, applied to every folded letter.
SKELETON_LETTERS: dict[str, str] = {"y": "i", "j": "i"}

#: Dropped wherever they stand: apostrophes (inside words they would split them).
DROPPED = frozenset("'’ʼ")
#: Punctuation written otherwise: with no underscore left, a regular expression's \b
#: is exactly where a word (TOKEN) begins or ends; "|" is kept for ALT_SEP.
PUNCTUATION: dict[str, str] = {"_": "-", "|": "-"}

#: Joins the readings of a chunk with more than one. Not whitespace (chunks stay
#: countable), not a letter (FTS5 and TOKEN split words at it), and never in folded
#: text otherwise (it is in PUNCTUATION).
ALT_SEP = "|"

#: A word: letters and digits. Folded text holds no other character outside ASCII
#: (`_word_safe`), so FTS5's ascii tokenizer, which splits at ASCII punctuation and
#: space only, finds exactly these words, whatever Unicode version SQLite knows.
TOKEN = re.compile(r"[^\W_]+")
CHUNK = re.compile(r"\S+")

#: The skeleton's two rules that depend on the neighbouring letter; the loop in
#: `_skeleton` applies the same rules, keeping track of where each letter came from.
_DROP = re.compile(r"h(?<=[kszc]h)|i(?=[ei])")
_AMBIGUOUS = re.compile(
    "[" + "".join(c + c.upper() for c, v in CYRILLIC.items() if isinstance(v, tuple)) + "]"
)
#: A chunk with more readings than this is indexed under the first ones only.
MAX_READINGS = 8


def _word_safe(ch: str) -> str:
    """A character outside ASCII as folded text holds it: a letter or digit as it is,
    a mark or format character (accents, vowel signs, soft hyphen, joiners, direction
    marks) dropped, anything else (a dash, a quote, a symbol) an ASCII hyphen."""
    if ch.isascii() or ch.isalnum():
        return ch
    return "" if unicodedata.category(ch) in ("Mn", "Mc", "Me", "Cf") else "-"


def _plain(letters: str) -> str:
    """Step 1 and the Cyrillic table's first readings for characters without their own
    entry in CYRILLIC: decomposed, marks dropped, Latin and Cyrillic letters mapped."""
    out = []
    for ch in unicodedata.normalize("NFKD", letters):
        if ch in DROPPED or ch.isspace():
            continue
        ch = _word_safe(ch)
        ch = PUNCTUATION.get(ch, ch)
        for low in ch.casefold():  # NFKD can give capitals: ℌ is H
            reading = CYRILLIC.get(low)
            if reading is None:
                out.append(_word_safe(LATIN.get(low, low)))
            else:
                out.append(reading if isinstance(reading, str) else reading[0])
    return "".join(out)


@functools.lru_cache(maxsize=4096)
def char_readings(char: str) -> tuple[str, ...]:
    """What one character folds to, before the skeleton's context rules: one string, or
    more for a letter with several romanisations. Whitespace is one space."""
    if char.isspace():
        return (" ",)
    if char in DROPPED:
        return ("",)
    if char in PUNCTUATION:
        return (PUNCTUATION[char],)
    folded = char.casefold()
    reading = CYRILLIC.get(folded)
    readings = (reading,) if isinstance(reading, str) else reading or (_plain(folded),)
    return tuple("".join(SKELETON_LETTERS.get(c, c) for c in r) for r in readings)


class _CharTable(dict[int, str]):
    """str.translate's table of first readings, filled as characters are met."""

    def __missing__(self, code: int) -> str:
        value = char_readings(chr(code))[0]
        self[code] = value
        return value


_CHARS = _CharTable()


def fold(text: str) -> str:
    """The first reading of `text` folded (no offsets kept): what `fold_chunk` gives as
    the first of a chunk's readings, for a text of any length."""
    return _DROP.sub("", text.translate(_CHARS))


@dataclass(frozen=True, slots=True)
class Folded:
    """One reading of a chunk, folded, with where each folded letter came from: letter
    k of `text` stands for `original[starts[k]:ends[k]]`."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]


def _skeleton(pieces: list[str]) -> Folded:
    """Join each character's reading and apply the skeleton's context rules, keeping
    the offsets: a dropped h belongs to the letter before it, a dropped i (and any
    character that folds to nothing) to the letter after it, or the one before at the end."""
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pending: int | None = None
    for index, piece in enumerate(pieces):
        if not piece:
            if chars:
                ends[-1] = index + 1
            elif pending is None:
                pending = index
            continue
        for ch in piece:
            chars.append(ch)
            starts.append(index if pending is None else pending)
            ends.append(index + 1)
            pending = None
    text: list[str] = []
    out_starts: list[int] = []
    out_ends: list[int] = []
    carry: int | None = None
    last = len(chars) - 1
    for k, ch in enumerate(chars):
        if ch == "h" and k and chars[k - 1] in "kszc":
            out_ends[-1] = ends[k]  # the k, s, z or c before it is never dropped
            continue
        if ch == "i" and k < last and chars[k + 1] in "ei":
            if carry is None:
                carry = starts[k]
            continue
        text.append(ch)
        out_starts.append(starts[k] if carry is None else carry)
        out_ends.append(ends[k])
        carry = None
    return Folded("".join(text), tuple(out_starts), tuple(out_ends))


@functools.lru_cache(maxsize=8192)
def fold_chunk(chunk: str) -> tuple[Folded, ...]:
    """Every reading of a chunk (at most MAX_READINGS, distinct), the first reading first."""
    options = [char_readings(c) for c in chunk]
    several = [i for i, o in enumerate(options) if len(o) > 1]
    if not several:
        return (_skeleton([o[0] for o in options]),)
    readings: dict[str, Folded] = {}
    choices = itertools.product(*(range(len(options[i])) for i in several))
    for picked in itertools.islice(choices, MAX_READINGS):
        chosen = dict(zip(several, picked, strict=True))
        folded = _skeleton([o[chosen.get(i, 0)] for i, o in enumerate(options)])
        readings.setdefault(folded.text, folded)
    return tuple(readings.values())


class _ChunkTable(dict[str, str]):
    """Chunk -> its readings joined by ALT_SEP; bounded, as it sees every word indexed."""

    LIMIT = 20_000  # a few MB; a case's common words stay in it

    def __missing__(self, chunk: str) -> str:
        if _AMBIGUOUS.search(chunk) is None:
            value = fold(chunk)
        else:
            value = ALT_SEP.join(f.text for f in fold_chunk(chunk))
        if len(self) >= self.LIMIT:
            self.clear()
        self[chunk] = value
        return value


_CHUNKS = _ChunkTable()


def index_text(text: str) -> str:
    """`text` as the search index holds it: each chunk folded, all its readings kept,
    chunks joined by single spaces (so chunk n of the result is chunk n of `text`)."""
    return " ".join(map(_CHUNKS.__getitem__, text.split()))


def query_phrases(word: str) -> tuple[tuple[str, ...], ...]:
    """The token sequences a typed word (no whitespace) stands for, one per reading.

    The last token of each is matched as a prefix. A word typed so far may end in an i
    that the next letter would drop (Mustafay- of Mustafayev, folded "mustafaev"), so a
    last token ending in i also stands without it.
    """
    phrases: dict[tuple[str, ...], None] = {}
    for reading in fold_chunk(word):
        tokens = tuple(TOKEN.findall(reading.text))
        if not tokens:
            continue
        phrases[tokens] = None
        if len(tokens[-1]) > 1 and tokens[-1].endswith("i"):
            phrases[(*tokens[:-1], tokens[-1][:-1])] = None
    return tuple(phrases)
