"""A case as plain values, item by item: what `diff` compares and `merge` merges.

An item's state is {field: value in JSON form}, as its audit entries spell values
(store/rows.py `created`), with every field of its kind present and an empty link list
as None. The same spelling is read from the tables (the case as it is) and replayed
from audit entries (the case as a part of its history left it), so the two compare.
"""

from __future__ import annotations

import json
from collections.abc import Container, Iterable, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from casefile.store import rows
from casefile.store.fields import SPEC
from casefile.store.models import TABLES, ChangeLog, table_of
from casefile.store.records import Authorship
from casefile.store.rows import CHUNK

#: (kind, id) of an item.
Key = tuple[str, str]
#: Every item of a case: (kind, id) -> {field: JSON value}.
State = dict[Key, dict[str, Any]]


def fields_of(kind: str) -> tuple[str, ...]:
    """The fields an item's state holds: its kind's, and an attachment's SHA-256."""
    return (*SPEC[kind], "sha256") if kind == "attachment" else tuple(SPEC[kind])


def normal(kind: str, values: dict[str, Any]) -> dict[str, Any]:
    """Every field of the kind, an absent one and an empty list as None."""
    return {name: blank(values.get(name)) for name in fields_of(kind)}


def blank(value: Any) -> Any:
    return None if value == [] else value


def label(state: dict[str, Any] | None) -> str:
    """What an item is called in a list: its title, name or file name."""
    if not state:
        return ""
    for name in ("title", "name", "filename"):
        if state.get(name):
            return str(state[name])
    return ""


def read(session: Session, keys: Iterable[Key] | None = None) -> State:
    """The case as its tables hold it: every item, or those of `keys` that exist."""
    state: State = {}
    wanted: dict[str, list[str]] | None = None
    if keys is not None:
        wanted = {}
        for kind, item_id in keys:
            wanted.setdefault(kind, []).append(item_id)
    for kind in TABLES:
        if wanted is not None and not wanted.get(kind):
            continue
        for record in rows.load(session, kind, None if wanted is None else wanted[kind]):
            values = rows.record_values(kind, record)
            sha256 = getattr(record, "sha256", None)
            logged = rows.created(kind, values, sha256)
            state[(kind, record.id)] = normal(kind, {k: v[1] for k, v in logged.items()})
    return state


def _log_rows(
    session: Session, columns: Sequence[Any], where: Any, ids: Iterable[str]
) -> list[Any]:
    """Rows of the log whose `where` column is one of `ids`, in `seq` order."""
    log = table_of(ChangeLog).c
    wanted = list(dict.fromkeys(ids))
    found: list[Any] = []
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        found += session.execute(sa.select(log.seq, *columns).where(where.in_(chunk))).all()
    found.sort(key=lambda row: row[0])
    return [row[1:] for row in found]


def replay(
    session: Session, only: Container[str] | None = None, items: Iterable[str] | None = None
) -> State:
    """The case as the audit entries (those whose ids are in `only`, else all) leave it,
    in this file's order; with `items`, only the items of those ids."""
    found: dict[Key, dict[str, Any]] = {}
    log = table_of(ChangeLog).c
    columns = (log.id, log.action, log.entity, log.entity_id, log.changes, log.withheld)
    if items is None:
        entries = session.execute(sa.select(*columns).order_by(log.seq)).all()
    else:
        entries = _log_rows(session, columns, log.entity_id, items)
    for entry_id, action, entity, entity_id, changes, withheld in entries:
        if only is not None and entry_id not in only:
            continue
        if entity not in TABLES:
            continue  # an entry about the case as a whole (a merge)
        key = (entity, entity_id)
        if action == "delete":
            found.pop(key, None)
            continue
        fields = found.setdefault(key, {})
        if withheld:
            continue
        try:
            for name, change in json.loads(changes).items():
                fields[name] = change[1]
        except (ValueError, TypeError, AttributeError, IndexError, KeyError):
            continue  # check names an entry it cannot read
    return {key: normal(key[0], values) for key, values in found.items()}


def entries(session: Session, ids: Iterable[str]) -> list[dict[str, Any]]:
    """Whole log rows of these entry ids, in this file's order."""
    log = table_of(ChangeLog)
    wanted = list(dict.fromkeys(ids))
    found: list[dict[str, Any]] = []
    for start in range(0, len(wanted), CHUNK):
        query = sa.select(log).where(log.c.id.in_(wanted[start : start + CHUNK]))
        found += [dict(row) for row in session.execute(query).mappings()]
    return sorted(found, key=lambda row: row["seq"])


def authors(session: Session, ids: Iterable[str]) -> dict[tuple[str, str], Authorship]:
    """(item id, field) -> the newest of these entries that changed it; field "" is the
    item's deletion, "+" its creation."""
    log = table_of(ChangeLog).c
    columns = (log.action, log.entity_id, log.changes, log.actor, log.at, log.device)
    found: dict[tuple[str, str], Authorship] = {}
    for action, entity_id, changes, actor, at, device in _log_rows(session, columns, log.id, ids):
        by = Authorship(actor, at, device)
        if action == "delete":
            found[(entity_id, "")] = by
            continue
        if action == "create":
            found[(entity_id, "+")] = by
        try:
            names = list(json.loads(changes))
        except (ValueError, TypeError):
            continue
        for name in names:
            found[(entity_id, name)] = by
    return found


#: Entries that stay in the copy they were made in: a seal signs that file's chain (its
#: sequence numbers and hashes), which no other copy holds; a release copy's entries
#: state what it holds and withholds, and change nothing (docs/merge.md).
LOCAL_ACTIONS = ("seal", "release")
RELEASE_MANIFEST = ("release", "release")  # (action, entity) of a release's manifest


def local_entries(session: Session) -> dict[str, str]:
    """The entries that stay in this copy, each with its parent, in `seq` order: seals,
    and what a release copy wrote of its own (store/release.py): everything after the
    entries of the case it was made from, up to its manifest (its deletions of the
    items it withholds included, which are no one's deletions)."""
    log = table_of(ChangeLog).c
    ranges = []
    manifests = sa.select(log.seq, log.changes).where(
        log.action == RELEASE_MANIFEST[0], log.entity == RELEASE_MANIFEST[1]
    )
    for seq, changes in session.execute(manifests):
        try:
            source = int(json.loads(changes)["manifest"][1]["source_entries"])
        except (ValueError, TypeError, KeyError, IndexError):
            continue
        ranges.append(sa.and_(log.seq > source, log.seq <= seq))
    query = sa.select(log.id, log.parent).where(sa.or_(log.action.in_(LOCAL_ACTIONS), *ranges))
    return dict(session.execute(query.order_by(log.seq)).all())


def entry_ids(session: Session) -> set[str]:
    """The ids of the entries that travel between copies (local_entries stay)."""
    log = table_of(ChangeLog).c
    every = set(session.execute(sa.select(log.id)).scalars())
    return every - local_entries(session).keys()
