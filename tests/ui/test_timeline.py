"""The Timeline: time order, the incident's zone, date-only entries, internal marks, jumps."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics

from casefile.store.timeline import Timeline
from casefile.ui.case.session import CaseSession
from casefile.ui.models.timeline import IdRole, InternalRole, KindRole, TimelineModel
from casefile.ui.views.timeline import TimelineView

#: the offscreen platform saying what it cannot do (size hints, raise, grabs): not ours
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def view(qtbot, session: CaseSession) -> TimelineView:
    view = TimelineView(session)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


def column(view: TimelineView, number: int) -> list[str]:
    model = view.model
    return [model.index(row, number).data() for row in range(model.rowCount())]


def test_demo_chronology_in_kyiv_time(view: TimelineView) -> None:
    whens, kinds = column(view, 0), column(view, 1)
    assert whens[0] == "Fri 14 Nov 2025, 01:00"  # the strike, 23:00 UTC, in Kyiv time
    assert kinds[0] == "Incident"
    # the summons in Baku is a date-only meeting: its date, no time, on the right day
    summons = column(view, 2).index("Summons of Russia's ambassador")
    assert whens[summons] == "Fri 14 Nov 2025"
    assert view.model.headerData(0, Qt.Orientation.Horizontal) == "When (Europe/Kyiv)"
    entries = [view.model.entry(row) for row in range(view.model.rowCount())]
    days = [e.at.astimezone(dt.timezone(dt.timedelta(hours=2))).date() for e in entries]
    assert days == sorted(days)


def test_a_meeting_entered_in_another_zone_shows_in_kyiv_time(
    qtbot, view: TimelineView, session: CaseSession
) -> None:
    baku = dt.timezone(dt.timedelta(hours=4))
    meeting = session.add(
        "meeting", title="Call with Baku", timezone="Asia/Baku",
        held_at=dt.datetime(2025, 11, 15, 12, 0, tzinfo=baku),
    )  # fmt: skip
    qtbot.waitUntil(lambda: view.model.row_of("meeting", meeting.id) is not None)
    row = view.model.row_of("meeting", meeting.id)
    assert view.model.index(row, 0).data() == "Sat 15 Nov 2025, 10:00"
    before = view.model.entry(row - 1)
    assert before is not None and before.at <= view.model.entry(row).at  # type: ignore[union-attr]


def test_internal_items_are_marked_and_can_be_hidden(view: TimelineView) -> None:
    internal = [
        row for row in range(view.model.rowCount()) if view.model.index(row, 0).data(InternalRole)
    ]
    assert internal
    assert view.model.index(internal[0], 1).data() == "Note · internal"
    total = view.model.rowCount()
    view.include_internal.setChecked(False)
    assert view.model.rowCount() == total - len(internal)


def test_enter_and_double_click_ask_to_jump(qtbot, view: TimelineView) -> None:
    view.table.setFocus()
    view.table.selectRow(0)
    with qtbot.waitSignal(view.item_activated) as signal:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    first = view.model.index(0, 0)
    assert signal.args == [first.data(KindRole), first.data(IdRole)]
    assert signal.args[0] == "incident"

    second = view.model.index(1, 2)
    with qtbot.waitSignal(view.item_activated) as signal:
        at = view.table.visualRect(second).center()
        qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=at)
        qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert signal.args == [second.data(KindRole), second.data(IdRole)]


def test_show_item_selects_the_entry(view: TimelineView, session: CaseSession) -> None:
    note = session.case.records("note")[0]
    assert view.show_item("note", note.id)
    assert view.table.currentIndex().data(IdRole) == note.id
    assert not view.show_item("party", session.case.ids("party")[0])


def test_model(qtmodeltester, session: CaseSession) -> None:
    model = TimelineModel()
    model.set_entries(session.case.timeline(), "Europe/Kyiv")
    qtmodeltester.check(model)


def test_when_fits_the_bold_incident_and_dragged_widths_survive_edits(
    qtbot, view: TimelineView, session: CaseSession
) -> None:
    bold = QFont(view.table.font())
    bold.setBold(True)
    incident_when = view.model.index(0, 0).data()
    assert view.table.columnWidth(0) > QFontMetrics(bold).horizontalAdvance(incident_when)

    view.table.horizontalHeader().resizeSection(1, 260)  # the user drags "Kind" wider
    note = session.add("note", title="Later report", date=dt.date(2025, 11, 22))
    qtbot.waitUntil(lambda: view.model.row_of("note", note.id) is not None)
    assert view.table.columnWidth(1) == 260
    session.update_incident(timezone="Asia/Baku")  # "When (Asia/Baku)": refitted
    qtbot.waitUntil(lambda: view.model.zone == "Asia/Baku")
    assert view.table.columnWidth(0) >= view.table.horizontalHeader().sectionSizeHint(0)
    assert view.table.columnWidth(1) == 260


def test_a_long_timeline_makes_only_the_entries_it_shows(
    qtbot, session: CaseSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    """3,000 notes: the view shows a screenful, and jumping to one note shows a second."""
    doc = session.case.export_document()
    doc["notes"] += [
        {"id": str(uuid.uuid4()), "title": f"Report {n}", "date": f"2025-12-{1 + n % 28:02d}"}
        for n in range(3_000)
    ]
    session.case.import_document(doc)
    made: list[str] = []
    note_entry = Timeline._note_entry

    def counted(timeline: Timeline, note: Any) -> Any:
        made.append(note[2])
        return note_entry(timeline, note)

    monkeypatch.setattr(Timeline, "_note_entry", counted)
    view = TimelineView(session)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: len(made) > 0)  # the first paint
    assert view.model.rowCount() > 3_000 and len(made) < 100
    target = doc["notes"][-1]["id"]
    assert view.show_item("note", target)
    qtbot.waitUntil(lambda: target in made)
    assert view.model.index(view.table.currentIndex().row(), 2).data() == "Report 2999"
    assert len(made) < 200
