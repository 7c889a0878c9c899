"""Standard output of the command line: it never fails on a character, and a closed or
full output is one line of error, not a traceback.

An ASCII-only or cp1252 terminal (LANG=C, PYTHONIOENCODING, an old Windows console)
gets what it cannot show as backslash escapes. A pipe closed early (`casefile info X |
head -c1`), /dev/full or a failing disk raise OutputFailed from the write, once; what
is still buffered is then dropped, so the exit does not fail a second time.
"""

from __future__ import annotations

import io
import os
import sys


class OutputFailed(Exception):
    """Standard output could not be written (the reader went away, or the disk is full)."""

    def __init__(self, error: OSError) -> None:
        super().__init__(error.strerror or str(error))
        self.error = error

    @property
    def message(self) -> str:
        return f"could not write the output ({self.args[0]}); the command itself ran"


class _GuardedOutput(io.RawIOBase):
    """File descriptor 1, whose first failed write raises OutputFailed and whose later
    writes are dropped."""

    def __init__(self, fd: int) -> None:
        super().__init__()
        self._fd = fd
        self.failed = False

    def writable(self) -> bool:
        return True

    def fileno(self) -> int:
        return self._fd

    def isatty(self) -> bool:
        return os.isatty(self._fd)

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        if self.failed:
            return len(data)
        try:
            return os.write(self._fd, data)
        except OSError as exc:
            self.failed = True
            raise OutputFailed(exc) from exc


def install() -> None:
    """Standard output through the guard, in the encoding Python chose for it, with
    backslash escapes for what that encoding cannot hold; standard error too gets
    escapes (it already has them by default, but PYTHONIOENCODING may say otherwise)."""
    current = sys.stdout
    if current is None or not hasattr(current, "fileno"):
        return
    try:
        fd = current.fileno()
    except (OSError, ValueError):  # not a real file (an embedding host's object)
        return
    current.flush()
    raw = _GuardedOutput(fd)
    sys.stdout = io.TextIOWrapper(
        io.BufferedWriter(raw),
        encoding=getattr(current, "encoding", None) or "utf-8",
        errors="backslashreplace",
        line_buffering=getattr(current, "line_buffering", False),
    )
    if sys.stderr is not None and hasattr(sys.stderr, "reconfigure"):
        sys.stderr.reconfigure(errors="backslashreplace")


def finish() -> OutputFailed | None:
    """Flush standard output; the failure, if it failed now or before."""
    try:
        sys.stdout.flush()
    except OutputFailed as exc:
        return exc
    except OSError as exc:  # the output was not installed through the guard
        return OutputFailed(exc)
    return None
