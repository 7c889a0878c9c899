"""The editor beside a table: a form over one item; each finished field edit is one update.

A field's change is checked with the store's own field rules first, so a bad value
(an unknown currency, a cost of "abc") shows the API's message under the field and
nothing is written; a valid change goes through the session as one undoable update.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from casefile.store import KIND_LABELS, CaseFileError, Words, coerce_fields
from casefile.ui.case.session import CaseSession
from casefile.ui.editors.fields import FieldEditor
from casefile.ui.support.advice import sentence
from casefile.ui.support.error_line import ERROR_STYLE
from casefile.ui.support.store_errors import message_of


def not_saved(reason: str) -> str:
    """What the status bar says of a change refused."""
    return QCoreApplication.translate("ItemForm", "Not saved: {reason}").format(reason=reason)


class LinkEditor(QWidget):
    """Base of the editors of an item's links (parties, participants, photos…)."""

    #: the user asked to go to a linked item
    jump_requested = Signal(str, str)
    #: something to tell the user in the status bar
    message_posted = Signal(str)

    def load(self, record: Any) -> None:
        raise NotImplementedError

    def set_editable(self, editable: bool) -> None:
        raise NotImplementedError

    def _save_links(self, session: CaseSession, kind: str, item_id: str, **links: Any) -> None:
        """One undoable update of the item's links; a refusal goes to the status bar."""
        try:
            session.update(kind, item_id, **links)
        except CaseFileError as exc:
            self.message_posted.emit(not_saved(message_of(exc)))


