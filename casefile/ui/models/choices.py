"""The items one may pick in a combo box (parties, meetings), with "none" first.

Like the table models it keeps ids and fetches names in blocks, so a picker over
20,000 parties opens without loading them all.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from casefile.ui.case.session import CaseSession
from casefile.ui.models.items import BLOCK
from casefile.ui.models.roles import IdRole, KindRole
from casefile.ui.support.translation import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
#: row 0: no item chosen
NONE_TEXT = QT_TRANSLATE_NOOP("ChoiceListModel", "(none)")


class ChoiceListModel(QAbstractListModel):
    """Row 0 is "(none)" (id None); then every item of `kind` in list order, but the
    one excluded (a party cannot represent itself)."""

    def __init__(self, session: CaseSession, kind: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._kind = kind
        self._excluded: str | None = None
        self._ids: list[str] = session.ids(kind)
        self._names: dict[str, str] = {}
        self._row_of: dict[str, int] | None = None
        session.case_changed.connect(self._on_session_case_changed)

    @property
    def kind(self) -> str:
        return self._kind

    def exclude(self, item_id: str | None) -> None:
        """Leave this item out of the choices (None: leave nothing out)."""
        if item_id == self._excluded:
            return
        self._excluded = item_id
        self._reset(self._listed())

    def _listed(self) -> list[str]:
        ids = self._session.ids(self._kind)
        if self._excluded is not None:
            ids = [i for i in ids if i != self._excluded]
        return ids

    def _reset(self, ids: list[str]) -> None:
        self.beginResetModel()
        self._ids = ids
        self._names.clear()
        self._row_of = None
        self.endResetModel()

    def row_of(self, item_id: str | None) -> int:
        if item_id is None:
            return 0
        if self._row_of is None:
            self._row_of = {i: row + 1 for row, i in enumerate(self._ids)}
        return self._row_of.get(item_id, -1)

    def id_at(self, row: int) -> str | None:
        return None if row <= 0 else self._ids[row - 1]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids) + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.checkIndex(index, QAbstractListModel.CheckIndexOption.IndexIsValid):
            return None
        row = index.row()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if row == 0:
                return QCoreApplication.translate("ChoiceListModel", NONE_TEXT)
            return self._name(row)
        if role == IdRole:
            return self.id_at(row)
        if role == KindRole:
            return self._kind
        return None

    def _name(self, row: int) -> str:
        item_id = self._ids[row - 1]
        if item_id not in self._names:
            start = (row - 1) - (row - 1) % BLOCK
            block = [i for i in self._ids[start : start + BLOCK] if i not in self._names]
            self._names.update(self._session.case.names(self._kind, block))
        return self._names.get(item_id, "")

    def _on_session_case_changed(self, kind: str, ids: list[str]) -> None:
        if kind not in ("*", self._kind):
            return
        new_ids = self._listed()
        if new_ids == self._ids:
            for item_id in ids:
                if self._names.pop(item_id, None) is not None:
                    row = self.row_of(item_id)
                    self.dataChanged.emit(self.index(row), self.index(row))
            return
        self._reset(new_ids)
