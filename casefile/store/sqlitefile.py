"""The SQLite file underneath a case file: header, connections, pragmas, migrations.

SQLite-only SQL (pragmas, FTS5, VACUUM INTO) lives here and in search.py so the
rest of the store could sit on another database.
"""

from __future__ import annotations

import os
import sqlite3
import struct
import threading
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

# Every opened case needs the SQLite dialect. create_engine() would import it on first
# use, which in the GUI is after PySide6: Qt's import hook then reads the source of
# each of the dialect's thirty-odd modules, which shows in a cold start.
import sqlalchemy.dialects.sqlite
from sqlalchemy import event
from sqlalchemy.pool import QueuePool

from casefile.store.cipher import Cipher, looks_encrypted
from casefile.store.error_texts import TEXTS
from casefile.store.errors import (
    CaseFileError,
    ChangedOnDisk,
    Corrupt,
    DiskFull,
    Locked,
    NeedsPassphrase,
    NewerVersion,
    NotACaseFile,
    NotAvailable,
    ReadOnly,
    Words,
    WrongPassphrase,
    entity_word,
)
from casefile.store.received import open_received, unreadable

if TYPE_CHECKING:
    from concurrent.futures import Future

APPLICATION_ID = 0x43534631  # "CSF1": marks a SQLite file as a casefile
#: The oldest SQLite we run on: lists are ordered `NULLS LAST` (3.30), so that SQLite
#: reads their order from an index; "Save a copy" is `VACUUM INTO` (3.27).
MIN_SQLITE = (3, 30, 0)
SCHEMA_VERSION = 10  # mirrors the Alembic head; see migrations/versions
BUSY_TIMEOUT_MS = 5000
#: bytes per page of a new file. A case file is mostly photos stored as blobs, and
#: opening it runs quick_check, which reads every page of every blob's overflow chain
#: one page at a time: 16 KiB pages need a quarter of the reads of SQLite's default
#: 4 KiB, and waste less of each blob's last page. Files made
#: with other sizes open as they are; SQLite reads any page size.
PAGE_SIZE = 16384
SQLITE_MAGIC = b"SQLite format 3\x00"
SEARCH_TABLE = "search_index"
#: title and body hold each item's text folded (textfold.py), which is what queries
#: match; title_written and body_written the text as written, for snippets, so that a
#: search reads nothing but the index. Folded text is cased and its words are split
#: at ASCII characters only, which the plain ascii tokenizer does as the fold's own
#: regular expressions do.
SEARCH_DDL = (
    f"CREATE VIRTUAL TABLE {SEARCH_TABLE} USING fts5(kind UNINDEXED, item_id UNINDEXED, "
    "title, body, title_written UNINDEXED, body_written UNINDEXED, "
    "tokenize='ascii')"
)


@dataclass(frozen=True)
class Header:
    """The fields of SQLite's 100-byte header that decide how we may open a file."""

    wal: bool
    user_version: int
    application_id: int
    page_size: int
    encrypted: bool = False


#: The errors of either SQLite library: Python's own sqlite3, which reads plain files,
#: and sqlcipher3, which reads encrypted ones (loaded with the first, see sqlcipher()).
DB_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error,)
DATABASE_ERRORS: tuple[type[Exception], ...] = (sqlite3.DatabaseError,)
OPERATIONAL_ERRORS: tuple[type[Exception], ...] = (sqlite3.OperationalError,)
_SQLCIPHER: ModuleType | None = None
_SQLCIPHER_LOADING = threading.Lock()


def sqlcipher() -> ModuleType:
    """sqlcipher3's DB-API module, loaded by the first encrypted file (a plain case never
    pays for it), with SQLCipher's own logging off: it writes every failure to decrypt a
    page to stderr, and a wrong passphrase is one."""
    global _SQLCIPHER, DB_ERRORS, DATABASE_ERRORS, OPERATIONAL_ERRORS
    with _SQLCIPHER_LOADING:
        if _SQLCIPHER is None:
            try:
                from sqlcipher3 import dbapi2
            except ImportError as exc:
                raise NotAvailable.of("open.encrypted_case_files") from exc
            quiet = dbapi2.connect(":memory:")
            try:
                quiet.execute("PRAGMA cipher_log_level = NONE")
            finally:
                quiet.close()
            DB_ERRORS = (sqlite3.Error, dbapi2.Error)
            DATABASE_ERRORS = (sqlite3.DatabaseError, dbapi2.DatabaseError)
            OPERATIONAL_ERRORS = (sqlite3.OperationalError, dbapi2.OperationalError)
            _SQLCIPHER = dbapi2
        return _SQLCIPHER


