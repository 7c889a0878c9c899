"""The Settings dialog: your name for the audit log, the language of the app and briefs, and the
defaults for new cases and estimates, written to the settings file the CLI reads too."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from casefile.store import LANGUAGES, CaseFileError, Keys, UserSettings, current_user
from casefile.ui.support.advice import sentence
from casefile.ui.support.error_line import ErrorLine
from casefile.ui.support.settings import Settings
from casefile.ui.support.store_errors import full_message

#: how each language is named in the list (in itself, so a reader of it finds it)
LANGUAGE_NAMES = {"en": "English", "az": "Azərbaycanca", "ru": "Русский", "uk": "Українська"}


class SettingsDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, settings: Settings, keys: Keys | None = None
    ) -> None:
        super().__init__(parent)
        from casefile.ui.dialogs.keys import KeysPanel

        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings
        prefs = settings.preferences
        self.actor = QLineEdit(prefs.name)
        self.actor.setPlaceholderText(current_user())
        self.actor.setToolTip(self.tr("Recorded in the audit log with every change you make"))
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(prefs.language)))
        self.currency = QLineEdit(prefs.currency)
        self.currency.setMaxLength(3)
        self.currency.setToolTip(self.tr("Used when you type an estimate without a currency"))
        self.classification = QLineEdit(prefs.classification)
        self.classification.setPlaceholderText(self.tr("e.g. RESTRICTED"))
        self.error = ErrorLine()
        if settings.problem:
            self.error.show_message(
                self.tr("%1 Saving here writes a new one.").replace(
                    "%1", sentence(settings.problem)
                )
            )
        form = QFormLayout()
        form.addRow(self.tr("Your name (audit log):"), self.actor)
        form.addRow(self.tr("Language (app and briefs):"), self.language)
        form.addRow(self.tr("Default currency:"), self.currency)
        form.addRow(self.tr("Default classification:"), self.classification)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        note = QLabel(
            self.tr(
                "Kept in %1, which the casefile command reads too. Your name applies to "
                "cases opened from now on; the app's language, the next time casefile starts."
            ).replace("%1", str(settings.path))
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(note)
        self.keys = KeysPanel(
            self,
            keys if keys is not None else Keys(),
            name=prefs.name or current_user(),
            folder=settings.last_folder,
        )
        layout.addWidget(self.keys)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    def chosen(self) -> UserSettings:
        return UserSettings(
            name=self.actor.text(),
            language=str(self.language.currentData()),
            classification=self.classification.text(),
            currency=self.currency.text(),
        )

    def accept(self) -> None:
        try:
            self._settings.save_preferences(self.chosen())
        except CaseFileError as exc:
            self.error.show_message(full_message(exc))
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, settings: Settings, keys: Keys | None = None) -> bool:
        return cls(parent, settings, keys).exec() == QDialog.DialogCode.Accepted
