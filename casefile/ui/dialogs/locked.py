"""The dialog for a case someone else is editing: read-only, edit a copy, edit anyway, cancel.

Editing anyway takes the lock over, so it asks again with a warning that names the holder.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from casefile.store import LockHolder
from casefile.ui.support.formatting import stamp_text


def since_text(holder: LockHolder) -> str:
    """When the lock was taken, in this computer's time as the locale writes it (as
    written in the lock if it is not a time)."""
    stamp = holder.since_instant()
    return holder.since if stamp is None else stamp_text(stamp)


class LockedChoice(Enum):
    READ_ONLY = "read_only"
    EDIT_COPY = "edit_copy"
    OVERRIDE = "override"


class LockedDialog(QMessageBox):
    """Names who holds the file and since when; offers the three ways on."""

    def __init__(self, parent: QWidget | None, path: Path, holder: LockHolder | None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Information)
        self.setWindowTitle(self.tr("Case file in use"))
        if holder is None:
            who = self.tr("Another copy of casefile is editing it.")
        else:
            who = self.tr("{user} is editing it on {host} (since {since}).").format(
                user=holder.user, host=holder.host, since=since_text(holder)
            )
        self.setText(self.tr("“{name}” is open for editing elsewhere.").format(name=path.name))
        ways = self.tr(
            "You can read it without changing anything, edit a copy of it (your changes "
            "then stay in the copy), or, if they are no longer editing, take it over."
        )
        self.setInformativeText(f"{who}\n\n{ways}")
        self.read_only_button: QPushButton = self.addButton(
            self.tr("Open read-only"), QMessageBox.ButtonRole.AcceptRole
        )
        self.copy_button: QPushButton = self.addButton(
            self.tr("Edit a copy…"), QMessageBox.ButtonRole.ActionRole
        )
        self.override_button: QPushButton = self.addButton(
            self.tr("Edit anyway…"), QMessageBox.ButtonRole.DestructiveRole
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
        self.setWindowTitle(self.tr("Take over the case file?"))
        if holder is None:
            question = self.tr("Edit “{name}” although another copy of casefile has it open?")
        else:
            question = self.tr(
                "Edit “{name}” although {user} on {host} (since {since}) has it open?"
            )
        self.setText(
            question.format(
                name=path.name,
                user=holder.user if holder else "",
                host=holder.host if holder else "",
                since=since_text(holder) if holder else "",
            )
        )
        self.setInformativeText(
            self.tr(
                "Do this only if you know they are no longer editing, for example when their "
                "computer crashed. If they are, casefile will refuse to write over changes it "
                "has not seen, and one of you will have to close and reopen the case."
            )
        )
        self.take_over_button: QPushButton = self.addButton(
            self.tr("Take over and edit"), QMessageBox.ButtonRole.DestructiveRole
        )
        self.cancel_button: QPushButton = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.cancel_button)
        self.setEscapeButton(self.cancel_button)

    @classmethod
    def ask(cls, parent: QWidget | None, path: Path, holder: LockHolder | None) -> bool:
        dialog = cls(parent, path, holder)
        dialog.exec()
        return dialog.clickedButton() is dialog.take_over_button
