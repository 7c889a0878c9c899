"""Release copies: a copy of the case for people outside the team.

A release copy keeps the items as they are and the audit chain's hashes, and withholds
what outsiders should not read: the values of every audit entry made before the release
(the text of deleted items, and the text that editing removed, which the log's old
values keep), earlier seals with their comments, review comments, and, when asked,
internal notes and follow-ups with the files only they held. In their place the copy's
chain gains, after the entries as they were:

- a "delete" entry for each item the release removes;
- a "release" entry for each item, site plan and pin left, stating its fields as they
  are, so that the log still accounts for every one (store/replay.py) with no older
  value in it;
- the manifest, one "release" entry of the entity "release": what was withheld, in
  counts and kinds, never content; the state of the case it was made from;
- the releaser's seal (state "released"), which signs all of that.

audit.verify accepts withheld values before the manifest's `withheld_before`, and
seals.verify checks that the manifest accounts for them and is sealed.
"""

from __future__ import annotations

import uuid
from collections import Counter
from typing import Any, cast

import sqlalchemy as sa
from sqlalchemy.orm import Session

from casefile.store import audit, rows, seals
from casefile.store.comments import ReviewComment
from casefile.store.keys import SigningKey
from casefile.store.links import ATTACHMENT_OWNERS, NoteAttachment
from casefile.store.models import TABLES, ChangeLog, Incident, table_of

RELEASE_VERSION = 1
MANIFEST_ENTITY = audit.RELEASE_ENTITY


def live_ids(session: Session) -> set[str]:
    """Ids whose audit entries a copy keeps the values of: every item, seal and review
    comment in the file, and a release copy's manifest."""
    ids: set[str] = set()
    for table in [*(table_of(model) for model in TABLES.values()), table_of(seals.Seal),
                  table_of(ReviewComment)]:  # fmt: skip
        ids.update(session.execute(sa.select(table.c.id)).scalars())
    log = table_of(ChangeLog).c
    manifests = sa.select(log.entity_id).where(log.entity == MANIFEST_ENTITY)
    ids.update(session.execute(manifests).scalars())
    return ids


def _ids(session: Session, table: sa.Table, *where: Any) -> list[str]:
    return list(session.execute(sa.select(table.c.id).where(*where).order_by(table.c.id)).scalars())


def _internal_items(session: Session) -> dict[str, list[str]]:
    """Internal notes and follow-ups, and the files that only those notes hold."""
    notes_table = table_of(TABLES["note"])
    follow_ups = table_of(TABLES["follow_up"])
    notes = _ids(session, notes_table, notes_table.c.internal.is_(True))
    held = table_of(NoteAttachment).c
    theirs = set(
        session.execute(sa.select(held.attachment_id).where(held.note_id.in_(notes))).scalars()
    )
    elsewhere: set[str] = set()
    for model, owner in ATTACHMENT_OWNERS.values():
        link = table_of(model).c
        query = sa.select(link.attachment_id).where(link.attachment_id.in_(theirs))
        if model is NoteAttachment:
            query = query.where(link[owner].not_in(notes))
        elsewhere.update(session.execute(query).scalars())
    return {
        "note": notes,
        "follow_up": _ids(session, follow_ups, follow_ups.c.internal.is_(True)),
        "attachment": sorted(theirs - elsewhere),
    }


def withhold_for_release(
    session: Session, key: SigningKey, actor: str, *, redact_internal: bool
) -> dict[str, Any]:
    """Make the copy open in `session` a release copy (see the module's docstring) and
    seal it with `key`; returns its manifest."""
    source_seq, source_head = audit.head(session)
    log = table_of(ChangeLog)
    live = live_ids(session)
    deleted = Counter(
        kind
        for kind, item_id in session.execute(
            sa.select(log.c.entity, log.c.entity_id)
            .where(log.c.action == "delete", log.c.entity.in_(list(TABLES)))
            .distinct()
        )
        if item_id not in live
    )
    from casefile.store import plans

    removed = _internal_items(session) if redact_internal else {}
    pins_before = plans.pin_ids(session)
    for kind, ids in removed.items():
        rows.delete(session, kind, ids)
    gone_pins = sorted(pins_before - plans.pin_ids(session))  # pins of removed files
    comments = _ids(session, table_of(ReviewComment))
    session.execute(sa.delete(table_of(ReviewComment)))
    cleared = session.execute(sa.delete(table_of(seals.Seal)))
    earlier_seals = cast(sa.CursorResult[Any], cleared).rowcount or 0
    entries: list[tuple[str, str, str, dict[str, list[Any]]]] = [
        ("delete", kind, item_id, {}) for kind, ids in removed.items() for item_id in ids
    ]
    entries += [("delete", plans.PIN, pin_id, {}) for pin_id in gone_pins]
    entries += [("delete", "review_comment", comment_id, {}) for comment_id in comments]
    for kind in TABLES:
        for record in rows.load(session, kind):
            values = rows.record_values(kind, record)
            stated = rows.created(kind, values, getattr(record, "sha256", None))
            entries.append(("release", kind, record.id, stated))
    stated_plans = [(plans.PLAN, p.id, plans.plan_values(p)) for p in plans.load_plans(session)]
    stated_plans += [(plans.PIN, p.id, plans.pin_values(p)) for p in plans.load_pins(session)]
    for entity, item_id, values in stated_plans:
        fields = {name: [None, value] for name, value in values.items() if value not in (None, "")}
        entries.append(("release", entity, item_id, fields))
    withhold = sa.update(log).where(log.c.seq <= source_seq).values(changes="{}", withheld=True)
    withheld = cast(sa.CursorResult[Any], session.execute(withhold)).rowcount
    (incident_id,) = session.execute(sa.select(table_of(Incident).c.id)).scalars()
    manifest = {
        "format": audit.RELEASE_FORMAT,
        "version": RELEASE_VERSION,
        "case": incident_id,
        "source_state": source_head,
        "source_entries": source_seq,
        "withheld_before": source_seq + 1,
        "redacted_internal": redact_internal,
        "withheld": {
            "entry_values": withheld or 0,
            "deleted_items": dict(sorted(deleted.items())),
            "internal_items": {k: len(v) for k, v in removed.items() if k != "attachment"},
            "files_of_internal_notes": len(removed.get("attachment", [])),
            "review_comments": len(comments),
            "seals": earlier_seals,
        },
    }
    release_id = str(uuid.uuid4())
    entries.append(("release", MANIFEST_ENTITY, release_id, {"manifest": [None, manifest]}))
    audit.append(session, actor, entries)
    seals.make(session, key, actor, state=seals.RELEASED)
    return manifest
