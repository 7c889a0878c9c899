"""Review comments as a table model: the item each is on, the comment, who, when, state."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from casefile.store import KIND_LABELS, CommentRecord
from casefile.ui.models.listed import ListedTableModel
from casefile.ui.models.roles import IdRole, KindRole
from casefile.ui.support.formatting import stamp_text

#: the id of the item the comment is on
ItemIdRole = Qt.ItemDataRole.UserRole + 10
HEADERS = ("On", "Comment", "By", "When", "State")
_RESOLVED = QColor("#6b7280")

Index = QModelIndex | QPersistentModelIndex


class ReviewCommentsModel(ListedTableModel):
    headers = HEADERS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CommentRecord] = []

    def set_comments(self, comments: list[CommentRecord]) -> None:
        self.beginResetModel()
        self._rows = list(comments)
        self.endResetModel()

    def comment(self, row: int) -> CommentRecord:
        return self._rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        comment = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                kind = KIND_LABELS.get(comment.item_kind, comment.item_kind)
                return (
                    f"{kind}: {comment.item_title}" if comment.item_title else f"{kind} (deleted)"
                )
            if column == 1:
                return " ".join(comment.body.split())
            if column == 2:
                return comment.author
            if column == 3:
                return stamp_text(comment.created_at)
            if comment.resolved:
                return f"Resolved by {comment.resolved_by}"
            return "Open"
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return comment.body
        if role == Qt.ItemDataRole.ForegroundRole and comment.resolved:
            return _RESOLVED
        if role == IdRole:
            return comment.id
        if role == KindRole:
            return comment.item_kind
        if role == ItemIdRole:
            return comment.item_id
        return None
