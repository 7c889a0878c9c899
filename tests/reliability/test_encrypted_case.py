"""The reliability rules on an encrypted case (issue 25): locks, read-only media, files that
arrive damaged or changed, and no plaintext in the file or anything beside it.

The kills run on encrypted cases in test_crash_kills.py (the API editors' test on an
encrypted case, and encrypt/decrypt/rekey killed at random moments).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from half_written import journal_of, kill_mid_write
from reliability_support import child_env, digests_of, record, run_cli, run_python
from reliability_support import without_capabilities as dropped_capabilities

from casefile.demo import build_demo
from casefile.store import (
    CaseFile,
    ChangedOnDisk,
    Corrupt,
    Locked,
    NeedsPassphrase,
    Passphrase,
    WrongPassphrase,
    encrypt,
)
from casefile.store.lock import lock_path

SECRET = "an encrypted case's passphrase"

#: Names and words of the demo case (shared/DEMO_CASE.md) that an encrypted file and
#: everything beside it must not hold in the clear.
DEMO_WORDS = (
    "Kyiv", "Embassy", "Azerbaijan", "consular", "Missile", "DEMO-KYIV",
    "Київ", "Посольство",
)  # fmt: skip


def plaintext_in(folder: Path, words: tuple[str, ...]) -> list[str]:
    """Every file under `folder` holding one of `words` (UTF-8, or UTF-16 as SQLite may
    store text), or the passphrase."""
    found = []
    needles = [(w, w.encode(enc)) for w in (*words, SECRET) for enc in ("utf-8", "utf-16-le")]
    for file in sorted(folder.rglob("*")):
        if file.is_file() and not file.is_symlink():
            data = file.read_bytes()
            found += sorted({f"{file.name}: {w}" for w, raw in needles if raw in data})
    return found


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "keys" / "passphrase.txt"
    path.parent.mkdir()
    path.write_text(SECRET + "\n")
    return path


@pytest.fixture
def encrypted_demo(tmp_path: Path, demo_template: Path) -> Path:
    folder = tmp_path / "cases"
    folder.mkdir()
    path = folder / "demo.casefile"
    shutil.copyfile(demo_template, path)
    encrypt(path, Passphrase(SECRET))
    return path


def test_the_encrypted_demo_holds_none_of_its_names_nor_does_anything_beside_it(
    tmp_path: Path, passphrase_file: Path
) -> None:
    """The demo case written, encrypted, edited, recovered after a kill and copied: its
    names are in no byte of the file, its journal, lock, backups or copies."""
    folder = tmp_path / "demo"
    folder.mkdir()
    path = folder / "demo.casefile"
    build_demo(path)
    assert plaintext_in(folder, DEMO_WORDS)  # the test can see them in a plain file
    result = run_cli("encrypt", path, "--new-passphrase-file", passphrase_file)
    assert result.returncode == 0, result.stderr
    assert plaintext_in(folder, DEMO_WORDS) == []
    # An editor killed mid-transaction leaves its journal beside the file (made by
    # sqlcipher3 itself, keyed as casefile keys it).
    kill_mid_write(path, SECRET)  # leaves a journal that is not empty
    assert plaintext_in(folder, DEMO_WORDS) == [], "the journal holds plaintext"
    copy = folder / "copy.casefile"
    with CaseFile.open(path, passphrase=Passphrase(SECRET)) as case:  # recovers the journal
        held = plaintext_in(folder, DEMO_WORDS)  # with the lock file beside it
        case.add("note", title="Kyiv Embassy note, Azerbaijan", body="consular Київ")
        case.save_copy(copy)
    assert held == []
    assert sorted(p.name for p in folder.iterdir()) == ["copy.casefile", "demo.casefile"]
    assert plaintext_in(folder, DEMO_WORDS) == []
    for case_file in (path, copy):
        result = run_cli("check", case_file, "--passphrase-file", passphrase_file)
        assert result.returncode == 0, result.stderr
    record("encrypted case", files_searched_for_plaintext=2, plaintext_found=0)


HOLD_FOR_EDITING = """
import sys
from casefile.store import CaseFile, Passphrase
case = CaseFile.open(sys.argv[1], actor="amina", passphrase=Passphrase(sys.argv[2]))
case.add("note", title="written by the first editor")
print("ready", flush=True)
sys.stdin.read()
case.close()
"""


@pytest.fixture
def other_editor(encrypted_demo: Path) -> Iterator[subprocess.Popen[str]]:
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD_FOR_EDITING, str(encrypted_demo), SECRET],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env=child_env(),
        text=True,
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "ready"
    yield child
    if child.poll() is None:
        child.communicate(timeout=30)


def test_locks_on_an_encrypted_case(
    encrypted_demo: Path, other_editor: subprocess.Popen[str], passphrase_file: Path
) -> None:
    """A second editor is refused and told who holds it, a reader reads; after a kill the
    stale lock is cleared."""
    before = encrypted_demo.read_bytes()
    with pytest.raises(Locked) as raised:
        CaseFile.open(encrypted_demo, passphrase=Passphrase(SECRET))
    assert f"process {other_editor.pid}" in str(raised.value)
    assert socket.gethostname() in str(raised.value)
    result = run_cli("import-json", encrypted_demo, os.devnull)
    assert result.returncode != 0
    result = run_cli("info", encrypted_demo, "--passphrase-file", passphrase_file)
    assert result.returncode == 0, result.stderr
    assert encrypted_demo.read_bytes() == before
    os.kill(other_editor.pid, signal.SIGKILL)
    other_editor.communicate(timeout=30)
    with CaseFile.open(encrypted_demo, passphrase=Passphrase(SECRET)) as case:
        assert any("cleared a stale lock" in n.message for n in case.notices)
        assert case.check() == []
    assert not lock_path(encrypted_demo).exists()


PROBE = """
import json, sys
from casefile.store import CaseFile, Passphrase, ReadOnly
result = {}
with CaseFile.open(sys.argv[1], passphrase=Passphrase(sys.argv[2])) as case:
    result["read_only"] = case.read_only
    result["problems"] = [p.message for p in case.check()]
    result["found"] = len(case.search("Kyiv"))
    try:
        case.add("note", title="must not be written")
    except ReadOnly as exc:
        result["refused"] = str(exc)
