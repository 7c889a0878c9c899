"""What a search query matches, in folded text and in the original spelling.

A query is whitespace-separated words; an item matches when it holds every word. A
word stands for one or more phrases (its readings, textfold.query_phrases): tokens in
a row, the last matched as a prefix. The same rules give the FTS5 expression, the
plain scan's test where FTS5 is missing, and the spans to highlight, traced from the
folded text back to the text as the user wrote it.
"""

from __future__ import annotations

import re

from casefile.store import textfold
from casefile.store.textfold import ALT_SEP, CHUNK, TOKEN

Span = tuple[int, int]
#: characters of a text past which its chunks are listed once rather than split again
LISTED_TEXT = 2000


def _phrase_pattern(tokens: tuple[str, ...]) -> str:
    """A phrase in folded text: whole tokens in a row, separated by non-letters, the
    last a prefix. (Folded text has no underscore, so \b is where a token starts or ends.)"""
    *whole, last = [re.escape(t) for t in tokens]
    return "".join(t + r"\b\W+" for t in whole) + last


class Query:
    """A user's search text, folded once, asked of many texts."""

    def __init__(self, text: str) -> None:
        # A NUL ends the query string inside FTS5 ("unterminated string"): a space.
        typed = dict.fromkeys(w for w in re.split(r"[\s\x00]+", text.strip()) if w)
        words = (textfold.query_phrases(w) for w in typed)
        self.words: tuple[tuple[tuple[str, ...], ...], ...] = tuple(w for w in words if w)
        phrases = sorted(
            {p for word in self.words for p in word}, key=lambda p: (-sum(map(len, p)), p)
        )
        # \b first and the phrases after it: the engine then skips ahead to their letters.
        alternatives = "|".join(map(_phrase_pattern, phrases))
        self._pattern = re.compile(rf"\b(?:{alternatives})") if phrases else None

    def __bool__(self) -> bool:
        return bool(self.words)

    def __len__(self) -> int:
        return len(self.words)

    def fts5(self) -> str:
        """The FTS5 MATCH expression: every word, each through any of its phrases. Tokens
        are letters and digits only, quoted: user text is never FTS5 syntax."""
        return " AND ".join(
            "(" + " OR ".join('"' + " ".join(p) + '"*' for p in word) + ")" for word in self.words
        )

    def matches(self, indexed: str) -> bool:
        """Whether text as the index holds it (textfold.index_text) holds every word:
        FTS5's matching, for the plain scan."""
        tokens = TOKEN.findall(indexed)
        return all(any(_has_phrase(tokens, p) for p in word) for word in self.words)

    def spans(self, text: str, indexed: str | None = None) -> list[Span]:
        """Every match of any word in `text`, as (start, end) in `text`, merged, in order.
        `indexed`: index_text(text) if the caller has it."""
        if self._pattern is None:
            return []
        if indexed is None:
            indexed = textfold.index_text(text)
        tracer = _Tracer(text, indexed)
        try:
            spans = [tracer.span(m.start(), m.end()) for m in self._pattern.finditer(indexed)]
        except IndexError:  # `indexed` was not index_text(text): a file's index made by hand
            return self.spans(text) if indexed != textfold.index_text(text) else []
        return _merged([(start, end) for start, end in spans if start < end])

    def window(self, text: str, indexed: str, chars: int) -> tuple[int, list[Span]]:
        """Where a snippet of `chars` characters of `text` starts (half of it before the
        first match), and the matches in it, clipped to it and counted from its start.
        `indexed`: index_text(text). The highlights are traced from the whole text's
        folding, so a word cut at the snippet's edge is lit as far as it shows."""
        if self._pattern is None:
            return 0, []
        tracer = _Tracer(text, indexed)
        start = end = 0
        found: list[Span] = []
        try:
            for match in self._pattern.finditer(indexed):
                first, last = tracer.span(match.start(), match.end())
                if not end:  # the first match places the window
                    start = max(first - chars // 2, 0)
                    end = start + chars
                if first >= end:
                    break
                if last > start:
                    found.append((max(first, start) - start, min(last, end) - start))
        except IndexError:  # `indexed` was not index_text(text): a file's index made by hand
            if indexed == textfold.index_text(text):
                return 0, []
            return self.window(text, textfold.index_text(text), chars)
        return start, _merged([(a, b) for a, b in found if a < b])


def _has_phrase(tokens: list[str], phrase: tuple[str, ...]) -> bool:
    *whole, last = phrase
    n = len(whole)
    for i in range(n, len(tokens)):
        if tokens[i].startswith(last) and tokens[i - n : i] == whole:
            return True
    return False


def _merged(spans: list[Span]) -> list[Span]:
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


class _Tracer:
    """Maps a position in index_text(text) back to `text`: chunk n of one is chunk n of
    the other, and within a chunk, its folded reading says where each letter came from."""

    def __init__(self, text: str, indexed: str) -> None:
        self._text = text
        self._indexed = indexed
        self._chunks: list[tuple[int, str]] | None = None  # (start, chunk) of a long text
        self._asked = 0

    def _chunk(self, number: int) -> tuple[int, str]:
        """Where chunk `number` of `text` starts, and the chunk. Splitting the text up to
        it each time is quicker for a snippet's few matches; a long text asked more than
        once has its chunks listed."""
        self._asked += 1
        if self._chunks is None and self._asked > 1 and len(self._text) > LISTED_TEXT:
            self._chunks = [(m.start(), m.group()) for m in CHUNK.finditer(self._text)]
        if self._chunks is not None:
            return self._chunks[number]
        rest = self._text.split(None, number)[-1]  # from chunk `number` on
        return len(self._text) - len(rest), rest.split(None, 1)[0]

    def _locate(self, at: int) -> tuple[int, textfold.Folded, int]:
        """(start of the original chunk, the reading holding `at`, offset in that reading)."""
        indexed = self._indexed
        begins = indexed.rfind(" ", 0, at) + 1
        origin, chunk = self._chunk(indexed.count(" ", 0, at))
        reading = indexed.count(ALT_SEP, begins, at)
        offset = at - (indexed.rfind(ALT_SEP, begins, at) + 1 if reading else begins)
        return origin, textfold.fold_chunk(chunk)[reading], offset

    def span(self, start: int, end: int) -> Span:
        """Folded text[start:end] traced back to `text`: once for both ends when they lie
        in the same reading of one chunk, as a word's match does."""
        origin, reading, offset = self._locate(start)
        last = offset + end - 1 - start
        if last < len(reading.text) and " " not in self._indexed[start:end]:
            return origin + reading.starts[offset], origin + reading.ends[last]
        tail_origin, tail, tail_offset = self._locate(end - 1)
        return origin + reading.starts[offset], tail_origin + tail.ends[tail_offset]
