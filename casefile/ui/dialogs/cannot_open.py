"""The dialog for a file that cannot be opened: why, and what to do; the app carries on."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from casefile.store.errors import (
    CaseFileError,
    Corrupt,
    NeedsRecovery,
    NewerVersion,
    NotACaseFile,
    NotFound,
)


def advice(error: CaseFileError) -> str:
    """What the user can do about it, in a sentence."""
    if isinstance(error, NotFound):
        return (
            "Check that the file is where you think (a share may be offline), then open it again."
        )
    if isinstance(error, NotACaseFile):
        return "This file was not made by casefile. Choose a .casefile file."
    if isinstance(error, NewerVersion):
        return (
            "It was written by a newer casefile: update casefile to open it. "
            "The file was not changed."
        )
    if isinstance(error, Corrupt):
        return (
            "The file is damaged. Restore it from a backup copy, or run "
            "'casefile check' on it to see what is wrong."
        )
    if isinstance(error, NeedsRecovery):
        return (
            "Copy the file (with the -journal file beside it) to a writable disk and open it there."
        )
    return "Nothing was changed. Try again, or open it read-only."


class CannotOpenDialog(QMessageBox):
    def __init__(self, parent: QWidget | None, path: Path, error: CaseFileError) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle("Cannot open the case file")
        self.setText(f"“{path.name}” cannot be opened.")
        self.setInformativeText(f"{_sentence(error.message)}\n\n{advice(error)}")
        self.setDetailedText(str(error))
        self.setStandardButtons(QMessageBox.StandardButton.Ok)

    @classmethod
    def ask(cls, parent: QWidget | None, path: Path, error: CaseFileError) -> None:
        cls(parent, path, error).exec()


def _sentence(message: str) -> str:
    text = message[:1].upper() + message[1:]
    return text if text.endswith(".") else text + "."
