"""Merging two copies of one case, field by field, against their common history.

The audit entries both copies hold (by id) are their common history; replayed, they give
the base. Each item is then merged three ways (docs/merge.md): a field changed on one
side is taken, the same value on both sides is taken once, two different values are a
conflict, as is a change on one side of an item the other deleted. Link lists merge as
sets; new items never collide (their ids are UUIDs); a file both copies added (same
SHA-256) is kept once, under the smaller id. The result is written with the other copy's
entries (keeping their ids, devices and clock times), entries for what the merge itself
decided, and one entry naming both heads.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session
from sqlmodel import SQLModel

from casefile.store import audit, casestate, plan_merging, rows
from casefile.store.casestate import Key, State
from casefile.store.errors import InvalidInput
from casefile.store.fields import (
    LINK_FIELDS,
    SPEC,
    Participants,
    Ref,
    RefSet,
    reference_number,
    reference_text,
)
from casefile.store.models import TABLES, ChangeLog, table_of
from casefile.store.records import Authorship, ItemDifference, MergeConflict, MergeResult
from casefile.store.search import SearchIndex

KIND_ORDER = {kind: n for n, kind in enumerate((*TABLES, *plan_merging.PLAN_KINDS))}
MERGED = (*TABLES, *plan_merging.PLAN_KINDS)
#: A conflict's resolution: "mine", "theirs", or ("edit", value in JSON form).
Choice = str | tuple[str, Any]


@dataclass
class Plan:
    """A merge worked out from both copies, before anything is written."""

    status: str  # up_to_date, fast_forward or merged
    mine_head: str
    theirs_head: str
    base: State = field(default_factory=dict)
    mine: State = field(default_factory=dict)
    theirs: State = field(default_factory=dict)
    result: State = field(default_factory=dict)
    conflicts: list[MergeConflict] = field(default_factory=list)
    foreign: list[dict[str, Any]] = field(default_factory=list)
    stamps: dict[str, dict[Key, tuple[dt.datetime, dt.datetime]]] = field(default_factory=dict)
    newest_clock: int = -1
    #: the items either side changed since the copies parted: all that can differ
    touched: set[Key] = field(default_factory=set)
    #: items the touched ones link to that this case holds and the merge leaves alone
    present: set[Key] = field(default_factory=set)


def plan(mine: Session, theirs: Session, other_path: object) -> Plan:
    """Work out the merge of `theirs` into `mine`; both are only read."""
    mine_ids, their_ids = casestate.entry_ids(mine), casestate.entry_ids(theirs)
    common = mine_ids & their_ids
    if not common:
        raise InvalidInput.of(
            "merge.history_common_case",
            path=other_path,
        )
    _refuse_another_case(mine, theirs, other_path)
    heads = audit.head(mine)[1], audit.head(theirs)[1]
    if their_ids <= mine_ids:
        return Plan("up_to_date", *heads)
    log = table_of(ChangeLog)
    stays: dict[str, str] = {}  # an entry that stays in the other copy -> its parent
    for entry_id, parent in casestate.local_entries(theirs).items():
        stays[entry_id] = stays.get(parent, parent)
    foreign = casestate.entries(theirs, their_ids - mine_ids)
    known = set(mine_ids)
    for entry in foreign:
        if entry["parent"] in stays:  # follows a seal that stays behind: follows its parent
            entry["parent"] = stays[entry["parent"]]
        _refuse_an_edited_entry(entry, known, other_path)
        known.add(entry["id"])
    # Only the items either side changed since the copies parted can differ.
    mine_only = casestate.entries(mine, mine_ids - common)
    touched = sorted(
        {(e["entity"], e["entity_id"]) for e in (*mine_only, *foreign) if e["entity"] in MERGED}
    )
    their_state = casestate.read(theirs, touched) | plan_merging.read(theirs, touched)
    _refuse_what_merge_cannot_bring(foreign, their_state, other_path)
    base = casestate.replay(mine, common, items=[i for _, i in touched])
    base |= plan_merging.replay(mine, common)
    base = {key: values for key, values in base.items() if key in set(touched)}
    mine_state = casestate.read(mine, touched) | plan_merging.read(mine, touched)
    by_mine = casestate.authors(mine, mine_ids - common)
    by_theirs = casestate.authors(theirs, their_ids - common)
    plan_merging.authors_of_positions(by_mine)
    plan_merging.authors_of_positions(by_theirs)
    _put_back_withheld(base, their_state, foreign, theirs)
    merged, conflicts = _three_way(base, mine_state, their_state, by_mine, by_theirs)
    conflicts += _plans_deleted_under_pins(
        base, mine_state, their_state, merged, by_mine, by_theirs
    )
    clocks = [s.execute(sa.select(sa.func.max(log.c.hlc))).scalar() or -1 for s in (mine, theirs)]
    return Plan(
        "fast_forward" if mine_ids <= their_ids else "merged",
        *heads,
        base=base,
        mine=mine_state,
        theirs=their_state,
        result=merged,
        conflicts=conflicts,
        foreign=foreign,
        stamps={"mine": _stamps(mine, touched), "theirs": _stamps(theirs, touched)},
        newest_clock=max(clocks),
        touched=set(touched),
        present=_present_targets(mine, set(touched), mine_state, their_state),
    )


#: What the entities merge leaves alone are called in its refusal.
UNMERGED = {"review_comment": "review comments"}


def _refuse_what_merge_cannot_bring(
    foreign: list[dict[str, Any]], theirs: State, other_path: object
) -> None:
    """The other copy changed something merge does not bring in (review comments):
    refused whole, rather than merged without them."""
    left = sorted({e["entity"] for e in foreign if e["entity"] not in MERGED + ("case",)})
    if left:
        what = ", ".join(UNMERGED.get(name, name.replace("_", " ")) for name in left)
        raise InvalidInput.of(
            "merge.changed_since_copies",
            path=other_path,
            what=what,
        )


def _put_back_withheld(
    base: State, theirs: State, foreign: list[dict[str, Any]], session: Session
) -> None:
    """Items gone from their tables with no entry deleting them were withheld from that
    copy (a release copy leaves out internal items), not deleted: they, and the links to
    them, count as unchanged there, so a merge never takes them as deletions."""
    deleted = {(e["entity"], e["entity_id"]) for e in foreign if e["action"] == "delete"}
    withheld = {key for key in base if key not in theirs and key not in deleted}
    for key in withheld:
        theirs[key] = dict(base[key])
    withheld |= _withheld_targets(base, theirs, deleted, session)
    if not withheld:
        return
    for key, values in theirs.items():
        before = base.get(key)
        if before is not None:
            _put_back_links(key[0], before, values, withheld)


def _withheld_targets(base: State, theirs: State, deleted: set[Key], session: Session) -> set[Key]:
    """Items the base links to that the other copy does not hold, never deleted, and this
    case does not hold either: withheld from both copies' tables, not deleted."""
    linked = {t for key, values in base.items() for t in _targets(key[0], values)}
    unknown = {t for t in linked if t not in theirs and t not in deleted}
    withheld: set[Key] = set()
    for kind in TABLES:
        ids = [i for k, i in unknown if k == kind]
        held = rows.existing_ids(session, kind, ids) if ids else set()
        withheld |= {(kind, i) for i in ids if i not in held}
    return withheld


