"""Passphrases in the GUI: asking for an encrypted case's, choosing a new one, and what
File > Encryption… does to the open case.

A passphrase lives in these dialogs' fields and in the store's Passphrase while it is
needed; it is written nowhere unless the user ticks "Remember in the system keyring".
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from casefile.ui.support.error_line import ErrorLine
from casefile.ui.support.translation import QT_TRANSLATE_NOOP

LOST_PASSPHRASE = QT_TRANSLATE_NOOP(
    "NewPassphraseFields",
    "Keep the passphrase safe: without it nobody, you included, can open the case again.",
)


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


@dataclass(frozen=True)
class PassphraseAnswer:
    text: str
    remember: bool  # keep it in the system keyring


class PassphraseDialog(QDialog):
    """Asks for the passphrase of an encrypted case being opened."""

    def __init__(self, parent: QWidget | None, path: Path, problem: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Passphrase"))
        intro = QLabel(
            self.tr(
                "<b>{name}</b> is encrypted (or it is not a case file). Type its passphrase "
                "to open it."
            ).format(name=_escaped(path.name))
        )
        intro.setWordWrap(True)
        self.passphrase = _password_field()
        self.remember = QCheckBox(self.tr("Remember in the system keyring"))
        self.remember.setToolTip(
            self.tr(
                "Kept in your system's keyring, not by casefile; anyone who can use your "
                "account unlocked can then open this case without typing it"
            )
        )
        self.error = ErrorLine()
        self.error.show_message(problem)
        form = QFormLayout()
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        form.addRow("", self.remember)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def accept(self) -> None:
        if not self.passphrase.text():
            self.error.show_message(self.tr("Type the passphrase, or cancel."))
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, path: Path, problem: str = "") -> PassphraseAnswer | None:
        dialog = cls(parent, path, problem)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return PassphraseAnswer(dialog.passphrase.text(), dialog.remember.isChecked())


class NewPassphraseFields(QWidget):
    """A new passphrase typed twice, with the warning that a lost one loses the case."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = _password_field()
        self.second = _password_field()
        warning = QLabel(QCoreApplication.translate("NewPassphraseFields", LOST_PASSPHRASE))
        warning.setWordWrap(True)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Passphrase:"), self.first)
        form.addRow(self.tr("Again:"), self.second)
        form.addRow(warning)

    def text(self) -> str:
        return self.first.text()

    def problem(self) -> str | None:
        """What is wrong with the passphrase typed, or None."""
        if not self.first.text():
            return self.tr("Type a passphrase (several words are best).")
        if self.first.text() != self.second.text():
            return self.tr("The two passphrases differ: type the same one twice.")
        return None


class CopyEncryption(QWidget):
    """How a copy is encrypted: as its case (an encrypted case's default), with a
    passphrase of its own, or not at all (a plain case's default); with a line saying
    what the choice means for whoever gets the copy."""

    def __init__(self, parent: QWidget | None, *, encrypted: bool) -> None:
        super().__init__(parent)
        self._encrypted = encrypted
        self.same = QRadioButton(self.tr("Encrypted with this case's passphrase"), self)
        self.own = QRadioButton(self.tr("Encrypted with a passphrase of its own"), self)
        self.none = QRadioButton(self.tr("Not encrypted"), self)
        self.same.setVisible(encrypted)
        (self.same if encrypted else self.none).setChecked(True)
        self.fields = NewPassphraseFields(self)
        self.meaning = QLabel(self)
        self.meaning.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in (self.same, self.own, self.none):
            layout.addWidget(button)
            button.toggled.connect(self._show_choice)
        layout.addWidget(self.fields)
        layout.addWidget(self.meaning)
        self._show_choice()

    def _show_choice(self) -> None:
        self.fields.setVisible(self.own.isChecked())
        if self.same.isChecked():
            meaning = self.tr(
                "Whoever opens the copy needs this case's passphrase: give the copy only "
                "to people who may know it."
            )
        elif self.own.isChecked():
            meaning = self.tr(
                "Whoever opens the copy needs this new passphrase, not the case's: tell "
                "it to them another way than the copy travels (a call, not the same e-mail)."
            )
        else:
            meaning = self.tr(
                "Anyone who has the copy can read it, with casefile or any SQLite tool."
            )
        self.meaning.setText(meaning)

    def problem(self) -> str | None:
        return self.fields.problem() if self.own.isChecked() else None

    def passphrase(self) -> str | None:
        return self.fields.text() if self.own.isChecked() else None

    def plain(self) -> bool:
        return self.none.isChecked() and self._encrypted


@dataclass(frozen=True)
class CopyChoice:
    passphrase: str | None  # the copy's own, when it gets one
    plain: bool  # the copy unencrypted


class CopyEncryptionDialog(QDialog):
    """File > Save a copy… of an encrypted case: how the copy is encrypted."""

    def __init__(self, parent: QWidget | None, name: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save a copy"))
        intro = QLabel(self.tr("How is the copy of {name} to be encrypted?").format(name=name))
        intro.setWordWrap(True)
        self.encryption = CopyEncryption(self, encrypted=True)
        self.error = ErrorLine()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.encryption)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def accept(self) -> None:
        problem = self.encryption.problem()
        if problem:
            self.error.show_message(problem)
            return
        super().accept()

    def choice(self) -> CopyChoice:
        return CopyChoice(self.encryption.passphrase(), self.encryption.plain())

    @classmethod
    def ask(cls, parent: QWidget | None, name: str) -> CopyChoice | None:
        dialog = cls(parent, name)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None


class NewPassphraseDialog(QDialog):
    """Asks for a new passphrase (encrypting a case, or changing its passphrase)."""

    def __init__(self, parent: QWidget | None, title: str, intro: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        label = QLabel(intro)
        label.setWordWrap(True)
        self.fields = NewPassphraseFields()
        self.error = ErrorLine()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.fields)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def accept(self) -> None:
        problem = self.fields.problem()
        if problem:
            self.error.show_message(problem)
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, intro: str) -> str | None:
        dialog = cls(parent, title, intro)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.fields.text()


class EncryptionChoice(enum.Enum):
    ENCRYPT = "encrypt"
    CHANGE = "change"
    DECRYPT = "decrypt"


class EncryptionDialog(QDialog):
    """File > Encryption…: what to do with the open case's encryption."""

    def __init__(self, parent: QWidget | None, path: Path, encrypted: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Encryption"))
        self.choice: EncryptionChoice | None = None
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        if encrypted:
            text = self.tr("<b>{name}</b> is encrypted: it opens only with its passphrase.")
            self._button(buttons, self.tr("Change the passphrase…"), EncryptionChoice.CHANGE)
            self._button(buttons, self.tr("Decrypt…"), EncryptionChoice.DECRYPT)
        else:
            text = self.tr(
                "<b>{name}</b> is not encrypted: anyone who has the file can read it. "
                "Encrypted, it opens only with its passphrase."
            )
            self._button(buttons, self.tr("Encrypt with a passphrase…"), EncryptionChoice.ENCRYPT)
        buttons.rejected.connect(self.reject)
        label = QLabel(text.format(name=_escaped(path.name)))
        label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def _button(self, box: QDialogButtonBox, text: str, choice: EncryptionChoice) -> None:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
        button.clicked.connect(lambda: self._choose(choice))

    def _choose(self, choice: EncryptionChoice) -> None:
        self.choice = choice
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, path: Path, encrypted: bool) -> EncryptionChoice | None:
        dialog = cls(parent, path, encrypted)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.choice


def _escaped(text: str) -> str:
    from html import escape

    return escape(text)
