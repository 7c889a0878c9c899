"""The tables of a case file, as SQLModel classes.

Keys are UUID strings; `created_at`/`updated_at` are UTC. Times are stored as
naive UTC (SQLite keeps no offset) and come back aware through UTCDateTime.
Links that carry data (a participant's role) are explicit link tables; foreign
keys cascade in the database itself, so a delete never leaves dangling links.

The link tables and the tables of attachments' bytes live in `links.py` and
`attachment_data.py`, imported where they are read or written: building a table class
takes about a millisecond, and the first screen reads none of those eight
(docs/performance.md). `schema.load_all_tables()` loads every table, for what needs the
whole schema, and for the desktop app once its window is shown.
"""

# No `from __future__ import annotations` here: SQLModel (pydantic) reads each field's
# annotation, and a string one is compiled and evaluated first, for every field of
# every table on every start (bench/gui_bench.py measures the cold start).
import datetime as dt
from typing import Any, Literal

import sqlalchemy as sa
from pydantic import ConfigDict
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field, SQLModel

from casefile.store.stored import check_columns


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Aware datetimes in, naive UTC in SQLite, aware UTC out."""

    impl = sa.DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime reached the case file; attach a zone first")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC)


def _fk(target: str, ondelete: Literal["CASCADE", "SET NULL", "RESTRICT"]) -> Any:
    return Field(default=None, foreign_key=target, ondelete=ondelete, index=True, max_length=36)


def _when(nullable: bool = True, index: bool = False) -> Any:
    return Field(default=None, sa_type=UTCDateTime, nullable=nullable, index=index)


def table_of(model: type[SQLModel]) -> sa.Table:
    """The SQLAlchemy table of a table class: SQLAlchemy sets `__table__` on each, and
    SQLModel's type hints do not declare it."""
    table: sa.Table = model.__table__  # type: ignore[attr-defined]
    return table


class Table(SQLModel):
    """Base of every table: the API reads and writes through SQLAlchemy Core and never
    validates through pydantic, so building validators at import only slows start-up."""

    model_config = ConfigDict(defer_build=True)  # type: ignore[assignment]


class Stamped(Table):
    id: str = Field(primary_key=True, max_length=36)
    created_at: dt.datetime = _when(nullable=False)
    updated_at: dt.datetime = _when(nullable=False)


class Incident(Stamped, table=True):
    __tablename__ = "incident"
    title: str
    reference: str = ""
    occurred_at: dt.datetime | None = _when()
    timezone: str = "UTC"
    location: str = ""
    summary: str = ""
    status: str = "open"
    classification: str = ""
    reporting_currency: str = ""
    #: canonical JSON: [{currency, rate, as_of, source}], read as ExchangeRate records
    exchange_rates: str = "[]"
    sender: str = ""
    addressee: str = ""
    purpose: str = ""
    recommendation: str = ""
    decisions_sought: str = ""
    deadline: dt.date | None = None
    drafted_by: str = ""
    drafted_on: dt.date | None = None
    #: canonical JSON: [{name, cleared_on}], read as Clearance records
    clearances: str = "[]"


class Party(Stamped, table=True):
    __tablename__ = "party"
    name: str = Field(index=True)
    native_name: str = ""
    kind: str = "person"
    role: str = ""
    country: str = ""
    affiliation: str = ""
    contact: str = ""
    represents_id: str | None = _fk("party.id", "SET NULL")


class Note(Stamped, table=True):
    __tablename__ = "note"
    #: The notes list's order (dated first, by date, then as written) and everything
    #: the timeline reads of a note: both are read from this index alone, in its order,
    #: instead of scanning the note bodies and sorting (migration 0002).
    __table_args__ = (
        sa.Index("ix_note_order", "date", "created_at", "id", "title", "kind", "internal"),
    )
    title: str
    body: str = ""
    kind: str = "observation"
    date: dt.date | None = None
    source_party_id: str | None = _fk("party.id", "SET NULL")
    internal: bool = False


class DamageItem(Stamped, table=True):
    __tablename__ = "damage_item"
    #: What the summary (the overview, `casefile info`) groups and adds up, in its group
    #: order: read from this index alone, without a sort (migration 0002).
    __table_args__ = (
        sa.Index("ix_damage_item_summary", "category", "severity", "currency", "estimated_cost"),
        sa.Index("ix_damage_item_reference", "reference", unique=True),
    )
    #: The number of its reference (D-n): given in creation order, never reused (migration
    #: 0004 numbered the items of earlier files). Read as "D-n" (rows.load).
    reference: int | None = None
    category: str = "other"
    title: str
    description: str = ""
    location: str = ""
    severity: str = ""  # "" until assessed
    status: str = "reported"
    estimated_cost: int | None = None
    currency: str = ""
    quantity: str | None = None  # a plain decimal
    unit_cost: int | None = None
    assessed_by: str = ""
    assessed_at: dt.datetime | None = _when()


class Meeting(Stamped, table=True):
    __tablename__ = "meeting"
    kind: str = "bilateral_meeting"
    title: str
    held_at: dt.datetime | None = _when(index=True)
    all_day: bool = False  # only the date is known: held_at is local midnight
    timezone: str = "UTC"
    place: str = ""
    summary: str = ""
    outcomes: str = ""


class FollowUp(Stamped, table=True):
    __tablename__ = "follow_up"
    title: str
    owner_id: str | None = _fk("party.id", "SET NULL")
    due_date: dt.date | None = None
    status: str = "open"
    internal: bool = False
    meeting_id: str | None = _fk("meeting.id", "SET NULL")


class Attachment(Stamped, table=True):
    """What lists show of a file; the bytes and the thumbnail live in their own tables."""

    __tablename__ = "attachment"
    filename: str
    media_type: str = "application/octet-stream"
    size: int = 0
    sha256: str = Field(max_length=64)
    caption: str = ""
    captured_at: dt.datetime | None = _when()
    width: int | None = None
    height: int | None = None


class ChangeLog(Table, table=True):
    """The audit trail: one row per changed item, hash-chained in `seq` order."""

    __tablename__ = "change_log"
    id: str = Field(primary_key=True, max_length=36)
    seq: int = Field(unique=True, nullable=False)
    at: dt.datetime = _when(nullable=False)
    actor: str
    action: str
    entity: str
    entity_id: str = Field(index=True)
    changes: str  # canonical JSON: {field: [old, new]}
    changes_digest: str  # what the chain covers: the digests of the values, not the values
    withheld: bool = False  # values scrubbed from a shared copy (their item was deleted)
    prev_hash: str
    hash: str
    #: Who and when, as they travel between copies (store/audit.py, migration 0004).
    device: str = ""  # the device that made it; "" before devices were recorded
    hlc: int = 0  # hybrid logical clock time: physical ms * 65536 + counter
    parent: str = ""  # the id of the entry before it where it was made


class CaseMeta(Table, table=True):
    """Small facts about the file itself (search index state, creator's version)."""

    __tablename__ = "case_meta"
    key: str = Field(primary_key=True)
    value: str


#: kind -> the table holding its own row.
TABLES: dict[str, type[SQLModel]] = {
    "incident": Incident,
    "party": Party,
    "note": Note,
    "damage_item": DamageItem,
    "meeting": Meeting,
    "follow_up": FollowUp,
    "attachment": Attachment,
}


_CHECKED: list[type[SQLModel]] = [*TABLES.values(), ChangeLog, CaseMeta]
for _model in _CHECKED:
    check_columns(table_of(_model))  # every value read is checked (store/stored.py)
