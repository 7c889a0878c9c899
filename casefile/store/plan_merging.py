"""Site plans and pins in a merge: their states as merging.py compares them, and writing
the merged ones.

A plan's state is its fields as its audit entries spell them; a pin's is its plan, the
item it places and its position, one field ([x, y] in fractions of the plan's size), so
that a pin moved on both sides is one conflict and never lands where neither side put it.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Container, Iterable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session
from sqlmodel import SQLModel

from casefile.store import rows
from casefile.store.casestate import Key, State
from casefile.store.models import ChangeLog, table_of
from casefile.store.plan_tables import PlanPin, SitePlan, SitePlanImage
from casefile.store.plans import IMAGE_FIELDS, PIN, PLAN, PLAN_FIELDS, fraction, position

#: The kinds this module merges, after those of models.TABLES.
PLAN_KINDS = (PLAN, PIN)
TABLE: dict[str, type[SQLModel]] = {PLAN: SitePlan, PIN: PlanPin}
STATE_FIELDS = {
    PLAN: (*PLAN_FIELDS, *IMAGE_FIELDS),
    PIN: ("plan_id", "damage_item_id", "attachment_id", "position"),
}


#: gives a new row its created_at and updated_at (`(key, None)`), a changed row its
#: updated_at (`(key, new)[1]`)
StampOf = Callable[[Key, dict[str, Any] | None], tuple[dt.datetime, dt.datetime]]


def _blank(value: Any) -> Any:
    return None if value in (None, "", []) else value


def state_of(kind: str, logged: dict[str, Any]) -> dict[str, Any]:
    """A plan's or pin's state from its fields as audit entries spell them."""
    values = dict(logged)
    if kind == PIN:
        x, y = values.pop("x", None), values.pop("y", None)
        values["position"] = None if x is None or y is None else [x, y]
    return {name: _blank(values.get(name)) for name in STATE_FIELDS[kind]}


def logged_of(kind: str, state: dict[str, Any]) -> dict[str, Any]:
    """The fields of a state as audit entries spell them (a pin's x and y apart)."""
    values = dict(state)
    if kind == PIN:
        where = values.pop("position", None) or [None, None]
        values["x"], values["y"] = where
    return values


def read(session: Session, keys: Iterable[Key]) -> State:
    """The plans and pins of `keys` that the tables hold."""
    state: State = {}
    for kind in PLAN_KINDS:
        table = table_of(TABLE[kind])
        ids = [i for k, i in keys if k == kind]
        for chunk in rows.chunks(ids):
            for row in session.execute(sa.select(table).where(table.c.id.in_(chunk))).mappings():
                values = dict(row)
                if kind == PIN:
                    values["x"], values["y"] = fraction(row["x"]), fraction(row["y"])
                state[(kind, row["id"])] = state_of(kind, values)
    return state


def replay(session: Session, only: Container[str] | None = None) -> State:
    """The plans and pins as the audit entries (those in `only`, else all) leave them."""
    log = table_of(ChangeLog).c
    query = (
        sa.select(log.id, log.action, log.entity, log.entity_id, log.changes)
        .where(log.entity.in_(PLAN_KINDS))
        .order_by(log.seq)
    )
    found: dict[Key, dict[str, Any]] = {}
    for entry_id, action, entity, entity_id, changes in session.execute(query):
        if only is not None and entry_id not in only:
            continue
        key = (entity, entity_id)
        if action == "delete":
            found.pop(key, None)
            continue
        fields = found.setdefault(key, {})
        try:
            for name, change in json.loads(changes).items():
                fields[name] = change[1]
        except (ValueError, TypeError, AttributeError, IndexError, KeyError):
            continue  # check names an entry it cannot read
    return {key: state_of(key[0], values) for key, values in found.items()}


def targets(kind: str, values: dict[str, Any]) -> list[Key]:
    """What a pin stands on: its plan and the item it places."""
    if kind != PIN:
        return []
    out: list[Key] = []
    for target, name in ((PLAN, "plan_id"), ("damage_item", "damage_item_id"),
                         ("attachment", "attachment_id")):  # fmt: skip
        if values.get(name):
            out.append((target, values[name]))
    return out


def existing(session: Session, keys: Iterable[Key]) -> set[Key]:
    """Those of `keys` (plans, pins) that this case holds."""
    found: set[Key] = set()
    for kind in PLAN_KINDS:
        table = table_of(TABLE[kind])
        ids = [i for k, i in keys if k == kind]
        for chunk in rows.chunks(ids):
            held = session.execute(sa.select(table.c.id).where(table.c.id.in_(chunk))).scalars()
            found |= {(kind, i) for i in held}
    return found


def authors_of_positions(by: dict[tuple[str, str], Any]) -> None:
    """A pin's position is one field: who moved it last, along x or y."""
    for (item_id, name), who in list(by.items()):
        if name in ("x", "y"):
            other = by.get((item_id, "position"))
            if other is None or other.at < who.at:
                by[(item_id, "position")] = who


def keep_plans_once(base: State, mine: State, theirs: State, result: State) -> None:
    """A plan both copies added (the same image, by SHA-256) is kept once, under the
    smaller id, with the pins of both; an item pinned on both keeps the pin of the
    smaller id."""

    def added(side: State, other: State) -> dict[str, str]:
        return {
            values["sha256"]: key[1]
            for key, values in sorted(side.items())
            if key[0] == PLAN and key not in base and key not in other and values.get("sha256")
        }

    their_new = added(theirs, mine)
    moved = {}
    for sha256, mine_id in added(mine, theirs).items():
        their_id = their_new.get(sha256)
        if their_id is not None:
            kept, dropped = sorted((mine_id, their_id))
            moved[dropped] = kept
            result.pop((PLAN, dropped), None)
    if not moved:
        return
    placed: set[tuple[str, str]] = set()
    for key in sorted(k for k in result if k[0] == PIN):
        values = result[key]
        values["plan_id"] = moved.get(values["plan_id"], values["plan_id"])
        where = (values["plan_id"], values["damage_item_id"] or values["attachment_id"])
        if where in placed:
            result.pop(key)
        placed.add(where)


def drop_loose_pins(result: State, present: set[Key]) -> None:
    """A pin whose plan or item the merge deleted goes, as the deletion would take it."""
    for key in [k for k in result if k[0] == PIN]:
        if any(t not in result and t not in present for t in targets(PIN, result[key])):
            result.pop(key)


def write(
    session: Session,
    mine: State,
    result: State,
    theirs: Session,
    stamp_of: StampOf,
) -> None:
    """Make the plans and pins of this case those of `result` (of the keys the merge
    touched); `stamp_of(key, None)` gives a new row's created_at and updated_at,
    `stamp_of(key, new)[1]` a changed row's updated_at."""
    for kind in PLAN_KINDS:
        _insert_gained(session, kind, mine, result, stamp_of)
        _update_changed(session, kind, mine, result, stamp_of)
    for kind in reversed(PLAN_KINDS):  # pins before the plans they stand on
        table = table_of(TABLE[kind])
        gone = [k[1] for k in mine if k[0] == kind and k not in result]
        for chunk in rows.chunks(gone):
            session.execute(sa.delete(table).where(table.c.id.in_(chunk)))
    new_plans = sorted(k[1] for k in result if k[0] == PLAN and k not in mine)
    images = table_of(SitePlanImage)
    for chunk in rows.chunks(new_plans):
        found = theirs.execute(sa.select(images).where(images.c.plan_id.in_(chunk))).mappings()
        copied = [dict(row) for row in found]
        if copied:
            session.execute(sa.insert(images), copied)


def _insert_gained(
    session: Session,
    kind: str,
    mine: State,
    result: State,
    stamp_of: StampOf,
) -> None:
    """Insert the plans or pins of `kind` that `result` has and this case has not."""
    inserts = []
    for key in sorted(k for k in result if k[0] == kind and k not in mine):
        created, updated = stamp_of(key, None)
        inserts.append({"id": key[1], "created_at": created, "updated_at": updated,
                        **_columns(kind, result[key])})  # fmt: skip
    if inserts:
        session.execute(sa.insert(table_of(TABLE[kind])), inserts)


def _update_changed(
    session: Session,
    kind: str,
    mine: State,
    result: State,
    stamp_of: StampOf,
) -> None:
    """Update the plans or pins of `kind` whose merged state differs from this case's."""
    table = table_of(TABLE[kind])
    for key in sorted(k for k in result if k[0] == kind and k in mine):
        if result[key] == mine[key]:
            continue
        columns = _columns(kind, result[key])
        if kind == PLAN:
            columns = {n: columns[n] for n in PLAN_FIELDS}
        session.execute(
            sa.update(table)
            .where(table.c.id == key[1])
            .values(**columns, updated_at=stamp_of(key, result[key])[1])
        )


def _columns(kind: str, state: dict[str, Any]) -> dict[str, Any]:
    values = logged_of(kind, state)
    if kind == PIN:
        values["x"], values["y"] = position(values["x"], "x"), position(values["y"], "y")
        return values
    for name in ("caption", "filename"):
        values[name] = values.get(name) or ""
    return values
