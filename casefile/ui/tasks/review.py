"""Review > Submit / Approve / Request changes, and File > Release copy…: sealing the
open case, or a release copy of it, with the user's signing key (docs/trust.md).

The key is made and trusted in Settings (ui/dialogs/keys.py); the passphrase of a
protected key is asked here each time and never kept.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStatusBar,
    QVBoxLayout,
    QWidget,
)

from casefile.store import CaseFileError, Keys, Passphrase, PublicKey, SigningKey
from casefile.ui.support.error_line import ErrorLine
from casefile.ui.support.store_errors import full_message
from casefile.ui.support.translation import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from casefile.ui.case.session import CaseSession

#: the translation context of the Review menu and File > Release copy… (written out
#: where lupdate reads it: it reads only literals)
CONTEXT = "Review"
#: Review menu entries: (state, menu text, what the dialog's button says), in English;
#: shown through QCoreApplication.translate(CONTEXT, ...)
REVIEW_STEPS = (
    (
        "submitted",
        QT_TRANSLATE_NOOP("Review", "&Submit for review…"),
        QT_TRANSLATE_NOOP("Review", "Submit"),
    ),
    ("approved", QT_TRANSLATE_NOOP("Review", "&Approve…"), QT_TRANSLATE_NOOP("Review", "Approve")),
    (
        "changes-requested",
        QT_TRANSLATE_NOOP("Review", "Request &changes…"),
        QT_TRANSLATE_NOOP("Review", "Request changes"),
    ),
)
#: what a seal in each state says of the case (the store's STATE_LABELS, translated)
STATE_NAMES = {
    "": QT_TRANSLATE_NOOP("Review", "Sealed"),
    "submitted": QT_TRANSLATE_NOOP("Review", "Submitted"),
    "approved": QT_TRANSLATE_NOOP("Review", "Approved"),
    "changes-requested": QT_TRANSLATE_NOOP("Review", "Changes requested"),
    "released": QT_TRANSLATE_NOOP("Review", "Released"),
}
NO_KEY = QT_TRANSLATE_NOOP(
    "Review",
    "You have no signing key yet. Make one in File > Settings (Keys), then give your "
    "public key to the people who review your cases.",
)


def state_name(state: str) -> str:
    return QCoreApplication.translate(CONTEXT, STATE_NAMES.get(state, state))


class _Passphrase(QLineEdit):
    """The signing key's passphrase box. Dialogs create it without a parent when the
    key has none, so it is never shown outside their layout; `text()` is then empty."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setObjectName("key_passphrase")


def unlock(parent: QWidget, keys: Keys, passphrase: str | None) -> SigningKey | None:
    """The user's key, or None after telling them why it could not be used."""
    try:
        return keys.unlock(passphrase or None)
    except CaseFileError as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("Review", "Key not used"), full_message(exc)
        )
        return None


@dataclass(frozen=True)
class SealRequest:
    comment: str
    passphrase: str | None


