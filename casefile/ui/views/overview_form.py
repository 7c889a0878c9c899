"""The incident's facts as a form; each field commits one undoable edit when left."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from casefile.store import (
    CaseFileError,
    IncidentRecord,
    InvalidInput,
    in_zone,
    parse_instant,
)
from casefile.ui.case.session import CaseSession
from casefile.ui.editors.readonly import set_read_only
from casefile.ui.editors.zones import ZoneCompleter
from casefile.ui.models.vocabulary import choice_labels
from casefile.ui.support.advice import capitalised
from casefile.ui.support.store_errors import full_message, message_of
from casefile.ui.support.translation import arg

TIME_FORMAT = "%Y-%m-%d %H:%M"
TEXT_FIELDS = ("title", "reference", "occurred_at", "timezone", "location", "classification")


class SummaryEdit(QPlainTextEdit):
    """A plain text box that says when the user is done with it (focus out, Ctrl+Enter)."""

    editing_finished = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editing_finished.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.editing_finished.emit()
            return
        super().keyPressEvent(event)


def format_occurred(record: IncidentRecord) -> str:
    local = in_zone(record.occurred_at, record.timezone)
    return "" if local is None else local.strftime(TIME_FORMAT)


def parse_occurred(text: str, zone: str) -> dt.datetime | None:
    """Wall-clock time typed in the incident's zone (or with an explicit offset), read by
    the store's rule, which also refuses an hour the clocks skipped."""
    text = text.strip()
    if not text:
        return None
    try:
        return parse_instant(text, "occurred at", zone or "UTC")
    except InvalidInput as exc:
        raise ValueError(capitalised(message_of(exc))) from exc


