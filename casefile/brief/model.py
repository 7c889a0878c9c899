"""The brief as plain data: what gather produces and render lays out.

Everything here is already redacted and formatted for reading (dates in the zone the
event happened in, money with its currency), so render never has to decide anything
about the case and the data can be built by hand in tests.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

#: The label a brief prints when neither the case nor the options give one: a page
#: without any label could be taken for one whose label was cut off.
UNCLASSIFIED = "UNCLASSIFIED"


@dataclass(frozen=True, slots=True)
class Fact:
    """One labelled line of the incident facts."""

    label: str
    value: str


@dataclass(frozen=True, slots=True)
class ChronologyRow:
    when: str
    kind: str  # label: "Incident", "Note", "Meeting", "Follow-up"
    title: str
    detail: str = ""
    internal: bool = False


@dataclass(frozen=True, slots=True)
class DamageRow:
    ref: str  # "D-1", "D-2", ...: the item's stable reference, as photos and the text cite it
    category: str  # stored value, for the chart
    category_label: str
    title: str
    severity: str  # stored value, for the chart
    severity_label: str
    status_label: str
    estimate: str  # "1,250.00 EUR" or "not assessed"
    assessed: bool
    description: str = ""
    location: str = ""
    assessed_by: str = ""
    assessed_on: str = ""  # "20 November 2025", in the incident's zone
    figures: tuple[int, ...] = ()
    plan_figures: tuple[int, ...] = ()  # the site plans it is pinned on
    quantity: str = ""  # "12 × 850.50 EUR": what the estimate is the product of


@dataclass(frozen=True, slots=True)
class Subtotal:
    """Estimates of one category (or of the whole case) in one currency.

    A category with no estimate at all has one Subtotal with an empty currency and
    amount; `unassessed` counts its items without an estimate (on its first row only).
    """

    label: str
    currency: str
    amount: str
    items: int
    unassessed: int = 0


@dataclass(frozen=True, slots=True)
class ChartSeries:
    label: str  # severity label
    severity: str  # stored value, picks the colour
    counts: tuple[int, ...]  # one per chart category


@dataclass(frozen=True, slots=True)
class DamageSchedule:
    rows: tuple[DamageRow, ...] = ()
    subtotals: tuple[Subtotal, ...] = ()  # per category and currency
    totals: tuple[Subtotal, ...] = ()  # per currency, over all categories
    unassessed: int = 0
    chart_categories: tuple[str, ...] = ()  # category labels on the chart's axis
    chart_series: tuple[ChartSeries, ...] = ()
    #: The cost chart: the currency most items are estimated in, and per chart category
    #: its sum in minor units (amounts in other currencies cannot be added to them).
    cost_currency: str = ""
    cost_values: tuple[int, ...] = ()
    #: The other currencies, with how many items each: "USD (2 items)".
    cost_left_out: tuple[str, ...] = ()
    #: The total in the case's reporting currency ("2,200.00 AZN"; "" without estimates),
    #: the rates it used ("1 EUR = 1.7 AZN (2025-11-20, CBAR)"), and what it leaves out:
    #: per currency without a rate, its sum and items ("USD 200.00 USD: D-3"), and the
    #: references of the items without an estimate.
    reporting_currency: str = ""
    reporting_total: str = ""
    reporting_items: int = 0
    rates_used: tuple[str, ...] = ()
    missing_rates: tuple[str, ...] = ()
    unestimated_refs: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PartyEntry:
    name: str
    native_name: str
    kind_label: str
    role: str = ""
    country: str = ""
    affiliation: str = ""
    represents: str = ""


@dataclass(frozen=True, slots=True)
class ParticipantEntry:
    name: str
    role: str = ""


@dataclass(frozen=True, slots=True)
class FollowUpEntry:
    title: str
    status_label: str
    owner: str = ""
    due: str = ""
    internal: bool = False


@dataclass(frozen=True, slots=True)
class MeetingEntry:
    title: str
    kind_label: str
    when: str
    place: str = ""
    participants: tuple[ParticipantEntry, ...] = ()
    summary: str = ""
    outcomes: tuple[str, ...] = ()
    follow_ups: tuple[FollowUpEntry, ...] = ()
    notes: tuple[str, ...] = ()  # titles of related notes still in the brief
    figures: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class NoteEntry:
    title: str
    kind_label: str
    date: str = ""
    source: str = ""
    body: str = ""
    internal: bool = False
    mentions: tuple[str, ...] = ()
    figures: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class ReviewCommentEntry:
    """A reviewer's comment, printed only when the brief asks for them."""

    on: str  # "Damage item: Perimeter wall"
    body: str
    author: str
    date: str
    state: str  # "open" or "resolved by …"


