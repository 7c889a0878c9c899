"""Encrypted cases in the GUI: New with a passphrase, the passphrase dialog on opening
(and the keyring, only when asked), File > Encryption… on the open case."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtWidgets import QApplication, QMessageBox

from casefile.store import CaseFile, Passphrase, WrongPassphrase, encrypt
from casefile.ui.dialogs.files import FileDialogs
from casefile.ui.dialogs.new_case import NewCaseDialog
from casefile.ui.dialogs.passphrase import (
    EncryptionChoice,
    EncryptionDialog,
    NewPassphraseDialog,
    PassphraseAnswer,
    PassphraseDialog,
)

SECRET = "two words"


class FakeKeyring(KeyringBackend):
    """A keyring in memory: the tests never touch the user's own."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.kept.pop((service, username), None)


@pytest.fixture(autouse=True)
def fake_keyring() -> Iterator[FakeKeyring]:
    before = keyring.get_keyring()
    fake = FakeKeyring()
    keyring.set_keyring(fake)
    yield fake
    keyring.set_keyring(before)


def _replace(monkeypatch, cls, name: str, answers: list):
    """Replace a dialog's ask with one returning `answers` in turn; records the calls."""
    calls: list[tuple] = []

    def fake(klass, *args, **kwargs):
        calls.append(args)
        assert answers, f"{cls.__name__}.{name} asked once too often"
        return answers.pop(0)

    monkeypatch.setattr(cls, name, classmethod(fake))
    return calls


def opens_with(path: Path, passphrase: str | None) -> bool:
    try:
        with CaseFile.open(
            path, read_only=True, passphrase=Passphrase(passphrase) if passphrase else None
        ) as case:
            return case.encrypted == (passphrase is not None)
    except WrongPassphrase:
        return False


@pytest.fixture
def encrypted(demo_path: Path) -> Path:
    encrypt(demo_path, Passphrase(SECRET))
    return demo_path


def test_new_case_dialog_asks_a_passphrase_twice(qtbot) -> None:
    dialog = NewCaseDialog(None)
    qtbot.addWidget(dialog)
    dialog.title.setText("Blast at the embassy")
    assert not dialog.passphrase.isVisibleTo(dialog)
    dialog.encrypt.setChecked(True)
    assert dialog.passphrase.isVisibleTo(dialog)
    dialog.passphrase.first.setText(SECRET)
    dialog.passphrase.second.setText("two wordz")
    dialog.accept()
    assert dialog.result() == 0 and "differ" in dialog.error.text()
    dialog.passphrase.second.setText(SECRET)
    dialog.accept()
    assert dialog.result() == 1


def test_new_encrypted_case_from_the_window(window, monkeypatch, tmp_path) -> None:
    target = tmp_path / "embassy.casefile"
    facts = {
        "title": "Shelling near the consulate", "reference": "", "occurred_at": None,
        "timezone": "Europe/Kyiv", "location": "", "classification": "", "summary": "",
        "passphrase": Passphrase(SECRET),
    }  # fmt: skip
    _replace(monkeypatch, NewCaseDialog, "ask", [facts])
    _replace(monkeypatch, FileDialogs, "ask_save_case", [target])
    window.action_new.trigger()
    assert window.session is not None and window.session.case.encrypted
    assert b"consulate" not in target.read_bytes()
    assert opens_with(target, SECRET)


def test_opening_an_encrypted_case_asks_until_right_and_remembers_only_if_asked(
    window, monkeypatch, encrypted, fake_keyring
) -> None:
    calls = _replace(
        monkeypatch,
        PassphraseDialog,
        "ask",
        [PassphraseAnswer("wrong guess", True), PassphraseAnswer(SECRET, False)],
    )
    assert window.open_path(encrypted)
    assert window.session.case.encrypted
    assert len(calls) == 2 and calls[1][2].startswith("Wrong passphrase")
    assert fake_keyring.kept == {}  # not ticked the second time: nothing kept
    window.close_case()
    _replace(monkeypatch, PassphraseDialog, "ask", [PassphraseAnswer(SECRET, True)])
    window.opener._passphrases.clear()  # a new session of the app
    assert window.open_path(encrypted)
    assert list(fake_keyring.kept.values()) == [SECRET]
    window.close_case()
    window.opener._passphrases.clear()
    _replace(monkeypatch, PassphraseDialog, "ask", [])  # the keyring's: nothing asked
    assert window.open_path(encrypted)


