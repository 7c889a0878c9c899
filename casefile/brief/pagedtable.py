"""Tables of thousands of rows, laid out a page at a time in linear time.

reportlab's Table splits across a page by building a new Table of all the rows left
and laying that out again (row positions, styles, the split search), on every page:
a 40,000-row chronology costs time quadratic in its rows, minutes at the size of a
large case. A PagedTable measures rows only until the page is full, hands the frame
an ordinary Table of those rows (under the header, which so repeats on every page)
and keeps the rest, by position, for the next page. Each cell is laid out once, when
its row is measured, and drawn as it was laid out (`_Laid`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar, overload

from reportlab.platypus import Flowable, Table, TableStyle

T = TypeVar("T")


class LazyRows(Sequence[list[Any]], Generic[T]):
    """A table's rows made from data items when first asked for, and forgotten once the
    table has moved past them (the piece of the page they went to holds them)."""

    def __init__(self, items: Sequence[T], make_row: Callable[[T], list[Any]]) -> None:
        self._items = items
        self._make_row = make_row
        self._made: dict[int, list[Any]] = {}

    def __len__(self) -> int:
        return len(self._items)

    @overload
    def __getitem__(self, index: int) -> list[Any]: ...
    @overload
    def __getitem__(self, index: slice) -> list[list[Any]]: ...
    def __getitem__(self, index: int | slice) -> list[Any] | list[list[Any]]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        row = self._made.get(index)
        if row is None:
            row = self._made[index] = self._make_row(self._items[index])
        return row

    def forget_before(self, index: int) -> None:
        """Drop the rows before `index`: the table will not ask for them again."""
        for done in [i for i in self._made if i < index]:
            del self._made[done]


class _Laid(Flowable):
    """A cell laid out when its row was measured: the Table that draws it asks for its
    size again and gets the measured one, instead of a second layout of the same text."""

    def __init__(self, cell: Flowable, width: float) -> None:
        super().__init__()
        self.cell = cell
        self._laid_for = width
        self.width, self.height = cell.wrap(width, 1e9)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if availWidth != self._laid_for:  # a style padded unlike the measuring
            self._laid_for = availWidth
            self.width, self.height = self.cell.wrap(availWidth, availHeight)
        return self.width, self.height

    def getSpaceBefore(self) -> float:
        return self.cell.getSpaceBefore()

    def getSpaceAfter(self) -> float:
        return self.cell.getSpaceAfter()

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        self.cell.drawOn(canvas, x, y, _sW)


#: The style of one page's piece; its argument is the index of the piece's first row
#: among all the rows, so banded rows carry on across pages.
StyleFor = Callable[[int], TableStyle]


class PagedTable(Flowable):
    """A header row and many body rows; cells are flowables (Paragraphs) or plain text.

    `padding` is (left, right, top, bottom) in points, as the style sets it: rows are
    measured with it, and each piece gets those measured heights, so that what is
    measured is what is drawn.
    """

    def __init__(
        self,
        header: list[Any],
        rows: Sequence[list[Any]],
        col_widths: Sequence[float],
        style_for: StyleFor,
        *,
        padding: tuple[float, float, float, float],
        space_after: float = 0,
        _start: int = 0,
        _heights: list[float] | None = None,
        _laid: dict[int, list[Any]] | None = None,
    ) -> None:
        super().__init__()
        self.header = header
        self.rows = rows
        self.col_widths = list(col_widths)
        self.style_for = style_for
        self.padding = padding
        self.spaceAfter = space_after
        self._start = _start
        # shared by the pieces: heights of the rows measured, laid-out rows not yet placed
        self._heights = _heights if _heights is not None else []
        self._laid = _laid if _laid is not None else {}
        self._header_height: float | None = None
        self._laid_header: list[Any] = []
        self._whole: Table | None = None  # the rest, when it fits where it is

    # -- measuring -------------------------------------------------------------------------

    def _lay_out(self, cells: list[Any]) -> tuple[float, list[Any]]:
        """A row's height and its cells laid out for their columns."""
        left, right, top, bottom = self.padding
        height = 0.0
        laid = []
        for cell, width in zip(cells, self.col_widths, strict=True):
            if isinstance(cell, Flowable):
                cell = _Laid(cell, width - left - right)
                h = cell.height + cell.getSpaceBefore() + cell.getSpaceAfter()
            else:
                h = 0.0
            height = max(height, h)
            laid.append(cell)
        return height + top + bottom, laid

    def _height_of(self, index: int) -> float:
        """Height of body row `index` (absolute), measured once."""
        heights = self._heights
        while len(heights) <= index:
            height, self._laid[len(heights)] = self._lay_out(list(self.rows[len(heights)]))
            heights.append(height)
        return heights[index]

    def _fitting(self, avail_height: float) -> tuple[int, float]:
        """How many rows from the start fit under the header in `avail_height`, and their
        height with the header's (the height of all that is left if more than fits)."""
        if self._header_height is None:
            self._header_height, self._laid_header = self._lay_out(self.header)
        used = self._header_height
        count = 0
        for index in range(self._start, len(self.rows)):
            height = self._height_of(index)
            if used + height > avail_height:
                return count, used + height  # one row more than fits: asks for a split
            used += height
            count += 1
        return count, used

    def _piece(self, count: int, space_after: float) -> Table:
        start = self._start
        assert self._header_height is not None
        return Table(
            [self._laid_header, *(self._laid[i] for i in range(start, start + count))],
            colWidths=self.col_widths,
            rowHeights=[self._header_height, *self._heights[start : start + count]],
            style=self.style_for(start),
            spaceAfter=space_after,
        )

    # -- the flowable interface -----------------------------------------------------------

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        count, height = self._fitting(availHeight)
        self._whole = None
        if self._start + count == len(self.rows):
            self._whole = self._piece(count, self.spaceAfter)
            return self._whole.wrap(availWidth, availHeight)
        self.width = sum(self.col_widths)
        return self.width, height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        count, _ = self._fitting(availHeight)
        if count == 0:
            return []  # not even one row here: the next frame
        if self._start + count == len(self.rows):
            return [self._piece(count, self.spaceAfter)]
        rest = PagedTable(
            self.header,
            self.rows,
            self.col_widths,
            self.style_for,
            padding=self.padding,
            space_after=self.spaceAfter,
            _start=self._start + count,
            _heights=self._heights,
            _laid=self._laid,
        )
        rest._header_height, rest._laid_header = self._header_height, self._laid_header
        piece = self._piece(count, 0)
        for placed in range(self._start, self._start + count):
            del self._laid[placed]
        if isinstance(self.rows, LazyRows):
            self.rows.forget_before(self._start + count)
        return [piece, rest]

    def draw(self) -> None:
        assert self._whole is not None, "drawn without being wrapped to fit"
        self._whole.drawOn(self.canv, 0, 0)
