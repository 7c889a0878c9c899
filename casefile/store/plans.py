"""Site plans and the pins on them, read and written inside a caller's transaction.

A plan is an image of the premises with a name; a pin places a damage item or a photo
on it. Every change is written to the audit log with the change itself (entities
'site_plan' and 'plan_pin'); nothing here commits.
"""

from __future__ import annotations

import hashlib
import math
import uuid
from collections.abc import Iterable, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from casefile.store import rows
from casefile.store.errors import InvalidInput, Words, kind_name
from casefile.store.fields import Text, check_id
from casefile.store.models import TABLES, table_of
from casefile.store.plan_images import PlanImages
from casefile.store.plan_tables import POSITION_SCALE, PlanPin, SitePlan, SitePlanImage
from casefile.store.records import PinRecord, PlanRecord, PlanSnapshot

#: Audit entities of plans and pins.
PLAN = "site_plan"
PIN = "plan_pin"
#: The fields of a plan that the user edits, and those its image fixes.
PLAN_FIELDS = ("name", "caption")
IMAGE_FIELDS = ("filename", "media_type", "size", "sha256", "width", "height")
PIN_FIELDS = ("plan_id", "damage_item_id", "attachment_id", "x", "y")
ROLES = ("original", "display", "thumb")

Entry = tuple[str, str, str, dict[str, list[Any]]]


def check_plan_fields(values: dict[str, Any]) -> dict[str, Any]:
    """A plan's name (required) and caption, checked as every text field is."""
    unknown = set(values) - set(PLAN_FIELDS)
    if unknown:
        raise InvalidInput.of("plan.unknown_site_plan", choices=", ".join(sorted(unknown)))
    out = {}
    if "name" in values:
        out["name"] = Text(required=True).coerce("site_plan", "name", values["name"]).strip()
    if "caption" in values:
        out["caption"] = Text().coerce("site_plan", "caption", values["caption"])
    return out


