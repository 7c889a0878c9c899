"""What the views show, whole in every language: the lists' forms at the window's first
size fit the pane beside their list (no sideways scrolling to reach a button), long
labels and a check box's long text wrapping rather than widening the form; the audit
log's columns of times, actions and kinds hold what the language writes."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QStyle

from casefile.store import CaseFile
from casefile.ui.models.audit import ACTIONS, action_name
from casefile.ui.models.vocabulary import KIND_NAMES, kind_name
from casefile.ui.support.formatting import stamp_text
from casefile.ui.views.audit import AuditView

#: the offscreen platform saying what it cannot do (size hints, raise, grabs): not ours
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

KINDS = ("party", "damage_item", "note", "meeting", "follow_up")


def _form_pane(window, kind: str):
    """The list pane of `kind` showing its first item in its form."""
    item_id = window.workspace.session.case.records(kind)[0].id
    assert window.workspace.show_item(kind, item_id)
    view = window.workspace.current_view()
    pane = view.list_pane() if hasattr(view, "list_pane") else view
    QApplication.processEvents()
    return pane


@pytest.mark.parametrize("size", [(1280, 800), (1024, 700)], ids=["first", "laptop"])
@pytest.mark.parametrize("code", ["en", "ru", "az", "uk"])
def test_every_lists_form_fits_beside_its_list(code, size, qapp, window, demo_path, speak) -> None:
    """At the window's first size, and on a small laptop's screen."""
    speak(code)
    window.resize(*size)
    assert window.open_path(demo_path)
    for kind in KINDS:
        pane = _form_pane(window, kind)
        scroll = pane.right.currentWidget()
        assert scroll.horizontalScrollBar().maximum() == 0, kind


@pytest.mark.parametrize("code", ["en", "ru", "az", "uk"])
def test_every_view_fits_a_small_laptops_screen(code, qapp, window, demo_path, speak) -> None:
    """No view asks for a window wider than 1024 px: a long page name wraps in the
    navigator, long hints, legends and headings wrap, rather than widening the window
    past the screen."""
    speak(code)
    window.resize(1024, 700)
    assert window.open_path(demo_path)
    for row in range(window.workspace.navigator.count()):
        window.workspace.show_page(row)
        QApplication.processEvents()
        assert window.minimumSizeHint().width() <= 1024, window.workspace.navigator.item(row).text()
    assert window.width() == 1024
    navigator = window.workspace.navigator
    font = QFont(navigator.font())
    font.setPointSizeF(11)
    metrics = QFontMetrics(font)
    for row in range(navigator.count()):  # each page's name whole, on one line or two
        item = navigator.item(row)
        room = navigator.visualItemRect(item)
        needed = metrics.boundingRect(
            QRect(0, 0, room.width() - 20, 1000), Qt.TextFlag.TextWordWrap, item.text()
        )
        assert needed.height() <= room.height() - 14 + 2, item.text()


def test_a_flags_text_wraps_and_ticks_its_box_when_clicked(
    qapp, window, demo_path, qtbot, speak
) -> None:
    speak("ru")
    window.resize(1280, 800)
    assert window.open_path(demo_path)
    pane = _form_pane(window, "note")
    note_id = pane.current_id()
    field = pane.form.field("internal")
    assert field.text.wordWrap() and field.text.text() == field.check.accessibleName()
    before = field.check.isChecked()
    qtbot.mouseClick(field.text, Qt.MouseButton.LeftButton)  # on the words, as on a box
    assert field.check.isChecked() is not before
    with CaseFile.open(demo_path, read_only=True) as case:
        assert case.records("note", ids=[note_id])[0].internal is not before


@pytest.mark.parametrize("code", ["ru", "az", "uk"])
def test_the_audit_logs_times_actions_and_kinds_read_whole(
    code, qapp, qtbot, session, speak
) -> None:
    speak(code)
    view = AuditView(session)
    qtbot.addWidget(view)
    table = view.table
    metrics = table.fontMetrics()
    room = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
    late = dt.datetime(2025, 11, 21, 22, 58, 58, tzinfo=dt.UTC)
    columns = {
        0: [stamp_text(late, seconds=True)],
        2: [action_name(action) for action in ACTIONS],
        3: [kind_name(kind) for kind in KIND_NAMES],
    }
    for column, texts in columns.items():
        widest = max(metrics.horizontalAdvance(text) for text in texts)
        assert widest <= table.columnWidth(column) - room, (column, texts)
    assert kind_name("seal") != "seal" and kind_name("release") != "release"  # named, too


@pytest.mark.parametrize("code", ["ru", "az", "uk"])
def test_a_review_comments_time_reads_whole_and_cut_names_show_in_a_tooltip(
    code, qapp, qtbot, session, speak
) -> None:
    from casefile.ui.views.review import ReviewView

    speak(code)
    damage = session.case.records("damage_item")[0]
    session.add_comment(damage.id, "Add the contractor's estimate before this goes to Baku.")
    view = ReviewView(session)
    qtbot.addWidget(view)
    view.catch_up()
    table = view.table
    room = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
    when = view.model.index(0, 3).data()
    assert table.fontMetrics().horizontalAdvance(when) <= table.columnWidth(3) - room
    for column in (0, 2, 4):  # the item, who wrote it, its state: whole on hovering
        cell = view.model.index(0, column)
        assert cell.data(Qt.ItemDataRole.ToolTipRole) == cell.data()


@pytest.mark.parametrize("code", ["en", "ru", "uk", "az"])
def test_the_sample_days_are_as_wide_as_any_day_of_the_year(code, qapp, speak) -> None:
    """Columns of dates are measured on a few dozen days, not 365: among them is one as
    wide as the widest, even where a format names the weekday and the month."""
    from PySide6.QtGui import QFontMetrics

    from casefile.ui.support.formatting import date_text, sample_days, weekday_text

    speak(code)
    metrics = QFontMetrics(qapp.font())
    first = dt.date(2025, 1, 1)
    year = [first + dt.timedelta(days=n) for n in range(365)]
    for text in (date_text, weekday_text):
        widest = max(metrics.horizontalAdvance(text(day)) for day in year)
        assert max(metrics.horizontalAdvance(t) for t in sample_days(text)) == widest
