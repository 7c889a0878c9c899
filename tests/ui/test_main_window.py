"""The main window: new, open, read-only, locked and bad files, search, settings, the brief."""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import json
import os
import sqlite3
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QMenu, QWidget

from casefile.store import CaseFile, CaseFileError, Corrupt, NotACaseFile, NotFound
from casefile.store.lock import lock_path
from casefile.ui.app import report_case_errors
from casefile.ui.dialogs.cannot_open import CannotOpenDialog
from casefile.ui.dialogs.files import FileDialogs
from casefile.ui.dialogs.locked import LockedChoice, LockedDialog
from casefile.ui.dialogs.new_case import NewCaseDialog
from casefile.ui.dialogs.settings import SettingsDialog
from casefile.ui.models.roles import IdRole
from casefile.ui.views.pages import PAGES, Page
from casefile.ui.window.workspace import MessageBar


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _replace(monkeypatch, cls, name: str, result):
    """Replace a dialog's ask (or a file picker) with a recorder returning `result`."""
    calls: list[tuple] = []

    def fake(klass, *args, **kwargs):
        calls.append(args)
        return result(*args) if callable(result) else result

    monkeypatch.setattr(cls, name, classmethod(fake))
    return calls


def test_new_case_asks_for_the_facts_then_where_to_save(window, monkeypatch, tmp_path) -> None:
    facts = {
        "title": "Shelling near the consulate", "reference": "REF-1",
        "occurred_at": dt.datetime(2025, 11, 14, 1, 0, tzinfo=dt.UTC), "timezone": "Europe/Kyiv",
        "location": "Odesa", "classification": "RESTRICTED", "summary": "",
    }  # fmt: skip
    target = tmp_path / "consulate.casefile"
    _replace(monkeypatch, NewCaseDialog, "ask", facts)
    _replace(monkeypatch, FileDialogs, "ask_save_case", target)
    window.action_new.trigger()
    assert window.session is not None and window.session.case.path == target
    assert window.windowTitle() == "Shelling near the consulate — consulate.casefile"
    assert target.name in window.file_label.text() and "editing" in window.file_label.text()
    assert window.file_label.toolTip() == str(target)
    with CaseFile.open(target, read_only=True) as case:
        assert case.incident().reference == "REF-1"
        assert case.audit_log()[0].actor == "tester"  # the name from Settings
    assert window.settings.recent_files()[0] == target


def test_new_case_dialog_checks_the_facts(qtbot) -> None:
    dialog = NewCaseDialog(None, "RESTRICTED")
    qtbot.addWidget(dialog)
    dialog.title.setText("Blast at the embassy")
    dialog.timezone.setEditText("Europe/Kyiv")
    dialog.occurred_at.setText("2025-11-14 01:00")
    values = dialog.values()
    assert values["occurred_at"] == dt.datetime(2025, 11, 13, 23, 0, tzinfo=dt.UTC)
    assert values["classification"] == "RESTRICTED"
    dialog.occurred_at.setText("yesterday")
    dialog.accept()
    assert dialog.error.isVisibleTo(dialog) and "not a date" in dialog.error.text()
    assert dialog.result() == 0


def test_edits_are_saved_at_once_and_the_status_bar_says_so(window, demo_path) -> None:
    assert window.open_path(demo_path)
    window.session.update_incident(status="closed")
    assert window.file_label.text().startswith("All changes saved at ")
    with CaseFile.open(demo_path, read_only=True) as case:
        assert case.incident().status == "closed"


