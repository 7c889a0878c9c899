"""After a brief export: the characters no bundled font prints, what they are and where.

The brief prints such a character as its code point ("[U+5F20]") rather than as an
empty box; the CLI warns about each on stderr, and this dialog says the same in the app.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from casefile.ui.support.translation import QT_TRANSLATE_NOOP, english_plural

if TYPE_CHECKING:
    from casefile.brief import Place, Uncovered

#: the parts and fields of a brief, by their names in its model, as a reader names them
#: (a list's part in the singular: it is followed by the element's number)
PLACES = {
    "title": QT_TRANSLATE_NOOP("BriefPlaces", "title"),
    "reference": QT_TRANSLATE_NOOP("BriefPlaces", "reference"),
    "classification": QT_TRANSLATE_NOOP("BriefPlaces", "classification"),
    "brief_date": QT_TRANSLATE_NOOP("BriefPlaces", "date of the brief"),
    "preparer": QT_TRANSLATE_NOOP("BriefPlaces", "prepared by"),
    "review": QT_TRANSLATE_NOOP("BriefPlaces", "review state"),
    "review_comments": QT_TRANSLATE_NOOP("BriefPlaces", "review comments"),
    "case_status": QT_TRANSLATE_NOOP("BriefPlaces", "status"),
    "framing": QT_TRANSLATE_NOOP("BriefPlaces", "submission"),
    "timezone": QT_TRANSLATE_NOOP("BriefPlaces", "time zone"),
    "summary": QT_TRANSLATE_NOOP("BriefPlaces", "summary"),
    "key_points": QT_TRANSLATE_NOOP("BriefPlaces", "key points"),
    "facts": QT_TRANSLATE_NOOP("BriefPlaces", "key facts"),
    "chronology": QT_TRANSLATE_NOOP("BriefPlaces", "chronology"),
    "damage": QT_TRANSLATE_NOOP("BriefPlaces", "damage"),
    "parties": QT_TRANSLATE_NOOP("BriefPlaces", "party"),
    "meetings": QT_TRANSLATE_NOOP("BriefPlaces", "meeting"),
    "other_follow_ups": QT_TRANSLATE_NOOP("BriefPlaces", "follow-up"),
    "notes": QT_TRANSLATE_NOOP("BriefPlaces", "note"),
    "plans": QT_TRANSLATE_NOOP("BriefPlaces", "site plan"),
    "figures": QT_TRANSLATE_NOOP("BriefPlaces", "photo"),
    "annexes": QT_TRANSLATE_NOOP("BriefPlaces", "annex"),
    "detail": QT_TRANSLATE_NOOP("BriefPlaces", "details"),
    "label": QT_TRANSLATE_NOOP("BriefPlaces", "label"),
    "severity": QT_TRANSLATE_NOOP("BriefPlaces", "severity"),
    "when": QT_TRANSLATE_NOOP("BriefPlaces", "time"),
    "kind": QT_TRANSLATE_NOOP("BriefPlaces", "kind"),
    "ref": QT_TRANSLATE_NOOP("BriefPlaces", "reference"),
    "category": QT_TRANSLATE_NOOP("BriefPlaces", "category"),
    "category_label": QT_TRANSLATE_NOOP("BriefPlaces", "category"),
    "severity_label": QT_TRANSLATE_NOOP("BriefPlaces", "severity"),
    "status_label": QT_TRANSLATE_NOOP("BriefPlaces", "status"),
    "estimate": QT_TRANSLATE_NOOP("BriefPlaces", "estimate"),
    "description": QT_TRANSLATE_NOOP("BriefPlaces", "description"),
    "location": QT_TRANSLATE_NOOP("BriefPlaces", "location"),
    "assessed_by": QT_TRANSLATE_NOOP("BriefPlaces", "assessed by"),
    "assessed_on": QT_TRANSLATE_NOOP("BriefPlaces", "assessed on"),
    "plan_figures": QT_TRANSLATE_NOOP("BriefPlaces", "site plan"),
    "quantity": QT_TRANSLATE_NOOP("BriefPlaces", "quantity"),
    "rows": QT_TRANSLATE_NOOP("BriefPlaces", "damage item"),
    "subtotals": QT_TRANSLATE_NOOP("BriefPlaces", "subtotal"),
    "totals": QT_TRANSLATE_NOOP("BriefPlaces", "total"),
    "chart_categories": QT_TRANSLATE_NOOP("BriefPlaces", "chart"),
    "chart_series": QT_TRANSLATE_NOOP("BriefPlaces", "chart"),
    "rates_used": QT_TRANSLATE_NOOP("BriefPlaces", "exchange rate"),
    "missing_rates": QT_TRANSLATE_NOOP("BriefPlaces", "missing exchange rate"),
    "unestimated_refs": QT_TRANSLATE_NOOP("BriefPlaces", "items without an estimate"),
    "value": QT_TRANSLATE_NOOP("BriefPlaces", "value"),
    "caption": QT_TRANSLATE_NOOP("BriefPlaces", "caption"),
    "filename": QT_TRANSLATE_NOOP("BriefPlaces", "file name"),
    "belongs_to": QT_TRANSLATE_NOOP("BriefPlaces", "belongs to"),
    "captured": QT_TRANSLATE_NOOP("BriefPlaces", "taken"),
    "problem": QT_TRANSLATE_NOOP("BriefPlaces", "problem"),
    "item_refs": QT_TRANSLATE_NOOP("BriefPlaces", "items"),
    "owner": QT_TRANSLATE_NOOP("BriefPlaces", "owner"),
    "due": QT_TRANSLATE_NOOP("BriefPlaces", "due date"),
    "kind_label": QT_TRANSLATE_NOOP("BriefPlaces", "kind"),
    "place": QT_TRANSLATE_NOOP("BriefPlaces", "place"),
    "participants": QT_TRANSLATE_NOOP("BriefPlaces", "participant"),
    "outcomes": QT_TRANSLATE_NOOP("BriefPlaces", "outcomes"),
    "follow_ups": QT_TRANSLATE_NOOP("BriefPlaces", "follow-up"),
    "date": QT_TRANSLATE_NOOP("BriefPlaces", "date"),
    "source": QT_TRANSLATE_NOOP("BriefPlaces", "source"),
    "body": QT_TRANSLATE_NOOP("BriefPlaces", "text"),
    "mentions": QT_TRANSLATE_NOOP("BriefPlaces", "mentions"),
    "name": QT_TRANSLATE_NOOP("BriefPlaces", "name"),
    "role": QT_TRANSLATE_NOOP("BriefPlaces", "role"),
    "native_name": QT_TRANSLATE_NOOP("BriefPlaces", "native name"),
    "country": QT_TRANSLATE_NOOP("BriefPlaces", "country"),
    "affiliation": QT_TRANSLATE_NOOP("BriefPlaces", "affiliation"),
    "represents": QT_TRANSLATE_NOOP("BriefPlaces", "represents"),
    "pins": QT_TRANSLATE_NOOP("BriefPlaces", "pin"),
    "legend": QT_TRANSLATE_NOOP("BriefPlaces", "legend"),
    "colour": QT_TRANSLATE_NOOP("BriefPlaces", "colour"),
    "on": QT_TRANSLATE_NOOP("BriefPlaces", "item"),
    "author": QT_TRANSLATE_NOOP("BriefPlaces", "author"),
    "state": QT_TRANSLATE_NOOP("BriefPlaces", "state"),
    "currency": QT_TRANSLATE_NOOP("BriefPlaces", "currency"),
    "amount": QT_TRANSLATE_NOOP("BriefPlaces", "amount"),
}

# the places listed in the dialog's text; every place is in its details
SHOWN_PLACES = 8


def described(char: str) -> str:
    """A character as the list names it: itself, its code point and its Unicode name
    ("张 U+5F20 CJK UNIFIED IDEOGRAPH-5F20")."""
    name = unicodedata.name(char, "")
    return f"{char} U+{ord(char):04X} {name}".rstrip()


def place_name(place: Place) -> str:
    """One step of the way to a field, in the app's language: "party 3 (张伟)", "name"."""
    source = PLACES.get(place.name)
    name = (
        QCoreApplication.translate("BriefPlaces", source)
        if source is not None
        else place.name.replace("_", " ")
    )
    if place.number is None:
        return name
    if place.label:
        return QCoreApplication.translate("BriefPlaces", "{part} {number} ({label})").format(
            part=name, number=place.number, label=place.label
        )
    return QCoreApplication.translate("BriefPlaces", "{part} {number}").format(
        part=name, number=place.number
    )


def where(field: Uncovered) -> str:
    """The way to a field in the app's language: "party 3 (张伟) › name"."""
    if not field.places:
        return QCoreApplication.translate("BriefPlaces", "text")
    return " › ".join(place_name(place) for place in field.places)


def place_line(field: Uncovered) -> str:
    """One place and its characters: "party 3 (张伟) › name: 张 U+5F20 …, 伟 U+4F1F …"."""
    return f"{where(field)}: {', '.join(described(char) for char in field.chars)}"


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
