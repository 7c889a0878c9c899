"""What the CaseFile API returns: plain frozen dataclasses, never live ORM objects.

Timestamps are timezone-aware datetimes in UTC; `local()` helpers show them in
the zone the event happened in. Costs are integer minor units of `currency`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

from casefile.store.money import format_money


def zone_or_utc(name: str) -> dt.tzinfo:
    """The IANA zone, or UTC when the name is empty or unknown (a hand-edited file).
    A name that is a folder of the zone database ("Europe") raises an OSError."""
    try:
        return ZoneInfo(name) if name else dt.UTC
    except (KeyError, ValueError, OSError):
        return dt.UTC


def in_zone(instant: dt.datetime | None, zone: str) -> dt.datetime | None:
    """The instant as wall-clock time in an IANA zone (UTC if the zone is unknown)."""
    return None if instant is None else instant.astimezone(zone_or_utc(zone))


@dataclass(frozen=True, slots=True)
class ExchangeRate:
    """One unit of `currency` is `rate` units of the case's reporting currency, as of a
    date, from a source (a central bank, an invoice): what the case's totals convert by."""

    currency: str
    rate: str  # a plain decimal, such as "1.7" or "0.5882"
    as_of: dt.date | None = None
    source: str = ""


@dataclass(frozen=True, slots=True)
class Clearance:
    """Someone who cleared the submission (a head of department, the legal adviser),
    and the day they did: the brief's cover lists them under the drafter."""

    name: str
    cleared_on: dt.date | None = None


@dataclass(frozen=True, slots=True)
class IncidentRecord:
    """The incident the case file is about: there is exactly one."""

    id: str
    title: str
    reference: str
    occurred_at: dt.datetime | None
    timezone: str
    location: str
    summary: str
    status: str
    classification: str
    created_at: dt.datetime
    updated_at: dt.datetime
    #: what the case's totals are given in ("": the user's default currency)
    reporting_currency: str = ""
    exchange_rates: tuple[ExchangeRate, ...] = ()
    #: the submission's framing on the brief's cover: who sends it to whom, why, what is
    #: recommended and asked, by when; who drafted and who cleared it ("", None and ()
    #: where not filled in: the brief leaves those lines out)
    sender: str = ""
    addressee: str = ""
    purpose: str = ""  # "", "decision" or "information" (vocab.PURPOSES)
    recommendation: str = ""
    decisions_sought: str = ""
    deadline: dt.date | None = None
    drafted_by: str = ""
    drafted_on: dt.date | None = None
    clearances: tuple[Clearance, ...] = ()

    def occurred_local(self) -> dt.datetime | None:
        return in_zone(self.occurred_at, self.timezone)


@dataclass(frozen=True, slots=True)
class PartyRecord:
    """A person, organisation or state that appears in the case."""

    id: str
    name: str
    native_name: str
    kind: str
    role: str
    country: str
    affiliation: str
    contact: str
    represents_id: str | None
    created_at: dt.datetime
    updated_at: dt.datetime

    @property
    def display_name(self) -> str:
        return party_display_name(self.name, self.native_name)


def party_display_name(name: str, native_name: str | None) -> str:
    """Name with the native spelling in brackets when it differs."""
    if native_name and native_name != name:
        return f"{name} ({native_name})"
    return name


@dataclass(frozen=True, slots=True)
class NoteRecord:
    """A diplomatic note, statement, press report, memo or observation."""

    id: str
    title: str
    body: str
    kind: str
    date: dt.date | None
    source_party_id: str | None
    internal: bool
    party_ids: tuple[str, ...]
    attachment_ids: tuple[str, ...]
    created_at: dt.datetime
    updated_at: dt.datetime


