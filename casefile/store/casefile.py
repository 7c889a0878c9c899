"""The CaseFile service: the one API through which the GUI, the CLI and tests touch a case.

Each public call is one transaction together with its audit entries and its
search-index update, and returns plain frozen records.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import hashlib
import os
import shutil
import sqlite3
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, TypeVar, Unpack, overload

import sqlalchemy as sa
from sqlalchemy.orm import Session

from casefile.store import audit, rows
from casefile.store import sqlitefile as sf
from casefile.store.cipher import Cipher, Passphrase, check_new_passphrase
from casefile.store.errors import (
    AlreadyExists,
    CaseFileError,
    InvalidInput,
    MergeConflicts,
    ReadOnly,
    Words,
    entity_word,
    kind_name,
    not_written,
)
from casefile.store.fields import (
    check_id,
    check_instant,
    check_kind,
    coerce_fields,
    settle_estimate,
)
from casefile.store.kinds import (
    AttachmentFields,
    DamageItemFields,
    FollowUpFields,
    IncidentFields,
    Kind,
    MeetingFields,
    NoteFields,
    PartyFields,
)
from casefile.store.lock import current_user
from casefile.store.models import TABLES, CaseMeta, ChangeLog, Incident, table_of
from casefile.store.opener import (
    OpenedFile,
    create_file,
    open_file,
    require_writable_folder,
)
from casefile.store.portable import replace_file, sync_to_disk
from casefile.store.records import (
    AttachmentRecord,
    AuditVerdict,
    CaseSummary,
    ChangeRecord,
    CheckResult,
    CommentRecord,
    DamageItemRecord,
    FollowUpRecord,
    IncidentRecord,
    ItemDifference,
    MeetingRecord,
    MergeResult,
    NoteRecord,
    OpenFollowUp,
    OpenNotice,
    PartyRecord,
    PinRecord,
    PlanRecord,
    PlanSnapshot,
    Problem,
    ReviewState,
    SealRecord,
    SearchHit,
    Snapshot,
    in_zone,
    zone_or_utc,
)
from casefile.store.safewrite import (
    check_output,
    create_new,
    mode_for,
    private_folder,
    put_new_in_place,
    replacing,
    sync_folder,
)
from casefile.store.schema import load_all_tables
from casefile.store.search import SearchIndex
from casefile.store.settings import UserSettings, default_actor, read_settings
from casefile.store.stored import BadValue, bad_values, refusal

if TYPE_CHECKING:
    from casefile.store.interchange import ParsedDocument
    from casefile.store.keys import Keys, SigningKey
    from casefile.store.print_copies import PrintCopy
    from casefile.store.seals import SealReport
    from casefile.store.timeline import Timeline
    from casefile.store.totals import ReportingTotal

T = TypeVar("T")

# What only some calls need (attaching files, the timeline) is imported by those calls:
# opening a case, which every start does, should not pay for it (bench/gui_bench.py).


def _keep_all_day_date(before: dict[str, Any], values: dict[str, Any]) -> dict[str, Any]:
    """An all-day meeting is a date in its own zone, stored as that date's midnight
    there (models.Meeting). Given a new zone and no new time, it keeps its date: its
    midnight moves to the new zone. Read in the new zone, the old midnight would fall
    on another day west of the old zone, and the chronology would move the meeting."""
    zone = values.get("timezone", before["timezone"])
    held_at = values.get("held_at", before["held_at"])
    if (
        not values.get("all_day", before["all_day"])
        or zone == before["timezone"]
        or held_at is None
        or held_at != before["held_at"]
    ):
        return values
    day = in_zone(held_at, before["timezone"])
    assert day is not None
    midnight = dt.datetime.combine(day.date(), dt.time(), tzinfo=zone_or_utc(zone))
    return {**values, "held_at": check_instant(midnight, f"the meeting's midnight in {zone}")}


def _unsynced(conn: sqlite3.Connection, record: object) -> None:
    """A staged copy's connection: nothing synced or journalled on disk (see _write_staged)."""
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA journal_mode=MEMORY")


@dataclasses.dataclass(frozen=True)
class CopyKey:
    """The key a copy is written under, other than its case's: None for a plain copy."""

    cipher: Cipher | None


