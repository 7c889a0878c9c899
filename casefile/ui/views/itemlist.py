"""A table of one kind of item with its editor beside it: the shape of most views.

Left: a filter field and the table (an ids-only model that sorts and filters itself).
Right: the form for the selected item. Moving the selection first commits what is
still being typed, so nothing is lost by clicking elsewhere.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar, Self

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casefile.store import CaseFileError
from casefile.ui.case.session import CaseSession
from casefile.ui.editors.form import ItemForm
from casefile.ui.models.facets import Option
from casefile.ui.models.items import ItemTableModel
from casefile.ui.models.roles import IdRole
from casefile.ui.support.columns import fixed_rows
from casefile.ui.support.formatting import add_shortcut_text
from casefile.ui.support.store_errors import message_of
from casefile.ui.support.translation import arg, english_plural
from casefile.ui.views.facet_box import FacetBox
from casefile.ui.views.listactions import BulkField, selection_menu
from casefile.ui.views.listcolumns import ColumnLayout, ColumnStore
from casefile.ui.views.listwords import ListWords
from casefile.ui.views.options import ViewOptions

FILTER_DELAY_MS = 120  # filter once typing pauses, not on every key
#: the form's share of a list view at its first showing, and its bounds in pixels: the
#: list keeps most of a 1024 px window, the form does not sprawl on a 1920 px one
FORM_SHARE = 0.4
FORM_WIDTH = (360, 560)


@contextlib.contextmanager
def busy() -> Iterator[None]:
    """The wait cursor while a long export or print runs (seconds for 20,000 rows)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


class _FilterEdit(QLineEdit):
    """The filter field; Down moves into the table below it."""

    def __init__(self, table: QTableView) -> None:
        super().__init__()
        self._table = table

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self._table.setFocus()
            if not self._table.currentIndex().isValid() and self._table.model().rowCount():
                self._table.selectRow(0)
            return
        super().keyPressEvent(event)


