"""Received files that are not files: a named pipe, a device, a socket or a folder where a
case file, a JSON document, an attachment or a lock file should be is refused at once, in
words, by every reader, and nothing is changed. One reader does it all
(`casefile/store/received.py`): stat first, open without blocking, check the opened
descriptor again.

A pipe here is guarded: if a reader ever blocks on it again, a helper thread opens the
pipe's other end after a few seconds, so the test fails instead of hanging the run.
"""

from __future__ import annotations

import os
import socket
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from reliability_support import PATIENCE, GuardedPipe, jpeg, record, run_cli

from casefile.store import (
    CaseFile,
    CaseFileError,
    InvalidInput,
    Locked,
    NotACaseFile,
    read_json,
    write_json,
)
from casefile.store import received as received_module
from casefile.store.lock import UNKNOWN_HOLDER, lock_path, read_holder
from casefile.store.media import read_attachment
from casefile.store.received import read_received


@pytest.fixture
def pipe(tmp_path: Path) -> Iterator[GuardedPipe]:
    guarded = GuardedPipe(tmp_path / "pipe")
    yield guarded
    guarded.close()
    assert not guarded.released, "a reader blocked on the named pipe"


def make_socket(folder: Path) -> Path:
    path = folder / "socket"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(path))
    server.close()  # the node stays in the folder
    return path


#: node -> (how to make it in a folder, the words that name it)
NODES: dict[str, tuple[Callable[[Path], Path], str]] = {
    "pipe": (lambda folder: folder / "pipe", "is a named pipe (FIFO)"),
    "link to a pipe": (lambda folder: _link(folder, folder / "pipe"), "is a named pipe (FIFO)"),
    "/dev/null": (lambda folder: Path(os.devnull), "is a device"),
    "/dev/zero": (lambda folder: Path("/dev/zero"), "is a device"),
    "folder": (lambda folder: folder, "is a folder"),
    "socket": (make_socket, "is a socket"),
}


def _link(folder: Path, target: Path) -> Path:
    link = folder / "link.casefile"
    link.symlink_to(target)
    return link


def _open_read_only(path: Path) -> None:
    CaseFile.open(path, read_only=True).close()


def _open_for_editing(path: Path) -> None:
    CaseFile.open(path, actor="tester").close()


#: reader -> (the call, the error it raises for a node that is not a file)
READERS: dict[str, tuple[Callable[[Path], object], type[CaseFileError]]] = {
    "case read-only": (_open_read_only, NotACaseFile),
    "case for editing": (_open_for_editing, NotACaseFile),
    "JSON document": (read_json, InvalidInput),
    "attachment": (read_attachment, InvalidInput),
}


@pytest.mark.parametrize("reader", list(READERS))
@pytest.mark.parametrize("node", list(NODES))
def test_every_reader_refuses_a_node_that_is_not_a_file(
    node: str, reader: str, pipe: GuardedPipe, tmp_path: Path
) -> None:
    make, words = NODES[node]
    path = make(tmp_path)
    call, error = READERS[reader]
    before = sorted(os.listdir(tmp_path))
    started = time.monotonic()
    with pytest.raises(error) as refused:
        call(path)
    assert time.monotonic() - started < PATIENCE
    assert words in refused.value.message and str(path) in str(refused.value)
    assert sorted(os.listdir(tmp_path)) == before  # no lock, journal or copy left
    record("received files: not a file", refused_at_once=1)


