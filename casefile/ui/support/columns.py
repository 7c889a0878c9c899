"""Sizing table columns from the texts they can hold, once; and rows of one height.

Qt's ResizeToContents measures a column through the model on every layout pass (each
resize, each reset): a thousand Python `data()` calls at a time in the Timeline and
the Overview's follow-ups. Where a column only ever shows a few known shapes of text
(dates in one format, a state out of four), measuring those shapes once gives the
same width for nothing, and the user may still drag it wider.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Iterable

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QTableView

#: room the item delegate leaves around a text (its focus-frame margins and a little
#: more), and beside an icon; a constant, as asking the style means building QStyle's
#: Python class at start-up, for the Overview
_TEXT_ROOM = 14
_ICON_ROOM = 16 + 6


def fixed_rows(table: QTableView, height: int | None = None) -> None:
    """No row header, and every row one height (`height`, or the style's). Called before
    the table gets its model: Qt then sizes all rows as one run rather than row by row,
    and never measures a row again."""
    rows = table.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    if height is not None:
        rows.setDefaultSectionSize(height)


def fit_column(
    table: QTableView,
    column: int,
    samples: Iterable[str],
    *,
    bold: bool = False,
    icon: bool = False,
) -> int:
    """Size `column` to the widest of `samples` (or its header, if wider); returns it."""
    font = QFont(table.font())
    font.setBold(bold)
    metrics = QFontMetrics(font)
    text = max((metrics.horizontalAdvance(sample) for sample in samples), default=0)
    width = text + _TEXT_ROOM + (_ICON_ROOM if icon else 0)
    header = table.horizontalHeader()
    width = max(width, header.sectionSizeHint(column))
    header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
    header.resizeSection(column, width)
    return width


@functools.cache
def days_of_a_year(text: Callable[[dt.date], str]) -> tuple[str, ...]:
    """`text` of every day of a year: every weekday falls in every month, so the widest
    of these is the widest that any date can be in that format. Made once per format
    (pass a module-level function, not a lambda made anew each call)."""
    first = dt.date(2025, 1, 1)
    return tuple(text(first + dt.timedelta(days=n)) for n in range(365))