class SealDialog(QDialog):
    """What a seal will sign, with a comment and (for a protected key) the passphrase."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        state: str,
        button: str,
        public: PublicKey,
        protected: bool,
        fingerprint: str,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("{state}: seal the case").format(state=state_name(state)))
        intro = QLabel(
            self.tr(
                "This signs the case as it is now (state {state}) with your key, {name} "
                "({fingerprint}). The seal is kept in the case file; what is changed "
                "afterwards is not covered by it."
            ).format(state=fingerprint, name=public.name, fingerprint=public.fingerprint)
        )
        intro.setWordWrap(True)
        self.comment = QPlainTextEdit(self)
        self.comment.setObjectName("seal_comment")
        self.comment.setPlaceholderText(
            self.tr("What you vouch for, or what should change (optional)")
        )
        self.passphrase = _Passphrase(self if protected else None)
        form = QFormLayout()
        form.addRow(self.tr("Comment:"), self.comment)
        if protected:
            form.addRow(self.tr("Your key's passphrase:"), self.passphrase)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(
            QCoreApplication.translate(CONTEXT, button), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def request(self) -> SealRequest:
        return SealRequest(self.comment.toPlainText(), self.passphrase.text() or None)

    @classmethod
    def ask(cls, parent: QWidget | None, **details: object) -> SealRequest | None:
        dialog = cls(parent, **details)  # type: ignore[arg-type]
        return dialog.request() if dialog.exec() == QDialog.DialogCode.Accepted else None


@dataclass(frozen=True)
class ReleaseRequest:
    path: Path
    redact_internal: bool
    passphrase: str | None  # the signing key's
    copy_passphrase: str | None = None  # the copy's own, when it gets one
    plain: bool = False  # the copy unencrypted, when the case is encrypted


class ReleaseDialog(QDialog):
    """Where the release copy goes, whether internal material stays out, how it is
    encrypted, the signing key's passphrase."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        suggested: Path,
        protected: bool,
        encrypted: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Release copy"))
        intro = QLabel(
            self.tr(
                "A copy for people outside the team: it leaves out deleted items, the text "
                "that editing removed, earlier seals and review comments, lists what it left "
                "out (counts, never content), and is sealed with your key."
            )
        )
        intro.setWordWrap(True)
        self.path = QLineEdit(str(suggested), self)
        self.path.setObjectName("release_path")
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._on_browse_clicked)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.redact = QCheckBox(self.tr("Leave out internal notes and follow-ups"), self)
        self.redact.setObjectName("release_redact")
        self.redact.setChecked(True)
        self.passphrase = _Passphrase(self if protected else None)
        form = QFormLayout()
        form.addRow(self.tr("Save as:"), row)
        form.addRow("", self.redact)
        from casefile.ui.dialogs.passphrase import CopyEncryption

        self.encryption = CopyEncryption(self, encrypted=encrypted)
        form.addRow(self.tr("The copy:"), self.encryption)
        if protected:
            form.addRow(self.tr("Your key's passphrase:"), self.passphrase)
        self.error = ErrorLine(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.tr("Release"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def accept(self) -> None:
        problem = self.encryption.problem()
        if problem:
            self.error.show_message(problem)
            return
        super().accept()

    def _on_browse_clicked(self) -> None:
        from casefile.ui.dialogs.files import FileDialogs

        chosen = FileDialogs.ask_save_case(self, self.tr("Release copy as"), Path(self.path.text()))
        if chosen is not None:
            self.path.setText(str(chosen))

    def request(self) -> ReleaseRequest:
        return ReleaseRequest(
            Path(self.path.text()).expanduser(),
            self.redact.isChecked(),
            self.passphrase.text() or None,
            self.encryption.passphrase(),
            self.encryption.plain(),
        )

    @classmethod
    def ask(
        cls, parent: QWidget | None, *, suggested: Path, protected: bool, encrypted: bool = False
    ) -> ReleaseRequest | None:
        dialog = cls(parent, suggested=suggested, protected=protected, encrypted=encrypted)
        return dialog.request() if dialog.exec() == QDialog.DialogCode.Accepted else None


class _Pending(Protocol):
    def commit_pending(self) -> None: ...


class ReviewWindow(Protocol):
    """What sealing asks of the main window: the open case, what is still being typed
    in it, the status bar, and the window itself (`window()` of a top-level window is
    that window) as the parent of the dialogs and actions."""

    @property
    def session(self) -> CaseSession | None: ...

    @property
    def workspace(self) -> _Pending | None: ...

    def statusBar(self) -> QStatusBar: ...

    def window(self) -> QWidget: ...


class Review:
    """The Review menu and File > Release copy… of a main window."""

    def __init__(self, window: ReviewWindow, keys: Keys | None = None) -> None:
        self.window = window
        self.parent = window.window()
        self.keys = keys if keys is not None else Keys()
        self.seal_actions: dict[str, QAction] = {}
        for state, text, button in REVIEW_STEPS:
            action = QAction(QCoreApplication.translate(CONTEXT, text), self.parent)
            action.setObjectName(f"review_{state}")
            action.triggered.connect(lambda checked=False, s=state, b=button: self.seal(s, b))
            self.seal_actions[state] = action
        self.action_release = QAction(
            QCoreApplication.translate("Review", "&Release copy…"), self.parent
        )
        self.action_release.setStatusTip(
            QCoreApplication.translate(
                "Review",
                "A sealed copy for people outside the team, without removed or internal text",
            )
        )
        self.action_release.triggered.connect(self.release)

    def fill_menu(self, menu: QMenu) -> None:
        for action in self.seal_actions.values():
            menu.addAction(action)

    def update(self, has_case: bool, read_only: bool) -> None:
        for action in self.seal_actions.values():
            action.setEnabled(has_case and not read_only)
        self.action_release.setEnabled(has_case)

    def _own(self) -> tuple[PublicKey, bool] | None:
        try:
            return self.keys.own_public(), self.keys.is_protected()
        except CaseFileError as exc:
            no_key = QCoreApplication.translate(CONTEXT, NO_KEY)
            message = no_key if not self.keys.has_own() else full_message(exc)
            QMessageBox.information(
                self.parent, QCoreApplication.translate("Review", "No signing key"), message
            )
            return None

    def seal(self, state: str, button: str) -> bool:
        """Seal the open case in `state`; whether it was sealed."""
        window = self.window
        session = window.session
        if session is None or session.read_only:
            return False
        if window.workspace is not None:
            window.workspace.commit_pending()  # seal what the user sees
        own = self._own()
        if own is None:
            return False
        public, protected = own
        request = SealDialog.ask(
            self.parent,
            state=state,
            button=button,
            public=public,
            protected=protected,
            fingerprint=session.case.fingerprint(),
        )
        if request is None:
            return False
        key = unlock(self.parent, self.keys, request.passphrase)
        if key is None:
            return False
        try:
            record = session.seal(key, state=state, comment=request.comment)
        except CaseFileError as exc:
            QMessageBox.warning(
                self.parent,
                QCoreApplication.translate("Review", "Case not sealed"),
                full_message(exc),
            )
            return False
        window.statusBar().showMessage(
            QCoreApplication.translate("Review", "{state} by {signer} at state {head}.").format(
                state=state_name(record.state), signer=record.signer, head=record.head[:16]
            ),
            8000,
        )
        return True

    def release(self) -> Path | None:
        """Write a release copy of the open case; its path, or None."""
        window = self.window
        session = window.session
        if session is None:
            return None
        if window.workspace is not None:
            window.workspace.commit_pending()
        own = self._own()
        if own is None:
            return None
        case = session.case
        suggested = case.path.with_name(f"{case.path.stem} (release){case.path.suffix}")
        request = ReleaseDialog.ask(
            self.parent, suggested=suggested, protected=own[1], encrypted=case.encrypted
        )
        if request is None:
            return None
        key = unlock(self.parent, self.keys, request.passphrase)
        if key is None:
            return None
        try:
            written, _manifest = case.release_copy(
                request.path,
                key,
                redact_internal=request.redact_internal,
                passphrase=(
                    Passphrase(request.copy_passphrase) if request.copy_passphrase else None
                ),
                plain=request.plain,
            )
        except CaseFileError as exc:
            QMessageBox.warning(
                self.parent,
                QCoreApplication.translate("Review", "Release copy not written"),
                full_message(exc),
            )
            return None
        window.statusBar().showMessage(
            QCoreApplication.translate("Review", "Wrote the release copy {file}").format(
                file=written
            ),
            8000,
        )
        return written
