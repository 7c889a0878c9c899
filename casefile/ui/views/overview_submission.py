"""The submission's framing on the Overview: who sends the brief to whom and why, what is
recommended and asked by when, who drafted and who cleared it. Each field is one
undoable edit of the incident, written when it is left, as in the item forms; the brief
prints the fields filled in on its cover."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from casefile.store import Clearance, IncidentRecord, InvalidInput
from casefile.ui.case.session import CaseSession
from casefile.ui.editors.dates import parse_day
from casefile.ui.editors.fields import ChoiceField, DayField, LineField, TextField
from casefile.ui.editors.form import ItemForm
from casefile.ui.support.formatting import iso_date

#: a date at the end of a clearance's line, after its last comma, has a digit
_HAS_DIGIT = re.compile(r"\d")


def clearance_lines(clearances: tuple[Clearance, ...]) -> str:
    """Clearances as the box shows them: "Name, YYYY-MM-DD", one a line."""
    return "\n".join(
        c.name if c.cleared_on is None else f"{c.name}, {iso_date(c.cleared_on)}"
        for c in clearances
    )


def read_clearances(text: str) -> list[dict[str, Any]]:
    """The box's lines as clearances: "Name, date" (the date after the last comma, as ISO
    or as the locale writes dates) or a name alone. A line ending in something with a
    digit that is no date is refused rather than read as part of the name."""
    found: list[dict[str, Any]] = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        name, _, tail = line.rpartition(",")
        day = parse_day(tail) if name.strip() else None
        if day is not None:
            found.append({"name": name.strip(), "cleared_on": day})
        elif name.strip() and _HAS_DIGIT.search(tail):
            raise InvalidInput(
                QCoreApplication.translate(
                    "SubmissionForm",
                    "“{line}”: “{date}” is not a date: write each clearance as Name, YYYY-MM-DD",
                ).format(line=line, date=tail.strip())
            )
        else:
            found.append({"name": line, "cleared_on": None})
    return found


class ClearancesField(TextField):
    """Who cleared the submission, one a line, each with the day they did."""

    def _show(self, record: Any) -> None:
        self._shown = clearance_lines(record.clearances)
        if self.edit.toPlainText() != self._shown:
            self.edit.setPlainText(self._shown)

    def changes(self) -> dict[str, Any]:
        text = self.edit.toPlainText()
        if text == self._shown:
            return {}
        return {self.name: read_clearances(text)}


class SubmissionForm(ItemForm):
    """The framing fields of the incident, in the order the brief's cover prints them."""

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(session, "incident", parent)
        self.heading.hide()
        self.add_field(LineField("sender", self.tr("From"), self.tr("e.g. Embassy in Kyiv")))
        self.add_field(
            LineField("addressee", self.tr("To"), self.tr("e.g. Minister of Foreign Affairs"))
        )
        self.add_field(
            ChoiceField(
                "purpose",
                self.tr("Purpose"),
                {
                    "": self.tr("Not said"),
                    "decision": self.tr("For decision"),
                    "information": self.tr("For information"),
                },
            )
        )
        self.add_field(TextField("recommendation", self.tr("Recommendation"), lines=3))
        self.add_field(TextField("decisions_sought", self.tr("Decisions sought"), lines=3))
        self.add_field(DayField("deadline", self.tr("Deadline")))
        self.add_field(LineField("drafted_by", self.tr("Drafted by")))
        self.add_field(DayField("drafted_on", self.tr("Drafted on")))
        cleared = ClearancesField("clearances", self.tr("Cleared by"), lines=3)
        cleared.edit.setPlaceholderText(self.tr("One a line: name, YYYY-MM-DD"))
        self.add_field(cleared)
        for editor in self._fields:
            widget: QWidget = getattr(editor, "edit", getattr(editor, "combo", editor.widget))
            widget.setObjectName(f"submission_{editor.name}")

    def load_incident(self, record: IncidentRecord) -> None:
        """Show the incident's framing (the Overview's refresh)."""
        self._load(record)
