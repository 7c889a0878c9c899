"""casefile-json version 2: the whole case as one JSON document, in and out (version 1,
the same without site plans and pins, is still read).

Import checks the whole document before writing anything, then inserts or
updates by id in one transaction. docs/json-format.md documents every field.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import os
from collections import defaultdict
from collections.abc import Callable
from contextlib import nullcontext
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from casefile.store import audit, bulk, jsontext, rows
from casefile.store.attachment_data import AttachmentBlob, AttachmentThumb
from casefile.store.errors import InvalidInput, kind_name
from casefile.store.fields import (
    SPEC,
    Cost,
    Instant,
    check_id,
    reference_number,
    reference_text,
    settle_estimate,
)
from casefile.store.media import MediaInfo, describe
from casefile.store.models import table_of
from casefile.store.money import parse_amount, to_decimal_string
from casefile.store.search import SearchIndex

FORMAT = "casefile-json"
VERSION = 4
#: The versions import reads: each adds to the one before (docs/json-format.md).
READABLE_VERSIONS = (1, 2, 3, 4)
#: Top-level collections of site plans and pins, from version 2 on (plan_interchange.py).
PLAN_COLLECTIONS = ("site_plans", "plan_pins")
#: JSON collection -> kind, in the order that satisfies references on insert.
COLLECTIONS = {
    "parties": "party",
    "attachments": "attachment",
    "notes": "note",
    "damage_items": "damage_item",
    "meetings": "meeting",
    "follow_ups": "follow_up",
}
ATTACHMENT_EXTRA = ("media_type", "size", "sha256", "width", "height", "data_base64")
_STAMP = Instant()


# -- export -----------------------------------------------------------------------------


def item_json(kind: str, record: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"id": record.id}
    for name, field in SPEC[kind].items():
        value = getattr(record, name)
        if name in ("estimated_cost", "unit_cost"):
            out[name] = None if value is None else to_decimal_string(value, record.currency)
        else:
            out[name] = field.to_json(value)
    if kind == "attachment":
        out.update(
            media_type=record.media_type,
            size=record.size,
            sha256=record.sha256,
            width=record.width,
            height=record.height,
        )
    out["created_at"] = _STAMP.to_json(record.created_at)
    out["updated_at"] = _STAMP.to_json(record.updated_at)
    return out


def attachment_json(session: Session, record: Any) -> dict[str, Any]:
    out = item_json("attachment", record)
    blobs = table_of(AttachmentBlob).c
    data = session.execute(sa.select(blobs.data).where(blobs.attachment_id == record.id)).scalar()
    out["data_base64"] = base64.b64encode(data or b"").decode("ascii")
    return out


def export_document(session: Session) -> dict[str, Any]:
    """The whole case read in `session`, attachments included."""
    incidents = rows.load(session, "incident")
    doc: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "incident": item_json("incident", incidents[0]),
    }
    for collection, kind in _export_order():
        records = rows.load(session, kind)
        if kind == "attachment":
            doc[collection] = [attachment_json(session, r) for r in records]
        else:
            doc[collection] = [item_json(kind, r) for r in records]
    from casefile.store.plan_interchange import export_plans

    doc["site_plans"], doc["plan_pins"] = export_plans(session)
    return doc


def _export_order() -> list[tuple[str, str]]:
    names = ["parties", "notes", "damage_items", "meetings", "follow_ups", "attachments"]
    return [(n, COLLECTIONS[n]) for n in names]


# -- parsing ------------------------------------------------------------------------------


class ParsedItem:
    __slots__ = ("created_at", "data", "id", "sha256", "updated_at", "values")

    def __init__(
        self,
        item_id: str,
        values: dict[str, Any],
        created_at: Any,
        updated_at: Any,
        data: bytes | None = None,
        sha256: str | None = None,
    ) -> None:
        self.id = item_id
        self.values = values
        self.created_at = created_at
        self.updated_at = updated_at
        self.sha256 = sha256  # of `data`, checked against the document's while parsing
        self.data = data


#: A document checked and converted: per kind, its items in document order; under
#: "site_plans", one plan_interchange.ParsedPlans with the plans and pins.
ParsedDocument = dict[str, list[Any]]


def check_header(doc: Any) -> None:
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        got = doc.get("format") if isinstance(doc, dict) else None
        raise InvalidInput.of(
            "json.casefile_json_document", got=jsontext.brief_repr(got), FORMAT=FORMAT
        )
    version = doc.get("version")
    if type(version) is not int or version not in READABLE_VERSIONS:  # true, 1.0 are not 1
        shown = jsontext.brief_repr(version) if type(version) is not int else version
        raise InvalidInput.of("json.casefile_json_version", shown=shown, VERSION=VERSION)


def parse_document(
    doc: Any,
    *,
    need_incident: bool,
    on_attachment: Callable[[ParsedItem], object] | None = None,
) -> ParsedDocument:
    """Every item checked and converted, or InvalidInput naming where the problem is
    (its JSON path: `$.parties[3].id`).

    `on_attachment` sees each attachment as soon as its bytes are checked, so that a
    new case can start decoding photos while the rest of the document is parsed.
    """
    try:
        return _parse_document(doc, need_incident, on_attachment)
    except RecursionError:  # a value nested too deeply to show in a message
        raise InvalidInput.of("json.nests_lists_objects", place=jsontext.deep_place(doc)) from None


def _parse_document(
    doc: Any,
    need_incident: bool,
    on_attachment: Callable[[ParsedItem], object] | None,
) -> ParsedDocument:
    check_header(doc)
    known = {"format", "version", "incident", *COLLECTIONS}
    if doc["version"] >= 2:
        known.update(PLAN_COLLECTIONS)
    unknown = set(doc) - known
    if unknown:
        raise InvalidInput.of("json.unknown_top_level", names=_names(unknown))
    parsed: ParsedDocument = {}
    #: id -> where in the document it was first given
    seen: dict[str, str] = {}
    if "incident" in doc or need_incident:
        if not isinstance(doc.get("incident"), dict):
            raise InvalidInput.of("json.incident_object_incident")
        incident = _parse_item("incident", doc["incident"], "$.incident")
        parsed["incident"] = [incident]
        seen[incident.id] = "$.incident"
    for collection, kind in COLLECTIONS.items():
        items = doc.get(collection, [])
        if not isinstance(items, list):
            raise InvalidInput.of("json.not_a_list", collection=collection)
        parsed[kind] = []
        for index, raw in enumerate(items):
            where = f"$.{collection}[{index}]"
            item = _parse_item(kind, raw, where)
            if item.id in seen:
                raise InvalidInput.of(
                    "json.id_id_appears", where=where, item_id=item.id, first_at=seen[item.id]
                )
            seen[item.id] = where
            parsed[kind].append(item)
            if on_attachment is not None and kind == "attachment":
                on_attachment(item)
    if any(collection in doc for collection in PLAN_COLLECTIONS):
        from casefile.store.plan_interchange import parse_plans

        parsed["site_plans"] = [parse_plans(doc, seen)]
    return parsed


def _names(keys: set[Any]) -> str:
    """Unknown keys for a message: each shown as JSON writes it, a few at most."""
    shown = [jsontext.brief_repr(k) for k in sorted(keys, key=str)[:5]]
    return ", ".join(shown) + (f" and {len(keys) - 5} more" if len(keys) > 5 else "")


#: kind -> the fields an item may carry, beside its id and stamps.
_ALLOWED = {
    kind: frozenset({"id", "created_at", "updated_at", *spec})
    | (frozenset(ATTACHMENT_EXTRA) if kind == "attachment" else frozenset())
    for kind, spec in SPEC.items()
}
#: kind -> (name, field, is a cost) per field: looked up once, not once per item.
_FIELDS = {
    kind: [(name, field, isinstance(field, Cost)) for name, field in spec.items()]
    for kind, spec in SPEC.items()
}


def _parse_item(kind: str, raw: Any, where: str) -> ParsedItem:
    if not isinstance(raw, dict):
        raise InvalidInput.of("json.not_an_object", where=where)
    if not _ALLOWED[kind].issuperset(raw):
        unknown = set(raw) - _ALLOWED[kind]
        raise InvalidInput.of("json.unknown_field_s", where=where, names=_names(unknown))
    at = "id"  # the field being read, for the message's JSON path
    try:
        item_id = check_id(raw.get("id"), "id")
        values: dict[str, Any] = {}
        for name, field, is_cost in _FIELDS[kind]:
            at = name
            value = raw.get(name, field.default)
            if is_cost:
                values[name] = _parse_cost(value, raw.get("currency"), name)
            else:
                values[name] = field.from_json(kind, name, value)
            if field.required and name not in raw:
                raise InvalidInput.of("json.field_required", name=name)
        if kind == "damage_item":
            at = "estimated_cost"
            values = settle_estimate({}, values)
            if values["estimated_cost"] is not None and not values["currency"]:
                at = "currency"
                raise InvalidInput.of("field.estimate_needs_currency")
        if kind == "party" and values["represents_id"] == item_id:
            at = "represents_id"
            raise InvalidInput.of("field.self_representing")
        at = "created_at"
        created = _STAMP.coerce(kind, "created_at", raw.get("created_at"))
        at = "updated_at"
        updated = _STAMP.coerce(kind, "updated_at", raw.get("updated_at"))
        at = "data_base64"
        data, digest = _parse_attachment(raw) if kind == "attachment" else (None, None)
    except InvalidInput as exc:
        raise InvalidInput.of("json.refused_at", where=where, at=at, refusal=exc.words) from exc
    return ParsedItem(item_id, values, created, updated, data, digest)


def _parse_cost(value: Any, currency: Any, name: str = "estimated_cost") -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise InvalidInput.of("json.decimal_string_such", name=name, value=value)
    if not isinstance(currency, str) or not currency:
        raise InvalidInput.of("json.needs_currency_iso", name=name)
    return parse_amount(value, currency)


def _parse_attachment(raw: dict[str, Any]) -> tuple[bytes, str]:
    """The bytes and their SHA-256, which must be the one the document gives."""
    encoded = raw.get("data_base64")
    if not isinstance(encoded, str):
        raise InvalidInput.of("json.data_base_hold")
    try:
        data = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise InvalidInput.of("json.data_base_valid") from exc
    expected = raw.get("sha256")
    digest = hashlib.sha256(data).hexdigest()
    if not isinstance(expected, str) or digest != expected.lower():
        raise InvalidInput.of("json.attachment_s_bytes")
    return data, digest


# -- applying -------------------------------------------------------------------------------


def apply_document(
    session: Session,
    doc: Any,
    *,
    search: SearchIndex,
    actor: str,
    action: str = "import",
    parsed: ParsedDocument | None = None,
    inspections: Inspections | None = None,
) -> int:
    """Insert or update every item of the document in the caller's transaction, with
    its audit entries (made by `actor`) and its entries in the `search` index.

    `parsed` is the document already checked by parse_document (it is not parsed
    twice); `inspections` may already be decoding its attachments. Returns the number
    of items created or changed.
    """
    if parsed is None:
        parsed = parse_document(doc, need_incident=action == "import")
    session.execute(sa.text("PRAGMA defer_foreign_keys=ON"))
    entries: list[tuple[str, str, str, dict[str, list[Any]]]] = []
    stamp = rows.now()
    if "incident" in parsed:
        _apply_incident(session, parsed["incident"][0], entries, stamp, search)
    pending: dict[str, set[str]] = {
        k: {i.id for i in items} for k, items in parsed.items() if k in COLLECTIONS.values()
    }
    present = _present_ids(session, pending)
    _check_kinds(present, pending)
    new_attachments = [i for i in parsed.get("attachment", []) if i.id not in present["attachment"]]
    # The caller's inspections stay the caller's to close; without them, own ones.
    with nullcontext(inspections) if inspections is not None else Inspections() as photos:
        for item in new_attachments:
            photos.start(item)
        _apply_items(search, session, parsed, present, pending, action, stamp, entries)
        # The audit entries hold the document's values, not what inspection finds, so
        # they are written while the last photos are still being decoded.
        audit.append(session, actor, entries)
        _store_blobs(session, new_attachments, [photos.result(i) for i in new_attachments])
    if "site_plans" in parsed:
        from casefile.store.plan_interchange import apply_plans

        planned = apply_plans(session, parsed["site_plans"][0], stamp)
        audit.append(session, actor, planned)
        entries += planned
    violations = session.execute(sa.text("PRAGMA foreign_key_check")).fetchall()
    if violations:
        table, _, parent, _ = violations[0]
        raise InvalidInput.of("json.link_points_missing", table=table, parent=parent)
    return len(entries)


def _apply_items(
    search: SearchIndex,
    session: Session,
    parsed: ParsedDocument,
    present: dict[str, set[str]],
    pending: dict[str, set[str]],
    action: str,
    stamp: Any,
    entries: list[tuple[str, str, str, dict[str, list[Any]]]],
) -> None:
    """Insert the new items and update the changed ones, kind by kind."""
    for kind in COLLECTIONS.values():
        items = parsed.get(kind, [])
        if not items:
            continue
        _check_refs(session, kind, items, pending)
        existing = present[kind]
        new = [i for i in items if i.id not in existing]
        old = [i for i in items if i.id in existing]
        if kind == "damage_item":
            _give_references(session, new, old, stamp)
        new_rows = _insert_new(session, kind, new, stamp)
        created, updated = _audit_actions(action)
        entries += [(created, kind, i.id, rows.created(kind, i.values, i.sha256)) for i in new]
        changed_rows = _update_changed(session, kind, old, stamp, updated, entries)
        search.put(session, kind, new_rows, new=True)  # it reads the id and text fields
        search.put(session, kind, changed_rows)


def _give_references(
    session: Session, new: list[ParsedItem], old: list[ParsedItem], stamp: Any
) -> None:
    """Each new damage item keeps the document's reference when no item of the case holds
    it (a restored item gets its own back); the others take new numbers, in creation
    order. An item already in the case keeps its own: a reference is never renumbered."""
    for item in old:
        item.values.pop("reference", None)
    if not new:
        return
    table = table_of(rows.TABLES["damage_item"])
    wanted = [i.values["reference"] for i in new if i.values.get("reference")]
    held: set[str] = set()
    for chunk in rows.chunks([reference_number(r) for r in wanted]):
        query = sa.select(table.c.reference).where(table.c.reference.in_(chunk))
        held.update(reference_text(n) for n in session.execute(query).scalars())
    kept: list[str] = []
    needing = []
    for item in sorted(new, key=lambda i: (i.created_at or stamp, i.id)):
        reference = item.values.get("reference")
        if reference and reference not in held:
            held.add(reference)
            kept.append(reference)
        else:
            needing.append(item)
    given = rows.new_references(session, len(needing), kept)
    for item, reference in zip(needing, given, strict=True):
        item.values["reference"] = reference
    if kept:
        rows.note_next_reference(session, max(map(reference_number, kept)) + 1)


def _audit_actions(action: str) -> tuple[str, str]:
    """What the audit log calls an item made and an item changed by `action`: an import
    creates and updates; a restore (undo of a delete) says so of both."""
    return ("create", "update") if action == "import" else (action, action)


def _insert_new(
    session: Session, kind: str, new: list[ParsedItem], stamp: Any
) -> list[dict[str, Any]]:
    """Insert the items new to the case; returns their rows. Items that do not say
    when they were created are stamped a microsecond apart, in the document's order:
    a day's notes are listed in the order written."""
    new_rows = []
    for n, i in enumerate(new):
        made = i.created_at or stamp + dt.timedelta(microseconds=n)
        new_rows.append({
            "id": i.id,
            "created_at": made,
            "updated_at": i.updated_at or (stamp if i.created_at else made),
            **i.values,
            **_attachment_columns(i),
        })  # fmt: skip
    rows.skip_past(stamp + dt.timedelta(microseconds=len(new)))
    rows.insert(session, kind, new_rows)
    return new_rows


