"""The Timeline: incident, notes, meetings and follow-ups in time order, in the incident's zone."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casefile.store import TimelineEntry
from casefile.ui.case.session import CaseSession
from casefile.ui.models.timeline import (
    KIND_COLOURS,
    IdRole,
    KindRole,
    TimelineModel,
    format_when,
)
from casefile.ui.support.columns import fit_column, fixed_rows
from casefile.ui.support.formatting import sample_days
from casefile.ui.support.translation import arg, english_plural
from casefile.ui.views.refreshing import RefreshingView


def _timed_when(day: dt.date) -> str:
    """ "When" of an entry at 23:59 on `day`: the longer of the column's two formats."""
    at = dt.datetime.combine(day, dt.time(23, 59), dt.UTC)
    return format_when(TimelineEntry(at, False, "note", "", "", ""), "UTC")


class TimelineView(RefreshingView):
    """Read-only by nature: items are edited in their own views, reached by activation."""

    title = "Timeline"

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)

        self.heading = QLabel(self)
        self.heading.setObjectName("timeline_heading")
        self.heading.setWordWrap(True)  # a long zone name in a long translation
        self.include_internal = QCheckBox(self.tr("Show &internal items"), self)
        self.include_internal.setChecked(True)
        self.include_internal.toggled.connect(self._on_include_internal_toggled)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.include_internal)

        self.model = TimelineModel(self)
        self._fitted_for: str | None = None  # the zone the columns were sized for
        self.table = QTableView(self)
        self.table.setObjectName("timeline_table")
        fixed_rows(self.table)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(3, 200)
        header.setStretchLastSection(False)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.installEventFilter(self)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        session.case_changed.connect(self._on_session_case_changed)
        self.refresh()

    # -- the view contract -----------------------------------------------------------------

    def show_item(self, kind: str, item_id: str) -> bool:
        """Select the item's entry if it is on the timeline (it is edited elsewhere)."""
        row = self.model.row_of(kind, item_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def refresh(self) -> None:
        self._dirty = False
        case = self._session.case
        current = self.table.currentIndex()
        keep = (current.data(KindRole), current.data(IdRole)) if current.isValid() else None
        zone = case.incident().timezone
        entries = case.timeline(include_internal=self.include_internal.isChecked())
        self.model.set_entries(entries, zone)
        self._fit_columns(zone)
        count = len(entries)
        heading = self.tr(
            "%Ln dated item(s), shown in %1 time. Double-click or press Enter to open one.",
            "",
            count,
        )
        self.heading.setText(arg(english_plural(heading, count), zone))
        if keep is not None:
            self.show_item(*keep)

    def _fit_columns(self, zone: str) -> None:
        """ "When" and "Kind" sized to what they can show, in bold as the incident's row
        is: when the view is made, and again only if the zone (named in the "When"
        header) changes, so widths the user dragged stay."""
        if zone == self._fitted_for:
            return
        first = self._fitted_for is None
        self._fitted_for = zone
        fit_column(self.table, 0, sample_days(_timed_when), bold=True)
        if first:
            labels = [self.model.kind_text(kind, internal) for kind in KIND_COLOURS
                      for internal in (False, True)]  # fmt: skip
            fit_column(self.table, 1, labels, bold=True, icon=True)

    # -- handlers -------------------------------------------------------------------------

    def _on_include_internal_toggled(self, _checked: bool) -> None:
        self.refresh()

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        self._activate(index)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter on the table activates the current entry (QTableView alone only moves)."""
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._activate(self.table.currentIndex())
            return True
        return super().eventFilter(watched, event)

    def _activate(self, index: QModelIndex) -> None:
        if index.isValid():
            self.item_activated.emit(index.data(KindRole), index.data(IdRole))
