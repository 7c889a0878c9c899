"""Journals and write-ahead logs found beside a case file, applied to copies only.

A `-journal` beside a file may be the file's own (a crash mid-transaction) or a
sibling copy's (the same name on a shared stick); a `-wal` may hold the file's last
changes or another file's. SQLite applies either to whatever file it finds them
beside, on the first read, for good. So casefile never lets SQLite see them there:
the file is copied together with them, SQLite applies them to the copy, and the copy
counts only if it is sound (its header, quick_check, foreign keys and the audit
chain). A reader reads that copy in a private folder; an editor's copy is staged
beside the file and replaces it only once every check that can refuse has passed.
If the copy is unsound where the file alone is sound, the leftovers belong to
something else: a reader reads the file alone, an editor sets them aside under a
new name (never deletes them) and refuses.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path

from casefile.store import sqlitefile as sf
from casefile.store.cipher import Cipher
from casefile.store.errors import CaseFileError, not_written, remove_quietly
from casefile.store.portable import replace_file
from casefile.store.safewrite import create_new, mode_for, set_mode, sync_folder

#: What SQLite leaves beside a database of its own while it works on it.
SQLITE_SIDECARS = ("-journal", "-wal", "-shm")
COPY_CHUNK = 1 << 20


def sidecar(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


@dataclass(frozen=True)
class Leftovers:
    """What SQLite would apply to the file on its first read, found beside it."""

    journal: Path | None = None  # a hot rollback journal
    wal: Path | None = None  # a write-ahead log (applied even to a file in rollback mode)

    @property
    def files(self) -> list[Path]:
        return [p for p in (self.journal, self.wal) if p is not None]

    def names(self) -> str:
        return " and ".join(p.name for p in self.files)

    def __bool__(self) -> bool:
        return bool(self.files)


def find(path: Path, cipher: Cipher | None = None) -> Leftovers:
    """The leftovers beside `path` (its real location: SQLite resolves links), found
    without letting SQLite open a -wal (which even a read-only connection applies)."""
    real = path.resolve()
    wal = sidecar(real, "-wal")
    journal = sidecar(real, "-journal")
    found_wal = wal if _regular(wal, path) is not None else None
    size = _regular(journal, path)
    if not size:
        return Leftovers(wal=found_wal)
    hot = found_wal is not None or _journal_is_hot(real, cipher)
    return Leftovers(journal=journal if hot else None, wal=found_wal)


def _regular(file: Path, path: Path) -> int | None:
    """The size of a regular file, None if there is none; refuse anything else there,
    which SQLite would open (a FIFO hangs it, a link points elsewhere)."""
    try:
        info = os.lstat(file)
    except OSError:
        return None
    if not stat.S_ISREG(info.st_mode):
        raise CaseFileError.of(
            "recovery.beside_which_regular",
            path=path,
            name=file.name,
        )
    return info.st_size


def _journal_is_hot(real: Path, cipher: Cipher | None) -> bool:
    """SQLite's own verdict: a journal is hot unless a live writer holds it. Asked on a
    read-only connection, which refuses a hot journal rather than rolling it back."""
    conn = sf.connect(sf.uri(real, "ro"), cipher, uri=True, timeout=sf.BUSY_TIMEOUT_MS / 1000)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return False
    except sf.DB_ERRORS as exc:
        name = getattr(exc, "sqlite_errorname", "") or ""
        return not name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED"))
    finally:
        conn.close()


# -- copies ----------------------------------------------------------------------------------


def copy_with(path: Path, target: Path, leftovers: Leftovers, fd: int | None = None) -> None:
    """Copy the file to `target` (created here exclusively, or already open as `fd`) and
    the leftovers beside it under the names SQLite looks for."""
    _copy(path, target, fd)
    for file in leftovers.files:
        _copy(file, sidecar(target, file.name[len(path.resolve().name) :]))


def _copy(source: Path, target: Path, fd: int | None = None) -> None:
    if fd is None:
        fd = create_new(target, 0o600)
    with os.fdopen(fd, "wb") as writing, open(source, "rb") as reading:
        shutil.copyfileobj(reading, writing, COPY_CHUNK)
        writing.flush()
        os.fsync(writing.fileno())


def apply(copy: Path, cipher: Cipher | None = None) -> Soundness:
    """Let SQLite roll back a journal or replay a write-ahead log beside `copy`, and leave
    it one file in rollback-journal mode; unsound if SQLite cannot."""
    try:
        conn = sf.connect(sf.uri(copy, "rw"), cipher, uri=True, isolation_level=None)
        try:
            sf.apply_pragmas(conn, read_only=False)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            conn.execute("PRAGMA journal_mode=DELETE")
        finally:
            conn.close()
    except sf.DB_ERRORS as exc:
        return Soundness(str(exc), readable=False)
    return Soundness(None)


def private_folder() -> Path:
    """A folder only this user can read, away from the file: what reading copies into."""
    return Path(tempfile.mkdtemp(prefix="casefile-read-"))


#: mkstemp's random part: 8 of these characters (tempfile._RandomNameSequence).
_RANDOM = re.compile(r"[a-z0-9_]{8}")


def new_staging(real: Path) -> tuple[int, Path]:
    """A new empty file beside the case at `real` (its resolved path), under an
    unpredictable name, made exclusively: `.NAME.XXXXXXXX.staging`, where an editor
    prepares what replaces the file (the same folder, so that the replacement is one
    atomic rename). A kill leaves it behind; leftover_stagings finds it by that name."""
    fd, name = tempfile.mkstemp(prefix=f".{real.name}.", suffix=STAGING, dir=real.parent)
    return fd, Path(name)


STAGING = ".staging"


def leftover_stagings(path: Path) -> list[Path]:
    """The staged copies beside the case at `path` (and what SQLite left beside them)
    that a killed editor left: names new_staging makes for this case, regular files of
    this user, that are empty, whole pages (encrypted, or not yet written) or an SQLite
    file. Nothing else is taken for ours. Only the case's editor (holding its lock) may
    remove them: no other editor is then writing one."""
    real = path.resolve()
    prefix = f".{real.name}."
    found = []
    try:
        names = os.listdir(real.parent)
    except OSError:
        return []
    for name in names:
        stem = name
        for suffix in SQLITE_SIDECARS:
            stem = stem.removesuffix(suffix)
        if not (stem.startswith(prefix) and stem.endswith(STAGING)):
            continue
        if not _RANDOM.fullmatch(stem[len(prefix) : -len(STAGING)]):
            continue
        candidate = real.parent / name
        if _looks_like_staging(candidate, sidecar=stem != name):
            found.append(candidate)
    return sorted(found)


def _looks_like_staging(candidate: Path, *, sidecar: bool) -> bool:
    try:
        info = candidate.lstat()
        if not stat.S_ISREG(info.st_mode):
            return False
        if hasattr(os, "getuid") and info.st_uid != os.getuid():
            return False
        if info.st_size == 0 or sidecar:
            return True
        with open(candidate, "rb") as handle:
            head = handle.read(16)
    except OSError:
        return False
    return head == sf.SQLITE_MAGIC or info.st_size % 512 == 0


def holds_plaintext(staging: Path) -> bool:
    """Whether a leftover staged copy is an unencrypted SQLite file (a killed decrypt's)."""
    try:
        with open(staging, "rb") as handle:
            return handle.read(16) == sf.SQLITE_MAGIC
    except OSError:
        return False


def staged_copy(path: Path, leftovers: Leftovers) -> Path:
    """`path` copied beside itself under an unpredictable name, made exclusively, with
    the file's permissions and the leftovers applied to the copy: what an editor
    prepares before it replaces the file (in the same folder, so that the replacement
    is atomic)."""
    real = path.resolve()
    try:
        fd, staged = new_staging(real)
    except OSError as exc:
        raise not_written(exc, path, "write.not_prepared") from exc
    try:
        set_mode(fd, mode_for(real))  # the file it replaces keeps its permissions
        copy_with(path, staged, leftovers, fd)
    except BaseException as exc:
        discard(staged)
        if isinstance(exc, OSError):
            raise not_written(exc, path, "write.not_prepared") from exc
        raise
    return staged


def discard(copy: Path) -> None:
    """Remove a copy and whatever SQLite left beside it."""
    for suffix in ("", *SQLITE_SIDECARS):
        remove_quietly(sidecar(copy, suffix))


# -- judging a copy --------------------------------------------------------------------------


@dataclass(frozen=True)
class Soundness:
    problem: str | None  # the first thing wrong, or None
    audit_only: bool = False  # only the audit chain is broken
    readable: bool = True  # SQLite can read it as a case file, sound or not

    @property
    def ok(self) -> bool:
        return self.problem is None


def soundness(db: Path, cipher: Cipher | None = None) -> Soundness:
    """Whether a copy holds a sound case: a case file's header, quick_check, foreign keys
    and the audit chain. The chain is what tells a case from pages of another copy that
    happen to fit together."""
    try:
        sf.check_header(db, sf.read_header(db, cipher))
        conn = sf.raw_connect(db, read_only=True, cipher=cipher)
        try:
            problems = sf.quick_check(conn) + sf.foreign_key_problems(conn)
        finally:
            conn.close()
    except CaseFileError as exc:
        return Soundness(exc.message, readable=False)
    except sf.DB_ERRORS as exc:
        return Soundness(str(exc), readable=False)
    if problems:
        return Soundness(problems[0])
    return _audit_soundness(db, cipher)


def _audit_soundness(db: Path, cipher: Cipher | None) -> Soundness:
    import sqlalchemy as sa
    from sqlalchemy.orm import Session

    from casefile.store import audit

    engine = sf.make_engine(db, read_only=True, cipher=cipher)
    try:
        with Session(engine) as session:
            verdict = audit.verify(session)
    except (sa.exc.SQLAlchemyError, ValueError, TypeError) + sf.DB_ERRORS as exc:
        return Soundness(f"its audit log cannot be read ({exc})", audit_only=True)
    finally:
        engine.dispose()
    if verdict.ok:
        return Soundness(None)
    return Soundness(f"audit chain: {verdict.message}", audit_only=True)


# -- after the copy is judged ----------------------------------------------------------------


def set_aside(leftovers: Leftovers, path: Path) -> list[Path]:
    """Rename each leftover to a new name beside it, never over another file: kept for
    whoever can tell where it belongs, and out of SQLite's way."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    moved = []
    for file in leftovers.files:
        for n in range(1, 1000):
            target = sidecar(file, f".set-aside-{stamp}" + (f"-{n}" if n > 1 else ""))
            try:
                _rename_no_clobber(file, target)
            except FileExistsError:
                continue
            except OSError as exc:
                raise not_written(exc, path, "write.not_set_aside", name=file.name) from exc
            moved.append(target)
            break
    return moved


def _rename_no_clobber(source: Path, target: Path) -> None:
    try:
        os.link(source, target)  # fails if the target exists, unlike rename
    except FileExistsError:
        raise
    except OSError:  # no hard links on this disk (some shares, FAT)
        if os.path.lexists(target):
            raise FileExistsError(target) from None
        os.rename(source, target)
        return
    os.unlink(source)


def replace(staged: Path, path: Path, leftovers: Leftovers, *, was_wal: bool) -> None:
    """Put the staged copy in the file's place, then remove what it took in.

    A crash between the two leaves the file recovered beside leftovers that applied to
    it again give the same file (a journal's rollback and a log's replay repeat
    harmlessly), and the next opening stages them again."""
    real = path.resolve()
    replace_file(staged, real)
    sync_folder(real.parent)
    for file in leftovers.files:
        remove_quietly(file)
    if was_wal or leftovers.wal is not None:
        remove_quietly(sidecar(real, "-shm"))
