"""A list printed to PDF as the user sees it: its columns shown, in their order and in
proportion to their widths, its rows in their order (texts cut in the middle as on
screen), what narrows it, and its totals line.

Painted row by row onto a QPrinter in PDF mode, the header repeated on each page: a
list is a plain table, and painting it takes a fraction of a second where laying it
out as a rich-text document took seconds for a few thousand rows. Texts are drawn as
typed (no markup is read from them). The PDF is written whole or not at all
(`casefile.store.replacing`).
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QLocale, QMarginsF, QObject, QRectF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from casefile.store import Words, replacing
from casefile.ui.support.advice import capitalised
from casefile.ui.support.formatting import date_text
from casefile.ui.support.translation import english_plural

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTableView

    from casefile.ui.case.session import CaseSession
    from casefile.ui.models.items import ItemTableModel
    from casefile.ui.views.listcolumns import ColumnLayout

LANDSCAPE_FROM = 6  # columns from which the page turns sideways
POINT_SIZE = 8.0
PAD = 0.4  # of a line's height, around a cell's text


class PrintedList(Protocol):
    """What printing asks of the list shown (casefile.ui.views.itemlist)."""

    @property
    def plural(self) -> str: ...

    @property
    def session(self) -> CaseSession: ...

    @property
    def columns(self) -> ColumnLayout: ...

    @property
    def model(self) -> ItemTableModel: ...

    @property
    def table(self) -> QTableView: ...

    def filter_description(self) -> str: ...

    def totals_text(self) -> str | None: ...


class PrintWords(QObject):
    """The printed list's counted phrase (self.tr, the one call lupdate reads plural forms
    from)."""

    def rows(self, shown: int, total: int) -> str:
        """ "40 rows", or "12 of 40 rows" when the list is narrowed."""
        if shown == total:
            return english_plural(self.tr("%Ln row(s)", "", total), total)
        of_total = english_plural(self.tr("{shown} of %Ln row(s)", "", total), total)
        return of_total.format(shown=QLocale().toString(shown))


def print_list(pane: PrintedList, out: Path) -> Path:
    """Print the list to the PDF `out`; the path written."""
    columns = pane.columns.visible_columns()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setDocName(capitalised(pane.plural))
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape
            if len(columns) >= LANDSCAPE_FROM
            else QPageLayout.Orientation.Portrait,
            QMarginsF(12, 12, 12, 12),
            QPageLayout.Unit.Millimeter,
        )
    )
    with tempfile.TemporaryDirectory(prefix="casefile-print-") as folder:
        temp = Path(folder) / "list.pdf"
        printer.setOutputFileName(str(temp))
        _paint(pane, columns, printer)
        data = temp.read_bytes()
    with replacing(out, inputs=[pane.session.case.path], what=Words("what.printed_list")) as handle:
        handle.write(data)
    return out


def _paint(pane: PrintedList, columns: list[int], printer: QPrinter) -> None:
    model = pane.model
    model.fetch_all()
    header = pane.table.horizontalHeader()
    painter = QPainter(printer)
    try:
        page = printer.pageLayout().paintRectPixels(printer.resolution())
        width, bottom = float(page.width()), float(page.height())
        font = QFont(pane.table.font())
        font.setPointSizeF(POINT_SIZE)
        bold = QFont(font)
        bold.setBold(True)
        title_font = QFont(bold)
        title_font.setPointSizeF(POINT_SIZE * 1.6)
        painter.setFont(font)
        line = painter.fontMetrics().height() * (1 + 2 * PAD)
        pad = painter.fontMetrics().height() * PAD
        sizes = [max(1, header.sectionSize(c)) for c in columns]
        scale = width / sum(sizes)
        lefts, x = [], 0.0
        for size in sizes:
            lefts.append(x)
            x += size * scale
        cells = list(zip(columns, lefts, [s * scale for s in sizes], strict=True))

        def text_at(y: float, text: str, use: QFont) -> float:
            painter.setFont(use)
            height = painter.fontMetrics().height() * (1 + PAD)
            painter.drawText(QRectF(0, y, width, height), Qt.AlignmentFlag.AlignLeft, text)
            return y + height

        def row_at(y: float, texts: list[str], use: QFont, rule: bool) -> float:
            painter.setFont(use)
            metrics = painter.fontMetrics()
            for (column, left, size), text in zip(cells, texts, strict=True):
                room = max(0, int(size - 2 * pad))
                shown = metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, room)
                align = (
                    Qt.AlignmentFlag.AlignRight
                    if model.columns[column].align_right
                    else Qt.AlignmentFlag.AlignLeft
                )
                box = QRectF(left + pad, y, max(0.0, size - 2 * pad), line)
                painter.drawText(box, align | Qt.AlignmentFlag.AlignVCenter, shown)
            if rule:
                painter.drawLine(0, int(y + line), int(width), int(y + line))
            return y + line

        titles = [model.columns[c].heading for c in columns]
        shown, total = model.rowCount(), model.total_count()
        count = PrintWords().rows(shown, total)
        printed = QCoreApplication.translate("PrintList", "printed {date}").format(
            date=date_text(dt.date.today())
        )
        about = [count, pane.filter_description(), printed]
        y = text_at(
            0, f"{capitalised(pane.plural)} — {pane.session.case.incident().title}", title_font
        )
        y = text_at(y, " · ".join(part for part in about if part), font)
        y = row_at(y + pad, titles, bold, rule=True)
        display = Qt.ItemDataRole.DisplayRole
        for row in range(shown):
            if y + line > bottom:
                printer.newPage()
                y = row_at(0, titles, bold, rule=True)
            texts = [str(model.index(row, c).data(display) or "") for c in columns]
            y = row_at(y, texts, font, rule=False)
        totals = (pane.totals_text() or "").splitlines()
        if totals and y + (len(totals) + 1) * line > bottom:
            printer.newPage()
            y = 0
        y += pad
        for text in totals:
            y = text_at(y, text, bold)
    finally:
        painter.end()
