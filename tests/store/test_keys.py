"""Signing keys (issue 24): made, exported, trusted and listed; bad key files refused in words."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from casefile.store import (
    AlreadyExists,
    InvalidInput,
    Keys,
    PublicKey,
    read_passphrase_file,
    read_public,
)
from casefile.store.keys import fingerprint, parse_public


@pytest.fixture
def keys(tmp_path: Path) -> Keys:
    return Keys(tmp_path / "mine")


@pytest.fixture
def colleague(tmp_path: Path) -> Keys:
    return Keys(tmp_path / "colleague")


def test_a_new_key_is_private_and_signs(keys: Keys) -> None:
    public = keys.create("R. Mustafayev")
    assert keys.own_public() == public
    assert stat.S_IMODE(keys.private_path.stat().st_mode) == 0o600
    assert stat.S_IMODE(keys.folder.stat().st_mode) == 0o700
    signing = keys.unlock(None)
    signature = signing.sign(b"state 1f3a")
    assert public.verify(signature, b"state 1f3a")
    assert not public.verify(signature, b"state 1f3b")
    assert not public.verify(signature[:-1], b"state 1f3a")  # a truncated signature


def test_the_public_key_file_names_its_owner_and_a_readable_fingerprint(
    keys: Keys, tmp_path: Path
) -> None:
    public = keys.create("R. Mustafayev")
    out = tmp_path / "me.pub"
    keys.export(out)
    text = out.read_text("utf-8")
    assert "name: R. Mustafayev" in text
    assert f"fingerprint: {public.fingerprint}" in text
    groups = public.fingerprint.split()
    assert len(groups) == 8 and all(len(g) == 4 for g in groups)  # 128 bits, read in fours
    assert read_public(out) == public


def test_a_passphrase_protects_the_key(keys: Keys) -> None:
    public = keys.create("A. Officer", "correct horse")
    assert keys.is_protected()
    assert b"ENCRYPTED PRIVATE KEY" in keys.private_path.read_bytes()
    with pytest.raises(InvalidInput, match="does not unlock"):
        keys.unlock("wrong horse")
    with pytest.raises(InvalidInput, match="protected by a passphrase"):
        keys.unlock(None)
    assert keys.unlock("correct horse").public == public


def test_a_second_key_is_refused_and_the_first_kept(keys: Keys) -> None:
    keys.create("First")
    before = keys.private_path.read_bytes()
    with pytest.raises(AlreadyExists, match="already holds your signing key"):
        keys.create("Second")
    assert keys.private_path.read_bytes() == before
    assert keys.own_public().name == "First"


def test_trusting_a_colleague(keys: Keys, colleague: Keys, tmp_path: Path) -> None:
    mine = keys.create("Me")
    theirs = colleague.create("R. Mustafayev")
    colleague.export(tmp_path / "them.pub")
    assert keys.trusted_name(theirs.key) is None
    assert keys.trust(tmp_path / "them.pub") == (theirs, "trusted")
    assert keys.trust(tmp_path / "them.pub") == (theirs, "already")
    assert keys.trusted_name(theirs.key) == "R. Mustafayev"
    assert keys.trusted_name(mine.key) == "Me"
    keys.export(tmp_path / "me.pub")
    assert keys.trust(tmp_path / "me.pub") == (mine, "own")
    listed = [(e.own, e.public) for e in keys.listing()]
    assert listed == [(True, mine), (False, theirs)]


def test_a_damaged_trusted_key_trusts_nothing(keys: Keys, colleague: Keys, tmp_path: Path) -> None:
    theirs = colleague.create("R. Mustafayev")
    colleague.export(tmp_path / "them.pub")
    keys.trust(tmp_path / "them.pub")
    [entry] = keys.trusted()
    entry.path.write_text(entry.path.read_text().replace("key: ", "key: AAAA"))
    [entry] = keys.trusted()
    assert entry.public is None and "not the 32 of an Ed25519 key" in entry.problem
    assert keys.trusted_name(theirs.key) is None


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda t: t[: len(t) // 2], "cut short|not base64|bytes"),
        (lambda t: t.replace("fingerprint: ", "fingerprint: 0"), "does not match its key"),
        (lambda t: t.replace("casefile public key", "ssh-ed25519"), "first line"),
        (lambda t: t.replace("name: Officer", "name: "), "owner's name"),
        (lambda t: t + "key: AAAA\n", "given twice"),
        (lambda t: t + "comment: hi\n", "unexpected line"),
        (lambda t: "", "first line"),
    ],
)
def test_bad_public_key_files_are_refused_in_words(change, message: str, tmp_path: Path) -> None:
    public = PublicKey("Officer", bytes(range(32)))
    path = tmp_path / "bad.pub"
    path.write_text(change(public.file_text()), "utf-8")
    with pytest.raises(InvalidInput, match=message) as refused:
        read_public(path)
    assert str(path) in str(refused.value)


def test_a_public_key_file_that_is_not_text_or_huge(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="not UTF-8"):
        parse_public(b"casefile public key\n\xff\xfe", "x.pub")
    huge = tmp_path / "huge.pub"
    huge.write_bytes(b"x" * (1024 * 1024))
    with pytest.raises(InvalidInput, match="a few lines"):
        read_public(huge)
    fifo = tmp_path / "fifo.pub"
    os.mkfifo(fifo)
    with pytest.raises(InvalidInput, match="named pipe"):
        read_public(fifo)


def test_a_damaged_private_key_is_refused_in_words(keys: Keys) -> None:
    keys.create("Me", "pass")
    data = keys.private_path.read_bytes()
    keys.private_path.write_bytes(data[: len(data) // 2])
    with pytest.raises(InvalidInput, match="is damaged"):
        keys.unlock("pass")


def test_a_public_key_that_does_not_match_the_private_one(keys: Keys, colleague: Keys) -> None:
    keys.create("Me")
    colleague.create("Other")
    keys.public_path.write_bytes(colleague.public_path.read_bytes())
    with pytest.raises(InvalidInput, match="does not belong"):
        keys.unlock(None)


def test_no_key_yet(keys: Keys, tmp_path: Path) -> None:
    for attempt in (
        keys.own_public,
        lambda: keys.unlock(None),
        lambda: keys.export(tmp_path / "x"),
    ):
        with pytest.raises(InvalidInput, match="no signing key yet"):
            attempt()
    assert not (tmp_path / "x").exists()


def test_fingerprints_differ_with_the_key() -> None:
    assert fingerprint(bytes(32)) != fingerprint(bytes(31) + b"\x01")


@pytest.mark.parametrize(
    ("content", "expected"),
    [(b"secret\n", "secret"), (b"secret\r\n", "secret"), (b" two words ", " two words ")],
)
def test_passphrase_files(content: bytes, expected: str, tmp_path: Path) -> None:
    path = tmp_path / "pass"
    path.write_bytes(content)
    assert read_passphrase_file(path) == expected


@pytest.mark.parametrize("content", [b"", b"\n", b"\xff\xfe"])
def test_bad_passphrase_files(content: bytes, tmp_path: Path) -> None:
    path = tmp_path / "pass"
    path.write_bytes(content)
    with pytest.raises(InvalidInput, match="empty|not UTF-8"):
        read_passphrase_file(path)