class ItemListPane(QWidget):
    """One kind's table and form, side by side."""

    kind: ClassVar[str] = ""
    can_delete: ClassVar[bool] = True

    jump_requested = Signal(str, str)
    message_posted = Signal(str)
    #: never emitted: a pane's Add and Delete always mean its own kind
    actions_changed = Signal()

    @classmethod
    def build(cls, session: CaseSession, options: ViewOptions) -> Self:
        """The view for a page of the workspace (see casefile.ui.views)."""
        return cls(session, settings=options.settings)

    def __init__(
        self,
        session: CaseSession,
        parent: QWidget | None = None,
        *,
        settings: ColumnStore | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._settings = settings
        self.model = self.create_model()
        self.table = QTableView()
        self.filter = _FilterEdit(self.table)
        self._form: ItemForm | None = None
        self.words = self.list_words()
        self.add_button = QPushButton(self.words.add)
        self._build()
        self._totals_timer = QTimer(self)
        self._totals_timer.setSingleShot(True)
        self._totals_timer.setInterval(0)  # once per turn of the event loop, however many edits
        self._totals_timer.timeout.connect(self._update_totals)
        self.model.dataChanged.connect(self._totals_timer.start)
        self.model.rowsInserted.connect(self._on_model_rows_changed)
        self.model.rowsRemoved.connect(self._on_model_rows_changed)
        self.model.modelReset.connect(self._on_model_rows_changed)
        self._on_model_rows_changed()

    # -- what subclasses provide ------------------------------------------------------------

    def create_model(self) -> ItemTableModel:
        raise NotImplementedError

    def create_form(self) -> ItemForm:
        raise NotImplementedError

    def list_words(self) -> ListWords:
        """The list's texts that name its kind, in the user's language."""
        raise NotImplementedError

    def count_source(self, count: int) -> str:
        """ "%Ln damage item(s)" translated for `count` (the kind's own `self.tr`)."""
        raise NotImplementedError

    def count_of_source(self, total: int) -> str:
        """ "%1 of %Ln damage item(s)" translated for `total`."""
        raise NotImplementedError

    def count_text(self, count: int) -> str:
        """ "3 damage items", "1 damage item": in the language and its number format."""
        return english_plural(self.count_source(count), count)

    def count_of_text(self, shown: int, total: int) -> str:
        """ "1 of 5 damage items" """
        return arg(english_plural(self.count_of_source(total), total), QLocale().toString(shown))

    def new_item_fields(self) -> dict[str, Any]:
        """The fields of a freshly added item (the user edits them at once)."""
        return {"title": self.words.new_title}

    @property
    def plural(self) -> str:
        """The kind, several of it, in the user's language ("damage items"): what a
        printed list is headed by."""
        return QLocale().toLower(self.words.heading)

    @property
    def add_label(self) -> str | None:
        """What Edit > Add says while this pane is in front."""
        return self.words.add

    # -- layout ----------------------------------------------------------------------------------

    def _build(self) -> None:
        self.filter.setPlaceholderText(self.words.filter)
        self.filter.setClearButtonEnabled(True)
        self.filter.setToolTip(self.tr("Type to show only the rows containing every word"))
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.filter.textChanged.connect(self._filter_timer.start)

        table = self.table
        fixed_rows(table, table.fontMetrics().lineSpacing() + 10)
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._on_table_menu_requested)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        # two long names that differ at their end (two embassies) stay apart when cut
        table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        table.setShowGrid(False)
        table.setTabKeyNavigation(False)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSortIndicatorClearable(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
        self.columns = ColumnLayout(table, self.model.columns, self.kind, self._settings)
        self.columns.shown_changed.connect(self._on_columns_shown_changed)
        self.model.set_match_columns(self._match_columns())
        selection = table.selectionModel()
        selection.currentRowChanged.connect(self._on_selection_current_row_changed)
        table.activated.connect(self._on_table_activated)

        self.add_button.setToolTip(f"{self.words.add} ({add_shortcut_text()})")
        self.add_button.clicked.connect(self.add_item)
        self.count_label = QLabel()
        self.count_label.setStyleSheet("color: palette(placeholder-text);")

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter)
        self.facet_boxes: list[QComboBox] = []
        if self.model.facets:
            facets = QHBoxLayout()
            facets.setSpacing(4)
            for facet in self.model.facets:
                box = FacetBox()
                box.setObjectName(f"facet_{facet.name}")
                box.addItems([option.label for option in facet.options])
                box.setToolTip(self.tr("Show only the rows of one choice; the first entry: all"))
                box.currentIndexChanged.connect(self._on_facet_changed)
                facets.addWidget(box)
                self.facet_boxes.append(box)
            facets.addStretch(1)
            left_layout.addLayout(facets)
        left_layout.addWidget(table, 1)
        self.totals_label = QLabel()
        self.totals_label.setObjectName("totals")
        self.totals_label.setWordWrap(True)
        self.totals_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.totals_label.hide()
        left_layout.addWidget(self.totals_label)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.add_button)
        left_layout.addLayout(bottom)
        # Only once it has a parent: shown while parentless, a widget is a window of its
        # own (a button flashed on screen, and the table was painted twice).
        self.add_button.setVisible(not self._session.read_only)

        self.empty = QLabel(self._empty_text())
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(placeholder-text);")
        self.right = QStackedWidget()
        self.right.addWidget(self.empty)  # the form goes beside it when first needed

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        self.right.setMinimumWidth(FORM_WIDTH[0])
        splitter.setSizes([700, 500])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.splitter = splitter
        self._split_once = True
        splitter.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """At the splitter's first real size, share it between list and form."""
        if watched is self.splitter and event.type() == QEvent.Type.Resize and self._split_once:
            total = self.splitter.width() - self.splitter.handleWidth()
            if total > 2 * FORM_WIDTH[0]:
                self._split_once = False
                form = min(FORM_WIDTH[1], max(FORM_WIDTH[0], int(total * FORM_SHARE)))
                self.splitter.setSizes([total - form, form])
        return super().eventFilter(watched, event)

    @property
    def form(self) -> ItemForm:
        """The selected item's editor, made when first needed: most visits to a list
        select nothing, and the form was a third of the time to build a view."""
        if self._form is None:
            form = self._form = self.create_form()
            form.jump_requested.connect(self.jump_requested)
            form.message_posted.connect(self.message_posted)
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(form)
            self.right.addWidget(scroll)
        return self._form

    def _empty_text(self) -> str:
        if self._session.read_only:
            return self.words.pick
        return arg(self.words.pick_or_add, add_shortcut_text())

    # -- selection -------------------------------------------------------------------------------

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(IdRole) if index.isValid() else None

    def _on_selection_current_row_changed(
        self, current: QModelIndex, previous: QModelIndex
    ) -> None:
        self.commit_pending()
        item_id = current.data(IdRole) if current.isValid() else None
        if item_id is not None or self._form is not None:
            self.form.show_item(item_id)
        self.right.setCurrentIndex(0 if item_id is None else 1)

    def _on_table_activated(self, index: QModelIndex) -> None:
        self.focus_form()

    def focus_form(self) -> None:
        """Put the cursor in the form's first field, its text selected for retyping."""
        first = self.form.first_field_widget()
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(first, QLineEdit):
                first.selectAll()

    def select_id(self, item_id: str) -> bool:
        row = self.model.row_of(item_id)
        if row < 0 and self.model.filtering() and item_id in self._session.ids(self.kind):
            self.clear_filter()  # filtered out: show everything again
            row = self.model.row_of(item_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        return True

    # -- actions ---------------------------------------------------------------------------------

    def add_item(self) -> None:
        if self._session.read_only:
            return
        self.commit_pending()
        try:
            record = self._session.add(self.kind, **self.new_item_fields())
        except CaseFileError as exc:
            self.message_posted.emit(arg(self.tr("Not added: %1"), message_of(exc)))
            return
        self.select_id(record.id)
        self.focus_form()

    def delete_selected(self) -> bool:
        """Delete removes a link when a link list has focus, else the selected items."""
        if self._session.read_only:
            return False
        focus = QApplication.focusWidget()
        if (
            focus is not None
            and self._form is not None
            and self._form.isAncestorOf(focus)
            and getattr(focus, "removable", False)
        ):
            focus.keyPressEvent(
                QKeyEvent(
                    QKeyEvent.Type.KeyPress, Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier
                )
            )
            return True
        return self.delete_ids(self.selected_ids())

    def delete_ids(self, item_ids: list[str]) -> bool:
        """Delete these items as one undoable step, then select the row after them."""
        if not item_ids or self._session.read_only:
            return False
        self.commit_pending()
        row = min(self.model.row_of(i) for i in item_ids)
        deleted, refused = self._session.delete_many(self.kind, item_ids)
        if refused is not None:
            self.message_posted.emit(arg(self.tr("Not deleted: %1"), message_of(refused)))
        if deleted:
            self.message_posted.emit(
                arg(
                    self.tr("Deleted %1. Undo brings it back (Ctrl+Z)."),
                    self.count_text(deleted),
                )
            )
        rows = self.model.rowCount()
        if deleted and rows:
            self.table.selectRow(min(max(row, 0), rows - 1))
        return deleted > 0

    # -- the selection and its actions -----------------------------------------------------------

    #: fields the selection's context menu sets on every selected item at once
    bulk_fields: ClassVar[tuple[BulkField, ...]] = ()

    def selected_ids(self) -> list[str]:
        """The selected items in list order; the current one if no row is selected."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        if not rows:
            current = self.current_id()
            return [] if current is None else [current]
        return [self.model.id_at(row) for row in rows]

    def select_ids(self, item_ids: list[str]) -> None:
        """Select these items (those shown), the first one current."""
        selection = self.table.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        first = True
        for item_id in item_ids:
            row = self.model.row_of(item_id)
            if row < 0:
                continue
            index = self.model.index(row, 0)
            if first:
                selection.setCurrentIndex(index, flags)
                first = False
            else:
                selection.select(index, flags)

    def set_field(self, item_ids: list[str], field: str, value: Any) -> bool:
        """Set one field of every item given, as one undoable step."""
        if not item_ids or self._session.read_only:
            return False
        self.commit_pending()
        try:
            self._session.update_many(self.kind, item_ids, **{field: value})
        except CaseFileError as exc:
            self.message_posted.emit(arg(self.tr("Not changed: %1"), message_of(exc)))
            return False
        self.message_posted.emit(
            arg(
                self.tr("Changed %1. Undo puts it back (Ctrl+Z)."),
                self.count_text(len(item_ids)),
            )
        )
        return True

    def selection_menu(self) -> QMenu:
        """What the user can do with the selected items (the list's right-click menu)."""
        return selection_menu(self, self.selected_ids(), parent=self)

    @property
    def read_only(self) -> bool:
        return self._session.read_only

    @property
    def session(self) -> CaseSession:
        return self._session

    def list_pane(self) -> ItemListPane:
        """The list File > Export list and Print list act on (views/__init__ ListHolder)."""
        return self

    def export_list(self, item_ids: list[str] | None = None) -> Path | None:
        """Ask where, then write the list (or the items given) with the columns shown,
        in the order shown, as XLSX or CSV; the path written, None if not."""
        from casefile.ui.dialogs.files import FileDialogs

        self.commit_pending()
        case_path = self._session.case.path
        title = (
            self.tr("Export the list")
            if item_ids is None
            else arg(self.tr("Export %1"), self.count_text(len(item_ids)))
        )
        suggested = case_path.parent / f"{case_path.stem} {self.words.heading}.xlsx"
        out = FileDialogs.ask_save_table(self, title, suggested)
        if out is None:
            return None
        return self.write_list(out, item_ids)

    def write_list(self, out: Path, item_ids: list[str] | None = None) -> Path | None:
        """Write the list as export_list does, to `out`; a refusal goes to the status bar."""
        from casefile.ui.tasks.export_list import list_table, write_table

        ids = self.model.ids() if item_ids is None else item_ids
        try:
            with busy():
                table = list_table(self.model, self.columns.visible_columns(), ids)
                written = write_table(table, out, case_path=self._session.case.path)
        except CaseFileError as exc:
            self.message_posted.emit(arg(self.tr("Not exported: %1"), message_of(exc)))
            return None
        except OSError as exc:
            self.message_posted.emit(self._not_written(self.tr("Not exported"), out, exc))
            return None
        self.message_posted.emit(
            arg(self.tr("Exported %1 to %2"), self.count_text(len(ids)), written)
        )
        return written

    def print_list(self) -> Path | None:
        """Ask where, then print the list as shown (columns, rows, totals) to a PDF."""
        from casefile.ui.dialogs.files import FileDialogs

        self.commit_pending()
        case_path = self._session.case.path
        suggested = case_path.parent / f"{case_path.stem} {self.words.heading}.pdf"
        out = FileDialogs.ask_save_pdf(self, self.tr("Print the list to PDF"), suggested)
        if out is None:
            return None
        return self.print_to(out)

    def print_to(self, out: Path) -> Path | None:
        from casefile.ui.tasks.print_list import print_list

        try:
            with busy():
                written = print_list(self, out)
        except CaseFileError as exc:
            self.message_posted.emit(arg(self.tr("Not printed: %1"), message_of(exc)))
            return None
        except OSError as exc:
            self.message_posted.emit(self._not_written(self.tr("Not printed"), out, exc))
            return None
        self.message_posted.emit(arg(self.tr("Printed the list to %1"), written))
        return written

    def _not_written(self, refused: str, out: Path, exc: OSError) -> str:
        """ "Not exported: FILE could not be written (REASON)" """
        return arg(self.tr("%1: %2 could not be written (%3)"), refused, out, exc.strerror or exc)

    def filter_description(self) -> str:
        """What narrows the list, in words ("" when nothing does)."""
        parts = [
            box.currentText()
            for box, f in zip(self.facet_boxes, self.model.facets, strict=True)
            if box.currentIndex() > 0
        ]
        text = self.filter.text().strip()
        if text:
            parts.append(arg(self.tr("containing “%1”"), text))
        return ", ".join(parts)

    def _on_table_menu_requested(self, position: QPoint) -> None:
        index = self.table.indexAt(position)
        if index.isValid() and not self.table.selectionModel().isRowSelected(index.row()):
            self.table.selectRow(index.row())
        self.selection_menu().exec(self.table.viewport().mapToGlobal(position))

    def commit_pending(self) -> None:
        """Write what is still being typed, and store how the columns are arranged."""
        if self._form is not None:
            self._form.commit()
        self.columns.save()

    def show_item(self, kind: str, item_id: str) -> bool:
        return kind == self.kind and self.select_id(item_id)

    # -- plumbing --------------------------------------------------------------------------------

    def apply_filter(self) -> None:
        """Show only rows containing every typed word (runs a moment after typing stops)
        and passing the facets chosen (at once)."""
        self._filter_timer.stop()
        current = self.current_id()
        self.model.set_filter(self.filter.text(), self.chosen_options())
        if current is not None and current != self.current_id():  # the rows were reset
            if self.model.row_of(current) >= 0:
                self.select_id(current)  # still shown: still selected
            else:  # filtered out: the hint takes the form's place, as when nothing is picked
                self._on_selection_current_row_changed(QModelIndex(), QModelIndex())
        self._update_count()

    def clear_filter(self) -> None:
        """Every row again: no typed words, every facet at "any"."""
        for box in self.facet_boxes:
            box.blockSignals(True)
            box.setCurrentIndex(0)
            box.blockSignals(False)
        self.filter.clear()
        self.apply_filter()

    def chosen_options(self) -> list[Option]:
        """The facets' options chosen, other than "any"."""
        chosen = (
            f.options[max(0, b.currentIndex())]
            for f, b in zip(self.model.facets, self.facet_boxes, strict=True)
        )
        return [option for option in chosen if option.test is not None]

    def choose(self, facet: str, label: str) -> None:
        """Pick an option of a facet by its label, as a user does (tests, scenarios)."""
        names = [f.name for f in self.model.facets]
        box = self.facet_boxes[names.index(facet)]
        index = box.findText(label)
        if index < 0:
            raise ValueError(f"{facet} offers no {label!r}")
        box.setCurrentIndex(index)

    def _match_columns(self) -> list[int]:
        """Where a typed filter looks: the list's own columns, shown or not for want of
        room, and any other the user shows (a long description only when shown)."""
        shown = set(self.columns.visible_columns())
        return [n for n, c in enumerate(self.model.columns) if c.shown != "asked" or n in shown]

    def _on_columns_shown_changed(self) -> None:
        current = self.current_id()
        self.model.set_match_columns(self._match_columns())
        if current is not None and self.current_id() != current and self.model.row_of(current) >= 0:
            self.select_id(current)
        self._update_count()

    def _on_facet_changed(self, index: int) -> None:
        self.apply_filter()

    def _on_model_rows_changed(self, *args: object) -> None:
        self._update_count()

    def totals_text(self) -> str | None:
        """A line under the list adding up what it shows; None: the list has none."""
        return None

    def _update_totals(self) -> None:
        try:
            text = self.totals_text()
        except CaseFileError:
            return  # the case closed (or cannot be read) since the change: nothing to add
        self.totals_label.setVisible(text is not None)
        if text is not None:
            self.totals_label.setText(text)

    def _update_count(self) -> None:
        self._totals_timer.start()
        total = self.model.total_count()
        shown = self.model.rowCount()
        if shown == total:
            self.count_label.setText(self.count_text(total))
        else:
            self.count_label.setText(self.count_of_text(shown, total))
