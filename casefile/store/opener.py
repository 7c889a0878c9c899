"""Opening a case file by DESIGN.md's rules: checks first, then lock, recovery, migration.

Everything here runs before the first query of the API, and every refusal leaves the
file byte-for-byte as it was.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import sqlite3
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa

from casefile.store import recovery
from casefile.store import sqlitefile as sf
from casefile.store.cipher import SALT_BYTES, Cipher, Passphrase
from casefile.store.errors import (
    AlreadyExists,
    CaseFileError,
    Corrupt,
    NeedsRecovery,
    NotACaseFile,
    NotFound,
    ReadOnly,
    Words,
    not_written,
    remove_quietly,
)
from casefile.store.lock import EditLock
from casefile.store.portable import check_name_room, check_new_file, replace_file
from casefile.store.records import OpenNotice
from casefile.store.recovery import sidecar
from casefile.store.safewrite import copy_to_new, signals_held

#: OpenNotice.about of the notice that an interrupted write was found beside the file.
INTERRUPTED_WRITE = "interrupted_write"
#: OpenNotice.about of the notice that staged copies of an interrupted change were found.
LEFTOVER_STAGING = "leftover_staging"
#: What an editing open calls before it changes the file, given the leftovers found.
Rehearsal = Callable[[recovery.Leftovers], None]


@dataclass
class OpenedFile:
    path: Path  # the file the user named
    working_path: Path  # what SQLite reads: the file, or a temporary migrated copy
    engine: sa.Engine
    read_only: bool
    read_only_reason: str
    fts5: bool
    lock: EditLock | None
    temp_dir: Path | None
    notices: list[OpenNotice] = field(default_factory=list)
    cipher: Cipher | None = None  # the key of an encrypted file, None for a plain one

    def __post_init__(self) -> None:
        # Released on close; and should the owner never close it (a signal between the
        # opening and its `with`), when it is collected or at the latest when Python
        # exits, so that no lock or private copy outlives the process.
        self._release = weakref.finalize(self, _release, self.engine, self.lock, self.temp_dir)

    def dispose(self) -> None:
        self._release()
        self.lock = None
        self.temp_dir = None


def _release(engine: sa.Engine, lock: EditLock | None, temp_dir: Path | None) -> None:
    engine.dispose()
    if lock is not None:
        lock.release()
    if temp_dir is not None:
        shutil.rmtree(temp_dir, ignore_errors=True)


def require_writable_folder(path: Path, what: str) -> None:
    """Refuse in words a file about to be written into a folder that cannot take it (on a
    read-only medium SQLite would only say it "cannot open" the file), or under a name
    or path that Windows cannot hold."""
    check_new_file(path, what)
    if not path.parent.is_dir():
        raise NotFound.of("open.folder_does_exist", path=path, what=what, folder=path.parent)
    if not os.access(path.parent, os.W_OK | os.X_OK):
        raise ReadOnly.of("open.folder_read_only", path=path, what=what)


def writable(path: Path) -> bool:
    """Whether we may write the file and create files beside it (journal, lock)."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)