def _update_changed(
    session: Session,
    kind: str,
    old: list[ParsedItem],
    stamp: Any,
    action: str,
    entries: list[tuple[str, str, str, dict[str, list[Any]]]],
) -> list[dict[str, Any]]:
    """Update the items the case holds whose values the document changes, with an
    audit entry each; returns their rows as they now are."""
    changed_rows = []
    current = {r.id: r for r in rows.load(session, kind, [i.id for i in old])}
    for item in old:
        if item.data is not None and item.sha256 != current[item.id].sha256:
            raise InvalidInput.of("json.attachment_holds_other", item_id=item.id)
        before = rows.record_values(kind, current[item.id])
        change = rows.diff(kind, before, item.values)
        if change:
            rows.update(
                session,
                kind,
                item.id,
                {**{k: item.values[k] for k in change}, "updated_at": item.updated_at or stamp},
            )
            entries.append((action, kind, item.id, change))
            changed_rows.append({"id": item.id, **before, **item.values})
    return changed_rows


def _apply_incident(
    session: Session, item: ParsedItem, entries: list[Any], stamp: Any, search: SearchIndex
) -> None:
    current = rows.load(session, "incident")
    if not current:
        rows.insert(
            session,
            "incident",
            [
                {
                    "id": item.id,
                    "created_at": item.created_at or stamp,
                    "updated_at": item.updated_at or stamp,
                    **item.values,
                }
            ],
        )
        entries.append(("create", "incident", item.id, rows.diff("incident", {}, item.values)))
        search.put(session, "incident", [{"id": item.id, **item.values}], new=True)
        return
    if current[0].id != item.id:
        raise InvalidInput.of(
            "json.about_another_incident",
            title=item.values["title"],
            item_id=item.id,
            this_title=current[0].title,
            this_id=current[0].id,
        )
    before = rows.record_values("incident", current[0])
    change = rows.diff("incident", before, item.values)
    if change:
        rows.update(
            session,
            "incident",
            item.id,
            {**{k: item.values[k] for k in change}, "updated_at": item.updated_at or stamp},
        )
        entries.append(("update", "incident", item.id, change))
        search.put(session, "incident", [{"id": item.id, **before, **item.values}])


