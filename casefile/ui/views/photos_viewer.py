"""A window showing one attachment at full resolution: fitted or zoomed, and the next
or previous one of the list it was opened from."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QObject, QSize, Qt
from PySide6.QtGui import QImageReader, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from casefile.store import AttachmentRecord, CaseFile, CaseFileError
from casefile.ui.support.store_errors import message_of


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


#: how much one zoom step enlarges or shrinks, and the bounds of zooming
ZOOM_STEP = 1.25
ZOOM_RANGE = (0.05, 8.0)


class PhotoViewer(QDialog):
    """Non-modal, so several photos can be compared side by side.

    Keys: + and - zoom, 0 fits the window, 1 shows actual size; Right, Page Down or
    Space go to the next file of the list it was opened from, Left, Page Up or
    Backspace to the previous one.
    """

    def __init__(
        self,
        record: AttachmentRecord,
        pixmap: QPixmap,
        parent: QWidget | None = None,
        *,
        case: CaseFile | None = None,
        ids: list[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._case = case
        self._ids = list(ids) if ids else [record.id]
        self.zoom: float | None = None  # None: fit the window
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setMinimumSize(QSize(200, 150))
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll_area.setWidget(self.image)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.viewport().installEventFilter(self)
        self.scroll_area.setStyleSheet("background: #202124; color: #e8eaed;")
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.position = QLabel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.caption, 1)
        bottom.addWidget(self.position)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(bottom)
        layout.addWidget(buttons)
        # The keys go to the window itself: neither the Close button (Space would press
        # it) nor the scroll area (the arrows would scroll) takes the focus.
        for widget in (self.scroll_area, *buttons.buttons()):
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        key = Qt.Key
        self._keys: dict[Qt.Key, Callable[[], None]] = {
            key.Key_Plus: lambda: self.zoom_by(ZOOM_STEP),
            key.Key_Equal: lambda: self.zoom_by(ZOOM_STEP),
            key.Key_Minus: lambda: self.zoom_by(1 / ZOOM_STEP),
            key.Key_0: self.fit,
            key.Key_1: lambda: self.set_zoom(1.0),
            key.Key_Right: lambda: self.step(1),
            key.Key_PageDown: lambda: self.step(1),
            key.Key_Space: lambda: self.step(1),
            key.Key_Left: lambda: self.step(-1),
            key.Key_PageUp: lambda: self.step(-1),
            key.Key_Backspace: lambda: self.step(-1),
        }
        self._show(record, pixmap)
        self.resize(960, 720)

    @classmethod
    def open_for(
        cls,
        parent: QWidget | None,
        case: CaseFile,
        attachment_id: str,
        ids: list[str] | None = None,
    ) -> PhotoViewer:
        """Load the full bytes (only here, never for the grid) and show the window;
        `ids`, the list it is opened from, is what next and previous step through."""
        record, pixmap = _load(case, attachment_id)
        viewer = cls(record, pixmap, parent, case=case, ids=ids)
        viewer.show()
        return viewer

    def has_image(self) -> bool:
        return not self._pixmap.isNull()

    # -- stepping -----------------------------------------------------------------------

    def step(self, by: int) -> None:
        """Show the next (1) or previous (-1) file of the list, wrapping around."""
        if self._case is None or len(self._ids) < 2:
            return
        row = self._ids.index(self.record.id) if self.record.id in self._ids else 0
        attachment_id = self._ids[(row + by) % len(self._ids)]
        try:
            record, pixmap = _load(self._case, attachment_id)
        except CaseFileError as exc:
            self.caption.setText(self.tr("Not shown: {reason}").format(reason=message_of(exc)))
            return
        self._show(record, pixmap)

    def _show(self, record: AttachmentRecord, pixmap: QPixmap) -> None:
        self.record = record
        self._pixmap = pixmap
        self.setWindowTitle(record.caption or record.filename)
        self.caption.setText(record.caption or record.filename)
        row = self._ids.index(record.id) + 1 if record.id in self._ids else 1
        position = self.tr("{number} of {count}").format(number=row, count=len(self._ids))
        self.position.setText(position if len(self._ids) > 1 else "")
        self.zoom = None
        if pixmap.isNull():
            self.image.clear()
            self.image.setWordWrap(True)
            self.image.setText(
                self.tr(
                    "No preview for {name} ({type}).\n"
                    "Use “Save file as…” to open it in another program."
                ).format(name=record.filename, type=record.media_type)
            )
        self._render()

    # -- zooming ------------------------------------------------------------------------

    def zoom_by(self, factor: float) -> None:
        self.set_zoom((self.zoom or self._fit_scale()) * factor)

    def set_zoom(self, zoom: float) -> None:
        if self._pixmap.isNull():
            return
        self.zoom = min(max(zoom, ZOOM_RANGE[0]), ZOOM_RANGE[1])
        self._render()

    def fit(self) -> None:
        self.zoom = None
        self._render()

    def _fit_scale(self) -> float:
        if self._pixmap.isNull():
            return 1.0
        room = self.scroll_area.viewport().size()
        return min(room.width() / self._pixmap.width(), room.height() / self._pixmap.height())

    def _render(self) -> None:
        if self._pixmap.isNull():
            return
        fitting = self.zoom is None
        self.scroll_area.setWidgetResizable(fitting)
        bars = (
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            if fitting
            else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        )
        self.scroll_area.setHorizontalScrollBarPolicy(bars)
        self.scroll_area.setVerticalScrollBarPolicy(bars)
        scale = self._fit_scale() if fitting else self.zoom or 1.0
        size = self._pixmap.size() * scale
        shown = self._pixmap.scaled(
            size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        self.image.setPixmap(shown)
        if not fitting:
            self.image.resize(shown.size())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        handler = self._keys.get(Qt.Key(event.key()))
        if handler is None:
            super().keyPressEvent(event)  # Esc closes
            return
        handler()
        event.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Fitted, the image follows the room the scroll area's viewport has, once the
        layout has given it that room (the window's own resize comes before)."""
        if event.type() == QEvent.Type.Resize and self.zoom is None:
            self._render()
        return False


def _load(case: CaseFile, attachment_id: str) -> tuple[AttachmentRecord, QPixmap]:
    record = case.get("attachment", attachment_id)
    pixmap = decode_image(case.attachment_data(attachment_id)) if record.is_image else QPixmap()
    return record, pixmap
