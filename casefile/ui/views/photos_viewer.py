"""A window showing one attachment at full resolution, scaled to fit."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImageReader, QPixmap, QResizeEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from casefile.store import CaseFile
from casefile.store.records import AttachmentRecord


def decode_image(data: bytes) -> QPixmap:
    """Full image with its EXIF orientation applied (phones store photos sideways)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    image = reader.read()
    buffer.close()
    return QPixmap.fromImage(image) if not image.isNull() else QPixmap()


class PhotoViewer(QDialog):
    """Non-modal, so several photos can be compared side by side."""

    def __init__(
        self, record: AttachmentRecord, pixmap: QPixmap, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(record.caption or record.filename)
        self.record = record
        self._pixmap = pixmap
        self.image = QLabel(self)
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setMinimumSize(QSize(200, 150))
        self.image.setStyleSheet("background: #202124; color: #e8eaed;")
        if pixmap.isNull():
            self.image.setWordWrap(True)
            self.image.setText(
                f"No preview for {record.filename} ({record.media_type}).\n"
                "Use “Save file as…” to open it in another program."
            )
        caption = QLabel(record.caption or record.filename, self)
        caption.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.image, 1)
        layout.addWidget(caption)
        layout.addWidget(buttons)
        self.resize(960, 720)

    @classmethod
    def open_for(cls, parent: QWidget | None, case: CaseFile, attachment_id: str) -> PhotoViewer:
        """Load the full bytes (only here, never for the grid) and show the window."""
        record = case.get("attachment", attachment_id)
        pixmap = decode_image(case.attachment_data(attachment_id)) if record.is_image else QPixmap()
        viewer = cls(record, pixmap, parent)
        viewer.show()
        return viewer

    def has_image(self) -> bool:
        return not self._pixmap.isNull()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._pixmap.isNull():
            self.image.setPixmap(
                self._pixmap.scaled(
                    self.image.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
