"""Journals and write-ahead logs beside a case: reading never touches them, editing
recovers through a staged copy that must be sound, and what does not belong is set aside.

Each kind of leftover is made the way it arrives: a writer killed mid-transaction (the
file's own hot journal), the same on a sibling copy of the case whose journal then sits
beside this one (same name on a shared stick), a copy taken while in WAL mode, a -wal
from another copy, and journals that are not journals at all.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from half_written import journal_of, kill_mid_write
from reliability_support import digests_of, record, run_cli

from casefile.store import CaseFile, NeedsRecovery


def wal_of(path: Path) -> Path:
    return Path(str(path) + "-wal")


def content(case: CaseFile) -> dict:
    document = case.export_document()
    return {k: v for k, v in document.items() if k not in ("format", "version")}


def read_content(path: Path) -> dict:
    with CaseFile.open(path, read_only=True) as case:
        return content(case)


def diverged_sibling(path: Path, folder: Path) -> Path:
    """A copy of the case on another computer, edited there since: same name, other pages."""
    folder.mkdir()
    sibling = folder / path.name
    shutil.copyfile(path, sibling)
    with CaseFile.open(sibling, actor="colleague") as case:
        for n in range(30):
            case.add("note", title=f"the colleague's note {n}", body="written elsewhere " * 40)
        case.delete("party", case.ids("party")[0])
    return sibling


@dataclass
class Arrived:
    """A case as it arrived, with what sits beside it and what it should read as."""

    path: Path
    expected: dict  # what reading it must show
    leftovers: list[str]  # the names beside it
    own: bool  # whether the leftovers belong to this file (recovery applies them)


def _own_journal(demo_path: Path, tmp_path: Path) -> Arrived:
    expected = read_content(demo_path)
    kill_mid_write(demo_path)
    return Arrived(demo_path, expected, [journal_of(demo_path).name], own=True)


def _sibling_journal(demo_path: Path, tmp_path: Path) -> Arrived:
    """The shared stick: a colleague's copy crashed mid-write; our sound copy now sits
    where theirs was, beside their journal."""
    expected = read_content(demo_path)
    sibling = diverged_sibling(demo_path, tmp_path / "colleague")
    kill_mid_write(sibling)
    shutil.copyfile(journal_of(sibling), journal_of(demo_path))
    return Arrived(demo_path, expected, [journal_of(demo_path).name], own=False)


def _garbage_journal(demo_path: Path, tmp_path: Path) -> Arrived:
    expected = read_content(demo_path)
    journal_of(demo_path).write_bytes(os.urandom(20_000))
    return Arrived(demo_path, expected, [journal_of(demo_path).name], own=True)


def _other_database_journal(demo_path: Path, tmp_path: Path) -> Arrived:
    """A hot journal of some other SQLite database of the same name."""
    expected = read_content(demo_path)
    (tmp_path / "other").mkdir()
    other = tmp_path / "other" / demo_path.name
    conn = sqlite3.connect(other, isolation_level=None)
    conn.execute("PRAGMA page_size=16384")
    conn.execute("CREATE TABLE t(x)")
    conn.execute("INSERT INTO t SELECT randomblob(3000) FROM (SELECT 1 UNION SELECT 2)")
    conn.close()
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys\n"
            "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
            "c.execute('PRAGMA cache_size=2'); c.execute('BEGIN')\n"
            "c.execute('UPDATE t SET x = randomblob(3000)')\n"
            "c.execute('INSERT INTO t SELECT randomblob(5000) FROM t, t AS u, t AS v')\n"
            "print('ready', flush=True); sys.stdin.read()\n",
            str(other),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout.readline().strip() == "ready"
    os.kill(child.pid, signal.SIGKILL)
    child.communicate(timeout=30)
    shutil.copyfile(journal_of(other), journal_of(demo_path))
    return Arrived(demo_path, expected, [journal_of(demo_path).name], own=False)


def _wal_mode_copy(demo_path: Path, tmp_path: Path) -> Arrived:
    """Copied while open in WAL mode: its last change is only in its -wal."""
    source = tmp_path / "source" / demo_path.name
    source.parent.mkdir()
    shutil.move(demo_path, source)
    conn = sqlite3.connect(source, isolation_level=None)
    try:
        assert conn.execute("PRAGMA journal_mode=WAL").fetchone()[0] == "wal"
        conn.execute("PRAGMA wal_autocheckpoint=0")
        shutil.copyfile(source, demo_path)  # the file before the change, in WAL mode
        # A change made through casefile's API would log itself; none runs here, so the
        # -wal holds a committed but unlogged change: check would name it, as it should.
        conn.execute("INSERT INTO case_meta(key, value) VALUES ('in the wal', '1')")
        shutil.copyfile(wal_of(source), wal_of(demo_path))
    finally:
        conn.close()
    return Arrived(demo_path, read_content(source), [wal_of(demo_path).name], own=True)


def _foreign_wal(demo_path: Path, tmp_path: Path) -> Arrived:
    """A sibling copy's -wal beside this file, which is in rollback mode: SQLite would
    apply it even to a read-only connection."""
    expected = read_content(demo_path)
    sibling = diverged_sibling(demo_path, tmp_path / "colleague")
    conn = sqlite3.connect(sibling, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA wal_autocheckpoint=0")
        conn.execute("UPDATE note SET body = body || ' (edited in the WAL)'")
        conn.execute("DELETE FROM change_log WHERE seq > 20")
        shutil.copyfile(wal_of(sibling), wal_of(demo_path))
    finally:
        conn.close()
    return Arrived(demo_path, expected, [wal_of(demo_path).name], own=False)


def with_shm(arrived: Arrived) -> Arrived:
    """The -wal's index too, as a copy of a folder with a live WAL database holds it: a
    file SQLite maps and writes, which reading must leave alone as well."""
    shm = Path(str(arrived.path) + "-shm")
    shm.write_bytes(b"\x18\xe2\x2d\x00" + bytes(32764))
    return Arrived(arrived.path, arrived.expected, [*arrived.leftovers, shm.name], arrived.own)


ARRIVALS: dict[str, Callable[[Path, Path], Arrived]] = {
    "own-journal": _own_journal,
    "sibling-journal": _sibling_journal,
    "garbage-journal": _garbage_journal,
    "other-database-journal": _other_database_journal,
    "wal-mode-copy": _wal_mode_copy,
    "foreign-wal": _foreign_wal,
    "wal-mode-copy-with-shm": lambda path, tmp: with_shm(_wal_mode_copy(path, tmp)),
    "foreign-wal-with-shm": lambda path, tmp: with_shm(_foreign_wal(path, tmp)),
}


def on_stick(path: Path) -> Path:
    """The case moved into a folder of its own, where the leftovers arrive beside it."""
    stick = path.parent / "stick"
    stick.mkdir()
    return Path(shutil.move(path, stick / path.name))


#: The leftovers that belong to the file they sit beside, and those that do not.
OWN = ["own-journal", "garbage-journal", "wal-mode-copy", "wal-mode-copy-with-shm"]
FOREIGN = ["sibling-journal", "other-database-journal", "foreign-wal", "foreign-wal-with-shm"]


@pytest.fixture(params=list(ARRIVALS))
def arrived(request, demo_path: Path, tmp_path: Path) -> Arrived:
    return ARRIVALS[request.param](on_stick(demo_path), tmp_path)


@pytest.fixture(params=OWN)
def own_arrived(request, demo_path: Path, tmp_path: Path) -> Arrived:
    return ARRIVALS[request.param](on_stick(demo_path), tmp_path)


@pytest.fixture(params=FOREIGN)
def foreign_arrived(request, demo_path: Path, tmp_path: Path) -> Arrived:
    return ARRIVALS[request.param](on_stick(demo_path), tmp_path)


def in_folder(arrived: Arrived) -> dict[str, bytes]:
    listing = digests_of(arrived.path.parent)
    assert sorted(listing) == sorted([arrived.path.name, *arrived.leftovers])
    return listing


# -- 1. reading never changes a byte ---------------------------------------------------------


READING_COMMANDS = {
    "info": lambda path, out: ["info", path],
    "info-json": lambda path, out: ["info", path, "--json"],
    "check": lambda path, out: ["check", path],
    "export-json": lambda path, out: ["export-json", path, out / "case.json"],
    "brief": lambda path, out: ["brief", path, "-o", out / "case.pdf"],
}


@dataclass
class Ran:
    returncode: int
    stdout: str
    stderr: str


def run_here(capsys: pytest.CaptureFixture[str], *args: object) -> Ran:
    """`casefile ARGS…` in this process (no interpreter to start: the suite stays quick)."""
    from casefile import cli

    capsys.readouterr()
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return Ran(code, out, err)


@pytest.mark.parametrize("command", list(READING_COMMANDS))
def test_reading_commands_change_nothing_beside_the_file_and_say_so(
    arrived: Arrived,
    command: str,
    tmp_path_factory: pytest.TempPathFactory,
    capsys: pytest.CaptureFixture[str],
) -> None:
    before = in_folder(arrived)
    out = tmp_path_factory.mktemp("out")
    result = run_here(capsys, *READING_COMMANDS[command](arrived.path, out))
    assert digests_of(arrived.path.parent) == before  # file, journal, -wal: not a byte
    assert "internal error" not in result.stderr and "Traceback" not in result.stderr
    said = [line for line in result.stderr.splitlines() if "casefile: warning:" in line]
    if arrived.leftovers[0].endswith("-journal") or not arrived.own:
        assert sum("interrupted write" in line for line in said) == 1, result.stderr
    # The leftovers never turn a sound case into findings: what is read is sound.
    assert result.returncode == 0 or (
        command == "check" and "outside casefile" in result.stdout and arrived.own
    ), result.stdout + result.stderr
    record("leftovers", reading_commands_run=1, files_changed_by_reading=0)


def test_reading_shows_the_last_committed_state_or_the_file_alone(arrived: Arrived) -> None:
    before = in_folder(arrived)
    with CaseFile.open(arrived.path, read_only=True) as case:
        assert content(case) == arrived.expected
        interrupted = [n for n in case.notices if n.about == "interrupted_write"]
        if not arrived.own:
            assert interrupted and "another copy" in interrupted[0].message
        assert not any(p.area in ("integrity", "foreign_keys") for p in case.check())
    assert digests_of(arrived.path.parent) == before
    record("leftovers", read_only_opens=1, files_changed_by_reading=0)


def test_a_sibling_journal_no_longer_corrupts_a_sound_case(demo_path: Path, tmp_path: Path):
    """The example of the issue: a colleague's journal beside this file is never rolled
    back into it by reading, however often the file is read."""
    arrived = _sibling_journal(on_stick(demo_path), tmp_path)
    before = arrived.path.read_bytes()
    for _ in range(2):
        assert run_cli("check", arrived.path).returncode == 0
    assert arrived.path.read_bytes() == before
    journal_of(arrived.path).unlink()  # taken away: the file is the sound case it was
    assert read_content(arrived.path) == arrived.expected
    assert run_cli("check", arrived.path).returncode == 0


def test_check_with_findings_still_says_an_interrupted_write_was_found(
    demo_path: Path,
) -> None:
    conn = sqlite3.connect(demo_path)
    conn.execute("UPDATE party SET name = 'edited by hand' WHERE rowid = 1")
    conn.commit()
    conn.close()
    kill_mid_write(demo_path)
    result = run_cli("check", demo_path)
    assert result.returncode == 1
    assert "name changed outside casefile" in result.stdout
    assert sum("interrupted write" in line for line in result.stderr.splitlines()) == 1


def test_a_private_copy_that_cannot_be_made_is_a_clear_error(
    demo_path: Path, small_disk, monkeypatch: pytest.MonkeyPatch
) -> None:
    kill_mid_write(demo_path)
    before = digests_of(demo_path.parent)
    monkeypatch.setenv("TMPDIR", str(small_disk("256k")))  # too small for the copy
    result = run_cli("info", demo_path)
    assert result.returncode == 2 and result.stderr.startswith("casefile: error:")
    assert "private copy" in result.stderr and "internal error" not in result.stderr
    assert digests_of(demo_path.parent) == before


# -- 2. editing recovers through a staged copy, or sets aside what does not belong ----------


def header_modes(path: Path) -> tuple[int, int]:
    raw = path.read_bytes()[:20]
    return raw[18], raw[19]


def test_editing_recovers_its_own_leftovers_through_a_staged_copy(own_arrived: Arrived) -> None:
    arrived = own_arrived
    with CaseFile.open(arrived.path, actor="tester") as case:
        assert any("recovered" in n.message or "converted" in n.message for n in case.notices)
        assert content(case) == arrived.expected
        assert not any(p.area in ("integrity", "foreign_keys") for p in case.check())
        case.add("note", title="written after the recovery")
    # The staged copy took the file's place: one file again, in rollback mode, no
    # staging file nor journal nor -wal left behind.
    assert sorted(p.name for p in arrived.path.parent.iterdir()) == [arrived.path.name]
    assert header_modes(arrived.path) == (1, 1)
    assert len(read_content(arrived.path)["notes"]) == len(arrived.expected["notes"]) + 1
    record("leftovers", recovered_for_editing=1)


def test_recovery_keeps_the_files_permissions(own_arrived: Arrived) -> None:
    """A case shared in a group's folder stays readable by the group after a recovery
    or a WAL conversion replaced it by the staged copy."""
    arrived = own_arrived
    arrived.path.chmod(0o664)
    with CaseFile.open(arrived.path, actor="tester") as case:
        assert any("recovered" in n.message or "converted" in n.message for n in case.notices)
    assert arrived.path.stat().st_mode & 0o777 == 0o664


def test_editing_sets_aside_leftovers_that_do_not_belong_and_refuses(
    foreign_arrived: Arrived,
) -> None:
    arrived = foreign_arrived
    before = in_folder(arrived)
    with pytest.raises(NeedsRecovery) as raised:
        CaseFile.open(arrived.path, actor="tester")
    assert raised.value.exit_code == 2
    after = digests_of(arrived.path.parent)
    assert after[arrived.path.name] == before[arrived.path.name]  # the file: not a byte
    leftover, *index = arrived.leftovers  # a -wal's index (-shm) stays as it was
    assert all(after[name] == before[name] for name in index)
    (aside,) = [name for name in after if name not in (arrived.path.name, *index)]
    assert aside.startswith(leftover + ".set-aside-") and after[aside] == before[leftover]
    assert aside in str(raised.value) and "another copy" in str(raised.value)
    # Out of SQLite's way, the case opens for editing as it is.
    with CaseFile.open(arrived.path, actor="tester") as case:
        assert content(case) == arrived.expected
        case.add("note", title="written after the journal was set aside")
        assert case.check() == []
    record("leftovers", set_aside_not_deleted=1, files_changed_by_refused_recovery=0)


def test_cli_editing_commands_say_what_to_do_exit_2(demo_path: Path, tmp_path: Path) -> None:
    arrived = _sibling_journal(on_stick(demo_path), tmp_path)
    before = arrived.path.read_bytes()
    photo = tmp_path / "photo.txt"
    photo.write_text("a scanned note")
    result = run_cli("attach", arrived.path, "--to", "0" * 32, photo)
    assert result.returncode == 2, result.stderr
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"casefile: error: {arrived.path}: was not opened for editing")
    assert "set aside as demo.casefile-journal.set-aside-" in line and "open the case again" in line
    assert arrived.path.read_bytes() == before


def test_a_damaged_file_with_its_own_journal_is_refused_and_both_left_as_they_were(
    demo_path: Path,
) -> None:
    """Unsound with its journal and without it: the file's own damage, not the
    journal's. Nothing is set aside; editing is refused as for any damaged file."""
    conn = sqlite3.connect(demo_path)
    conn.execute(
        "INSERT INTO note_party(note_id, party_id, position) "
        "SELECT id, '00000000-0000-4000-8000-00000000dead', 99 FROM note LIMIT 1"
    )
    conn.commit()
    conn.close()
    path = on_stick(demo_path)
    kill_mid_write(path)
    before = digests_of(path.parent)
    scan = demo_path.with_name("scan.txt")
    scan.write_text("a scanned note")
    result = run_cli("attach", path, "--to", "0" * 32, scan)
    assert result.returncode == 2 and "is damaged" in result.stderr, result.stderr
    assert "demo.casefile-journal beside it were left as they were" in result.stderr
    assert digests_of(path.parent) == before


