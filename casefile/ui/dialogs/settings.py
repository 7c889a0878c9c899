"""The Settings dialog: your name for the audit log, default currency and classification."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from casefile.store import CaseFileError, check_currency, current_user
from casefile.ui.support.error_line import ErrorLine
from casefile.ui.support.settings import Settings


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None, settings: Settings) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self._settings = settings
        self.actor = QLineEdit(settings.actor)
        self.actor.setPlaceholderText(current_user())
        self.actor.setToolTip("Recorded in the audit log with every change you make")
        self.currency = QLineEdit(settings.default_currency)
        self.currency.setMaxLength(3)
        self.currency.setToolTip("Used when you type an estimate without a currency")
        self.classification = QLineEdit(settings.default_classification)
        self.classification.setPlaceholderText("e.g. RESTRICTED")
        self.error = ErrorLine()
        form = QFormLayout()
        form.addRow("Your name (audit log):", self.actor)
        form.addRow("Default currency:", self.currency)
        form.addRow("Default classification:", self.classification)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        note = QLabel("Your name applies to cases opened from now on.")
        note.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    def accept(self) -> None:
        try:
            currency = check_currency(self.currency.text()) if self.currency.text().strip() else ""
        except CaseFileError as exc:
            self.error.show_message(exc.message)
            return
        self._settings.actor = self.actor.text()
        self._settings.default_currency = currency
        self._settings.default_classification = self.classification.text()
        self._settings.sync()
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, settings: Settings) -> bool:
        return cls(parent, settings).exec() == QDialog.DialogCode.Accepted