def test_a_plain_case_opens_without_asking_the_keyring(window, monkeypatch, demo_path) -> None:
    """The system's keyring service may be slow or locked: only an encrypted case asks it."""
    asked: list[str] = []

    class Refusing(FakeKeyring):
        def get_password(self, service: str, username: str) -> str | None:
            asked.append(username)
            return None

    keyring.set_keyring(Refusing())  # the autouse fixture puts the previous one back
    assert window.open_path(demo_path)
    assert asked == []


def test_cancelling_the_passphrase_opens_nothing(window, monkeypatch, encrypted) -> None:
    _replace(monkeypatch, PassphraseDialog, "ask", [None])
    assert not window.open_path(encrypted)
    assert window.session is None


def test_file_encryption_encrypts_changes_and_decrypts_the_open_case(
    window, monkeypatch, demo_path
) -> None:
    assert window.open_path(demo_path)
    window.session.update_incident(status="closed")
    QApplication.processEvents()  # the views redraw, as they do before the user can choose
    _replace(
        monkeypatch,
        EncryptionDialog,
        "ask",
        [EncryptionChoice.ENCRYPT, EncryptionChoice.CHANGE, EncryptionChoice.DECRYPT],
    )
    _replace(monkeypatch, NewPassphraseDialog, "ask", [SECRET, "another passphrase"])
    window.action_encryption.trigger()
    assert window.session is not None and window.session.case.encrypted
    assert opens_with(demo_path, SECRET)
    window.action_encryption.trigger()
    assert window.session.case.encrypted
    assert opens_with(demo_path, "another passphrase") and not opens_with(demo_path, SECRET)
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes
    )
    window.action_encryption.trigger()
    assert window.session is not None and not window.session.case.encrypted
    assert opens_with(demo_path, None)
    with CaseFile.open(demo_path, read_only=True) as case:
        assert case.incident().status == "closed"
        assert case.check() == []
    beside = sorted(p.name for p in demo_path.parent.iterdir() if "demo" in p.name)
    assert beside == ["demo.casefile", "demo.casefile.lock"]  # the window has it open


def test_save_a_copy_of_an_encrypted_case_is_encrypted_or_plain_as_chosen(
    window, monkeypatch, encrypted, tmp_path, qtbot
) -> None:
    from casefile.ui.dialogs.passphrase import CopyChoice, CopyEncryptionDialog

    dialog = CopyEncryptionDialog(None, "copy.casefile")
    qtbot.addWidget(dialog)
    assert dialog.encryption.same.isChecked()
    dialog.encryption.own.setChecked(True)
    dialog.accept()  # no passphrase typed: refused, with the reason
    assert dialog.result() == 0 and dialog.error.text()
    dialog.encryption.none.setChecked(True)
    assert dialog.choice() == CopyChoice(None, True)

    _replace(monkeypatch, PassphraseDialog, "ask", [PassphraseAnswer(SECRET, False)])
    assert window.open_path(encrypted)
    targets = [tmp_path / f"{name}.casefile" for name in ("none", "same", "own", "plain")]
    _replace(monkeypatch, FileDialogs, "ask_save_case", list(targets))
    choices = [None, CopyChoice(None, False), CopyChoice("the copy's", False)]
    _replace(monkeypatch, CopyEncryptionDialog, "ask", [*choices, CopyChoice(None, True)])
    assert window.save_copy() is None and not targets[0].exists()  # cancelled
    assert window.save_copy() == targets[1] and opens_with(targets[1], SECRET)
    assert window.save_copy() == targets[2] and opens_with(targets[2], "the copy's")
    assert not opens_with(targets[2], SECRET)
    assert window.save_copy() == targets[3] and opens_with(targets[3], None)
    assert targets[3].read_bytes().startswith(b"SQLite format 3")
    assert window.opener.passphrase_of(targets[2]) is not None  # opening it asks nothing
