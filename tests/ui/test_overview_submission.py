"""The Overview's Submission group: the brief's framing typed, picked, undone and redone,
a bad clearance refused under its field, and the labels in the user's language."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit

from casefile.store import Clearance
from casefile.ui.case.session import CaseSession
from casefile.ui.views.overview import OverviewView

#: the offscreen platform saying what it cannot do (size hints, raise, grabs): not ours
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def view(qtbot, session: CaseSession) -> OverviewView:
    session.case.update_incident(sender="", clearances=[], purpose="", deadline=None)
    view = OverviewView(session)
    qtbot.addWidget(view)
    view.resize(1100, 900)
    view.show()
    qtbot.waitExposed(view)
    return view


def field(view: OverviewView, name: str, kind: type):
    found = view.findChild(kind, f"submission_{name}")
    assert found is not None, name
    return found


def retype(qtbot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def type_lines_and_leave(qtbot, view: OverviewView, box: QPlainTextEdit, lines: list[str]) -> None:
    box.setFocus()
    box.selectAll()
    qtbot.keyClick(box, Qt.Key.Key_Backspace)
    for n, line in enumerate(lines):
        if n:
            qtbot.keyClick(box, Qt.Key.Key_Return)
        qtbot.keyClicks(box, line)
    view.form.edits["title"].setFocus()  # leaving the box writes it
    qtbot.waitUntil(lambda: not box.hasFocus())


def test_from_typed_is_one_undoable_edit(qtbot, view: OverviewView, session: CaseSession) -> None:
    sender = field(view, "sender", QLineEdit)
    retype(qtbot, sender, "Embassy in Kyiv")
    assert session.case.incident().sender == "Embassy in Kyiv"
    assert session.undo_stack.count() == 1
    assert "from" in session.undo_stack.undoText()
    session.undo()
    assert session.case.incident().sender == ""
    qtbot.waitUntil(lambda: sender.text() == "")
    session.redo()
    qtbot.waitUntil(lambda: sender.text() == "Embassy in Kyiv")


def test_deadline_typed_as_iso_or_in_the_locale_and_purpose_picked(
    qtbot, view: OverviewView, session: CaseSession
) -> None:
    deadline = field(view, "deadline", QLineEdit)
    retype(qtbot, deadline, "2025-11-28")
    assert session.case.incident().deadline == dt.date(2025, 11, 28)
    typed = QLocale().toString(dt.date(2025, 12, 1), QLocale.FormatType.ShortFormat)
    retype(qtbot, deadline, typed.replace("/25", "/2025"))
    assert session.case.incident().deadline == dt.date(2025, 12, 1)
    purpose = field(view, "purpose", QComboBox)
    purpose.setFocus()
    purpose.setCurrentIndex(purpose.findData("decision"))
    purpose.activated.emit(purpose.currentIndex())
    assert session.case.incident().purpose == "decision"
    assert session.undo_stack.count() == 3
    session.undo()
    assert session.case.incident().purpose == ""
    session.undo()
    assert session.case.incident().deadline == dt.date(2025, 11, 28)
    retype(qtbot, deadline, "")
    assert session.case.incident().deadline is None


def test_clearances_one_a_line_and_a_bad_date_is_refused_under_the_field(
    qtbot, view: OverviewView, session: CaseSession
) -> None:
    box = field(view, "clearances", QPlainTextEdit)
    type_lines_and_leave(
        qtbot, view, box, ["Head of the Consular Section, 2025-11-24", "Legal Adviser"]
    )
    assert session.case.incident().clearances == (
        Clearance("Head of the Consular Section", dt.date(2025, 11, 24)),
        Clearance("Legal Adviser"),
    )
    count = session.undo_stack.count()
    type_lines_and_leave(qtbot, view, box, ["Legal Adviser, 2025-13-40"])
    error = view.findChild(QLabel, "error_clearances")
    assert error is not None and "2025-13-40" in error.text()
    assert session.undo_stack.count() == count
    assert len(session.case.incident().clearances) == 2
    session.undo()
    assert session.case.incident().clearances == ()


def test_a_read_only_case_shows_the_framing_without_editing_it(
    qtbot, read_only_session: CaseSession
) -> None:
    view = OverviewView(read_only_session)
    qtbot.addWidget(view)
    sender = field(view, "sender", QLineEdit)
    assert sender.text() == read_only_session.case.incident().sender != ""
    assert sender.isReadOnly() and field(view, "clearances", QPlainTextEdit).isReadOnly()
    assert not field(view, "purpose", QComboBox).isEnabled()


@pytest.fixture
def russian(speak: Callable[[str], None]) -> None:
    speak("ru")


def test_the_group_speaks_russian(qtbot, russian: None, session: CaseSession) -> None:
    view = OverviewView(session)
    qtbot.addWidget(view)
    labels = {label.text() for label in view.findChildren(QLabel)}
    assert {"От кого:", "Кому:", "Срок:", "Исполнитель:", "Согласовано:"} <= labels
    purpose = field(view, "purpose", QComboBox)
    assert [purpose.itemText(i) for i in range(purpose.count())] == [
        "Не указано",
        "Для принятия решения",
        "Для сведения",
    ]
