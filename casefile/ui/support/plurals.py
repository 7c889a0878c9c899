"""Counted messages in English, the source language.

A counted message's source reads "%n file(s)" (`self.tr(text, "", count)`): each
language's catalogue gives its own plural forms, but English, the source, has no
catalogue installed, and Qt then shows the source with only %n filled in ("1 file(s)").
"""

from __future__ import annotations


def counted(shown: str, count: int) -> str:
    """`shown` (what tr gave for `count`) with an untranslated "(s)" made English:
    "1 file", "2 files". A translation has no "(s)" and is given back as it is."""
    return shown.replace("(s)", "" if count == 1 else "s")