# -- 3. -wal and -shm: the same rules ------------------------------------------------------


def _planted_link(path: Path, suffix: str) -> None:
    """A link where SQLite looks for its journal or log, to a file it must not write."""
    target = path.parent.parent / "precious.txt"
    target.write_text("not to be touched")
    Path(str(path) + suffix).symlink_to(target)


def _planted_fifo(path: Path, suffix: str) -> None:
    os.mkfifo(str(path) + suffix)  # SQLite would hang opening it


@pytest.mark.parametrize("suffix", ["-journal", "-wal"])
@pytest.mark.parametrize("plant", [_planted_link, _planted_fifo], ids=["link", "fifo"])
@pytest.mark.parametrize("read_only", [True, False], ids=["reading", "editing"])
def test_a_journal_or_log_that_is_not_a_file_is_refused_untouched(
    demo_path: Path, suffix: str, plant, read_only: bool
) -> None:
    path = on_stick(demo_path)
    plant(path, suffix)
    listing = sorted(p.name for p in path.parent.iterdir())
    before = path.read_bytes(), (path.parent.parent / "precious.txt").exists()
    scan = path.parent.parent / "scan.txt"
    scan.write_text("a scanned note")
    editing = ["attach", path, "--to", "0" * 32, scan]
    result = run_cli(*(["info", path] if read_only else editing))
    assert result.returncode == 2, result.stderr
    assert f"has {path.name}{suffix} beside it, which is not a regular file" in result.stderr
    assert sorted(p.name for p in path.parent.iterdir()) == listing
    assert (path.read_bytes(), (path.parent.parent / "precious.txt").exists()) == before
    if plant is _planted_link:
        assert (path.parent.parent / "precious.txt").read_text() == "not to be touched"
    record("leftovers", links_and_fifos_refused=1)


