"""The command line on encrypted case files: where each passphrase comes from, and
what each refusal says and leaves (DESIGN.md, "Passphrases")."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from store.store_support import file_digest, folder_listing

from casefile.cli import main
from casefile.store import CaseFile, Passphrase, encrypt

SECRET = "old passphrase of the case"
NEW = "the new passphrase"


@pytest.fixture(autouse=True)
def no_passphrase_in_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("CASEFILE_PASSPHRASE", "CASEFILE_NEW_PASSPHRASE", "CASEFILE_OTHER_PASSPHRASE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # no terminal to ask on


@pytest.fixture
def secret_file(tmp_path: Path) -> str:
    path = tmp_path / "secret.txt"
    path.write_text(SECRET + "\n")
    return str(path)


@pytest.fixture
def new_file(tmp_path: Path) -> str:
    path = tmp_path / "new.txt"
    path.write_text(NEW + "\n")
    return str(path)


@pytest.fixture
def encrypted(demo_path: Path) -> Path:
    encrypt(demo_path, Passphrase(SECRET))
    return demo_path


def opens_with(path: Path, passphrase: str | None) -> bool:
    with CaseFile.open(
        path, read_only=True, passphrase=None if passphrase is None else Passphrase(passphrase)
    ) as case:
        return case.check() == []


def test_info_without_a_passphrase_says_encrypted_and_nothing_else(
    encrypted: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["info", str(encrypted)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("casefile: error: ")
    assert "is encrypted, or not a case file" in err
    assert err.count("\n") == 1


@pytest.mark.parametrize("how", ["file", "environment"])
def test_every_reading_command_takes_the_passphrase(
    how: str,
    encrypted: Path,
    secret_file: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    given = ["--passphrase-file", secret_file] if how == "file" else []
    if how == "environment":
        monkeypatch.setenv("CASEFILE_PASSPHRASE", SECRET)
    path = str(encrypted)
    assert main(["info", path, "--json", *given]) == 0
    assert json.loads(capsys.readouterr().out)["counts"]["note"] == 5
    assert main(["search", path, "Kyiv", *given]) == 0
    assert "nothing found" not in capsys.readouterr().out
    assert main(["check", path, *given]) == 0
    assert main(["export-json", path, str(tmp_path / "out.json"), *given]) == 0
    assert main(["import-json", path, str(tmp_path / "out.json"), *given]) == 0
    _, err = capsys.readouterr()
    assert "error" not in err


def test_a_wrong_passphrase_exits_2_and_changes_nothing(
    encrypted: Path, new_file: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = file_digest(encrypted)
    assert main(["check", str(encrypted), "--passphrase-file", new_file]) == 2
    _, err = capsys.readouterr()
    assert "wrong passphrase or not a case file" in err
    assert NEW not in err
    assert file_digest(encrypted) == before
    assert folder_listing(encrypted.parent) == ["demo.casefile", "new.txt"]


def test_a_plain_case_given_a_passphrase_opens_and_says_so(
    demo_path: Path, secret_file: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["info", str(demo_path), "--passphrase-file", secret_file]) == 0
    _, err = capsys.readouterr()
    assert "casefile: info:" in err and "not encrypted" in err


def test_encrypt_rekey_decrypt(
    demo_path: Path, secret_file: str, new_file: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = str(demo_path)
    monkeypatch.setenv("CASEFILE_PASSPHRASE", SECRET)  # counts as new: the file has none
    assert main(["encrypt", path]) == 0
    assert opens_with(demo_path, SECRET)
    # For rekey CASEFILE_PASSPHRASE is the old one: the new one must come from elsewhere.
    before = file_digest(demo_path)
    assert main(["rekey", path]) == 1
    assert file_digest(demo_path) == before
    monkeypatch.setenv("CASEFILE_NEW_PASSPHRASE", NEW)
    assert main(["rekey", path]) == 0
    assert opens_with(demo_path, NEW)
    monkeypatch.delenv("CASEFILE_PASSPHRASE")
    monkeypatch.delenv("CASEFILE_NEW_PASSPHRASE")
    assert (
        main(["rekey", path, "--passphrase-file", new_file, "--new-passphrase-file", secret_file])
        == 0
    )
    assert opens_with(demo_path, SECRET)
    assert main(["decrypt", path, "--passphrase-file", secret_file]) == 0
    assert opens_with(demo_path, None)
    assert folder_listing(demo_path.parent) == ["demo.casefile", "new.txt", "secret.txt"]


def test_new_encrypt(tmp_path: Path, new_file: str, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "case.casefile"
    assert main(["new", str(path), "--title", "Kyiv", "--encrypt"]) == 1
    assert "no terminal to ask it on" in capsys.readouterr().err
    assert not path.exists()
    assert (
        main(["new", str(path), "--title", "Kyiv", "--encrypt", "--new-passphrase-file", new_file])
        == 0
    )
    assert opens_with(path, NEW)
    assert b"Kyiv" not in path.read_bytes()


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """A terminal whose user types the answers in `answers`; records the prompts."""
    prompts: list[str] = []
    answers: list[str] = []

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    def getpass(prompt: str = "") -> str:
        prompts.append(prompt)
        return answers.pop(0)

    monkeypatch.setattr("sys.stdin", Tty(""))
    monkeypatch.setattr("getpass.getpass", getpass)
    yield answers
    assert not answers, "a passphrase was typed but never asked for"
    prompts.clear()


def test_the_terminal_is_asked_only_for_an_encrypted_case(
    encrypted: Path, tmp_path: Path, terminal: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    plain = tmp_path / "plain.casefile"
    assert main(["new", str(plain), "--title", "T"]) == 0
    assert main(["info", str(plain)]) == 0  # asks nothing (the fixture checks)
    terminal.append(SECRET)
    assert main(["info", str(encrypted)]) == 0
    out, _ = capsys.readouterr()
    assert "Kyiv" in out and SECRET not in out


def test_a_new_passphrase_typed_differently_twice_is_refused(
    demo_path: Path, terminal: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    before = file_digest(demo_path)
    terminal.extend(["one", "two"])
    assert main(["encrypt", str(demo_path)]) == 1
    assert "the two passphrases differ" in capsys.readouterr().err
    assert file_digest(demo_path) == before
    terminal.extend([NEW, NEW])
    assert main(["encrypt", str(demo_path)]) == 0
    assert opens_with(demo_path, NEW)


@pytest.mark.parametrize("command", ["encrypt", "decrypt", "rekey"])
def test_refusals_before_anything_is_asked(
    command: str, encrypted: Path, demo_template: Path, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    """encrypt of an encrypted case, decrypt and rekey of a plain one: refused, unchanged."""
    target = encrypted if command == "encrypt" else tmp_path / "plain.casefile"
    if command != "encrypt":
        target.write_bytes(demo_template.read_bytes())
    before = file_digest(target)
    # encrypt: "already encrypted, or not a case file" (could not open: 2); a refusal: 1
    assert main([command, str(target)]) == (2 if command == "encrypt" else 1)
    err = capsys.readouterr().err
    assert ("already encrypted" if command == "encrypt" else "is not encrypted") in err
    assert file_digest(target) == before


def test_a_new_passphrase_of_two_lines_is_refused(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A passphrase file of two lines would give a passphrase no prompt can type: the case
    would open only with that file, so encrypt refuses it and the file stays plain."""
    two_lines = tmp_path / "two-lines.txt"
    two_lines.write_text(NEW + "\nsecond line\n")
    before = file_digest(demo_path)
    assert main(["encrypt", str(demo_path), "--new-passphrase-file", str(two_lines)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("casefile: error:") and "line break" in err and err.count("\n") == 1
    assert file_digest(demo_path) == before
