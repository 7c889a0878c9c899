"""Site plans and pins in casefile-json (version 2): out with the rest of the case, and
in, checked as a whole before anything is written.

A plan carries its stored image (`data_base64`, a PNG or JPEG; a PDF was drawn to a
PNG when the plan was added) with its SHA-256, which must match; the display copy and
the thumbnail are made again on import. A pin carries its plan, the one damage item or
photo it places, and `x`, `y` as fractions of the plan's width and height.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from casefile.store import plans, rows
from casefile.store.errors import InvalidInput
from casefile.store.fields import Instant, Text, check_id
from casefile.store.models import table_of
from casefile.store.plan_images import PlanImages, prepare_plan
from casefile.store.plan_tables import PlanPin, SitePlan

PLAN_FIELDS = frozenset({"id", "name", "caption", "filename", "media_type", "size", "sha256",
                         "width", "height", "created_at", "updated_at", "data_base64"})  # fmt: skip
PIN_FIELDS = frozenset({"id", "plan_id", "damage_item_id", "attachment_id", "x", "y",
                        "created_at", "updated_at"})  # fmt: skip
_STAMP = Instant()

Entry = tuple[str, str, str, dict[str, list[Any]]]


# -- export ---------------------------------------------------------------------------------


def export_plans(session: Session) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The case's plans (with their images) and pins, in the order they were made."""
    out_plans = []
    for plan in plans.load_plans(session):
        data, _, _ = plans.image(session, plan.id, "original") or (b"", 0, 0)
        out_plans.append({
            "id": plan.id, "name": plan.name, "caption": plan.caption,
            "filename": plan.filename, "media_type": plan.media_type, "size": plan.size,
            "sha256": plan.sha256, "width": plan.width, "height": plan.height,
            "created_at": _STAMP.to_json(plan.created_at),
            "updated_at": _STAMP.to_json(plan.updated_at),
            "data_base64": base64.b64encode(data).decode("ascii"),
        })  # fmt: skip
    out_pins = [
        {
            "id": pin.id,
            "plan_id": pin.plan_id,
            "damage_item_id": pin.damage_item_id,
            "attachment_id": pin.attachment_id,
            "x": pin.x,
            "y": pin.y,
            "created_at": _STAMP.to_json(pin.created_at),
            "updated_at": _STAMP.to_json(pin.updated_at),
        }  # fmt: skip
        for pin in plans.load_pins(session)
    ]
    return out_plans, out_pins


# -- parsing --------------------------------------------------------------------------------


@dataclass(frozen=True)
class ParsedPlan:
    id: str
    fields: dict[str, Any]  # name, caption
    filename: str
    sha256: str
    images: PlanImages
    created_at: Any
    updated_at: Any


@dataclass(frozen=True)
class ParsedPin:
    id: str
    plan_id: str
    damage_item_id: str | None
    attachment_id: str | None
    x: float
    y: float
    created_at: Any
    updated_at: Any


@dataclass(frozen=True)
class ParsedPlans:
    plans: list[ParsedPlan]
    pins: list[ParsedPin]


def parse_plans(doc: dict[str, Any], seen: dict[str, str]) -> ParsedPlans:
    """`$.site_plans` and `$.plan_pins` checked and converted; `seen` holds the ids the
    rest of the document gave (an id is one item's only)."""
    parsed = ParsedPlans([], [])
    collections: tuple[tuple[str, Callable[[Any, str], Any], list[Any]], ...] = (
        ("site_plans", _parse_plan, parsed.plans),
        ("plan_pins", _parse_pin, parsed.pins),
    )
    for collection, parse, into in collections:
        items = doc.get(collection, [])
        if not isinstance(items, list):
            raise InvalidInput.of("json.not_a_list", collection=collection)
        for index, raw in enumerate(items):
            where = f"$.{collection}[{index}]"
            item = parse(raw, where)
            if item.id in seen:
                raise InvalidInput.of(
                    "json.id_id_appears", where=where, item_id=item.id, first_at=seen[item.id]
                )
            seen[item.id] = where
            into.append(item)
    return parsed


def _fields(raw: Any, allowed: frozenset[str], where: str) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise InvalidInput.of("json.not_an_object", where=where)
    unknown = set(raw) - allowed
    if unknown:
        names = ", ".join(sorted(repr(k) for k in unknown)[:5])
        raise InvalidInput.of("json_plan.unknown_field_s", where=where, names=names)
    return raw