def connect(database: str, cipher: Cipher | None = None, **options: Any) -> Any:
    """A DB-API connection: Python's sqlite3 for a plain file, sqlcipher3 keyed with the
    file's derived key for an encrypted one. The key comes first: SQLCipher reads
    nothing of the file before it."""
    if cipher is None:
        return sqlite3.connect(database, **options)
    conn = sqlcipher().connect(database, **options)
    try:
        conn.execute(cipher.key_pragma())
    except BaseException:
        conn.close()
        raise
    return conn


def read_head(path: Path) -> bytes:
    """The first 100 bytes, read without SQLite: nothing about the file is changed."""
    with open_received(
        path, what=Words("what.case_file"), advice=Words("advice.case_file"), error=NotACaseFile
    ) as handle:
        try:
            return handle.read(100)
        except OSError as exc:
            raise unreadable(exc, path, NotACaseFile) from exc


def is_plain(head: bytes) -> bool:
    return head.startswith(SQLITE_MAGIC)


def read_header(path: Path, cipher: Cipher | None = None) -> Header:
    """Read the header: of a plain file without SQLite, so nothing about the file is
    changed or created; of an encrypted one (given its key) through SQLCipher, from the
    file alone (`immutable`: no journal or lock beside it is looked at)."""
    raw = read_head(path)
    if cipher is not None and raw and not is_plain(raw):
        return _encrypted_header(path, cipher)
    if not raw:
        raise NotACaseFile.of("open.empty", path=path)
    if len(raw) < 100 or not is_plain(raw):
        if looks_encrypted(raw, _size(path)):
            raise NeedsPassphrase.of(
                "open.needs_passphrase",
                path=path,
            )
        raise NotACaseFile.of(
            "open.not_sqlite",
            path=path,
        )
    return _header_of(raw)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _encrypted_header(path: Path, cipher: Cipher) -> Header:
    try:
        conn = connect(uri(path, "ro") + "&immutable=1", cipher, uri=True)
        try:
            user_version, application_id, page_size = (
                conn.execute(f"PRAGMA {name}").fetchone()[0]
                for name in ("user_version", "application_id", "page_size")
            )
        finally:
            conn.close()
    except DATABASE_ERRORS as exc:
        if getattr(exc, "sqlite_errorname", "") == "SQLITE_NOTADB" or "not a database" in str(exc):
            raise WrongPassphrase.of(
                "open.wrong_passphrase",
                path=path,
            ) from exc
        head = _decrypted_head(path, cipher) if _has_journal(path) else None
        if head is None:
            raise map_sqlite_error(exc, path) or Corrupt.of(
                "open.cannot_read_restore", path=path, reason=exc
            ) from exc
        # A kill during a commit: page 1 is whole (its HMAC passed above), the pages the
        # journal will roll back are not, and SQLite asked here (immutable: it ignores
        # the journal) calls that damage. The header comes from page 1 alone, as a
        # plain file's does, and recovery rolls the journal back.
        return _header_of(head, encrypted=True)
    return Header(
        wal=_encrypted_wal_flag(path, cipher, int(page_size)),
        user_version=int(user_version),
        application_id=int(application_id),
        page_size=int(page_size),
        encrypted=True,
    )


def _has_journal(path: Path) -> bool:
    journal = path.with_name(path.name + "-journal")
    try:
        return journal.stat().st_size > 0
    except OSError:
        return False


def _header_of(head: bytes, *, encrypted: bool = False) -> Header:
    """The header fields of a page 1's first 100 bytes."""
    write_version, read_version = head[18], head[19]
    (user_version,) = struct.unpack(">I", head[60:64])
    (application_id,) = struct.unpack(">I", head[68:72])
    (page_size,) = struct.unpack(">H", head[16:18])
    return Header(
        wal=write_version == 2 or read_version == 2,
        user_version=user_version,
        application_id=application_id,
        page_size=65536 if page_size == 1 else page_size,  # 65536 is spelled 1
        encrypted=encrypted,
    )