def _put_back_links(
    kind: str, before: dict[str, Any], values: dict[str, Any], withheld: set[Key]
) -> None:
    """An item's links in the base to withheld items, put back into its other-copy values."""
    for name, spec in SPEC.get(kind, {}).items():
        was = before.get(name)
        if not was:
            continue
        if isinstance(spec, Ref):
            if (spec.target, was) in withheld and values.get(name) is None:
                values[name] = was
        elif isinstance(spec, RefSet | Participants):
            now = list(values.get(name) or [])
            for link in was:
                target = ("party", link["party_id"]) if isinstance(link, dict) else (
                    spec.target, link)  # fmt: skip
                if target in withheld and link not in now:
                    now.append(link)
            values[name] = now or None


def _refuse_an_edited_entry(entry: dict[str, Any], known: set[str], other_path: object) -> None:
    """An entry of the other copy that would not verify in this case's chain: its values
    do not match their digest, or it follows an entry that is not before it."""
    sound = not entry["parent"] or entry["parent"] in known
    if sound and not entry["withheld"]:
        try:
            sound = audit.changes_digest(json.loads(entry["changes"])) == entry["changes_digest"]
        except (ValueError, TypeError):
            sound = False
    if not sound:
        raise InvalidInput.of(
            "merge.audit_log_that",
            path=other_path,
            entry=entry["seq"],
        )


