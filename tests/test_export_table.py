"""`casefile export-table PATH KIND -o OUT.csv|OUT.xlsx`: every column of the list in the
GUI's default order, money as numbers with a currency column, dates as dates, formulas
escaped, output refused as the other writers refuse it."""

from __future__ import annotations

import csv
import datetime as dt
import io
from decimal import Decimal
from pathlib import Path

import pytest

from casefile.cli import main
from casefile.store import CaseFile

TABLE_KIND = {"damage": "damage_item", "parties": "party", "notes": "note",
              "meetings": "meeting", "follow-ups": "follow_up"}  # fmt: skip


@pytest.fixture
def case_path(demo_path: Path) -> Path:
    with CaseFile.open(demo_path, actor="tester") as case:
        case.add("damage_item", title="=HYPERLINK(\"http://x\")", category="equipment",
                 quantity="12", unit_cost=85_050, currency="EUR")  # fmt: skip
        case.add("party", name="@SUM(A1)", native_name="Рəhman")
    return demo_path


def _csv_rows(path: Path) -> list[list[str]]:
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 with a byte-order mark
    return list(csv.reader(io.StringIO(data[3:].decode("utf-8"), newline="")))


def test_csv_has_every_column_of_the_list_in_its_order(case_path: Path, tmp_path: Path) -> None:
    from casefile.ui.models.damage import DamageTableModel

    out = tmp_path / "damage.csv"
    assert main(["export-table", str(case_path), "damage", "-o", str(out)]) == 0
    header, *rows = _csv_rows(out)
    expected = [t for c in DamageTableModel.columns for t in c.export_titles()]
    assert header == expected and header[:2] == ["Ref", "Category"]
    assert "Currency" in header and "Quantity" in header and "Unit cost" in header
    with CaseFile.open(case_path, read_only=True) as case:
        assert [r[0] for r in rows] == [i.reference for i in case.records("damage_item")]
    (made,) = [r for r in rows if "HYPERLINK" in r[2]]
    cell = dict(zip(header, made, strict=True))
    assert cell["Item"] == '\'=HYPERLINK("http://x")'  # escaped: a spreadsheet shows it
    assert (cell["Estimate"], cell["Currency"]) == ("10206.00", "EUR")  # a number, its code
    assert (cell["Quantity"], cell["Unit cost"]) == ("12", "850.50")


def test_xlsx_keeps_numbers_dates_and_escapes_formulas(case_path: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "parties.xlsx"
    assert main(["export-table", str(case_path), "parties", "-o", str(out)]) == 0
    sheet = load_workbook(out).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    header = values[0]
    assert any(row[0] == "'@SUM(A1)" for row in values[1:])
    created = header.index("Created")
    assert all(isinstance(row[created], dt.datetime) for row in values[1:])
    damage = tmp_path / "damage.xlsx"
    assert main(["export-table", str(case_path), "damage", "-o", str(damage)]) == 0
    rows = [[c.value for c in r] for r in load_workbook(damage).active.iter_rows()]
    estimate = rows[0].index("Estimate")
    assert any(isinstance(r[estimate], int | float | Decimal) for r in rows[1:])


@pytest.mark.parametrize("kind", TABLE_KIND)
def test_every_list_exports(kind: str, case_path: Path, tmp_path: Path) -> None:
    out = tmp_path / f"{kind}.csv"
    assert main(["export-table", str(case_path), kind, "-o", str(out)]) == 0
    with CaseFile.open(case_path, read_only=True) as case:
        assert len(_csv_rows(out)) == 1 + case.count(TABLE_KIND[kind])


def test_a_refused_output_names_the_file_and_writes_nothing(
    case_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = case_path.read_bytes()
    assert main(["export-table", str(case_path), "damage", "-o", str(case_path)]) == 1
    assert "is the case file" in capsys.readouterr().err
    assert main(["export-table", str(case_path), "damage", "-o", str(tmp_path / "a.pdf")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("casefile: error:") and ".csv or .xlsx" in err
    assert not (tmp_path / "a.pdf").exists()
    assert case_path.read_bytes() == before