def position(value: Any, axis: str) -> int:
    """A fraction of the plan's width or height (0 to 1) in millionths, or InvalidInput."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidInput.of("plan.pin_number_give", axis=axis, value=value)
    if not math.isfinite(value) or not 0 <= value <= 1:
        raise InvalidInput.of(
            "plan.pin_outside_plan",
            axis=axis,
            value=value,
            axis_name=axis.upper(),
            side=Words("plan.width" if axis == "x" else "plan.height"),
        )
    return round(value * POSITION_SCALE)


def fraction(stored: int) -> float:
    return stored / POSITION_SCALE


# -- reading -------------------------------------------------------------------------------


def _plan_record(row: Any) -> PlanRecord:
    return PlanRecord(
        row.id,
        row.name,
        row.caption,
        row.filename,
        row.media_type,
        row.size,
        row.sha256,
        row.width,
        row.height,
        row.created_at,
        row.updated_at,
    )


def _pin_record(row: Any) -> PinRecord:
    return PinRecord(
        row.id,
        row.plan_id,
        row.damage_item_id,
        row.attachment_id,
        fraction(row.x),
        fraction(row.y),
        row.created_at,
        row.updated_at,
    )


def load_plans(session: Session, ids: Sequence[str] | None = None) -> list[PlanRecord]:
    """Plans in the order they were added (or in the order of `ids`)."""
    table = table_of(SitePlan)
    query = sa.select(table).order_by(table.c.created_at, table.c.id)
    if ids is not None:
        query = query.where(table.c.id.in_(list(ids)))
    found = [_plan_record(row) for row in session.execute(query).all()]
    if ids is None:
        return found
    by_id = {plan.id: plan for plan in found}
    return [by_id[i] for i in ids if i in by_id]


def require_plan(session: Session, plan_id: Any) -> PlanRecord:
    plan_id = check_id(plan_id, "plan id")
    found = load_plans(session, [plan_id])
    if not found:
        raise InvalidInput.of("plan.site_plan_id", plan_id=plan_id)
    return found[0]


def load_pins(
    session: Session, *, plan_id: str | None = None, ids: Iterable[str] | None = None
) -> list[PinRecord]:
    """Pins in the order they were placed (of one plan, or these ids)."""
    table = table_of(PlanPin)
    query = sa.select(table).order_by(table.c.created_at, table.c.id)
    if plan_id is not None:
        query = query.where(table.c.plan_id == plan_id)
    if ids is not None:
        query = query.where(table.c.id.in_(list(ids)))
    return [_pin_record(row) for row in session.execute(query).all()]


def pins_of_items(session: Session, item_ids: Iterable[str]) -> list[PinRecord]:
    """The pins that place any of these damage items or photos, on any plan."""
    wanted = list(dict.fromkeys(item_ids))
    if not wanted:
        return []
    table = table_of(PlanPin)
    query = (
        sa.select(table)
        .where(sa.or_(table.c.damage_item_id.in_(wanted), table.c.attachment_id.in_(wanted)))
        .order_by(table.c.created_at, table.c.id)
    )
    return [_pin_record(row) for row in session.execute(query).all()]


def require_pin(session: Session, pin_id: Any) -> PinRecord:
    pin_id = check_id(pin_id, "pin id")
    found = load_pins(session, ids=[pin_id])
    if not found:
        raise InvalidInput.of("plan.pin_id_case", pin_id=pin_id)
    return found[0]


def image(session: Session, plan_id: str, role: str) -> tuple[bytes, int, int] | None:
    """One stored image of a plan: (bytes, width, height), or None if it has none."""
    table = table_of(SitePlanImage)
    found = session.execute(
        sa.select(table.c.data, table.c.width, table.c.height).where(
            table.c.plan_id == plan_id, table.c.role == role
        )
    ).first()
    return None if found is None else (bytes(found[0]), found[1], found[2])


def image_problems(session: Session) -> list[Words]:
    """Plans whose image is lost or no longer matches its SHA-256, one line each."""
    plans = table_of(SitePlan)
    images = table_of(SitePlanImage)
    query = sa.select(
        plans.c.id, plans.c.name, plans.c.sha256, sa.cast(images.c.data, sa.LargeBinary)
    ).outerjoin(images, sa.and_(images.c.plan_id == plans.c.id, images.c.role == "original"))
    found = []
    for plan_id, name, expected, data in session.execute(query):
        if data is None:
            found.append(Words("check.plan_image_lost", item_id=plan_id, name=name))
        elif hashlib.sha256(data).hexdigest() != expected:
            found.append(Words("check.plan_image_changed", item_id=plan_id, name=name))
    return found


def plan_ids(session: Session) -> set[str]:
    table = table_of(SitePlan)
    return set(session.execute(sa.select(table.c.id)).scalars())


def pin_ids(session: Session) -> set[str]:
    table = table_of(PlanPin)
    return set(session.execute(sa.select(table.c.id)).scalars())


# -- writing ---------------------------------------------------------------------------------


def plan_values(plan: PlanRecord) -> dict[str, Any]:
    return {name: getattr(plan, name) for name in (*PLAN_FIELDS, *IMAGE_FIELDS)}


def pin_values(pin: PinRecord) -> dict[str, Any]:
    return {name: getattr(pin, name) for name in PIN_FIELDS}


def _created(values: dict[str, Any]) -> dict[str, list[Any]]:
    return {name: [None, value] for name, value in values.items() if value not in (None, "")}


def _removed(values: dict[str, Any]) -> dict[str, list[Any]]:
    return {name: [value, None] for name, value in values.items() if value not in (None, "")}


def insert_plan(
    session: Session,
    images: PlanImages,
    *,
    filename: str,
    sha256: str,
    fields: dict[str, Any],
    plan_id: str | None = None,
    action: str = "create",
) -> Entry:
    """A new plan row and its images; returns its audit entry."""
    plan_id = plan_id or str(uuid.uuid4())
    stamp = rows.now()
    values = {
        "name": fields["name"],
        "caption": fields.get("caption", ""),
        "filename": filename,
        "media_type": images.media_type,
        "size": len(images.data),
        "sha256": sha256,
        "width": images.width,
        "height": images.height,
    }
    session.execute(
        sa.insert(table_of(SitePlan)),
        {"id": plan_id, "created_at": stamp, "updated_at": stamp, **values},
    )
    stored = [("original", images.width, images.height, images.data)]
    if images.display is not None:
        data, width, height = images.display
        stored.append(("display", width, height, data))
    stored.append(("thumb", 0, 0, images.thumbnail))
    _insert_images(session, plan_id, stored)
    return (action, PLAN, plan_id, _created(values))


def _insert_images(
    session: Session, plan_id: str, images: Iterable[tuple[str, int, int, bytes]]
) -> None:
    session.execute(
        sa.insert(table_of(SitePlanImage)),
        [
            {"plan_id": plan_id, "role": role, "width": width, "height": height, "data": data}
            for role, width, height, data in images
        ],
    )


def update_plan(session: Session, plan: PlanRecord, values: dict[str, Any]) -> Entry | None:
    """Change a plan's name or caption; its audit entry, or None if nothing changed."""
    changed = {k: [getattr(plan, k), v] for k, v in values.items() if getattr(plan, k) != v}
    if not changed:
        return None
    table = table_of(SitePlan)
    session.execute(
        sa.update(table)
        .where(table.c.id == plan.id)
        .values(**{k: v for k, (_, v) in changed.items()}, updated_at=rows.now())
    )
    return ("update", PLAN, plan.id, changed)


