"""The edit lock: a second editor is refused and told who holds it; stale locks are cleared."""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from store.store_support import file_digest

from casefile.cli import main
from casefile.store import CaseFile, Locked
from casefile.store.lock import EditLock, lock_path, read_holder

ROOT = Path(__file__).parents[2]


def write_lock(path: Path, *, pid: int, host: str | None = None, user: str = "colleague") -> None:
    holder = {"user": user, "host": host or socket.gethostname(), "pid": pid,
              "since": "2025-11-14T08:00:00+00:00"}  # fmt: skip
    lock_path(path).write_text(json.dumps(holder), encoding="utf-8")


@pytest.fixture
def live_pid() -> Iterator[int]:
    """A process that stays alive for the test."""
    process = subprocess.Popen(["sleep", "30"])
    try:
        yield process.pid
    finally:
        process.kill()
        process.wait()


@pytest.fixture
def dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_lock_file_names_the_editor_and_goes_on_close(demo_path: Path) -> None:
    with CaseFile.open(demo_path, actor="tester"):
        holder = json.loads(lock_path(demo_path).read_text(encoding="utf-8"))
        assert holder["pid"] == os.getpid()
        assert holder["host"] == socket.gethostname()
        assert holder["user"] and holder["since"].endswith("+00:00")
    assert not lock_path(demo_path).exists()


def test_a_second_editor_in_another_process_is_refused(demo_path: Path) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c",
         "import sys; from casefile.store import CaseFile\n"
         "with CaseFile.open(sys.argv[1], actor='first'):\n"
         "    print('open', flush=True); sys.stdin.read()", str(demo_path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    try:
        assert child.stdout is not None and child.stdout.readline() == "open\n"
        digest = file_digest(demo_path)
        with pytest.raises(Locked) as caught:
            CaseFile.open(demo_path, actor="second")
        message = str(caught.value)
        assert f"process {child.pid}" in message and socket.gethostname() in message
        assert "open it read-only, edit a copy" in message
        assert caught.value.holder.pid == child.pid
        assert caught.value.exit_code == 2
        with CaseFile.open(demo_path, read_only=True) as reader:  # reading is still allowed
            assert reader.count("party") == 7
        assert file_digest(demo_path) == digest
    finally:
        child.communicate("", timeout=30)
    assert child.returncode == 0
    assert not lock_path(demo_path).exists()


def test_the_same_window_cannot_open_a_case_twice(demo_case: CaseFile) -> None:
    with pytest.raises(Locked, match="already open for editing in this window"):
        CaseFile.open(demo_case.path)
    demo_case.add("party", name="Still editable")  # the first editor keeps its lock
    assert lock_path(demo_case.path).exists()


def test_a_live_holder_is_respected_and_named(demo_path: Path, live_pid: int) -> None:
    write_lock(demo_path, pid=live_pid)
    with pytest.raises(Locked, match=f"colleague on .* \\(process {live_pid}\\)") as caught:
        CaseFile.open(demo_path)
    assert json.loads(lock_path(demo_path).read_text())["pid"] == live_pid
    taken = dt.datetime(2025, 11, 14, 8, 0, tzinfo=dt.UTC).astimezone()  # as this PC reads it
    assert f"since {taken:%Y-%m-%d %H:%M}:" in str(caught.value)  # not the file's ISO text


def test_a_stale_lock_of_a_dead_process_on_this_host_is_cleared(
    demo_path: Path, dead_pid: int
) -> None:
    write_lock(demo_path, pid=dead_pid)
    with CaseFile.open(demo_path, actor="tester") as case:
        assert any(
            "cleared a stale lock" in n.message and f"process {dead_pid}" in n.message
            for n in case.notices
        )
        assert json.loads(lock_path(demo_path).read_text())["pid"] == os.getpid()
    assert not lock_path(demo_path).exists()


def test_a_lock_from_another_host_is_respected_even_if_the_pid_is_free_here(
    demo_path: Path, dead_pid: int
) -> None:
    write_lock(demo_path, pid=dead_pid, host="laptop-in-kyiv")
    with pytest.raises(Locked, match="laptop-in-kyiv"):
        CaseFile.open(demo_path)


def test_override_takes_the_lock_and_leaves_no_trace_of_it(demo_path: Path) -> None:
    write_lock(demo_path, pid=12345, host="laptop-in-kyiv")
    with CaseFile.open(demo_path, actor="tester", override_lock=True) as case:
        assert json.loads(lock_path(demo_path).read_text())["host"] == socket.gethostname()
        case.add("party", name="Added after override")
        [notice] = case.notices  # a taken-over lock is not called stale
        assert notice.severity == "warning" and "stale" not in notice.message
        assert notice.message.startswith("took over editing from colleague on laptop-in-kyiv")
    assert not lock_path(demo_path).exists()


def test_overriding_a_stale_lock_still_calls_it_stale(demo_path: Path, dead_pid: int) -> None:
    write_lock(demo_path, pid=dead_pid)
    with CaseFile.open(demo_path, actor="tester", override_lock=True) as case:
        assert [n.message[:26] for n in case.notices] == ["cleared a stale lock left "]


def test_closing_does_not_remove_someone_elses_lock(demo_path: Path, live_pid: int) -> None:
    case = CaseFile.open(demo_path, actor="tester")
    write_lock(demo_path, pid=live_pid)  # someone overrode our lock meanwhile
    case.close()
    assert json.loads(lock_path(demo_path).read_text())["pid"] == live_pid


def test_cli_reports_the_lock_with_exit_2(
    demo_path: Path, live_pid: int, capsys: pytest.CaptureFixture[str]
) -> None:
    write_lock(demo_path, pid=live_pid)
    digest = file_digest(demo_path)
    photo = demo_path.with_name("photo.txt")
    photo.write_text("not attached", encoding="utf-8")
    assert main(["attach", str(demo_path), "--to", "00000000-0000-4000-8000-000000000000",
                 str(photo)]) == 2  # fmt: skip
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("casefile: error:")
    assert "being edited by colleague" in err and str(demo_path) in err
    assert main(["info", str(demo_path)]) == 0  # reading needs no lock
    assert file_digest(demo_path) == digest


def test_the_lock_file_appears_complete_and_leaves_nothing_else(demo_path: Path) -> None:
    """Published by a hard link: a second opener never reads a half-written holder."""
    with CaseFile.open(demo_path):
        holder = read_holder(demo_path)
        assert holder is not None and holder.pid == os.getpid()
        beside = sorted(p.name for p in demo_path.parent.iterdir())
    assert beside == ["demo.casefile", "demo.casefile.lock"]


def test_disks_without_hard_links_still_lock(demo_path: Path, monkeypatch) -> None:
    def no_links(*args: object) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    with CaseFile.open(demo_path):
        assert read_holder(demo_path).pid == os.getpid()
        with pytest.raises(Locked):
            EditLock.acquire(demo_path)  # still exclusive
    assert not lock_path(demo_path).exists()