#: SQLCipher 4 keeps, at the end of every page, a 16-byte IV and a 64-byte HMAC-SHA512.
SQLCIPHER_RESERVE = 80


#: SQLite's page sizes, the most likely first.
PAGE_SIZES = (4096, 1024, 2048, 8192, 16384, 32768, 65536, 512)


def _decrypted_head(
    path: Path, cipher: Cipher, page_sizes: tuple[int, ...] = PAGE_SIZES
) -> bytes | None:
    """The first 112 bytes of an encrypted file's page 1 as SQLite wrote them (the salt
    in place of the magic string), or None when none of `page_sizes` decrypts to one.

    A wrong key decrypts to noise: the header's page size and its three fixed payload
    fractions (64, 32, 32) must all come out, which noise does not."""
    from cryptography.hazmat.primitives.ciphers import Cipher as Aes
    from cryptography.hazmat.primitives.ciphers import algorithms, modes

    try:
        with open(path, "rb") as handle:
            first = handle.read(65536)
    except OSError:
        return None
    for page_size in page_sizes:
        if len(first) < page_size:
            continue
        iv = first[page_size - SQLCIPHER_RESERVE : page_size - SQLCIPHER_RESERVE + 16]
        decryptor = Aes(algorithms.AES(cipher.key), modes.CBC(iv)).decryptor()
        head = first[:16] + decryptor.update(first[16:112]) + decryptor.finalize()
        spelled = 1 if page_size == 65536 else page_size
        if struct.unpack(">H", head[16:18])[0] == spelled and head[21:24] == b"\x40\x20\x20":
            return head
    return None


def _encrypted_wal_flag(path: Path, cipher: Cipher, page_size: int) -> bool:
    """Whether an encrypted file is in WAL mode (its header's bytes 18 and 19), read by
    decrypting page 1's header. SQLite cannot be asked: a connection that may not touch
    what is beside the file (`immutable`) reports rollback mode, and any other applies a
    -wal, or makes a -shm, beside it."""
    head = _decrypted_head(path, cipher, (page_size,))
    return head is not None and 2 in (head[18], head[19])


def check_header(path: Path, header: Header) -> None:
    """Refuse foreign and newer files before SQLite ever sees them."""
    if header.application_id != APPLICATION_ID:
        raise NotACaseFile.of(
            "open.foreign_sqlite",
            path=path,
        )
    if header.user_version > SCHEMA_VERSION:
        raise NewerVersion.of(
            "open.newer_version",
            path=path,
            version=header.user_version,
            supported=SCHEMA_VERSION,
        )


def require_sqlite() -> None:
    """Refuse, in words, an SQLite too old for our queries (a Python built against an old
    system library), rather than fail later on a syntax error as if it were our bug."""
    version = sqlite3.sqlite_version_info
    if version < MIN_SQLITE:
        raise CaseFileError.of(
            "open.casefile_needs_sqlite",
            needed=".".join(map(str, MIN_SQLITE)),
            found=".".join(map(str, version)),
        )


def uri(path: Path, mode: str) -> str:
    """A file: URI of the path's bytes, so that a name that is not UTF-8 (a file from
    another system) opens too."""
    return f"file:{urllib.parse.quote(os.fsencode(path.resolve()))}?mode={mode}"


def raw_connect(
    path: Path, *, read_only: bool, query_only: bool = True, cipher: Cipher | None = None
) -> sqlite3.Connection:
    """A connection with our pragmas (keyed, for an encrypted file); autocommit so we
    issue BEGIN ourselves."""
    # sqlcipher3's connection is sqlite3's in all but name
    conn: sqlite3.Connection = connect(
        uri(path, "ro" if read_only else "rw"),
        cipher,
        uri=True,
        isolation_level=None,
        check_same_thread=False,
        timeout=BUSY_TIMEOUT_MS / 1000,
    )
    try:
        apply_pragmas(conn, read_only=read_only, query_only=query_only)
    except DATABASE_ERRORS:
        conn.close()
        raise
    return conn


