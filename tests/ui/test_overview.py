"""The Overview: incident facts edited and undone, counts, chart, totals, follow-ups."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel

from casefile.store.money import MAX_MINOR_UNITS, format_money, to_decimal_string
from casefile.ui.case.session import CaseSession
from casefile.ui.models.open_follow_ups import FollowUpsModel, OverdueRole
from casefile.ui.views.overview import OverviewView
from casefile.ui.views.timeline import TimelineView

#: the offscreen platform saying what it cannot do (size hints, raise, grabs): not ours
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def view(qtbot, session: CaseSession) -> OverviewView:
    view = OverviewView(session)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


def retype(qtbot, edit, text: str) -> None:
    """Select all, type, press Enter: what a user does to replace a field."""
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_edit_title_then_undo_and_redo(qtbot, view: OverviewView, session: CaseSession) -> None:
    case = session.case
    old = case.incident().title
    title = view.form.edits["title"]
    assert title.text() == old

    retype(qtbot, title, "Strike on the embassy grounds")

    assert case.incident().title == "Strike on the embassy grounds"
    assert session.undo_stack.count() == 1
    session.undo()
    assert case.incident().title == old
    qtbot.waitUntil(lambda: title.text() == old)
    session.redo()
    assert case.incident().title == "Strike on the embassy grounds"
    qtbot.waitUntil(lambda: title.text() == "Strike on the embassy grounds")


def test_each_field_commit_is_one_undoable_edit(
    qtbot, view: OverviewView, session: CaseSession
) -> None:
    retype(qtbot, view.form.edits["reference"], "MFA-2025-117")
    retype(qtbot, view.form.edits["classification"], "CONFIDENTIAL")
    view.form.status.setCurrentIndex(view.form.status.findData("closed"))
    view.form.status.activated.emit(view.form.status.currentIndex())

    incident = session.case.incident()
    assert (incident.reference, incident.classification, incident.status) == (
        "MFA-2025-117",
        "CONFIDENTIAL",
        "closed",
    )
    assert session.undo_stack.count() == 3
    session.undo()
    assert session.case.incident().status == "open"
    assert session.case.incident().classification == "CONFIDENTIAL"


def test_occurred_at_is_shown_and_typed_in_the_incident_zone(
    qtbot, view: OverviewView, session: CaseSession
) -> None:
    occurred = view.form.edits["occurred_at"]
    assert occurred.text() == "2025-11-14 01:00"  # 23:00 UTC is 01:00 in Kyiv
    assert "Europe/Kyiv" in view.form.zone_hint.text()

    retype(qtbot, occurred, "2025-11-14 03:30")

    assert session.case.incident().occurred_at == dt.datetime(2025, 11, 14, 1, 30, tzinfo=dt.UTC)

    retype(qtbot, view.form.edits["timezone"], "Asia/Baku")
    assert session.case.incident().timezone == "Asia/Baku"
    qtbot.waitUntil(lambda: occurred.text() == "2025-11-14 05:30")  # same instant, Baku time


def test_an_hour_the_clocks_skipped_is_refused_in_the_form(
    qtbot, view: OverviewView, session: CaseSession
) -> None:
    before = session.case.incident().occurred_at
    errors: list[str] = []
    view.form.error_changed.connect(errors.append)
    retype(qtbot, view.form.edits["occurred_at"], "2025-03-30 03:30")
    assert errors and "did not happen in Europe/Kyiv" in errors[-1]
    assert session.case.incident().occurred_at == before


@pytest.mark.parametrize("typed", ["0001-01-01 00:00", "9999-12-31 23:59"])
def test_a_time_some_zone_cannot_show_is_refused_in_the_form(
    typed: str, qtbot, view: OverviewView, session: CaseSession
) -> None:
    """Kyiv is east of UTC: its first minute of year 1 is in year 0 in UTC; and the last
    minute of 9999 is 10000 further east."""
    before = session.case.incident().occurred_at
    errors: list[str] = []
    view.form.error_changed.connect(errors.append)
    retype(qtbot, view.form.edits["occurred_at"], typed)
    assert errors and "outside the dates casefile keeps" in errors[-1]
    assert session.case.incident().occurred_at == before


def test_summary_commits_when_focus_leaves(qtbot, view: OverviewView, session: CaseSession) -> None:
    view.form.summary.setFocus()
    view.form.summary.selectAll()
    qtbot.keyClicks(view.form.summary, "Short summary.")
    view.form.edits["location"].setFocus()
    qtbot.waitUntil(lambda: session.case.incident().summary == "Short summary.")
    assert session.undo_stack.count() == 1


def test_a_refused_edit_is_explained_and_changes_nothing(
    qtbot, view: OverviewView, session: CaseSession
) -> None:
    old = session.case.incident()
    retype(qtbot, view.form.edits["title"], " ")
    retype(qtbot, view.form.edits["occurred_at"], "yesterday")

    assert session.case.incident() == old
    assert session.undo_stack.count() == 0
    assert view.error.isVisibleTo(view)
    assert "YYYY-MM-DD" in view.error.text()


def test_counts_chart_totals_and_overdue_follow_ups(
    qtbot, view: OverviewView, session: CaseSession
) -> None:
    assert "7" in view.count_labels["party"].text()
    assert view.chart.counts()[("perimeter", "destroyed")] == 1
    assert view.totals.text() == "No estimates yet: 5 damage items have none."

    session.add(
        "damage_item", category="vehicles", title="Second car", severity="severe",
        estimated_cost=125_000, currency="EUR",
    )  # fmt: skip
    late = session.add(
        "follow_up", title="Reply to the note", due_date=dt.date.today() - dt.timedelta(days=2)
    )
    session.add("follow_up", title="Due today", due_date=dt.date.today())

    qtbot.waitUntil(lambda: "1,250.00 EUR" in view.totals.text())
    assert view.chart.counts()[("vehicles", "severe")] == 1
    assert "6" in view.count_labels["damage_item"].text()
    assert view.follow_up_box.title() == "Open follow-ups: 5 (1 overdue)"
    first = view.follow_ups.index(0, 0)
    assert first.data() == "Reply to the note" and first.data(OverdueRole) is True
    assert view.follow_ups.index(0, 3).data() == "Overdue"
    with qtbot.waitSignal(view.item_activated) as jump:
        view.follow_up_table.doubleClicked.emit(first)
    assert jump.args == ["follow_up", late.id]


def test_the_total_in_the_reporting_currency_and_its_rates(
    qtbot, view: OverviewView, session: CaseSession, monkeypatch
) -> None:
    from casefile.ui.dialogs.rates import RatesDialog

    session.add("damage_item", title="Car", estimated_cost=125_000, currency="EUR")
    session.add("damage_item", title="Gate", estimated_cost=30_000, currency="USD")
    wanted = {
        "reporting_currency": "AZN",
        "exchange_rates": [
            {"currency": "EUR", "rate": "1.7", "as_of": "2025-11-20", "source": "CBAR <b>"}
        ],
    }

    def fill(cls, parent, currency, default, rates):
        dialog = cls(parent, currency, default, rates)
        qtbot.addWidget(dialog)
        dialog.currency.setText(wanted["reporting_currency"])
        (rate,) = wanted["exchange_rates"]
        dialog._add_row(rate["currency"], rate["rate"], rate["as_of"], rate["source"])
        return dialog.values()

    monkeypatch.setattr(RatesDialog, "ask", classmethod(fill))
    view.rates_button.click()
    text = view.totals.text()
    assert "In all, in AZN: <b>2,125.00 AZN</b>" in text  # 1,250.00 EUR x 1.7
    assert "1 EUR = 1.7 AZN (20/11/2025, CBAR &lt;b&gt;)" in text  # the source as typed
    assert "no rate for USD (1 item, 300.00 USD): not in the total" in text  # never guessed
    assert session.undo()
    assert session.case.incident().exchange_rates == ()


def test_the_rates_dialog_refuses_what_the_store_refuses(qtbot) -> None:
    from casefile.ui.dialogs.rates import RatesDialog

    dialog = RatesDialog(None, "", "EUR", ())
    qtbot.addWidget(dialog)
    dialog._add_row("EUR", "0", "", "")
    dialog.accept()
    assert "more than 0" in dialog.findChild(type(dialog.error), "rates_error").text()
    assert dialog.result() != dialog.DialogCode.Accepted


def test_chart_paints_with_and_without_damage(qtbot, view: OverviewView) -> None:
    assert not view.chart.grab().isNull()
    assert "Perimeter: 1 destroyed" in view.chart.describe()
    view.chart.set_counts({})
    assert view.chart.describe() == "No damage recorded"
    assert not view.chart.grab().isNull()


def test_follow_ups_model(qtmodeltester, session: CaseSession) -> None:
    case = session.case
    case.add("follow_up", title="Overdue one", due_date=dt.date(2020, 1, 1))
    case.add("follow_up", title="Done one", status="done", due_date=dt.date(2020, 1, 1))
    model = FollowUpsModel()
    model.set_follow_ups(case.open_follow_ups(), dt.date(2025, 12, 1))
    assert model.rowCount() == 4  # the done one is left out
    assert model.overdue_count() == 1
    qtmodeltester.check(model)


def test_show_item_takes_the_incident_only(view: OverviewView, session: CaseSession) -> None:
    assert view.show_item("incident", session.case.incident().id)
    assert not view.show_item("party", session.case.ids("party")[0])


def test_read_only_disables_every_edit(qtbot, read_only_session: CaseSession) -> None:
    view = OverviewView(read_only_session)
    qtbot.addWidget(view)
    assert all(edit.isReadOnly() for edit in view.form.edits.values())
    assert view.form.summary.isReadOnly()
    assert not view.form.status.isEnabled()
    view.form.edits["title"].setText("changed")
    view.form.edits["title"].editingFinished.emit()
    assert read_only_session.undo_stack.count() == 0


def test_counts_in_the_thousands_are_grouped(qtbot, session: CaseSession) -> None:
    """1,234 reads at a glance where 1234 does not (the lists' counts group them too)."""
    doc = session.case.export_document()
    doc["notes"] += [
        {"id": str(uuid.uuid4()), "title": f"Call {n}", "date": "2025-11-15"}
        for n in range(1_234 - len(doc["notes"]))
    ]
    session.case.import_document(doc)
    overview = OverviewView(session)
    qtbot.addWidget(overview)
    assert ">1,234<" in overview.count_labels["note"].text()
    session.case.add("follow_up", title="Reply", due_date=dt.date(2025, 11, 20))
    doc = session.case.export_document()
    doc["follow_ups"] += [{"id": str(uuid.uuid4()), "title": f"Call {n}"} for n in range(1_500)]
    session.case.import_document(doc)
    overview.refresh()
    assert overview.follow_up_box.title() == f"Open follow-ups: {1_500 + 4:,} (1 overdue)"
    timeline = TimelineView(session)
    qtbot.addWidget(timeline)
    dated = len(session.case.timeline())
    assert dated > 1_000 and timeline.heading.text().startswith(f"{dated:,} dated items,")


def test_estimates_past_64_bits_are_totalled_exactly(qtbot, session: CaseSession) -> None:
    """9,224 estimates of the largest amount: SQLite's SUM overflowed and the overview (and
    with it the case) could no longer be opened."""
    largest = to_decimal_string(MAX_MINOR_UNITS, "EUR")
    doc = session.case.export_document()
    count = (2**63 - 1) // MAX_MINOR_UNITS + 1
    doc["damage_items"] += [
        {"id": str(uuid.uuid4()), "title": f"Wing {n}", "estimated_cost": largest,
         "currency": "EUR"}
        for n in range(count)
    ]  # fmt: skip
    session.case.import_document(doc)
    overview = OverviewView(session)
    qtbot.addWidget(overview)
    assert format_money(count * MAX_MINOR_UNITS, "EUR") in overview.totals.text()


def test_at_1024_px_the_legend_wraps_and_no_follow_up_column_is_cut(
    window, qtbot, demo_path, tmp_path
) -> None:
    from PySide6.QtGui import QFontMetrics

    from casefile.ui.views.overview_chart import SEVERITY_ORDER, severity_label

    window.resize(1024, 700)
    assert window.open_path(demo_path)
    qtbot.wait(20)
    view = window.workspace.current_view()
    chart = view.chart
    metrics = QFontMetrics(chart.font())
    lines = chart._legend_lines(metrics, chart.width())
    assert sum(len(line) for line in lines) == len(SEVERITY_ORDER)  # every severity shown
    for line in lines:
        for severity, x in line:
            assert x + 16 + metrics.horizontalAdvance(severity_label(severity)) <= chart.width()
    # the layout gives the chart its height for that width once it has settled
    qtbot.waitUntil(lambda: chart.height() >= chart.heightForWidth(chart.width()))
    table = view.follow_up_table
    header = table.horizontalHeader()
    used = sum(header.sectionSize(c) for c in range(header.count()))
    assert used <= table.viewport().width()  # nothing behind a horizontal scroll bar
    assert table.textElideMode() == Qt.TextElideMode.ElideMiddle  # "Emb…in Ukraine"
    window.grab().save(str(tmp_path / "overview-1024.png"))


def test_both_forms_label_their_fields_with_a_colon(view: OverviewView) -> None:
    labels = []
    for form in (view.form, view.submission):
        for layout in form.findChildren(QFormLayout):
            for row in range(layout.rowCount()):
                item = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
                label = item.widget() if item is not None else None
                if isinstance(label, QLabel) and label.text():
                    labels.append(label.text())
    assert "&Title:" in labels and "From:" in labels
    assert all(text.endswith(":") for text in labels), labels


def test_no_estimates_reads_as_one_sentence_in_russian(qtbot, session: CaseSession, speak) -> None:
    speak("ru")
    view = OverviewView(session)
    qtbot.addWidget(view)
    assert view.totals.text() == "Оценок пока нет: у 5 повреждений нет оценки."
