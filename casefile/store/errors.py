"""The errors a person can act on: each carries the message the CLI prints, and its code
and fields, from which the GUI says it in the user's language.

Anything that is not a CaseFileError is a bug and surfaces as one.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Self

from casefile.names import shown
from casefile.store.error_texts import TEXTS
from casefile.store.vocab import KIND_LABELS


class Words(str):
    """A phrase or sentence of ours, in English, that knows its code and variable parts.

    It is the English text wherever a string goes (a message, a log), and a client that
    speaks another language translates it by `code` and `fields` (TEXTS holds the English).
    """

    code: str
    fields: Mapping[str, object]

    def __new__(cls, code: str, /, **fields: object) -> Self:
        words = super().__new__(cls, TEXTS[code].format_map(fields))
        words.code = code
        words.fields = fields
        return words


def kind_name(kind: str) -> Words | str:
    """A kind of item ("damage item") as a word in a sentence; an unknown kind as it is."""
    return Words(f"kind.{kind}") if kind in KIND_LABELS else kind


def field_word(name: str) -> Words | str:
    """A stored field as a sentence names it: its name in English ("exchange_rates"), the
    user's words in the app; an unknown field as it is."""
    return Words(f"field_name.{name}") if f"field_name.{name}" in TEXTS else name


def entity_word(entity: str) -> Words | str:
    """A kind of item as a finding names it by its code ("damage_item" in English, the
    user's word in the app); an unknown kind as it is."""
    return Words(f"entity.{entity}") if f"entity.{entity}" in TEXTS else entity


class CaseFileError(Exception):
    """Base of the environmental and input failures the user can act on.

    `exit_code` follows DESIGN.md: 1 refused data or found problems, 2 the file
    could not be opened.
    """

    exit_code = 2
    #: the code of the message in TEXTS, None for a message made up where it was raised
    code: str | None = None
    #: the message's variable parts, by the names its text in TEXTS gives them
    fields: Mapping[str, object] = {}

    def __init__(self, message: str, *, path: object | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path

    @classmethod
    def of(cls, code: str, /, *, path: object | None = None, **fields: object) -> Self:
        """The error whose message is TEXTS[code] with `fields` filled in."""
        error = cls(TEXTS[code].format_map(fields), path=path)
        error.code = code
        error.fields = fields
        return error

    def about(self, path: object) -> Self:
        """The same refusal, said of `path`."""
        error = type(self)(self.message, path=path)
        error.code, error.fields = self.code, self.fields
        return error

    @property
    def words(self) -> Words | str:
        """The message without the path, as Words where it has a code: what a sentence
        that quotes this error puts in its field."""
        return Words(self.code, **self.fields) if self.code is not None else self.message

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
        return cls.of("output.exists", path=path)


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


def not_written(
    exc: OSError, path: object, what: str = "write.failed", **fields: object
) -> CaseFileError:
    """The system refusing a write (a full disk, a read-only folder or medium), as the
    error a person can act on rather than an internal one. `what` is the code of what
    could not be done ("write.failed": could not be written), `fields` its parts."""
    said = Words(what, **fields)
    reason = exc.strerror or str(exc)
    if exc.errno in DISK_FULL_ERRNOS:
        return DiskFull.of("output.full", path=path, what=said, reason=reason)
    if exc.errno in NOT_WRITABLE_ERRNOS:
        return ReadOnly.of("output.read_only", path=path, what=said, reason=reason)
    return CaseFileError.of("output.not_written", path=path, what=said, reason=reason)


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
        super().__init__(TEXTS["merge.conflicts"].format(count=len(conflicts)), path=path)
        self.code = "merge.conflicts"
        self.fields = {"count": len(conflicts)}
        self.conflicts = conflicts