def apply_pragmas(conn: sqlite3.Connection, *, read_only: bool, query_only: bool = True) -> None:
    conn.execute("PRAGMA trusted_schema=OFF")
    conn.execute("PRAGMA cell_size_check=ON")
    conn.execute("PRAGMA mmap_size=0")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    if read_only and query_only:
        conn.execute("PRAGMA query_only=ON")
    else:
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA secure_delete=ON")


def make_engine(path: Path, *, read_only: bool, cipher: Cipher | None = None) -> sa.Engine:
    """One engine per open case file; every pooled connection gets the pragmas (and the
    key, derived once for the file)."""
    engine = sa.create_engine(
        "sqlite://",
        creator=lambda: raw_connect(path, read_only=read_only, cipher=cipher),
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=4,
        **_dbapi(cipher is not None),
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: sa.Connection) -> None:
        # Writers take the write lock up front, so a busy file fails at once
        # with a clear message instead of half-way through an edit.
        immediate = conn.get_execution_options().get("casefile_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def _dbapi(encrypted: bool) -> dict[str, Any]:
    """SQLAlchemy's SQLite dialect on sqlcipher3 for an encrypted file, so that its
    errors are recognised (and wrapped) as those of the database."""
    return {"module": sqlcipher()} if encrypted else {}


def engine_on(conn: Any) -> sa.Engine:
    """An engine for one connection already made (a migration, a copy being scrubbed)."""
    return sa.create_engine(
        "sqlite://",
        creator=lambda: conn,
        poolclass=sa.pool.StaticPool,
        **_dbapi(not isinstance(conn, sqlite3.Connection)),
    )


def has_fts5() -> bool:
    """Whether this SQLite library has FTS5.

    Probed on a private in-memory database: a read-only (query_only) connection
    cannot create even a temporary table, and the answer is the library's anyway.
    """
    global _FTS5
    if _FTS5 is None:
        probe = sqlite3.connect(":memory:")
        try:
            probe.execute("CREATE VIRTUAL TABLE fts5_probe USING fts5(x)")
            _FTS5 = True
        except sqlite3.OperationalError:
            _FTS5 = False
        finally:
            probe.close()
    return _FTS5


_FTS5: bool | None = None


def search_table_current(conn: sqlite3.Connection) -> bool:
    """Whether the file's search index is the one SEARCH_DDL makes. An index of an
    older layout (a file migrated where SQLite had no FTS5, or one written by hand)
    is not queried: it is made again when the file is opened for editing."""
    row = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type='table' AND name=?", (SEARCH_TABLE,)
    ).fetchone()
    return row is not None and row[0] == SEARCH_DDL


def table_exists(conn: sqlite3.Connection, name: str) -> bool:
    row = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (name,)
    ).fetchone()
    return row is not None


#: Indexes and tables an earlier schema version had, by the schema version whose
#: migration drops them. A file for editing is checked for objects we did not create
#: before it is migrated, so a file of an earlier version may still hold these.
RETIRED_OBJECTS: dict[str, int] = {"ix_note_date": 2, "ix_damage_item_category": 2}


#: The tables and indexes of our own models at the current schema version, as their
#: migrations create them: what the opening checks allow beside the search index.
#: Listed here rather than read from the table classes, which every opening would then
#: have to build, the eight that the first screen never reads included (models.py);
#: tests/store/test_migrations.py checks that it names the models' tables exactly.
MODEL_OBJECTS = frozenset({
    "attachment", "attachment_blob", "attachment_print", "attachment_thumb", "case_meta",
    "change_log", "ix_change_log_entity_id",
    "damage_item", "ix_damage_item_summary", "ix_damage_item_reference",
    "damage_item_attachment", "ix_damage_item_attachment_attachment_id",
    "follow_up", "ix_follow_up_meeting_id", "ix_follow_up_owner_id",
    "incident",
    "meeting", "ix_meeting_held_at",
    "meeting_attachment", "ix_meeting_attachment_attachment_id",
    "meeting_note", "ix_meeting_note_note_id",
    "meeting_participant", "ix_meeting_participant_party_id",
    "note", "ix_note_order", "ix_note_source_party_id",
    "note_attachment", "ix_note_attachment_attachment_id",
    "note_party", "ix_note_party_party_id",
    "party", "ix_party_name", "ix_party_represents_id",
    "review_comment", "ix_review_comment_item_id", "seal",
    "plan_pin", "ix_plan_pin_attachment_id", "ix_plan_pin_damage_item_id",
    "ix_plan_pin_plan_id", "site_plan", "site_plan_image",
})  # fmt: skip