def open_file(
    path: Path,
    *,
    read_only: bool,
    override_lock: bool,
    while_checking: sf.WhileChecking | None = None,
    user: str | None = None,
    rehearse: Rehearsal | None = None,
    passphrase: Passphrase | None = None,
) -> OpenedFile:
    """Open `path` (see the module's docstring). `rehearse`, for an editing open, is
    called with the lock held and the leftovers found, only if the opening is about to
    change the file: what refuses there leaves the file as it was (store/rehearsal.py).
    `passphrase` opens an encrypted file; asked for only if the file is not plain."""
    sf.require_sqlite()
    path = Path(path).expanduser().absolute()
    check_name_room(path)
    if not path.exists():
        raise NotFound.of(
            "open.not_found",
            path=path,
        )
    if path.is_dir():
        raise NotACaseFile.of("open.is_folder", path=path)
    notices: list[OpenNotice] = []
    cipher = file_cipher(path, passphrase, notices)
    header = sf.read_header(path, cipher)
    sf.check_header(path, header)
    reason: str = Words("reason.asked") if read_only else ""
    can_write = writable(path)
    if not read_only and not can_write:
        read_only = True
        reason = Words("reason.not_writable")
        notices.append(
            OpenNotice(
                Words("notice.read_only_not_writable"),
                "warning",
                about="read_only",
            )
        )

    lock: EditLock | None = None
    temp_dir: Path | None = None
    try:
        with signals_held():  # a lock taken is a lock this function releases on failure
            lock = None if read_only else EditLock.acquire(path, override=override_lock, user=user)
        cleared = lock.cleared_stale if lock is not None else None
        if cleared is not None and lock is not None and lock.took_over:
            notices.append(
                OpenNotice(
                    Words("notice.took_over", who=cleared.describe()),
                    "warning",
                )
            )
        elif cleared is not None:
            notices.append(
                OpenNotice(Words("notice.cleared_stale", who=cleared.describe()), "info")
            )
        _leftover_stagings(path, lock, cipher, notices)
        # after the lock: no other editor recovers it now
        leftovers = recovery.find(path, cipher)
        if read_only:
            working, temp_dir = _readable_copy(path, header, leftovers, notices, cipher)
            fts5 = _check_for_reading(working, path, notices, while_checking, cipher)
        else:
            if rehearse is not None and _changes_on_editing(path, header, leftovers, cipher):
                rehearse(leftovers)
            working = path
            fts5 = _prepare_for_editing(path, header, leftovers, notices, while_checking, cipher)
        engine = sf.make_engine(working, read_only=read_only, cipher=cipher)
        return OpenedFile(
            path, working, engine, read_only, reason, fts5, lock, temp_dir, notices, cipher
        )
    except BaseException as exc:
        if lock is not None:
            lock.release()
        if temp_dir is not None:
            shutil.rmtree(temp_dir, ignore_errors=True)
        mapped = sf.map_sqlite_error(exc, path)
        if mapped is not None:
            raise mapped from exc
        raise


def _leftover_stagings(
    path: Path, lock: EditLock | None, cipher: Cipher | None, notices: list[OpenNotice]
) -> None:
    """Staged copies a killed editor left beside the file (recovery.leftover_stagings):
    removed by an editor that holds the lock (no other is writing one), named to a
    reader, who changes nothing beside the file. One of an encrypted case that is an
    unencrypted file (a killed decrypt's) is said to hold the case in the clear."""
    found = recovery.leftover_stagings(path)
    if not found:
        return
    clear = cipher is not None and any(recovery.holds_plaintext(p) for p in found)
    if lock is not None and not lock.took_over:
        for staging in found:
            remove_quietly(staging)
        removed = [p for p in found if not os.path.lexists(p)]
        if not removed:
            return
        notices.append(
            OpenNotice(
                Words("notice.staging_removed", names=", ".join(p.name for p in removed)),
                "info",
                about=LEFTOVER_STAGING,
            )
        )
        return
    said = Words(
        "notice.staging_found_clear" if clear else "notice.staging_found",
        names=", ".join(p.name for p in found),
    )
    notices.append(
        OpenNotice(
            said,
            "warning",
            about=LEFTOVER_STAGING,
        )
    )


def file_cipher(
    path: Path, passphrase: Passphrase | None, notices: list[OpenNotice]
) -> Cipher | None:
    """The key of an encrypted file, derived from `passphrase` and the file's salt; None
    for a plain file (a passphrase given for one is not needed, and the user is told)."""
    head = sf.read_head(path)
    if sf.is_plain(head):
        if passphrase is not None and passphrase.given:
            notices.append(
                OpenNotice(
                    Words("notice.not_encrypted"),
                    "info",
                    about="not_encrypted",
                )
            )
        return None
    if passphrase is None or not head:
        return None  # read_header says what the file is, or that it needs its passphrase
    return passphrase.cipher_for(head[:SALT_BYTES])


def _changes_on_editing(
    path: Path, header: sf.Header, leftovers: recovery.Leftovers, cipher: Cipher | None
) -> bool:
    """Whether opening `path` for editing changes the file before a command writes:
    an interrupted write to recover, WAL mode to convert, an older schema to upgrade, a
    search index to make again. Asked after the checks that need no SQLite; a file that
    SQLite then cannot read is refused by the opening before it changes anything."""
    if _converted_on_opening(header, leftovers):
        return True
    try:
        # nothing beside it for SQLite to apply
        conn = sf.raw_connect(path, read_only=True, cipher=cipher)
        try:
            if not sf.has_fts5():
                return False
            stale = conn.execute(
                "SELECT 1 FROM case_meta WHERE key = 'search_stale' AND value = '1'"
            )
            return not sf.search_table_current(conn) or stale.fetchone() is not None
        finally:
            conn.close()
    except sf.DB_ERRORS:
        return False


