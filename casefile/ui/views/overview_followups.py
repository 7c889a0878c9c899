"""The open follow-ups of a case as a table model, overdue ones first and in red."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from casefile.store.records import FollowUpRecord
from casefile.ui.formatting import date_text
from casefile.ui.models.listed import ListedTableModel

IdRole = Qt.ItemDataRole.UserRole + 1
OverdueRole = Qt.ItemDataRole.UserRole + 2

HEADERS = ("Follow-up", "Owner", "Due", "State")
_OVERDUE = QColor("#b3261e")

Index = QModelIndex | QPersistentModelIndex


def is_overdue(follow_up: FollowUpRecord, today: dt.date) -> bool:
    """Open and due before today: the due date itself is still in time."""
    return (
        follow_up.status == "open" and follow_up.due_date is not None and follow_up.due_date < today
    )


class FollowUpsModel(ListedTableModel):
    """Only open follow-ups: the overview is about what is still to do."""

    headers = HEADERS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[FollowUpRecord, str, bool]] = []

    def set_follow_ups(
        self, follow_ups: list[FollowUpRecord], owners: dict[str, str], today: dt.date
    ) -> None:
        """Keep the open ones, overdue first, then by due date, undated last."""
        rows = [
            (f, owners.get(f.owner_id or "", ""), is_overdue(f, today))
            for f in follow_ups
            if f.status == "open"
        ]
        rows.sort(key=lambda r: (not r[2], r[0].due_date is None, r[0].due_date or today))
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def overdue_count(self) -> int:
        return sum(1 for _, _, overdue in self._rows if overdue)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        follow_up, owner, overdue = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return follow_up.title
            if column == 1:
                return owner or "—"
            if column == 2:
                return date_text(follow_up.due_date) or "no date"
            state = "Overdue" if overdue else "Open"
            return f"{state}, internal" if follow_up.internal else state
        if role == Qt.ItemDataRole.ForegroundRole and overdue:
            return _OVERDUE
        if role == Qt.ItemDataRole.FontRole and overdue and column == 3:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return follow_up.title + (
                "\n(internal: left out of redacted briefs)" if follow_up.internal else ""
            )
        if role == IdRole:
            return follow_up.id
        if role == OverdueRole:
            return overdue
        return None
