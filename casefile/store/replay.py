"""What the audit log says each item holds, against what the tables hold.

The hash chain shows a log that was edited or cut short; it cannot show a row changed
behind the log's back (sqlite3 on the file, a hex editor), since such a change writes
no entry. Every change casefile makes is logged with its values, so replaying the log
gives each live item's fields; an item or a field that differs from it was changed
outside casefile. `casefile check` and File > Check file report it (CaseFile.check).
"""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from casefile.store import rows
from casefile.store.error_texts import TEXTS
from casefile.store.errors import Words
from casefile.store.fields import FRAMING_FIELDS, SPEC
from casefile.store.models import TABLES, ChangeLog, table_of

#: Findings reported one by one; past this, one line says how many more there are.
MAX_FINDINGS = 50
#: Fields that entries written before the field existed lack: compared where logged.
UNLOGGED_BEFORE = frozenset(
    {
        "reference",
        "quantity",
        "unit_cost",
        "reporting_currency",
        "exchange_rates",
        *FRAMING_FIELDS,
    }
)
#: How much of a value a finding quotes.
QUOTED_CHARS = 40


def logged_state(session: Session) -> dict[tuple[str, str], dict[str, Any]]:
    """(kind, id) -> {field: value in JSON form} for every item the log says exists."""
    state: dict[tuple[str, str], dict[str, Any]] = {}
    log = table_of(ChangeLog).c
    query = sa.select(log.action, log.entity, log.entity_id, log.changes, log.withheld)
    for action, entity, entity_id, changes, withheld in session.execute(query.order_by(log.seq)):
        key = (entity, entity_id)
        if action == "delete":
            state.pop(key, None)
            continue
        fields = state.setdefault(key, {})
        if withheld:  # only ever an item deleted later, whose state is dropped then
            continue
        for name, change in json.loads(changes).items():
            fields[name] = change[1]
    return state


def untracked_changes(session: Session) -> list[Words]:
    """Items added, changed or deleted without an audit entry, one line each."""
    state = logged_state(session)
    findings: list[Words] = []
    for kind in TABLES:
        present = set()
        for record in rows.load(session, kind):
            present.add(record.id)
            logged = state.get((kind, record.id))
            if logged is None:
                findings.append(Words("check.added_outside", kind=_item(kind), item_id=record.id))
                continue
            # What creating the item as it is now would log, beside what the log holds.
            # An attachment's SHA-256 is compared where the log has it: a case imported
            # by an earlier release may have entries without it. So is a damage item's
            # reference: the items of a file made before references were numbered by
            # its migration, which writes no entry (migrations/versions/0007), nor the fields
            # later migrations add (0008, 0009).
            values = rows.record_values(kind, record)
            sha256 = getattr(record, "sha256", None) if "sha256" in logged else None
            now = {name: change[1] for name, change in rows.created(kind, values, sha256).items()}
            names = [n for n in SPEC[kind] if n not in UNLOGGED_BEFORE or n in logged]
            for name in [*names, *(["sha256"] if "sha256" in logged else [])]:
                if _blank(now.get(name)) != _blank(logged.get(name)):
                    findings.append(
                        _changed(kind, record.id, name, logged.get(name), now.get(name))
                    )
        findings += [
            Words("check.deleted_outside", kind=_item(kind), item_id=item_id)
            for logged_kind, item_id in state
            if logged_kind == kind and item_id not in present
        ]
    findings += _untracked_plans(session, state)
    if len(findings) > MAX_FINDINGS:
        more = len(findings) - MAX_FINDINGS
        findings = [*findings[:MAX_FINDINGS], Words("check.more_outside", count=more)]
    return findings


def _item(kind: str) -> Words | str:
    """A kind of item as a finding spells it ("damage item")."""
    code = f"item.{kind}"
    return Words(code) if code in TEXTS else kind.replace("_", " ")


def _changed(kind: str, item_id: str, name: str, was: Any, now: Any) -> Words:
    """A field of an item changed outside casefile, with both values."""
    code = f"field_label.{name}"
    field = Words(code) if code in TEXTS else name.replace("_", " ")
    return Words(
        "check.changed_outside",
        kind=_item(kind),
        item_id=item_id,
        field=field,
        difference=_difference(was, now),
    )


def _untracked_plans(session: Session, state: dict[tuple[str, str], dict[str, Any]]) -> list[Words]:
    """Site plans and pins added, changed or deleted without an audit entry."""
    from casefile.store import plans

    current = {(plans.PLAN, plan.id): plans.plan_values(plan) for plan in plans.load_plans(session)}
    current |= {(plans.PIN, pin.id): plans.pin_values(pin) for pin in plans.load_pins(session)}
    findings = []
    for (entity, item_id), values in current.items():
        kind = "site_plan" if entity == plans.PLAN else "plan_pin"
        logged = state.get((entity, item_id))
        if logged is None:
            findings.append(Words("check.added_outside", kind=_item(kind), item_id=item_id))
            continue
        for name, value in values.items():
            was = logged.get(name)
            if (value if value != "" else None) != (was if was != "" else None):
                findings.append(_changed(kind, item_id, name, was, value))
    findings += [
        Words(
            "check.deleted_outside",
            kind=_item("site_plan" if entity == plans.PLAN else "plan_pin"),
            item_id=item_id,
        )
        for entity, item_id in state
        if entity in (plans.PLAN, plans.PIN) and (entity, item_id) not in current
    ]
    return findings


def _blank(value: Any) -> Any:
    """An empty list and no value are the same to the log: a create logs what differs
    from nothing, and a link list may be logged as [] or not at all."""
    return None if value == [] else value


def _difference(logged: Any, now: Any) -> Words:
    """The two values, or for a list (links) what the file has that the log has not and
    the reverse: a list of ids quoted whole would hide which one changed."""
    if isinstance(logged, list) or isinstance(now, list):
        was, has = logged or [], now or []
        added = ", ".join(_quote(v) for v in has if v not in was)
        removed = ", ".join(_quote(v) for v in was if v not in has)
        if added and removed:
            return Words("check.links_added_removed", added=added, removed=removed)
        if added:
            return Words("check.links_added", added=added)
        if removed:
            return Words("check.links_removed", removed=removed)
        return Words("check.links_reordered")
    return Words("check.values_differ", logged=_quote(logged), now=_quote(now))


def _quote(value: Any) -> str:
    """A value as JSON spells it, a long text shortened."""
    if isinstance(value, str) and len(value) > QUOTED_CHARS:
        value = value[: QUOTED_CHARS - 1] + "…"
    return json.dumps(value, ensure_ascii=False)
