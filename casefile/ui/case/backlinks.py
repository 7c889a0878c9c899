"""Links read backwards: where a party appears, which follow-ups a meeting produced.

The store keeps links on the side that owns them (a note lists its parties). Reading
them backwards means scanning notes, meetings and follow-ups; the scan is cached
until one of those kinds changes, so moving through parties stays instant.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject

from casefile.ui.case.session import CaseSession

_SCANNED = ("party", "note", "meeting", "follow_up")


@dataclass(frozen=True, slots=True)
class Backlink:
    kind: str
    id: str
    title: str
    #: how it links: "mentioned", "source", "participant", "owner" or "represents"
    how: str
    #: a participant's role in the meeting ("" for the other links)
    role: str = ""


class Backlinks(QObject):
    def __init__(self, session: CaseSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._lists: dict[str, list[Any]] = {}
        session.case_changed.connect(self._on_session_case_changed)

    def _on_session_case_changed(self, kind: str, ids: list[str]) -> None:
        if kind == "*":
            self._lists.clear()
        else:
            self._lists.pop(kind, None)

    def _all(self, kind: str) -> list[Any]:
        if kind not in self._lists:
            self._lists[kind] = self._session.case.records(kind)
        return self._lists[kind]

    def of_party(self, party_id: str) -> list[Backlink]:
        """Every note, meeting, follow-up and party that links to this party."""
        return [
            *self._notes_naming(party_id),
            *self._meetings_with(party_id),
            *(
                Backlink("follow_up", f.id, f.title, "owner")
                for f in self._all("follow_up")
                if f.owner_id == party_id
            ),
            *(
                Backlink("party", p.id, p.display_name, "represents")
                for p in self._all("party")
                if p.represents_id == party_id
            ),
        ]

    def _notes_naming(self, party_id: str) -> Iterator[Backlink]:
        for note in self._all("note"):
            if note.source_party_id == party_id:
                yield Backlink("note", note.id, note.title, "source")
            elif party_id in note.party_ids:
                yield Backlink("note", note.id, note.title, "mentioned")

    def _meetings_with(self, party_id: str) -> Iterator[Backlink]:
        for meeting in self._all("meeting"):
            for participant in meeting.participants:
                if participant.party_id == party_id:
                    yield Backlink(
                        "meeting", meeting.id, meeting.title, "participant", participant.role
                    )

    def follow_ups_of(self, meeting_id: str) -> list[Any]:
        return [f for f in self._all("follow_up") if f.meeting_id == meeting_id]
