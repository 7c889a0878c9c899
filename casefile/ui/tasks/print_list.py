"""A list printed to PDF as the user sees it: its columns shown, its rows in their order,
what narrows it, and its totals line.

Qt's own printing path (QTextDocument onto a QPrinter in PDF mode): a list is a plain
table, and the brief's reportlab machinery is for the brief. Every text is escaped
before it enters the document's HTML, so a title typed as `<b>` prints as typed. The
PDF is written whole or not at all (`casefile.store.replacing`).
"""

from __future__ import annotations

import datetime as dt
import html
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from casefile.store import replacing

if TYPE_CHECKING:
    from casefile.ui.views.itemlist import ItemListPane

LANDSCAPE_FROM = 6  # columns from which the page turns sideways


def list_html(pane: ItemListPane) -> str:
    model = pane.model
    columns = pane.columns.visible_columns()
    model.fetch_all()
    case = pane.session.case
    shown, total = model.rowCount(), model.total_count()
    count = (
        f"{shown:,} {pane.plural}" if shown == total else f"{shown:,} of {total:,} {pane.plural}"
    )
    narrowed = pane.filter_description()
    lines = [
        f"<h2>{html.escape(pane.plural.capitalize())} — {html.escape(case.incident().title)}</h2>",
        "<p>"
        + html.escape(
            " · ".join(
                part for part in (count, narrowed, f"printed {dt.date.today().isoformat()}") if part
            )
        )
        + "</p>",
        '<table border="1" cellspacing="0" cellpadding="3" width="100%">',
        "<tr>"
        + "".join(f"<th align=left>{html.escape(model.columns[c].title)}</th>" for c in columns)
        + "</tr>",
    ]
    display = Qt.ItemDataRole.DisplayRole
    for row in range(shown):
        cells = []
        for column in columns:
            text = model.index(row, column).data(display) or ""
            align = " align=right" if model.columns[column].align_right else ""
            cells.append(f"<td{align}>{html.escape(str(text))}</td>")
        lines.append("<tr>" + "".join(cells) + "</tr>")
    lines.append("</table>")
    totals = pane.totals_text()
    if totals:
        lines.append(f"<p><b>{html.escape(totals)}</b></p>")
    return "\n".join(lines)


def print_list(pane: ItemListPane, out: Path) -> Path:
    """Print the list to the PDF `out`; the path written."""
    document = QTextDocument()
    document.setHtml(list_html(pane))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setDocName(f"{pane.plural.capitalize()}")
    wide = len(pane.columns.visible_columns()) >= LANDSCAPE_FROM
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape if wide else QPageLayout.Orientation.Portrait,
            QMarginsF(12, 12, 12, 12),
            QPageLayout.Unit.Millimeter,
        )
    )
    with tempfile.TemporaryDirectory(prefix="casefile-print-") as folder:
        temp = Path(folder) / "list.pdf"
        printer.setOutputFileName(str(temp))
        document.print_(printer)
        data = temp.read_bytes()
    with replacing(out, inputs=[pane.session.case.path], what="the printed list") as handle:
        handle.write(data)
    return out