class _WindowsShown(QObject):
    """Records the widgets shown as windows of their own, other than the main window."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and not isinstance(watched, (QMainWindow, QMenu))
        ):
            self.shown.append(type(watched).__name__)
        return False


def test_visiting_every_view_opens_no_stray_window(window, demo_path, qtbot) -> None:
    """A widget shown before it has a parent flashes on screen as a window of its own."""
    assert window.open_path(demo_path)
    spy = _WindowsShown()
    QApplication.instance().installEventFilter(spy)
    try:
        for row in range(window.workspace.navigator.count()):
            window.workspace.show_page(row)
            qtbot.wait(1)
    finally:
        QApplication.instance().removeEventFilter(spy)
    assert spy.shown == []


def test_every_page_builds_a_view_that_keeps_the_view_contract(session) -> None:
    """The workspace and the window call these on whatever view is in front."""
    from casefile.ui.views import ViewOptions

    for page in PAGES:
        view = page.load()(session, ViewOptions())
        try:
            assert isinstance(view, QWidget) and view.title == page.title
            for name in VIEW_MEMBERS:
                assert hasattr(view, name), f"{page.title} lacks {name}"
            assert view.show_item("no such kind", "no-such-id") is False
            assert (view.add_label is not None) == (page.title in ADDING_VIEWS)
        finally:
            view.deleteLater()


#: What casefile.ui.views.View asks of every view.
VIEW_MEMBERS = (
    "title", "jump_requested", "message_posted", "actions_changed", "add_label", "can_delete",
    "show_item", "add_item", "delete_selected", "commit_pending",
)  # fmt: skip
#: The views where Edit > Add adds something.
ADDING_VIEWS = ("Parties", "Damage", "Notes", "Meetings & follow-ups", "Review")


def test_a_view_whose_code_fails_to_load_raises_instead_of_hiding(
    window, demo_path, monkeypatch
) -> None:
    """A broken view is a bug to see, not a page saying it is "not available"."""
    import dataclasses

    from casefile.ui.window import workspace

    def broken():
        raise ImportError("cannot import name 'TimelineView'")

    pages = list(workspace.PAGES)
    row = next(i for i, page in enumerate(pages) if page.title == "Timeline")
    pages[row] = dataclasses.replace(pages[row], load=broken)
    monkeypatch.setattr(workspace, "PAGES", tuple(pages))
    assert window.open_path(demo_path)
    with pytest.raises(ImportError, match="TimelineView"):
        window.workspace.view(row)


def test_the_views_code_loads_while_sqlite_checks_the_file(window, demo_path, monkeypatch) -> None:
    """Opening a large file waits tens of milliseconds on SQLite's checks; the opener
    loads the views' modules in that wait, a view a step, on the GUI thread."""
    import threading
    import time

    from casefile.store import sqlitefile
    from casefile.ui.window import workspace

    def slow_quick_check(conn, real=sqlitefile.quick_check):
        time.sleep(0.3)
        return real(conn)

    monkeypatch.setattr(sqlitefile, "quick_check", slow_quick_check)
    monkeypatch.setattr(sqlitefile, "_usable_cores", lambda: 2)
    monkeypatch.setattr(sqlitefile, "CHECK_ON_THREADS_FROM_BYTES", 0)  # as a large file
    steps = []
    real_step = workspace.ViewCode.__call__

    def step(self):
        steps.append(threading.get_ident())
        return real_step(self)

    monkeypatch.setattr(workspace.ViewCode, "__call__", step)
    assert window.open_path(demo_path)
    assert steps and set(steps) == {threading.get_ident()}
    assert window.workspace.current_view().title == "Overview"


def test_view_code_loads_one_view_a_step_in_navigator_order(monkeypatch) -> None:
    """A view whose code fails to load raises there, as it would when first shown."""
    from casefile.ui.window import workspace

    loaded: list[str] = []

    def loader(name: str):
        def load():
            if name == "Broken":
                raise ImportError("cannot import name 'BrokenView'")
            loaded.append(name)

        return load

    pages = tuple(Page(name, (), loader(name)) for name in ("A", "B", "Broken"))
    monkeypatch.setattr(workspace, "PAGES", pages)
    load = workspace.ViewCode()
    assert load() is True and loaded == ["A"]
    assert load() is True and loaded == ["A", "B"]
    with pytest.raises(ImportError, match="BrokenView"):
        load()
    assert load() is False


def test_read_only_disables_every_editing_action(window, demo_path) -> None:
    digest = file_digest(demo_path)
    assert window.open_path(demo_path, read_only=True)
    assert window.windowTitle().endswith("(read-only)")
    assert window.workspace.banner is not None and window.workspace.banner.isVisible()
    assert "Read-only" in window.file_label.text()
    for row in range(1, 5):
        window.workspace.show_page(row)
        assert not any(a.isEnabled() for a in window.editing_actions())
        view = window.workspace.current_view()
        panes = view.panes() if hasattr(view, "panes") else [view]
        for pane in panes:
            assert not pane.add_button.isVisible()
            pane.select_id(pane.model.id_at(0))
            edits = pane.form.findChildren(QLineEdit)
            assert edits and all(
                e.isReadOnly() or not e.isEnabled() for e in edits if e.isVisible()
            )
    window.action_add.trigger()
    window.action_delete.trigger()
    window.close_case()
    assert file_digest(demo_path) == digest


