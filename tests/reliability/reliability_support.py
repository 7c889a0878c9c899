"""Helpers of the reliability suite: child processes, the stress sample, figures, bad files.

`CASEFILE_STRESS=full` (what `make stress` sets) turns every bounded sample into the
full count; without it the heavy tests run a sample sized for CI.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import signal
import sqlite3
import struct
import subprocess
import sys
import threading
import time
import zlib
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

#: The repository root, from this file's place in it (works in any clone).
REPO = Path(__file__).resolve().parents[2]
FULL = os.environ.get("CASEFILE_STRESS") == "full"

#: Figures the tests measured, printed at the end of the run (docs/reliability.md quotes them).
FIGURES: dict[str, dict[str, int]] = defaultdict(dict)


def stress(sample: int, full: int) -> int:
    """How many rounds a heavy test runs: the CI sample, or the full count under `make stress`."""
    return full if FULL else sample


def record(case: str, **figures: int) -> None:
    for name, value in figures.items():
        FIGURES[case][name] = FIGURES[case].get(name, 0) + value


def child_env(**extra: str) -> dict[str, str]:
    """The environment of a child Python: this checkout first on the path."""
    path = os.pathsep.join(p for p in (str(REPO), os.environ.get("PYTHONPATH", "")) if p)
    return {**os.environ, "PYTHONPATH": path, "PYTHONDONTWRITEBYTECODE": "1", **extra}


def run_cli(*args: str, prefix: tuple[str, ...] = (), timeout: float = 120):
    """`casefile ARGS…` in a fresh process, as a user would run it."""
    return subprocess.run(
        [*prefix, sys.executable, "-m", "casefile", *map(str, args)],
        env=child_env(),
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def run_python(code: str, *args: str, prefix: tuple[str, ...] = (), timeout: float = 120):
    """A Python snippet in a fresh process (sys.argv[1:] = args)."""
    return subprocess.run(
        [*prefix, sys.executable, "-c", code, *map(str, args)],
        env=child_env(),
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def without_capabilities() -> tuple[str, ...]:
    """A command prefix that drops root's capabilities, so permission bits apply to it."""
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return ()
    return (setpriv, "--inh-caps=-all", "--bounding-set=-all")


def digests_of(folder: Path) -> dict[str, bytes]:
    """Every file under a folder with its bytes: what 'nothing changed' compares."""
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def fill_disk(folder: Path, leave: int = 0) -> Path:
    """Fill the file system under `folder` with a filler file, leaving about `leave` bytes."""
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o644)
    try:
        while True:
            free = os.statvfs(folder).f_bavail * os.statvfs(folder).f_frsize
            if free <= leave:
                break
            try:
                os.write(fd, b"\0" * min(65536, max(4096, free - leave)))
            except OSError:
                break
    finally:
        os.close(fd)
    return filler


# -- files that are not what they claim ------------------------------------------------------


def jpeg(size: tuple[int, int] = (800, 600)) -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", size, (120, 130, 140))
    ImageDraw.Draw(image).rectangle([10, 10, size[0] // 2, size[1] // 2], fill=(200, 40, 40))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    return out.getvalue()


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def plant_undecodable_schema(path: Path, *, in_a_comment: bool = False) -> None:
    """The incident table's definition with a byte that is not UTF-8 (as a bit flip in
    the schema page makes): SQLite's error quoting it cannot be decoded by Python. In a
    comment, SQLite reads the definition as before; only its text is not UTF-8."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA writable_schema=ON")
        sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'incident'").fetchone()[0]
        planted = b"( -- \x97\n" if in_a_comment else b"\x97("
        bad = sql.encode().replace(b"CREATE TABLE incident (", b"CREATE TABLE incident " + planted)
        conn.execute(
            "UPDATE sqlite_master SET sql = CAST(? AS TEXT) WHERE name = 'incident'", [bad]
        )
        conn.commit()
    finally:
        conn.close()


def png_bomb(width: int = 100_000, height: int = 100_000) -> bytes:
    """A tiny, well-formed PNG whose header claims width x height pixels."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    rows = zlib.compress(b"\x00" * 64)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", rows)
        + _png_chunk(b"IEND", b"")
    )


# -- nodes that are not files -----------------------------------------------------------------

#: How long a reader may take before the guard unblocks it (a refusal takes milliseconds).
PATIENCE = 5.0


class GuardedPipe:
    """A FIFO whose blocked readers are released after PATIENCE seconds (`released` says
    whether that was needed: a reader that never blocks leaves it False)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        os.mkfifo(path)
        self.released = False
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._release_readers, daemon=True)
        self._thread.start()

    def _release_readers(self) -> None:
        if self._done.wait(PATIENCE):
            return
        while not self._done.is_set():
            try:  # succeeds only while a reader is blocked in open()
                fd = os.open(self.path, os.O_WRONLY | os.O_NONBLOCK)
            except OSError:
                time.sleep(0.05)
                continue
            self.released = True
            os.close(fd)

    def close(self) -> None:
        self._done.set()
        self._thread.join()


class Hung(BaseException):
    """Raised in a command that ran past its time (not an Exception: cli.main must not
    report it as its own failure)."""


@contextlib.contextmanager
def deadline(seconds: int) -> Iterator[None]:
    """Turn a hang into a failure: a command that never finishes is a bug, not a slow
    test."""

    def expire(signum: int, frame: object) -> None:
        raise Hung(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
