"""Qt's own words in Azerbaijani, which Qt ships no catalogue of: ours (qtbase_az.ts)
holds what the app shows from Qt, and only strings Qt really asks for."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo
from PySide6.QtWidgets import (
    QAbstractButton,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
)

from casefile.assets import resources_dir

CATALOGUE = resources_dir() / "i18n" / "qtbase_az.ts"
#: the Qt strings the app shows, by where they show (context, source)
SHOWN = {
    "a text box's context menu": [
        ("QLineEdit", text)
        for text in ("&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All")
    ],
    "a text area's context menu": [
        ("QWidgetTextControl", text)
        for text in ("&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All")
    ]
    + [("QWidgetTextControl", "Copy &Link Location")],  # the help browser's links
    "a date box's context menu": [
        ("QAbstractSpinBox", text) for text in ("&Select All", "&Step up", "Step &down")
    ],
    "a scroll bar's context menu": [
        ("QScrollBar", text)
        for text in ("Scroll here", "Top", "Bottom", "Page up", "Page down", "Scroll up")
    ],
    "a message box's details": [
        ("QMessageBox", "Show Details..."),
        ("QMessageBox", "Hide Details..."),
    ],
    "a progress dialog": [("QProgressDialog", "Cancel")],
    "the buttons": [("QPlatformTheme", text) for text in ("OK", "Cancel", "Save", "Open", "Close")],
}


#: what Qt says only on Windows, absent from the Linux libraries the tests run on
WINDOWS_ONLY = [("QFileSystemModel", "My Computer")]


def _messages() -> dict[tuple[str, str], str]:
    found = {}
    for context in ET.parse(CATALOGUE).iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message.findtext("translation") or ""
    return found


@pytest.mark.parametrize("where", sorted(SHOWN))
def test_what_the_app_shows_from_qt_is_in_the_catalogue(where: str) -> None:
    messages = _messages()
    for key in SHOWN[where]:
        assert messages.get(key), key


def test_every_entry_is_a_string_qt_asks_for() -> None:
    """A source Qt does not have (a typo, a wrong context) would never be looked up: each
    is in Qt's own libraries' text."""
    libraries = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.LibrariesPath))
    text = b"".join(
        path.read_bytes()
        for name in ("Widgets", "Gui", "Core")
        for path in libraries.glob(f"libQt6{name}.so*")
    )
    if not text:
        pytest.skip("Qt's libraries are not where QLibraryInfo says (a bundled build)")
    missing = [key for key in _messages() if key[1].encode() not in text]
    assert missing == [key for key in WINDOWS_ONLY if key in missing]


@pytest.fixture
def azerbaijani(speak: Callable[[str], None]) -> None:
    speak("az")


@pytest.mark.parametrize("box", [QLineEdit, QPlainTextEdit])
def test_a_text_boxs_context_menu_is_azerbaijani(azerbaijani: None, qtbot, box) -> None:
    widget = box()
    qtbot.addWidget(widget)
    menu = widget.createStandardContextMenu()
    texts = [action.text().split("\t")[0] for action in menu.actions() if not action.isSeparator()]
    assert "&Köçür" in texts and "Hamısını seç" in texts
    assert not {"&Undo", "&Copy", "&Paste", "Select All", "Delete"} & set(texts)


def test_qts_file_dialog_shows_no_english(azerbaijani: None, qtbot, tmp_path: Path) -> None:
    dialog = QFileDialog(None, "", str(tmp_path), "Case files (*.casefile)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    shown = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]
    shown += [
        button.text() for button in dialog.findChildren(QAbstractButton) if button.isVisible()
    ]
    shown += [b.toolTip() for b in dialog.findChildren(QAbstractButton) if b.isVisible()]
    english = {
        "Look in:",
        "File &name:",
        "Files of type:",
        "&Open",
        "Cancel",
        "Back",
        "Detail View",
    }
    assert not english & set(shown), shown
    assert "Faylın &adı:" in shown and "&Aç" in shown and "Ləğv et" in shown


def test_a_message_box_offers_its_details_in_azerbaijani(azerbaijani: None, qtbot) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, "x", "y", QMessageBox.StandardButton.Ok)
    box.setDetailedText("details")
    qtbot.addWidget(box)
    box.show()
    texts = {button.text() for button in box.findChildren(QAbstractButton)}
    assert "Ətraflı göstər..." in texts and "OK" in texts


def test_a_progress_dialog_cancels_in_azerbaijani(azerbaijani: None, qtbot) -> None:
    dialog = QProgressDialog()
    qtbot.addWidget(dialog)
    assert {b.text() for b in dialog.findChildren(QAbstractButton)} == {"Ləğv et"}
