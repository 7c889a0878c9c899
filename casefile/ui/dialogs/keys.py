"""Settings > Keys: make your signing key, export your public key, trust a colleague's,
and see them all with their fingerprints (the same keys as `casefile key …`)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casefile.store import CaseFileError, Keys, PublicKey, read_public
from casefile.ui.support.store_errors import full_message, said


@dataclass(frozen=True)
class NewKey:
    name: str
    passphrase: str | None


class NewKeyDialog(QDialog):
    """The name on the new key and its passphrase, typed twice (empty: none)."""

    def __init__(self, parent: QWidget | None, name: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Make your signing key"))
        self.name = QLineEdit(name, self)
        self.name.setObjectName("key_name")
        self.passphrase = QLineEdit(self)
        self.again = QLineEdit(self)
        for field in (self.passphrase, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b3261e;")
        note = QLabel(
            self.tr(
                "Your name is shown on every seal you make. Without a passphrase, anyone who "
                "can read your key file can sign as you."
            )
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Your name:"), self.name)
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        form.addRow(self.tr("The same again:"), self.again)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        if not self.name.text().strip():
            self.error.setText(self.tr("Give the name others will see on your seals."))
            return
        if self.passphrase.text() != self.again.text():
            self.error.setText(self.tr("The two passphrases differ."))
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, name: str) -> NewKey | None:
        dialog = cls(parent, name)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return NewKey(dialog.name.text(), dialog.passphrase.text() or None)


class TrustPrompt:
    """Asks whether to trust a key, showing the fingerprint to compare with its owner's."""

    @classmethod
    def ask(cls, parent: QWidget | None, public: PublicKey) -> bool:
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("TrustPrompt", "Trust this key?"),
            QCoreApplication.translate(
                "TrustPrompt",
                "The key of {name}\n\nFingerprint: {fingerprint}\n\nTrust it only if its "
                "owner has read you the same fingerprint, on the phone or face to face: a "
                "file that came by mail may have been changed on the way.",
            ).format(name=public.name, fingerprint=public.fingerprint),
        )
        return answer == QMessageBox.StandardButton.Yes


class KeysPanel(QGroupBox):
    """The Keys section of Settings."""

    def __init__(
        self, parent: QWidget | None, keys: Keys, *, name: str = "", folder: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Signing keys"))
        self.keys = keys
        self._name = name
        self._folder = folder or Path.home()
        self.listing = QListWidget(self)
        self.listing.setObjectName("key_list")
        # A fingerprint is read out in full, so a long line wraps at its groups
        # rather than hiding behind a horizontal scroll bar.
        self.listing.setWordWrap(True)
        self.listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.listing.setResizeMode(QListView.ResizeMode.Adjust)
        self.make = QPushButton(self.tr("Make my key…"), self)
        self.export = QPushButton(self.tr("Export my public key…"), self)
        self.trust = QPushButton(self.tr("Trust a key…"), self)
        self.make.clicked.connect(self.make_key)
        self.export.clicked.connect(self.export_key)
        self.trust.clicked.connect(self.trust_key)
        buttons = QHBoxLayout()
        for button in (self.make, self.export, self.trust):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.listing)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.refresh()

    def refresh(self) -> None:
        self.listing.clear()
        for entry in self.keys.listing():
            if entry.public is None:
                self.listing.addItem(
                    self.tr("Not used: {file}: {problem}").format(
                        file=entry.path.name, problem=said(entry.problem)
                    )
                )
                continue
            template = (
                self.tr("Yours: {name} — {fingerprint}")
                if entry.own
                else self.tr("Trusted: {name} — {fingerprint}")
            )
            self.listing.addItem(
                template.format(name=entry.public.name, fingerprint=entry.public.fingerprint)
            )
            self.listing.item(self.listing.count() - 1).setToolTip(entry.public.fingerprint)
        if not self.listing.count():
            self.listing.addItem(self.tr("No keys yet: make yours to seal cases."))
        own = self.keys.has_own()
        self.make.setEnabled(not own)
        self.export.setEnabled(own)

    def _say(self, text: str) -> None:
        self.message.setText(text)

    def make_key(self) -> PublicKey | None:
        wanted = NewKeyDialog.ask(self, self._name)
        if wanted is None:
            return None
        try:
            public = self.keys.create(wanted.name, wanted.passphrase)
        except CaseFileError as exc:
            self._say(full_message(exc))
            return None
        self.refresh()
        self._say(
            self.tr("Made your key. Its fingerprint: {fingerprint}").format(
                fingerprint=public.fingerprint
            )
        )
        return public

    def export_key(self) -> Path | None:
        from casefile.ui.dialogs.files import FileDialogs

        suggested = self._folder / "my-casefile-key.pub"
        target = FileDialogs.ask_save_key(self, suggested)
        if target is None:
            return None
        try:
            public = self.keys.export(target)
        except CaseFileError as exc:
            self._say(full_message(exc))
            return None
        self._say(
            self.tr(
                "Wrote {file}. Read your fingerprint to whoever receives it: {fingerprint}"
            ).format(file=target, fingerprint=public.fingerprint)
        )
        return target

    def trust_key(self) -> PublicKey | None:
        from casefile.ui.dialogs.files import FileDialogs

        path = FileDialogs.ask_open_key(self, self._folder)
        if path is None:
            return None
        try:
            public = read_public(path)
        except CaseFileError as exc:
            self._say(full_message(exc))
            return None
        if not TrustPrompt.ask(self, public):
            return None
        try:
            public, outcome = self.keys.trust(path)
        except CaseFileError as exc:
            self._say(full_message(exc))
            return None
        said = {
            "own": self.tr("That is your own key, {name}."),
            "already": self.tr("The key of {name} was already trusted."),
        }
        self._say(said.get(outcome, self.tr("Trusted the key of {name}.")).format(name=public.name))
        self.refresh()
        return public