def test_a_damaged_case_beside_a_journal_that_makes_it_unreadable_is_read_without_it(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Unsound either way: what can be read is shown, not what the journal made of it."""
    conn = sqlite3.connect(demo_path)
    conn.execute("UPDATE follow_up SET owner_id = '00000000-0000-4000-8000-00000000beef'")
    conn.commit()
    conn.close()
    arrived = _other_database_journal(on_stick(demo_path), tmp_path)
    before = in_folder(arrived)
    result = run_here(capsys, "check", arrived.path)
    assert result.returncode == 1 and "foreign_keys: follow_up row" in result.stdout
    assert "interrupted write" in result.stderr and "internal error" not in result.stderr
    assert run_here(capsys, "info", arrived.path).returncode == 0
    assert digests_of(arrived.path.parent) == before


def test_a_file_written_by_another_program_while_staged_is_not_replaced(
    own_arrived: Arrived, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Recovery copies the file, checks the copy, then replaces the file: a write to the
    file in between (a program that ignores casefile's lock) is kept, not overwritten."""
    from casefile.store import ChangedOnDisk, recovery

    path = own_arrived.path
    checked = recovery.soundness

    def check_while_written(db: Path, cipher: object = None) -> recovery.Soundness:
        with open(path, "ab") as other_program:
            other_program.write(b"\0" * 16384)
        return checked(db, cipher)

    monkeypatch.setattr(recovery, "soundness", check_while_written)
    with pytest.raises(ChangedOnDisk):
        CaseFile.open(path, actor="tester")
    assert path.read_bytes().endswith(b"\0" * 16384)
    assert sorted(p.name for p in path.parent.iterdir()) == sorted(
        [path.name, *own_arrived.leftovers]
    )