class ItemForm(QWidget):
    """A QFormLayout of field and link editors over the item the table has selected."""

    jump_requested = Signal(str, str)
    message_posted = Signal(str)

    def __init__(self, session: CaseSession, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.kind = kind
        self.record: Any = None
        self._fields: list[FieldEditor] = []
        self._links: list[LinkEditor] = []
        self._errors: dict[FieldEditor, QLabel] = {}
        self._editable = not session.read_only
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        outer.addWidget(self.heading)
        self.layout_ = QFormLayout()
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.layout_.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        outer.addLayout(self.layout_)
        outer.addStretch(1)
        session.case_changed.connect(self._on_session_case_changed)

    # -- building --------------------------------------------------------------------

    def add_field(self, editor: FieldEditor) -> FieldEditor:
        self._fields.append(editor)
        self.layout_.addRow(f"{editor.label}:", editor.widget)
        error = QLabel()
        error.setWordWrap(True)
        error.setStyleSheet(ERROR_STYLE)
        error.setObjectName(f"error_{editor.name}")
        self.layout_.addRow("", error)
        self.layout_.setRowVisible(error, False)
        self._errors[editor] = error
        editor.edited.connect(lambda e=editor: self.commit_field(e))
        editor.typed.connect(lambda e=editor: self._session.note_typing(e, True))
        editor.set_editable(self._editable)
        return editor

    def add_links(self, label: str, editor: LinkEditor) -> LinkEditor:
        self._links.append(editor)
        self.layout_.addRow(f"{label}:", editor)
        editor.jump_requested.connect(self.jump_requested)
        editor.message_posted.connect(self.message_posted)
        editor.set_editable(self._editable)
        return editor

    def first_field_widget(self) -> QWidget | None:
        if not self._fields:
            return None
        widget = self._fields[0].widget
        return getattr(self._fields[0], "edit", widget)

    def field(self, name: str) -> FieldEditor:
        return next(f for f in self._fields if f.name == name)

    def error_text(self, name: str) -> str:
        """The message shown under a field ("" when none): what a test checks."""
        return self._errors[self.field(name)].text()

    # -- showing -------------------------------------------------------------------------

    def show_item(self, item_id: str | None) -> None:
        record = None
        if item_id is not None:
            found = self._session.case.records(self.kind, ids=[item_id])
            record = found[0] if found else None
        self._load(record)

    def _load(self, record: Any) -> None:
        self.record = record
        self.setEnabled(record is not None)
        self.heading.setText(self.heading_text(record))
        for editor in self._fields:
            if record is not None:
                editor.load(record)
            self._set_error(editor, "")
            self._session.note_typing(editor, False)  # what was typed is shown no more
        if record is not None:
            for link in self._links:
                link.load(record)

    def heading_text(self, record: Any) -> str:
        if record is None:
            return ""
        return str(getattr(record, "title", None) or getattr(record, "name", ""))

    def _on_session_case_changed(self, kind: str, ids: list[str]) -> None:
        if self.record is None:
            return
        if (
            kind == "*"
            or (kind == self.kind and self.record.id in ids)
            or kind
            in (
                "party",
                "note",
                "meeting",
                "follow_up",
                "attachment",
            )
        ):
            self.show_item(self.record.id)

    # -- committing ----------------------------------------------------------------------

    def commit_field(self, editor: FieldEditor) -> bool:
        """Write one field's change as one undoable update; show a refusal under it."""
        if self.record is None or not self._editable:
            return True
        try:
            wanted = coerce_fields(self.kind, editor.changes(), partial=True)
            changed = {k: v for k, v in wanted.items() if getattr(self.record, k) != v}
            if changed:
                changed = self._with_implied(changed)
                self._session.update(self.kind, self.record.id, **changed)
        except CaseFileError as exc:
            self._set_error(editor, sentence(self.in_words(exc)))
            self._session.note_refused(editor, editor.label)
            self.message_posted.emit(not_saved(self.in_words(exc)))
            return False
        self._set_error(editor, "")
        self._session.note_typing(editor, False)
        return True

    def commit(self) -> bool:
        """Commit whatever is still being typed (before the selection moves, or on close).

        All pending fields go in one update, so that writing the first does not reload
        the form over what is still typed in the others.
        """
        if self.record is None or not self._editable:
            return True
        ok = True
        changed: dict[str, Any] = {}
        readable: list[FieldEditor] = []
        for editor in self._fields:
            try:
                wanted = coerce_fields(self.kind, editor.changes(), partial=True)
            except CaseFileError as exc:
                self._set_error(editor, sentence(self.in_words(exc)))
                self._session.note_refused(editor, editor.label)
                self.message_posted.emit(not_saved(self.in_words(exc)))
                ok = False
                continue
            readable.append(editor)
            changed.update({k: v for k, v in wanted.items() if getattr(self.record, k) != v})
        if changed:
            changed = self._with_implied(changed)
            try:
                self._session.update(self.kind, self.record.id, **changed)
            except CaseFileError as exc:
                self.message_posted.emit(not_saved(self.in_words(exc)))
                return False
        for editor in readable:
            self._session.note_typing(editor, False)
        return ok

    def in_words(self, error: CaseFileError) -> str:
        """The store's message in the user's language, with its field names ("note field
        'due_date'") replaced by the labels the user sees beside the fields ("Due")."""
        labels = {
            name: editor.label
            for editor in self._fields
            for name in (editor.name, *editor.changes_names())
        }
        if error.code is not None:
            fields = {
                key: labels.get(str(value.fields.get("name")), value)
                if isinstance(value, Words) and value.code == "field.where"
                else value
                for key, value in error.fields.items()
            }
            return message_of(Words(error.code, **fields))
        message = error.message  # made up where it was raised: in English, or ours
        kind = KIND_LABELS.get(self.kind, self.kind).lower()
        for name, label in labels.items():
            message = message.replace(f"{kind} field {name!r}", label)
        return message

    def implied_changes(self, changed: dict[str, Any]) -> dict[str, Any]:
        """Other fields a change brings with it, written in the same undoable update
        (a note becoming an internal memo becomes internal). None by default."""
        return {}

    def _with_implied(self, changed: dict[str, Any]) -> dict[str, Any]:
        implied = {
            k: v
            for k, v in self.implied_changes(changed).items()
            if k not in changed and getattr(self.record, k) != v
        }
        return {**changed, **implied}

    def _set_error(self, editor: FieldEditor, text: str) -> None:
        label = self._errors[editor]
        label.setText(text)
        self.layout_.setRowVisible(label, bool(text))
