"""The case's chronology as a table model, with times in the incident's zone."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from casefile.store import Timeline, TimelineEntry, in_zone
from casefile.ui.models.listed import ListedTableModel
from casefile.ui.models.roles import answered
from casefile.ui.models.vocabulary import choice_label, kind_name
from casefile.ui.support.formatting import weekday_text
from casefile.ui.support.translation import QT_TRANSLATE_NOOP

IdRole = Qt.ItemDataRole.UserRole + 1
KindRole = Qt.ItemDataRole.UserRole + 2
InternalRole = Qt.ItemDataRole.UserRole + 3
_ANSWERED = answered(
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.DecorationRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.FontRole,
    Qt.ItemDataRole.ToolTipRole,
    IdRole,
    KindRole,
    InternalRole,
)

HEADERS = (
    QT_TRANSLATE_NOOP("Columns", "When"),
    QT_TRANSLATE_NOOP("Columns", "Kind"),
    QT_TRANSLATE_NOOP("Columns", "What"),
    QT_TRANSLATE_NOOP("Columns", "Detail"),
)
KIND_COLOURS = {
    "incident": "#b3261e",
    "note": "#2f6fb2",
    "meeting": "#2e7d4f",
    "follow_up": "#a86b00",
}
_INTERNAL = QColor("#7a5c00")

Index = QModelIndex | QPersistentModelIndex


def kind_icon(kind: str) -> QIcon:
    """A coloured disc with the initial of the kind's name in the app's language: tells
    kinds apart at a glance."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(KIND_COLOURS.get(kind, "#666666")))
    painter.drawEllipse(QRectF(1, 1, 14, 14))
    font = QFont()
    font.setPixelSize(10)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    initial = QLocale().toUpper(kind_name(kind)[:1])
    painter.drawText(QRectF(0, 0, 16, 16), Qt.AlignmentFlag.AlignCenter, initial)
    painter.end()
    return QIcon(pixmap)


def format_when(entry: TimelineEntry, zone: str) -> str:
    """Date-only entries sit at local midnight: show their date and no time."""
    local = in_zone(entry.at, zone)
    if local is None:
        return ""
    return weekday_text(local, with_time=not entry.date_only)


def detail_text(entry: TimelineEntry) -> str:
    """The API gives stored values (note kinds, statuses); people read labels."""
    if entry.kind == "note":
        return choice_label("note", "kind", entry.detail)
    if entry.kind == "follow_up":
        status = choice_label("follow_up", "status", entry.detail)
        return QCoreApplication.translate("TimelineModel", "due, {status}").format(
            status=QLocale().toLower(status)
        )
    return entry.detail


class TimelineModel(ListedTableModel):
    """Rows in the order the API gives (time order); the view never re-sorts."""

    headers = HEADERS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows = Timeline.empty()
        #: each shown row's entry and its "When", made once, as the row is first shown
        self._shown: dict[int, tuple[TimelineEntry, str]] = {}
        self._zone = "UTC"
        self._icons = {kind: kind_icon(kind) for kind in KIND_COLOURS}

    def set_entries(self, timeline: Timeline, zone: str) -> None:
        """Show a timeline as the store gives it: its entries are made as rows are shown."""
        self.beginResetModel()
        self._rows = timeline
        self._shown = {}
        self._zone = zone
        self.endResetModel()

    @property
    def zone(self) -> str:
        return self._zone

    def entry(self, row: int) -> TimelineEntry | None:
        shown = self._row(row)
        return None if shown is None else shown[0]

    def _row(self, row: int) -> tuple[TimelineEntry, str] | None:
        shown = self._shown.get(row)
        if shown is None:
            if not 0 <= row < len(self._rows):
                return None
            entry = self._rows[row]
            shown = self._shown[row] = (entry, format_when(entry, self._zone))
        return shown

    def row_of(self, kind: str, item_id: str) -> int | None:
        rows = self._rows
        assert isinstance(rows, Timeline)  # what set_entries and __init__ set
        return rows.row_of(kind, item_id)

    @staticmethod
    def kind_text(kind: str, internal: bool) -> str:
        label = kind_name(kind)
        return (
            QCoreApplication.translate("TimelineModel", "{kind} · internal").format(kind=label)
            if internal
            else label
        )

    def header(self, section: int) -> str:
        if section == 0:
            return QCoreApplication.translate("TimelineModel", "When ({zone})").format(
                zone=self._zone
            )
        return super().header(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ANSWERED or not index.isValid():
            return None
        shown = self._row(index.row())
        if shown is None:
            return None
        entry, when = shown
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, when, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = f"{entry.title}\n{detail_text(entry)}".strip()
            internal = "\n" + QCoreApplication.translate(
                "TimelineModel", "Internal: left out of redacted briefs"
            )
            return tip + (internal if entry.internal else "")
        if role == IdRole:
            return entry.id
        if role == KindRole:
            return entry.kind
        if role == InternalRole:
            return entry.internal
        return self._look(entry, role, index.column())

    def _display(self, entry: TimelineEntry, when: str, column: int) -> str:
        if column == 0:
            return when
        if column == 1:
            return self.kind_text(entry.kind, entry.internal)
        if column == 2:
            return entry.title
        return detail_text(entry)

    def _look(self, entry: TimelineEntry, role: int, column: int) -> Any:
        """The icon, colour and font that set the incident and internal entries apart."""
        if role == Qt.ItemDataRole.DecorationRole and column == 1:
            return self._icons.get(entry.kind)
        if role == Qt.ItemDataRole.ForegroundRole and entry.internal and column == 1:
            return _INTERNAL
        if role == Qt.ItemDataRole.FontRole and (entry.kind == "incident" or entry.internal):
            font = QFont()
            font.setBold(entry.kind == "incident")
            font.setItalic(entry.internal)
            return font
        return None