def _converted_on_opening(header: sf.Header, leftovers: recovery.Leftovers) -> bool:
    """Whether SQLite may not be shown the file as it is: leftovers beside it to apply,
    WAL mode, or an older schema. Reading converts a private copy; editing, the file."""
    return bool(leftovers) or header.wal or header.user_version < sf.SCHEMA_VERSION


def _readable_copy(
    path: Path,
    header: sf.Header,
    leftovers: recovery.Leftovers,
    notices: list[OpenNotice],
    cipher: Cipher | None,
) -> tuple[Path, Path | None]:
    """The file itself if SQLite can read it as it is; else a private converted copy.

    Leftovers beside the file (a hot journal, a -wal), WAL mode and an older schema
    are applied to a copy in a private folder, never to the file: the copy is deleted
    on close. Leftovers that spoil a file sound without them are left out of it.
    """
    if not _converted_on_opening(header, leftovers):
        return path, None
    temp_dir = recovery.private_folder()
    try:
        copy = temp_dir / path.name
        recovery.copy_with(path, copy, leftovers)
        verdict = recovery.apply(copy, cipher)
        if leftovers:
            copy = _judged_for_reading(path, copy, verdict, leftovers, header, notices, cipher)
        elif header.wal:
            notices.append(
                OpenNotice(
                    Words("notice.wal_copy"),
                    "info",
                )
            )
        version = sf.read_header(copy, cipher).user_version
        if version < sf.SCHEMA_VERSION:
            conn = sf.connect(sf.uri(copy, "rw"), cipher, uri=True, isolation_level=None)
            try:
                sf.apply_pragmas(conn, read_only=False)
                _migrate(conn, path, version)
            finally:
                conn.close()
            notices.append(
                OpenNotice(
                    Words("notice.older_schema", version=version),
                    "info",
                )
            )
    except BaseException as exc:
        shutil.rmtree(temp_dir, ignore_errors=True)
        if isinstance(exc, OSError):
            raise CaseFileError.of(
                "open.cannot_read_needs",
                path=path,
                folder=temp_dir.parent,
                reason=exc.strerror or exc,
            ) from exc
        raise
    return copy, temp_dir


def _judged_for_reading(
    path: Path,
    copy: Path,
    verdict: recovery.Soundness,
    leftovers: recovery.Leftovers,
    header: sf.Header,
    notices: list[OpenNotice],
    cipher: Cipher | None,
) -> Path:
    """The copy with the leftovers applied if it is sound; else the file alone if that is
    sound, or if it is readable where the copy with them is not."""
    if verdict.ok:
        verdict = recovery.soundness(copy, cipher)
    if verdict.ok:
        if header.wal and leftovers.journal is None:
            message = Words("notice.wal_applied", names=leftovers.names())
        else:
            message = Words("notice.interrupted_read", names=leftovers.names())
        notices.append(OpenNotice(message, "warning", about=INTERRUPTED_WRITE))
        return copy
    alone = copy.parent / "alone" / path.name
    alone.parent.mkdir(mode=0o700)
    recovery.copy_with(path, alone, recovery.Leftovers())
    alone_verdict = recovery.apply(alone, cipher)
    if alone_verdict.ok:
        alone_verdict = recovery.soundness(alone, cipher)
    if alone_verdict.ok or (alone_verdict.readable and not verdict.readable):
        notices.append(
            OpenNotice(
                Words(
                    "notice.interrupted_unsound", names=leftovers.names(), problem=verdict.problem
                ),
                "warning",
                about=INTERRUPTED_WRITE,
            )
        )
        return alone
    notices.append(
        OpenNotice(
            Words("notice.interrupted_applied", names=leftovers.names()),
            "warning",
            about=INTERRUPTED_WRITE,
        )
    )
    return copy