def _refuse_another_case(mine: Session, theirs: Session, other_path: object) -> None:
    table = table_of(TABLES["incident"])
    query = sa.select(table.c.id, table.c.title)
    mine_incidents = mine.execute(query).all()
    their_incidents = theirs.execute(query).all()
    if {i for i, _ in mine_incidents} != {i for i, _ in their_incidents}:
        title = their_incidents[0][1] if their_incidents else ""
        raise InvalidInput.of(
            "merge.copy_another_incident",
            path=other_path,
            title=title,
        )


def _stamps(session: Session, keys: list[Key]) -> dict[Key, tuple[dt.datetime, dt.datetime]]:
    out: dict[Key, tuple[dt.datetime, dt.datetime]] = {}
    models: dict[str, type[SQLModel]] = {**TABLES, **plan_merging.TABLE}
    for kind, model in models.items():
        table = table_of(model)
        ids = [i for k, i in keys if k == kind]
        for start in range(0, len(ids), rows.CHUNK):
            query = sa.select(table.c.id, table.c.created_at, table.c.updated_at).where(
                table.c.id.in_(ids[start : start + rows.CHUNK])
            )
            for item_id, created, updated in session.execute(query):
                out[(kind, item_id)] = (created, updated)
    return out


def _targets(kind: str, values: dict[str, Any]) -> list[Key]:
    """The items an item's fields link to (a pin: its plan and the item it places)."""
    out: list[Key] = plan_merging.targets(kind, values)
    for name, spec in SPEC.get(kind, {}).items():
        value = values.get(name)
        if not value:
            continue
        if isinstance(spec, Ref):
            out.append((spec.target, value))
        elif isinstance(spec, RefSet):
            out += [(spec.target, i) for i in value]
        elif isinstance(spec, Participants):
            out += [("party", p["party_id"]) for p in value]
    return out


def _present_targets(session: Session, touched: set[Key], *states: State) -> set[Key]:
    """The linked items outside `touched` that this case holds."""
    wanted = {
        target
        for state in states
        for (kind, _), values in state.items()
        for target in _targets(kind, values)
        if target not in touched
    }
    found: set[Key] = set()
    for kind in TABLES:
        ids = [i for k, i in wanted if k == kind]
        if ids:
            found |= {(kind, i) for i in rows.existing_ids(session, kind, ids)}
    return found | plan_merging.existing(session, wanted)


def _three_way(
    base: State,
    mine: State,
    theirs: State,
    by_mine: dict[tuple[str, str], Authorship],
    by_theirs: dict[tuple[str, str], Authorship],
) -> tuple[State, list[MergeConflict]]:
    """The merged state, with mine's value standing in for each conflict."""
    result: State = {}
    conflicts: list[MergeConflict] = []
    keys = sorted(base.keys() | mine.keys() | theirs.keys(), key=lambda k: (KIND_ORDER[k[0]], k))
    for key in keys:
        b, m, t = base.get(key), mine.get(key), theirs.get(key)
        if m == t:
            if m is not None:
                result[key] = m
            continue
        if m is None or t is None:
            kept, conflict = _absent_on_one_side(key, b, m, t, by_mine, by_theirs)
            if kept is not None:
                result[key] = kept
            if conflict is not None:
                conflicts.append(conflict)
            continue
        result[key], field_conflicts = _merge_fields(key, b, m, t, by_mine, by_theirs)
        conflicts += field_conflicts
    return result, conflicts


