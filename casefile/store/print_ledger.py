"""Which print copies this installation made, so that a brief prints no other.

A print copy is derived data that neither the audit log nor a seal covers: a received
file could carry a JPEG that shows another picture than its photo, and a brief that
embedded it would print that picture beside the sealed evidence. Telling a faithful
copy from a retouched one would mean decoding the photo, which is what the copy is
there to spare. So a copy is trusted only where it was made: each one this
installation makes is written down here, as the SHA-256 of the copy's bytes beside the
SHA-256 of the photo it was made from. A copy made elsewhere is ignored (the brief
downscales the photo itself) and, in a case open for editing, made again here.

The ledger is a text file in the user's cache folder, one "copy photo" pair of hex
digests a line, appended to. Losing it costs time only: the copies are made again.
"""

from __future__ import annotations

import hashlib
import os
import stat
import threading
from collections.abc import Iterable
from pathlib import Path

LEDGER_FILE = "print-copies"
_DIGEST = 64  # hex characters of a SHA-256

_lock = threading.Lock()
_known: set[tuple[str, str]] = set()
_read_upto = 0  # bytes of the ledger read into _known
_read_from: tuple[Path, int, int] | None = None  # which file: path, device, inode


def ledger_path() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("casefile", appauthor=False)) / LEDGER_FILE


def copy_digest(jpeg: bytes) -> str:
    return hashlib.sha256(jpeg).hexdigest()


def made_here() -> frozenset[tuple[str, str]]:
    """The (copy digest, photo digest) pairs this installation made, as the ledger has
    them now: read once for all the copies a query looks at."""
    with _lock:
        _catch_up()
        return frozenset(_known)


def remember(pairs: Iterable[tuple[str, str]]) -> bool:
    """Write down (copy digest, photo digest) pairs as made here; False if the ledger
    cannot be written (a read-only home): those copies are then not worth keeping."""
    lines = "".join(f"{copy} {photo}\n" for copy, photo in pairs)
    if not lines:
        return True
    path = ledger_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # One write in append mode: processes writing at once never interleave lines.
        descriptor = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            os.write(descriptor, lines.encode("ascii"))
        finally:
            os.close(descriptor)
    except OSError:
        return False
    return True


def _catch_up() -> None:
    """Read what was appended since the last look (by this process or another); start
    over when the ledger is another file than the one read (removed, replaced, another
    user folder)."""
    global _read_upto, _read_from
    path = ledger_path()
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError:
        _forget(None)
        return
    status = os.fstat(descriptor)
    if not stat.S_ISREG(status.st_mode):
        os.close(descriptor)
        _forget(None)  # not a file we wrote (a folder, a FIFO): nothing is known
        return
    with os.fdopen(descriptor, "rb") as ledger:
        identity = (path, status.st_dev, status.st_ino)
        if identity != _read_from or status.st_size < _read_upto:
            _forget(identity)
        ledger.seek(_read_upto)
        added = ledger.read()
    complete = added.rfind(b"\n") + 1  # a line being appended is read next time
    for line in added[:complete].decode("ascii", "replace").splitlines():
        copy, _, photo = line.partition(" ")
        if len(copy) == _DIGEST and len(photo) == _DIGEST:
            _known.add((copy, photo))
    _read_upto += complete


def _forget(identity: tuple[Path, int, int] | None) -> None:
    global _read_upto, _read_from
    _known.clear()
    _read_upto, _read_from = 0, identity
