"""The items photos can belong to (damage items, notes, meetings) as a filter and drop target."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent, QFont
from PySide6.QtWidgets import QAbstractItemView, QListView, QTableView, QWidget

from casefile.store import CaseFile
from casefile.ui.support.columns import fixed_rows
from casefile.ui.support.translation import QT_TRANSLATE_NOOP

OwnerIdRole = Qt.ItemDataRole.UserRole + 1
OwnerKindRole = Qt.ItemDataRole.UserRole + 2

ALL = "all"
HEADER = "header"
#: the kinds photos belong to, and the heading each has in the list (English, marked for
#: translation in the OwnersModel context)
OWNER_KINDS = (
    ("damage_item", QT_TRANSLATE_NOOP("OwnersModel", "Damage items")),
    ("note", QT_TRANSLATE_NOOP("OwnersModel", "Notes")),
    ("meeting", QT_TRANSLATE_NOOP("OwnersModel", "Meetings")),
)
FETCH_BLOCK = 64  # owners whose titles are fetched together: a screenful or two

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Owner:
    kind: str  # ALL, HEADER, or an owner kind
    id: str | None
    title: str
    attachment_ids: tuple[str, ...] = ()


def local_paths(urls: list[QUrl]) -> list[Path]:
    """Files (not folders, not web links) among dropped URLs."""
    paths = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
    return [p for p in paths if p.is_file()]


class OwnersModel(QAbstractListModel):
    """“All” first, then each owner kind under a header row that cannot be selected.

    Only the owners' ids are loaded (a large case has tens of thousands of notes and
    damage items); their titles and photos are fetched a block at a time as rows are
    shown or asked for, as the item tables do.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._case: CaseFile | None = None
        # Every row's kind and id, in two flat lists: a large case has tens of thousands
        # of owners, and a tuple per row cost more to make (and to garbage-collect) than
        # the rest of the view.
        self._kinds: list[str] = []
        self._ids: list[str | None] = []
        self._headings: dict[int, str] = {}  # row -> text of a header row
        self._all = Owner(ALL, None, self.tr("All photos & documents"))
        self._fetched: dict[str, Owner] = {}

    def load(self, case: CaseFile, ids_of: Callable[[str], list[str]]) -> None:
        """Every possible owner, from `ids_of(kind)` (the session's shared id lists)."""
        kinds: list[str] = [ALL]
        owner_ids: list[str | None] = [None]
        headings: dict[int, str] = {}
        for kind, heading in OWNER_KINDS:
            ids = ids_of(kind)
            if ids:
                headings[len(kinds)] = QCoreApplication.translate("OwnersModel", heading)
                kinds.append(HEADER)
                owner_ids.append(None)
                kinds += [kind] * len(ids)
                owner_ids += ids
        self.beginResetModel()
        self._case = case
        self._kinds = kinds
        self._ids = owner_ids
        self._headings = headings
        self._all = Owner(ALL, None, self.tr("All photos & documents"), tuple(ids_of("attachment")))
        self._fetched = {}
        self.endResetModel()

    def owner(self, row: int) -> Owner | None:
        if not 0 <= row < len(self._kinds):
            return None
        kind, item_id = self._kinds[row], self._ids[row]
        if kind == ALL:
            return self._all
        if kind == HEADER or item_id is None:
            return Owner(HEADER, None, self._headings.get(row, ""))
        if item_id not in self._fetched:
            self._fetch_around(row)
        return self._fetched[item_id]

    def _fetch_around(self, row: int) -> None:
        """Titles and photos of the block of owners holding `row`, one query per kind."""
        start = row - row % FETCH_BLOCK
        wanted: dict[str, list[str]] = {}
        end = start + FETCH_BLOCK
        for kind, item_id in zip(self._kinds[start:end], self._ids[start:end], strict=True):
            if kind not in (ALL, HEADER) and item_id is not None and item_id not in self._fetched:
                wanted.setdefault(kind, []).append(item_id)
        for kind, ids in wanted.items():
            records = self._case.records(kind, ids) if self._case is not None else []
            for record in records:
                self._fetched[record.id] = Owner(
                    kind, record.id, record.title, tuple(record.attachment_ids)
                )
            for item_id in ids:  # deleted since the ids were read: blank until reloaded
                self._fetched.setdefault(item_id, Owner(kind, item_id, ""))

    def row_of(self, owner_id: str | None) -> int | None:
        if owner_id is None:
            return 0  # "All"
        try:
            return self._ids.index(owner_id)
        except ValueError:
            return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._kinds)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid() or not 0 <= index.row() < len(self._kinds):
            return Qt.ItemFlag.NoItemFlags
        if self._kinds[index.row()] == HEADER:
            return Qt.ItemFlag.ItemIsEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDropEnabled
        )

    # Drops: the view handles the drop itself; these let Qt draw where files would land.

    def mimeTypes(self) -> list[str]:
        return ["text/uri-list"]

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def canDropMimeData(
        self, data: Any, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return bool(data.hasUrls()) and bool(self.flags(parent) & Qt.ItemFlag.ItemIsDropEnabled)

    def dropMimeData(
        self, data: Any, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return False

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._kinds):
            return None
        kind, item_id = self._kinds[index.row()], self._ids[index.row()]
        if role == OwnerIdRole:
            return item_id
        if role == OwnerKindRole:
            return kind
        if role in (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole):
            return _look(kind, role)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        owner = self.owner(index.row())  # the title: fetched with its block
        if owner is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(owner)
        if owner.kind != HEADER:
            return owner.title + "\n" + self.tr("Drop files here to attach them")
        return None


def _display(owner: Owner) -> str:
    if owner.kind == HEADER:
        return QLocale().toUpper(owner.title)
    count = len(owner.attachment_ids)
    return f"{owner.title}  ({count})" if count else owner.title


def _look(kind: str, role: int) -> Any:
    """Group headers small, bold and grey; "All" bold."""
    if role == Qt.ItemDataRole.FontRole and kind in (HEADER, ALL):
        font = QFont()
        font.setBold(True)
        if kind == HEADER:
            font.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
        return font
    if role == Qt.ItemDataRole.ForegroundRole and kind == HEADER:
        return QColor("#6b7280")
    return None


class _FileDrops:
    """Takes files dropped from the desktop and says onto which row (or the view).

    Mixed into an item view; the view declares `files_dropped(list, QModelIndex)`:
    local file paths and the index they were dropped on (invalid: on empty space).
    """

    files_dropped: Any

    def _init_drops(self, per_item: bool) -> None:
        self._per_item = per_item
        view: Any = self
        if per_item:
            view.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
            view.setDragDropOverwriteMode(True)  # always "onto" a row, never between
        self.set_drops_enabled(True)

    def set_drops_enabled(self, enabled: bool) -> None:
        view: Any = self
        view.setAcceptDrops(enabled)
        view.viewport().setAcceptDrops(enabled)
        view.setDropIndicatorShown(enabled and self._per_item)

    def _target(self, event: QDragMoveEvent | QDropEvent) -> QModelIndex | None:
        """Where files would land, or None if not here."""
        if not event.mimeData().hasUrls():
            return None
        index = self.indexAt(event.position().toPoint())  # type: ignore[attr-defined]
        if not self._per_item:
            return QModelIndex()
        if not index.isValid() or not (index.flags() & Qt.ItemFlag.ItemIsSelectable):
            return None
        return index

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self.acceptDrops():  # type: ignore[attr-defined]
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        target = self._target(event)
        if target is None or not self.acceptDrops():  # type: ignore[attr-defined]
            event.ignore()
            return
        if self._per_item:
            super().dragMoveEvent(event)  # type: ignore[misc]  # draws the drop indicator
        event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        target = self._target(event)
        paths = local_paths(event.mimeData().urls())
        if target is None or not paths or not self.acceptDrops():  # type: ignore[attr-defined]
            event.ignore()
            return
        event.acceptProposedAction()
        self.files_dropped.emit([str(p) for p in paths], QModelIndex(target))


class FileDropList(_FileDrops, QListView):
    """A list (the photo grid) that takes files dropped anywhere on it."""

    files_dropped = Signal(list, QModelIndex)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._init_drops(per_item=False)


class OwnerList(_FileDrops, QTableView):
    """The owners as a one-column table that takes files dropped onto a row.

    A table, not a QListView: a list view lays out every row when shown, asking the
    Python model for its row count twice per row, which a large case's thousands of
    owners make slow; a table of fixed-height rows lays out only what is on screen.
    """

    files_dropped = Signal(list, QModelIndex)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._init_drops(per_item=True)
        self.horizontalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        fixed_rows(self, self.fontMetrics().height() + 4)  # as the list's rows were
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab leaves the list, as it does a QListView
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        """Home and End go to the first and last owner, as in a list (in a table they
        move along the row, and this one has one column)."""
        if action in (
            QAbstractItemView.CursorAction.MoveHome,
            QAbstractItemView.CursorAction.MoveEnd,
        ):
            modifiers |= Qt.KeyboardModifier.ControlModifier
        return super().moveCursor(action, modifiers)