def _check_for_reading(
    working: Path,
    path: Path,
    notices: list[OpenNotice],
    while_checking: sf.WhileChecking | None,
    cipher: Cipher | None,
) -> bool:
    conn = sf.raw_connect(working, read_only=True, cipher=cipher)
    try:
        problems = sf.opening_checks(conn, working, while_checking, cipher)
        if problems:
            notices.append(
                OpenNotice(
                    Words("notice.damaged_readable", problem=problems[0]),
                    "warning",
                )
            )
        strange = sf.unexpected_objects(conn)
        if strange:
            notices.append(
                OpenNotice(
                    Words("notice.strange_schema", names=", ".join(strange)),
                    "warning",
                )
            )
        return sf.has_fts5() and sf.search_table_current(conn)
    finally:
        conn.close()


def _prepare_for_editing(
    path: Path,
    header: sf.Header,
    leftovers: recovery.Leftovers,
    notices: list[OpenNotice],
    while_checking: sf.WhileChecking | None,
    cipher: Cipher | None,
) -> bool:
    """Check the file, then bring it up to date: every check that can refuse runs before
    anything is changed. Leftovers and WAL mode are dealt with in a staged copy that
    replaces the file only once it has passed them all."""
    if not leftovers and not header.wal:
        return _ready_for_editing(path, path, header.user_version, notices, while_checking, cipher)
    identity = sf.file_identity(path)
    staged = recovery.staged_copy(path, leftovers)
    try:
        verdict = recovery.apply(staged, cipher)
        if leftovers:
            if verdict.ok:
                verdict = recovery.soundness(staged, cipher)
            if not verdict.ok:
                # refuses, or keeps a damaged log
                _judge_leftovers(path, leftovers, verdict, cipher)
        elif not verdict.ok:
            raise Corrupt.of(
                "open.cannot_read_run_2",
                path=path,
                problem=verdict.problem,
            )
        version = sf.read_header(staged, cipher).user_version
        fts5 = _ready_for_editing(staged, path, version, notices, None, cipher)
        sf.check_identity(path, identity)  # another program wrote it meanwhile: keep that
        recovery.replace(staged, path, leftovers, was_wal=header.wal)
    except OSError as exc:
        raise not_written(exc, path, "write.not_prepared") from exc
    finally:
        recovery.discard(staged)
    if leftovers.journal is not None:
        notices.append(
            OpenNotice(
                Words("notice.rolled_back", name=leftovers.journal.name),
                "warning",
            )
        )
    if header.wal:
        notices.append(
            OpenNotice(
                Words("notice.wal_converted"),
                "info",
            )
        )
    elif leftovers.wal is not None:
        notices.append(
            OpenNotice(
                Words("notice.wal_recovered", name=leftovers.wal.name),
                "warning",
            )
        )
    return fts5


def _judge_leftovers(
    path: Path, leftovers: recovery.Leftovers, verdict: recovery.Soundness, cipher: Cipher | None
) -> None:
    """With the leftovers applied the case is unsound: if the file alone is sound they
    belong to something else, and are set aside (refused: the user decides). If the
    file alone is as damaged, it is the file's own damage."""
    alone = recovery.staged_copy(path, recovery.Leftovers())
    try:
        alone_verdict = recovery.apply(alone, cipher)
        if alone_verdict.ok:
            alone_verdict = recovery.soundness(alone, cipher)
    finally:
        recovery.discard(alone)
    if alone_verdict.ok:
        moved = recovery.set_aside(leftovers, path)
        aside = " and ".join(p.name for p in moved)
        raise NeedsRecovery.of(
            "open.was_opened_for",
            path=path,
            names=leftovers.names(),
            problem=verdict.problem,
            aside=aside,
        )
    if verdict.audit_only and alone_verdict.audit_only:
        return  # its log was damaged before: editing never needed it sound
    raise Corrupt.of(
        "open.damaged_cannot_edited",
        path=path,
        problem=verdict.problem,
        names=leftovers.names(),
    )


