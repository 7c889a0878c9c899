"""What deleting an item takes away, kept so that undo can put it back.

A snapshot is the item with the items whose links it changes and the attachments only
it used, as a casefile-json document: restoring it is importing that document
(CaseFile.restore), so a deleted item comes back exactly as it was exported.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from casefile.store import interchange, rows
from casefile.store.links import ATTACHMENT_OWNERS, MeetingNote, MeetingParticipant, NoteParty
from casefile.store.models import FollowUp, Note, Party, table_of


def dependents(session: Session, kind: str, item_id: str) -> dict[str, list[str]]:
    """Items whose links change when this one is deleted."""
    out: dict[str, set[str]] = defaultdict(set)

    def ids(query: Any) -> set[str]:
        return set(session.execute(query).scalars().all())

    note, note_party = table_of(Note).c, table_of(NoteParty).c
    participant, meeting_note = table_of(MeetingParticipant).c, table_of(MeetingNote).c
    follow_up, party = table_of(FollowUp).c, table_of(Party).c
    if kind == "party":
        out["note"] |= ids(sa.select(note.id).where(note.source_party_id == item_id))
        out["note"] |= ids(sa.select(note_party.note_id).where(note_party.party_id == item_id))
        out["meeting"] |= ids(
            sa.select(participant.meeting_id).where(participant.party_id == item_id)
        )
        out["follow_up"] |= ids(sa.select(follow_up.id).where(follow_up.owner_id == item_id))
        out["party"] |= ids(sa.select(party.id).where(party.represents_id == item_id))
    elif kind == "note":
        out["meeting"] |= ids(
            sa.select(meeting_note.meeting_id).where(meeting_note.note_id == item_id)
        )
    elif kind == "meeting":
        out["follow_up"] |= ids(sa.select(follow_up.id).where(follow_up.meeting_id == item_id))
    elif kind == "attachment":
        for owner_kind, (model, owner_col) in ATTACHMENT_OWNERS.items():
            table = table_of(model)
            out[owner_kind] |= ids(
                sa.select(table.c[owner_col]).where(table.c.attachment_id == item_id)
            )
    return {k: sorted(v) for k, v in out.items() if v}


def owned_attachments(session: Session, kind: str, record: Any) -> list[str]:
    """Attachments linked to this item and to nothing else: they go with it."""
    if kind not in ATTACHMENT_OWNERS:
        return []
    owned = []
    for attachment in rows.load(session, "attachment", list(record.attachment_ids)):
        if all(link.kind == kind and link.id == record.id for link in attachment.links):
            owned.append(attachment.id)
    return owned


def snapshot_document(session: Session, kind: str, record: Any) -> tuple[dict[str, Any], list[str]]:
    owned = owned_attachments(session, kind, record)
    doc: dict[str, Any] = {"format": interchange.FORMAT, "version": interchange.VERSION}
    by_kind: dict[str, list[Any]] = defaultdict(list)
    by_kind[kind].append(record)
    for dep_kind, ids in dependents(session, kind, record.id).items():
        by_kind[dep_kind].extend(rows.load(session, dep_kind, ids))
    attachment_ids = list(owned) + ([record.id] if kind == "attachment" else [])
    for collection, collection_kind in interchange.COLLECTIONS.items():
        if collection_kind == "attachment":
            loaded = rows.load(session, "attachment", attachment_ids)
            doc[collection] = [interchange.attachment_json(session, r) for r in loaded]
        else:
            records = by_kind[collection_kind]
            doc[collection] = [interchange.item_json(collection_kind, r) for r in records]
    return doc, owned