def expected_objects(version: int = SCHEMA_VERSION) -> set[str]:
    """Names of every table and index our migrations create, in a file of `version`."""
    names = {"alembic_version", "sqlite_sequence", SEARCH_TABLE, *MODEL_OBJECTS}
    names |= {name for name, dropped_in in RETIRED_OBJECTS.items() if version < dropped_in}
    names |= {f"{SEARCH_TABLE}_{s}" for s in ("data", "idx", "content", "docsize", "config")}
    return names


def unexpected_objects(conn: sqlite3.Connection) -> list[str]:
    """Triggers, views and tables that we did not create: a hostile or tampered file."""
    expected = expected_objects(int(conn.execute("PRAGMA user_version").fetchone()[0]))
    found = []
    for kind, name in conn.execute("SELECT type, name FROM sqlite_master"):
        if name.startswith("sqlite_autoindex_") or name.startswith("sqlite_stat"):
            continue
        if kind in ("trigger", "view") or name not in expected:
            found.append(Words("check.object", kind=schema_object(kind), name=name))
    return sorted(found)


def schema_object(kind: str) -> Words | str:
    """A kind of object of SQLite's schema (table, index, trigger, view) as a finding
    names it."""
    code = f"schema_object.{kind}"
    return Words(code) if code in TEXTS else kind


def _findings(rows: list[str]) -> list[str]:
    """One finding per line: SQLite packs several into one row under a '*** in database' head."""
    if rows == ["ok"]:
        return []
    lines = [line.strip() for row in rows for line in str(row).splitlines()]
    return [
        Words("check.sqlite", message=line)
        for line in lines
        if line and not line.startswith("*** in database")
    ]


def undecoded_message(exc: BaseException) -> str | None:
    """SQLite's message about a damaged schema, when Python could not decode it.

    Python's sqlite3 decodes SQLite's error messages as strict UTF-8, so a message that
    quotes the file's own bytes (a schema whose text is not UTF-8: "malformed database
    schema (note) - near \x97") arrives as a UnicodeDecodeError instead of the
    DatabaseError it reports.
    """
    if isinstance(exc, UnicodeDecodeError) and isinstance(exc.object, bytes):
        text = exc.object.decode("utf-8", "replace")
        if text.startswith("malformed database schema"):
            return text
    return None


def _checked(conn: sqlite3.Connection, pragma: str) -> tuple[list[Any], list[str]]:
    """A check's rows; or none, and SQLite's error, when the file cannot be checked."""
    try:
        return conn.execute(pragma).fetchall(), []
    except DATABASE_ERRORS as exc:
        return [], [Words("check.sqlite", message=str(exc))]
    except UnicodeDecodeError as exc:
        message = undecoded_message(exc)
        if message is None:
            raise
        return [], [Words("check.sqlite", message=message)]


def quick_check(conn: sqlite3.Connection) -> list[str]:
    rows, failed = _checked(conn, "PRAGMA quick_check(20)")
    return failed or _findings([r[0] for r in rows])


def integrity_check(conn: sqlite3.Connection) -> list[str]:
    rows, failed = _checked(conn, "PRAGMA integrity_check(50)")
    return failed or _findings([r[0] for r in rows])


#: A caller's use for the time the opening checks take: called on the opening thread
#: again and again while SQLite checks the file on others, until it returns False (it has
#: nothing left to do) or the checks are done. The GUI loads its views' code in it.
WhileChecking = Callable[[], bool]

#: Checks that end within this long (a file not much over CHECK_ON_THREADS_FROM_BYTES)
#: leave `while_checking` uncalled, so that it never makes a quick opening wait for a
#: step of its work.
QUIET_CHECKS_S = 0.005

#: A file smaller than this is checked on the opening thread, one check after the other:
#: on a small file both are quick, and starting the worker threads would cost more
#: than running the checks side by side saves.
CHECK_ON_THREADS_FROM_BYTES = 8 * 1024 * 1024


