"""The thumbnail grid's model: attachment ids, with records and thumbnails fetched on demand."""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QIcon, QImageReader, QPainter, QPen, QPixmap

from casefile.store import AttachmentRecord, CaseFile
from casefile.ui.support.translation import QT_TRANSLATE_NOOP, english_plural

IdRole = Qt.ItemDataRole.UserRole + 1
RecordRole = Qt.ItemDataRole.UserRole + 2

ICON_SIZE = QSize(160, 120)
PAGE = 100  # records fetched per query when the view asks for a row not yet known
THUMB_CACHE = 600  # decoded thumbnails kept; each is ~75 KB at 160x120

Index = QModelIndex | QPersistentModelIndex


#: a size in kilobytes, megabytes, gigabytes
_UNITS = (
    QT_TRANSLATE_NOOP("PhotosModel", "{size} KB"),
    QT_TRANSLATE_NOOP("PhotosModel", "{size} MB"),
    QT_TRANSLATE_NOOP("PhotosModel", "{size} GB"),
)


class SizeWords(QObject):
    """A size in bytes, whose word depends on the count (lupdate reads plural forms
    from a QObject's tr only)."""

    def in_bytes(self, count: int) -> str:
        return english_plural(self.tr("%n byte(s)", "", count), count)


_WORDS = SizeWords()


def human_size(size: int) -> str:
    """A file's size as the app's language writes it ("1.5 MB", "1,5 МБ")."""
    if size < 1024:
        return _WORDS.in_bytes(size)
    value = size / 1024
    for unit in _UNITS:
        if value < 1024 or unit == _UNITS[-1]:
            break
        value /= 1024
    number = QLocale().toString(value, "f", 1)
    return QCoreApplication.translate("PhotosModel", unit).format(size=number)


def generic_icon(label: str) -> QIcon:
    """A page with a folded corner and the file's type, for what has no thumbnail."""
    pixmap = QPixmap(ICON_SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    width, height = 84.0, 110.0
    left, top = (ICON_SIZE.width() - width) / 2, (ICON_SIZE.height() - height) / 2
    fold = 22.0
    painter.setPen(QPen(QColor("#8a94a6"), 1.5))
    painter.setBrush(QColor("#f6f7f9"))
    painter.drawRect(QRectF(left, top, width, height))
    painter.setBrush(QColor("#d5dae3"))
    painter.drawRect(QRectF(left + width - fold, top, fold, fold))
    painter.setPen(QColor("#b3261e") if label == "PDF" else QColor("#44506a"))
    font = QFont()
    font.setBold(True)
    font.setPixelSize(20)
    painter.setFont(font)
    painter.drawText(
        QRectF(left, top + height / 2 - 14, width, 28), Qt.AlignmentFlag.AlignCenter, label
    )
    painter.end()
    return QIcon(pixmap)


def icon_pixmap(jpeg: bytes) -> QPixmap | None:
    """A stored thumbnail decoded straight at icon size: the JPEG decoder scales while
    it decodes, twice as fast as decoding 320 pixels and scaling after."""
    buffer = QBuffer()
    buffer.setData(QByteArray(jpeg))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, b"jpeg")  # as the store makes them: no format sniffing
    size = reader.size()
    if size.isValid():
        reader.setScaledSize(size.scaled(ICON_SIZE, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return None if image.isNull() else QPixmap.fromImage(image)


def type_label(record: AttachmentRecord) -> str:
    suffix = record.filename.rsplit(".", 1)[-1] if "." in record.filename else ""
    unnamed = QCoreApplication.translate("PhotosModel", "FILE", "a file of no known type")
    return QLocale().toUpper((suffix or record.media_type.split("/")[-1] or unnamed)[:5])


class PhotosModel(QAbstractListModel):
    """Keeps only ids; the grid asks for rows as they scroll into view (Anki's table idea)."""

    def __init__(self, case: CaseFile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._case = case
        self._ids: list[str] = []
        self._rows: dict[str, int] = {}
        self._records: dict[str, AttachmentRecord] = {}
        self._thumbs: OrderedDict[str, QIcon] = OrderedDict()
        self._thumb_bytes: dict[str, bytes | None] = {}  # fetched a page at a time
        self._generic: dict[str, QIcon] = {}

    # -- loading -------------------------------------------------------------------------

    def set_ids(self, ids: list[str]) -> None:
        """Show these attachments; records stay cached for ids shown before."""
        self.beginResetModel()
        self._ids = list(ids)
        self._rows = {item_id: row for row, item_id in enumerate(self._ids)}
        keep = set(self._ids)
        self._records = {k: v for k, v in self._records.items() if k in keep}
        self.endResetModel()

    def invalidate(self, ids: list[str]) -> None:
        """Forget the records of changed attachments (their bytes, hence thumbnails, never do)."""
        for item_id in ids:
            self._records.pop(item_id, None)
            row = self._rows.get(item_id)
            if row is not None:
                index = self.index(row, 0)
                self.dataChanged.emit(index, index)

    def ids(self) -> list[str]:
        return list(self._ids)

    def row_of(self, item_id: str) -> int | None:
        return self._rows.get(item_id)

    def record(self, row: int) -> AttachmentRecord | None:
        if not 0 <= row < len(self._ids):
            return None
        item_id = self._ids[row]
        if item_id not in self._records:
            page = [i for i in self._ids[row : row + PAGE] if i not in self._records]
            for record in self._case.records("attachment", page):
                self._records[record.id] = record
        return self._records.get(item_id)

    def thumbnail(self, record: AttachmentRecord) -> QIcon:
        """Decoded once from the stored JPEG thumbnail, never from the file's bytes."""
        icon = self._thumbs.get(record.id)
        if icon is not None:
            self._thumbs.move_to_end(record.id)
            return icon
        data = self._stored_thumbnail(record) if record.is_image else None
        pixmap = None if data is None else icon_pixmap(data)
        if pixmap is None:
            label = type_label(record)
            if label not in self._generic:
                self._generic[label] = generic_icon(label)
            return self._generic[label]
        icon = QIcon(pixmap)
        self._thumbs[record.id] = icon
        if len(self._thumbs) > THUMB_CACHE:
            self._thumbs.popitem(last=False)
        return icon

    def _stored_thumbnail(self, record: AttachmentRecord) -> bytes | None:
        """Its stored thumbnail, fetched with those of the page of rows it begins."""
        if record.id not in self._thumb_bytes:
            row = self._rows.get(record.id, 0)
            page = [i for i in self._ids[row : row + PAGE] if i not in self._thumbs]
            page = page if record.id in page else [record.id]
            found = self._case.thumbnails(page)
            self._thumb_bytes = {i: found.get(i) for i in page}  # one page's bytes at most
        return self._thumb_bytes.pop(record.id)  # decoded once, then kept as an icon

    # -- the model -----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() != 0:
            return None
        if role == IdRole:
            return self._ids[index.row()] if 0 <= index.row() < len(self._ids) else None
        record = self.record(index.row())
        if record is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return record.caption or record.filename
        if role == Qt.ItemDataRole.DecorationRole:
            return self.thumbnail(record)
        if role == Qt.ItemDataRole.ToolTipRole:
            caption = f"{record.caption}\n" if record.caption else ""
            return f"{caption}{record.filename} · {human_size(record.size)}"
        if role == RecordRole:
            return record
        return None
