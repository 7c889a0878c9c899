"""Encrypted case files (issue 25): everything a plain case does, and nothing in the clear."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import file_digest, folder_listing

from casefile.store import (
    CaseFile,
    Corrupt,
    InvalidInput,
    Locked,
    NeedsPassphrase,
    NotACaseFile,
    Passphrase,
    WrongPassphrase,
    decrypt,
    encrypt,
    is_encrypted,
    rekey,
)

SECRET = "correct horse battery staple"
FIXTURES = Path(__file__).parent.parent / "fixtures"


def words_of(path: Path) -> list[bytes]:
    """Names and text of the demo that must not be readable in an encrypted file."""
    return [b"Kyiv", b"Embassy", b"Azerbaijan", b"consular", SECRET.encode()]


def in_clear(folder: Path, words: list[bytes]) -> list[str]:
    """Every file in `folder` (and below) that holds one of `words` as bytes."""
    found = []
    for file in folder.rglob("*"):
        if file.is_file():
            data = file.read_bytes()
            found += [f"{file.name}: {w!r}" for w in words if w in data]
    return found


@pytest.fixture
def encrypted_demo(demo_path: Path) -> Path:
    encrypt(demo_path, Passphrase(SECRET))
    return demo_path


def test_a_new_encrypted_case_holds_nothing_in_the_clear(tmp_path: Path) -> None:
    path = tmp_path / "new.casefile"
    with CaseFile.create(
        path, title="Strike on the Embassy in Kyiv", passphrase=Passphrase(SECRET)
    ) as case:
        assert case.encrypted
        note = case.add("note", title="Consular section hit", body="Azerbaijan embassy")
    assert not path.read_bytes().startswith(b"SQLite format 3")
    assert in_clear(tmp_path, words_of(path)) == []
    with CaseFile.open(path, read_only=True, passphrase=Passphrase(SECRET)) as case:
        assert case.incident().title == "Strike on the Embassy in Kyiv"
        assert case.search_uses_fts
        assert [hit.id for hit in case.search("consular")] == [note.id]
        assert case.check() == []


def test_encrypting_the_demo_leaves_no_name_of_it_in_the_file(
    demo_path: Path, tmp_path: Path
) -> None:
    assert in_clear(tmp_path, words_of(demo_path))  # the plain demo: they are there
    with CaseFile.open(demo_path, read_only=True) as case:
        before = case.summary()
    encrypt(demo_path, Passphrase(SECRET))
    assert is_encrypted(demo_path)
    assert in_clear(tmp_path, words_of(demo_path)) == []
    with CaseFile.open(demo_path, passphrase=Passphrase(SECRET)) as case:
        after = case.summary()
        assert case.check() == []
        assert case.search("Kyiv")
    assert after.counts == before.counts
    assert after.fingerprint == before.fingerprint  # the same history, not a new one
    assert in_clear(tmp_path, words_of(demo_path)) == []  # nor after it was edited
    assert folder_listing(tmp_path) == ["demo.casefile"]


def test_without_its_passphrase_an_encrypted_case_says_only_that(encrypted_demo: Path) -> None:
    before = file_digest(encrypted_demo)
    for read_only in (True, False):
        with pytest.raises(NeedsPassphrase) as refused:
            CaseFile.open(encrypted_demo, read_only=read_only)
        assert refused.value.exit_code == 2
        assert "is encrypted, or not a case file" in refused.value.message
    assert file_digest(encrypted_demo) == before
    assert folder_listing(encrypted_demo.parent) == ["demo.casefile"]


def test_a_wrong_passphrase_is_refused_and_changes_nothing(encrypted_demo: Path) -> None:
    before = file_digest(encrypted_demo)
    for read_only in (True, False):
        with pytest.raises(WrongPassphrase) as refused:
            CaseFile.open(encrypted_demo, read_only=read_only, passphrase=Passphrase("Xq7-guess"))
        assert refused.value.exit_code == 2
        assert "wrong passphrase or not a case file" in str(refused.value)
        assert "Xq7" not in str(refused.value)
    assert file_digest(encrypted_demo) == before
    assert folder_listing(encrypted_demo.parent) == ["demo.casefile"]


def test_random_bytes_with_a_passphrase_are_not_a_case(tmp_path: Path) -> None:
    path = tmp_path / "noise.casefile"
    path.write_bytes(os.urandom(8192))
    with pytest.raises(WrongPassphrase):
        CaseFile.open(path, read_only=True, passphrase=Passphrase(SECRET))
    with pytest.raises(NeedsPassphrase):
        CaseFile.open(path, read_only=True)


def test_a_plain_case_opened_with_a_passphrase_opens_and_says_so(demo_path: Path) -> None:
    with CaseFile.open(demo_path, passphrase=Passphrase(SECRET)) as case:
        assert not case.encrypted
        assert [n.about for n in case.notices] == ["not_encrypted"]
        assert "not encrypted" in case.notices[0].message


def test_a_passphrase_to_be_asked_is_asked_only_for_an_encrypted_file(
    demo_path: Path, tmp_path: Path
) -> None:
    asked: list[int] = []

    def ask() -> str:
        asked.append(1)
        return SECRET

    with CaseFile.open(demo_path, read_only=True, passphrase=Passphrase(asked=ask)) as case:
        assert case.notices == ()  # asked for nothing: nothing to say
    assert asked == []
    copy = tmp_path / "enc.casefile"
    shutil.copyfile(demo_path, copy)
    encrypt(copy, Passphrase(SECRET))
    with CaseFile.open(copy, read_only=True, passphrase=Passphrase(asked=ask)) as case:
        assert case.encrypted
    assert asked == [1]


def test_the_key_is_derived_once_per_open(
    encrypted_demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    derived: list[bytes] = []
    real = hashlib.pbkdf2_hmac

    def counting(*args: object, **kwargs: object) -> bytes:
        derived.append(b"")
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(hashlib, "pbkdf2_hmac", counting)
    with CaseFile.open(encrypted_demo, passphrase=Passphrase(SECRET)) as case:
        case.add("note", title="one more")
        case.check()
        case.search("Kyiv")
    assert len(derived) == 1
    derived.clear()
    with CaseFile.open(encrypted_demo, read_only=True, passphrase=Passphrase(SECRET)) as case:
        case.summary()
    assert len(derived) == 1


def test_save_a_copy_of_an_encrypted_case_is_encrypted(
    encrypted_demo: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "out" / "copy.casefile"
    copy.parent.mkdir()
    with CaseFile.open(encrypted_demo, passphrase=Passphrase(SECRET)) as case:
        case.save_copy(copy)
    assert in_clear(copy.parent, words_of(copy)) == []
    with CaseFile.open(copy, read_only=True, passphrase=Passphrase(SECRET)) as case:
        assert case.check() == []
        assert case.search("Kyiv")


def test_an_encrypted_case_is_locked_for_a_second_editor(encrypted_demo: Path) -> None:
    with CaseFile.open(encrypted_demo, passphrase=Passphrase(SECRET)):
        with pytest.raises(Locked):
            CaseFile.open(encrypted_demo, passphrase=Passphrase(SECRET))
        with CaseFile.open(encrypted_demo, read_only=True, passphrase=Passphrase(SECRET)) as r:
            assert r.summary().counts["note"] == 5


def test_rekey_and_decrypt_keep_the_case_and_change_its_key(encrypted_demo: Path) -> None:
    with CaseFile.open(encrypted_demo, read_only=True, passphrase=Passphrase(SECRET)) as case:
        fingerprint = case.summary().fingerprint
    rekey(encrypted_demo, Passphrase(SECRET), Passphrase("a new one"))
    with pytest.raises(WrongPassphrase):
        CaseFile.open(encrypted_demo, read_only=True, passphrase=Passphrase(SECRET))
    with CaseFile.open(encrypted_demo, read_only=True, passphrase=Passphrase("a new one")) as c:
        assert c.summary().fingerprint == fingerprint
        assert c.check() == []
    decrypt(encrypted_demo, Passphrase("a new one"))
    assert encrypted_demo.read_bytes().startswith(b"SQLite format 3\x00")
    with CaseFile.open(encrypted_demo) as case:
        assert not case.encrypted
        assert case.summary().fingerprint == fingerprint
        assert case.check() == []
    assert folder_listing(encrypted_demo.parent) == ["demo.casefile"]


@pytest.mark.parametrize(
    "refused",
    [
        pytest.param(lambda p: encrypt(p, Passphrase("again")), id="encrypt twice"),
        pytest.param(lambda p: rekey(p, Passphrase("wrong"), Passphrase("n")), id="rekey wrong"),
        pytest.param(lambda p: decrypt(p, Passphrase("wrong")), id="decrypt wrong"),
        pytest.param(lambda p: rekey(p, Passphrase(SECRET), Passphrase("")), id="empty new"),
        pytest.param(
            lambda p: rekey(p, Passphrase(SECRET), Passphrase("one\ntwo")), id="two-line new"
        ),
    ],
)
def test_a_refused_change_of_key_leaves_the_file_as_it_was(encrypted_demo: Path, refused) -> None:
    before = file_digest(encrypted_demo)
    with pytest.raises((InvalidInput, NotACaseFile)):
        refused(encrypted_demo)
    assert file_digest(encrypted_demo) == before
    assert folder_listing(encrypted_demo.parent) == ["demo.casefile"]


def test_plain_files_refuse_decrypt_and_rekey(demo_path: Path) -> None:
    before = file_digest(demo_path)
    for change in (
        lambda: decrypt(demo_path, None),
        lambda: rekey(demo_path, None, Passphrase("x")),
    ):
        with pytest.raises(InvalidInput, match="is not encrypted"):
            change()
    assert file_digest(demo_path) == before


def test_an_older_encrypted_case_is_upgraded_with_an_encrypted_backup(tmp_path: Path) -> None:
    from casefile.store import sqlitefile as sf

    path = tmp_path / "old.casefile"
    path.touch()
    cipher = Passphrase(SECRET).new_cipher()
    sf.export(FIXTURES / "schema-1.casefile", None, path, cipher)
    before = file_digest(path)
    with CaseFile.open(path, read_only=True, passphrase=Passphrase(SECRET)) as case:
        assert case.summary().schema_version > 1
        assert any("older schema" in n.message for n in case.notices)
    assert file_digest(path) == before
    with CaseFile.open(path, passphrase=Passphrase(SECRET)) as case:
        assert case.check() == []
    backups = [p for p in tmp_path.iterdir() if ".bak-schema1" in p.name]
    assert len(backups) == 1
    assert not backups[0].read_bytes().startswith(b"SQLite format 3")
    assert in_clear(tmp_path, [b"SQLite format 3"]) == []


def test_an_older_encrypted_case_with_a_damaged_page_is_not_upgraded(tmp_path: Path) -> None:
    """An upgrade rewrites the schema: before it, every page of an encrypted case is read
    (an ordinary opening reads only what it needs). The last page holds no row that the
    foreign-key check reads."""
    from casefile.store import sqlitefile as sf

    path = tmp_path / "old.casefile"
    path.touch()
    sf.export(FIXTURES / "schema-1.casefile", None, path, Passphrase(SECRET).new_cipher())
    data = bytearray(path.read_bytes())
    data[-4096 + 100] ^= 0xFF
    path.write_bytes(bytes(data))
    before = (folder_listing(tmp_path), file_digest(path))
    with pytest.raises(Corrupt, match="is damaged"):
        CaseFile.open(path, passphrase=Passphrase(SECRET))
    assert (folder_listing(tmp_path), file_digest(path)) == before  # no backup, nor staging


#: A writer keyed with the passphrase, killed mid-transaction: a hot journal beside an
#: encrypted file (the journal's pages encrypted too).
HALF_WRITTEN = """
import sys
from sqlcipher3 import dbapi2
conn = dbapi2.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA key = '" + sys.argv[2] + "'")
conn.execute("PRAGMA cache_size=8")
conn.execute("BEGIN")
conn.execute("UPDATE note SET title = 'HALF-WRITTEN ' || title, body = body || ?", ("x" * 3000,))
conn.execute(
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
    "INSERT INTO case_meta(key, value) SELECT 'junk' || i, hex(randomblob(1500)) FROM n"
)
print("ready", flush=True)
sys.stdin.read()
"""


def test_an_interrupted_write_to_an_encrypted_case_is_read_and_recovered(
    encrypted_demo: Path,
) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", HALF_WRITTEN, str(encrypted_demo), SECRET],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "ready"
    os.kill(child.pid, signal.SIGKILL)
    child.communicate(timeout=30)
    journal = Path(f"{encrypted_demo}-journal")
    assert journal.stat().st_size > 0
    digests = (file_digest(encrypted_demo), file_digest(journal))
    with CaseFile.open(encrypted_demo, read_only=True, passphrase=Passphrase(SECRET)) as case:
        assert any(n.about == "interrupted_write" for n in case.notices)
        assert not any(n.title.startswith("HALF-WRITTEN") for n in case.records("note"))
    assert (file_digest(encrypted_demo), file_digest(journal)) == digests
    with CaseFile.open(encrypted_demo, passphrase=Passphrase(SECRET)) as case:
        assert any("recovered" in n.message for n in case.notices)
        assert case.check() == []
    assert folder_listing(encrypted_demo.parent) == ["demo.casefile"]
    assert in_clear(encrypted_demo.parent, words_of(encrypted_demo)) == []


def test_the_passphrase_is_not_shown_by_repr() -> None:
    assert SECRET not in repr(Passphrase(SECRET))
    assert SECRET not in repr(Passphrase(SECRET).new_cipher())


@pytest.mark.parametrize("with_wal", [False, True], ids=["checkpointed", "-wal beside it"])
def test_an_encrypted_case_in_wal_mode_is_read_from_a_copy_and_converted_for_editing(
    encrypted_demo: Path, with_wal: bool
) -> None:
    from sqlcipher3 import dbapi2

    conn = dbapi2.connect(str(encrypted_demo), isolation_level=None)
    conn.execute(f"PRAGMA key = '{SECRET}'")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute("UPDATE note SET title = 'after WAL' WHERE rowid = 1")
    if not with_wal:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
    else:  # a copy of the file and its -wal, as a crash in WAL mode leaves them
        for suffix in ("", "-wal"):
            shutil.copyfile(f"{encrypted_demo}{suffix}", f"{encrypted_demo}.copy{suffix}")
        conn.close()
        for suffix in ("", "-wal"):
            os.replace(f"{encrypted_demo}.copy{suffix}", f"{encrypted_demo}{suffix}")
        Path(f"{encrypted_demo}-shm").unlink(missing_ok=True)
    listing = folder_listing(encrypted_demo.parent)
    digests = {name: file_digest(encrypted_demo.parent / name) for name in listing}
    with CaseFile.open(encrypted_demo, read_only=True, passphrase=Passphrase(SECRET)) as case:
        assert "after WAL" in [n.title for n in case.records("note")]
        assert any("WAL mode" in n.message for n in case.notices)
    assert {n: file_digest(encrypted_demo.parent / n) for n in listing} == digests
    assert folder_listing(encrypted_demo.parent) == listing
    with CaseFile.open(encrypted_demo, passphrase=Passphrase(SECRET)) as case:
        assert "after WAL" in [n.title for n in case.records("note")]
        problems = case.check()  # the change made behind the audit log's back, and only it
        assert len(problems) == 1 and "changed outside casefile" in problems[0].message
    assert folder_listing(encrypted_demo.parent) == ["demo.casefile"]


def test_copies_of_an_encrypted_case_merge_and_stay_encrypted(encrypted_demo: Path) -> None:
    other = encrypted_demo.with_name("other.casefile")
    shutil.copyfile(encrypted_demo, other)
    with CaseFile.open(other, passphrase=Passphrase(SECRET)) as theirs:
        added = theirs.add("note", title="Written in the other copy")
    with (
        CaseFile.open(encrypted_demo, passphrase=Passphrase(SECRET)) as mine,
        CaseFile.open(other, read_only=True, passphrase=Passphrase(SECRET)) as theirs,
    ):
        mine.merge(theirs)
    assert in_clear(encrypted_demo.parent, words_of(encrypted_demo) + [b"other copy"]) == []
    with CaseFile.open(encrypted_demo, read_only=True, passphrase=Passphrase(SECRET)) as case:
        assert added.id in [n.id for n in case.records("note")]
        assert case.check() == []


def test_a_killed_decrypts_unencrypted_staging_is_named_to_a_reader_and_removed_by_an_editor(
    encrypted_demo: Path,
) -> None:
    """What `decrypt` leaves when killed before its rename: the case unencrypted under
    a hidden staging name. A reader is told (and changes nothing); the next editor
    removes it, and only it: files that merely resemble it are left alone."""
    from casefile.store import recovery
    from casefile.store import sqlitefile as sf

    folder = encrypted_demo.parent
    fd, staging = recovery.new_staging(encrypted_demo.resolve())
    os.close(fd)
    with CaseFile.open(encrypted_demo, read_only=True, passphrase=Passphrase(SECRET)) as case:
        sf.export(case._opened.working_path, case._opened.cipher, staging, None)
    staging.with_name(staging.name + "-journal").write_bytes(b"")
    assert staging.read_bytes().startswith(b"SQLite format 3")
    theirs = [
        folder / ".demo.casefile.notes-v2.staging",  # not mkstemp's name
        folder / ".demo.casefile.abcdefgh.staging",  # its name, but a text of the user's
        folder / ".demo.casefile.zzzzzzzz.staging",  # a link
        folder / ".other.casefile.abcdefgh.staging",  # another case's
    ]
    for path in theirs[:2]:
        path.write_text("the user's own file\n")
    theirs[3].write_bytes(bytes(4096))  # as a staging of other.casefile would be
    theirs[2].symlink_to(encrypted_demo)
    before = (folder_listing(folder), file_digest(staging))
    with CaseFile.open(encrypted_demo, read_only=True, passphrase=Passphrase(SECRET)) as case:
        (notice,) = [n for n in case.notices if n.about == "leftover_staging"]
    assert staging.name in notice.message and "unencrypted" in notice.message
    assert "opening the case for editing removes it" in notice.message
    assert (folder_listing(folder), file_digest(staging)) == before
    with CaseFile.open(encrypted_demo, passphrase=Passphrase(SECRET)) as case:
        (notice,) = [n for n in case.notices if n.about == "leftover_staging"]
        assert staging.name in notice.message
    assert not staging.exists() and not staging.with_name(staging.name + "-journal").exists()
    assert all(os.path.lexists(p) for p in theirs)
    assert in_clear(folder, [b"SQLite format 3"]) == []