def _absent_on_one_side(
    key: Key,
    b: dict[str, Any] | None,
    m: dict[str, Any] | None,
    t: dict[str, Any] | None,
    by_mine: dict[tuple[str, str], Authorship],
    by_theirs: dict[tuple[str, str], Authorship],
) -> tuple[dict[str, Any] | None, MergeConflict | None]:
    """An item one side lacks: what the merge keeps of it (None: nothing), and the
    conflict when one side deleted it and the other changed it."""
    if b is not None and (m == b or t == b):
        return None, None  # deleted on one side, unchanged on the other
    if b is None:  # new on one side
        return (m if m is not None else t), None
    kind, item_id = key
    conflict = MergeConflict(
        kind, item_id, casestate.label(m or t or b), "", b, m, t,
        by_mine.get((item_id, "" if m is None else _newest(by_mine, item_id, m))),
        by_theirs.get((item_id, "" if t is None else _newest(by_theirs, item_id, t))),
    )  # fmt: skip
    return m, conflict


def _merge_fields(
    key: Key,
    b: dict[str, Any] | None,
    m: dict[str, Any],
    t: dict[str, Any],
    by_mine: dict[tuple[str, str], Authorship],
    by_theirs: dict[tuple[str, str], Authorship],
) -> tuple[dict[str, Any], list[MergeConflict]]:
    """An item both sides hold, merged field by field; a field both changed differently
    (and whose links do not merge) keeps mine's value and is a conflict."""
    kind, item_id = key
    merged = {}
    conflicts: list[MergeConflict] = []
    for name in m:
        bv = None if b is None else b.get(name)
        mv, tv = m[name], t[name]
        if mv == tv or tv == bv:
            merged[name] = mv
        elif mv == bv:
            merged[name] = tv
        else:
            joined = _merge_links(kind, name, bv, mv, tv)
            merged[name] = mv if joined is _CONFLICT else joined
            if joined is _CONFLICT:
                conflicts.append(
                    MergeConflict(
                        kind, item_id, casestate.label(m), name, bv, mv, tv,
                        by_mine.get((item_id, name)), by_theirs.get((item_id, name)),
                    )
                )  # fmt: skip
    return merged, conflicts


def _plans_deleted_under_pins(
    base: State,
    mine: State,
    theirs: State,
    merged: State,
    by_mine: dict[tuple[str, str], Authorship],
    by_theirs: dict[tuple[str, str], Authorship],
) -> list[MergeConflict]:
    """A plan deleted on one side while the other placed or moved a pin on it: a
    conflict, as an item deleted on one side and edited on the other is (the merge keeps
    mine's side until it is settled)."""
    out = []
    for key, was in sorted(base.items()):
        if key[0] != "site_plan" or key in merged:
            continue
        m, t = mine.get(key), theirs.get(key)
        kept = m if m is not None else t
        if kept is None:
            continue  # deleted on both sides
        side = mine if m is not None else theirs
        pinned = any(
            values.get("plan_id") == key[1] and values != base.get(pin)
            for pin, values in side.items()
            if pin[0] == "plan_pin"
        )
        if not pinned:
            continue
        if m is not None:
            merged[key] = m
        out.append(
            MergeConflict(
                key[0], key[1], casestate.label(kept), "", was, m, t,
                by_mine.get((key[1], "" if m is None else _newest(by_mine, key[1], m))),
                by_theirs.get((key[1], "" if t is None else _newest(by_theirs, key[1], t))),
            )
        )  # fmt: skip
    return out


def _newest(by: dict[tuple[str, str], Authorship], item_id: str, state: dict[str, Any]) -> str:
    """The field of an item whose change is the newest on a side: who changed it last."""
    found = [(by[(item_id, name)].at, name) for name in state if (item_id, name) in by]
    return max(found)[1] if found else "+"


