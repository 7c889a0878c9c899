"""The link tables: which parties a note mentions, who took part in a meeting and in
what role, which notes and files belong to an item. Each carries its position in the
item's list.

Imported where links are read or written, not with the other tables: building a table
class takes about a millisecond, and opening a case and its first screen read none of
these.
"""

# No `from __future__ import annotations`, for the reason models.py gives.
from typing import Any

from sqlmodel import Field, SQLModel

from casefile.store.models import Table, table_of
from casefile.store.stored import check_columns


def _link(target: str, *, index: bool = False) -> Any:
    """One side of a link table's key; the second side is indexed for reverse look-ups."""
    return Field(
        primary_key=True, foreign_key=target, ondelete="CASCADE", index=index, max_length=36
    )


class NoteParty(Table, table=True):
    __tablename__ = "note_party"
    note_id: str = _link("note.id")
    party_id: str = _link("party.id", index=True)
    position: int = 0


class MeetingParticipant(Table, table=True):
    __tablename__ = "meeting_participant"
    meeting_id: str = _link("meeting.id")
    party_id: str = _link("party.id", index=True)
    role: str = ""
    position: int = 0


class MeetingNote(Table, table=True):
    __tablename__ = "meeting_note"
    meeting_id: str = _link("meeting.id")
    note_id: str = _link("note.id", index=True)
    position: int = 0


class DamageItemAttachment(Table, table=True):
    __tablename__ = "damage_item_attachment"
    damage_item_id: str = _link("damage_item.id")
    attachment_id: str = _link("attachment.id", index=True)
    position: int = 0


class NoteAttachment(Table, table=True):
    __tablename__ = "note_attachment"
    note_id: str = _link("note.id")
    attachment_id: str = _link("attachment.id", index=True)
    position: int = 0


class MeetingAttachment(Table, table=True):
    __tablename__ = "meeting_attachment"
    meeting_id: str = _link("meeting.id")
    attachment_id: str = _link("attachment.id", index=True)
    position: int = 0


#: (kind, link field) -> (link table, owner column, target column)
LINKS: dict[tuple[str, str], tuple[type[SQLModel], str, str]] = {
    ("note", "party_ids"): (NoteParty, "note_id", "party_id"),
    ("note", "attachment_ids"): (NoteAttachment, "note_id", "attachment_id"),
    ("damage_item", "attachment_ids"): (DamageItemAttachment, "damage_item_id", "attachment_id"),
    ("meeting", "participants"): (MeetingParticipant, "meeting_id", "party_id"),
    ("meeting", "note_ids"): (MeetingNote, "meeting_id", "note_id"),
    ("meeting", "attachment_ids"): (MeetingAttachment, "meeting_id", "attachment_id"),
}

for _link_model in {model for model, _, _ in LINKS.values()}:
    check_columns(table_of(_link_model))  # every value read is checked (store/stored.py)

#: Which link tables tie an attachment to an owner, by the owner's kind.
ATTACHMENT_OWNERS: dict[str, tuple[type[SQLModel], str]] = {
    "damage_item": (DamageItemAttachment, "damage_item_id"),
    "note": (NoteAttachment, "note_id"),
    "meeting": (MeetingAttachment, "meeting_id"),
}
