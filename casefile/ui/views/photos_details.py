"""The panel beside the grid: one attachment's caption (editable) and what is known of it."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from casefile.store import AttachmentRecord, CaseFileError
from casefile.ui.case.session import CaseSession
from casefile.ui.editors.readonly import set_read_only
from casefile.ui.models.photos import human_size
from casefile.ui.models.vocabulary import kind_name
from casefile.ui.support.formatting import local_text
from casefile.ui.support.store_errors import full_message


class AttachmentDetails(QWidget):
    """Shows metadata only: nothing here reads the file's bytes."""

    #: an owner link was clicked: kind and id, for the main window to jump to
    item_activated = Signal(str, str)
    #: a refused caption edit, in words ("" clears it)
    error_changed = Signal(str)

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._record: AttachmentRecord | None = None
        self.caption = QLineEdit(self)
        self.caption.setObjectName("attachment_caption")
        self.caption.setPlaceholderText(self.tr("What the photo shows"))
        self.caption.editingFinished.connect(self._on_caption_editing_finished)
        self.labels: dict[str, QLabel] = {}
        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addRow(self.tr("&Caption"), self.caption)
        for key, text in (
            ("filename", self.tr("File")),
            ("size", self.tr("Size")),
            ("media_type", self.tr("Type")),
            ("dimensions", self.tr("Pixels")),
            ("captured", self.tr("Taken")),
            ("sha256", "SHA-256"),
            ("owners", self.tr("Belongs to")),
        ):
            label = QLabel(self)
            label.setObjectName(f"attachment_{key}")
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
            self.labels[key] = label
            layout.addRow(text, label)
        self.labels["owners"].linkActivated.connect(self._on_owners_link_activated)
        self.show_record(None)

    def show_record(self, record: AttachmentRecord | None) -> None:
        self._record = record
        editable = record is not None and not self._session.read_only
        set_read_only(self.caption, not editable)
        self.caption.setEnabled(record is not None)
        with QSignalBlocker(self.caption):
            self.caption.setText(record.caption if record else "")
            self.caption.setCursorPosition(0)
            self.caption.setToolTip(record.caption if record else "")
        if record is None:
            for label in self.labels.values():
                label.setText("")
            self.labels["filename"].setText(self.tr("Select a photo or document."))
            return
        zone = self._session.case.incident().timezone
        captured = local_text(record.captured_at, zone)
        self.labels["filename"].setText(record.filename)
        self.labels["size"].setText(human_size(record.size))
        self.labels["media_type"].setText(record.media_type)
        self.labels["dimensions"].setText(
            f"{record.width} × {record.height}" if record.width and record.height else "—"
        )
        self.labels["captured"].setText(
            f"{captured} ({zone})" if captured else self.tr("not recorded in the file")
        )
        self.labels["sha256"].setText(record.sha256[:12])
        self.labels["sha256"].setToolTip(record.sha256)
        self.labels["owners"].setText(self._owners_text(record))

    def _owners_text(self, record: AttachmentRecord) -> str:
        parts = []
        for link in record.links:
            try:
                title = self._session.case.get(link.kind, link.id).title
            except CaseFileError:
                continue
            kind = kind_name(link.kind)
            parts.append(f"{kind} <a href='{link.kind}:{link.id}'>{escape(title)}</a>")
        return "<br>".join(parts) or self.tr("nothing yet (drop it on an item at the left)")

    def _on_owners_link_activated(self, href: str) -> None:
        kind, _, item_id = href.partition(":")
        self.item_activated.emit(kind, item_id)

    def commit_pending(self) -> None:
        self._on_caption_editing_finished()

    def _on_caption_editing_finished(self) -> None:
        record = self._record
        text = self.caption.text()
        if record is None or self._session.read_only or text == record.caption:
            return
        try:
            self._record = self._session.update("attachment", record.id, caption=text)
        except CaseFileError as exc:
            self.error_changed.emit(full_message(exc))
            return
        self.error_changed.emit("")