class CaseFile:
    """An open case file. Use as a context manager, or call close()."""

    def __init__(self, opened: OpenedFile, actor: str | None = None) -> None:
        self._opened = opened
        self._engine = opened.engine
        self._writer = opened.engine.execution_options(casefile_write=True)
        self._search = SearchIndex(opened.fts5)
        self.actor = actor or current_user()
        self._identity = None if opened.read_only else sf.file_identity(opened.path)
        self._closed = False
        if not opened.read_only:
            self._refresh_stale_search()

    # -- opening and closing -------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: str | os.PathLike[str],
        *,
        read_only: bool = False,
        actor: str | None = None,
        override_lock: bool = False,
        while_checking: sf.WhileChecking | None = None,
        rehearse: Callable[[CaseFile], object] | None = None,
        passphrase: Passphrase | None = None,
    ) -> CaseFile:
        """Open for editing (taking the lock) or read-only (changing nothing on disk).

        `while_checking` is called again and again while SQLite checks the file, until
        it returns False: the caller's use for that wait (store/sqlitefile.py).
        `rehearse` is the change about to be made: if opening for editing would change
        the file, it is first made on a private copy, and its refusal there refuses the
        opening before the file is changed (store/rehearsal.py). `passphrase` opens an
        encrypted file (store/cipher.py); a plain file opens without it.

        `actor` is who the audit log and the lock file name; by default, when opening
        for editing, the name in the user's settings, else the login name (a read-only
        opening writes neither, and does not read the settings)."""
        if not read_only:
            actor = actor or default_actor()
        on_copy = None
        if rehearse is not None:
            from casefile.store.rehearsal import on_copy_of

            on_copy = on_copy_of(
                Path(path),
                rehearse,
                lambda copy: cls.open(copy, actor=actor, passphrase=passphrase),
            )
        opened = open_file(
            Path(path),
            read_only=read_only,
            override_lock=override_lock,
            while_checking=while_checking,
            user=actor,
            rehearse=on_copy,
            passphrase=passphrase,
        )
        try:
            return cls(opened, actor)
        except BaseException:
            opened.dispose()
            raise

    @classmethod
    def create(
        cls,
        path: str | os.PathLike[str],
        *,
        title: str,
        actor: str | None = None,
        passphrase: Passphrase | None = None,
        **incident: Any,
    ) -> CaseFile:
        """A new case file holding its one incident; the file appears only when complete.
        With `passphrase` it is encrypted (store/cipher.py) from its first byte."""
        values = coerce_fields("incident", {"title": title, **incident}, partial=False)

        def fill(case: CaseFile) -> None:
            with case._write() as session:
                stamp = rows.now()
                incident_id = str(uuid.uuid4())
                rows.insert(
                    session,
                    "incident",
                    [{"id": incident_id, "created_at": stamp, "updated_at": stamp, **values}],
                )
                audit.append(
                    session,
                    case.actor,
                    [("create", "incident", incident_id, rows.diff("incident", {}, values))],
                )
                case._search.put(session, "incident", [{"id": incident_id, **values}], new=True)

        return cls._create_staged(path, actor, fill, passphrase)

    @classmethod
    def _create_staged(
        cls,
        path: str | os.PathLike[str],
        actor: str | None,
        fill: Callable[[CaseFile], None],
        passphrase: Passphrase | None = None,
    ) -> CaseFile:
        """Build a new case in a private folder; move it into place only when complete.

        A failure part-way leaves no file at `path`, never a case without its incident,
        and nothing beside it (a crash can leave the hidden private folder). Of two
        creators of one path, the first to finish wins; the other gets AlreadyExists.
        """
        target = check_output(path, what=Words("what.new_case"))  # a device or FIFO: in words
        if os.path.lexists(target):
            raise AlreadyExists.new_case(target)
        require_writable_folder(target, "cannot be created")
        cipher = None
        if passphrase is not None:
            check_new_passphrase(passphrase)
            cipher = passphrase.new_cipher()
        staging = target
        try:
            with private_folder(target) as folder:
                staging = folder / target.name
                create_file(staging, cipher)
                with cls.open(staging, actor=actor, passphrase=passphrase) as case:
                    fill(case)
                put_new_in_place(staging, target)
        except BaseException as exc:
            if isinstance(exc, CaseFileError) and exc.path == staging:
                exc.path = target
            if isinstance(exc, OSError):
                raise not_written(exc, target, "write.not_created") from exc
            raise
        sync_folder(target.parent)
        return cls.open(target, actor=actor, passphrase=passphrase)

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self._opened.dispose()

    def __enter__(self) -> CaseFile:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def path(self) -> Path:
        return self._opened.path

    @property
    def read_only(self) -> bool:
        return self._opened.read_only

    @property
    def read_only_reason(self) -> str:
        return self._opened.read_only_reason

    @property
    def notices(self) -> tuple[OpenNotice, ...]:
        """What opening did or noticed (recovery, conversion, damage): tell the user."""
        return tuple(self._opened.notices)

    @property
    def search_uses_fts(self) -> bool:
        return self._search.enabled

    # -- transactions ------------------------------------------------------------------

    @contextlib.contextmanager
    def _read(self) -> Iterator[Session]:
        self._require_open()
        with Session(self._engine) as session:
            try:
                yield session
            except BadValue as bad:
                raise self._refusal(bad) from None
            except (sa.exc.DBAPIError,) + sf.DB_ERRORS as exc:
                mapped = sf.map_sqlite_error(exc, self.path) or sf.not_as_written(exc, self.path)
                if mapped is None:
                    raise
                raise mapped from exc

    @contextlib.contextmanager
    def _write(self) -> Iterator[Session]:
        """One writing transaction: all of it lands, or none of it does."""
        self._require_open()
        if self.read_only:
            raise ReadOnly.of(
                "case.read_only",
                path=self.path,
                reason=self.read_only_reason,
            )
        if self._identity is not None:
            sf.check_identity(self.path, self._identity)
        with Session(self._writer) as session:
            locked = False
            try:
                session.connection()  # BEGIN IMMEDIATE: take the write lock now
                locked = True
                yield session
                session.commit()
            except BaseException as exc:
                session.rollback()
                if locked:
                    # Under our write lock only the write just undone moved the file's size
                    # and time: not someone else's change (the next edit must not say so).
                    with contextlib.suppress(OSError):
                        self._identity = sf.file_identity(self.path)
                if isinstance(exc, BadValue):
                    raise self._refusal(exc) from None
                if not isinstance(exc, (sa.exc.DBAPIError, *sf.DB_ERRORS)):
                    raise
                mapped = sf.map_sqlite_error(exc, self.path) or sf.not_as_written(exc, self.path)
                if mapped is None:
                    raise
                raise mapped from exc
        self._identity = sf.file_identity(self.path)

    def _refusal(self, bad: BadValue) -> CaseFileError:
        """What a read that met a value casefile did not write tells the user: where it is."""
        raw = self._raw_connect()
        try:
            return refusal(bad, raw, self.path, load_all_tables().tables)
        finally:
            raw.close()

    def _raw_connect(self, *, query_only: bool = True) -> sqlite3.Connection:
        """A read-only connection of its own to what this case reads (keyed if encrypted)."""
        return sf.raw_connect(
            self._opened.working_path,
            read_only=True,
            query_only=query_only,
            cipher=self._opened.cipher,
        )

    def _check_unchanged(self) -> None:
        """Refuse to go on if another program replaced or wrote the file since it was
        opened (or since this case's last write)."""
        if self._identity is not None:
            sf.check_identity(self.path, self._identity)

    @property
    def encrypted(self) -> bool:
        """Whether the file is encrypted with a passphrase (SQLCipher)."""
        return self._opened.cipher is not None

    def _require_open(self) -> None:
        if self._closed:
            raise CaseFileError.of("case.closed", path=self.path)

    def _refresh_stale_search(self) -> None:
        if not self._search.enabled:
            return
        meta = table_of(CaseMeta)
        with self._read() as session:
            stale = session.execute(
                sa.select(meta.c.value).where(meta.c.key == "search_stale")
            ).scalar()
        if stale == "1":
            with self._write() as session:
                self._search.rebuild(session)
                session.execute(sa.delete(meta).where(meta.c.key == "search_stale"))

    # -- the incident --------------------------------------------------------------------

    def incident(self) -> IncidentRecord:
        with self._read() as session:
            found = rows.load(session, "incident")
        if len(found) != 1:
            raise CaseFileError.of("case.incidents_not_one", path=self.path, count=len(found))
        incident: IncidentRecord = found[0]
        return incident

    def update_incident(self, **changes: Unpack[IncidentFields]) -> IncidentRecord:
        current = self.incident()
        updated: IncidentRecord = self.update("incident", current.id, **changes)
        return updated

    # -- items -----------------------------------------------------------------------------

    @overload
    def records(
        self, kind: Literal["incident"], ids: Sequence[str] | None = None
    ) -> list[IncidentRecord]: ...
    @overload
    def records(
        self, kind: Literal["party"], ids: Sequence[str] | None = None
    ) -> list[PartyRecord]: ...
    @overload
    def records(
        self, kind: Literal["note"], ids: Sequence[str] | None = None
    ) -> list[NoteRecord]: ...
    @overload
    def records(
        self, kind: Literal["damage_item"], ids: Sequence[str] | None = None
    ) -> list[DamageItemRecord]: ...
    @overload
    def records(
        self, kind: Literal["meeting"], ids: Sequence[str] | None = None
    ) -> list[MeetingRecord]: ...
    @overload
    def records(
        self, kind: Literal["follow_up"], ids: Sequence[str] | None = None
    ) -> list[FollowUpRecord]: ...
    @overload
    def records(
        self, kind: Literal["attachment"], ids: Sequence[str] | None = None
    ) -> list[AttachmentRecord]: ...
    @overload
    def records(self, kind: str, ids: Sequence[str] | None = None) -> list[Any]: ...
    def records(self, kind: str, ids: Sequence[str] | None = None) -> list[Any]:
        """Records of a kind, in their natural order (or in the order of `ids`).

        A kind given as a literal ("party") gets its record type (PartyRecord); one held
        in a plain `str` gets Any, as do get, add and update."""
        if kind != "incident":
            check_kind(kind)
        with self._read() as session:
            return rows.load(session, kind, ids)

    def ids(self, kind: str) -> list[str]:
        """Just the ids, in list order: what a view with 20,000 rows keeps in memory."""
        check_kind(kind)
        with self._read() as session:
            return rows.ordered_ids(session, kind)

    def field_values(
        self, kind: str, fields: Sequence[str], ids: Sequence[str] | None = None
    ) -> dict[str, tuple[Any, ...]]:
        """The values of some plain fields (no links) of every item of a kind, or of
        `ids`, by id, in `fields` order: a list filters and totals 20,000 items from
        these without reading whole records."""
        check_kind(kind)
        with self._read() as session:
            return rows.field_values(session, kind, list(fields), ids)

    def names(self, kind: str, ids: Iterable[str]) -> dict[str, str]:
        """What each of these items is called in a list (a party's name with its native
        spelling, a file's name, a title), by id, for those that exist: a table naming
        owners or participants reads these, not whole records with their links."""
        check_kind(kind)
        with self._read() as session:
            return rows.names(session, kind, ids)

    def open_follow_ups(self) -> list[OpenFollowUp]:
        """The follow-ups still open, each with its owner's name: what the overview lists,
        read in one query rather than as whole records and a second for the names."""
        with self._read() as session:
            return rows.open_follow_ups(session)

    def count(self, kind: str) -> int:
        check_kind(kind)
        table = table_of(TABLES[kind])
        with self._read() as session:
            return int(session.execute(sa.select(sa.func.count()).select_from(table)).scalar_one())

    @overload
    def get(self, kind: Literal["incident"], item_id: str) -> IncidentRecord: ...
    @overload
    def get(self, kind: Literal["party"], item_id: str) -> PartyRecord: ...
    @overload
    def get(self, kind: Literal["note"], item_id: str) -> NoteRecord: ...
    @overload
    def get(self, kind: Literal["damage_item"], item_id: str) -> DamageItemRecord: ...
    @overload
    def get(self, kind: Literal["meeting"], item_id: str) -> MeetingRecord: ...
    @overload
    def get(self, kind: Literal["follow_up"], item_id: str) -> FollowUpRecord: ...
    @overload
    def get(self, kind: Literal["attachment"], item_id: str) -> AttachmentRecord: ...
    @overload
    def get(self, kind: str, item_id: str) -> Any: ...
    def get(self, kind: str, item_id: str) -> Any:
        if kind != "incident":
            check_kind(kind)
        item_id = check_id(item_id)
        with self._read() as session:
            found = rows.load(session, kind, [item_id])
        if not found:
            raise InvalidInput.of("case.no_such_item", kind=kind_name(kind), item_id=item_id)
        return found[0]

    def kind_of(self, item_id: str) -> Kind:
        """Which kind an id belongs to, or InvalidInput if the case has no such item."""
        item_id = check_id(item_id)
        with self._read() as session:
            kind = rows.kind_of(session, item_id)
        if kind is None:
            raise InvalidInput.of("case.no_item_with_id", item_id=item_id)
        return kind

    @overload
    def add(self, kind: Literal["party"], /, **fields: Unpack[PartyFields]) -> PartyRecord: ...
    @overload
    def add(self, kind: Literal["note"], /, **fields: Unpack[NoteFields]) -> NoteRecord: ...
    @overload
    def add(
        self, kind: Literal["damage_item"], /, **fields: Unpack[DamageItemFields]
    ) -> DamageItemRecord: ...
    @overload
    def add(
        self, kind: Literal["meeting"], /, **fields: Unpack[MeetingFields]
    ) -> MeetingRecord: ...
    @overload
    def add(
        self, kind: Literal["follow_up"], /, **fields: Unpack[FollowUpFields]
    ) -> FollowUpRecord: ...
    @overload
    def add(self, kind: str, /, **fields: Any) -> Any: ...
    def add(self, kind: str, /, **fields: Any) -> Any:
        """A new item; returns its record."""
        check_kind(kind)
        if kind == "attachment":
            raise InvalidInput.of("case.attachment_through_add")
        values = coerce_fields(kind, fields, partial=False)
        with self._write() as session:
            rows.check_references(session, kind, values)
            if kind == "damage_item":
                values["reference"] = rows.new_references(session, 1)[0]
            item_id = str(uuid.uuid4())
            stamp = rows.now()
            rows.insert(
                session, kind, [{"id": item_id, "created_at": stamp, "updated_at": stamp, **values}]
            )
            audit.append(
                session, self.actor, [("create", kind, item_id, rows.diff(kind, {}, values))]
            )
            self._search.put(session, kind, [{"id": item_id, **values}], new=True)
            return rows.load(session, kind, [item_id])[0]

    @overload
    def update(
        self, kind: Literal["incident"], item_id: str, /, **changes: Unpack[IncidentFields]
    ) -> IncidentRecord: ...
    @overload
    def update(
        self, kind: Literal["party"], item_id: str, /, **changes: Unpack[PartyFields]
    ) -> PartyRecord: ...
    @overload
    def update(
        self, kind: Literal["note"], item_id: str, /, **changes: Unpack[NoteFields]
    ) -> NoteRecord: ...
    @overload
    def update(
        self, kind: Literal["damage_item"], item_id: str, /, **changes: Unpack[DamageItemFields]
    ) -> DamageItemRecord: ...
    @overload
    def update(
        self, kind: Literal["meeting"], item_id: str, /, **changes: Unpack[MeetingFields]
    ) -> MeetingRecord: ...
    @overload
    def update(
        self, kind: Literal["follow_up"], item_id: str, /, **changes: Unpack[FollowUpFields]
    ) -> FollowUpRecord: ...
    @overload
    def update(
        self, kind: Literal["attachment"], item_id: str, /, **changes: Unpack[AttachmentFields]
    ) -> AttachmentRecord: ...
    @overload
    def update(self, kind: str, item_id: str, /, **changes: Any) -> Any: ...
    def update(self, kind: str, item_id: str, /, **changes: Any) -> Any:
        """Change some fields of an item; links (party_ids, participants…) are whole lists."""
        return self.update_many(kind, {item_id: changes})[0]

    def update_many(self, kind: str, changes: Mapping[str, Mapping[str, Any]]) -> list[Any]:
        """Change fields of several items of a kind (id -> its changes) in one
        transaction: all of them, or, when one is refused, none. Their records, in order."""
        if kind != "incident":
            check_kind(kind)
        wanted = []
        for item_id, fields in changes.items():
            item_id = check_id(item_id)
            values = coerce_fields(kind, dict(fields), partial=True)
            if kind == "party" and values.get("represents_id") == item_id:
                raise InvalidInput.of("field.self_representing")
            wanted.append((item_id, values))
        with self._write() as session:
            return [self._update_in(session, kind, i, values) for i, values in wanted]

    def _update_in(self, session: Session, kind: str, item_id: str, values: dict[str, Any]) -> Any:
        found = rows.load(session, kind, [item_id])
        if not found:
            raise InvalidInput.of("case.no_such_item", kind=kind_name(kind), item_id=item_id)
        before = rows.record_values(kind, found[0])
        if kind == "meeting":
            values = _keep_all_day_date(before, values)
        if kind == "damage_item":
            values = settle_estimate(before, values)
        changed = rows.diff(kind, before, values)
        if not changed:
            return found[0]
        merged = {**before, **values}
        if (
            kind == "damage_item"
            and merged["estimated_cost"] is not None
            and not merged["currency"]
        ):
            raise InvalidInput.of("field.estimate_needs_currency")
        rows.check_references(session, kind, {k: values[k] for k in changed})
        rows.update(
            session,
            kind,
            item_id,
            {**{k: values[k] for k in changed}, "updated_at": rows.now()},
        )
        audit.append(session, self.actor, [("update", kind, item_id, changed)])
        self._search.put(session, kind, [{"id": item_id, **merged}])
        return rows.load(session, kind, [item_id])[0]

    def delete(self, kind: str, item_id: str) -> Snapshot:
        """Delete an item (and photos only it used, and their pins on site plans); the
        snapshot restores it all (undo)."""
        from casefile.store import plans, snapshots

        check_kind(kind)
        item_id = check_id(item_id)
        with self._write() as session:
            found = rows.load(session, kind, [item_id])
            if not found:
                raise InvalidInput.of("case.no_such_item", kind=kind_name(kind), item_id=item_id)
            document, owned = snapshots.snapshot_document(session, kind, found[0])
            dependents = snapshots.dependents(session, kind, item_id)
            before = {
                k: {r.id: rows.record_values(k, r) for r in rows.load(session, k, ids)}
                for k, ids in dependents.items()
            }
            entries = [
                ("delete", kind, item_id, rows.removed(kind, rows.record_values(kind, found[0])))
            ]
            for attachment in rows.load(session, "attachment", owned):
                entries.append(
                    (
                        "delete",
                        "attachment",
                        attachment.id,
                        rows.removed("attachment", rows.record_values("attachment", attachment)),
                    )
                )
            pinned = plans.pins_of_items(session, [item_id, *owned])
            entries += plans.remove_pins(session, pinned)
            rows.delete(session, kind, [item_id])
            rows.delete(session, "attachment", owned)
            for dep_kind, by_id in before.items():
                for record in rows.load(session, dep_kind, list(by_id)):
                    change = rows.diff(
                        dep_kind, by_id[record.id], rows.record_values(dep_kind, record)
                    )
                    if change:
                        entries.append(("update", dep_kind, record.id, change))
            audit.append(session, self.actor, entries)
            self._search.drop(session, [item_id, *owned])
        return Snapshot(kind, item_id, document, tuple(pinned))

    def restore(self, snapshot: Snapshot) -> Any:
        """Put back a deleted item with its links and photos (the undo of delete)."""
        from casefile.store import interchange, plans

        with self._write() as session:
            interchange.apply_document(
                session, snapshot.document, search=self._search, actor=self.actor, action="restore"
            )
            if snapshot.pins:
                audit.append(session, self.actor, plans.restore_pins(session, snapshot.pins))
            return rows.load(session, snapshot.kind, [snapshot.id])[0]

    # -- attachments -----------------------------------------------------------------------

    def add_attachment(
        self, data: bytes, filename: str, *, to: str | None = None, caption: str = ""
    ) -> AttachmentRecord:
        """Store a file's bytes, a thumbnail and its SHA-256; link it to an item if `to`."""
        return self.add_attachments([(data, filename)], to=to, caption=caption)[0]

    def add_attachments(
        self, files: Sequence[tuple[bytes, str]], *, to: str | None = None, caption: str = ""
    ) -> list[AttachmentRecord]:
        """Several files in one transaction: every file is checked before any is stored."""
        from casefile.store.media import describe

        zone = self.incident().timezone
        prepared = []
        for data, filename in files:
            values = coerce_fields(
                "attachment", {"filename": filename, "caption": caption}, partial=True
            )
            prepared.append(
                (data, values, describe(data, filename, zone), hashlib.sha256(data).hexdigest())
            )
        from casefile.store.attachment_data import AttachmentBlob, AttachmentThumb
        from casefile.store.links import ATTACHMENT_OWNERS

        with self._write() as session:
            owner_kind = None
            if to is not None:
                to = check_id(to, "attachment target")
                owner_kind = rows.kind_of(session, to)
                if owner_kind not in ATTACHMENT_OWNERS:
                    raise InvalidInput.of("attachment.no_such_target", to=to)
            stamp = rows.now()
            entries: list[tuple[str, str, str, dict[str, list[Any]]]] = []
            new_ids = []
            for data, values, info, digest in prepared:
                item_id = str(uuid.uuid4())
                new_ids.append(item_id)
                fields = {
                    "filename": values["filename"],
                    "caption": values.get("caption", ""),
                    "captured_at": info.captured_at,
                }
                rows.insert(session, "attachment", [{
                    "id": item_id, "created_at": stamp, "updated_at": stamp, **fields,
                    "media_type": info.media_type, "size": len(data), "sha256": digest,
                    "width": info.width, "height": info.height,
                }])  # fmt: skip
                session.execute(
                    sa.insert(table_of(AttachmentBlob)), {"attachment_id": item_id, "data": data}
                )
                if info.thumbnail is not None:
                    session.execute(
                        sa.insert(table_of(AttachmentThumb)),
                        {"attachment_id": item_id, "data": info.thumbnail},
                    )
                created = rows.created("attachment", fields, digest)
                entries.append(("create", "attachment", item_id, created))
                self._search.put(session, "attachment", [{"id": item_id, **fields}], new=True)
            if to is not None and owner_kind is not None:
                owner = rows.load(session, owner_kind, [to])[0]
                linked = (*owner.attachment_ids, *new_ids)
                rows.replace_links(session, owner_kind, "attachment_ids", to, linked)
                change = {"attachment_ids": [list(owner.attachment_ids), list(linked)]}
                entries.append(("update", owner_kind, to, change))
            audit.append(session, self.actor, entries)
            added = rows.load(session, "attachment", new_ids)
        return [
            dataclasses.replace(record, notice=info.notice) if info.notice else record
            for record, (_, _, info, _) in zip(added, prepared, strict=True)
        ]

    def attachment_data(self, attachment_id: str) -> bytes:
        from casefile.store.attachment_data import AttachmentBlob

        attachment_id = check_id(attachment_id)
        with self._read() as session:
            blobs = table_of(AttachmentBlob).c
            blob = session.execute(
                sa.select(blobs.data).where(blobs.attachment_id == attachment_id)
            ).scalar()
        if blob is None:
            raise InvalidInput.of("case.no_such_attachment", attachment_id=attachment_id)
        return bytes(blob)

    def thumbnail(self, attachment_id: str) -> bytes | None:
        return self.thumbnails([attachment_id]).get(attachment_id)

    def thumbnails(self, attachment_ids: Sequence[str]) -> dict[str, bytes]:
        """The stored JPEG thumbnails of these attachments, by id (none for what has
        none): one query for a screenful of the photo grid, not one per photo."""
        with self._read() as session:
            return rows.thumbnails(session, attachment_ids)

    def print_copies(self, attachment_ids: Sequence[str]) -> dict[str, PrintCopy]:
        """The stored print copies of these photos that are sound, by id; a photo
        without one is left out, for the caller to downscale it (store/print_copies.py)."""
        from casefile.store import print_copies

        with self._read() as session:
            return print_copies.load(session, attachment_ids)

    def missing_print_copies(self) -> list[str]:
        """The photos without a print copy this installation made, oldest first."""
        from casefile.store import print_copies

        with self._read() as session:
            return print_copies.missing(session)

    def store_print_copies(self, copies: Mapping[str, PrintCopy]) -> int:
        """Keep print copies made by `downscale_image` (one transaction, no audit entry:
        derived data); a photo deleted or given its copy meanwhile is skipped. How many
        were stored."""
        from casefile.store import print_copies

        with self._write() as session:
            return print_copies.store(session, copies)

    def make_print_copies(self, *, cancelled: Callable[[], bool] | None = None) -> int:
        """Make and keep the print copy of every photo without one made here, a batch per
        transaction, until done or `cancelled()`; how many were stored. A photo that
        cannot be decoded gets none: the brief says why it is missing."""
        return sum(self.store_print_copies(b) for b in self.print_copy_batches(cancelled))

    def print_copy_batches(
        self, cancelled: Callable[[], bool] | None = None, size: int | None = None
    ) -> Iterator[dict[str, PrintCopy]]:
        """The print copies of the photos without one made here, made `size` at a time
        (print_copies.BATCH) for the caller to store, until done or `cancelled()`. A
        photo deleted meanwhile, or one no decoder reads, gets none."""
        from casefile.store import print_copies

        size = size or print_copies.BATCH
        batch: dict[str, PrintCopy] = {}
        for attachment_id in self.missing_print_copies():
            if cancelled is not None and cancelled():
                break
            try:
                batch[attachment_id] = print_copies.downscale_image(
                    self.attachment_data(attachment_id)
                )
            except Exception:  # deleted since it was listed, or no decoder reads it
                continue
            if len(batch) >= size:
                yield batch
                batch = {}
        if batch:
            yield batch

    def export_attachment(self, attachment_id: str, folder: str | os.PathLike[str]) -> Path:
        """Write an attachment under a generated safe name inside `folder`; never outside it."""
        from casefile.store.media import safe_filename

        record = self.get("attachment", attachment_id)
        target_dir = Path(folder).resolve()
        target_dir.mkdir(parents=True, exist_ok=True)
        name = safe_filename(record.filename, f"attachment-{record.id[:8]}")
        target = (target_dir / name).resolve()
        if target.parent != target_dir:
            target = target_dir / f"attachment-{record.id[:8]}"
        stem, dot, suffix = target.name.partition(".")
        data = self.attachment_data(attachment_id)
        counter = 1
        while True:
            try:
                # "x": a new file only, so never through a link planted under this name
                handle = open(target, "xb")  # noqa: SIM115
            except FileExistsError:
                counter += 1
                target = target_dir / f"{stem}-{counter}{dot}{suffix}"
                continue
            try:
                with handle:
                    handle.write(data)
            except BaseException:  # a full disk: no partial photo left to mistake for it
                target.unlink(missing_ok=True)
                raise
            return target

    def save_attachment_as(self, attachment_id: str, target: str | os.PathLike[str]) -> Path:
        """Write an attachment's bytes to the file a user chose, whole or not at all,
        replacing a regular file there; refused if `target` is this case or one of its
        files (store/safewrite.py)."""
        data = self.attachment_data(attachment_id)
        out = check_output(target, inputs=[self.path], what=Words("what.attachment"))
        try:
            with replacing(out, inputs=[self.path], what=Words("what.attachment")) as handle:
                handle.write(data)
        except OSError as exc:
            raise not_written(exc, out) from exc
        return out

    # -- site plans ------------------------------------------------------------------------

    def add_plan(self, data: bytes, filename: str, *, name: str, caption: str = "") -> PlanRecord:
        """A site plan from a PNG, a JPEG or a PDF (its first page), with its display copy
        and thumbnail; everything is checked before anything is stored."""
        from casefile.store import plans
        from casefile.store.plan_images import prepare_plan

        fields = plans.check_plan_fields({"name": name, "caption": caption})
        stored_name = coerce_fields("attachment", {"filename": filename}, partial=True)["filename"]
        images = prepare_plan(data, stored_name)
        digest = hashlib.sha256(images.data).hexdigest()
        with self._write() as session:
            entry = plans.insert_plan(
                session, images, filename=stored_name, sha256=digest, fields=fields
            )
            audit.append(session, self.actor, [entry])
            return plans.load_plans(session, [entry[2]])[0]

    def plans(self) -> list[PlanRecord]:
        """The case's site plans, in the order they were added."""
        from casefile.store import plans

        with self._read() as session:
            return plans.load_plans(session)

    def plan(self, plan_id: str) -> PlanRecord:
        from casefile.store import plans

        with self._read() as session:
            return plans.require_plan(session, plan_id)

    def update_plan(self, plan_id: str, **changes: Any) -> PlanRecord:
        """Rename a plan or change its caption."""
        from casefile.store import plans

        values = plans.check_plan_fields(changes)
        with self._write() as session:
            plan = plans.require_plan(session, plan_id)
            entry = plans.update_plan(session, plan, values)
            if entry is not None:
                audit.append(session, self.actor, [entry])
            return plans.load_plans(session, [plan.id])[0]

    def delete_plan(self, plan_id: str) -> PlanSnapshot:
        """Delete a plan with its pins; the snapshot restores them all (undo)."""
        from casefile.store import plans

        with self._write() as session:
            plan = plans.require_plan(session, plan_id)
            snapshot, entries = plans.delete_plan(session, plan)
            audit.append(session, self.actor, entries)
        return snapshot

    def restore_plan(self, snapshot: PlanSnapshot) -> PlanRecord:
        from casefile.store import plans

        with self._write() as session:
            audit.append(session, self.actor, plans.restore_plan(session, snapshot))
            return plans.load_plans(session, [snapshot.plan.id])[0]

    def plan_image(self, plan_id: str, role: str = "display") -> tuple[bytes, int, int]:
        """A plan's image as (bytes, width, height): 'display' (downscaled for screens and
        the brief; the original where it is small enough), 'original' or 'thumb'."""
        from casefile.store import plans

        if role not in plans.ROLES:
            raise InvalidInput.of(
                "plan.unknown_image_role", role=role, choices=", ".join(plans.ROLES)
            )
        with self._read() as session:
            plan = plans.require_plan(session, plan_id)
            found = plans.image(session, plan.id, role)
            if found is None and role == "display":
                found = plans.image(session, plan.id, "original")
        if found is None:
            raise InvalidInput.of("plan.image_lost", name=plan.name)
        return found

    def pins(self, plan_id: str | None = None) -> list[PinRecord]:
        """The pins of one plan, or of every plan, in the order they were placed."""
        from casefile.store import plans

        with self._read() as session:
            if plan_id is not None:
                plan_id = plans.require_plan(session, plan_id).id
            return plans.load_pins(session, plan_id=plan_id)

    def pin(self, plan_id: str, item_id: str, x: float, y: float) -> PinRecord:
        """Place a damage item or a photo on a plan at (x, y), fractions of its size."""
        from casefile.store import plans

        with self._write() as session:
            plan = plans.require_plan(session, plan_id)
            pin_id, entry = plans.add_pin(session, plan, item_id, x, y)
            audit.append(session, self.actor, [entry])
            return plans.load_pins(session, ids=[pin_id])[0]

    def move_pin(self, pin_id: str, x: float, y: float) -> PinRecord:
        from casefile.store import plans

        with self._write() as session:
            pin = plans.require_pin(session, pin_id)
            entry = plans.move_pin(session, pin, x, y)
            if entry is not None:
                audit.append(session, self.actor, [entry])
            return plans.load_pins(session, ids=[pin.id])[0]

    def unpin(self, pin_id: str) -> PinRecord:
        """Remove a pin; the record it returns puts it back (restore_pins, for undo)."""
        from casefile.store import plans

        with self._write() as session:
            pin = plans.require_pin(session, pin_id)
            audit.append(session, self.actor, plans.remove_pins(session, [pin]))
        return pin

    def restore_pins(self, pins: Sequence[PinRecord]) -> list[PinRecord]:
        """Put back removed pins with their ids (those whose plan and item still exist)."""
        from casefile.store import plans

        with self._write() as session:
            entries = plans.restore_pins(session, pins)
            audit.append(session, self.actor, entries)
            return plans.load_pins(session, ids=[entry[2] for entry in entries])

    # -- reading the case as a whole ------------------------------------------------------

    def search(self, text: str, limit: int = 200) -> list[SearchHit]:
        """What the text finds, each damage item with its reference; a reference typed
        as such (D-12) finds its item first."""
        with self._read() as session:
            hits = self._search.query(session, text, limit)
            named = rows.damage_by_reference(session, text)
            if named is not None:
                hits = [named, *(h for h in hits if h.id != named.id)][: max(limit, 1)]
            references = rows.references(session, [h.id for h in hits if h.kind == "damage_item"])
        return [
            dataclasses.replace(hit, reference=references[hit.id]) if hit.id in references else hit
            for hit in hits
        ]

    def timeline(self, *, include_internal: bool = True) -> Timeline:
        """Incident, notes, meetings and follow-ups merged in time order (see
        store/timeline.py): a sequence of entries, each made when it is read."""
        from casefile.store.timeline import NoteReader, read_timeline

        incident = self.incident()
        notes = NoteReader(self._plain_rows, include_internal)
        with self._read() as session:
            return read_timeline(session, incident, notes)

    def _plain_rows(self, query: sa.Select[Any]) -> list[tuple[Any, ...]]:
        """A query's rows as the driver's tuples, in a read of its own (see rows.plain_rows)."""
        with self._read() as session:
            return rows.plain_rows(session, query)

    def audit_log(
        self,
        *,
        entity_id: str | None = None,
        limit: int | None = None,
        before_seq: int | None = None,
    ) -> list[ChangeRecord]:
        """Newest first; pass the last seq seen as `before_seq` to read the next page."""
        with self._read() as session:
            return audit.records(session, entity_id=entity_id, limit=limit, before_seq=before_seq)

    def verify_audit(self) -> AuditVerdict:
        with self._read() as session:
            return audit.verify(session)

    def fingerprint(self) -> str:
        """The head of the audit chain, shortened: names this state of the case."""
        return self.audit_head()[: audit.FINGERPRINT_LENGTH]

    def audit_head(self) -> str:
        """The hash of the audit chain's last entry, in full: this state of the case."""
        with self._read() as session:
            return audit.head(session)[1]

    def summary(self) -> CaseSummary:
        """Two queries, not one per figure: `casefile info` is paid for at every call, and
        each distinct statement costs a compile in a fresh process."""
        incident = self.incident()
        kinds = ("party", "note", "damage_item", "meeting", "follow_up", "attachment")
        count_all = sa.select(
            *(
                sa.select(sa.func.count()).select_from(table_of(TABLES[kind])).scalar_subquery()
                for kind in kinds
            )
        )
        damage = table_of(TABLES["damage_item"]).c
        cost = damage.estimated_cost
        # One row per (category, severity, currency): the totals, the unassessed count
        # and the chart's matrix are all sums of these. The sums see no value as it is
        # read, so the smallest and the largest estimate of each group are read through
        # the column's check (a negative, a too large, a text one fails it), and any
        # other that is not a whole number is counted, to be read below.
        not_whole = sa.func.count(cost) - sa.func.count(
            sa.case((sa.func.typeof(cost) == "integer", 1))
        )
        damage_groups = sa.select(
            damage.category,
            damage.severity,
            damage.currency,
            sa.func.count(),
            *rows.exact_sum(cost),
            sa.func.count() - sa.func.count(cost),
            sa.func.min(cost),
            sa.func.max(cost),
            not_whole,
        ).group_by(damage.category, damage.severity, damage.currency)
        with self._read() as session:
            row = session.execute(count_all).one()
            counts = {kind: int(number) for kind, number in zip(kinds, row, strict=True)}
            totals: dict[str, int] = {}
            estimated: dict[str, int] = {}
            unassessed = 0
            matrix: dict[tuple[str, str], int] = {}
            strays = 0
            for (
                category,
                severity,
                currency,
                number,
                high,
                low,
                without,
                *_,
                stray,
            ) in session.execute(damage_groups):
                matrix[(category, severity)] = matrix.get((category, severity), 0) + number
                unassessed += without
                strays += stray
                total = rows.joined_sum(high, low)
                if total is not None:
                    totals[currency] = totals.get(currency, 0) + total
                    estimated[currency] = estimated.get(currency, 0) + number - without
            if strays:  # raises the column's refusal, naming the item
                session.execute(sa.select(cost).where(sa.func.typeof(cost) != "integer")).all()
            totals = dict(sorted(totals.items()))
            head = audit.head(session)[1]
            version = int(session.execute(sa.text("PRAGMA user_version")).scalar_one())
        return CaseSummary(
            str(self.path),
            incident.title,
            incident.reference,
            version,
            counts,
            totals,
            unassessed,
            head[: audit.FINGERPRINT_LENGTH],
            self.read_only,
            matrix,
            head,
            dict(sorted(estimated.items())),
        )

    # -- seals, review state and review comments ------------------------------------------

    def seal(self, key: SigningKey, *, state: str = "", comment: str = "") -> SealRecord:
        """Sign the case as it is now with `key`, in a review state ("" for a plain seal;
        submitted, approved, changes-requested), recorded in the file and its audit log."""
        from casefile.store import seals

        with self._write() as session:
            seal_id = seals.make(session, key, self.actor, state=state, comment=comment)
        return next(s for s in self.seals() if s.id == seal_id)

    def seal_report(self, keys: Keys | None = None) -> SealReport:
        """Every seal verified against the file, trusted or not by `keys` (the user's)."""
        from casefile.store import seals
        from casefile.store.keys import Keys

        with self._read() as session:
            return seals.verify(session, keys if keys is not None else Keys())

    def seals(self, keys: Keys | None = None) -> list[SealRecord]:
        """The case's seals, oldest first, each verified."""
        return list(self.seal_report(keys).seals)

    def review_state(self, keys: Keys | None = None) -> ReviewState | None:
        """Where the case stands in review (its latest seal with a state), or None. A
        case never sealed costs one count, not a walk of its log (the title bar asks)."""
        from casefile.store import seals

        with self._read() as session:
            table = table_of(seals.Seal)
            if not session.execute(sa.select(sa.func.count()).select_from(table)).scalar():
                return None
        return seals.review_state(self.seal_report(keys))

    def add_comment(self, item_id: str, body: str) -> CommentRecord:
        """A review comment on an item (the incident, a damage item, a meeting, ...)."""
        from casefile.store import comments

        item_id = check_id(item_id)
        with self._write() as session:
            comment_id = comments.add(session, self.actor, item_id, body)
            return next(c for c in comments.load(session) if c.id == comment_id)

    def resolve_comment(self, comment_id: str, resolved: bool = True) -> CommentRecord:
        """Mark a review comment resolved (or open again)."""
        from casefile.store import comments

        comment_id = check_id(comment_id)
        with self._write() as session:
            comments.set_resolved(session, self.actor, comment_id, resolved)
            return next(c for c in comments.load(session) if c.id == comment_id)

    def comments(
        self, *, item_id: str | None = None, include_resolved: bool = True
    ) -> list[CommentRecord]:
        """Review comments, oldest first (those on one item, or the open ones only)."""
        from casefile.store import comments

        with self._read() as session:
            return comments.load(session, item_id=item_id, include_resolved=include_resolved)

    def reporting_currency(self) -> str:
        """The currency the case's totals are given in: the case's own, else the user's
        default currency (Settings; its default where the settings file is unreadable)."""
        own = self.incident().reporting_currency
        if own:
            return own
        try:
            return read_settings().currency
        except InvalidInput:
            return UserSettings().currency

    def damage_totals(self, *, named: bool = False) -> ReportingTotal:
        """Every estimate added up per currency and in the reporting currency at the
        case's rates, counting the items left out: those without an estimate, and those
        in a currency without a rate (store/totals.py). With `named`, their references
        too, read from the table (a look at each such row); without, the figures come
        from an index alone, for a view that refreshes at every edit."""
        from casefile.store.totals import CurrencySum, reporting_total

        incident = self.incident()
        reporting = self.reporting_currency()
        damage = table_of(TABLES["damage_item"]).c
        by_currency = sa.select(
            damage.currency,
            sa.func.count(damage.estimated_cost),
            sa.func.count() - sa.func.count(damage.estimated_cost),
            *rows.exact_sum(damage.estimated_cost),
        ).group_by(damage.currency)
        rated = {rate.currency for rate in incident.exchange_rates} | {reporting}
        unestimated = 0
        sums = []
        unestimated_refs: list[str] = []
        unrated: dict[str, list[str]] = {}
        with self._read() as session:
            for currency, count, without, high, low in session.execute(by_currency):
                unestimated += int(without)
                if count:
                    sums.append(CurrencySum(currency, rows.joined_sum(high, low) or 0, int(count)))
            if named:
                unestimated_refs = rows.references_where(session, damage.estimated_cost.is_(None))
                for currency in [s.currency for s in sums if s.currency not in rated]:
                    unrated[currency] = rows.references_where(
                        session,
                        sa.and_(damage.currency == currency, damage.estimated_cost.is_not(None)),
                    )
        return reporting_total(
            sums,
            reporting,
            incident.exchange_rates,
            unestimated=unestimated,
            unestimated_refs=unestimated_refs,
            unrated=unrated,
        )

    def check(self) -> list[Problem]:
        """Everything `casefile check` verifies; an empty list means the file is sound."""
        return list(self.check_result().problems)

    def _file_problems(self) -> tuple[list[Problem], list[Problem]]:
        """What SQLite itself finds in the file, and what keeps its tables from being
        read as casefile made them (left unlooked-for when the file is damaged)."""
        problems: list[Problem] = []
        unread: list[Problem] = []
        raw = self._raw_connect()
        try:
            problems += [Problem("integrity", p) for p in sf.integrity_check(raw)]
            problems += [Problem("foreign_keys", p) for p in sf.foreign_key_problems(raw)]
            problems += [
                Problem("schema", Words("check.unexpected", object=p))
                for p in sf.unexpected_objects(raw)
            ]
            version = raw.execute("PRAGMA user_version").fetchone()[0]
            if version != sf.SCHEMA_VERSION:
                said = Words("check.schema_version", version=version, expected=sf.SCHEMA_VERSION)
                problems.append(Problem("schema", said))
            if not any(p.area == "integrity" for p in problems):
                from casefile.store import definitions

                unread += [Problem("schema", p) for p in definitions.differences(raw)]
                tables = list(load_all_tables().tables.values())
                unread += [Problem("values", p) for p in bad_values(raw, tables)]
        finally:
            raw.close()
        return problems, unread

    def check_result(self, keys: Keys | None = None) -> CheckResult:
        """What check() finds, with the number of audit entries verified: one walk of the
        chain for both, where a caller that also counted them walked it twice. Seals
        are verified too, their signers trusted or not by `keys` (the user's)."""
        problems, unread = self._file_problems()
        problems += unread
        if any(p.area == "integrity" for p in problems):
            return CheckResult(tuple(problems), 0)
        if unread:
            # What follows reads the tables as casefile made them: it would stop at the
            # first missing column or refused value, and say less than the list above.
            problems.append(Problem("audit", Words("check.audit_not_verified")))
            return CheckResult(tuple(problems), 0)
        with self._read() as session:
            problems += _content_problems(session)
            verdict = audit.verify(session)
            problems += _audit_problems(session, verdict)
            from casefile.store import seals
            from casefile.store.keys import Keys

            report = seals.verify(
                session, keys if keys is not None else Keys(), chain_ok=verdict.ok
            )
        problems += [Problem("seals", p) for p in report.problems]
        return CheckResult(
            tuple(problems),
            verdict.entries,
            seals=report.seals,
            warnings=tuple(Problem("seals", w) for w in report.warnings),
            uncovered=tuple(report.uncovered),
            review=seals.review_state(report),
            release=report.release,
        )

    # -- casefile-json (docs/json-format.md) --------------------------------------------

    def export_document(self) -> dict[str, Any]:
        """The whole case, attachments included, as a casefile-json document."""
        from casefile.store import interchange

        with self._read() as session:
            return interchange.export_document(session)

    @staticmethod
    def check_document(document: Any) -> ParsedDocument:
        """A document about a whole case checked and converted, or InvalidInput naming
        where it is wrong: a caller can refuse a bad document before it opens a case,
        since opening may change the file (store/rehearsal.py)."""
        from casefile.store import interchange

        return interchange.parse_document(document, need_incident=True)

    def import_document(self, document: Any, *, checked: ParsedDocument | None = None) -> int:
        """Insert or update every item of `document` by id, in one transaction; returns
        how many items were created or changed. `checked` is what check_document gave
        for it, so that it is not checked twice."""
        from casefile.store import interchange
        from casefile.store.jsonfile import gc_paused

        with gc_paused():
            if checked is None:
                checked = interchange.parse_document(document, need_incident=True)
            with self._write() as session:
                return interchange.apply_document(
                    session, document, search=self._search, actor=self.actor, parsed=checked
                )

    @classmethod
    def create_from_document(
        cls,
        path: str | os.PathLike[str],
        document: Any,
        *,
        actor: str | None = None,
        passphrase: Passphrase | None = None,
    ) -> CaseFile:
        """A new case file holding exactly the document; nothing is left on failure.
        With `passphrase`, the new file is encrypted."""
        from casefile.store import interchange
        from casefile.store.jsonfile import gc_paused

        with gc_paused(), interchange.Inspections() as inspections:
            # Every attachment of a new case is new: its photos decode while the rest of
            # the document is parsed and written.
            parsed = interchange.parse_document(
                document, need_incident=True, on_attachment=inspections.start
            )

            def fill(case: CaseFile) -> None:
                with case._write() as session:
                    # A new file has no deleted text to overwrite, so the pages the search
                    # index frees while it grows need no zeroing; and a larger page cache
                    # spares re-reading index pages. This connection closes after the fill.
                    session.execute(sa.text("PRAGMA secure_delete=OFF"))
                    session.execute(sa.text(f"PRAGMA cache_size=-{interchange.FILL_CACHE_KIB}"))
                    interchange.apply_document(
                        session,
                        document,
                        search=case._search,
                        actor=case.actor,
                        parsed=parsed,
                        inspections=inspections,
                    )

            return cls._create_staged(path, actor, fill, passphrase)

    # -- other copies of the case ----------------------------------------------------------

    def compare(self, other: CaseFile) -> tuple[ItemDifference, ...]:
        """What `other` (a later version of this case) adds, removes and changes, each
        change with who made it and when, from the audit entries this case lacks."""
        from casefile.store import casestate
        from casefile.store.merging import differences

        with self._read() as old, other._read() as new:
            before, after = casestate.read(old), casestate.read(new)
            new_entries = casestate.entry_ids(new) - casestate.entry_ids(old)
            by = casestate.authors(new, new_entries)
        out = []
        for item in differences(before, after):
            mark = {"added": "+", "removed": ""}.get(item.change)
            fields = tuple(
                dataclasses.replace(f, by=by.get((item.id, f.field))) for f in item.fields
            )
            who = by.get((item.id, mark)) if mark is not None else None
            out.append(dataclasses.replace(item, fields=fields, by=who))
        return tuple(out)

    def preview_merge(
        self,
        other: CaseFile,
        *,
        take: str | None = None,
        choices: Mapping[tuple[str, str, str], Any] | None = None,
    ) -> MergeResult:
        """What merging `other` into this case would do; nothing is written."""
        from casefile.store import merging

        with self._read() as mine, other._read() as theirs:
            plan = merging.plan(mine, theirs, other.path)
        result, resolved, left = merging.resolve(plan, take, choices)
        return merging.summary(plan, result, resolved, left, written=False)

    def merge(
        self,
        other: CaseFile,
        *,
        take: str | None = None,
        choices: Mapping[tuple[str, str, str], Any] | None = None,
    ) -> MergeResult:
        """Bring the edits of `other` (a copy of this case, edited apart) into this case:
        three ways, field by field (store/merging.py). A conflict not settled by
        `choices` ((kind, id, field) -> "mine", "theirs" or ("edit", value)) or by
        `take` refuses the merge (MergeConflicts) and nothing is written. The merge is
        made on a staged copy, then put in this file's place whole."""
        from casefile.store import merging

        with self._read() as mine, other._read() as theirs:
            plan = merging.plan(mine, theirs, other.path)
            result, resolved, left = merging.resolve(plan, take, choices)
            if left:
                raise MergeConflicts(left, path=self.path)
            if plan.status == "up_to_date":
                return merging.summary(plan, result, resolved, left, written=False)
            self._write_staged(
                lambda session: merging.write(
                    session, self._search, self.actor, plan, result, theirs
                )
            )
        return merging.summary(plan, result, resolved, left, written=True)

    def _write_staged(self, change: Callable[[Session], None]) -> None:
        """Make `change` in one transaction on a private copy of this file, then put the
        copy in this file's place: a crash at any point leaves the file as it was or with
        the whole change."""
        self._require_open()
        if self.read_only:
            raise ReadOnly.of(
                "case.read_only",
                path=self.path,
                reason=self.read_only_reason,
            )
        if self._identity is not None:
            sf.check_identity(self.path, self._identity)
        try:
            with private_folder(self.path) as folder:
                staged = folder / self.path.name
                os.close(create_new(staged, mode_for(self.path)))  # never through a link
                shutil.copyfile(self.path, staged)
                # A byte copy of this file, which was checked when it was opened and is
                # held under our lock: written through an engine of its own, unchecked,
                # and without syncing or a journal on disk: a crash loses only the private
                # copy, which is synced whole before it takes the file's place.
                engine = sf.make_engine(staged, read_only=False, cipher=self._opened.cipher)
                sa.event.listen(engine, "connect", _unsynced)
                try:
                    with Session(engine.execution_options(casefile_write=True)) as session:
                        session.connection()  # BEGIN IMMEDIATE
                        change(session)
                        session.commit()
                finally:
                    engine.dispose()
                sync_to_disk(staged)
                self._engine.dispose()  # its next connection opens the file put in place
                replace_file(staged, self.path)
        except BaseException as exc:
            mapped = sf.map_sqlite_error(exc, self.path)
            if mapped is not None:
                raise mapped from exc
            if isinstance(exc, OSError):
                raise not_written(exc, self.path) from exc
            raise
        sync_folder(self.path.parent)
        self._identity = sf.file_identity(self.path)

    # -- copies --------------------------------------------------------------------------

    def save_copy(
        self,
        destination: str | os.PathLike[str],
        *,
        passphrase: Passphrase | None = None,
        plain: bool = False,
    ) -> Path:
        """A consistent, compact copy to share: no free pages, no text of deleted items.
        Encrypted as the case is (the same passphrase), unless given a new `passphrase`
        or asked for a `plain` copy."""
        copy_key = self._copy_key(passphrase, plain)
        return self._write_copy(destination, "the copy", lambda session: None, copy_key)[0]

    def _copy_key(self, passphrase: Passphrase | None, plain: bool) -> CopyKey | None:
        """How a copy is encrypted: as this file (None), or under the key given (a new
        passphrase's, or none for a plain copy)."""
        if passphrase is not None and plain:
            raise ValueError("a copy is plain or has a new passphrase, not both")
        if passphrase is not None:
            check_new_passphrase(passphrase)
            return CopyKey(passphrase.new_cipher())
        if plain and self._opened.cipher is not None:
            return CopyKey(None)
        return None

    def release_copy(
        self,
        destination: str | os.PathLike[str],
        key: SigningKey,
        *,
        redact_internal: bool = False,
        passphrase: Passphrase | None = None,
        plain: bool = False,
    ) -> tuple[Path, dict[str, Any]]:
        """A copy for people outside the team (store/release.py): without deleted items,
        without the audit log's old values, optionally without internal material, with a
        manifest of what it withholds, sealed with `key`. Returns its path and manifest.
        Encrypted as the case is, unless given a new `passphrase` or asked to be `plain`."""
        from casefile.store import release

        copy_key = self._copy_key(passphrase, plain)

        # What is released is what check finds sound: a damaged case, a planted value, a
        # broken chain or a forged seal is refused before the copy is made.
        problems = self.check_result().problems
        if problems:
            raise InvalidInput.of(
                "release.problems_found",
                path=self.path,
                count=len(problems),
                first=problems[0].message,
            )
        return self._write_copy(
            destination,
            "the release copy",
            lambda session: release.withhold_for_release(
                session, key, self.actor, redact_internal=redact_internal
            ),
            copy_key,
        )

    def _write_copy(
        self,
        destination: str | os.PathLike[str],
        what: str,
        scrub: Callable[[Session], T],
        copy_key: CopyKey | None = None,
    ) -> tuple[Path, T]:
        """A compact copy of the case at `destination` (a new file, whole or not at all),
        made with VACUUM INTO and then changed by `scrub` in one transaction before its
        search index is made again from its items and its free pages are dropped. Under
        another key (`copy_key`) it is exported under that key instead, so that no page
        of it is written under the case's."""
        target = check_output(destination, inputs=[self.path], what=what)
        if os.path.lexists(target):
            raise AlreadyExists.of("copy.already_exists", path=target, what=what)
        require_writable_folder(target, "cannot be written")
        try:
            with private_folder(target) as folder:
                temp = folder / target.name
                cipher = self._opened.cipher
                if copy_key is None:
                    # mode=ro protects the source; query_only would forbid writing the copy.
                    raw = self._raw_connect(query_only=False)
                    try:
                        raw.execute("VACUUM INTO ?", (str(temp),))
                    finally:
                        raw.close()
                else:
                    os.close(create_new(temp))
                    cipher = copy_key.cipher
                    sf.export(self._opened.working_path, self._opened.cipher, temp, cipher)
                result = self._scrub_copy(temp, scrub, cipher)
                sync_to_disk(temp)
                put_new_in_place(temp, target)
        except BaseException as exc:
            mapped = sf.map_sqlite_error(exc, target)
            if mapped is not None:
                raise mapped from exc
            if isinstance(exc, OSError):
                raise not_written(exc, target) from exc
            raise
        sync_folder(target.parent)
        return target, result

    def _scrub_copy(self, copy: Path, scrub: Callable[[Session], T], cipher: Cipher | None) -> T:
        """Withhold audit values of deleted items, make `scrub`'s changes, rebuild the
        search index from live rows, and drop the free pages where old text lingers."""
        from casefile.store import release

        conn = sf.raw_connect(copy, read_only=False, cipher=cipher)
        engine = sf.engine_on(conn)
        try:
            # casefile creates no triggers or views: any in a hostile file would run on
            # the writes below, and travel with the copy. Drop them first.
            for kind, name in conn.execute(
                "SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'view')"
            ).fetchall():
                quoted = '"' + name.replace('"', '""') + '"'
                conn.execute(f"DROP {kind.upper()} IF EXISTS {quoted}")
            with Session(engine) as session:
                from casefile.store import plans

                live = release.live_ids(session)
                live |= plans.plan_ids(session) | plans.pin_ids(session)
                log = table_of(ChangeLog).c
                logged = set(session.execute(sa.select(log.entity_id).distinct()).scalars().all())
                audit.withhold(session, logged - live)
                result = scrub(session)
                if self._search.enabled and sf.table_exists(conn, sf.SEARCH_TABLE):
                    session.execute(sa.text(f"DROP TABLE {sf.SEARCH_TABLE}"))
                    session.execute(sa.text(sf.SEARCH_DDL))
                    self._search.rebuild(session)
                session.commit()
            conn.execute("VACUUM")
        finally:
            engine.dispose()
            conn.close()
        return result