_CONFLICT = object()


def _merge_links(kind: str, name: str, base: Any, mine: Any, theirs: Any) -> Any:
    """Two changed link lists merged as sets (a participant's role merged as a value):
    what either side added, less what either side removed. Links kept from the base keep
    its order; new ones follow, by id, so that either merge direction gives one order."""
    if name not in LINK_FIELDS:
        return _CONFLICT
    is_people = isinstance(SPEC[kind][name], Participants)

    def keyed(value: Any) -> dict[str, Any]:
        return {(e["party_id"] if is_people else e): e for e in value or ()}

    b, m, t = keyed(base), keyed(mine), keyed(theirs)
    out: dict[str, Any] = {}
    for ident in [*b, *sorted((m.keys() | t.keys()) - b.keys())]:
        in_m, in_t = ident in m, ident in t
        if not ((in_m and in_t) or (ident not in b and (in_m or in_t))):
            continue
        if in_m and in_t and m[ident] != t[ident]:
            bv = b.get(ident)
            if m[ident] == bv:
                out[ident] = t[ident]
            elif t[ident] == bv:
                out[ident] = m[ident]
            else:
                return _CONFLICT  # both gave one participant a different role
        else:
            out[ident] = m[ident] if in_m else t[ident]
    return list(out.values()) or None


def resolve(
    plan: Plan, take: str | None, choices: Mapping[tuple[str, str, str], Choice] | None
) -> tuple[State, tuple[MergeConflict, ...], tuple[MergeConflict, ...]]:
    """The merged state with each conflict resolved by `choices` ((kind, id, field) ->
    choice), else by `take`; returns it with the conflicts resolved and those left."""
    result = {key: dict(values) for key, values in plan.result.items()}
    resolved, left = [], []
    for conflict in plan.conflicts:
        choice = (choices or {}).get((conflict.kind, conflict.id, conflict.field), take)
        if choice is None:
            left.append(conflict)
            continue
        resolved.append(conflict)
        key = (conflict.kind, conflict.id)
        if isinstance(choice, tuple):
            if not conflict.field:
                raise InvalidInput.of("merge.deleted_item_kept")
            value = casestate.blank(choice[1])
        else:
            value = conflict.mine if choice == "mine" else conflict.theirs
        if not conflict.field:
            if value is None:
                result.pop(key, None)
            else:
                result[key] = dict(value)
        else:
            result.setdefault(key, {})[conflict.field] = value
    _keep_pins_of_kept_plans(plan, result, resolved)
    _keep_files_once(plan, result)
    plan_merging.keep_plans_once(plan.base, plan.mine, plan.theirs, result)
    _drop_dangling_links(result, plan.present)
    plan_merging.drop_loose_pins(result, plan.present)
    _renumber_references(plan, result)
    return result, tuple(resolved), tuple(left)


def _keep_pins_of_kept_plans(plan: Plan, result: State, resolved: list[MergeConflict]) -> None:
    """A plan one side deleted and the merge keeps keeps the pins the deletion took."""
    for conflict in resolved:
        key = (conflict.kind, conflict.id)
        if conflict.kind != "site_plan" or conflict.field or key not in result:
            continue
        side = plan.mine if result[key] == conflict.mine else plan.theirs
        for pin, values in side.items():
            if pin[0] == "plan_pin" and values["plan_id"] == conflict.id and pin not in result:
                result[pin] = dict(values)


def _renumber_references(plan: Plan, result: State) -> None:
    """Two copies that both gave a number (D-6) to an item of their own: the item made
    first (created_at, then id) keeps it, the other takes the next number neither copy
    has given; the audit entries of the merge record the change (_account)."""
    items = [(key, values) for key, values in result.items() if key[0] == "damage_item"]
    stamps = {**plan.stamps.get("theirs", {}), **plan.stamps.get("mine", {})}
    far = dt.datetime.max.replace(tzinfo=dt.UTC)
    items.sort(key=lambda kv: ((stamps.get(kv[0]) or (far,))[0], kv[0][1]))
    given = [
        reference_number(values["reference"])
        for state in (plan.base, plan.mine, plan.theirs, result)
        for key, values in state.items()
        if key[0] == "damage_item" and values.get("reference")
    ]
    following = max(given, default=0) + 1
    held: set[str] = set()
    for _, values in items:
        reference = values.get("reference")
        if not reference or reference in held:
            values["reference"] = reference_text(following)
            following += 1
        held.add(values["reference"])


