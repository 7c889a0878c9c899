"""The dialog for a file that cannot be opened: why, and what to do; the app carries on."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from casefile.store import CaseFileError
from casefile.ui.support.advice import about_file
from casefile.ui.support.store_errors import full_message, message_of


class CannotOpenDialog(QMessageBox):
    def __init__(self, parent: QWidget | None, path: Path, error: CaseFileError) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Cannot open the case file"))
        self.setText(self.tr("“{name}” cannot be opened.").format(name=path.name))
        # The store's message says what is wrong and then what to do (the CLI prints the
        # same words), so the dialog adds no advice of its own to repeat it.
        self.setInformativeText(about_file(path.name, message_of(error)))
        self.setDetailedText(full_message(error))
        self.setStandardButtons(QMessageBox.StandardButton.Ok)

    @classmethod
    def ask(cls, parent: QWidget | None, path: Path, error: CaseFileError) -> None:
        cls(parent, path, error).exec()