@dataclass(frozen=True, slots=True)
class DamageItemRecord:
    """One item of damage to the mission, with its estimate in minor units."""

    id: str
    reference: str  # "D-12": stable, never reused (fields.Reference)
    category: str
    title: str
    description: str
    location: str
    severity: str
    status: str
    estimated_cost: int | None
    currency: str
    assessed_by: str
    assessed_at: dt.datetime | None
    attachment_ids: tuple[str, ...]
    created_at: dt.datetime
    updated_at: dt.datetime
    #: how many (a plain decimal: "12", "25.5"), or None; with `unit_cost` it makes the
    #: estimate: quantity x unit cost (fields.settle_estimate)
    quantity: str | None = None
    unit_cost: int | None = None  # in minor units of `currency`

    @property
    def reference_number(self) -> int:
        """The reference's number, for sorting: D-9 comes before D-10."""
        return int(self.reference[2:]) if self.reference else 0

    @property
    def unit_cost_display(self) -> str:
        """ "850.00 EUR", or "" without a unit cost."""
        if self.unit_cost is None or not self.currency:
            return ""
        return format_money(self.unit_cost, self.currency)

    @property
    def cost_display(self) -> str:
        """ "1,250.00 EUR", or "" when no estimate has been made."""
        if self.estimated_cost is None or not self.currency:
            return ""
        return format_money(self.estimated_cost, self.currency)


@dataclass(frozen=True, slots=True)
class Participant:
    """A party at a meeting, with the role it played there."""

    party_id: str
    role: str = ""


@dataclass(frozen=True, slots=True)
class MeetingRecord:
    """A summons, meeting, call or site visit, with who took part."""

    id: str
    kind: str
    title: str
    held_at: dt.datetime | None
    all_day: bool
    timezone: str
    place: str
    summary: str
    outcomes: str
    participants: tuple[Participant, ...]
    note_ids: tuple[str, ...]
    attachment_ids: tuple[str, ...]
    created_at: dt.datetime
    updated_at: dt.datetime

    def held_local(self) -> dt.datetime | None:
        return in_zone(self.held_at, self.timezone)

    @property
    def outcome_list(self) -> tuple[str, ...]:
        """Outcomes are typed one per line."""
        return tuple(line.strip() for line in self.outcomes.splitlines() if line.strip())


@dataclass(frozen=True, slots=True)
class FollowUpRecord:
    """An action to take: its owner, due date and state."""

    id: str
    title: str
    owner_id: str | None
    due_date: dt.date | None
    status: str
    internal: bool
    meeting_id: str | None
    created_at: dt.datetime
    updated_at: dt.datetime


@dataclass(frozen=True, slots=True)
class OpenFollowUp:
    """A follow-up still open, as a to-do list shows it: its owner by name."""

    id: str
    title: str
    owner: str  # the owner's name, "" if it has none
    due_date: dt.date | None
    internal: bool

    def overdue(self, today: dt.date) -> bool:
        """Due before today: the due date itself is still in time."""
        return self.due_date is not None and self.due_date < today


@dataclass(frozen=True, slots=True)
class AttachmentLink:
    """An item a photo or document is attached to."""

    kind: str  # "damage_item", "note" or "meeting"
    id: str


@dataclass(frozen=True, slots=True)
class AttachmentRecord:
    """What is known of a stored file; its bytes are read on request."""

    id: str
    filename: str
    media_type: str
    size: int
    sha256: str
    caption: str
    captured_at: dt.datetime | None
    width: int | None
    height: int | None
    links: tuple[AttachmentLink, ...]
    created_at: dt.datetime
    updated_at: dt.datetime
    #: what adding the file left out and why (a capture time out of range), for the user
    #: to hear; set only on the records add_attachments returns, never stored
    notice: str = field(default="", compare=False)

    @property
    def is_image(self) -> bool:
        return self.media_type.startswith("image/")