def _keep_files_once(plan: Plan, result: State) -> None:
    """A file added on both sides (same SHA-256, two ids) is kept under the smaller id."""

    def added(side: State, other: State) -> dict[str, str]:
        return {
            values["sha256"]: key[1]
            for key, values in sorted(side.items())
            if key[0] == "attachment"
            and key not in plan.base
            and key not in other
            and values.get("sha256")
        }

    mine_new, their_new = added(plan.mine, plan.theirs), added(plan.theirs, plan.mine)
    moved = {}
    for sha256, mine_id in mine_new.items():
        their_id = their_new.get(sha256)
        if their_id is not None:
            kept, dropped = sorted((mine_id, their_id))
            moved[dropped] = kept
            result.pop(("attachment", dropped), None)
    if not moved:
        return
    for values in result.values():
        if values.get("attachment_ids"):
            ids = [moved.get(i, i) for i in values["attachment_ids"]]
            values["attachment_ids"] = list(dict.fromkeys(ids))


def _drop_dangling_links(result: State, present: set[Key]) -> None:
    """Links to an item the merge deleted go, as its deletion would have taken them."""

    def kept(target: Key) -> bool:
        return target in result or target in present

    for (kind, _), values in result.items():
        for name, spec in SPEC.get(kind, {}).items():
            value = values.get(name)
            if value is None:
                continue
            if isinstance(spec, Ref):
                if not kept((spec.target, value)):
                    values[name] = None
            elif isinstance(spec, RefSet):
                links = [i for i in value if kept((spec.target, i))]
                values[name] = links or None
            elif isinstance(spec, Participants):
                links = [p for p in value if kept(("party", p["party_id"]))]
                values[name] = links or None


def differences(before: State, after: State) -> tuple[ItemDifference, ...]:
    """Items `after` adds, removes or changes from `before`, in kind order."""
    from casefile.store.records import FieldDifference

    out = []
    keys = sorted(before.keys() | after.keys(), key=lambda k: (KIND_ORDER[k[0]], k))
    for key in keys:
        old, new = before.get(key), after.get(key)
        if old == new:
            continue
        if old is None or new is None:
            values = new if old is None else old
            assert values is not None
            fields = tuple(
                FieldDifference(n, None if old is None else v, v if old is None else None)
                for n, v in values.items()
                if v not in (None, "")
            )
            change = "added" if old is None else "removed"
            out.append(ItemDifference(key[0], key[1], casestate.label(values), change, fields))
            continue
        fields = tuple(FieldDifference(n, old[n], new[n]) for n in new if old.get(n) != new[n])
        out.append(ItemDifference(key[0], key[1], casestate.label(new), "changed", fields))
    return tuple(out)


def summary(plan: Plan, result: State, resolved: Any, left: Any, written: bool) -> MergeResult:
    items = differences(plan.mine, result) if plan.status != "up_to_date" else ()
    return MergeResult(
        plan.status,
        sum(i.change == "added" for i in items),
        sum(i.change == "changed" for i in items),
        sum(i.change == "removed" for i in items),
        tuple(left),
        tuple(resolved),
        written,
        plan.mine_head,
        plan.theirs_head,
        items,
    )


# -- writing ---------------------------------------------------------------------------------