def _attachment_columns(item: ParsedItem) -> dict[str, Any]:
    if item.data is None:
        return {}
    return {"size": len(item.data), "sha256": item.sha256}


class Inspections:
    """Attachments inspected (media type, size, capture time, thumbnail) on the spare
    cores while this thread parses and writes: Pillow releases the GIL as it decodes.
    Each attachment is inspected once, however often it is started."""

    def __init__(self) -> None:
        from concurrent.futures import Future, ThreadPoolExecutor

        workers = max(1, min(4, (os.cpu_count() or 1) - 1))
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="inspect")
        self._jobs: dict[str, Future[MediaInfo]] = {}

    def start(self, item: ParsedItem) -> None:
        if item.id not in self._jobs:
            self._jobs[item.id] = self._pool.submit(_inspect, item)

    def result(self, item: ParsedItem) -> MediaInfo:
        """What inspecting the item found, or the InvalidInput that refuses it."""
        self.start(item)
        return self._jobs[item.id].result()

    def close(self) -> None:
        self._pool.shutdown(cancel_futures=True)

    def __enter__(self) -> Inspections:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _inspect(item: ParsedItem) -> MediaInfo:
    try:
        return describe(item.data or b"", item.values["filename"], "UTC")
    except InvalidInput as exc:
        raise InvalidInput.of(
            "json.attachment_refused", item_id=item.id, refusal=exc.words
        ) from exc


