"""The open follow-ups of a case as a table model, overdue ones first and in red."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from casefile.store import OpenFollowUp
from casefile.ui.models.listed import ListedTableModel
from casefile.ui.support.formatting import date_text
from casefile.ui.support.translation import QT_TRANSLATE_NOOP

IdRole = Qt.ItemDataRole.UserRole + 1
OverdueRole = Qt.ItemDataRole.UserRole + 2

HEADERS = (
    QT_TRANSLATE_NOOP("Columns", "Follow-up"),
    QT_TRANSLATE_NOOP("Columns", "Owner"),
    QT_TRANSLATE_NOOP("Columns", "Due"),
    QT_TRANSLATE_NOOP("Columns", "State"),
)
_OVERDUE = QColor("#b3261e")

Index = QModelIndex | QPersistentModelIndex


class FollowUpsModel(ListedTableModel):
    """Only open follow-ups: the overview is about what is still to do."""

    headers = HEADERS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[OpenFollowUp, bool]] = []

    def set_follow_ups(self, follow_ups: list[OpenFollowUp], today: dt.date) -> None:
        """Overdue first, then by due date, undated last."""
        rows = [(f, f.overdue(today)) for f in follow_ups]
        rows.sort(key=lambda r: (not r[1], r[0].due_date is None, r[0].due_date or today))
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def overdue_count(self) -> int:
        return sum(1 for _, overdue in self._rows if overdue)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        follow_up, overdue = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(follow_up, overdue, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return follow_up.owner or None  # whole, where the column cuts it short
        if role == Qt.ItemDataRole.ToolTipRole:
            return follow_up.title + (
                "\n"
                + QCoreApplication.translate(
                    "FollowUpsModel", "(internal: left out of redacted briefs)"
                )
                if follow_up.internal
                else ""
            )
        if role == IdRole:
            return follow_up.id
        if role == OverdueRole:
            return overdue
        return _overdue_look(role, column) if overdue else None


def _overdue_look(role: int, column: int) -> Any:
    """An overdue follow-up is red, its state in bold."""
    if role == Qt.ItemDataRole.ForegroundRole:
        return _OVERDUE
    if role == Qt.ItemDataRole.FontRole and column == 3:
        font = QFont()
        font.setBold(True)
        return font
    return None


def _display(follow_up: OpenFollowUp, overdue: bool, column: int) -> str:
    if column == 0:
        return follow_up.title
    if column == 1:
        return follow_up.owner or "—"
    if column == 2:
        return date_text(follow_up.due_date) or QCoreApplication.translate(
            "FollowUpsModel", "no date"
        )
    if follow_up.internal:
        return (
            QCoreApplication.translate("FollowUpsModel", "Overdue, internal")
            if overdue
            else QCoreApplication.translate("FollowUpsModel", "Open, internal")
        )
    return (
        QCoreApplication.translate("FollowUpsModel", "Overdue")
        if overdue
        else QCoreApplication.translate("FollowUpsModel", "Open")
    )
