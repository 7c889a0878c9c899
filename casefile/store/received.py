"""Reading a file someone handed us: only a regular file, and never more than a limit.

Every reader of an outside file goes through here (a case file's header, a JSON
document, an attachment, a lock file), so that a named pipe, a device, a socket or a
folder in its place is refused in words instead of blocking forever or reading without
end. The path is checked with stat (following links), opened without blocking, and the
opened descriptor checked again: a node swapped in between the two is still refused.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

from casefile.store.errors import CaseFileError, InvalidInput, Words

#: Read-only, never blocking on a FIFO's open, never becoming our controlling terminal.
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)
#: What a read past a file's stated size asks for at a time (a file that grows as it is read).
_CHUNK = 1024 * 1024


def node_kind(mode: int) -> str | None:
    """What a node that is not a regular file is, in words; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return Words("node.folder")
    if stat.S_ISFIFO(mode):
        return Words("node.fifo")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return Words("node.device")
    if stat.S_ISSOCK(mode):
        return Words("node.socket")
    return Words("node.other")


def open_received(
    path: str | os.PathLike[str],
    *,
    what: str = Words("what.file"),
    advice: str = Words("advice.regular_file"),
    error: type[CaseFileError] = InvalidInput,
) -> BinaryIO:
    """The file opened for reading (unbuffered), or `error` saying why it cannot be.

    A node that is not a regular file is refused as "is a named pipe (FIFO), not
    {what}: {advice}".
    """
    try:
        _require_regular(os.stat(path).st_mode, path, what, advice, error)
        fd = os.open(path, _OPEN_FLAGS)
    except OSError as exc:
        raise unreadable(exc, path, error) from exc
    try:
        _require_regular(os.fstat(fd).st_mode, path, what, advice, error)
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb", buffering=0)
    except BaseException:
        os.close(fd)
        raise


def _require_regular(
    mode: int, path: object, what: str, advice: str, error: type[CaseFileError]
) -> None:
    """Refuse a node to be read that is not a regular file (an output's node is judged by
    safewrite.refuse_unless_regular, which also refuses a link)."""
    kind = node_kind(mode)
    if kind is not None:
        raise error.of("file.not_regular", path=path, kind=kind, what=what, advice=advice)


def unreadable(exc: OSError, path: object, error: type[CaseFileError]) -> CaseFileError:
    """The system's refusal to read a file, in words."""
    if isinstance(exc, FileNotFoundError):
        return error.of("file.does_exist_check", path=path)
    if isinstance(exc, NotADirectoryError):
        return error.of("file.does_exist_part", path=path)
    if isinstance(exc, PermissionError):
        return error.of("file.cannot_read_permission", path=path)
    reason = exc.strerror or str(exc)
    return error.of("file.cannot_read_check", path=path, reason=reason)


def read_received(
    path: str | os.PathLike[str],
    *,
    limit: int,
    limit_text: str,
    what: str = Words("what.file"),
    advice: str = Words("advice.regular_file"),
    error: type[CaseFileError] = InvalidInput,
) -> bytes:
    """The whole file, refused before reading if its size is over `limit` bytes, and
    while reading if it grows past it. `limit_text` says the limit and what to do."""
    with open_received(path, what=what, advice=advice, error=error) as handle:
        try:
            size = os.fstat(handle.fileno()).st_size
            if size > limit:
                raise error.of(
                    "file.too_large",
                    path=path,
                    describe_size=describe_size(size),
                    limit_text=limit_text,
                )
            # One read of the stated size (and a byte more) takes a regular file whole;
            # the loop only runs for a file that is still growing.
            parts = [handle.read(size + 1) or b""]
            total = len(parts[0])
            while total <= limit:
                more = handle.read(min(_CHUNK, limit + 1 - total))
                if not more:
                    break
                parts.append(more)
                total += len(more)
        except OSError as exc:
            raise unreadable(exc, path, error) from exc
        if total > limit:
            raise error.of(
                "file.grew_too_large",
                path=path,
                describe_size=describe_size(limit),
                limit_text=limit_text,
            )
        return parts[0] if len(parts) == 1 else b"".join(parts)


def describe_size(size: int) -> str:
    """A size in words, rounded up: a byte over 1 GiB is 1,024.1 MiB, not 1,024.0."""
    if size < 1024 * 1024:
        return Words("size.bytes", count=size)
    return Words("size.mib", mib=-(-size * 10 // 1048576) / 10)


def received_name(path: str | os.PathLike[str]) -> str:
    """A file's name as text to store and show: bytes that are not UTF-8 (a name from
    another system, given to us as surrogate escapes) become U+FFFD."""
    name = Path(path).name
    return os.fsencode(name).decode("utf-8", "replace") if _has_surrogates(name) else name


def _has_surrogates(text: str) -> bool:
    return any("\ud800" <= ch <= "\udfff" for ch in text)
