"""A list's selection and what it offers: several items edited or deleted as one undoable
step, the right-click menu, a list exported as XLSX or CSV and printed to PDF, and a
user's errand from filter to spreadsheet."""

from __future__ import annotations

import csv
import datetime as dt
import io
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from casefile.ui.dialogs.files import FileDialogs
from casefile.ui.models.roles import IdRole
from casefile.ui.views.damage import DamageView
from casefile.ui.views.meetings import FollowUpsPane


def _shown(pane) -> list[str]:
    return [pane.model.index(r, 0).data(IdRole) for r in range(pane.model.rowCount())]


def _titled(session, kind, title) -> str:
    return next(r.id for r in session.case.records(kind) if r.title == title)


def _actions(menu) -> dict[str, object]:
    found = {}
    for action in menu.actions():
        if action.menu() is not None:
            found[action.text()] = action
            for sub in action.menu().actions():
                found[f"{action.text()} > {sub.text()}"] = sub
        elif action.text():
            found[action.text()] = action
    return found


@pytest.fixture
def damage(session, qtbot) -> DamageView:
    view = DamageView(session)
    qtbot.addWidget(view)
    view.resize(1400, 700)
    return view


def test_a_status_set_on_three_items_is_one_step_to_undo(session, damage) -> None:
    three = _shown(damage)[:3]
    damage.select_ids(three)
    assert damage.selected_ids() == three
    steps = session.undo_stack.count()
    menu = _actions(damage.selection_menu())
    menu["Set status of 3 damage items > Repaired"].trigger()
    statuses = lambda: [r.status for r in session.case.records("damage_item", ids=three)]  # noqa: E731
    assert statuses() == ["repaired"] * 3
    assert session.undo_stack.count() == steps + 1
    assert session.undo_stack.undoText() == "Edit status of 3 damage items"
    assert session.undo()
    assert statuses() == ["reported"] * 3
    assert session.redo()
    assert statuses() == ["repaired"] * 3


def test_severity_and_category_of_a_selection(session, damage) -> None:
    two = _shown(damage)[1:3]
    damage.select_ids(two)
    menu = _actions(damage.selection_menu())
    menu["Set severity of 2 damage items > Moderate"].trigger()
    menu["Set category of 2 damage items > Equipment"].trigger()
    records = session.case.records("damage_item", ids=two)
    assert {(r.severity, r.category) for r in records} == {("moderate", "equipment")}
    session.undo()
    session.undo()
    assert all(r.severity == "" for r in session.case.records("damage_item", ids=two))


def test_a_selection_is_deleted_as_one_step(session, damage) -> None:
    everything = _shown(damage)
    damage.select_ids(everything[:2])
    _actions(damage.selection_menu())["Delete 2 damage items"].trigger()
    assert _shown(damage) == everything[2:]
    assert session.undo()
    assert sorted(_shown(damage)) == sorted(everything)


def test_a_read_only_list_offers_no_edits(read_only_session, qtbot) -> None:
    view = DamageView(read_only_session)
    qtbot.addWidget(view)
    view.select_ids(_shown(view)[:2])
    menu = _actions(view.selection_menu())
    assert not menu["Set status of 2 damage items"].isEnabled()
    assert not menu["Delete 2 damage items"].isEnabled()
    assert menu["Export 2 damage items…"].isEnabled()
    assert not view.set_field(view.selected_ids(), "status", "repaired")


def test_the_follow_ups_menu_sets_their_status(session, qtbot) -> None:
    pane = FollowUpsPane(session)
    qtbot.addWidget(pane)
    first = _shown(pane)[0]
    pane.select_ids([first])
    _actions(pane.selection_menu())["Set status of 1 follow-up > Done"].trigger()
    assert session.case.get("follow_up", first).status == "done"


def _xlsx_rows(path: Path) -> list[tuple]:
    sheet = openpyxl.load_workbook(path).active
    return [tuple(row) for row in sheet.iter_rows(values_only=True)]


def test_an_xlsx_export_holds_the_visible_columns_with_numbers_and_dates(
    session, damage, tmp_path
) -> None:
    fence = _titled(session, "damage_item", "Perimeter fence")
    session.update(
        "damage_item",
        fence,
        estimated_cost=123450,
        currency="AZN",
        title='=HYPERLINK("http://x")',
        assessed_at=dt.datetime(2025, 11, 15, 9, 30, tzinfo=dt.UTC),
    )
    titles = [c.title for c in damage.model.columns]
    for name in ("Assessed at", "Estimate"):
        damage.columns.set_shown(titles.index(name), True)
    damage.columns.set_shown(titles.index("Severity"), False)
    out = damage.write_list(tmp_path / "damage.xlsx")
    assert out == tmp_path / "damage.xlsx"
    rows = _xlsx_rows(out)
    expected = []
    for column in damage.columns.visible_columns():
        expected += damage.model.columns[column].export_titles()
    assert rows[0] == tuple(expected)
    assert "Severity" not in rows[0] and {"Estimate", "Currency", "Assessed at"} <= set(rows[0])
    assert len(rows) == 1 + len(_shown(damage))
    item = rows[0].index("Item")
    row = dict(zip(rows[0], next(r for r in rows[1:] if r[item].startswith("'=")), strict=True))
    assert row["Item"] == '\'=HYPERLINK("http://x")'  # text, never a formula
    assert row["Estimate"] == pytest.approx(1234.5) and row["Currency"] == "AZN"
    assert row["Assessed at"] == dt.datetime(2025, 11, 15, 11, 30)  # Kyiv time, as shown


