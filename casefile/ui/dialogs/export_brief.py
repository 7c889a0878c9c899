"""The Export brief dialog: what goes in the brief and where the PDF goes.

casefile.brief (and with it reportlab) is imported here only when the dialog opens,
so the app starts without it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casefile.store import LANGUAGES
from casefile.ui.dialogs.files import FileDialogs
from casefile.ui.dialogs.settings import LANGUAGE_NAMES
from casefile.ui.support.error_line import ErrorLine
from casefile.ui.support.formatting import date_pattern
from casefile.ui.support.store_errors import message_of
from casefile.ui.support.translation import QT_TRANSLATE_NOOP

#: the brief's sections as the dialog names them (in the app's language; the brief
#: prints its own headings in the brief's language)
SECTION_LABELS = {
    "summary": QT_TRANSLATE_NOOP("ExportBriefDialog", "Executive summary"),
    "facts": QT_TRANSLATE_NOOP("ExportBriefDialog", "Incident facts"),
    "chronology": QT_TRANSLATE_NOOP("ExportBriefDialog", "Chronology"),
    "damage": QT_TRANSLATE_NOOP("ExportBriefDialog", "Damage schedule"),
    "plans": QT_TRANSLATE_NOOP("ExportBriefDialog", "Site plan"),
    "parties": QT_TRANSLATE_NOOP("ExportBriefDialog", "Parties"),
    "meetings": QT_TRANSLATE_NOOP("ExportBriefDialog", "Meetings and follow-ups"),
    "notes": QT_TRANSLATE_NOOP("ExportBriefDialog", "Notes"),
    "photos": QT_TRANSLATE_NOOP("ExportBriefDialog", "Photo appendix"),
}


@dataclass(frozen=True)
class BriefRequest:
    out_path: Path
    options: Any  # casefile.brief.BriefOptions


class ExportBriefDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        *,
        suggested: Path,
        classification: str,
        preparer: str,
        language: str = "en",
    ) -> None:
        from casefile.brief.options import SECTIONS

        super().__init__(parent)
        self.setWindowTitle(self.tr("Export brief"))
        self.path = QLineEdit(str(suggested))
        browse = QPushButton(self.tr("Browse…"))
        browse.setAutoDefault(False)
        browse.clicked.connect(self._on_browse_clicked)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)

        self.sections: dict[str, QCheckBox] = {}
        box = QGroupBox(self.tr("Sections"))
        grid = QGridLayout(box)
        for i, name in enumerate(SECTIONS):
            label = SECTION_LABELS.get(name, name)
            check = QCheckBox(QCoreApplication.translate("ExportBriefDialog", label))
            check.setChecked(True)
            self.sections[name] = check
            grid.addWidget(check, i // 2, i % 2)

        self.redact = QCheckBox(self.tr("Leave out internal notes and follow-ups (redact)"))
        self.review_comments = QCheckBox(self.tr("Print the reviewers' comments at the end"))
        self.review_comments.setObjectName("brief_review_comments")
        self.classification = QLineEdit(classification)
        self.classification.setPlaceholderText(self.tr("printed on every page, e.g. RESTRICTED"))
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(date_pattern())
        self.preparer = QLineEdit(preparer)
        self.language = QComboBox()
        self.language.setObjectName("brief_language")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        form = QFormLayout()
        form.addRow(self.tr("Save as:"), where)
        form.addRow(self.tr("Classification:"), self.classification)
        form.addRow(self.tr("Brief date:"), self.date)
        form.addRow(self.tr("Prepared by:"), self.preparer)
        form.addRow(self.tr("Language of the brief:"), self.language)
        form.addRow("", self.redact)
        form.addRow("", self.review_comments)
        self.error = ErrorLine()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(box)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def _on_browse_clicked(self) -> None:
        chosen = FileDialogs.ask_save_pdf(self, self.tr("Export brief"), Path(self.path.text()))
        if chosen is not None:
            self.path.setText(str(chosen))

    def request(self) -> BriefRequest:
        """The chosen options; raises InvalidInput (e.g. no section chosen)."""
        from casefile.brief import BriefOptions
        from casefile.store import InvalidInput

        text = self.path.text().strip()
        if not text:
            raise InvalidInput(self.tr("Choose where to save the brief."))
        sections = tuple(name for name, check in self.sections.items() if check.isChecked())
        if not sections:
            raise InvalidInput(self.tr("Choose at least one section."))
        out = Path(text).expanduser()
        if not out.suffix:
            out = out.with_suffix(".pdf")
        day = self.date.date()
        import datetime as dt

        options = BriefOptions(
            sections=sections,
            redact_internal=self.redact.isChecked(),
            classification=self.classification.text().strip(),
            brief_date=dt.date(day.year(), day.month(), day.day()),
            preparer=self.preparer.text().strip(),
            review_comments=self.review_comments.isChecked(),
            language=str(self.language.currentData()),
        )
        return BriefRequest(out, options)

    def accept(self) -> None:
        from casefile.store import CaseFileError

        try:
            self.request()
        except CaseFileError as exc:
            self.error.show_message(message_of(exc))
            return
        super().accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        *,
        suggested: Path,
        classification: str,
        preparer: str,
        language: str = "en",
    ) -> BriefRequest | None:
        dialog = cls(
            parent,
            suggested=suggested,
            classification=classification,
            preparer=preparer,
            language=language,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.request()
