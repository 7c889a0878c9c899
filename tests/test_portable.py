"""Windows-safe code, tested here on Linux with the platform faked where the code branches:
names Windows cannot hold, paths beyond MAX_PATH, a file held open that cannot be
replaced, a flush through a writable handle, and a lock holder's liveness asked without
`os.kill(pid, 0)`. (One file under two spellings, as on a disk that ignores case, is
tests/reliability's: outputs never land on their own case.)"""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
import types
from collections.abc import Callable
from pathlib import Path

import pytest
from store.store_support import folder_listing

from casefile.cli import main
from casefile.store import CaseFile, InvalidInput, portable
from casefile.store import lock as lock_module
from casefile.store.portable import FileInUse, check_new_file, name_problem, replace_file


def run_cli(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str]:
    capsys.readouterr()
    code = main([str(a) for a in args])
    return code, capsys.readouterr().err


def assert_refused(code: int, err: str, *words: str) -> None:
    assert code == 1, err
    assert err.count("\n") == 1 and err.startswith("casefile: error: "), err
    assert "internal error" not in err
    for word in words:
        assert word in err, err


# -- names ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["CON.casefile", "nul", "Com1.pdf", "LPT¹.json", "aux .casefile", "prn.tar.gz"],
)
def test_names_windows_keeps_for_devices_are_refused(name: str) -> None:
    assert "Windows keeps for a device" in (name_problem(name) or "")


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("a:b.casefile", "':'"),
        ('brief "final".pdf', "'\"'"),
        ("what?.json", "'?'"),
        ("tab\there.pdf", "U+0009"),
        ("brief.pdf.", "ends with a dot"),
        ("brief.pdf ", "ends with a dot or a space"),
    ],
)
def test_names_with_what_windows_cannot_store_are_refused(name: str, words: str) -> None:
    assert words in (name_problem(name) or "")


@pytest.mark.parametrize(
    "name", ["console.casefile", "CONFIDENTIAL.pdf", "Kyiv – 14 November.casefile", "Ə ş.pdf"]
)
def test_ordinary_names_pass(name: str) -> None:
    assert name_problem(name) is None


