"""Opening and creating case files for the GUI: the lock dialog, the cannot-open dialog.

Every failure a person can act on ends in a dialog that says why and what to do, and
returns None; the app keeps running with whatever it had open.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QWidget

from casefile.store import (
    CaseFile,
    CaseFileError,
    Locked,
    NeedsPassphrase,
    Passphrase,
    WrongPassphrase,
)
from casefile.ui.support.settings import Settings
from casefile.ui.support.translation import arg
from casefile.ui.window.workspace import ViewCode

# The dialogs are imported where they are shown: a case that opens needs none of them,
# and start-up imports only what the first screen shows (bench/gui_bench.py times it).


class CaseOpener:
    """Knows the user's settings (their name for the audit log) and whom to ask."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        #: The passphrases that opened encrypted cases in this session (memory only), so
        #: that opening one again (read-only after the lock dialog, a copy) asks no more.
        self._passphrases: dict[Path, Passphrase] = {}

    def passphrase_of(self, path: Path) -> Passphrase | None:
        return self._passphrases.get(Path(path).expanduser().absolute())

    def known_passphrase(self, path: Path, passphrase: Passphrase | None) -> None:
        """The passphrase that now opens `path` (None: it is plain again)."""
        path = Path(path).expanduser().absolute()
        if passphrase is None:
            self._passphrases.pop(path, None)
        else:
            self._passphrases[path] = passphrase

    def _actor(self) -> str | None:
        return self._settings.actor or None

    def open(
        self, parent: QWidget | None, path: Path, *, read_only: bool = False
    ) -> CaseFile | None:
        """The case at `path`, or None after telling the user why not."""
        path = Path(path).expanduser().absolute()
        try:
            case = self._open_with_passphrase(
                parent,
                path,
                lambda passphrase: CaseFile.open(
                    path,
                    read_only=read_only,
                    actor=self._actor(),
                    while_checking=ViewCode(),
                    passphrase=passphrase,
                ),
            )
            if case is None:
                return None
        except Locked as exc:
            return self._open_locked(parent, path, exc)
        except CaseFileError as exc:
            from casefile.ui.dialogs.cannot_open import CannotOpenDialog

            CannotOpenDialog.ask(parent, path, exc)
            return None
        self._remember(path)
        return case

    def open_other(self, parent: QWidget | None, path: Path) -> CaseFile | None:
        """Another case read beside the open one (Compare with, Merge a copy), read-only:
        an encrypted one's passphrase is asked for as the case's own is (again after a
        wrong one; kept in the keyring only if the user ticks it). None if the user
        cancels; what else keeps it from opening is raised, for the caller to say."""
        path = Path(path).expanduser().absolute()
        return self._open_with_passphrase(
            parent,
            path,
            lambda passphrase: CaseFile.open(path, read_only=True, passphrase=passphrase),
        )

    def _open_with_passphrase(
        self,
        parent: QWidget | None,
        path: Path,
        opening: Callable[[Passphrase | None], CaseFile],
    ) -> CaseFile | None:
        """`opening` given the case's passphrase: none for a plain case; for an encrypted
        one the passphrase of this session, else the one the keyring remembers, else the
        user's, asked again after a wrong one. None if the user cancels.

        The keyring is asked only once the case turns out to need a passphrase: a plain
        case's opening neither loads the keyring package nor waits for the system's
        keyring service."""
        from casefile.ui.support import keyring_store

        passphrase = self.passphrase_of(path)
        from_keyring = False
        keyring_asked = False
        problem = ""
        remember = False
        while True:
            try:
                with _busy():
                    case = opening(passphrase)
            except (NeedsPassphrase, WrongPassphrase) as exc:
                if passphrase is None and not keyring_asked:
                    keyring_asked = True
                    if (remembered := keyring_store.remembered(path)) is not None:
                        passphrase, from_keyring = Passphrase(remembered), True
                        continue
                if isinstance(exc, WrongPassphrase):
                    if from_keyring:
                        keyring_store.forget(path)  # it no longer opens the case
                    problem = (
                        QCoreApplication.translate(
                            "CaseOpener",
                            "The keyring's passphrase no longer opens it: type the new one.",
                        )
                        if from_keyring
                        else QCoreApplication.translate(
                            "CaseOpener", "Wrong passphrase (or not a case file): try again."
                        )
                    )
                from casefile.ui.dialogs.passphrase import PassphraseDialog

                answer = PassphraseDialog.ask(parent, path, problem)
                if answer is None:
                    return None
                passphrase, from_keyring = Passphrase(answer.text), False
                remember = answer.remember
                typed = answer.text
                continue
            if case.encrypted and passphrase is not None:
                self.known_passphrase(path, passphrase)
                if remember:
                    keyring_store.remember(path, typed)
            return case

    def _open_locked(self, parent: QWidget | None, path: Path, error: Locked) -> CaseFile | None:
        from casefile.store import LockHolder
        from casefile.ui.dialogs.locked import LockedChoice, LockedDialog, OverrideWarning

        holder = error.holder if isinstance(error.holder, LockHolder) else None
        choice = LockedDialog.ask(parent, path, holder)
        if choice is LockedChoice.READ_ONLY:
            return self.open(parent, path, read_only=True)
        if choice is LockedChoice.EDIT_COPY:
            return self.edit_copy(parent, path)
        if choice is LockedChoice.OVERRIDE and OverrideWarning.ask(parent, path, holder):
            return self._open_overriding(parent, path)
        return None

    def _open_overriding(self, parent: QWidget | None, path: Path) -> CaseFile | None:
        from casefile.ui.dialogs.cannot_open import CannotOpenDialog

        try:
            with _busy():
                case = CaseFile.open(
                    path,
                    actor=self._actor(),
                    override_lock=True,
                    while_checking=ViewCode(),
                    passphrase=self.passphrase_of(path),
                )
        except CaseFileError as exc:
            CannotOpenDialog.ask(parent, path, exc)
            return None
        self._remember(path)
        return case

    def edit_copy(self, parent: QWidget | None, path: Path) -> CaseFile | None:
        """Save a copy of a case (read without touching it) and open the copy for editing."""
        from casefile.ui.dialogs.cannot_open import CannotOpenDialog
        from casefile.ui.dialogs.files import FileDialogs

        suggested = path.with_name(copy_name(path))
        target = FileDialogs.ask_save_case(
            parent, QCoreApplication.translate("CaseOpener", "Save a copy to edit"), suggested
        )
        if target is None:
            return None
        try:
            with (
                _busy(),
                CaseFile.open(
                    path,
                    read_only=True,
                    actor=self._actor(),
                    passphrase=self.passphrase_of(path),
                ) as source,
            ):
                source.save_copy(target)
                if source.encrypted:  # the copy has the case's key
                    self.known_passphrase(target, self.passphrase_of(path))
        except CaseFileError as exc:
            CannotOpenDialog.ask(parent, path, exc)
            return None
        return self.open(parent, target)

    def create(self, parent: QWidget | None) -> CaseFile | None:
        """New case: the incident's facts first, then where to save it."""
        from casefile.ui.dialogs.cannot_open import CannotOpenDialog
        from casefile.ui.dialogs.files import FileDialogs
        from casefile.ui.dialogs.new_case import NewCaseDialog

        values = NewCaseDialog.ask(parent, self._settings.default_classification)
        if values is None:
            return None
        name = _file_name(values["title"])
        target = FileDialogs.ask_save_case(
            parent,
            QCoreApplication.translate("CaseOpener", "Save the new case as"),
            self._settings.last_folder / name,
        )
        if target is None:
            return None
        try:
            with _busy():
                case = CaseFile.create(target, actor=self._actor(), **values)
        except CaseFileError as exc:
            CannotOpenDialog.ask(parent, target, exc)
            return None
        if values.get("passphrase") is not None:
            self.known_passphrase(target, values["passphrase"])
        self._remember(target)
        return case

    def _remember(self, path: Path) -> None:
        self._settings.add_recent(path)
        self._settings.last_folder = path.parent


def _file_name(title: str) -> str:
    """A file name from a case title: letters, digits and dashes, not too long."""
    cleaned = "".join(c if c.isalnum() else "-" for c in title.strip().lower())
    words = [w for w in cleaned.split("-") if w]
    return (
        "-".join(words)[:60].rstrip("-")
        or QCoreApplication.translate("CaseOpener", "case", "a file name")
    ) + ".casefile"


def copy_name(path: Path) -> str:
    """The name suggested for a copy of the case at `path`: "kyiv (copy).casefile"."""
    # %1: the case file's name without its ending
    return arg(QCoreApplication.translate("CaseOpener", "%1 (copy)"), path.stem) + path.suffix


class _busy:
    """A wait cursor while the file is checked and opened (quick_check takes a moment)."""

    def __enter__(self) -> None:
        if QApplication.instance() is not None:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *exc: object) -> None:
        if QApplication.instance() is not None:
            QApplication.restoreOverrideCursor()