def _parse_plan(raw: Any, where: str) -> ParsedPlan:
    raw = _fields(raw, PLAN_FIELDS, where)
    at = "id"
    try:
        plan_id = check_id(raw.get("id"), "id")
        at = "name"
        fields = plans.check_plan_fields(
            {"name": raw.get("name"), "caption": raw.get("caption", "")}
        )
        at = "filename"
        filename = Text().coerce("site_plan", "filename", raw.get("filename", "")) or "plan"
        at = "created_at"
        created = _STAMP.coerce("site_plan", "created_at", raw.get("created_at"))
        at = "updated_at"
        updated = _STAMP.coerce("site_plan", "updated_at", raw.get("updated_at"))
        at = "data_base64"
        encoded = raw.get("data_base64")
        if not isinstance(encoded, str):
            raise InvalidInput.of("json_plan.data_base_hold")
        try:
            data = base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError) as exc:
            raise InvalidInput.of("json.data_base_valid") from exc
        digest = hashlib.sha256(data).hexdigest()
        expected = raw.get("sha256")
        if not isinstance(expected, str) or digest != expected.lower():
            raise InvalidInput.of("json_plan.plan_s_image")
        images = prepare_plan(data, filename)
        if images.data != data:  # a PDF: stored plans are images, their pages drawn
            raise InvalidInput.of("json_plan.plan_s_image_2")
    except InvalidInput as exc:
        raise InvalidInput.of("json.refused_at", where=where, at=at, refusal=exc.words) from exc
    return ParsedPlan(plan_id, fields, filename, digest, images, created, updated)


def _parse_pin(raw: Any, where: str) -> ParsedPin:
    raw = _fields(raw, PIN_FIELDS, where)
    at = "id"
    try:
        pin_id = check_id(raw.get("id"), "id")
        at = "plan_id"
        plan_id = check_id(raw.get("plan_id"), "plan_id")
        at = "damage_item_id"
        item = raw.get("damage_item_id")
        item = None if item is None else check_id(item, "damage_item_id")
        at = "attachment_id"
        photo = raw.get("attachment_id")
        photo = None if photo is None else check_id(photo, "attachment_id")
        if (item is None) == (photo is None):
            raise InvalidInput.of("json_plan.pin_places_one")
        at = "x"
        x = plans.fraction(plans.position(raw.get("x"), "x"))
        at = "y"
        y = plans.fraction(plans.position(raw.get("y"), "y"))
        at = "created_at"
        created = _STAMP.coerce("plan_pin", "created_at", raw.get("created_at"))
        at = "updated_at"
        updated = _STAMP.coerce("plan_pin", "updated_at", raw.get("updated_at"))
    except InvalidInput as exc:
        raise InvalidInput.of("json.refused_at", where=where, at=at, refusal=exc.words) from exc
    return ParsedPin(pin_id, plan_id, item, photo, x, y, created, updated)


# -- applying -------------------------------------------------------------------------------


def apply_plans(session: Session, parsed: ParsedPlans, stamp: Any) -> list[Entry]:
    """Insert new plans and pins, update changed names, captions and positions; the audit
    entries. Runs after the document's items are in place (pins point at them)."""
    entries: list[Entry] = []
    existing = {p.id: p for p in plans.load_plans(session, [p.id for p in parsed.plans])}
    for plan in parsed.plans:
        current = existing.get(plan.id)
        if current is None:
            entries.append(plans.insert_plan(
                session, plan.images, filename=plan.filename, sha256=plan.sha256,
                fields=plan.fields, plan_id=plan.id,
            ))  # fmt: skip
            _stamp(session, table_of(SitePlan), plan.id, plan.created_at, plan.updated_at)
            continue
        if current.sha256 != plan.sha256:
            raise InvalidInput.of("json_plan.site_plan_holds", plan_id=plan.id)
        change = plans.update_plan(session, current, plan.fields)
        if change is not None:
            entries.append(change)
    known_plans = plans.plan_ids(session)
    present = {p.id: p for p in plans.load_pins(session, ids=[p.id for p in parsed.pins])}
    for pin in parsed.pins:
        current_pin = present.get(pin.id)
        if current_pin is not None:
            if (current_pin.plan_id, current_pin.item_id) != (
                pin.plan_id,
                pin.damage_item_id or pin.attachment_id,
            ):
                raise InvalidInput.of("json_plan.pin_places_another", pin_id=pin.id)
            change = plans.move_pin(session, current_pin, pin.x, pin.y)
            if change is not None:
                entries.append(change)
            continue
        if pin.plan_id not in known_plans:
            raise InvalidInput.of("json_plan.pin_unknown_site", pin_id=pin.id, plan_id=pin.plan_id)
        pinned_on = plans.load_plans(session, [pin.plan_id])[0]
        target = pin.damage_item_id or pin.attachment_id
        try:
            new_id, entry = plans.add_pin(session, pinned_on, target, pin.x, pin.y, pin_id=pin.id)
        except InvalidInput as exc:
            raise InvalidInput.of(
                "json_plan.pin_refused", pin_id=pin.id, refusal=exc.words
            ) from exc
        _stamp(session, table_of(PlanPin), new_id, pin.created_at, pin.updated_at)
        entries.append(entry)
    return entries


def _stamp(session: Session, table: sa.Table, item_id: str, created: Any, updated: Any) -> None:
    """The document's created_at and updated_at, where it gives them."""
    values = {k: v for k, v in (("created_at", created), ("updated_at", updated)) if v}
    if values:
        session.execute(sa.update(table).where(table.c.id == item_id).values(**values))
        rows.skip_past(max(values.values()))
