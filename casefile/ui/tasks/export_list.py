"""A list exported as a table: the columns the user sees, the rows as the list shows them.

CSV is UTF-8 with a byte-order mark (so spreadsheet programs read Cyrillic and
Azerbaijani names right), comma-separated; XLSX is written by openpyxl. Money is a
number with its currency in a column beside it, dates and times are dates and times.
A text cell starting with = + - or @ is written with a leading apostrophe, so that a
spreadsheet shows it rather than running it as a formula (DESIGN.md, Exports). The
file is written whole or not at all (`casefile.store.replacing`).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from casefile.store import CaseFile, InvalidInput, Words, replacing
from casefile.ui.models.items import ItemTableModel

FORMAT_SUFFIXES = (".csv", ".xlsx")
FORMULA_STARTS = ("=", "+", "-", "@")
BLOCK = 900  # records read at a time


@dataclass(frozen=True)
class Table:
    titles: tuple[str, ...]
    rows: list[tuple[Any, ...]]


def list_table(model: ItemTableModel, columns: Sequence[int], ids: Sequence[str]) -> Table:
    """The `columns` of `model` (in that order) for the items `ids` (in that order)."""
    specs = [model.columns[c] for c in columns]
    titles = tuple(title for spec in specs for title in spec.export_titles())
    rows: list[tuple[Any, ...]] = []
    for start in range(0, len(ids), BLOCK):
        records, names = model.records_with_names(ids[start : start + BLOCK])
        rows.extend(
            tuple(cell for spec in specs for cell in spec.export_cells(record, names))
            for record in records
        )
    return Table(titles, rows)


def case_table(case: CaseFile, kind: str) -> Table:
    """Every column of a kind's list, in the list's default order, for every item in the
    list's own order: the table `casefile export-table` writes, made by the list's model
    (no window needed), so that it has the columns and cells the GUI export has."""
    from casefile.ui.case.session import CaseSession
    from casefile.ui.models.damage import DamageTableModel
    from casefile.ui.models.follow_ups import FollowUpTableModel
    from casefile.ui.models.meetings import MeetingTableModel
    from casefile.ui.models.notes import NoteTableModel
    from casefile.ui.models.parties import PartyTableModel

    models: dict[str, type[ItemTableModel]] = {
        "party": PartyTableModel,
        "damage_item": DamageTableModel,
        "note": NoteTableModel,
        "meeting": MeetingTableModel,
        "follow_up": FollowUpTableModel,
    }
    session = CaseSession(case)
    model = models[kind](session)
    return list_table(model, range(len(model.columns)), session.ids(kind))


def escaped(cell: Any) -> Any:
    """A text a spreadsheet would take for a formula, made plain text."""
    if isinstance(cell, str) and cell.startswith(FORMULA_STARTS):
        return "'" + cell
    return cell


def write_table(table: Table, out: Path, *, case_path: Path) -> Path:
    """Write `table` to `out` as CSV or XLSX (by its suffix); the path written."""
    suffix = out.suffix.lower()
    if suffix not in FORMAT_SUFFIXES:
        raise InvalidInput("choose a file name ending in .csv or .xlsx", path=out)
    data = _csv_bytes(table) if suffix == ".csv" else _xlsx_bytes(table)
    with replacing(out, inputs=[case_path], what=Words("what.table")) as handle:
        handle.write(data)
    return out


def _csv_text(cell: Any) -> str:
    if cell is None:
        return ""
    if isinstance(cell, dt.datetime):
        return cell.strftime("%Y-%m-%d %H:%M")
    if isinstance(cell, dt.date):
        return cell.isoformat()
    if isinstance(cell, bool):
        return _yes_no(cell)
    if isinstance(cell, Decimal | int):
        return str(cell)
    return str(escaped(cell))


def _yes_no(flag: bool) -> str:
    """A flag as a word, in the app's language (English where no translator is installed,
    as in `casefile export-table`)."""
    if flag:
        return QCoreApplication.translate("ExportList", "yes")
    return QCoreApplication.translate("ExportList", "no")


def _csv_bytes(table: Table) -> bytes:
    text = io.StringIO(newline="")
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow([_csv_text(t) for t in table.titles])
    writer.writerows([_csv_text(cell) for cell in row] for row in table.rows)
    return text.getvalue().encode("utf-8-sig")


def _xlsx_bytes(table: Table) -> bytes:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    sheet = book.create_sheet(QCoreApplication.translate("ExportList", "List"))
    bold = Font(bold=True)
    header = []
    for title in table.titles:
        cell = WriteOnlyCell(sheet, value=escaped(title))
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    for row in table.rows:
        cells = []
        for value in row:
            cell = WriteOnlyCell(sheet, value=escaped(value))
            if isinstance(value, Decimal):
                cell.number_format = "#,##0.00##"
            elif isinstance(value, dt.datetime):
                cell.number_format = "yyyy-mm-dd hh:mm"
            elif isinstance(value, dt.date):
                cell.number_format = "yyyy-mm-dd"
            cells.append(cell)
        sheet.append(cells)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
