"""Help > Manual and Help > Keyboard shortcuts: the bundled manual in the app's language,
and the keys of the window's own actions (so the sheet never disagrees with what the
keys do)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from casefile.assets import resource, resources_dir
from casefile.ui.support.translation import LOCALES


def app_language() -> str:
    """The language the app speaks: the one whose locale is the default (apply_language
    sets it), else English."""
    language = QLocale().language()
    for code, name in LOCALES.items():
        if QLocale(name).language() == language:
            return code
    return "en"


def manual_text(language: str | None = None) -> str:
    """The manual in `language` (the app's by default); English where it has none."""
    wanted = language or app_language()
    translated = resources_dir() / "help" / f"manual_{wanted}.md"
    if wanted != "en" and translated.is_file():
        return translated.read_text(encoding="utf-8")
    return resource("help", "manual.md").read_text(encoding="utf-8")


def shortcut_rows(actions: list[QAction]) -> list[tuple[str, str]]:
    """(what, keys) for every action with a shortcut, as the menus name it."""
    rows = []
    for action in actions:
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
        if keys:
            what = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
            rows.append((what.removesuffix("…"), ", ".join(keys)))
    return rows


class HelpDialog(QDialog):
    """A browser over one help text; non-modal, so it stays open beside the case."""

    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(640, 600)

    @classmethod
    def manual(cls, parent: QWidget | None) -> HelpDialog:
        dialog = cls(parent, QCoreApplication.translate("HelpDialog", "casefile manual"))
        dialog.browser.setMarkdown(manual_text())
        dialog.show()
        return dialog

    @classmethod
    def shortcuts(cls, parent: QWidget | None, actions: list[QAction]) -> HelpDialog:
        title = QCoreApplication.translate("HelpDialog", "Keyboard shortcuts")
        dialog = cls(parent, title)
        rows = "".join(
            f"<tr><td>{escape(what)}</td><td><b>{escape(keys)}</b></td></tr>"
            for what, keys in shortcut_rows(actions)
        )
        viewer = QCoreApplication.translate(
            "HelpDialog",
            "In the photo viewer: + and - zoom, 0 fits, 1 is actual size, the arrow keys go "
            "to the next or previous file.",
        )
        dialog.browser.setHtml(
            f"<h2>{escape(title)}</h2><table cellpadding='4'>{rows}</table><p>{escape(viewer)}</p>"
        )
        dialog.show()
        return dialog