def opening_checks(
    conn: sqlite3.Connection,
    path: Path,
    while_checking: WhileChecking | None = None,
    cipher: Cipher | None = None,
    *,
    every_page: bool = False,
) -> list[str]:
    """The checks of every opening: quick_check on `conn` and foreign_key_check on a
    second read-only connection, at once: SQLite runs both without the GIL, so a large
    file's opening pays for the longer of the two, not their sum. Findings in that
    order. A small file (below CHECK_ON_THREADS_FROM_BYTES), or one where no second
    connection can be had (no file handles left, say), has both run on `conn`, one
    after the other. With `while_checking`, a large file's two checks both run on
    worker threads and this thread does the caller's work in the meantime (see
    WhileChecking).

    An encrypted file (`cipher`) has only its foreign keys checked, unless `every_page`.
    SQLCipher authenticates every page with its HMAC when it reads it and refuses one
    that fails (SQLITE_CORRUPT, "is damaged", naming the file): a changed byte, a torn
    write or a cut-off file is found out by whatever reads that page, is never taken for
    data, and an edit that meets it rolls back. quick_check would find that damage only
    by decrypting and authenticating every page, photos included, at every opening. The
    walk of every page stays where a whole file is judged: `check`, the copies recovery
    and encrypt/decrypt/rekey check before they replace a file, and an upgrade."""
    if cipher is not None and not every_page:
        return foreign_key_problems(conn)
    other = None if _is_small(path) else _second_reader(path, cipher)
    if other is None:
        return quick_check(conn) + foreign_key_problems(conn)
    from concurrent.futures import ThreadPoolExecutor  # a large file's only: not at start

    try:
        with ThreadPoolExecutor(2, thread_name_prefix="casefile-opening-check") as pool:
            keys = pool.submit(foreign_key_problems, other)
            if while_checking is None:
                damage = quick_check(conn)
            else:
                checking = pool.submit(quick_check, conn)
                _use_the_wait([checking, keys], while_checking)
                damage = checking.result()
            return damage + keys.result()  # its exception, if any, is raised here
    finally:
        other.close()


def _is_small(path: Path) -> bool:
    try:
        return path.stat().st_size < CHECK_ON_THREADS_FROM_BYTES
    except OSError:
        return False


def _second_reader(path: Path, cipher: Cipher | None) -> sqlite3.Connection | None:
    try:
        return raw_connect(path, read_only=True, cipher=cipher)
    except DB_ERRORS:
        return None


def _use_the_wait(checks: list[Future[list[str]]], work: WhileChecking) -> None:
    """Call `work` while the checks run, but only on a core they leave free: a third busy
    thread on two cores would slow the checks by as much as it gains."""
    from concurrent.futures import FIRST_COMPLETED, wait

    cores = _usable_cores()
    running = set(checks)
    while running and len(running) >= cores:
        _, running = wait(running, return_when=FIRST_COMPLETED)
    if running:
        _, running = wait(running, timeout=QUIET_CHECKS_S)
    while running and work():
        _, running = wait(running, timeout=0)


def _usable_cores() -> int:
    if hasattr(os, "sched_getaffinity"):  # Linux: the cores this process may run on
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def foreign_key_problems(conn: sqlite3.Connection) -> list[str]:
    rows, failed = _checked(conn, "PRAGMA foreign_key_check")
    return failed or [
        Words(
            "check.missing_parent",
            table=entity_word(table),
            rowid=rowid,
            parent=entity_word(parent),
        )
        for table, rowid, parent, _ in rows
    ]


_MIGRATION_LOCK = threading.Lock()


def migrate(conn: sqlite3.Connection) -> None:
    """Bring the schema to SCHEMA_VERSION in one transaction, user_version included.

    A failure anywhere rolls back everything: schema and user_version stay as they were.
    """
    from alembic import command
    from alembic.config import Config

    engine = engine_on(conn)

    @event.listens_for(engine, "begin")
    def _begin(sa_conn: sa.Connection) -> None:
        sa_conn.exec_driver_sql("BEGIN IMMEDIATE")

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    config.attributes["fts5"] = has_fts5()
    config.attributes["stamp"] = (
        f"PRAGMA user_version={SCHEMA_VERSION}",
        f"PRAGMA application_id={APPLICATION_ID}",
    )
    # Alembic's `context` and `op` are module-level proxies: two upgrades running at
    # once in one process (two threads creating or opening cases) would trample them.
    with _MIGRATION_LOCK, engine.connect() as sa_conn:
        config.attributes["connection"] = sa_conn
        command.upgrade(config, "head")


