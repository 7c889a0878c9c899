"""Locks: one editor at a time, named; stale locks cleared; SQLite's busy lock retried, no hang."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from reliability_support import child_env, record, run_cli

from casefile.store import CaseFile, Locked
from casefile.store.lock import lock_path
from casefile.store.sqlitefile import BUSY_TIMEOUT_MS

HOLD_FOR_EDITING = """
import sys
from casefile.store import CaseFile
case = CaseFile.open(sys.argv[1], actor="amina")
case.add("note", title="written by the first editor")
print("ready", flush=True)
sys.stdin.read()  # hold the case open until the test closes our stdin
case.close()
"""

HOLD_SQLITE_LOCK = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN " + sys.argv[2])
conn.execute("INSERT INTO case_meta(key, value) VALUES ('held', 'by another program')")
print("ready", flush=True)
sys.stdin.read()
conn.execute("ROLLBACK")
"""


def start(code: str, *args: object) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", code, *map(str, args)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env=child_env(),
        text=True,
    )
    assert child.stdout.readline().strip() == "ready"
    return child


@pytest.fixture
def case_path(new_path: Path) -> Path:
    CaseFile.create(new_path, title="Shared case", actor="tester").close()
    return new_path


@pytest.fixture
def other_editor(case_path: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process that holds the case open for editing."""
    child = start(HOLD_FOR_EDITING, case_path)
    yield child
    if child.poll() is None:
        child.communicate(timeout=30)


def test_second_process_cannot_edit_but_can_read(case_path: Path, other_editor) -> None:
    before = case_path.read_bytes()
    with pytest.raises(Locked) as raised:
        CaseFile.open(case_path)
    message = str(raised.value)
    assert f"process {other_editor.pid}" in message and socket.gethostname() in message
    assert raised.value.holder.pid == other_editor.pid
    assert "open it read-only" in message
    with CaseFile.open(case_path, read_only=True) as case:
        assert [n.title for n in case.records("note")] == ["written by the first editor"]
        assert case.check() == []
    exported = _export(case_path)
    for args in (("attach", case_path, "--to", "0" * 32, exported),
                 ("import-json", case_path, exported)):  # fmt: skip
        result = run_cli(*args)
        assert result.returncode == 2 and "is being edited by" in result.stderr, result.stderr
    assert run_cli("info", case_path).returncode == 0
    assert case_path.read_bytes() == before
    other_editor.communicate(timeout=30)
    assert not lock_path(case_path).exists()
    with CaseFile.open(case_path) as case:  # free again once the first editor closed
        case.add("note", title="second editor")


def test_stale_lock_of_a_killed_process_is_cleared(case_path: Path, other_editor) -> None:
    os.kill(other_editor.pid, signal.SIGKILL)
    other_editor.communicate(timeout=30)
    assert json.loads(lock_path(case_path).read_text())["pid"] == other_editor.pid
    with CaseFile.open(case_path) as case:
        notice = " ".join(n.message for n in case.notices)
        assert "cleared a stale lock left by" in notice and f"process {other_editor.pid}" in notice
        case.add("note", title="after the crash")
        assert case.check() == []
    assert not lock_path(case_path).exists()


def test_stale_lock_is_cleared_by_the_command_line_too(case_path: Path, other_editor) -> None:
    os.kill(other_editor.pid, signal.SIGKILL)
    other_editor.communicate(timeout=30)
    result = run_cli("import-json", case_path, _export(case_path))
    assert result.returncode == 0, result.stderr
    assert "cleared a stale lock" in result.stderr
    assert not lock_path(case_path).exists()


def _export(path: Path) -> Path:
    out = path.with_name("case.json")
    assert run_cli("export-json", path, out).returncode == 0
    return out


@pytest.mark.parametrize("pid_alive", [True, False], ids=["live-pid", "dead-pid"])
def test_lock_from_another_host_is_respected_and_named(case_path: Path, pid_alive: bool) -> None:
    """Another host's process cannot be checked from here: never cleared without asking."""
    holder = {
        "user": "r.mustafayev",
        "host": "laptop-kyiv-07",
        "pid": os.getpid() if pid_alive else 999_999_999,
        "since": "2025-11-14T06:10:00+00:00",
    }
    lock_path(case_path).write_text(json.dumps(holder), encoding="utf-8")
    before = case_path.read_bytes()
    with pytest.raises(Locked) as raised:
        CaseFile.open(case_path)
    assert "r.mustafayev on laptop-kyiv-07" in str(raised.value)
    assert raised.value.holder.host == "laptop-kyiv-07"
    result = run_cli("attach", case_path, "--to", "0" * 32, _export(case_path))
    assert result.returncode == 2 and "r.mustafayev on laptop-kyiv-07" in result.stderr
    assert json.loads(lock_path(case_path).read_text()) == holder  # left alone
    with CaseFile.open(case_path, read_only=True) as case:
        assert case.incident().title == "Shared case"
    assert case_path.read_bytes() == before
    with CaseFile.open(case_path, override_lock=True) as case:  # the user chose to override
        assert json.loads(lock_path(case_path).read_text())["host"] == socket.gethostname()
        case.add("note", title="after override")


@pytest.mark.parametrize("mode", ["IMMEDIATE", "EXCLUSIVE"])
def test_long_held_sqlite_lock_gives_a_retry_message_not_a_hang(case_path: Path, mode: str) -> None:
    """Another program holds SQLite's write lock: the edit fails within the busy timeout."""
    with CaseFile.open(case_path, actor="tester") as case:
        holder = start(HOLD_SQLITE_LOCK, case_path, mode)
        try:
            started = time.monotonic()
            with pytest.raises(Locked) as raised:
                case.add("note", title="while another program writes")
            waited = time.monotonic() - started
            if mode == "IMMEDIATE":  # a reserved lock still lets readers in
                assert case.incident().title == "Shared case"
        finally:
            holder.communicate(timeout=30)
        assert "try again" in str(raised.value) and raised.value.exit_code == 2
        assert BUSY_TIMEOUT_MS / 1000 - 0.5 <= waited <= BUSY_TIMEOUT_MS / 1000 + 3
        record("locks: SQLite busy", **{f"{mode.lower()}_wait_ms": round(waited * 1000)})
        assert case.count("note") == 0  # nothing of the refused edit
        case.add("note", title="once the other program is done")  # and the retry works
        assert case.count("note") == 1 and case.check() == []
