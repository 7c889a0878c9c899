"""A case file dropped on the main window, or handed over by the system (macOS), opens;
anything else is turned away."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from casefile.ui.app import app_icon


def mime_with(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def drag_enter(window, mime: QMimeData) -> bool:
    event = QDragEnterEvent(
        window.rect().center(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    event.ignore()
    QApplication.sendEvent(window, event)
    return event.isAccepted()


def drop(window, mime: QMimeData) -> bool:
    event = QDropEvent(
        QPointF(window.rect().center()),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    event.ignore()
    QApplication.sendEvent(window, event)
    return event.isAccepted()


def test_a_dropped_case_file_opens(window, qtbot, demo_path: Path, tmp_path: Path) -> None:
    """A file manager drags one or more files; the case among them opens, editable."""
    note = tmp_path / "note.txt"
    note.write_text("not a case")
    mime = mime_with(note, demo_path)
    assert window.acceptDrops()
    assert drag_enter(window, mime)
    with qtbot.waitSignal(window.case_opened, timeout=10_000) as opened:
        assert drop(window, mime)
    assert opened.args == [demo_path.absolute()]
    assert window.session is not None and not window.session.read_only


@pytest.mark.parametrize("name", ["photo.jpg", "brief.pdf", "casefile"])
def test_other_files_are_turned_away(window, qtbot, tmp_path: Path, name: str) -> None:
    other = tmp_path / name
    other.write_bytes(b"x")
    mime = mime_with(other)
    assert not drag_enter(window, mime)
    assert not drop(window, mime)
    qtbot.wait(50)
    assert window.session is None


def test_the_case_suffix_is_matched_in_any_case(window, qtbot, demo_path: Path) -> None:
    """Windows and macOS ignore case: Strike.CASEFILE is a case file there."""
    upper = demo_path.with_name("Strike.CASEFILE")
    demo_path.rename(upper)
    mime = mime_with(upper)
    assert drag_enter(window, mime)
    with qtbot.waitSignal(window.case_opened, timeout=10_000):
        assert drop(window, mime)


def test_the_app_icon_has_every_size(qapp) -> None:
    sizes = {(s.width(), s.height()) for s in app_icon().availableSizes()}
    assert sizes == {(n, n) for n in (16, 24, 32, 48, 64, 128, 256)}


def test_a_file_the_system_asks_to_open_opens(window, qtbot, qapp, demo_path: Path) -> None:
    """macOS opens a document from the Finder with a FileOpen event to the running app."""
    from PySide6.QtGui import QFileOpenEvent

    from casefile.ui.app import FileOpenRequests

    qapp.installEventFilter(FileOpenRequests(window))
    with qtbot.waitSignal(window.case_opened, timeout=10_000) as opened:
        QApplication.sendEvent(qapp, QFileOpenEvent(str(demo_path)))
    assert opened.args == [demo_path.absolute()]
