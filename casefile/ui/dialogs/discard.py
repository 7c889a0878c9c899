"""The question before closing a case while a field holds a value it refused."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget


class DiscardTypingDialog(QMessageBox):
    """Names the fields whose typed values would be lost; Cancel goes back to them."""

    def __init__(self, parent: QWidget | None, labels: list[str]) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Discard what was typed?"))
        fields = ", ".join(self.tr("“{label}”").format(label=label) for label in labels)
        self.setText(
            self.tr("What you typed was refused and is not saved: {fields}.").format(fields=fields)
        )
        self.setInformativeText(
            self.tr(
                "Discard it and close, or go back and correct it (the reason is shown in red "
                "under the field). Everything else is saved."
            )
        )
        self.discard_button: QPushButton = self.addButton(
            self.tr("Discard and close"), QMessageBox.ButtonRole.DestructiveRole
        )
        self.cancel_button: QPushButton = self.addButton(
            self.tr("Go back"), QMessageBox.ButtonRole.RejectRole
        )
        self.setDefaultButton(self.cancel_button)
        self.setEscapeButton(self.cancel_button)

    @classmethod
    def ask(cls, parent: QWidget | None, labels: list[str]) -> bool:
        """True if the user chose to discard."""
        dialog = cls(parent, labels)
        dialog.exec()
        return dialog.clickedButton() is dialog.discard_button
