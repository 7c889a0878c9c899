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
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa

from casefile.store import sqlitefile as sf
from casefile.store.errors import (
    AlreadyExists,
    Corrupt,
    NeedsRecovery,
    NotACaseFile,
    NotFound,
    ReadOnly,
)
from casefile.store.lock import EditLock
from casefile.store.portable import check_new_file, replace_file, sync_to_disk
from casefile.store.records import OpenNotice


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

    def dispose(self) -> None:
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()
            self.lock = None
        if self.temp_dir is not None:
            shutil.rmtree(self.temp_dir, ignore_errors=True)
            self.temp_dir = None


def sidecar(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def require_writable_folder(path: Path, what: str) -> None:
    """Refuse in words a file about to be written into a folder that cannot take it (on a
    read-only medium SQLite would only say it "cannot open" the file), or under a name
    or path that Windows cannot hold."""
    check_new_file(path, what)
    if not path.parent.is_dir():
        raise NotFound(
            f"{what}: the folder {path.parent} does not exist; choose one that does", path=path
        )
    if not os.access(path.parent, os.W_OK | os.X_OK):
        raise ReadOnly(
            f"{what}: the folder is read-only; choose a folder you can write to", path=path
        )


def writable(path: Path) -> bool:
    """Whether we may write the file and create files beside it (journal, lock)."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)


def has_hot_journal(path: Path) -> bool:
    journal = sidecar(path, "-journal")
    try:
        return journal.stat().st_size > 0
    except OSError:
        return False


def open_file(
    path: Path,
    *,
    read_only: bool,
    override_lock: bool,
    while_checking: sf.WhileChecking | None = None,
) -> OpenedFile:
    sf.require_sqlite()
    path = Path(path).expanduser().absolute()
    if not path.exists():
        raise NotFound(
            "does not exist: check the path (a share or drive may be offline), or create a "
            "new case",
            path=path,
        )
    if path.is_dir():
        raise NotACaseFile("is a folder, not a case file: open a .casefile file", path=path)
    header = sf.read_header(path)
    sf.check_header(path, header)

    notices: list[OpenNotice] = []
    reason = "opened read-only as asked" if read_only else ""
    can_write = writable(path)
    if not read_only and not can_write:
        read_only = True
        reason = "the file or its folder cannot be written"
        notices.append(
            OpenNotice(
                "opened read-only: the file or its folder cannot be written; save a copy "
                "elsewhere to edit it",
                "warning",
                about="read_only",
            )
        )

    lock = None if read_only else EditLock.acquire(path, override=override_lock)
    cleared = lock.cleared_stale if lock is not None else None
    if cleared is not None and lock is not None and lock.took_over:
        notices.append(
            OpenNotice(
                f"took over editing from {cleared.describe()}, who may still have it open: "
                "ask them to close it, as only one editor's changes can be kept",
                "warning",
            )
        )
    elif cleared is not None:
        notices.append(OpenNotice(f"cleared a stale lock left by {cleared.describe()}", "info"))
    temp_dir: Path | None = None
    try:
        if has_hot_journal(path):
            if not can_write:
                raise NeedsRecovery(
                    "was left mid-change by a crash and needs recovery, which this disk does "
                    "not allow: copy the file together with its -journal file to a writable "
                    "disk and open it there",
                    path=path,
                )
            _roll_back_hot_journal(path)
            header = sf.read_header(path)
            notices.append(
                OpenNotice(
                    "recovered: an unfinished change left by a crash was rolled back; the case "
                    "is as it was after its last completed edit",
                    "warning",
                )
            )
        if read_only:
            working, temp_dir = _readable_copy(path, header, notices)
            fts5 = _check_for_reading(working, path, notices, while_checking)
        else:
            working = path
            fts5 = _prepare_for_editing(path, header, notices, while_checking)
        engine = sf.make_engine(working, read_only=read_only)
    except BaseException as exc:
        if lock is not None:
            lock.release()
        if temp_dir is not None:
            shutil.rmtree(temp_dir, ignore_errors=True)
        mapped = sf.map_sqlite_error(exc, path)
        if mapped is not None:
            raise mapped from exc
        raise
    return OpenedFile(path, working, engine, read_only, reason, fts5, lock, temp_dir, notices)


def _roll_back_hot_journal(path: Path) -> None:
    """What any SQLite opener does on first read: restore the last committed state."""
    conn = sqlite3.connect(sf.uri(path, "rw"), uri=True, isolation_level=None)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        conn.close()


def _readable_copy(
    path: Path, header: sf.Header, notices: list[OpenNotice]
) -> tuple[Path, Path | None]:
    """The file itself if SQLite can read it as it is; else a temporary converted copy.

    A WAL file, or one with an older schema, is never converted in place when the
    user asked to read it: the copy takes the change and is deleted on close.
    """
    if not header.wal and header.user_version == sf.SCHEMA_VERSION:
        return path, None
    temp_dir = Path(tempfile.mkdtemp(prefix="casefile-ro-"))
    copy = temp_dir / path.name
    shutil.copyfile(path, copy)
    wal = sidecar(path, "-wal")
    if header.wal and wal.exists():
        shutil.copyfile(wal, sidecar(copy, "-wal"))
    conn = sqlite3.connect(sf.uri(copy, "rw"), uri=True, isolation_level=None)
    try:
        sf.apply_pragmas(conn, read_only=False)
        conn.execute("PRAGMA journal_mode=DELETE")
        if header.user_version < sf.SCHEMA_VERSION:
            _migrate(conn, path, header.user_version)
            notices.append(
                OpenNotice(
                    f"this file has an older schema (version {header.user_version}); it is shown "
                    "from an upgraded temporary copy and was not changed",
                    "info",
                )
            )
        elif header.wal:
            notices.append(
                OpenNotice(
                    "this file is in WAL mode; it is shown from a temporary copy and was not "
                    "changed",
                    "info",
                )
            )
    finally:
        conn.close()
    return copy, temp_dir


def _check_for_reading(
    working: Path,
    path: Path,
    notices: list[OpenNotice],
    while_checking: sf.WhileChecking | None,
) -> bool:
    conn = sf.raw_connect(working, read_only=True)
    try:
        problems = sf.opening_checks(conn, working, while_checking)
        if problems:
            notices.append(
                OpenNotice(
                    "this file is damaged (" + problems[0] + "); what SQLite can read is shown, "
                    "but it cannot be edited: run 'casefile check' and restore it from a copy",
                    "warning",
                )
            )
        strange = sf.unexpected_objects(conn)
        if strange:
            notices.append(
                OpenNotice(
                    "this file holds schema objects casefile did not create ("
                    + ", ".join(strange)
                    + "); they are ignored",
                    "warning",
                )
            )
        return sf.has_fts5() and sf.table_exists(conn, sf.SEARCH_TABLE)
    finally:
        conn.close()


def _prepare_for_editing(
    path: Path,
    header: sf.Header,
    notices: list[OpenNotice],
    while_checking: sf.WhileChecking | None,
) -> bool:
    conn = sf.raw_connect(path, read_only=False)
    try:
        if header.wal:
            conn.execute("PRAGMA journal_mode=DELETE")
            notices.append(
                OpenNotice(
                    "this file was in WAL mode; it was converted to a single self-contained file",
                    "info",
                )
            )
        problems = sf.opening_checks(conn, path, while_checking)
        if problems:
            raise Corrupt(
                "is damaged (" + problems[0] + ") and cannot be edited: open it read-only to "
                "see what can be read, run 'casefile check', and restore it from a copy",
                path=path,
            )
        strange = sf.unexpected_objects(conn)
        if strange:
            raise Corrupt(
                "holds schema objects casefile did not create (" + ", ".join(strange) + "), "
                "which could run on edit: open it read-only, or save a clean copy from a "
                "trusted version",
                path=path,
            )
        if header.user_version < sf.SCHEMA_VERSION:
            backup = _backup(path, header.user_version)
            _migrate(conn, path, header.user_version, backup)
            notices.append(
                OpenNotice(
                    f"upgraded from schema {header.user_version} to {sf.SCHEMA_VERSION}; the "
                    f"original was kept as {backup.name}",
                    "info",
                )
            )
        fts5 = sf.has_fts5()
        if fts5 and not sf.table_exists(conn, sf.SEARCH_TABLE):
            conn.execute(sf.SEARCH_DDL)
            conn.execute(
                "INSERT INTO case_meta(key, value) VALUES('search_stale', '1') "
                "ON CONFLICT(key) DO UPDATE SET value='1'"
            )
        return fts5 and sf.table_exists(conn, sf.SEARCH_TABLE)
    except sqlite3.DatabaseError as exc:
        mapped = sf.map_sqlite_error(exc, path)
        unreadable = Corrupt(
            f"cannot be read ({exc}): run 'casefile check' on it, and restore it from a copy",
            path=path,
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
    except (sa.exc.DBAPIError, sqlite3.Error, CommandError) as exc:
        mapped = sf.map_sqlite_error(exc, path)
        if mapped is not None:
            raise mapped from exc
        reason = (str(getattr(exc, "orig", exc)).strip().splitlines() or ["unknown error"])[0]
        kept = f"; the copy taken before it is {backup.name}" if backup is not None else ""
        raise Corrupt(
            f"could not be upgraded from schema {version} to {sf.SCHEMA_VERSION} ({reason}); "
            f"the file was left as it was{kept}: restore it from a copy or report this",
            path=path,
        ) from exc


def _backup(path: Path, version: int) -> Path:
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    backup = sidecar(path, f".bak-schema{version}-{stamp}")
    counter = 1
    while backup.exists():
        counter += 1
        backup = sidecar(path, f".bak-schema{version}-{stamp}-{counter}")
    shutil.copyfile(path, backup)
    sync_to_disk(backup)
    return backup


def create_file(path: Path) -> None:
    """A new, empty case file with the current schema; the caller then adds the incident."""
    sf.require_sqlite()
    path = Path(path).expanduser().absolute()
    if path.exists():
        raise AlreadyExists("already exists: choose another name, or open it", path=path)
    require_writable_folder(path, "cannot be created")
    temp = sidecar(path, ".creating")
    try:
        conn = sqlite3.connect(str(temp), isolation_level=None)
        try:
            conn.execute(f"PRAGMA page_size={sf.PAGE_SIZE}")  # before the first page is written
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
            raise ReadOnly("cannot be created: the folder is read-only", path=path) from exc
        if mapped is not None:
            raise mapped from exc
        raise