def export(source: Path, source_cipher: Cipher | None, target: Path, new: Cipher | None) -> None:
    """Every table, index, the search index and the header's schema version and
    application id, from `source` into the empty file `target` under the `new` key (None:
    plain), with SQLCipher's `sqlcipher_export`: nothing of it is written under another
    key. Read in one transaction, so that a writer of `source` meanwhile is not half in."""
    conn = sqlcipher().connect(uri(target, "rw"), uri=True, isolation_level=None)
    try:
        if new is not None:
            conn.execute(new.key_pragma())
        else:
            conn.execute(f"PRAGMA page_size={PAGE_SIZE}")
        conn.execute("PRAGMA journal_mode=DELETE")
        apply_pragmas(conn, read_only=False)
        key = "" if source_cipher is None else source_cipher.raw_key()
        conn.execute("ATTACH DATABASE ? AS source KEY ?", (uri(source, "ro"), key))
        conn.execute("BEGIN")
        version = int(conn.execute("PRAGMA source.user_version").fetchone()[0])
        conn.execute("SELECT sqlcipher_export('main', 'source')")
        conn.execute(f"PRAGMA main.user_version={version}")
        conn.execute(f"PRAGMA main.application_id={APPLICATION_ID}")
        conn.execute("COMMIT")
        conn.execute("DETACH DATABASE source")
    finally:
        conn.close()


def map_sqlite_error(exc: BaseException, path: Path) -> CaseFileError | None:
    """The CaseFileError for an environmental SQLite failure, or None for a bug."""
    orig = getattr(exc, "orig", exc)
    if undecoded_message(orig) is not None:
        return Corrupt.of("open.damaged_run_casefile", path=path)
    if not isinstance(orig, DB_ERRORS):
        return None
    name = getattr(orig, "sqlite_errorname", "") or ""
    text = str(orig)
    if name == "SQLITE_FULL" or "database or disk is full" in text:
        return DiskFull.of(
            "open.disk_full_free",
            path=path,
        )
    if name.startswith("SQLITE_IOERR") or "disk I/O error" in text:
        return DiskFull.of(
            "open.disk_refused_write",
            path=path,
        )
    if name.startswith("SQLITE_BUSY") or name.startswith("SQLITE_LOCKED") or "locked" in text:
        return Locked.of("open.busy", path=path)
    if name.startswith("SQLITE_READONLY") or "readonly database" in text:
        return ReadOnly.of(
            "open.cannot_written_here",
            path=path,
        )
    if name.startswith("SQLITE_CORRUPT") or "malformed" in text:
        return Corrupt.of("open.damaged_run_casefile", path=path)
    if "unsupported file format" in text:  # the header's schema format, past SQLite's own
        return Corrupt.of(
            "open.damaged_was_written",
            path=path,
        )
    if name == "SQLITE_NOTADB" or "not a database" in text:
        return NotACaseFile.of("open.case_file_open", path=path)
    if name == "SQLITE_CANTOPEN" or "unable to open" in text:
        return CaseFileError.of("open.cannot_opened_check", path=path)
    return None


def not_as_written(exc: BaseException, path: Path) -> CaseFileError | None:
    """The error for a query on an open case that names a table or column the file lacks,
    or meets text that is not UTF-8: the migrations make every table and column our
    queries name, and SQLite keeps text as UTF-8, so other hands changed this file."""
    text = str(getattr(exc, "orig", exc))
    if "no such table" in text or "no such column" in text or "decode to UTF-8" in text:
        return Corrupt.of(
            "open.as_casefile_writes",
            path=path,
            text=text,
        )
    return None


def file_identity(path: Path) -> tuple[int, int, int, int]:
    """What changes when someone else replaces or writes the file."""
    st = os.stat(path)
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


def check_identity(path: Path, expected: tuple[int, int, int, int]) -> None:
    try:
        now = file_identity(path)
    except FileNotFoundError as exc:
        raise ChangedOnDisk.of("open.was_moved_deleted", path=path) from exc
    if now != expected:
        raise ChangedOnDisk.of(
            "open.was_replaced_changed",
            path=path,
        )