def _ready_for_editing(
    db: Path,
    path: Path,
    version: int,
    notices: list[OpenNotice],
    while_checking: sf.WhileChecking | None,
    cipher: Cipher | None,
) -> bool:
    """Refuse a damaged or planted `db` (the file, or its staged copy), then migrate it
    (after a backup named after `path`) and give it a search index."""
    conn = sf.raw_connect(db, read_only=False, cipher=cipher)
    try:
        upgrading = version < sf.SCHEMA_VERSION
        problems = sf.opening_checks(conn, db, while_checking, cipher, every_page=upgrading)
        if problems:
            raise Corrupt.of(
                "open.damaged_problem",
                path=path,
                problem=problems[0],
            )
        strange = sf.unexpected_objects(conn)
        if strange:
            raise Corrupt.of(
                "open.strange_schema",
                names=", ".join(strange),
                path=path,
            )
        if upgrading:
            backup = _backup(db, path, version)
            _migrate(conn, path, version, backup)
            notices.append(
                OpenNotice(
                    Words(
                        "notice.upgraded",
                        version=version,
                        supported=sf.SCHEMA_VERSION,
                        backup=backup.name,
                    ),
                    "info",
                )
            )
        fts5 = sf.has_fts5()
        if fts5 and not sf.search_table_current(conn):
            conn.execute(f"DROP TABLE IF EXISTS {sf.SEARCH_TABLE}")
            conn.execute(sf.SEARCH_DDL)
            conn.execute(
                "INSERT INTO case_meta(key, value) VALUES('search_stale', '1') "
                "ON CONFLICT(key) DO UPDATE SET value='1'"
            )
        return fts5 and sf.search_table_current(conn)
    except sf.DATABASE_ERRORS as exc:
        mapped = sf.map_sqlite_error(exc, path)
        unreadable = Corrupt.of(
            "open.cannot_read_run",
            path=path,
            reason=exc,
        )
        raise (mapped or unreadable) from exc
    finally:
        conn.close()


def _migrate(
    conn: sqlite3.Connection, path: Path, version: int, backup: Path | None = None
) -> None:
    """sf.migrate, with a failed step reported as a CaseFileError (it rolled back whole)."""
    from alembic.util import CommandError

    try:
        sf.migrate(conn)
    except (sa.exc.DBAPIError, CommandError) + sf.DB_ERRORS as exc:
        mapped = sf.map_sqlite_error(exc, path)
        if mapped is not None:
            raise mapped from exc
        reason = (str(getattr(exc, "orig", exc)).strip().splitlines() or ["unknown error"])[0]
        kept = f"; the copy taken before it is {backup.name}" if backup is not None else ""
        raise Corrupt.of(
            "open.could_upgraded_from",
            path=path,
            version=version,
            supported=sf.SCHEMA_VERSION,
            reason=reason,
            kept=kept,
        ) from exc


def _backup(source: Path, path: Path, version: int) -> Path:
    """A synced copy of `source` (the file, or its staged copy) beside `path`, before
    migrating, under a name created here and now (a name taken, by a file or a planted
    link, moves on to the next)."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    backup = sidecar(path, f".bak-schema{version}-{stamp}")
    counter = 1
    while True:
        try:
            copy_to_new(source, backup)
        except FileExistsError:
            counter += 1
            backup = sidecar(path, f".bak-schema{version}-{stamp}-{counter}")
            continue
        return backup


def create_file(path: Path, cipher: Cipher | None = None) -> None:
    """A new, empty case file with the current schema; the caller then adds the incident.
    With `cipher` (a new salt's key) it is encrypted from its first page."""
    sf.require_sqlite()
    path = Path(path).expanduser().absolute()
    if path.exists():
        raise AlreadyExists.new_case(path)
    require_writable_folder(path, "cannot be created")
    temp = sidecar(path, ".creating")
    try:
        conn = sf.connect(str(temp), cipher, isolation_level=None)
        try:
            if cipher is None:  # SQLCipher keeps its own page size
                conn.execute(f"PRAGMA page_size={sf.PAGE_SIZE}")  # before the first page
            conn.execute("PRAGMA journal_mode=DELETE")
            sf.apply_pragmas(conn, read_only=False)
            sf.migrate(conn)
        finally:
            conn.close()
        replace_file(temp, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        mapped = sf.map_sqlite_error(exc, path)
        if isinstance(exc, PermissionError):
            raise ReadOnly.of("open.cannot_created_folder", path=path) from exc
        if mapped is not None:
            raise mapped from exc
        raise