class IncidentForm(QWidget):
    """Why one edit per field: the undo stack then reads “Edit title”, not a form dump."""

    #: a refused edit, in words for the user ("" clears the message)
    error_changed = Signal(str)

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._record: IncidentRecord | None = None
        self._shown: dict[str, str] = {}
        self.edits: dict[str, QLineEdit] = {}
        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        labels = {
            "title": self.tr("&Title"),
            "reference": self.tr("&Reference"),
            "occurred_at": self.tr("&Occurred at"),
            "timezone": self.tr("Time &zone"),
            "location": self.tr("&Location"),
            "classification": self.tr("C&lassification"),
            "summary": self.tr("&Summary"),
            "status": self.tr("&Status"),
        }
        self._labels = {name: text.replace("&", "") for name, text in labels.items()}
        for name in TEXT_FIELDS:
            edit = QLineEdit(self)
            edit.setObjectName(f"incident_{name}")
            edit.editingFinished.connect(lambda n=name: self._on_field_editing_finished(n))
            edit.textEdited.connect(lambda _text, e=edit: session.note_typing(e, True))
            self.edits[name] = edit
        self.edits["occurred_at"].setPlaceholderText(
            self.tr("YYYY-MM-DD HH:MM, in the incident's zone")
        )
        self.edits["timezone"].setPlaceholderText(self.tr("an IANA zone, e.g. Europe/Kyiv"))
        self.edits["classification"].setPlaceholderText(self.tr("e.g. RESTRICTED"))
        self.edits["timezone"].setCompleter(ZoneCompleter(self))
        self.zone_hint = QLabel(self)
        self.zone_hint.setObjectName("zone_hint")
        self.summary = SummaryEdit(self)
        self.summary.setObjectName("incident_summary")
        self.summary.setTabChangesFocus(True)
        self.summary.setMinimumHeight(90)
        self.summary.editing_finished.connect(self._on_summary_editing_finished)
        self.summary.textChanged.connect(lambda: session.note_typing(self.summary, True))
        self.status = QComboBox(self)
        self.status.setObjectName("incident_status")
        for value, text in choice_labels("incident", "status").items():
            self.status.addItem(text, value)
        self.status.activated.connect(self._on_status_activated)
        # a colon after each label, as the Submission form and the dialogs' forms have
        for name in ("title", "reference", "occurred_at"):
            layout.addRow(f"{labels[name]}:", self.edits[name])
        layout.addRow("", self.zone_hint)
        for name in ("timezone", "location"):
            layout.addRow(f"{labels[name]}:", self.edits[name])
        layout.addRow(f"{labels['summary']}:", self.summary)
        layout.addRow(f"{labels['status']}:", self.status)
        layout.addRow(f"{labels['classification']}:", self.edits["classification"])
        self.set_read_only(session.read_only)

    def set_read_only(self, read_only: bool) -> None:
        for edit in self.edits.values():
            set_read_only(edit, read_only)
        set_read_only(self.summary, read_only)
        self.status.setEnabled(not read_only)

    def load(self, record: IncidentRecord) -> None:
        """Show the record; a field the user is typing in keeps what they typed."""
        self._record = record
        values = {
            "title": record.title,
            "reference": record.reference,
            "occurred_at": format_occurred(record),
            "timezone": record.timezone,
            "location": record.location,
            "classification": record.classification,
        }
        for name, value in values.items():
            edit = self.edits[name]
            typing = edit.hasFocus() and edit.text() != self._shown.get(name, edit.text())
            if not typing:
                with QSignalBlocker(edit):
                    edit.setText(value)
                    edit.setCursorPosition(0)
                self._session.note_typing(edit, False)
            self._shown[name] = value
        summary_typing = self.summary.hasFocus() and self.summary.toPlainText() != self._shown.get(
            "summary", ""
        )
        if not summary_typing:
            with QSignalBlocker(self.summary):
                self.summary.setPlainText(record.summary)
            self._session.note_typing(self.summary, False)
        self._shown["summary"] = record.summary
        with QSignalBlocker(self.status):
            self.status.setCurrentIndex(max(0, self.status.findData(record.status)))
        offset = in_zone(record.occurred_at or dt.datetime.now(dt.UTC), record.timezone)
        self.zone_hint.setText(
            arg(
                self.tr("Shown in %1 time (UTC%2)"),
                record.timezone,
                f"{offset.strftime('%z')[:3]}:{offset.strftime('%z')[3:]}",
            )
            if offset
            else ""
        )

    # -- commits -----------------------------------------------------------------------

    def commit_pending(self) -> None:
        for name in TEXT_FIELDS:
            self._on_field_editing_finished(name)
        self._on_summary_editing_finished()

    def _on_field_editing_finished(self, name: str) -> None:
        text = self.edits[name].text()
        if self._record is None or text == self._shown.get(name):
            self._session.note_typing(self.edits[name], False)  # typed back as it was
            return
        value: Any = text
        if name == "occurred_at":
            try:
                value = parse_occurred(text, self._record.timezone)
            except ValueError as exc:
                self.error_changed.emit(str(exc))
                self._session.note_refused(self.edits[name], self._labels[name])
                return
        elif name == "timezone":
            value = text.strip()
        self._commit(name, value)

    def _on_summary_editing_finished(self) -> None:
        text = self.summary.toPlainText()
        if self._record is not None and text != self._shown.get("summary"):
            self._commit("summary", text)
        else:
            self._session.note_typing(self.summary, False)

    def _on_status_activated(self, _row: int) -> None:
        value = self.status.currentData()
        if self._record is not None and value != self._record.status:
            self._commit("status", value)

    def _commit(self, name: str, value: Any) -> None:
        if self._session.read_only:
            return
        try:
            record = self._session.update_incident(**{name: value})
        except CaseFileError as exc:
            self.error_changed.emit(full_message(exc))
            refused = self.summary if name == "summary" else self.edits.get(name)
            if refused is not None:
                self._session.note_refused(refused, self._labels[name])
            return
        self.error_changed.emit("")
        self._shown.pop(name, None)
        written = self.summary if name == "summary" else self.edits.get(name)
        if written is not None:
            self._session.note_typing(written, False)
        self.load(record)