def write(
    session: Session,
    search: SearchIndex,
    actor: str,
    plan: Plan,
    result: State,
    theirs: Session,
) -> None:
    """Make the case (a staged copy of `mine`, unchanged since the plan) hold `result`,
    in the caller's transaction, with the audit entries that account for it."""
    if audit.head(session)[1] != plan.mine_head:
        raise InvalidInput.of("merge.changed_while_merge")
    session.execute(sa.text("PRAGMA defer_foreign_keys=ON"))
    audit.adopt(session, plan.foreign)
    mine = plan.mine
    new_attachments = []
    _free_renumbered(session, plan, result)
    for kind in TABLES:
        new_attachments += _insert_gained(session, search, kind, plan, result, theirs)
        _update_changed(session, search, kind, plan, result)
        gone = [k[1] for k in mine if k[0] == kind and k not in result]
        rows.delete(session, kind, gone)
        search.drop(session, gone)
    _copy_file_data(session, theirs, new_attachments)

    def stamp_of(key: Key, new: dict[str, Any] | None) -> tuple[dt.datetime, dt.datetime]:
        """(created_at, updated_at) of a new row (None), updated_at twice of a changed one."""
        if new is None:
            return plan.stamps["theirs"].get(key) or (rows.now(), rows.now())
        stamp = _updated_at(key, new, plan, plan.stamps["mine"], plan.stamps["theirs"])
        return stamp, stamp

    plan_merging.write(
        session,
        {k: v for k, v in mine.items() if k[0] in plan_merging.PLAN_KINDS},
        {k: v for k, v in result.items() if k[0] in plan_merging.PLAN_KINDS},
        theirs,
        stamp_of,
    )
    references = [
        reference_number(values["reference"])
        for key, values in result.items()
        if key[0] == "damage_item" and values.get("reference")
    ]
    rows.note_next_reference(session, max(references, default=0) + 1)
    _account(session, actor, plan, result)
    violations = session.execute(sa.text("PRAGMA foreign_key_check")).fetchall()
    if violations:
        table, _, parent, _ = violations[0]
        raise InvalidInput.of("merge.merge_would_leave", table=table, parent=parent)


def _insert_gained(
    session: Session, search: SearchIndex, kind: str, plan: Plan, result: State, theirs: Session
) -> list[str]:
    """Insert the items of one kind the case gains, with the other copy's stamps; returns
    the ids of gained attachments, whose file data is still to be copied."""
    theirs_stamps = plan.stamps["theirs"]
    inserts, new_attachments = [], []
    for key in [k for k in result if k[0] == kind and k not in plan.mine]:
        values = _api_values(kind, result[key])
        created, updated = theirs_stamps.get(key) or (rows.now(), rows.now())
        row = {"id": key[1], "created_at": created, "updated_at": updated, **values}
        if kind == "attachment":
            new_attachments.append(key[1])
            row.update(_attachment_columns(theirs, key[1]))
        inserts.append(row)
    rows.insert(session, kind, inserts)
    search.put(session, kind, inserts, new=True)
    return new_attachments


def _update_changed(
    session: Session, search: SearchIndex, kind: str, plan: Plan, result: State
) -> None:
    """Update the items of one kind the case holds whose values or stamp the merge changes;
    the search index is told only of those whose values changed."""
    mine, theirs_stamps, mine_stamps = plan.mine, plan.stamps["theirs"], plan.stamps["mine"]
    updated_rows = []
    for key in [k for k in result if k[0] == kind and k in mine]:
        new, old = result[key], mine[key]
        stamp = _updated_at(key, new, plan, mine_stamps, theirs_stamps)
        if new == old and stamp == mine_stamps[key][1]:
            continue
        changed = _api_values(kind, {n: v for n, v in new.items() if old.get(n) != v})
        changed.pop("sha256", None)
        rows.update(session, kind, key[1], {**changed, "updated_at": stamp})
        if changed:
            updated_rows.append({"id": key[1], **_api_values(kind, new)})
    search.put(session, kind, updated_rows)