Record = (
    IncidentRecord
    | PartyRecord
    | NoteRecord
    | DamageItemRecord
    | MeetingRecord
    | FollowUpRecord
    | AttachmentRecord
)


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field of an audit entry: its value before and after."""

    field: str
    old: object
    new: object


@dataclass(frozen=True, slots=True)
class ChangeRecord:
    """One audit entry: who changed which fields of which item, and when."""

    seq: int
    id: str
    at: dt.datetime
    actor: str
    action: str  # create, update, delete, restore
    entity: str
    entity_id: str
    changes: tuple[FieldChange, ...]
    prev_hash: str
    hash: str
    #: its values were scrubbed from this copy of the case (the item was deleted)
    withheld: bool = False
    #: the device that made it ("" for entries made before devices were recorded)
    device: str = ""
    #: its hybrid logical clock time (store/audit.py): above its parent's
    hlc: int = 0
    #: the id of the entry before it where it was made ("" for the first)
    parent: str = ""

    @property
    def clock_time(self) -> dt.datetime:
        """The wall-clock instant (UTC) of its hybrid clock time, to the millisecond."""
        return dt.datetime(1970, 1, 1, tzinfo=dt.UTC) + dt.timedelta(milliseconds=self.hlc >> 16)


@dataclass(frozen=True, slots=True)
class AuditVerdict:
    """The outcome of checking the audit chain from its first entry."""

    ok: bool
    entries: int
    first_bad_seq: int | None = None
    message: str = ""
    #: what broke the chain, a key of casefile.store.audit.BREAKS ("" when it holds),
    #: and the message's variable parts, so that the app can say it in its language
    reason: str = ""
    fields: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One item found by full-text search, with the matching text in context.

    The spans are (start, end) offsets of what matched, in `title` and in `snippet`:
    the words as the case writes them ("Галузин"), whatever the query's spelling.
    """

    kind: str
    id: str
    title: str
    snippet: str
    title_spans: tuple[tuple[int, int], ...] = ()
    snippet_spans: tuple[tuple[int, int], ...] = ()
    reference: str = ""  # a damage item's, D-12; "" for other kinds


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One dated thing in the case, for the timeline view and the brief's chronology."""

    at: dt.datetime  # aware, UTC; date-only items sit at local midnight
    date_only: bool
    kind: str  # incident, note, meeting, follow_up
    id: str
    title: str
    detail: str
    internal: bool = False


@dataclass(frozen=True, slots=True)
class CaseSummary:
    """What `casefile info` prints."""

    path: str
    title: str
    reference: str
    schema_version: int
    counts: dict[str, int]
    totals: dict[str, int]  # currency -> minor units
    unassessed: int  # damage items without an estimate
    fingerprint: str
    read_only: bool
    #: damage items per (category, severity): what the overview's chart draws
    damage_matrix: dict[tuple[str, str], int] = field(default_factory=dict)
    #: the head of the audit chain in full; `fingerprint` is its start
    audit_head: str = ""
    #: damage items with an estimate, per currency (those `totals` adds up)
    estimated: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Problem:
    """One finding of `casefile check`."""

    area: str  # integrity, schema, foreign_keys, attachments, audit, orphans
    #: the English `casefile check` prints; Words (a code and fields) wherever the store
    #: words the finding itself, for the app to say in the user's language
    message: str


@dataclass(frozen=True, slots=True)
class SealRecord:
    """A seal on the case as `casefile check` verified it (store/seals.py)."""

    id: str
    number: int  # 1 for the oldest
    seq: int  # the audit entry it signed
    entry_seq: int | None  # its own audit entry (None: the log lacks it, a finding)
    head: str  # the hash it signed: the state of the case it vouches for
    state: str  # "", submitted, approved, changes-requested, released
    comment: str
    signer: str
    fingerprint: str  # of the signer's key, as people read it
    sealed_at: dt.datetime
    signature_ok: bool
    history_intact: bool  # the log still holds the entry it signed
    trusted_as: str | None  # the name the key is trusted under here, None if it is not

    @property
    def state_label(self) -> str:
        return STATE_LABELS.get(self.state, self.state)

    def line(self, total: int) -> str:
        """What `check` says of it: "seal 1 of 2: Approved by … on …, at state …: …"."""
        trust = f"key trusted as {self.trusted_as}" if self.trusted_as else "key NOT trusted here"
        verdict = "signature valid" if self.signature_ok else "SIGNATURE FAILS"
        verdict += ", history intact" if self.history_intact else ", HISTORY REWRITTEN"
        when = self.sealed_at.astimezone().strftime("%Y-%m-%d %H:%M %Z")
        return (
            f"seal {self.number} of {total}: {self.state_label} by {self.signer} ({trust}; "
            f"{self.fingerprint}) on {when}, at state {self.head[:STATE_DIGITS]} (entry "
            f"{self.seq}): {verdict}"
        )