@pytest.mark.parametrize("name", ["CON.casefile", "a:b.casefile", "x.casefile."])
def test_new_and_demo_refuse_such_a_name_and_write_nothing(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for args in (["new", tmp_path / name, "--title", "Strike"], ["demo", tmp_path / name]):
        code, err = run_cli(capsys, *args)
        assert_refused(code, err, "Windows", "choose another name")
        assert folder_listing(tmp_path) == []


@pytest.mark.parametrize("command", ["brief", "export-json"])
def test_outputs_refuse_such_a_name(
    command: str, demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = folder_listing(demo_path.parent)
    out = demo_path.parent / "nul.pdf"
    args = ["brief", demo_path, "-o", out] if command == "brief" else [command, demo_path, out]
    code, err = run_cli(capsys, *args)
    assert_refused(code, err, "NUL is a name Windows keeps for a device")
    assert folder_listing(demo_path.parent) == before


# -- paths beyond MAX_PATH ----------------------------------------------------------------


def long_path(tmp_path: Path) -> Path:
    folder = tmp_path / ("f" * 120) / ("g" * 120)
    folder.mkdir(parents=True)
    return folder / "strike.casefile"


@pytest.mark.parametrize("enabled", [False, True], ids=["long-paths-off", "long-paths-on"])
def test_on_windows_a_path_beyond_max_path_needs_long_paths(
    enabled: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = long_path(tmp_path)
    assert len(str(path)) >= portable.WINDOWS_MAX_PATH
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(portable, "long_paths_enabled", lambda: enabled)
    if enabled:
        CaseFile.create(path, title="Strike").close()
        assert path.is_file()
    else:
        with pytest.raises(InvalidInput, match="IT enables long paths") as refused:
            CaseFile.create(path, title="Strike")
        assert refused.value.exit_code == 1
        assert folder_listing(path.parent) == []


def test_on_windows_a_case_in_a_folder_too_deep_is_refused_in_words(
    demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    """Without long paths Windows would say only that the file does not exist (exit 2)."""
    deep = long_path(tmp_path)
    demo_path.rename(deep)
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(portable, "long_paths_enabled", lambda: False)
    code, err = run_cli(capsys, "info", deep)
    assert code == 2 and err.count("\n") == 1, err
    assert "characters long" in err and "move it to a shorter folder" in err


def test_the_journal_and_backups_need_room_too(tmp_path: Path, monkeypatch) -> None:
    """A case at 240 characters leaves its backup (35 more) beyond MAX_PATH."""
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(portable, "long_paths_enabled", lambda: False)
    short = portable.WINDOWS_MAX_PATH - portable.SIDECAR_ROOM - 1
    for length, refused in ((short, False), (short + 1, True)):
        path = tmp_path / ("x" * (length - len(str(tmp_path)) - len("/.casefile")) + ".casefile")
        assert len(str(path)) == length
        assert (portable.long_path_problem(path) is not None) is refused


def test_elsewhere_a_long_path_is_fine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    check_new_file(long_path(tmp_path), "cannot be created")


@pytest.mark.parametrize(
    ("stored", "expected"), [(1, True), (0, False), (None, False)], ids=["on", "off", "unset"]
)
def test_long_paths_setting_is_read_from_the_registry(
    stored: int | None, expected: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[tuple[object, str]] = []

    class Key:
        def __enter__(self) -> Key:
            return self

        def __exit__(self, *exc: object) -> None:
            pass

    def open_key(root: object, sub_key: str) -> Key:
        asked.append((root, sub_key))
        return Key()

    def query_value(key: Key, name: str) -> tuple[int, int]:
        if stored is None:
            raise FileNotFoundError(name)
        return stored, 4

    winreg = types.SimpleNamespace(
        HKEY_LOCAL_MACHINE="HKLM", OpenKey=open_key, QueryValueEx=query_value
    )
    monkeypatch.setitem(sys.modules, "winreg", winreg)
    assert portable.long_paths_enabled() is expected
    assert asked == [("HKLM", r"SYSTEM\CurrentControlSet\Control\FileSystem")]


# -- replacing a file another program holds open -----------------------------------------


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    waited: list[float] = []
    monkeypatch.setattr(portable.time, "sleep", waited.append)
    return waited


def held_open_for(
    monkeypatch: pytest.MonkeyPatch, target_name: str, refusals: int
) -> Callable[[], int]:
    """os.replace refusing a rename onto `target_name` `refusals` times, as Windows does
    while a viewer has that file open; the number of tries so far."""
    real_replace = os.replace
    tries = 0

    def replace(source: object, target: object) -> None:
        nonlocal tries
        if Path(str(target)).name == target_name:
            tries += 1
            if tries <= refusals:
                raise PermissionError(13, "The process cannot access the file", str(target))
        real_replace(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(portable.os, "replace", replace)
    return lambda: tries


def test_on_windows_a_file_held_for_a_moment_is_replaced_after_a_wait(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sleeps: list[float]
) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    tries = held_open_for(monkeypatch, "brief.pdf", refusals=3)
    (tmp_path / "brief.pdf").write_text("old")
    (tmp_path / "new.part").write_text("new")
    replace_file(tmp_path / "new.part", tmp_path / "brief.pdf")
    assert (tmp_path / "brief.pdf").read_text() == "new"
    assert tries() == 4 and sleeps == [0.05, 0.1, 0.2]


def test_on_windows_a_brief_open_in_a_viewer_is_said_in_words_and_kept(
    demo_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    sleeps: list[float],
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = demo_path.parent / "brief.pdf"
    out.write_bytes(b"%PDF- the brief on screen")
    before = folder_listing(demo_path.parent)
    monkeypatch.setattr(sys, "platform", "win32")
    tries = held_open_for(monkeypatch, "brief.pdf", refusals=99)
    code, err = run_cli(capsys, "brief", demo_path, "-o", out)
    assert_refused(code, err, str(out), "another program has it open", "try again")
    assert tries() == portable.REPLACE_TRIES and len(sleeps) == portable.REPLACE_TRIES - 1
    assert out.read_bytes() == b"%PDF- the brief on screen"
    assert folder_listing(demo_path.parent) == before  # no part-written brief left


def test_elsewhere_a_refused_rename_is_a_read_only_folder_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sleeps: list[float]
) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    tries = held_open_for(monkeypatch, "out.json", refusals=99)
    (tmp_path / "in.part").write_text("{}")
    with pytest.raises(PermissionError):
        replace_file(tmp_path / "in.part", tmp_path / "out.json")
    assert tries() == 1 and sleeps == []


def test_file_in_use_is_a_refusal_not_a_failure_to_open() -> None:
    assert FileInUse("x").exit_code == 1


# -- flushing by name ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("platform", "mode"), [("win32", os.O_RDWR), ("linux", os.O_RDONLY)], ids=["win", "posix"]
)
def test_a_file_is_flushed_through_a_handle_the_system_accepts(
    platform: str, mode: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows' FlushFileBuffers needs a handle open for writing; a copy saved there was
    flushed through a read-only one."""
    real_open = os.open
    opened: list[int] = []

    def spy(path: object, flags: int, *args: int) -> int:
        opened.append(flags & (os.O_RDONLY | os.O_WRONLY | os.O_RDWR))
        return real_open(path, flags, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(portable.os, "open", spy)
    monkeypatch.setattr(sys, "platform", platform)
    (tmp_path / "copy.casefile").write_bytes(b"data")
    portable.sync_to_disk(tmp_path / "copy.casefile")
    assert opened == [mode]


def test_save_a_copy_flushes_it_before_it_takes_its_name(
    demo_case: CaseFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced: list[tuple[Path, bool]] = []
    real_sync = portable.sync_to_disk

    def sync(path: Path) -> None:
        synced.append((Path(path), (tmp_path / "copy.casefile").exists()))
        real_sync(path)

    monkeypatch.setattr("casefile.store.casefile.sync_to_disk", sync)
    copy = demo_case.save_copy(tmp_path / "copy.casefile")
    assert len(synced) == 1
    flushed, copy_had_its_name = synced[0]
    assert flushed != copy and not copy_had_its_name


# -- a lock holder's liveness -------------------------------------------------------------


@pytest.fixture
def no_os_kill(monkeypatch: pytest.MonkeyPatch) -> None:
    """On Windows os.kill(pid, 0) sends CTRL_C_EVENT to the holder: it must not be used."""

    def refuse(*args: object) -> None:
        raise AssertionError("os.kill used to probe a process")

    monkeypatch.setattr(os, "kill", refuse)


def finished_child() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


@pytest.mark.usefixtures("no_os_kill")
def test_liveness_is_asked_without_os_kill() -> None:
    assert lock_module._alive(os.getpid())
    assert not lock_module._alive(finished_child())
    assert not lock_module._alive(0)
    assert not lock_module._alive(10**30)  # a planted lock file's number


def test_a_holder_dead_but_not_collected_holds_nothing() -> None:
    """A zombie still answers os.kill(pid, 0); it is dead all the same."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    try:
        os.waitid(os.P_PID, child.pid, os.WEXITED | os.WNOWAIT)  # exited, not yet reaped
        assert not lock_module._alive(child.pid)
    finally:
        child.wait()


@pytest.mark.usefixtures("no_os_kill")
def test_a_stale_lock_of_a_finished_process_is_cleared(demo_path: Path) -> None:
    holder = lock_module.LockHolder(
        user="clerk", host=lock_module.socket.gethostname(), pid=finished_child(), since="x"
    )
    lock_module.lock_path(demo_path).write_text(json.dumps(dataclasses.asdict(holder)))
    with CaseFile.open(demo_path) as case:
        assert case.path == demo_path.absolute()
