"""Writing a file a user named: never onto the command's own input.

Every writer of casefile (export-json, the brief, Save a copy, attaching, importing)
asks `check_output` before it writes: the output may not be one of the command's inputs,
nor a file SQLite or casefile keeps beside a case (journal, WAL, lock), under any name:
the same file is compared by (device, inode) where it exists, by its resolved path
where it does not (a hard link, a symbolic link, `..` in the path).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from casefile.store.errors import InvalidInput
from casefile.store.portable import check_new_file

#: Files kept beside a case file at PATH as PATH + suffix: SQLite's rollback journal,
#: WAL and shared memory, and casefile's edit lock. Writing over one of them would
#: corrupt or unlock the case as surely as writing over the case itself.
CASE_SIDECARS = {
    "-journal": "journal",
    "-wal": "write-ahead log",
    "-shm": "shared-memory file",
    ".lock": "lock file",
}


def check_output(
    out: str | os.PathLike[str],
    *,
    inputs: Iterable[str | os.PathLike[str]] = (),
    what: str = "the output",
) -> Path:
    """The absolute output path, or InvalidInput (exit 1) naming why it may not be written.

    `inputs` are the case files the command reads; the output may be none of them nor
    their journal, WAL or lock file, under any name; nor may its name be one Windows
    cannot hold (store/portable.py). `what` completes "choose another file name for …"."""
    target = Path(out).expanduser().absolute()
    for source in inputs:
        clash = _clash(target, Path(source).expanduser().absolute())
        if clash is not None:
            raise InvalidInput(
                f"is {clash}: choose another file name for {what}; nothing was written",
                path=target,
            )
    check_new_file(target, f"cannot write {what}")
    return target


def check_not_output(
    source: str | os.PathLike[str], out: str | os.PathLike[str], *, what: str
) -> None:
    """Refuse a file read by a command that writes the case file `out`, if it is that case
    or one of its sidecars; `what` names its role ("a file to attach"). InvalidInput
    naming the file."""
    path = Path(source).expanduser().absolute()
    clash = _clash(path, Path(out).expanduser().absolute())
    if clash is not None:
        raise InvalidInput(f"is {clash}: it cannot be {what}; nothing was changed", path=path)


def _clash(target: Path, source: Path) -> str | None:
    """What `target` is of `source` (the file itself, its journal, …), or None."""
    for suffix, name in (("", ""), *CASE_SIDECARS.items()):
        guarded = source.with_name(source.name + suffix)
        if _same_file(target, guarded):
            if name:
                return f"the {name} of the case file {source}"
            return f"the case file {source} itself"
    return None


def _same_file(a: Path, b: Path) -> bool:
    """One inode under two names where both exist, else one resolved path."""
    try:
        first, second = os.stat(a), os.stat(b)
    except OSError:
        pass
    else:
        if (first.st_dev, first.st_ino) == (second.st_dev, second.st_ino):
            return True
    return os.path.realpath(a) == os.path.realpath(b)