#: How a review state reads in a sentence ("Approved by …").
STATE_LABELS = {
    "": "Sealed",
    "submitted": "Submitted",
    "approved": "Approved",
    "changes-requested": "Changes requested",
    "released": "Released",
}
#: Hex digits of a state (an audit head) shown in the app and on briefs: 64 bits.
STATE_DIGITS = 16


@dataclass(frozen=True, slots=True)
class ReviewState:
    """Where the case stands in review: its latest seal with a state, and what followed."""

    state: str
    signer: str
    sealed_at: dt.datetime
    head: str
    changes_since: int
    trusted: bool  # the signer's key is trusted here
    verified: bool  # its signature holds and the history it signed is intact
    own_submission: bool = False  # an approval of the approver's own submission

    @property
    def label(self) -> str:
        return STATE_LABELS.get(self.state, self.state)

    def sentence(self) -> str:
        """ "Approved by R. Mustafayev on 3 Dec 2025 at state 1f3a…; 2 changes since"."""
        day = self.sealed_at.astimezone(dt.UTC)
        text = (
            f"{self.label} by {self.signer} on {day.day} {day:%b %Y} at state "
            f"{self.head[:STATE_DIGITS]}"
        )
        if self.own_submission:
            text += " (their own submission)"
        if not self.verified:
            text += " (the seal does not verify)"
        elif not self.trusted:
            text += " (signer's key not trusted here)"
        if self.changes_since:
            plural = "s" if self.changes_since != 1 else ""
            text += f"; {self.changes_since} change{plural} since"
        return text


@dataclass(frozen=True, slots=True)
class CommentRecord:
    """A reviewer's comment on an item (store/comments.py)."""

    id: str
    item_kind: str
    item_id: str
    item_title: str  # "" when the item is gone
    body: str
    author: str
    created_at: dt.datetime
    resolved_at: dt.datetime | None
    resolved_by: str

    @property
    def resolved(self) -> bool:
        return self.resolved_at is not None


@dataclass(frozen=True, slots=True)
class ReleaseRecord:
    """What a release copy says of itself (store/release.py), as `check` verified it."""

    case_title: str
    case_reference: str
    source_state: str  # the head of the case it was made from
    released_by: str
    released_at: dt.datetime | None
    trusted_as: str | None  # the releaser's key's name here, None if not trusted
    redacted_internal: bool
    withheld: dict[str, Any]  # the manifest's counts, by kind
    verified: bool  # sealed by its releaser, and accounting for what it withholds

    def sentence(self) -> str:
        """ "release copy of case "…" (REF) at state 1f3a…, released by …"."""
        case = f'"{self.case_title}"' + (f" ({self.case_reference})" if self.case_reference else "")
        text = f"release copy of case {case} at state {self.source_state[:STATE_DIGITS]}"
        if self.released_by and self.released_at is not None:
            day = self.released_at.astimezone(dt.UTC)
            text += f", released by {self.released_by} on {day.day} {day:%b %Y}"
        return text