print(json.dumps(result))
"""


def test_an_encrypted_case_on_read_only_media_opens_read_only_and_changes_nothing(
    encrypted_demo: Path, passphrase_file: Path
) -> None:
    prefix = dropped_capabilities()
    if not prefix:
        pytest.skip("setpriv is not installed")
    folder = encrypted_demo.parent
    encrypted_demo.chmod(0o444)
    folder.chmod(0o555)
    try:
        probe = "open(__import__('sys').argv[1], 'ab')"
        if run_python(probe, encrypted_demo, prefix=prefix).returncode == 0:
            pytest.skip("dropping capabilities did not take effect here")
        before = digests_of(folder)
        result = run_python(PROBE, encrypted_demo, SECRET, prefix=prefix)
        assert result.returncode == 0, result.stderr
        outcome = json.loads(result.stdout)
        assert outcome["read_only"] and outcome["problems"] == [] and outcome["found"]
        assert "save a copy" in outcome["refused"]
        result = run_cli(
            "check", encrypted_demo, "--passphrase-file", passphrase_file, prefix=prefix
        )
        assert result.returncode == 0, result.stderr
        assert digests_of(folder) == before
    finally:
        folder.chmod(0o755)
        encrypted_demo.chmod(0o644)


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0xFF
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    ("damage", "exit_code", "words"),
    [
        pytest.param(lambda p: _flip(p, 40), 2, "wrong passphrase or not a case file", id="page 1"),
        pytest.param(
            lambda p: os.truncate(p, p.stat().st_size // 2), 2, "is damaged", id="cut in half"
        ),
        pytest.param(lambda p: os.truncate(p, 100), 2, "", id="cut to 100 bytes"),
    ],
)
def test_a_damaged_encrypted_case_is_found_out_in_words(
    encrypted_demo: Path, passphrase_file: Path, damage, exit_code: int, words: str
) -> None:
    damage(encrypted_demo)
    before = digests_of(encrypted_demo.parent)
    for command in ("check", "info", "export-json"):
        args = [command, encrypted_demo, "--passphrase-file", passphrase_file]
        if command == "export-json":
            args.insert(2, encrypted_demo.with_name("out.json"))
        result = run_cli(*args)
        lines = result.stderr.splitlines()
        assert "Traceback" not in result.stderr and "internal error" not in result.stderr
        if result.returncode:  # else what SQLite can read was shown, with a warning
            assert lines and lines[-1].startswith("casefile: error: "), result.stderr
        else:
            assert "this file is damaged" in result.stderr
        if command == "check":
            assert result.returncode == exit_code, result.stderr
            assert words in result.stderr
    result = run_cli("attach", encrypted_demo, "--to", "0" * 32, passphrase_file,
                     "--passphrase-file", passphrase_file)  # fmt: skip
    assert result.returncode in (1, 2) and "Traceback" not in result.stderr
    assert digests_of(encrypted_demo.parent) == before


def test_a_damaged_page_of_an_encrypted_case_is_found_out_by_whatever_reads_it(
    encrypted_demo: Path, passphrase_file: Path
) -> None:
    """An encrypted file's opening does not read every page (sqlitefile.opening_checks):
    a page that fails its HMAC is refused by SQLCipher when it is read. `check` reads
    every page and finds it; a command that reads it fails in words; one that does not
    (info reads no photo) works; an edit beside it works, and leaves the damage as it was."""
    _flip(encrypted_demo, encrypted_demo.stat().st_size // 2)  # the demo's middle: a photo
    secret = Passphrase(SECRET)
    with CaseFile.open(encrypted_demo, read_only=True, passphrase=secret) as case:
        assert not case.notices
        photos = case.ids("attachment")
        unreadable = []
        for photo in photos:
            try:
                case.attachment_data(photo)
            except Corrupt as exc:
                assert "is damaged" in exc.message
                unreadable.append(photo)
        assert unreadable, "the middle page must hold photos"
    result = run_cli("check", encrypted_demo, "--passphrase-file", passphrase_file)
    assert result.returncode == 1 and "problem(s) found" in result.stderr
    result = run_cli("info", encrypted_demo, "--passphrase-file", passphrase_file)
    assert result.returncode == 0, result.stderr
    out = encrypted_demo.with_name("out.json")
    result = run_cli("export-json", encrypted_demo, out, "--passphrase-file", passphrase_file)
    assert result.returncode == 2 and "is damaged" in result.stderr
    assert result.stderr.count("\n") == 1 and not out.exists()
    with CaseFile.open(encrypted_demo, passphrase=secret) as case:
        case.add("note", title="written beside the damage")
    result = run_cli("check", encrypted_demo, "--passphrase-file", passphrase_file)
    assert result.returncode == 1 and "problem(s) found" in result.stderr
    with CaseFile.open(encrypted_demo, read_only=True, passphrase=secret) as case:
        assert "written beside the damage" in [n.title for n in case.records("note")]
        with pytest.raises(Corrupt):
            case.attachment_data(unreadable[0])


def test_an_encrypted_case_replaced_while_open_is_not_written_over(encrypted_demo: Path) -> None:
    with CaseFile.open(encrypted_demo, passphrase=Passphrase(SECRET)) as case:
        replacement = encrypted_demo.with_name("other.casefile")
        shutil.copyfile(encrypted_demo, replacement)
        os.replace(replacement, encrypted_demo)
        before = encrypted_demo.read_bytes()
        with pytest.raises(ChangedOnDisk):
            case.add("note", title="must not land")
    assert encrypted_demo.read_bytes() == before


def test_without_a_passphrase_or_with_a_wrong_one_nothing_is_created_beside_it(
    encrypted_demo: Path, tmp_path: Path
) -> None:
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase\n")
    before = digests_of(encrypted_demo.parent)
    for args in (("info",), ("check", "--passphrase-file", wrong)):
        result = run_cli(args[0], encrypted_demo, *args[1:])
        assert result.returncode == 2
        assert result.stderr.count("\n") == 1
    assert digests_of(encrypted_demo.parent) == before
    with pytest.raises(NeedsPassphrase):
        CaseFile.open(encrypted_demo)
    with pytest.raises(WrongPassphrase):
        CaseFile.open(encrypted_demo, passphrase=Passphrase("nope"))
    assert digests_of(encrypted_demo.parent) == before


def test_a_sibling_copys_journal_beside_an_encrypted_case_is_not_applied(
    encrypted_demo: Path, tmp_path: Path
) -> None:
    """The shared stick: a colleague's copy of the encrypted case (the same key: copies
    share the salt) crashed mid-write, and our copy now sits beside their journal. It
    decrypts, but with it the audit chain breaks: a reader reads the file alone, an
    editor sets the journal aside and refuses, and the file is not changed."""

    from casefile.store import NeedsRecovery

    secret = Passphrase(SECRET)
    with CaseFile.open(encrypted_demo, read_only=True, passphrase=secret) as case:
        expected = case.export_document()
        raw_key = case._opened.cipher.raw_key()
    (tmp_path / "colleague").mkdir()
    sibling = tmp_path / "colleague" / encrypted_demo.name
    shutil.copyfile(encrypted_demo, sibling)
    with CaseFile.open(sibling, actor="colleague", passphrase=secret) as case:
        for n in range(30):
            case.add("note", title=f"the colleague's note {n}", body="written elsewhere " * 40)
        case.delete("party", case.ids("party")[0])
    kill_mid_write(sibling, raw_key)
    shutil.copyfile(journal_of(sibling), journal_of(encrypted_demo))
    before = digests_of(encrypted_demo.parent)
    with CaseFile.open(encrypted_demo, read_only=True, passphrase=secret) as case:
        assert case.export_document() == expected
        assert any(n.about == "interrupted_write" for n in case.notices)
    assert digests_of(encrypted_demo.parent) == before
    with pytest.raises(NeedsRecovery, match="another copy"):
        CaseFile.open(encrypted_demo, actor="tester", passphrase=secret)
    after = digests_of(encrypted_demo.parent)
    assert after[encrypted_demo.name] == before[encrypted_demo.name]
    (aside,) = [name for name in after if ".set-aside-" in name]
    with CaseFile.open(encrypted_demo, actor="tester", passphrase=secret) as case:
        assert case.export_document() == expected
        assert case.check() == []


def test_objects_planted_in_an_encrypted_case_refuse_editing_and_run_nowhere(
    encrypted_demo: Path, passphrase_file: Path
) -> None:
    """Whoever has the key can plant a trigger, as in a plain case: an editor refuses
    the file, a reader ignores what was planted, and the trigger never runs."""
    from sqlcipher3 import dbapi2
    from test_hostile_files import PLANTED

    secret = Passphrase(SECRET)
    with CaseFile.open(encrypted_demo, read_only=True, passphrase=secret) as case:
        key_pragma = case._opened.cipher.key_pragma()
    conn = dbapi2.connect(str(encrypted_demo))
    conn.execute(key_pragma)
    conn.executescript(PLANTED)
    conn.close()
    before = digests_of(encrypted_demo.parent)
    with pytest.raises(Corrupt, match="did not create"):
        CaseFile.open(encrypted_demo, passphrase=secret)
    result = run_cli("attach", encrypted_demo, "--to", "0" * 32, passphrase_file,
                     "--passphrase-file", passphrase_file)  # fmt: skip
    assert result.returncode == 2 and "did not create" in result.stderr
    with CaseFile.open(encrypted_demo, read_only=True, passphrase=secret) as case:
        assert any("did not create" in n.message for n in case.notices)
        assert case.count("note") > 0
        assert "unexpected trigger planted_on_note" in [p.message for p in case.check()]
    assert digests_of(encrypted_demo.parent) == before
    conn = dbapi2.connect(f"file:{encrypted_demo}?mode=ro", uri=True)
    conn.execute(key_pragma)
    planted = conn.execute("SELECT count(*) FROM party WHERE name = 'PLANTED'").fetchone()[0]
    ran = conn.execute("SELECT count(*) FROM case_meta WHERE key LIKE 'planted-%'").fetchone()[0]
    conn.close()
    assert (planted, ran) == (0, 0)