def _free_renumbered(session: Session, plan: Plan, result: State) -> None:
    """Clear the numbers of this copy's items that the merge renumbers, before any item
    takes one of them: a number is held by one item at a time (a unique index)."""
    table = table_of(TABLES["damage_item"])
    moved = [
        key[1]
        for key, values in result.items()
        if key[0] == "damage_item"
        and key in plan.mine
        and plan.mine[key].get("reference") != values.get("reference")
    ]
    for chunk in rows.chunks(moved):
        session.execute(sa.update(table).where(table.c.id.in_(chunk)).values(reference=None))


def _api_values(kind: str, state: dict[str, Any]) -> dict[str, Any]:
    spec = SPEC[kind]
    return {name: spec[name].from_json(kind, name, v) for name, v in state.items() if name in spec}


def _updated_at(
    key: Key,
    new: dict[str, Any],
    plan: Plan,
    mine: dict[Key, tuple[dt.datetime, dt.datetime]],
    theirs: dict[Key, tuple[dt.datetime, dt.datetime]],
) -> dt.datetime:
    """The stamp of the side whose value the item now has alone, else the later of the
    two, so that either merge direction stamps it alike."""
    as_mine, as_theirs = new == plan.mine.get(key), new == plan.theirs.get(key)
    if as_theirs and not as_mine and key in theirs:
        return theirs[key][1]
    if as_mine and not as_theirs:
        return mine[key][1]
    return max(s[key][1] for s in (mine, theirs) if key in s)


def _attachment_columns(theirs: Session, attachment_id: str) -> dict[str, Any]:
    table = table_of(TABLES["attachment"])
    row = (
        theirs.execute(
            sa.select(
                table.c.media_type, table.c.size, table.c.sha256, table.c.width, table.c.height
            ).where(table.c.id == attachment_id)
        )
        .mappings()
        .one()
    )
    return dict(row)


def _copy_file_data(session: Session, theirs: Session, attachment_ids: list[str]) -> None:
    """The bytes and thumbnails of the files this case gains, from the other copy."""
    from casefile.store.attachment_data import AttachmentBlob, AttachmentThumb

    for model in (AttachmentBlob, AttachmentThumb):
        table = table_of(model)
        for start in range(0, len(attachment_ids), 500):
            chunk = attachment_ids[start : start + 500]
            found = theirs.execute(
                sa.select(table.c.attachment_id, table.c.data).where(
                    table.c.attachment_id.in_(chunk)
                )
            ).all()
            if found:
                session.execute(
                    sa.insert(table), [{"attachment_id": i, "data": d} for i, d in found]
                )


def _account(session: Session, actor: str, plan: Plan, result: State) -> None:
    """Audit entries for what the merge decided beyond the other copy's own entries (a
    conflict's side, a field changed on this side only), then the merge entry."""
    logged = casestate.replay(session, items=[i for _, i in plan.touched])
    logged |= plan_merging.replay(session)
    logged = {key: values for key, values in logged.items() if key in plan.touched}
    entries: list[tuple[str, str, str, dict[str, list[Any]]]] = []
    keys = sorted(logged.keys() | result.keys(), key=lambda k: (KIND_ORDER[k[0]], k))
    for key in keys:
        was, now = logged.get(key), result.get(key)
        if was == now:
            continue
        if key[0] in plan_merging.PLAN_KINDS:
            was = None if was is None else plan_merging.logged_of(key[0], was)
            now = None if now is None else plan_merging.logged_of(key[0], now)
        if now is None:
            assert was is not None
            held = {n: [v, None] for n, v in was.items() if v not in (None, "")}
            entries.append(("delete", key[0], key[1], held))
            continue
        before = was or {}
        change = {n: [before.get(n), v] for n, v in now.items() if before.get(n) != v}
        entries.append(("merge", key[0], key[1], change))
    incident_table = table_of(TABLES["incident"])
    incident = session.execute(sa.select(incident_table.c.id)).scalars().first() or ""
    if plan.status == "merged" or entries:
        heads = {"heads": [plan.mine_head, plan.theirs_head]}
        entries.append(("merge", "case", incident, heads))
    audit.append(session, actor, entries, clock_floor=plan.newest_clock)