@dataclass(frozen=True, slots=True)
class CheckResult:
    """What `casefile check` found, and how many audit entries it verified (0 when it
    stopped before the audit log: a file SQLite itself finds damaged)."""

    problems: tuple[Problem, ...]
    audit_entries: int
    seals: tuple[SealRecord, ...] = ()
    #: what deserves a look but is no fault: an untrusted signer, a clock set back
    warnings: tuple[Problem, ...] = ()
    #: audit entries after the latest seal, which no seal covers: (seq, actor)
    uncovered: tuple[tuple[int, str], ...] = ()
    review: ReviewState | None = None
    release: ReleaseRecord | None = None


@dataclass(frozen=True, slots=True)
class OpenNotice:
    """Something the opener did or noticed that the user should hear about."""

    message: str
    severity: str = "info"  # info or warning
    #: "read_only" for the notice that the file opened read-only by itself, which a
    #: client showing read-only state otherwise (the GUI's banner) need not repeat
    about: str = ""


@dataclass(frozen=True, slots=True)
class Snapshot:
    """A deleted item with its links and attachments, enough to restore it (undo)."""

    kind: str
    id: str
    document: dict[str, Any] = field(hash=False, compare=False)
    #: the pins on site plans that placed the item or its photos
    pins: tuple[PinRecord, ...] = field(default=(), hash=False, compare=False)


@dataclass(frozen=True, slots=True)
class PlanRecord:
    """A site plan: its name and what is known of its image (the bytes are read on
    request, the display copy for showing, the original for placing exactly)."""

    id: str
    name: str
    caption: str
    filename: str
    media_type: str
    size: int
    sha256: str
    width: int
    height: int
    created_at: dt.datetime
    updated_at: dt.datetime


@dataclass(frozen=True, slots=True)
class PinRecord:
    """A damage item or a photo placed on a plan; x and y are fractions of the plan's
    width and height, from its top left corner."""

    id: str
    plan_id: str
    damage_item_id: str | None
    attachment_id: str | None
    x: float
    y: float
    created_at: dt.datetime
    updated_at: dt.datetime

    @property
    def item_id(self) -> str:
        """The pinned item: a damage item, or a photo (an attachment)."""
        return self.damage_item_id or self.attachment_id or ""

    @property
    def is_photo(self) -> bool:
        return self.attachment_id is not None


@dataclass(frozen=True, slots=True)
class PlanSnapshot:
    """A deleted plan with its images and pins, enough to restore it (undo)."""

    plan: PlanRecord
    images: tuple[tuple[str, int, int, bytes], ...] = field(hash=False, compare=False)
    pins: tuple[PinRecord, ...] = ()


@dataclass(frozen=True, slots=True)
class Authorship:
    """Who made a change, when and on which device (from its audit entry)."""

    actor: str
    at: dt.datetime
    device: str


@dataclass(frozen=True, slots=True)
class FieldDifference:
    """A field that differs between two states of an item, values in JSON form."""

    field: str
    old: object
    new: object
    by: Authorship | None = None


@dataclass(frozen=True, slots=True)
class ItemDifference:
    """An item added, removed or changed between two versions of a case."""

    kind: str
    id: str
    label: str
    change: str  # added, removed, changed
    fields: tuple[FieldDifference, ...]
    by: Authorship | None = None  # who added or removed it


@dataclass(frozen=True, slots=True)
class MergeConflict:
    """A field both copies changed to different values (field ""; the whole item: one
    copy deleted it, the other changed it). Values in JSON form; a deleted item's None."""

    kind: str
    id: str
    label: str
    field: str
    base: object
    mine: object
    theirs: object
    mine_by: Authorship | None
    theirs_by: Authorship | None


@dataclass(frozen=True, slots=True)
class MergeResult:
    """What a merge did (or, with `written` False, would do): `status` is up_to_date,
    fast_forward or merged; counts are of items this case gained, changed and lost."""

    status: str
    added: int
    changed: int
    removed: int
    conflicts: tuple[MergeConflict, ...]
    resolved: tuple[MergeConflict, ...]
    written: bool
    mine_head: str
    theirs_head: str
    items: tuple[ItemDifference, ...] = ()