def test_a_csv_export_is_utf8_with_a_bom_and_escapes_formulas(session, damage, tmp_path) -> None:
    fence = _titled(session, "damage_item", "Perimeter fence")
    session.update("damage_item", fence, title="@SUM(A1) Ограда", estimated_cost=5, currency="EUR")
    damage.select_ids([fence])
    out = damage.write_list(tmp_path / "one.csv", damage.selected_ids())
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert len(rows) == 2
    row = dict(zip(rows[0], rows[1], strict=True))
    assert row["Item"] == "'@SUM(A1) Ограда"
    assert Decimal(row["Estimate"]) == Decimal("0.05") and row["Currency"] == "EUR"


def test_an_export_to_an_unwritable_name_says_so_and_writes_nothing(damage, tmp_path) -> None:
    messages = []
    damage.message_posted.connect(messages.append)
    assert damage.write_list(tmp_path / "list.txt") is None
    assert messages[-1].startswith("Not exported:") and ".csv or .xlsx" in messages[-1]
    assert not (tmp_path / "list.txt").exists()


def test_printing_a_list_writes_its_rows_and_totals_to_a_pdf(session, damage, tmp_path) -> None:
    vehicles = _titled(session, "damage_item", "Service vehicles")
    session.update("damage_item", vehicles, title="<b>Cars</b> & vans", estimated_cost=99900,
                   currency="AZN")  # fmt: skip
    damage.choose("category", "Vehicles")
    out = damage.print_to(tmp_path / "damage.pdf")
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(out).pages)
    assert "<b>Cars</b> & vans" in text  # as typed, not as markup
    assert "999.00 AZN" in text and "Vehicles" in text
    assert "Total shown: 999.00 AZN" in text and "1 of 5 rows" in text
    assert "Perimeter fence" not in text  # filtered out: not printed


def test_file_menu_exports_and_prints_the_list_shown(window, demo_path, tmp_path, monkeypatch):
    assert window.open_path(demo_path)
    window.workspace.show_page(4)  # meetings & follow-ups
    assert window.action_print_list.isEnabled()
    assert window.action_print_list.shortcut().toString() == "Ctrl+P"
    monkeypatch.setattr(FileDialogs, "ask_save_pdf", classmethod(lambda c, *a: tmp_path / "m.pdf"))
    window.action_print_list.trigger()
    assert (tmp_path / "m.pdf").read_bytes().startswith(b"%PDF")
    monkeypatch.setattr(
        FileDialogs, "ask_save_table", classmethod(lambda c, *a: tmp_path / "m.xlsx")
    )
    window.action_export_list.trigger()
    meetings = window.session.case.count("meeting")
    assert len(_xlsx_rows(tmp_path / "m.xlsx")) == 1 + meetings
    window.workspace.show_page(0)  # the overview holds no list
    assert not window.action_print_list.isEnabled()


def test_severe_vehicles_their_total_and_a_spreadsheet_of_them(
    window, demo_path, tmp_path, monkeypatch, qtbot
) -> None:
    """The issue's errand: at 1024x700, filter the damage list to severe vehicles, read
    their total, export them to XLSX and find there what the list showed."""
    window.resize(1024, 700)
    assert window.open_path(demo_path)
    session = window.session
    session.update_incident(reporting_currency="AZN")
    vehicles = _titled(session, "damage_item", "Service vehicles")
    van = session.add("damage_item", title="Armoured van", category="vehicles",
                      severity="severe", estimated_cost=2500000, currency="AZN").id  # fmt: skip
    session.update("damage_item", vehicles, severity="severe", estimated_cost=1200000,
                   currency="AZN")  # fmt: skip
    session.add("damage_item", title="Gate", category="perimeter", severity="severe",
                estimated_cost=700000, currency="AZN")  # fmt: skip
    window.workspace.show_page(2)
    view = window.workspace.current_view()
    view.choose("severity", "Severe")
    view.choose("category", "Vehicles")
    assert sorted(_shown(view)) == sorted([vehicles, van])
    qtbot.waitUntil(lambda: view.totals_label.text() == "Total shown: 37,000.00 AZN")
    assert view.totals_label.isVisible()
    monkeypatch.setattr(
        FileDialogs, "ask_save_table", classmethod(lambda c, *a: tmp_path / "severe.xlsx")
    )
    window.action_export_list.trigger()
    rows = _xlsx_rows(tmp_path / "severe.xlsx")
    header, body = rows[0], rows[1:]
    assert {"Item", "Severity", "Estimate", "Currency"} <= set(header)  # what 1024 px shows
    items = {dict(zip(header, row, strict=True))["Item"]: dict(zip(header, row, strict=True))
             for row in body}  # fmt: skip
    assert set(items) == {"Service vehicles", "Armoured van"}
    assert sum(Decimal(str(r["Estimate"])) for r in items.values()) == Decimal("37000")
    assert all(r["Severity"] == "Severe" and r["Currency"] == "AZN" for r in items.values())