@pytest.mark.parametrize(
    ("content", "error"),
    [(b"this is not a database", NotACaseFile), (None, NotFound)],
    ids=["not-a-case-file", "missing"],
)
def test_a_file_that_cannot_be_opened_gets_a_dialog(
    window, monkeypatch, tmp_path, content, error
) -> None:
    path = tmp_path / "bad.casefile"
    if content is not None:
        path.write_bytes(content)
    calls = _replace(monkeypatch, CannotOpenDialog, "ask", None)
    assert not window.open_path(path)
    assert len(calls) == 1 and isinstance(calls[0][2], error)
    assert window.session is None and window.pages.currentWidget() is window.welcome


def test_a_corrupt_file_gets_a_dialog_and_the_open_case_stays(
    window, monkeypatch, demo_path, tmp_path
) -> None:
    corrupt = tmp_path / "corrupt.casefile"
    data = bytearray(demo_path.read_bytes())
    data[4096 : 4096 * 3] = b"\xff" * (4096 * 2)  # smash two pages after the header
    corrupt.write_bytes(bytes(data))
    assert window.open_path(demo_path)
    calls = _replace(monkeypatch, CannotOpenDialog, "ask", None)
    assert not window.open_path(corrupt)
    assert len(calls) == 1 and isinstance(calls[0][2], Corrupt | NotACaseFile)
    assert window.session is not None and window.session.case.path == demo_path


def _not_sqlite(path: Path) -> None:
    path.write_bytes(b"this is not a database")


