"""How a name or text from outside is shown on one line of output.

A file name may hold a line break, a terminal escape or bytes that are not UTF-8 (Linux
hands those to Python as surrogate escapes); printed as is, a line break would forge an
extra line of output and an escape would drive the terminal. Names are shown as they
are when every character prints, and otherwise quoted with Python-like escapes
(`'evil\\nname.jpg'`, `'caf\\xe9.jpg'` for the byte 0xE9); whole messages keep their
text but lose their line breaks and control characters the same way.
"""

from __future__ import annotations

import os
import unicodedata

_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
#: What breaks a line or drives a terminal: controls, line and paragraph separators,
#: and the surrogates that stand for bytes that were not UTF-8.
_BREAKING = frozenset({"Cc", "Zl", "Zp", "Cs"})


def shown(name: object) -> str:
    """A path or file name for a line of output: as is if every character prints,
    else quoted with escapes, like Python's repr."""
    text = os.fspath(name) if isinstance(name, os.PathLike) else str(name)
    if text.isprintable():
        return text
    return "'" + "".join(_quoted(ch) for ch in text) + "'"


def one_line(text: str) -> str:
    """A message on one line: line breaks, control characters but the tab, and the
    surrogates of undecodable bytes escaped; everything else (any script, its direction
    marks, emoji) as it is."""
    if text.isprintable():
        return text
    return "".join(
        _escape(ch) if ch != "\t" and unicodedata.category(ch) in _BREAKING else ch for ch in text
    )


def shortened(text: str, limit: int = 1000) -> str:
    """A message cut in its middle to `limit` characters: where a refused value is echoed
    (a million-character title, a 4,000-digit number), while the start (the file, the
    place) and the end (what to do) stay."""
    if len(text) <= limit:
        return text
    head = limit * 3 // 5
    return f"{text[:head]} … {text[len(text) - (limit - head - 3) :]}"


def _quoted(ch: str) -> str:
    if ch in "\\'":
        return "\\" + ch
    return ch if ch.isprintable() else _escape(ch)


def _escape(ch: str) -> str:
    if ch in _ESCAPES:
        return _ESCAPES[ch]
    code = ord(ch)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8, as os.fsdecode keeps it
        return f"\\x{code - 0xDC00:02x}"
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"
