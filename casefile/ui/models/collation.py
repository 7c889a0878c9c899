"""Sorting text as the app's language orders its alphabet.

A list sorted by a text column (a title, a name) should read as a dictionary of the
user's language does: Azerbaijani puts ç after c, ə after e, ı before i, q after k and x
after h; Russian puts ё after е; Ukrainian has ґ after г, є after е, і and ї after и.
Code point order gets each of these wrong (ə, є, і, ї and ґ sort after z or я), and is
right for every other letter of the three alphabets and English. So `sort_key` folds
case and rewrites only those letters, each as the letter it follows and a character
above every other (ə as "e" and U+10FFFF: after every word of "e" at that place, before
"f"), which a text without any of them skips at the cost of one regular expression
search: sorting 20,000 rows stays a matter of milliseconds, where QCollator would
compare pairs one Python call at a time. Latin script sorts before Cyrillic.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale

_AFTER = "\U0010ffff"  # above every character a case's text holds
_BEFORE_AFTER = "\U0010fffe"

#: the letters code point order misplaces, as their place in the alphabet
_COMMON = {
    "\u0307": "",  # the dot "İ" keeps when case folded: İ and i are one letter
    "ç": "c" + _AFTER,
    "ə": "e" + _AFTER,
    "ğ": "g" + _AFTER,
    "ı": "h" + _AFTER,
    "ö": "o" + _AFTER,
    "ş": "s" + _AFTER,
    "ü": "u" + _AFTER,
    "ґ": "г" + _AFTER,
    "ё": "е" + _BEFORE_AFTER,
    "є": "е" + _AFTER,
    "і": "и" + _BEFORE_AFTER,
    "ї": "и" + _AFTER,
}
#: Azerbaijani also puts x after h (before ı) and q after k
_AZERBAIJANI = {**_COMMON, "x": "h" + _BEFORE_AFTER, "q": "k" + _AFTER}

_TABLES = {
    language: (re.compile(f"[{''.join(letters)}]"), str.maketrans(letters))
    for language, letters in (("", _COMMON), ("az", _AZERBAIJANI))
}


def sort_key(text: str, language: QLocale.Language | None = None) -> str:
    """A key that sorts `text` in the alphabetical order of `language` (the app's, as
    QLocale() says, by default), case and the dot of İ aside."""
    chosen = QLocale().language() if language is None else language
    search, table = _TABLES["az" if chosen == QLocale.Language.Azerbaijani else ""]
    folded = text.casefold()
    return folded.translate(table) if search.search(folded) else folded
