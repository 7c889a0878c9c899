"""Sizing table columns from the texts they can hold, once; and rows of one height.

Qt's ResizeToContents measures a column through the model on every layout pass (each
resize, each reset): a thousand Python `data()` calls at a time in the Timeline and
the Overview's follow-ups. Where a column only ever shows a few known shapes of text
(dates in one format, a state out of four), measuring those shapes once gives the
same width for nothing, and the user may still drag it wider.
"""

from __future__ import annotations

from collections.abc import Iterable

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
    width = widest(QFontMetrics(font), samples) + _TEXT_ROOM + (_ICON_ROOM if icon else 0)
    header = table.horizontalHeader()
    width = max(width, header.sectionSizeHint(column))
    header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
    header.resizeSection(column, width)
    return width


def widest(metrics: QFontMetrics, texts: Iterable[str]) -> int:
    """The width of the widest of `texts` in `metrics`' font (0 for none)."""
    return max((metrics.horizontalAdvance(text) for text in texts), default=0)