def snapshot_plan(session: Session, plan: PlanRecord) -> PlanSnapshot:
    table = table_of(SitePlanImage)
    stored = session.execute(
        sa.select(table.c.role, table.c.width, table.c.height, table.c.data).where(
            table.c.plan_id == plan.id
        )
    ).all()
    images = tuple((role, w, h, bytes(data)) for role, w, h, data in stored)
    return PlanSnapshot(plan, images, tuple(load_pins(session, plan_id=plan.id)))


def delete_plan(session: Session, plan: PlanRecord) -> tuple[PlanSnapshot, list[Entry]]:
    """Remove a plan with its images and pins; what restores it, and the audit entries."""
    snapshot = snapshot_plan(session, plan)
    entries: list[Entry] = [
        ("delete", PIN, pin.id, _removed(pin_values(pin))) for pin in snapshot.pins
    ]
    entries.append(("delete", PLAN, plan.id, _removed(plan_values(plan))))
    table = table_of(SitePlan)
    session.execute(sa.delete(table).where(table.c.id == plan.id))  # images, pins cascade
    return snapshot, entries


def restore_plan(session: Session, snapshot: PlanSnapshot) -> list[Entry]:
    """Put back a deleted plan, its images and those of its pins whose items still exist."""
    plan = snapshot.plan
    if plan_ids(session) & {plan.id}:
        raise InvalidInput.of("plan.site_plan_already", name=plan.name)
    session.execute(
        sa.insert(table_of(SitePlan)),
        {
            "id": plan.id,
            "created_at": plan.created_at,
            "updated_at": rows.now(),
            **plan_values(plan),
        },
    )
    _insert_images(session, plan.id, snapshot.images)
    entries: list[Entry] = [("restore", PLAN, plan.id, _created(plan_values(plan)))]
    return entries + restore_pins(session, snapshot.pins)


def restore_pins(session: Session, pins: Iterable[PinRecord]) -> list[Entry]:
    """Put back removed pins with their ids, those whose plan and item still exist."""
    pins = list(pins)
    if not pins:
        return []
    plans = plan_ids(session)
    damage = rows.existing_ids(
        session, "damage_item", [p.damage_item_id for p in pins if p.damage_item_id]
    )
    photos = rows.existing_ids(
        session, "attachment", [p.attachment_id for p in pins if p.attachment_id]
    )
    present = pin_ids(session)
    entries: list[Entry] = []
    for pin in pins:
        if pin.plan_id not in plans or pin.id in present:
            continue
        if pin.item_id not in damage and pin.item_id not in photos:
            continue
        _insert_pin(session, pin.id, pin.plan_id, pin.damage_item_id, pin.attachment_id,
                    position(pin.x, "x"), position(pin.y, "y"), pin.created_at)  # fmt: skip
        entries.append(("restore", PIN, pin.id, _created(pin_values(pin))))
    return entries