def _store_blobs(session: Session, items: list[ParsedItem], infos: list[MediaInfo]) -> None:
    """Bytes, thumbnails and what inspecting them found, for new attachments."""
    bulk.execute_many(
        session,
        "UPDATE attachment SET media_type = ?, width = ?, height = ? WHERE id = ?",
        [
            (info.media_type, info.width, info.height, item.id)
            for item, info in zip(items, infos, strict=True)
        ],
    )
    blobs = [{"attachment_id": i.id, "data": i.data or b""} for i in items]
    thumbs = [
        {"attachment_id": i.id, "data": info.thumbnail}
        for i, info in zip(items, infos, strict=True)
        if info.thumbnail is not None
    ]
    if blobs:
        session.execute(sa.insert(table_of(AttachmentBlob)), blobs)
    if thumbs:
        session.execute(sa.insert(table_of(AttachmentThumb)), thumbs)


def _present_ids(session: Session, pending: dict[str, set[str]]) -> dict[str, set[str]]:
    """Which of the document's ids each table already holds (one pass per table; an
    empty table, as in a new case, costs one query)."""
    every = set().union(*pending.values()) if pending else set()
    present: dict[str, set[str]] = {}
    for kind, model in rows.TABLES.items():
        if kind == "incident":
            continue
        table = table_of(model)
        if every and session.execute(sa.select(table.c.id).limit(1)).first() is not None:
            present[kind] = rows.existing_ids(session, kind, every)
        else:
            present[kind] = set()
    return present


