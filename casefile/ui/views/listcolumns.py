"""A list's columns as its user arranges them: shown or hidden, ordered, sized, and kept.

Until the user changes anything, a list shows its "always" columns and then as many of
its "room" columns, left to right, as its width holds (a laptop at 1024 px sees fewer
than a 1920 px screen), and follows the window as it is resized. Once the user hides,
shows, moves or resizes a column (the header's context menu, dragging a header), the
list keeps that arrangement, and it is stored per list so the next case opens alike.
"Default columns" in the same menu goes back to the list's own choice.

A column that shows a few known shapes of text (a vocabulary's labels, dates in the
locale's format, amounts, counts) starts as wide as the widest of them in the app's
language, measured once when the list is made, and never narrower than its heading;
titles and names take the room left. A stored arrangement keeps the widths the user
dragged; the columns the user never sized are measured again in the language of the day.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import QHeaderView, QMenu, QStyle, QTableView

from casefile.ui.models.items import Column
from casefile.ui.support.columns import widest

SAVE_DELAY_MS = 400  # a drag resizes a column many times a second: store it once
MIN_WIDTH = 50  # the narrowest a column is made to fit a narrow list
GROWING_MIN = 100  # the narrowest a title column is made before the others give way
GROWING_LAST = 80  # ...and the narrowest before a label or an amount is cut
LABEL_MIN = 70  # the narrowest a label column is made before dates and amounts are cut
AIR = 4  # pixels a measured column keeps beyond its widest text and the style's margins


class ColumnStore(Protocol):
    """Where arrangements are kept (ui/settings.py Settings)."""

    def list_columns(self, name: str) -> list[dict[str, Any]] | None: ...

    def set_list_columns(self, name: str, layout: list[dict[str, Any]] | None) -> None: ...


class ColumnLayout(QObject):
    """Arranges the columns of `table` (whose model has `columns`) and keeps them under
    `name` in `store` (none: the arrangement lasts as long as the table)."""

    #: the set of columns shown changed (a typed filter looks only in those)
    shown_changed = Signal()

    def __init__(
        self,
        table: QTableView,
        columns: Sequence[Column],
        name: str,
        store: ColumnStore | None = None,
    ) -> None:
        super().__init__(table)
        self._table = table
        self._columns = tuple(columns)
        self._name = name
        self._store = store
        self._arranging = False
        self._fitted_width = -1
        # the columns whose width the user dragged (kept as they left them)
        self._sized: set[int] = set()
        # each column's own width in the app's language (before the list fits them)
        self.widths = self._measured()
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save)
        header = self.header
        header.setSectionsMovable(True)
        header.setFirstSectionMovable(True)
        header.setStretchLastSection(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_menu_requested)
        header.sectionMoved.connect(self._on_header_changed)
        header.sectionResized.connect(self._on_header_section_resized)
        saved = store.list_columns(name) if store is not None else None
        self.arranged = bool(saved) and self._restore(saved or [])
        if not self.arranged:
            self._defaults()
        table.viewport().installEventFilter(self)

    @property
    def header(self) -> QHeaderView:
        return self._table.horizontalHeader()

    # -- what tests and menus ask ------------------------------------------------------------

    def visible_columns(self) -> list[int]:
        """The model columns shown, in the order the user sees them."""
        header = self.header
        order = [header.logicalIndex(v) for v in range(header.count())]
        return [c for c in order if not header.isSectionHidden(c)]

    def set_shown(self, column: int, shown: bool) -> None:
        """Show or hide a column as the user asked (the last shown one stays)."""
        if not shown and self.visible_columns() == [column]:
            return
        self._arranging = True
        try:
            self.header.setSectionHidden(column, not shown)
            if shown and self.header.sectionSize(column) < 20:
                self.header.resizeSection(column, self.widths[column])
        finally:
            self._arranging = False
        self._user_changed()
        self.shown_changed.emit()

    def reset(self) -> None:
        """Back to the list's own columns, order and widths; forget what was stored."""
        self.arranged = False
        self._sized.clear()
        self._save_timer.stop()
        if self._store is not None:
            self._store.set_list_columns(self._name, None)
        self._defaults()

    def layout(self) -> list[dict[str, Any]]:
        """The arrangement as stored: each column by its English title, in the order
        shown; `sized` where the user dragged its width (others are measured again)."""
        header = self.header
        result = []
        for visual in range(header.count()):
            column = header.logicalIndex(visual)
            hidden = header.isSectionHidden(column)
            result.append(
                {
                    "title": self._columns[column].title,
                    "shown": not hidden,
                    "width": self.widths[column] if hidden else header.sectionSize(column),
                    "sized": column in self._sized,
                }
            )
        return result

    def save(self) -> None:
        """Store the arrangement now (it is stored a moment after each change anyway)."""
        self._save_timer.stop()
        if self.arranged and self._store is not None:
            self._store.set_list_columns(self._name, self.layout())

    # -- arranging -------------------------------------------------------------------------------

    def _measured(self) -> list[int]:
        """Each column's own width: as wide as the widest text it can show where it
        knows them (`Column.fits`), else its English width; never narrower than its
        heading. A few labels per column, measured once per list, never per row."""
        style = self._table.style()
        # the item delegate's room either side of a text, and the header's
        text_room = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1) + AIR
        heading_room = 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + AIR
        cells, headings = self._table.fontMetrics(), self.header.fontMetrics()
        widths = []
        for spec in self._columns:
            heading = headings.horizontalAdvance(spec.heading) + heading_room
            if spec.fits is None:
                widths.append(max(spec.width, heading))
            else:
                widths.append(max(widest(cells, spec.fits()) + text_room, heading))
        return widths

    def _stored_width(self, column: int, entry: dict[str, Any]) -> int:
        """A column's width from a stored arrangement: the user's where they dragged it
        (or, stored before `sized` was, where it differs from the English default) or
        where it is a title's share of the list; else measured in today's language."""
        width = entry.get("width")
        if not isinstance(width, int) or not 20 <= width <= 5000:
            return self.widths[column]
        spec = self._columns[column]
        sized = entry.get("sized", width != spec.width)
        if sized is True:
            self._sized.add(column)
        return width if sized is True or spec.grows else self.widths[column]

    def _defaults(self) -> None:
        header = self.header
        self._arranging = True
        try:
            for column, spec in enumerate(self._columns):
                visual = header.visualIndex(column)
                if visual != column:
                    header.moveSection(visual, column)
                header.resizeSection(column, self.widths[column])
                header.setSectionHidden(column, spec.shown == "asked")
        finally:
            self._arranging = False
        self._fitted_width = -1
        self._fit()
        self.shown_changed.emit()

    def _restore(self, saved: list[dict[str, Any]]) -> bool:
        """Apply a stored arrangement; False (and nothing changed) if it fits no column."""
        titles = [c.title for c in self._columns]
        known = [entry for entry in saved if entry.get("title") in titles]
        if not any(entry.get("shown") for entry in known):
            return False
        header = self.header
        self._arranging = True
        try:
            for position, entry in enumerate(known):
                column = titles.index(entry["title"])
                header.moveSection(header.visualIndex(column), position)
                header.resizeSection(column, self._stored_width(column, entry))
                header.setSectionHidden(column, not entry.get("shown"))
            listed = {entry["title"] for entry in known}
            for column, spec in enumerate(self._columns):  # new since it was stored
                if spec.title not in listed:
                    header.resizeSection(column, self.widths[column])
                    header.setSectionHidden(column, spec.shown == "asked")
        finally:
            self._arranging = False
        return True

    def _fit(self) -> None:
        """Before the user arranges anything: the "room" columns that fit, left to right;
        where even the "always" ones do not, each gives up its share; room to spare
        goes to the columns that grow (titles, names)."""
        if self.arranged:
            return
        width = self._table.viewport().width()
        if width == self._fitted_width or width <= 1:
            return
        self._fitted_width = width
        sizes = self._always_sizes(width)
        growing = [n for n in sizes if self._columns[n].grows]
        self._arranging = True
        try:
            for column, size in sizes.items():
                self.header.resizeSection(column, size)
            spare = width - self._show_room_columns(sum(sizes.values()), width) - 2
            if growing and spare > 0:
                for column in growing:
                    self.header.resizeSection(column, sizes[column] + spare // len(growing))
        finally:
            self._arranging = False
        self.shown_changed.emit()

    def _always_sizes(self, width: int) -> dict[int, int]:
        """The widths of the columns always shown, fitted into `width`: titles give up
        room first, down to GROWING_MIN and then to GROWING_LAST (a title cut in the
        middle still reads; a label cut reads less well); then the labels, down to
        LABEL_MIN (a date or an amount cut does not read at all); then every column
        its share."""
        always = [n for n, c in enumerate(self._columns) if c.shown == "always"]
        sizes = {n: self.widths[n] for n in always}
        over = sum(sizes.values()) - width
        titles = [n for n in always if self._columns[n].grows]
        labels = [n for n in always if self._columns[n].gives_way]
        for floor, columns in ((GROWING_MIN, titles), (GROWING_LAST, titles), (LABEL_MIN, labels)):
            for column in columns:
                if over > 0:
                    cut = min(over, max(0, sizes[column] - floor))
                    sizes[column] -= cut
                    over -= cut
        if over > 0:
            scale = width / sum(sizes.values())
            sizes = {n: max(MIN_WIDTH, int(size * scale)) for n, size in sizes.items()}
        return sizes

    def _show_room_columns(self, used: int, width: int) -> int:
        """Shows the "room" columns that fit after `used`, left to right, hiding the rest
        from the first that does not; gives back the width then used."""
        room = True
        for column, spec in enumerate(self._columns):
            if spec.shown != "room":
                continue
            room = room and used + self.widths[column] <= width
            if room:
                used += self.widths[column]
                if self.header.isSectionHidden(column):
                    self.header.resizeSection(column, self.widths[column])
            self.header.setSectionHidden(column, not room)
        return used

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and not self.arranged:
            self._fit()
        return False

    # -- the user's changes ----------------------------------------------------------------------

    def _user_changed(self) -> None:
        self.arranged = True
        self._save_timer.start()

    def _on_header_changed(self, *args: object) -> None:
        if not self._arranging:
            self._user_changed()

    def _on_header_section_resized(self, column: int, old: int, new: int) -> None:
        if self._arranging or new == 0:
            return
        visible = self.visible_columns()
        if visible and column == visible[-1]:
            return  # the last column stretches with the window: not the user's doing
        self._sized.add(column)
        self._user_changed()

    def _on_header_menu_requested(self, position: QPoint) -> None:
        self.menu().exec(self.header.mapToGlobal(position))

    def menu(self) -> QMenu:
        """Every column, checked when shown; and the way back to the defaults."""
        menu = QMenu(self._table)
        visible = self.visible_columns()
        for column, spec in enumerate(self._columns):
            action = menu.addAction(spec.heading)
            action.setCheckable(True)
            action.setChecked(column in visible)
            action.setEnabled(visible != [column])
            action.toggled.connect(lambda checked, column=column: self.set_shown(column, checked))
        menu.addSeparator()
        menu.addAction(self.tr("Default columns"), self.reset)
        return menu