def test_a_pipe_swapped_in_after_the_check_is_refused_without_blocking(
    pipe: GuardedPipe, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """stat() sees a regular file, open() meets the pipe: the opened descriptor decides."""
    regular = tmp_path / "regular.json"
    regular.write_text("{}")
    real_stat = os.stat
    seen = os.stat_result(real_stat(regular))

    def stat_before_the_swap(path: object, *args: object, **kwargs: object) -> os.stat_result:
        return seen if Path(str(path)) == pipe.path else real_stat(path, *args, **kwargs)

    monkeypatch.setattr(received_module.os, "stat", stat_before_the_swap)
    with pytest.raises(InvalidInput, match=r"is a named pipe \(FIFO\)"):
        read_json(pipe.path)


def test_a_pipe_or_folder_planted_as_the_lock_file(demo_path: Path) -> None:
    """A pipe is not read (it names no holder) and is cleared like a stale lock; a folder
    cannot be cleared and is named."""
    planted = GuardedPipe(lock_path(demo_path))
    try:
        assert read_holder(demo_path) == UNKNOWN_HOLDER
        with CaseFile.open(demo_path, actor="tester") as case:
            assert any("cleared a stale lock" in n.message for n in case.notices)
    finally:
        planted.close()
    assert not planted.released
    assert not lock_path(demo_path).exists()
    lock_path(demo_path).mkdir()
    before = demo_path.read_bytes()
    with pytest.raises(Locked, match=r"demo.casefile.lock beside it is a folder"):
        CaseFile.open(demo_path, actor="tester")
    assert demo_path.read_bytes() == before and lock_path(demo_path).is_dir()


def test_commands_refuse_a_pipe_at_once(demo_path: Path, pipe: GuardedPipe) -> None:
    """The case path, IN.json or a file to attach as a pipe: one line, exit 2 or 1, the
    case file unchanged."""
    photo = demo_path.with_name("photo.jpg")
    photo.write_bytes(jpeg((64, 48)))
    document = demo_path.with_name("demo.json")
    with CaseFile.open(demo_path, read_only=True) as case:
        item = case.ids("damage_item")[0]
        write_json(case.export_document(), document)
    before = demo_path.read_bytes()
    runs = {
        ("info", pipe.path): 2,
        ("check", pipe.path): 2,
        ("export-json", pipe.path, demo_path.with_name("out.json")): 2,
        ("import-json", pipe.path, document): 2,
        ("import-json", demo_path, pipe.path): 1,
        ("attach", demo_path, "--to", item, photo, pipe.path): 1,
    }
    for args, code in runs.items():
        result = run_cli(*args, timeout=60)
        assert result.returncode == code, (args, result.stderr)
        assert result.stderr.startswith("casefile: error: ") and result.stderr.count("\n") == 1
        assert "is a named pipe (FIFO)" in result.stderr and str(pipe.path) in result.stderr
        assert "internal error" not in result.stderr
        record("received files: not a file", commands_refused=1)
    assert demo_path.read_bytes() == before
    assert not demo_path.with_name("out.json").exists()


# -- sizes ------------------------------------------------------------------------------------

#: An address-space cap for the child: far below the files below, far above what a
#: refusal needs (a casefile command runs in under 300 MB of address space).
CAP = ("prlimit", f"--as={600 * 1024 * 1024}")


@pytest.mark.parametrize(
    ("command", "size", "words"),
    [
        ("attach", 2 * 1024**3, "is 2,048.0 MiB; attachments are limited to 50 MiB"),
        ("attach", 50 * 1024**2 + 1, "is 50.1 MiB; attachments are limited to 50 MiB"),
        ("import-json", 1024**3 + 1, "is 1,024.1 MiB; casefile-json documents are limited"),
    ],
    ids=["attach 2 GiB", "attach a byte over", "import 1 GiB and a byte"],
)
def test_a_file_over_its_limit_is_refused_before_it_is_read(
    command: str, size: int, words: str, demo_path: Path
) -> None:
    """Sparse files: the size is stat's, the bytes are never read (a child capped at
    600 MB of address space would fail reading them)."""
    big = demo_path.with_name("big.jpg" if command == "attach" else "big.json")
    with open(big, "wb") as handle:
        handle.truncate(size)
    with CaseFile.open(demo_path, read_only=True) as case:
        item = case.ids("damage_item")[0]
    before = demo_path.read_bytes()
    args = (
        ("attach", demo_path, "--to", item, big)
        if command == "attach"
        else (command, demo_path, big)
    )
    result = run_cli(*args, prefix=CAP)
    assert result.returncode == 1, result.stderr
    assert words in result.stderr and str(big) in result.stderr
    assert result.stderr.count("\n") == 1 and "internal error" not in result.stderr
    assert demo_path.read_bytes() == before
    record("received files: over the limit", refused_before_reading=1)


def test_a_file_at_the_limit_is_read_and_one_that_grows_past_it_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "file.bin"
    path.write_bytes(b"x" * 1000)
    assert read_received(path, limit=1000, limit_text="the limit") == b"x" * 1000
    with pytest.raises(InvalidInput, match="is 1,000 bytes; the limit"):
        read_received(path, limit=999, limit_text="the limit")
    # A file that stat says is small but that grows while it is read stops at the limit.
    real_fstat = os.fstat

    def stated_small(fd: int) -> os.stat_result:
        st = list(real_fstat(fd))
        st[6] = 10  # st_size
        return os.stat_result(st)

    monkeypatch.setattr(received_module.os, "fstat", stated_small)
    with pytest.raises(InvalidInput, match="is over 999 bytes; the limit"):
        read_received(path, limit=999, limit_text="the limit")
    assert read_received(path, limit=1000, limit_text="the limit") == b"x" * 1000
