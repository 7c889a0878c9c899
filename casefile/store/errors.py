"""The errors a person can act on: each carries the message the CLI prints and the GUI shows.

Anything that is not a CaseFileError is a bug and surfaces as one.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any

from casefile.names import shown


class CaseFileError(Exception):
    """Base of the environmental and input failures the user can act on.

    `exit_code` follows DESIGN.md: 1 refused data or found problems, 2 the file
    could not be opened.
    """

    exit_code = 2

    def __init__(self, message: str, *, path: object | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        if self.path is not None:
            return f"{shown(self.path)}: {self.message}"
        return self.message


class NotFound(CaseFileError):
    """The path does not exist."""


class NotACaseFile(CaseFileError):
    """The file is not a case file (empty, text, image, someone else's SQLite)."""


class NeedsPassphrase(NotACaseFile):
    """Not a plain SQLite file, but it may be an encrypted case: its passphrase is needed."""


class WrongPassphrase(NotACaseFile):
    """The passphrase does not open the file (or it is not a case file at all)."""


class NewerVersion(CaseFileError):
    """Written by a newer casefile: refused untouched."""


class Corrupt(CaseFileError):
    """SQLite reports damage, or the schema holds what we did not put there."""


class AlreadyExists(CaseFileError):
    """A new file (case, copy) would overwrite an existing one: refused."""

    exit_code = 1

    @classmethod
    def new_case(cls, path: Path | str) -> AlreadyExists:
        """The refusal of a new case (new, demo, import-json into a new path) whose name
        is taken, in the one sentence every way of creating one uses."""
        return cls("already exists: choose another name, or open it", path=path)


class NeedsRecovery(CaseFileError):
    """A hot journal sits beside a file we may not write: recovery needs a writable disk."""


class Locked(CaseFileError):
    """Another editor holds the lock file, or SQLite stayed busy past the timeout."""

    def __init__(self, message: str, *, path: object | None = None, holder: object = None):
        super().__init__(message, path=path)
        self.holder = holder


class ReadOnly(CaseFileError):
    """A write was attempted on a case opened read-only."""

    exit_code = 1


class ChangedOnDisk(CaseFileError):
    """The file was replaced or changed by someone else while open: we refuse to write blindly."""

    exit_code = 1


class DiskFull(CaseFileError):
    """The disk filled or refused the write: the edit was rolled back."""

    exit_code = 1


class InvalidInput(CaseFileError):
    """Data that the case file refuses: wrong type, unknown id, bad date, bad image."""

    exit_code = 1


class NotAvailable(CaseFileError):
    """A command whose part of the product is not built yet."""

    exit_code = 1


#: The system's ways of saying a write did not fit, and that it may not be written here.
DISK_FULL_ERRNOS = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)
NOT_WRITABLE_ERRNOS = (errno.EROFS, errno.EACCES, errno.EPERM)


def not_written(exc: OSError, path: object, what: str = "could not be written") -> CaseFileError:
    """The system refusing a write (a full disk, a read-only folder or medium), as the
    error a person can act on rather than an internal one."""
    reason = exc.strerror or str(exc)
    if exc.errno in DISK_FULL_ERRNOS:
        return DiskFull(f"{what} ({reason}): free space on the disk and try again", path=path)
    if exc.errno in NOT_WRITABLE_ERRNOS:
        return ReadOnly(f"{what} ({reason}): choose a folder you can write to", path=path)
    return CaseFileError(f"{what} ({reason}): check the folder and free space", path=path)


def remove_quietly(path: Path | str) -> None:
    """Remove a leftover if it is there. On a read-only medium even a missing file's
    removal fails (EROFS); the write that follows says so in words, so this stays quiet."""
    try:
        os.unlink(path)
    except OSError:
        pass


class MergeConflicts(InvalidInput):
    """Both copies changed the same thing differently: nothing was merged."""

    def __init__(self, conflicts: tuple[Any, ...], *, path: object | None = None):
        super().__init__(
            f"{len(conflicts)} conflict(s) with the other copy: nothing was merged; choose "
            "a side with --take mine or --take theirs, or merge in the app to choose one by one",
            path=path,
        )
        self.conflicts = conflicts
