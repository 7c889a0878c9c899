"""Reading and writing items as rows and link rows, inside a caller's transaction.

Shared by the CaseFile API and the JSON import so both store items the same way;
nothing here commits.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import threading
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, TypeAlias, cast, get_args

import sqlalchemy as sa
from sqlalchemy.orm import Session
from sqlmodel import SQLModel

from casefile.store import bulk, vocab
from casefile.store.errors import InvalidInput, Words, kind_name
from casefile.store.fields import (
    JSON_COLUMNS,
    LINK_FIELDS,
    SPEC,
    Field,
    Reference,
    reference_number,
    reference_text,
)
from casefile.store.kinds import Kind
from casefile.store.models import TABLES, table_of
from casefile.store.records import (
    AttachmentLink,
    AttachmentRecord,
    DamageItemRecord,
    FollowUpRecord,
    IncidentRecord,
    MeetingRecord,
    NoteRecord,
    OpenFollowUp,
    Participant,
    PartyRecord,
    SearchHit,
    party_display_name,
)
from casefile.store.stored import BadValue, check_all, shown

if TYPE_CHECKING:
    #: a SELECT of any columns
    AnySelect: TypeAlias = sa.Select[*tuple[Any, ...]]

RECORD_TYPES: dict[str, type] = {
    "incident": IncidentRecord,
    "party": PartyRecord,
    "note": NoteRecord,
    "damage_item": DamageItemRecord,
    "meeting": MeetingRecord,
    "follow_up": FollowUpRecord,
    "attachment": AttachmentRecord,
}

CHUNK = 900  # ids per IN (...) list


def chunks(ids: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def order_clause(kind: str) -> list[Any]:
    c = table_of(TABLES[kind]).c
    if kind == "party":
        return [sa.func.lower(c.name), c.id]
    if kind == "note":
        # Written as NULLS LAST, not `date IS NULL, date`: SQLite then reads ix_note_order
        # in order rather than sorting every note.
        return [c.date.asc().nulls_last(), c.created_at, c.id]
    if kind == "damage_item":
        order = {name: i for i, name in enumerate(vocab.DAMAGE_CATEGORIES)}
        return [sa.case(order, value=c.category, else_=99), sa.func.lower(c.title), c.id]
    if kind == "meeting":
        return [c.held_at.is_(None), c.held_at, c.created_at, c.id]
    if kind == "follow_up":
        return [c.due_date.is_(None), c.due_date, c.created_at, c.id]
    return [c.created_at, c.id]


def ordered_ids(session: Session, kind: str) -> list[str]:
    table = table_of(TABLES[kind])
    query = sa.select(table.c.id).order_by(*order_clause(kind))
    return [item_id for (item_id,) in plain_rows(session, query)]


def plain_rows(session: Session, query: AnySelect) -> list[tuple[Any, ...]]:
    """A query's rows as the driver gives them: tuples of plain values, no Row objects,
    no result types (a boolean is 0 or 1, a date its ISO text). For the long lists
    (every id of a kind, the timeline's notes), where SQLAlchemy's rows were a third
    of the time of reading 20,000 of them."""
    compiled = query.compile(dialect=session.get_bind().dialect)
    params = compiled.construct_params()
    order = compiled.positiontup or ()
    cursor = session.connection().connection.driver_connection
    assert cursor is not None  # an open session's connection
    found: list[tuple[Any, ...]] = cursor.execute(
        str(compiled), tuple(params[name] for name in order)
    ).fetchall()
    # Each value still goes through its column's check (store/stored.py), as through
    # SQLAlchemy: a column at a time, and the driver's value is kept where it passes.
    for n, column in enumerate(query.selected_columns):
        check_all(column.type, (row[n] for row in found))
    return found


def exact_sum(column: Any) -> tuple[Any, Any]:
    """SUM(column) as two sums that SQLite cannot overflow: of its high and of its low 32
    bits. SQLite adds integers in 64 bits and fails past 2^63 ("integer overflow"),
    which 9,224 estimates of the largest amount (money.MAX_MINOR_UNITS) reach; each
    half stays below 2^63 for up to 2^31 rows. joined_sum() adds them up as Python
    integers, exactly, and SQLite still reads the sums from an index alone."""
    whole = sa.Integer()  # sums, not values of the column: not read through its check
    return (
        sa.func.sum(column.op(">>", return_type=whole)(32), type_=whole),
        sa.func.sum(column.op("&", return_type=whole)(0xFFFFFFFF), type_=whole),
    )


def joined_sum(high: int | None, low: int | None) -> int | None:
    """The exact total of exact_sum()'s two halves; None where the column held none."""
    if high is None or low is None:
        return None
    return (int(high) << 32) + int(low)


def field_values(
    session: Session, kind: str, fields: Sequence[str], ids: Sequence[str] | None = None
) -> dict[str, tuple[Any, ...]]:
    """A few plain fields of every item of a kind (or of `ids`), by id, in one narrow
    query: what a list's filters and totals read, where whole records with their links
    cost far more. Every item is read as the driver gives it (plain_rows, each
    column checked), a flag made a bool and a date a date as SQLAlchemy would."""
    table = table_of(TABLES[kind])
    unknown = [f for f in fields if f == "id" or f not in table.c or f in LINK_FIELDS]
    if unknown:
        raise InvalidInput.of("list.field_list", kind=kind_name(kind), name=unknown[0])
    columns = [table.c[f] for f in fields]
    query = sa.select(table.c.id, *columns)
    declared = [type(getattr(c.type, "declared", c.type)).__name__ for c in columns]
    if ids is not None or any(name not in _PLAIN_TYPES for name in declared):
        # a few items (after an edit), or types plain_rows would not give as Python's
        found: list[Any] = []
        for chunk in [None] if ids is None else chunks(list(dict.fromkeys(ids))):
            where = query if chunk is None else query.where(table.c.id.in_(chunk))
            found.extend(session.execute(where).all())
        return {item_id: tuple(values) for item_id, *values in found}
    convert = [_PLAIN_TO_PYTHON.get(name) for name in declared]
    return {
        item_id: tuple(
            value if to is None or value is None else to(value)
            for to, value in zip(convert, values, strict=True)
        )
        for item_id, *values in plain_rows(session, query)
    }


#: column types plain_rows gives as SQLAlchemy would (text, numbers), or converts here
_PLAIN_TO_PYTHON: dict[str, Any] = {"Boolean": bool, "Date": dt.date.fromisoformat}
_PLAIN_TYPES = {"String", "AutoString", "VARCHAR", "Integer", "Text", *_PLAIN_TO_PYTHON}


def kind_of(session: Session, item_id: str) -> Kind | None:
    for kind in get_args(Kind):
        table = table_of(TABLES[kind])
        if session.execute(sa.select(table.c.id).where(table.c.id == item_id)).first():
            return cast(Kind, kind)
    return None


def existing_ids(session: Session, kind: str, ids: Iterable[str]) -> set[str]:
    table = table_of(TABLES[kind])
    wanted = list(dict.fromkeys(ids))
    found: set[str] = set()
    for chunk in chunks(wanted):
        query = sa.select(table.c.id).where(table.c.id.in_(chunk))
        found.update(session.execute(query).scalars().all())
    return found


def names(session: Session, kind: str, ids: Iterable[str]) -> dict[str, str]:
    """What each of the given items that exist is called in a list, by id: a party's
    name with its native spelling, a file's name, any other item's title."""
    table = table_of(TABLES[kind])
    if kind == "party":
        columns = [table.c.name, table.c.native_name]
    else:
        columns = [table.c.filename if kind == "attachment" else table.c.title]
    found: dict[str, str] = {}
    for chunk in chunks(list(dict.fromkeys(ids))):
        query = sa.select(table.c.id, *columns).where(table.c.id.in_(chunk))
        for item_id, *parts in session.execute(query).all():
            found[item_id] = party_display_name(*parts) if kind == "party" else parts[0]
    return found


def references(session: Session, ids: Iterable[str]) -> dict[str, str]:
    """The references (D-12) of the given damage items that have one, by id."""
    table = table_of(TABLES["damage_item"])
    found: dict[str, str] = {}
    for chunk in chunks(list(dict.fromkeys(ids))):
        query = sa.select(table.c.id, table.c.reference).where(table.c.id.in_(chunk))
        found.update(
            (item_id, reference_text(number))
            for item_id, number in session.execute(query).all()
            if number is not None
        )
    return found


def references_where(session: Session, condition: Any) -> list[str]:
    """The references of the damage items that meet `condition`, in number order."""
    table = table_of(TABLES["damage_item"])
    query = sa.select(table.c.reference).where(condition).order_by(table.c.reference)
    return [reference_text(n) for n in session.execute(query).scalars() if n is not None]


def damage_by_reference(session: Session, text: str) -> SearchHit | None:
    """The damage item whose reference `text` is (D-12, d-12), as a search hit."""
    try:
        reference = Reference().coerce("damage_item", "reference", text)
    except InvalidInput:
        return None
    if reference is None:
        return None
    table = table_of(TABLES["damage_item"])
    query = sa.select(table.c.id, table.c.title, table.c.description).where(
        table.c.reference == reference_number(reference)
    )
    found = session.execute(query).first()
    if found is None:
        return None
    item_id, title, description = found
    return SearchHit("damage_item", item_id, title, description[:200], reference=reference)


def thumbnails(session: Session, attachment_ids: Iterable[str]) -> dict[str, bytes]:
    """The stored thumbnails of the given attachments that have one, by id."""
    from casefile.store.attachment_data import AttachmentThumb

    thumbs = table_of(AttachmentThumb).c
    found: dict[str, bytes] = {}
    for chunk in chunks(list(dict.fromkeys(attachment_ids))):
        query = sa.select(thumbs.attachment_id, thumbs.data).where(thumbs.attachment_id.in_(chunk))
        found.update((item_id, bytes(data)) for item_id, data in session.execute(query).all())
    return found


def open_follow_ups(session: Session) -> list[OpenFollowUp]:
    """The open follow-ups with their owners' names, in one query."""
    follow_up = table_of(TABLES["follow_up"])
    party = table_of(TABLES["party"])
    query = (
        sa.select(
            follow_up.c.id,
            follow_up.c.title,
            sa.func.coalesce(party.c.name, ""),
            follow_up.c.due_date,
            follow_up.c.internal,
        )
        .select_from(follow_up.outerjoin(party, party.c.id == follow_up.c.owner_id))
        .where(follow_up.c.status == "open")
    )
    return [OpenFollowUp(*row) for row in session.execute(query).all()]


def load(session: Session, kind: str, ids: Sequence[str] | None = None) -> list[Any]:
    """Records of `kind`, in list order (or in the order of `ids`)."""
    rows = _read_rows(session, kind, ids)
    owner_ids = None if ids is None else [r["id"] for r in rows]
    _add_links(session, kind, rows, owner_ids)
    _typed_columns(kind, rows)
    return _records(kind, rows)


def _read_rows(session: Session, kind: str, ids: Sequence[str] | None) -> list[dict[str, Any]]:
    """The kind's own rows, in list order, or those of `ids` in their order (ids not
    stored are left out)."""
    table = table_of(TABLES[kind])
    if ids is None:
        return _rows(session, sa.select(table).order_by(*order_clause(kind)))
    by_id: dict[str, dict[str, Any]] = {}
    for chunk in chunks(list(ids)):
        for row in _rows(session, sa.select(table).where(table.c.id.in_(chunk))):
            by_id[row["id"]] = row
    return [by_id[i] for i in ids if i in by_id]


def _add_links(
    session: Session, kind: str, rows: list[dict[str, Any]], owner_ids: Sequence[str] | None
) -> None:
    """Fill each row's link fields (and an attachment's owners) from the link tables;
    `owner_ids` None: the rows are all of the kind."""
    for field, (link_model, owner_col, target_col) in links_of(kind).items():
        grouped = _links(
            session, link_model, owner_col, target_col, owner_ids, with_role=field == "participants"
        )
        for row in rows:
            row[field] = tuple(grouped.get(row["id"], ()))
    if kind == "attachment":
        grouped_owners = _attachment_owners(session, owner_ids)
        for row in rows:
            row["links"] = tuple(grouped_owners.get(row["id"], ()))


def _typed_columns(kind: str, rows: list[dict[str, Any]]) -> None:
    """Turn the columns stored in another form into the record's values: the incident's
    rates and clearances from their JSON, a damage item's reference from its number."""
    for name in JSON_COLUMNS.get(kind, ()):
        for row in rows:
            row[name] = stored_list(kind, name, row[name])
    if kind == "damage_item":
        for row in rows:
            number = row["reference"]
            row["reference"] = "" if number is None else reference_text(number)


def _records(kind: str, rows: list[dict[str, Any]]) -> list[Any]:
    """The rows as the kind's records, without the columns the record does not show."""
    record_type = RECORD_TYPES[kind]
    unused = rows[0].keys() - {f.name for f in dataclasses.fields(record_type)} if rows else ()
    for row in rows:
        for key in unused:
            del row[key]
    return [record_type(**row) for row in rows]


def links_of(kind: str) -> dict[str, tuple[type[SQLModel], str, str]]:
    """Link field -> (link table, owner column, target column), for a kind's link fields.
    The link tables are built only when a kind that has links is first read or written:
    opening a case and its first screen need none (store/links.py)."""
    if not LINK_FIELDS.intersection(SPEC[kind]):
        return {}
    from casefile.store.links import LINKS

    return {field: link for (owner, field), link in LINKS.items() if owner == kind}


def _rows(session: Session, query: AnySelect) -> list[dict[str, Any]]:
    """A query's rows as dicts, read with one fetchall. The column names are read once:
    `.mappings()` made a key view for every row, a third of the time of a list."""
    result = session.execute(query)
    keys = tuple(result.keys())
    return [dict(zip(keys, row, strict=True)) for row in result.all()]


def _links(
    session: Session,
    model: Any,
    owner_col: str,
    target_col: str,
    owner_ids: Sequence[str] | None,
    *,
    with_role: bool,
) -> dict[str, list[Any]]:
    table = table_of(model)
    columns = [table.c[owner_col], table.c[target_col]]
    if with_role:
        columns.append(table.c.role)
    query = sa.select(*columns).order_by(table.c[owner_col], table.c.position)
    grouped: dict[str, list[Any]] = defaultdict(list)
    batches = [None] if owner_ids is None else list(chunks(owner_ids))
    for chunk in batches:
        q = query if chunk is None else query.where(table.c[owner_col].in_(chunk))
        for row in session.execute(q).all():
            grouped[row[0]].append(Participant(row[1], row[2]) if with_role else row[1])
    return grouped


def _attachment_owners(
    session: Session, ids: Sequence[str] | None
) -> dict[str, list[AttachmentLink]]:
    from casefile.store.links import ATTACHMENT_OWNERS

    grouped: dict[str, list[AttachmentLink]] = defaultdict(list)
    for owner_kind, (model, owner_col) in ATTACHMENT_OWNERS.items():
        table = table_of(model)
        query = sa.select(table.c.attachment_id, table.c[owner_col])
        batches = [None] if ids is None else list(chunks(ids))
        for chunk in batches:
            q = query if chunk is None else query.where(table.c.attachment_id.in_(chunk))
            for attachment_id, owner_id in session.execute(q).all():
                grouped[attachment_id].append(AttachmentLink(owner_kind, owner_id))
    return grouped


def column_values(kind: str, values: dict[str, Any]) -> dict[str, Any]:
    """The values of the item's own row, as its columns hold them (a reference: its number)."""
    out = {k: v for k, v in values.items() if k not in LINK_FIELDS}
    if kind == "damage_item" and out.get("reference"):
        out["reference"] = reference_number(out["reference"])
    for name in JSON_COLUMNS.get(kind, ()):
        if name in out:
            listed = SPEC[kind][name].to_json(out[name])
            out[name] = json.dumps(listed, ensure_ascii=False, separators=(",", ":"))
    return out


def stored_list(kind: str, name: str, text: str) -> tuple[Any, ...]:
    """A list field as its column holds it (canonical JSON: the incident's rates and
    clearances), checked as typed."""
    try:
        listed: tuple[Any, ...] = SPEC[kind][name].coerce(kind, name, json.loads(text))
    except (ValueError, InvalidInput) as exc:
        reason = exc.words if isinstance(exc, InvalidInput) else Words("value.not_json")
        said = Words("value.refused", value=shown(text), refusal=reason)
        raise BadValue(kind, name, text, said) from None
    return listed


#: case_meta's key for the number the next damage reference takes at the least: a number
#: once given is never given again, even after its item was deleted.
NEXT_REFERENCE = "next_damage_reference"


def new_references(session: Session, count: int, taken: Iterable[str] = ()) -> list[str]:
    """`count` damage references never given in this case, in order (D-7, D-8, ...),
    past every number the table holds, every number given before (kept in case_meta
    even when its item is gone) and those in `taken` (about to be stored)."""
    from casefile.store.models import CaseMeta

    if count <= 0:
        return []
    meta = table_of(CaseMeta).c
    table = table_of(TABLES["damage_item"])
    highest = session.execute(sa.select(sa.func.max(table.c.reference))).scalar() or 0
    kept = session.execute(sa.select(meta.value).where(meta.key == NEXT_REFERENCE)).scalar()
    start = max(highest + 1, int(kept) if kept and kept.isdigit() else 1)
    start = max([start, *(reference_number(t) + 1 for t in taken)])
    note_next_reference(session, start + count)
    return [reference_text(n) for n in range(start, start + count)]


def note_next_reference(session: Session, number: int) -> None:
    """Keep `number` as the least the next reference may take (never lowered)."""
    from casefile.store.models import CaseMeta

    meta = table_of(CaseMeta)
    kept = session.execute(sa.select(meta.c.value).where(meta.c.key == NEXT_REFERENCE)).scalar()
    if kept is not None and kept.isdigit() and int(kept) >= number:
        return
    session.execute(sa.delete(meta).where(meta.c.key == NEXT_REFERENCE))
    session.execute(sa.insert(meta), {"key": NEXT_REFERENCE, "value": str(number)})


def insert(session: Session, kind: str, items: list[dict[str, Any]]) -> None:
    """Insert items (each: id, created_at, updated_at and every field) with their links."""
    if not items:
        return
    table = table_of(TABLES[kind])
    bulk.insert_rows(session, table, [column_values(kind, item) for item in items])
    for field, (link_model, owner_col, target_col) in links_of(kind).items():
        rows = [
            r
            for item in items
            for r in _link_rows(owner_col, target_col, item["id"], item.get(field, ()))
        ]
        bulk.insert_rows(session, table_of(link_model), rows)


def update(session: Session, kind: str, item_id: str, values: dict[str, Any]) -> None:
    """Write changed fields (columns and whole link lists) of one item."""
    table = table_of(TABLES[kind])
    columns = column_values(kind, values)
    if columns:
        session.execute(sa.update(table).where(table.c.id == item_id).values(**columns))
    for field in values.keys() & LINK_FIELDS:
        replace_links(session, kind, field, item_id, values[field])


def replace_links(
    session: Session, kind: str, field: str, item_id: str, value: Sequence[Any]
) -> None:
    model, owner_col, target_col = links_of(kind)[field]
    table = table_of(model)
    session.execute(sa.delete(table).where(table.c[owner_col] == item_id))
    rows = _link_rows(owner_col, target_col, item_id, value)
    if rows:
        session.execute(sa.insert(table), rows)


def _link_rows(
    owner_col: str, target_col: str, item_id: str, value: Sequence[Any]
) -> list[dict[str, Any]]:
    rows = []
    for position, target in enumerate(value):
        if isinstance(target, Participant):
            rows.append(
                {
                    owner_col: item_id,
                    target_col: target.party_id,
                    "role": target.role,
                    "position": position,
                }
            )
        else:
            rows.append({owner_col: item_id, target_col: target, "position": position})
    return rows


def delete(session: Session, kind: str, ids: Sequence[str]) -> None:
    table = table_of(TABLES[kind])
    for chunk in chunks(list(ids)):
        session.execute(sa.delete(table).where(table.c.id.in_(chunk)))


def check_references(
    session: Session, kind: str, values: dict[str, Any], pending: dict[str, set[str]] | None = None
) -> None:
    """Every id a field points to must exist (in the file, or among `pending` new items)."""
    pending = pending or {}
    for name, field in SPEC[kind].items():
        target = getattr(field, "target", "") or ("party" if name == "participants" else "")
        if not target or name not in values or values[name] in (None, ()):
            continue
        value = values[name]
        if name == "participants":
            ids = [p.party_id for p in value]
        elif isinstance(value, tuple):
            ids = list(value)
        else:
            ids = [value]
        known = existing_ids(session, target, ids) | pending.get(target, set())
        missing = [i for i in ids if i not in known]
        if missing:
            raise InvalidInput.of(
                "list.unknown_id_field",
                target_kind=kind_name(target),
                item_id=missing[0],
                name=name,
            )


def record_values(kind: str, record: Any) -> dict[str, Any]:
    """The stored fields of a record, as the API takes them."""
    return {name: getattr(record, name) for name in SPEC[kind]}


def _converters() -> dict[str, list[tuple[str, Any]]]:
    """Per kind, each field with its JSON converter (None where the value is its own JSON)."""
    plain = Field.to_json
    return {
        kind: [(name, None if type(f).to_json is plain else f.to_json) for name, f in spec.items()]
        for kind, spec in SPEC.items()
    }


_TO_JSON = _converters()


def diff(kind: str, before: dict[str, Any], after: dict[str, Any]) -> dict[str, list[Any]]:
    """{field: [old, new]} in JSON form, for the fields that differ.

    Runs once per item on every import, so it walks a precomputed converter table.
    """
    out = {}
    for name, convert in _TO_JSON[kind]:
        if name not in after:
            continue
        old, new = before.get(name), after[name]
        if old != new:
            out[name] = [old, new] if convert is None else [convert(old), convert(new)]
    return out


def created(kind: str, values: dict[str, Any], sha256: str | None = None) -> dict[str, list[Any]]:
    """What a new item's audit entry records: its fields in JSON form, and for an
    attachment its SHA-256, which `check` holds the stored hash to (store/replay.py)."""
    change = diff(kind, {}, values)
    if sha256:
        change["sha256"] = [None, sha256]
    return change


def removed(kind: str, before: dict[str, Any]) -> dict[str, list[Any]]:
    """{field: [old, None]} for the fields a deleted item held: what its delete entry
    records, so the log says what was deleted (a shared copy withholds it)."""
    held = {name: value for name, value in before.items() if value not in (None, "", (), [])}
    return diff(kind, held, dict.fromkeys(held))


def _clock() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


_last_stamp = dt.datetime.min.replace(tzinfo=dt.UTC)
_stamp_lock = threading.Lock()


def now() -> dt.datetime:
    """The time in UTC, later than any this process gave before.

    A day's notes are listed, and put on the timeline, in the order they were written:
    by created_at. A clock that ticks every 15.6 ms (Windows, before Python 3.13) would
    give two quick additions the same time and leave their order to their random ids.
    """
    global _last_stamp
    with _stamp_lock:
        stamp = _clock()
        if stamp <= _last_stamp:
            stamp = _last_stamp + dt.timedelta(microseconds=1)
        _last_stamp = stamp
        return stamp


def skip_past(moment: dt.datetime) -> None:
    """Make now() give times after `moment`: stamps handed out in a batch, ahead of it."""
    global _last_stamp
    with _stamp_lock:
        _last_stamp = max(_last_stamp, moment)