def _check_kinds(present: dict[str, set[str]], pending: dict[str, set[str]]) -> None:
    """An id may not change kind: a note's id reused for a party is refused."""
    for kind, ids in pending.items():
        for other, found in present.items():
            if other == kind or not ids:
                continue
            clash = found & ids
            if clash:
                raise InvalidInput.of(
                    "json.id_belongs_case",
                    item_id=sorted(clash)[0],
                    other_kind=kind_name(other),
                    kind=kind_name(kind),
                )


def _check_refs(
    session: Session, kind: str, items: list[ParsedItem], pending: dict[str, set[str]]
) -> None:
    wanted: dict[str, set[str]] = defaultdict(set)
    for name, field in SPEC[kind].items():
        target = getattr(field, "target", "") or ("party" if name == "participants" else "")
        if not target:
            continue
        for item in items:
            value = item.values.get(name)
            if value in (None, ()):
                continue
            if name == "participants":
                wanted[target].update(p.party_id for p in value)
            elif isinstance(value, tuple):
                wanted[target].update(value)
            else:
                wanted[target].add(value)
    for target, ids in wanted.items():
        missing = ids - pending.get(target, set())
        if missing:
            missing -= rows.existing_ids(session, target, missing)
        if missing:
            raise InvalidInput.of(
                "json.unknown_id_referenced",
                target_kind=kind_name(target),
                item_id=sorted(missing)[0],
                kind=kind_name(kind),
            )


# -- whole-file operations --------------------------------------------------------------------


#: SQLite's page cache while a new case is filled from a document (default: 2 MiB)
FILL_CACHE_KIB = 64 * 1024
