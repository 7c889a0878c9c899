"""The New case dialog: the incident's facts, checked by the store's rules before saving."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimeZone
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from casefile.store import CaseFileError, coerce_fields, parse_instant
from casefile.ui.dialogs.passphrase import NewPassphraseFields
from casefile.ui.editors.zones import ZoneCombo
from casefile.ui.support.error_line import ErrorLine
from casefile.ui.support.store_errors import message_of


def system_zone() -> str:
    """The computer's IANA zone, or UTC when it has none we know."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    try:
        from casefile.store import check_zone

        return check_zone(name)
    except CaseFileError:
        return "UTC"


class NewCaseDialog(QDialog):
    """Asks for the incident's facts; `values()` are ready for CaseFile.create."""

    def __init__(self, parent: QWidget | None = None, classification: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New case"))
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Missile strike damage to the embassy in Kyiv"))
        self.reference = QLineEdit()
        self.occurred_at = QLineEdit()
        self.occurred_at.setPlaceholderText(
            self.tr("YYYY-MM-DD HH:MM, local time where it happened")
        )
        self.timezone = ZoneCombo(system_zone())
        self.location = QLineEdit()
        self.classification = QLineEdit(classification)
        self.classification.setPlaceholderText(self.tr("e.g. RESTRICTED"))
        self.summary = QPlainTextEdit()
        self.summary.setTabChangesFocus(True)
        self.summary.setFixedHeight(self.summary.fontMetrics().lineSpacing() * 4 + 14)
        self.encrypt = QCheckBox(self.tr("Encrypt with a passphrase"))
        self.encrypt.setToolTip(
            self.tr(
                "Without the passphrase nobody can read the file: a lost laptop or a mailed "
                "copy gives nothing away. A lost passphrase cannot be recovered."
            )
        )
        self.passphrase = NewPassphraseFields()
        self.passphrase.hide()
        self.encrypt.toggled.connect(self.passphrase.setVisible)
        self.error = ErrorLine()
        form = QFormLayout()
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Reference:"), self.reference)
        form.addRow(self.tr("Occurred at:"), self.occurred_at)
        form.addRow(self.tr("Time zone:"), self.timezone)
        form.addRow(self.tr("Location:"), self.location)
        form.addRow(self.tr("Classification:"), self.classification)
        form.addRow(self.tr("Summary:"), self.summary)
        form.addRow("", self.encrypt)
        form.addRow(self.passphrase)
        intro = QLabel(self.tr("What happened? You can change all of this later in the Overview."))
        intro.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Choose where to save…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def values(self) -> dict[str, Any]:
        """The incident's fields, checked; raises InvalidInput with what to fix."""
        zone = self.timezone.currentText().strip() or "UTC"
        occurred = self.occurred_at.text().strip()
        values = {
            "title": self.title.text().strip(),
            "reference": self.reference.text().strip(),
            "occurred_at": (
                parse_instant(occurred, self.tr("occurred at"), zone) if occurred else None
            ),
            "timezone": zone,
            "location": self.location.text().strip(),
            "classification": self.classification.text().strip(),
            "summary": self.summary.toPlainText().strip(),
        }
        return coerce_fields("incident", values, partial=False)

    def accept(self) -> None:
        try:
            self.values()
        except CaseFileError as exc:
            self.error.show_message(message_of(exc))
            return
        problem = self.passphrase.problem() if self.encrypt.isChecked() else None
        if problem:
            self.error.show_message(problem)
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, classification: str = "") -> dict[str, Any] | None:
        """The incident's fields for CaseFile.create, with `passphrase` if the case is to
        be encrypted."""
        dialog = cls(parent, classification)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        values = dialog.values()
        if dialog.encrypt.isChecked():
            from casefile.store import Passphrase

            values["passphrase"] = Passphrase(dialog.passphrase.text())
        return values