def _from_a_newer_casefile(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 999")
    conn.close()


def _damaged(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[4096 * 3 : 4096 * 6] = b"\xff" * (4096 * 3)  # smash pages inside the tables
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    ("spoil", "what_is_wrong", "what_to_do"),
    [
        (_not_sqlite, "not a case file", "open a .casefile"),
        (_from_a_newer_casefile, "newer casefile", "update casefile"),
        (_damaged, "damaged", "restore it from a copy"),
        (lambda path: path.unlink() or path.mkdir(), "is a folder", "open a .casefile"),
        (lambda path: path.unlink(), "does not exist", "may be offline"),
    ],
    ids=["not-sqlite", "newer-version", "damaged", "folder", "missing"],
)
def test_cannot_open_dialog_says_why_and_what_to_do_once(
    qtbot, demo_path, spoil, what_is_wrong, what_to_do
) -> None:
    spoil(demo_path)
    with pytest.raises(CaseFileError) as raised:
        CaseFile.open(demo_path)
    dialog = CannotOpenDialog(None, demo_path, raised.value)
    qtbot.addWidget(dialog)
    assert "demo.casefile" in dialog.text()
    said = dialog.informativeText().lower()
    # Each said exactly once: the dialog does not repeat the store's advice in its own words.
    assert said.count(what_is_wrong) == 1 and said.count(what_to_do) == 1, said


#: Values and tables a hand or another tool may plant, met by different views.
PLANTED = {
    "note date": "UPDATE note SET date = 'garbage' WHERE date IS NOT NULL",
    "cost": "UPDATE damage_item SET estimated_cost = 'abc' WHERE estimated_cost IS NULL",
    "meeting time": "UPDATE meeting SET held_at = 'garbage'",
    "party name": "UPDATE party SET name = x'00ff'",
    "audit log": "DROP TABLE change_log",
}


@pytest.mark.parametrize("plant", PLANTED, ids=list(PLANTED))
def test_a_case_holding_what_casefile_did_not_write_is_closed_with_its_words(
    qtbot, window, monkeypatch, demo_path, plant
) -> None:
    """Whichever view meets the value, as it opens or as its list is shown: the case is
    closed and the user told where the value is, once; no other error on the way."""
    sql_conn = sqlite3.connect(demo_path, isolation_level=None)
    sql_conn.execute(PLANTED[plant])
    sql_conn.close()
    before = file_digest(demo_path)
    calls = _replace(monkeypatch, CannotOpenDialog, "ask", None)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    with qtbot.capture_exceptions() as raised:
        if window.open_path(demo_path, read_only=True):
            for row in range(len(PAGES)):
                window.workspace.show_page(row)
                qtbot.wait(5)
    errors = [error for _, error, _ in raised]
    assert all(isinstance(error, Corrupt) for error in errors), errors
    report_case_errors(window)  # what the app does with them (pytest-qt took them here)
    for error in errors:
        sys.excepthook(type(error), error, None)
    qtbot.waitUntil(lambda: window.session is None and len(calls) == 1)
    said = str(calls[0][2])
    assert "casefile did not write" in said or "not as casefile writes" in said
    assert window.pages.currentWidget() is window.welcome
    assert file_digest(demo_path) == before


def test_a_demo_that_cannot_be_written_says_why_and_what_to_do(window, monkeypatch) -> None:
    def disk_full(path: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr("casefile.demo.build_demo", disk_full)
    calls = _replace(monkeypatch, CannotOpenDialog, "ask", None)
    assert not window.open_demo()
    ((_, path, error),) = calls
    assert path.name == "demo-kyiv-embassy.casefile"
    assert "No space left on device" in error.message and "free some space" in error.message
    assert window.session is None and window.pages.currentWidget() is window.welcome


def test_a_copy_of_a_case_on_read_only_media_is_suggested_somewhere_writable(
    window, monkeypatch, demo_path, tmp_path
) -> None:
    """A case opened from a CD: its own folder cannot take the copy, or the brief."""
    assert window.open_path(demo_path)
    window.settings.last_folder = tmp_path / "work"
    (tmp_path / "work").mkdir()
    writable = os.access
    monkeypatch.setattr(
        "casefile.ui.window.main_window.os.access",
        lambda path, mode: Path(path) != demo_path.parent and writable(path, mode),
    )
    calls = _replace(monkeypatch, FileDialogs, "ask_save_case", None)
    assert window.save_copy() is None  # cancelled in the dialog
    ((_, _, suggested),) = calls
    assert suggested == tmp_path / "work" / "demo (copy).casefile"


def test_read_only_media_say_so_once(window, monkeypatch, demo_path) -> None:
    """The banner, with its Save a copy button; not a second bar saying the same."""
    monkeypatch.setattr("casefile.store.opener.writable", lambda path: False)
    assert window.open_path(demo_path)
    assert window.session.read_only
    bars = [b for b in window.workspace.findChildren(MessageBar) if not b.isHidden()]
    texts = [b.label.text() for b in bars]
    assert len(texts) == 1 and "Read-only" in texts[0], texts
    assert window.session.case.notices  # the CLI still prints it


def _lock_by_someone_else(path: Path) -> None:
    holder = {"user": "olena", "host": "consulate-pc", "pid": 4242,
              "since": "2025-11-14T08:30:00+00:00"}  # fmt: skip
    lock_path(path).write_text(json.dumps(holder), encoding="utf-8")


def test_locked_file_offers_read_only(window, monkeypatch, demo_path) -> None:
    _lock_by_someone_else(demo_path)
    calls = _replace(monkeypatch, LockedDialog, "ask", LockedChoice.READ_ONLY)
    assert window.open_path(demo_path)
    holder = calls[0][2]
    assert (holder.user, holder.host) == ("olena", "consulate-pc")
    assert window.session.read_only
    assert json.loads(lock_path(demo_path).read_text())["user"] == "olena"  # theirs, untouched


def test_locked_file_offers_to_edit_a_copy(window, monkeypatch, demo_path, tmp_path) -> None:
    _lock_by_someone_else(demo_path)
    copy = tmp_path / "my-copy.casefile"
    _replace(monkeypatch, LockedDialog, "ask", LockedChoice.EDIT_COPY)
    _replace(monkeypatch, FileDialogs, "ask_save_case", copy)
    assert window.open_path(demo_path)
    assert window.session.case.path == copy and not window.session.read_only


def test_locked_file_can_be_taken_over_after_a_warning(window, monkeypatch, demo_path) -> None:
    from casefile.ui.dialogs.locked import OverrideWarning

    _lock_by_someone_else(demo_path)
    _replace(monkeypatch, LockedDialog, "ask", LockedChoice.OVERRIDE)
    warnings = _replace(monkeypatch, OverrideWarning, "ask", True)
    assert window.open_path(demo_path)
    assert warnings[0][2].user == "olena"  # the warning names whose lock is taken
    assert not window.session.read_only
    assert json.loads(lock_path(demo_path).read_text())["user"] != "olena"  # ours now


def test_declining_the_take_over_warning_opens_nothing(window, monkeypatch, demo_path) -> None:
    from casefile.ui.dialogs.locked import OverrideWarning

    _lock_by_someone_else(demo_path)
    _replace(monkeypatch, LockedDialog, "ask", LockedChoice.OVERRIDE)
    _replace(monkeypatch, OverrideWarning, "ask", False)
    assert not window.open_path(demo_path)
    assert json.loads(lock_path(demo_path).read_text())["user"] == "olena"


def test_locked_file_cancel_opens_nothing(window, monkeypatch, demo_path) -> None:
    _lock_by_someone_else(demo_path)
    _replace(monkeypatch, LockedDialog, "ask", None)
    assert not window.open_path(demo_path)
    assert window.session is None


def test_locked_dialog_names_the_holder_and_since_when(qtbot, tmp_path) -> None:
    from casefile.store.lock import LockHolder
    from casefile.ui.support.formatting import stamp_text

    holder = LockHolder("olena", "consulate-pc", 4242, "2025-11-14T08:30:00+00:00")
    dialog = LockedDialog(None, tmp_path / "case.casefile", holder)
    qtbot.addWidget(dialog)
    text = dialog.informativeText()
    since = stamp_text(dt.datetime(2025, 11, 14, 8, 30, tzinfo=dt.UTC))  # this computer's time
    assert "olena" in text and "consulate-pc" in text and f"(since {since})" in text
    dialog.open()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert dialog.choice() is LockedChoice.EDIT_COPY


def test_closing_releases_the_lock(window, demo_path) -> None:
    assert window.open_path(demo_path)
    assert lock_path(demo_path).exists()
    window.action_close.trigger()
    assert not lock_path(demo_path).exists()
    assert window.windowTitle() == "casefile"
    assert not window.action_save_copy.isEnabled()


def test_search_jumps_to_the_item(window, qtbot, demo_path) -> None:
    assert window.open_path(demo_path)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    search = window.search
    assert search.isVisible()
    qtbot.keyClicks(search.query, "Galuzin")
    search.run_search()
    groups = [search.model.item(r).text() for r in range(search.model.rowCount())]
    assert any(g.startswith("Parties") for g in groups) and any(
        g.startswith("Meetings") for g in groups
    )
    meetings_group = next(r for r, g in enumerate(groups) if g.startswith("Meetings"))
    hit = search.model.item(meetings_group).child(0)
    search.results.setCurrentIndex(hit.index())
    qtbot.keyClick(search.query, Qt.Key.Key_Return)
    view = window.workspace.current_view()
    assert window.workspace.navigator.currentItem().text() == "Meetings & follow-ups"
    assert view.meetings.current_id() == hit.data(IdRole)
    assert not search.isVisible()


def test_search_says_when_it_shows_only_the_best_matches(window, qtbot, demo_path) -> None:
    with CaseFile.open(demo_path) as case:
        for n in range(205):
            case.add("party", name=f"Glazier {n}", role="glass repairs")
    assert window.open_path(demo_path)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    search = window.search
    qtbot.keyClicks(search.query, "glass")
    search.run_search()
    assert search.model.item(0).text() == "Parties (200 shown)"
    assert "best 200 matches are shown, and there are more" in search.status.text()
    search.query.setText("Glazier 17")  # few enough: the real count, with no "shown"
    search.run_search()
    assert not search.model.item(0).text().endswith("shown)")
    assert "found" in search.status.text() and "more" not in search.status.text()


def test_edit_delete_works_in_photos_and_documents(window, qtbot, demo_path) -> None:
    assert window.open_path(demo_path)
    window.workspace.show_page(5)
    view = window.workspace.current_view()
    qtbot.waitUntil(lambda: view.selected_id() is not None)
    assert window.action_delete.isEnabled()
    doomed = view.selected_id()
    view.grid.setFocus()
    window.action_delete.trigger()
    assert doomed not in window.session.case.ids("attachment")
    window.action_undo.trigger()  # back, and shown selected
    assert view.selected_id() == doomed
    assert "no longer in the case" not in window.statusBar().currentMessage()


def test_settings_dialog_saves_the_preferences(qtbot, settings) -> None:
    dialog = SettingsDialog(None, settings)
    qtbot.addWidget(dialog)
    dialog.actor.setText("Olena Kovalenko")
    dialog.currency.setText("xyz")
    dialog.accept()
    assert "Unknown currency" in dialog.error.text() and settings.default_currency == "EUR"
    dialog.currency.setText("uah")
    dialog.classification.setText("CONFIDENTIAL")
    dialog.accept()
    assert (settings.actor, settings.default_currency, settings.default_classification) == (
        "Olena Kovalenko", "UAH", "CONFIDENTIAL",
    )  # fmt: skip


def test_save_a_copy(window, monkeypatch, demo_path, tmp_path) -> None:
    assert window.open_path(demo_path)
    target = tmp_path / "to-share.casefile"
    _replace(monkeypatch, FileDialogs, "ask_save_case", target)
    window.action_save_copy.trigger()
    with CaseFile.open(target, read_only=True) as copy:
        assert copy.count("party") == window.session.case.count("party")


def test_welcome_opens_the_demo_building_it_if_missing(window, monkeypatch, tmp_path) -> None:
    demo = tmp_path / "demo" / "demo.casefile"
    monkeypatch.setattr("casefile.paths.demo_path", lambda: demo)
    window.welcome.demo_button.click()
    assert demo.exists() and window.session.case.path == demo
    window.close_case()
    assert window.welcome.recent.item(0).text().startswith("demo.casefile")


def test_starting_on_a_file_that_cannot_be_opened_shows_the_welcome_screen(
    qtbot, settings, monkeypatch, tmp_path
) -> None:
    from casefile.ui.app import build_window

    path = tmp_path / "bad.casefile"
    path.write_bytes(b"this is not a database")
    calls = _replace(monkeypatch, CannotOpenDialog, "ask", None)
    window = build_window(settings, path, read_only=False)
    qtbot.addWidget(window)
    assert len(calls) == 1
    assert window.session is None and window.pages.currentWidget() is window.welcome
    assert window.welcome.new_button.isEnabled()


def test_starting_on_a_case_then_closing_it_shows_the_welcome_screen(
    qtbot, settings, demo_path
) -> None:
    from casefile.ui.app import build_window

    window = build_window(settings, demo_path, read_only=False)
    qtbot.addWidget(window)
    assert window.pages.currentWidget() is window.workspace
    window.close_case()
    assert window.pages.currentWidget() is window.welcome
    assert window.welcome.recent.item(0).text().startswith("demo.casefile")
    window.close()


def test_a_case_that_fails_while_its_first_view_is_built_is_closed_with_a_dialog(
    qtbot, settings, monkeypatch, demo_path, tmp_path
) -> None:
    """Started on one case (no welcome screen built yet), then another that opens but
    cannot be read while its overview is built: the window falls back to the welcome
    screen and says why, rather than showing an empty page."""
    import shutil

    from casefile.store import CaseFileError
    from casefile.ui.app import build_window
    from casefile.ui.window import main_window

    window = build_window(settings, demo_path, read_only=False)
    qtbot.addWidget(window)
    second = tmp_path / "second.casefile"
    shutil.copyfile(demo_path, second)

    def unreadable(*args, **kwargs):
        raise CaseFileError("the disk went away while reading")

    monkeypatch.setattr(main_window, "Workspace", unreadable)
    calls = _replace(monkeypatch, CannotOpenDialog, "ask", None)
    assert not window.open_path(second)
    assert len(calls) == 1 and "disk went away" in str(calls[0][2])
    assert window.session is None and window.workspace is None
    assert window.pages.currentWidget() is window.welcome
    assert not lock_path(second).exists()  # the case was closed


def test_a_named_pipe_chosen_as_a_case_gets_a_dialog_at_once(window, monkeypatch, tmp_path) -> None:
    """File > Open on a pipe would block the window forever if it were read."""
    from reliability_support import GuardedPipe

    pipe = GuardedPipe(tmp_path / "pipe.casefile")
    calls = _replace(monkeypatch, CannotOpenDialog, "ask", None)
    try:
        assert not window.open_path(pipe.path)
    finally:
        pipe.close()
    assert not pipe.released
    assert len(calls) == 1 and isinstance(calls[0][2], NotACaseFile)
    assert "is a named pipe (FIFO), not a case file" in str(calls[0][2])


def shown_text(text: str) -> str:
    """A menu item's text as Qt draws it: "&&" is an ampersand, a lone "&" a mnemonic."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def test_view_menu_shows_each_view_title_as_written(window) -> None:
    """A title reads as written: "Meetings & follow-ups", never "Meetings _follow-ups"."""
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    shown = [shown_text(action.text()) for action in view_menu.actions()]
    assert shown == [page.title for page in PAGES]
    assert "Meetings & follow-ups" in shown


def test_the_lock_dialog_names_the_editor_by_their_settings_name(
    window, monkeypatch, demo_path, tmp_path
) -> None:
    """A colleague is shown the name the editor gave in Settings, not their login."""
    from casefile.ui.case.opening import CaseOpener
    from casefile.ui.support.settings import Settings
    from casefile.ui.window.main_window import MainWindow

    window.settings.actor = "Anna Petrova"
    assert window.open_path(demo_path)
    store = QSettings(str(tmp_path / "colleague.ini"), QSettings.Format.IniFormat)
    colleague_settings = Settings(store, tmp_path / "colleague.toml")
    colleague_settings.actor = "Olena"
    colleague = MainWindow(colleague_settings, CaseOpener(colleague_settings))
    calls = _replace(monkeypatch, LockedDialog, "ask", None)
    try:
        assert not colleague.open_path(demo_path)
    finally:
        colleague.close()
        colleague.deleteLater()
    assert calls[0][2].user == "Anna Petrova"


def test_a_damaged_file_is_told_in_a_whole_sentence_without_a_command(qtbot, demo_path) -> None:
    """The GUI user gets a sentence naming the file; `casefile check` is for the CLI."""
    _damaged(demo_path)
    with pytest.raises(Corrupt) as raised:
        CaseFile.open(demo_path)
    assert "casefile check" in raised.value.message  # the CLI's words stay as they are
    dialog = CannotOpenDialog(None, demo_path, raised.value)
    qtbot.addWidget(dialog)
    said = dialog.informativeText()
    assert said.startswith("“demo.casefile” ") and said.endswith(".")
    assert "casefile check" not in said and "run " not in said
    assert "restore it from a copy" in said


@pytest.mark.parametrize(
    ("message", "said"),
    [
        (
            "is damaged: run 'casefile check' on it and restore it from a copy",
            "“c.casefile” is damaged: restore it from a copy.",
        ),
        (
            "cannot be read (x): run 'casefile check' on it, and restore it from a copy",
            "“c.casefile” cannot be read (x): restore it from a copy.",
        ),
        (
            "is damaged (x) and cannot be edited: open it read-only to see what can be read, "
            "run 'casefile check', and restore it from a copy",
            "“c.casefile” is damaged (x) and cannot be edited: open it read-only to see what "
            "can be read, and restore it from a copy.",
        ),
        (
            "holds 2 incidents instead of one: run 'casefile check'",
            "“c.casefile” holds 2 incidents instead of one: restore it from a copy.",
        ),
    ],
)
def test_the_stores_advice_to_run_a_command_is_left_out_in_the_gui(message, said) -> None:
    from casefile.ui.support.advice import about_file

    assert about_file("c.casefile", message) == said


def test_help_shows_the_manual_and_a_sheet_of_the_windows_own_shortcuts(window) -> None:
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    assert [shown_text(a.text()) for a in help_menu.actions() if a.text()][:2] == [
        "Manual",
        "Keyboard shortcuts",
    ]
    manual = window.show_manual()
    text = manual.browser.toPlainText()
    assert "casefile manual" in text and "Export brief" in text
    manual.close()
    sheet = window.show_shortcuts().browser.toPlainText()
    undo = window.action_undo.shortcuts()[0].toString(QKeySequence.SequenceFormat.NativeText)
    assert "Undo" in sheet and undo in sheet and "Meetings & follow-ups" in sheet
