"""Photos & documents: a thumbnail grid filtered by owner, drop-to-attach, viewer, captions."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, QSize, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from casefile.store import CaseFileError
from casefile.ui.case.session import CaseSession
from casefile.ui.models.photos import ICON_SIZE, IdRole, PhotosModel
from casefile.ui.support.error_line import ErrorLine
from casefile.ui.support.store_errors import full_message, message_of
from casefile.ui.support.translation import english_plural
from casefile.ui.views.photos_details import AttachmentDetails
from casefile.ui.views.photos_owners import (
    ALL,
    FileDropList,
    OwnerIdRole,
    OwnerList,
    OwnersModel,
    local_paths,
)
from casefile.ui.views.refreshing import RefreshingView

if TYPE_CHECKING:
    from casefile.ui.tasks.attach_files import ImportResult
    from casefile.ui.views.photos_viewer import PhotoViewer

# Importing files and the photo viewer are loaded when first used: most visits do neither.

#: the files Attach offers first
ATTACHABLE = "*.jpg *.jpeg *.png *.gif *.webp *.tif *.tiff *.bmp *.pdf"


class PhotosView(RefreshingView):
    """Every edit goes through the session: attach (undoable) and caption (undoable)."""

    title = "Photos & documents"
    can_delete = True

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._selecting = False
        self._changed_ids: set[str] = set()
        self.viewers: list[PhotoViewer] = []

        self.add_button = QPushButton(self.tr("&Add files…"), self)
        self.add_button.setToolTip(
            self.tr("Attach photos or documents to the selected item (Ctrl+Shift+A)")
        )
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.view_button = QPushButton(self.tr("&View", "look at the file"), self)
        self.view_button.clicked.connect(self._on_view_button_clicked)
        self.save_button = QPushButton(self.tr("&Save file as…"), self)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.hint = QLabel(self)
        self.hint.setObjectName("photos_hint")
        self.hint.setWordWrap(True)  # a long translation takes two lines, not the window's width
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        toolbar = QHBoxLayout()
        for button in (self.add_button, self.view_button, self.save_button):
            toolbar.addWidget(button)
        toolbar.addWidget(self.hint, 1)

        self.owners = OwnersModel(self)
        self.owner_list = OwnerList(self)
        self.owner_list.setObjectName("photo_owners")
        self.owner_list.setModel(self.owners)
        self.owner_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.owner_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.owner_list.selectionModel().selectionChanged.connect(
            self._on_owner_list_selection_changed
        )
        self.owner_list.files_dropped.connect(self._on_owner_list_files_dropped)

        self.model = PhotosModel(session.case, self)
        self.grid = FileDropList(self)
        self.grid.setObjectName("photo_grid")
        self.grid.setViewMode(QListView.ViewMode.IconMode)
        self.grid.setMovement(QListView.Movement.Static)
        self.grid.setResizeMode(QListView.ResizeMode.Adjust)
        self.grid.setIconSize(ICON_SIZE)
        self.grid.setGridSize(QSize(ICON_SIZE.width() + 30, ICON_SIZE.height() + 52))
        self.grid.setUniformItemSizes(True)  # never ask every row for its size (or thumbnail)
        self.grid.setLayoutMode(QListView.LayoutMode.Batched)
        self.grid.setWordWrap(True)
        self.grid.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.grid.setSpacing(6)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.grid.setModel(self.model)
        self.grid.selectionModel().currentChanged.connect(self._on_grid_current_changed)
        self.grid.doubleClicked.connect(self._on_grid_double_clicked)
        self.grid.files_dropped.connect(self._on_grid_files_dropped)
        view_key = QShortcut(QKeySequence(Qt.Key.Key_Return), self.grid)
        view_key.setContext(Qt.ShortcutContext.WidgetShortcut)  # not Return in the caption
        view_key.activated.connect(self._on_view_button_clicked)
        add_key = QShortcut(QKeySequence("Ctrl+Shift+A"), self)
        add_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        add_key.activated.connect(self._on_add_button_clicked)

        self.details = AttachmentDetails(session, self)
        self.details.item_activated.connect(self.item_activated)
        self.details.error_changed.connect(self._on_details_error_changed)
        self.error = ErrorLine(self)
        self.error.setObjectName("photos_error")
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.details)
        side_layout.addStretch(1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.owner_list)
        splitter.addWidget(self.grid)
        splitter.addWidget(side)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 560, 300])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.error)

        read_only = session.read_only
        self.add_button.setEnabled(not read_only)
        self.owner_list.set_drops_enabled(not read_only)
        self.grid.set_drops_enabled(not read_only)
        self.setAcceptDrops(not read_only)
        session.case_changed.connect(self._on_session_case_changed)
        self.refresh()  # selects "All" and its first attachment

    # -- the view contract -----------------------------------------------------------------

    def show_item(self, kind: str, item_id: str) -> bool:
        if kind != "attachment":
            return False
        self.catch_up()  # an undo may have just restored it
        if self.model.row_of(item_id) is None:
            self._select_owner(None)
        row = self.model.row_of(item_id)
        if row is None:
            return False
        self._select_only(row)
        self.grid.scrollTo(self.model.index(row, 0))
        self.grid.setFocus()
        return True

    def _select_only(self, row: int) -> None:
        """Make `row` the current and only selected file (the grid selects several)."""
        self.grid.selectionModel().setCurrentIndex(
            self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    def commit_pending(self) -> None:
        """Write a caption still being typed (the main window calls this before closing)."""
        self.details.commit_pending()

    def owner_id(self) -> str | None:
        """The selected owner, or None for “all”: where dropped or added files go."""
        index = self.owner_list.currentIndex()
        return index.data(OwnerIdRole) if index.isValid() else None

    def selected_id(self) -> str | None:
        index = self.grid.currentIndex()
        return index.data(IdRole) if index.isValid() else None

    def refresh(self) -> None:
        """Reload owners and ids, keeping the selected owner and attachment."""
        self._dirty = False
        owner, current = self.owner_id(), self.selected_id()
        self.model.invalidate(sorted(self._changed_ids))
        self._changed_ids.clear()
        self.owners.load(self._session.case, self._session.ids)
        self._select_owner(owner, keep=current)

    # -- actions (public so the main window and tests can call them) -------------------------

    def delete_selected(self) -> bool:
        """Delete the selected files from the case, bytes and links with them (Edit ▸
        Delete), as one step that Undo brings back. Unlinking only takes a file off one
        item, and leaves it in the case, its copies and its briefs."""
        ids, first = self._selection()
        if self._session.read_only or not ids:
            return False
        deleted, refused = self._session.delete_many("attachment", ids)
        if refused is not None:
            self.message_posted.emit(
                self.tr("Not deleted: {reason}").format(reason=message_of(refused))
            )
        if deleted:
            self._after_deleting(deleted, first)
        return deleted > 0

    def _selection(self) -> tuple[list[str], int]:
        """The ids of the selected files (or the current one), and the first one's row."""
        rows = sorted({i.row() for i in self.grid.selectionModel().selectedIndexes()})
        ids = [self.model.index(r, 0).data(IdRole) for r in rows] or [self.selected_id()]
        first = rows[0] if rows else self.grid.currentIndex().row()
        return [i for i in ids if i is not None], first

    def _after_deleting(self, deleted: int, first: int) -> None:
        """Say how to bring the files back, and select the file now in the first's place."""
        if deleted == 1:
            said = self.tr("Deleted the file. Undo brings it back (Ctrl+Z).")
        else:
            said = self.tr("Deleted %n files. Undo brings them back (Ctrl+Z).", "", deleted)
        self.message_posted.emit(said)
        self.catch_up()
        if self.model.rowCount():
            self._select_only(min(first, self.model.rowCount() - 1))

    def attach(self, paths: list[str | Path], owner_id: str | None) -> ImportResult:
        """Attach files to an owner (or to nothing), with progress when there are many."""
        from casefile.ui.tasks.attach_files import ImportResult, attach_files

        if self._session.read_only:
            return ImportResult()
        result = attach_files(self._session, paths, owner_id, self)
        self._show_error("\n".join(result.errors))
        if result.added:
            count = len(result.added)
            said = [
                english_plural(self.tr("Attached %n file(s)", "", count), count),
                *result.notices,
            ]
            self.message_posted.emit("; ".join(said))
            self.refresh()
            self.show_item("attachment", result.added[-1])
        return result

    def open_viewer(self, attachment_id: str) -> PhotoViewer | None:
        from casefile.ui.views.photos_viewer import PhotoViewer

        try:
            shown = self.model.ids()
            viewer = PhotoViewer.open_for(self, self._session.case, attachment_id, shown)
        except CaseFileError as exc:
            self._show_error(full_message(exc))
            return None
        # A closed viewer deletes itself (WA_DeleteOnClose): keep only those still alive.
        self.viewers = [v for v in self.viewers if isValid(v) and v.isVisible()] + [viewer]
        return viewer

    def save_as(self, attachment_id: str, target: Path) -> Path | None:
        """Write the file where the user chose, through the API's one writer."""
        try:
            written = self._session.case.save_attachment_as(attachment_id, target)
        except CaseFileError as exc:
            self._show_error(
                self.tr("could not save {path}: {reason}").format(
                    path=target, reason=full_message(exc)
                )
            )
            return None
        self._show_error("")
        return written

    # Dialogs are methods so a test can replace them.

    def ask_files(self) -> list[str]:
        kinds = self.tr("Images and documents ({patterns})").format(patterns=ATTACHABLE)
        everything = self.tr("All files ({patterns})").format(patterns="*")
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Attach files"), "", f"{kinds};;{everything}"
        )
        return files

    def ask_save_path(self, suggested: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save file as"), suggested)
        return Path(path) if path else None

    # -- handlers -------------------------------------------------------------------------

    def _on_session_case_changed(self, kind: str, ids: list) -> None:
        if kind in ("attachment", "*"):
            self._changed_ids.update(ids)  # their thumbnails and captions are read again
        super()._on_session_case_changed(kind, ids)

    def _on_owner_list_selection_changed(self, selected: QItemSelection, _: object) -> None:
        if not self._selecting:
            self._load_grid()

    def _on_owner_list_files_dropped(self, paths: list[str], index: QModelIndex) -> None:
        self.owner_list.setCurrentIndex(index)
        self.attach(list(paths), index.data(OwnerIdRole))

    def _on_grid_files_dropped(self, paths: list[str], _index: QModelIndex) -> None:
        self.attach(list(paths), self.owner_id())

    def _on_grid_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        record = self.model.record(current.row()) if current.isValid() else None
        self.details.show_record(record)
        self.view_button.setEnabled(record is not None)
        self.save_button.setEnabled(record is not None)

    def _on_grid_double_clicked(self, index: QModelIndex) -> None:
        item_id = index.data(IdRole)
        if item_id:
            self.open_viewer(item_id)

    def _on_view_button_clicked(self) -> None:
        item_id = self.selected_id()
        if item_id:
            self.open_viewer(item_id)

    def _on_add_button_clicked(self) -> None:
        if self._session.read_only:
            return
        files = self.ask_files()
        if files:
            self.attach(list(files), self.owner_id())

    def _on_save_button_clicked(self) -> None:
        item_id = self.selected_id()
        if not item_id:
            return
        record = self._session.case.get("attachment", item_id)
        target = self.ask_save_path(record.filename)
        if target is not None:
            self.save_as(item_id, target)

    def _on_details_error_changed(self, message: str) -> None:
        self._show_error(message)

    # Drops anywhere else on the view go to the selected owner.

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and not self._session.read_only:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = local_paths(event.mimeData().urls())
        if paths and not self._session.read_only:
            event.acceptProposedAction()
            self.attach(list(paths), self.owner_id())

    # -- plumbing -------------------------------------------------------------------------

    def _show_error(self, message: str) -> None:
        self.error.show_message(message)

    def _select_owner(self, owner_id: str | None, *, keep: str | None = None) -> None:
        row = self.owners.row_of(owner_id)
        if row is None:
            row = self.owners.row_of(None) or 0
        self._selecting = True
        try:
            self.owner_list.setCurrentIndex(self.owners.index(row, 0))
        finally:
            self._selecting = False
        self._load_grid(keep=keep)

    def _load_grid(self, *, keep: str | None = None) -> None:
        keep = keep or self.selected_id()
        owner = self.owners.owner(self.owner_list.currentIndex().row())
        ids = list(owner.attachment_ids) if owner is not None else []
        self.model.set_ids(ids)
        row = self.model.row_of(keep) if keep else None
        if row is None and ids:
            row = 0
        if row is not None:
            self.grid.setCurrentIndex(self.model.index(row, 0))
        else:
            self._on_grid_current_changed(QModelIndex(), QModelIndex())
        if self._session.read_only:
            hint = self.tr("Read-only: attachments can be viewed and saved, not added.")
        elif owner is None or owner.kind == ALL:
            hint = self.tr("Drop files onto an item at the left to attach them to it.")
        else:
            hint = self.tr("Files dropped on the grid or added are attached to “{title}”.").format(
                title=owner.title
            )
        self.hint.setText(hint)