@dataclass(frozen=True, slots=True)
class Figure:
    """One photo of the appendix; `jpeg` is None when the photo could not be included."""

    number: int
    caption: str
    filename: str
    belongs_to: str  # "D3 Perimeter fence", "Note: ...", or ""
    captured: str
    sha256_short: str
    jpeg: bytes | None = field(default=None, repr=False)
    width: int = 0  # pixels of `jpeg`
    height: int = 0
    #: pixels of the photo itself, turned upright (`jpeg` may have fewer): whether it
    #: is too small for the page is the photo's, not its print copy's, matter
    source_width: int = 0
    source_height: int = 0
    problem: str = ""  # why the photo is missing, said in the brief
    item_refs: tuple[str, ...] = ()  # the damage items it belongs to ("D-3"), for links


@dataclass(frozen=True, slots=True)
class PlanPin:
    """A pin as the brief draws it over its plan: where (fractions of the plan's width
    and height), its label (the item's reference; "" for a photo) and colour (hex)."""

    x: float
    y: float
    label: str
    colour: str
    photo: bool = False


@dataclass(frozen=True, slots=True)
class PlanLegendRow:
    """One line of a plan's legend: a pinned damage item or photo."""

    label: str  # "D3", or "" for a photo
    colour: str
    title: str
    severity_label: str  # "" for a photo
    photo: bool = False


@dataclass(frozen=True, slots=True)
class PlanFigure:
    """A site plan with its pins; `jpeg` is None when its image could not be included."""

    number: int
    name: str
    caption: str
    jpeg: bytes | None = field(default=None, repr=False)
    width: int = 0  # pixels of `jpeg`
    height: int = 0
    pins: tuple[PlanPin, ...] = ()
    legend: tuple[PlanLegendRow, ...] = ()
    problem: str = ""


@dataclass(frozen=True, slots=True)
class Annex:
    """A document the brief points to: a diplomatic note (printed in the notes section,
    `key` its bookmark) or a document attached to a meeting (kept in the case file)."""

    number: int
    title: str
    detail: str
    key: str = ""


@dataclass(frozen=True, slots=True)
class Brief:
    """A whole brief, ready to render. `sections` says which parts print, in order."""

    title: str
    reference: str
    classification: str
    brief_date: str  # "21 November 2025"
    preparer: str
    fingerprint: str
    redacted: bool
    sections: tuple[str, ...]
    #: Items flagged internal (notes, follow-ups): those printed, or those left out
    #: when `redacted`.
    internal_items: int = 0
    #: The brief's date as a date: the PDF's creation date (None: reportlab's fixed one).
    date: dt.date | None = None
    #: The full head of the case's audit chain; `fingerprint` is its printed start.
    audit_head: str = ""
    #: Where the case stands in review ("Approved by … at state …"), "" if never sealed.
    review: str = ""
    #: Reviewers' comments, when the options ask for them (BriefOptions.review_comments).
    review_comments: tuple[ReviewCommentEntry, ...] = ()
    case_status: str = ""
    #: the submission's framing on the cover (From, To, Purpose, ...), only the lines the
    #: case fills in, labels and dates in the brief's language
    framing: tuple[Fact, ...] = ()
    timezone: str = "UTC"
    summary: str = ""
    key_points: tuple[str, ...] = ()
    facts: tuple[Fact, ...] = ()
    chronology: tuple[ChronologyRow, ...] = ()
    damage: DamageSchedule = DamageSchedule()
    parties: tuple[PartyEntry, ...] = ()
    meetings: tuple[MeetingEntry, ...] = ()
    other_follow_ups: tuple[FollowUpEntry, ...] = ()  # not tied to a meeting
    notes: tuple[NoteEntry, ...] = ()
    plans: tuple[PlanFigure, ...] = ()  # numbered before the photos' figures
    figures: tuple[Figure, ...] = ()
    annexes: tuple[Annex, ...] = ()
    #: the language of its labels, dates and amounts (casefile.brief.language)
    language: str = "en"
