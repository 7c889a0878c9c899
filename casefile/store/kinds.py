"""The kinds of item a case holds and the fields each takes, as types.

The field table (fields.SPEC) is what checks, stores, audits, indexes and exports every
field; these are its typed face for callers, so that a misspelt kind or field is found
by mypy before it is refused at run time. tests/store/test_kinds.py keeps the two in step.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from typing import Any, Literal, TypedDict

from casefile.store.records import Clearance, ExchangeRate, Participant

#: Every kind of record, the incident included.
Kind = Literal["incident", "party", "note", "damage_item", "meeting", "follow_up", "attachment"]
#: The kinds a case holds many of: what is added, listed and deleted.
ItemKind = Literal["party", "note", "damage_item", "meeting", "follow_up", "attachment"]

#: An instant: an aware datetime, or ISO 8601 text with its offset.
InstantValue = dt.datetime | str | None
#: A day: date, or YYYY-MM-DD text.
DayValue = dt.date | str | None
#: A participant: a Participant, {"party_id": ..., "role": ...} or (party_id, role).
ParticipantValue = Participant | dict[str, str] | tuple[str, str] | list[str]


class IncidentFields(TypedDict, total=False):
    title: str
    reference: str
    occurred_at: InstantValue
    timezone: str
    location: str
    summary: str
    status: str
    classification: str
    #: ISO 4217 code the totals are given in ("": the user's default currency)
    reporting_currency: str
    #: ExchangeRate records, or {currency, rate, as_of, source}
    exchange_rates: Iterable[ExchangeRate | dict[str, Any]]
    sender: str
    addressee: str
    #: "", "decision" or "information"
    purpose: str
    recommendation: str
    decisions_sought: str
    deadline: DayValue
    drafted_by: str
    drafted_on: DayValue
    #: Clearance records, or {name, cleared_on}
    clearances: Iterable[Clearance | dict[str, Any]]


class PartyFields(TypedDict, total=False):
    name: str
    native_name: str
    kind: str
    role: str
    country: str
    affiliation: str
    contact: str
    represents_id: str | None


class NoteFields(TypedDict, total=False):
    title: str
    body: str
    kind: str
    date: DayValue
    source_party_id: str | None
    internal: bool
    party_ids: Iterable[str]
    attachment_ids: Iterable[str]


class DamageItemFields(TypedDict, total=False):
    category: str
    title: str
    description: str
    location: str
    severity: str
    status: str
    #: in minor units of `currency` (cents)
    estimated_cost: int | None
    currency: str
    #: how many, as a decimal ("25.5"); with unit_cost it makes estimated_cost
    quantity: str | int | Decimal | None
    #: in minor units of `currency` (cents)
    unit_cost: int | None
    assessed_by: str
    assessed_at: InstantValue
    attachment_ids: Iterable[str]


class MeetingFields(TypedDict, total=False):
    kind: str
    title: str
    held_at: InstantValue
    all_day: bool
    timezone: str
    place: str
    summary: str
    outcomes: str
    participants: Iterable[ParticipantValue]
    note_ids: Iterable[str]
    attachment_ids: Iterable[str]


class FollowUpFields(TypedDict, total=False):
    title: str
    owner_id: str | None
    due_date: DayValue
    status: str
    internal: bool
    meeting_id: str | None


class AttachmentFields(TypedDict, total=False):
    filename: str
    caption: str
    captured_at: InstantValue


#: kind -> its fields' TypedDict, for the test that keeps them in step with fields.SPEC
FIELDS: dict[str, type] = {
    "incident": IncidentFields,
    "party": PartyFields,
    "note": NoteFields,
    "damage_item": DamageItemFields,
    "meeting": MeetingFields,
    "follow_up": FollowUpFields,
    "attachment": AttachmentFields,
}