def _content_problems(session: Session) -> list[Problem]:
    """What the tables hold that a case must not: other than one incident, attachments
    and plan images whose bytes are gone or changed."""
    from casefile.store import plans

    problems = []
    incidents = session.execute(sa.select(sa.func.count()).select_from(table_of(Incident))).scalar()
    if incidents != 1:
        problems.append(Problem("schema", Words("check.incident_count", count=incidents)))
    problems += _attachment_problems(session)
    problems += [Problem("attachments", p) for p in plans.image_problems(session)]
    return problems


def _audit_problems(session: Session, verdict: AuditVerdict) -> list[Problem]:
    """A broken chain; or, for a sound log, the items it does not account for as the
    file holds them."""
    if not verdict.ok:
        if not verdict.reason:
            return [Problem("audit", verdict.message)]
        fields = dict(verdict.fields)
        if "entity" in fields:
            fields["entity"] = entity_word(str(fields["entity"]))
        return [Problem("audit", Words(f"chain.{verdict.reason}", **fields))]
    from casefile.store import replay

    return [Problem("audit", f) for f in replay.untracked_changes(session)]


def _attachment_problems(session: Session) -> list[Problem]:
    """Attachments whose bytes are gone, or no longer match their SHA-256."""
    from casefile.store.attachment_data import AttachmentBlob

    problems = []
    attachment = table_of(TABLES["attachment"])
    # CAST: bytes hand-edited into TEXT must be reported, not crash the decoder.
    blobs = table_of(AttachmentBlob)
    data_column = sa.cast(blobs.c.data, sa.LargeBinary)
    query = sa.select(
        attachment.c.id, attachment.c.filename, attachment.c.sha256, data_column
    ).outerjoin(blobs, blobs.c.attachment_id == attachment.c.id)
    for item_id, filename, expected, data in session.execute(query):
        if data is None:
            said = Words("check.attachment_lost", item_id=item_id, filename=filename)
            problems.append(Problem("attachments", said))
        elif hashlib.sha256(data).hexdigest() != expected:
            said = Words("check.attachment_changed", item_id=item_id, filename=filename)
            problems.append(Problem("attachments", said))
    return problems


def edit_case(
    path: str | os.PathLike[str],
    change: Callable[[CaseFile], T],
    *,
    actor: str | None = None,
    on_opened: Callable[[CaseFile], None] | None = None,
    passphrase: Passphrase | None = None,
) -> T:
    """Open the case for editing, make `change` and close it; returns what `change`
    returned. `on_opened` sees the case opened for real (to say what the opening did)
    before `change` is made; it never sees the copy. A refusal by `change`, on the copy
    or on the file, leaves the file as it was. `passphrase` opens an encrypted case."""
    with CaseFile.open(path, actor=actor, rehearse=change, passphrase=passphrase) as case:
        if on_opened is not None:
            on_opened(case)
        return change(case)
