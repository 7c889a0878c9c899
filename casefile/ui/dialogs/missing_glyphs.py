"""After a brief export: the characters no bundled font prints, what they are and where.

The brief prints such a character as its code point ("[U+5F20]") rather than as an
empty box; the CLI warns about each on stderr, and this dialog says the same in the app.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox, QWidget

from casefile.ui.support.translation import english_plural

if TYPE_CHECKING:
    from casefile.brief import Uncovered

# the places listed in the dialog's text; every place is in its details
SHOWN_PLACES = 8


def described(char: str) -> str:
    """A character as the list names it: itself, its code point and its Unicode name
    ("张 U+5F20 CJK UNIFIED IDEOGRAPH-5F20")."""
    name = unicodedata.name(char, "")
    return f"{char} U+{ord(char):04X} {name}".rstrip()


def place_line(field: Uncovered) -> str:
    """One place and its characters: "parties 3 (张伟) > name: 张 U+5F20 …, 伟 U+4F1F …"."""
    return f"{field.where}: {', '.join(described(char) for char in field.chars)}"


class MissingGlyphsDialog(QMessageBox):
    def __init__(self, parent: QWidget | None, path: Path, fields: Sequence[Uncovered]) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Characters without a font"))
        chars = {char for field in fields for char in field.chars}
        said = self.tr(
            "The brief “{name}” was saved with %n character(s) no font has: each prints as "
            "its code, such as [U+5F20].",
            "",
            len(chars),
        )
        self.setText(english_plural(said, len(chars)).format(name=path.name))
        lines = [place_line(field) for field in fields]
        shown = "\n".join(lines[:SHOWN_PLACES])
        if len(lines) > SHOWN_PLACES:
            left = len(lines) - SHOWN_PLACES
            more = self.tr("…and %n more place(s): see the details.", "", left)
            shown += "\n" + english_plural(more, left)
        self.setInformativeText(shown)
        self.setDetailedText("\n".join(lines))
        self.setStandardButtons(QMessageBox.StandardButton.Ok)

    @classmethod
    def ask(cls, parent: QWidget | None, path: Path, fields: Sequence[Uncovered]) -> None:
        cls(parent, path, fields).exec()
