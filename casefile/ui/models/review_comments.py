"""Review comments as a table model: the item each is on, the comment, who, when, state."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from casefile.store import CommentRecord
from casefile.ui.models.listed import ListedTableModel
from casefile.ui.models.roles import IdRole, KindRole
from casefile.ui.models.vocabulary import kind_name
from casefile.ui.support.formatting import stamp_text
from casefile.ui.support.translation import QT_TRANSLATE_NOOP

#: the id of the item the comment is on
ItemIdRole = Qt.ItemDataRole.UserRole + 10
HEADERS = (
    QT_TRANSLATE_NOOP("Columns", "On"),
    QT_TRANSLATE_NOOP("Columns", "Comment"),
    QT_TRANSLATE_NOOP("Columns", "By"),
    QT_TRANSLATE_NOOP("Columns", "When"),
    QT_TRANSLATE_NOOP("Columns", "State"),
)
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
                kind = kind_name(comment.item_kind)
                if comment.item_title:
                    return f"{kind}: {comment.item_title}"
                return QCoreApplication.translate("ReviewCommentsModel", "{kind} (deleted)").format(
                    kind=kind
                )
            if column == 1:
                return " ".join(comment.body.split())
            if column == 2:
                return comment.author
            if column == 3:
                return stamp_text(comment.created_at)
            if comment.resolved:
                return QCoreApplication.translate(
                    "ReviewCommentsModel", "Resolved by {name}"
                ).format(name=comment.resolved_by)
            return QCoreApplication.translate(
                "ReviewCommentsModel", "Open", "a review comment not resolved yet"
            )
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return comment.body
        if role == Qt.ItemDataRole.ToolTipRole and column in (0, 2, 4):
            # what the item is, who wrote and who resolved: whole, where the cell cuts it
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.ForegroundRole and comment.resolved:
            return _RESOLVED
        if role == IdRole:
            return comment.id
        if role == KindRole:
            return comment.item_kind
        if role == ItemIdRole:
            return comment.item_id
        return None