def _insert_pin(
    session: Session,
    pin_id: str,
    plan_id: str,
    damage_item_id: str | None,
    attachment_id: str | None,
    x: int,
    y: int,
    created_at: Any = None,
) -> None:
    stamp = rows.now()
    session.execute(
        sa.insert(table_of(PlanPin)),
        {
            "id": pin_id,
            "created_at": created_at or stamp,
            "updated_at": stamp,
            "plan_id": plan_id,
            "damage_item_id": damage_item_id,
            "attachment_id": attachment_id,
            "x": x,
            "y": y,
        },
    )


def pin_target(session: Session, item_id: Any) -> tuple[str | None, str | None]:
    """(damage_item_id, attachment_id) of an item that can be pinned, or InvalidInput."""
    item_id = check_id(item_id, "item id")
    kind = rows.kind_of(session, item_id)
    if kind == "damage_item":
        return item_id, None
    if kind == "attachment":
        media = table_of(TABLES["attachment"])
        media_type = session.execute(
            sa.select(media.c.media_type).where(media.c.id == item_id)
        ).scalar()
        if not str(media_type).startswith("image/"):
            raise InvalidInput.of("plan.attachment_photo_only", item_id=item_id)
        return None, item_id
    if kind is None:
        raise InvalidInput.of("plan.damage_item_photo", item_id=item_id)
    raise InvalidInput.of("plan.only_damage_items", item_id=item_id, kind=kind_name(kind))


def add_pin(
    session: Session, plan: PlanRecord, item_id: Any, x: Any, y: Any, *, pin_id: str = ""
) -> tuple[str, Entry]:
    """A new pin (with `pin_id`, or a new id); its id and audit entry. An item is pinned
    once on a plan."""
    px, py = position(x, "x"), position(y, "y")
    damage_item_id, attachment_id = pin_target(session, item_id)
    target = damage_item_id or attachment_id
    assert target is not None  # pin_target names one of the two
    if any(
        pin.item_id == target for pin in pins_of_items(session, [target]) if pin.plan_id == plan.id
    ):
        raise InvalidInput.of("plan.item_already_pinned", target=target, name=plan.name)
    pin_id = pin_id or str(uuid.uuid4())
    _insert_pin(session, pin_id, plan.id, damage_item_id, attachment_id, px, py)
    values = {"plan_id": plan.id, "damage_item_id": damage_item_id,
              "attachment_id": attachment_id, "x": fraction(px), "y": fraction(py)}  # fmt: skip
    return pin_id, ("create", PIN, pin_id, _created(values))


def move_pin(session: Session, pin: PinRecord, x: Any, y: Any) -> Entry | None:
    px, py = position(x, "x"), position(y, "y")
    changed = {}
    if fraction(px) != pin.x:
        changed["x"] = [pin.x, fraction(px)]
    if fraction(py) != pin.y:
        changed["y"] = [pin.y, fraction(py)]
    if not changed:
        return None
    table = table_of(PlanPin)
    session.execute(
        sa.update(table).where(table.c.id == pin.id).values(x=px, y=py, updated_at=rows.now())
    )
    return ("update", PIN, pin.id, changed)


def remove_pins(session: Session, pins: Sequence[PinRecord]) -> list[Entry]:
    table = table_of(PlanPin)
    for pin in pins:
        session.execute(sa.delete(table).where(table.c.id == pin.id))
    return [("delete", PIN, pin.id, _removed(pin_values(pin))) for pin in pins]
