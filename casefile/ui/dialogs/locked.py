"""The dialog for a case someone else is editing: read-only, edit a copy, edit anyway, cancel.

Editing anyway takes the lock over, so it asks again with a warning that names the holder.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from casefile.store import LockHolder


class LockedChoice(Enum):
    READ_ONLY = "read_only"
    EDIT_COPY = "edit_copy"
    OVERRIDE = "override"


class LockedDialog(QMessageBox):
    """Names who holds the file and since when; offers the three ways on."""

    def __init__(self, parent: QWidget | None, path: Path, holder: LockHolder | None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Information)
        self.setWindowTitle("Case file in use")
        if holder is None:
            who = "Another copy of casefile is editing it"
        else:
            who = f"{holder.user} is editing it on {holder.host} (since {holder.since_local()})"
        self.setText(f"“{path.name}” is open for editing elsewhere.")
        self.setInformativeText(
            f"{who}.\n\nYou can read it without changing anything, edit a copy of it "
            "(your changes then stay in the copy), or, if they are no longer editing, "
            "take it over."
        )
        self.read_only_button: QPushButton = self.addButton(
            "Open read-only", QMessageBox.ButtonRole.AcceptRole
        )
        self.copy_button: QPushButton = self.addButton(
            "Edit a copy…", QMessageBox.ButtonRole.ActionRole
        )
        self.override_button: QPushButton = self.addButton(
            "Edit anyway…", QMessageBox.ButtonRole.DestructiveRole
        )
        self.cancel_button: QPushButton = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.read_only_button)
        self.setEscapeButton(self.cancel_button)

    def choice(self) -> LockedChoice | None:
        clicked = self.clickedButton()
        if clicked is self.read_only_button:
            return LockedChoice.READ_ONLY
        if clicked is self.copy_button:
            return LockedChoice.EDIT_COPY
        if clicked is self.override_button:
            return LockedChoice.OVERRIDE
        return None

    @classmethod
    def ask(
        cls, parent: QWidget | None, path: Path, holder: LockHolder | None
    ) -> LockedChoice | None:
        dialog = cls(parent, path, holder)
        dialog.exec()
        return dialog.choice()


class OverrideWarning(QMessageBox):
    """The second question before taking over someone else's lock."""

    def __init__(self, parent: QWidget | None, path: Path, holder: LockHolder | None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle("Take over the case file?")
        who = (
            "another copy of casefile"
            if holder is None
            else f"{holder.user} on {holder.host} (since {holder.since_local()})"
        )
        self.setText(f"Edit “{path.name}” although {who} has it open?")
        self.setInformativeText(
            "Do this only if you know they are no longer editing, for example when their "
            "computer crashed. If they are, casefile will refuse to write over changes it has "
            "not seen, and one of you will have to close and reopen the case."
        )
        self.take_over_button: QPushButton = self.addButton(
            "Take over and edit", QMessageBox.ButtonRole.DestructiveRole
        )
        self.cancel_button: QPushButton = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.cancel_button)
        self.setEscapeButton(self.cancel_button)

    @classmethod
    def ask(cls, parent: QWidget | None, path: Path, holder: LockHolder | None) -> bool:
        dialog = cls(parent, path, holder)
        dialog.exec()
        return dialog.clickedButton() is dialog.take_over_button
