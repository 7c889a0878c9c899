"""Case file -> Brief: the only part of the brief that reads the case.

Applies the options (sections, redaction, label, date) and formats every value for
reading, so that render lays out text and never decides what a reader may see.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from typing import Any, Protocol, TypeVar

from casefile.brief import formats
from casefile.brief.excerpt import excerpt, items, short
from casefile.brief.language import count as count_of
from casefile.brief.language import money, quantity, short_date, tr, writing_in
from casefile.brief.language import number as format_number
from casefile.brief.model import (
    UNCLASSIFIED,
    Annex,
    Brief,
    ChartSeries,
    ChronologyRow,
    DamageRow,
    DamageSchedule,
    Fact,
    Figure,
    FollowUpEntry,
    MeetingEntry,
    NoteEntry,
    ParticipantEntry,
    PartyEntry,
    PlanFigure,
    ReviewCommentEntry,
    Subtotal,
)
from casefile.brief.options import BriefOptions
from casefile.brief.photos import Prepared, prepare_photo
from casefile.brief.plan_gather import PlanReader, gather_plans
from casefile.brief.progress import CancelledFn, ProgressFn, Ticker
from casefile.store import (
    DAMAGE_CATEGORIES,
    EXPONENTS,
    FINGERPRINT_LENGTH,
    FOLLOW_UP_STATUSES,
    KIND_LABELS,
    SEVERITIES,
    STATE_DIGITS,
    AttachmentRecord,
    CaseFileError,
    CommentRecord,
    CurrencySum,
    DamageItemRecord,
    ExchangeRate,
    FollowUpRecord,
    IncidentRecord,
    Kind,
    MeetingRecord,
    NoteRecord,
    PartyRecord,
    PrintCopy,
    ReviewState,
    TimelineEntry,
    UserSettings,
    read_settings,
    reporting_total,
)
from casefile.store import (
    label as vocab_label,
)

NOT_ASSESSED = "not assessed"
ATTEMPTS = 3  # readings of a case that keeps changing before gather gives up


class CaseChanged(CaseFileError):
    """The case was edited by someone else, again and again, while the brief was gathered."""

    exit_code = 1


class CaseReader(PlanReader, Protocol):
    """The part of the CaseFile API a brief needs (all reads)."""

    def incident(self) -> IncidentRecord: ...
    def records(self, kind: Kind) -> Sequence[Any]: ...
    def attachment_data(self, attachment_id: str) -> bytes: ...
    def print_copies(self, attachment_ids: Sequence[str]) -> dict[str, PrintCopy]: ...
    def timeline(self) -> Sequence[TimelineEntry]: ...
    def audit_head(self) -> str: ...
    def review_state(self) -> ReviewState | None: ...
    def comments(self) -> Sequence[CommentRecord]: ...


def gather(
    case: CaseReader,
    options: BriefOptions,
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> Brief:
    """Read the case and return the brief's data, redacted and formatted.

    Photos are downscaled here (the slow part), one at a time, so that a case with
    many large photos never holds more than one decoded photo in memory.

    The case is read in several calls; if another program edits it meanwhile (the
    head of its audit chain moves), the reading starts again, so that the fingerprint printed on
    the brief names the state every part of it was read from.
    """
    ticker = Ticker(progress, cancelled)
    for _ in range(ATTEMPTS):
        before = case.audit_head()
        with writing_in(options.language):
            brief = _gather_once(case, options, ticker, before)
        if case.audit_head() == before:
            return brief
    raise CaseChanged.of("brief.case_kept_changing")


def _review(state: ReviewState | None) -> str:
    """The cover's line on the case's review, in the brief's language: "Approved by … on
    3 Dec 2025 at state …; 2 changes since" (the store's `sentence` is the CLI's English)."""
    if state is None:
        return ""
    text = tr(
        "{state} by {signer} on {date} at state {head}",
        state=tr(state.label),
        signer=short(state.signer),
        date=short_date(state.sealed_at.astimezone(dt.UTC).date()),
        head=state.head[:STATE_DIGITS],
    )
    if state.own_submission:
        text += " " + tr("(their own submission)")
    if not state.verified:
        text += " " + tr("(the seal does not verify)")
    elif not state.trusted:
        text += " " + tr("(signer's key not trusted here)")
    if state.changes_since:
        text += "; " + tr("{changes} since", changes=count_of(state.changes_since, "change"))
    return short(text)


def _rate(rate: ExchangeRate, reporting: str) -> str:
    """ "1 EUR = 1,7 AZN (20 noy 2025, CBAR)": a rate with the number and the date as the
    brief's language writes them; the currency codes and the source as they are."""
    said = [short_date(rate.as_of)] if rate.as_of is not None else []
    said += [short(rate.source)] if rate.source else []
    text = f"1 {rate.currency} = {quantity(rate.rate)} {reporting}"
    return text + (f" ({', '.join(said)})" if said else "")


def _review_comments(
    comments: Sequence[CommentRecord], dropped: set[str]
) -> tuple[ReviewCommentEntry, ...]:
    """The comments to print: none on an item the redaction left out."""
    entries = []
    for comment in comments:
        if comment.item_id in dropped:
            continue
        kind = tr(KIND_LABELS.get(comment.item_kind, comment.item_kind))
        on = (
            f"{kind}: {short(comment.item_title)}"
            if comment.item_title
            else tr("{kind} (deleted)", kind=kind)
        )
        state = (
            tr("resolved by {name}", name=short(comment.resolved_by))
            if comment.resolved
            else tr("open")
        )
        entries.append(
            ReviewCommentEntry(
                on=on,
                body=comment.body,
                author=short(comment.author),
                date=formats.long_date(comment.created_at.date()),
                state=state,
            )
        )
    return tuple(entries)


def _gather_once(case: CaseReader, options: BriefOptions, ticker: Ticker, audit_head: str) -> Brief:
    ticker.tick(0, 1)
    incident = case.incident()
    tz = incident.timezone or "UTC"
    redact = options.redact_internal
    sections = options.sections
    brief_date = options.brief_date or dt.date.today()

    parties: list[PartyRecord] = list(case.records("party"))
    names = {p.id: short(p.display_name) for p in parties}
    notes, dropped_notes = _kept(case.records("note"), redact)
    follow_ups, dropped_follow_ups = _kept(case.records("follow_up"), redact)
    dropped = {n.id for n in dropped_notes} | {f.id for f in dropped_follow_ups}
    meetings: list[MeetingRecord] = sorted(case.records("meeting"), key=_meeting_order)
    damage_items: list[DamageItemRecord] = sorted(case.records("damage_item"), key=_damage_order)
    meeting_ids = {m.id for m in meetings}
    # The stable reference the item has in every brief of the case; an item whose
    # number was cleared by hand is still cited, by its place in the schedule.
    refs = {item.id: item.reference or f"#{n}" for n, item in enumerate(damage_items, start=1)}

    figure_of: dict[str, int] = {}
    figures: tuple[Figure, ...] = ()
    attachments: dict[str, AttachmentRecord] = {a.id: a for a in case.records("attachment")}
    plans: tuple[PlanFigure, ...] = ()
    on_plans: dict[str, tuple[int, ...]] = {}
    if "plans" in sections:
        plans, on_plans = gather_plans(case, damage_items, refs, attachments, dropped)
    if "photos" in sections:
        figures, figure_of = _figures(
            case,
            attachments,
            damage_items,
            notes,
            meetings,
            refs,
            dropped_notes,
            tz,
            ticker.stage(5, 100),
            first=len(plans) + 1,
        )

    def figs(ids: Sequence[str]) -> tuple[int, ...]:
        return tuple(sorted({figure_of[i] for i in ids if i in figure_of}))

    schedule = _damage_schedule(damage_items, refs, figs, tz, on_plans)
    schedule = _in_reporting_currency(schedule, damage_items, refs, incident)
    brief = Brief(
        title=short(incident.title),
        reference=short(incident.reference),
        classification=_classification(options, incident),
        brief_date=formats.long_date(brief_date),
        preparer=short(options.preparer),
        framing=_framing(incident),
        fingerprint=audit_head[:FINGERPRINT_LENGTH],
        audit_head=audit_head,
        review=_review(case.review_state()),
        review_comments=(
            _review_comments(case.comments(), dropped) if options.review_comments else ()
        ),
        redacted=redact,
        sections=sections,
        # withheld, or (not redacted) shown and marked internal
        internal_items=len(dropped) if redact else _internal_count(notes, follow_ups),
        date=brief_date,
        language=options.language,
        case_status=label("incident", "status", incident.status),
        timezone=formats.zone_name(tz),
        summary=excerpt(incident.summary),
        key_points=_key_points(incident, schedule, meetings, follow_ups, notes, redact),
        facts=_facts(incident, tz),
        chronology=_chronology(
            case.timeline(),
            tz,
            redact,
            dropped,
            _chronology_details(notes, meetings, follow_ups, names),
        )
        if "chronology" in sections
        else (),
        damage=schedule,
        parties=tuple(_party(p, names) for p in parties),
        meetings=_meetings(meetings, names, notes, follow_ups, tz, figs),
        other_follow_ups=tuple(
            _follow_up(f, names) for f in follow_ups if f.meeting_id not in meeting_ids
        ),
        notes=tuple(_note(n, names, figs(n.attachment_ids)) for n in notes),
        plans=plans,
        figures=figures,
        annexes=_annexes(notes, meetings, attachments, dropped_notes, names),
    )
    ticker.tick(1, 1)
    return brief


NoteOrFollowUp = TypeVar("NoteOrFollowUp", NoteRecord, FollowUpRecord)


def _kept(
    records: Sequence[NoteOrFollowUp], redact: bool
) -> tuple[list[NoteOrFollowUp], list[NoteOrFollowUp]]:
    """The items the brief shows, and those redaction withholds (internal ones), each
    in the store's order (notes: by date, a day's notes as written, undated last: the
    order the chronology gives them too)."""
    shown = [r for r in records if not (redact and r.internal)]
    withheld = [r for r in records if redact and r.internal]
    return shown, withheld


#: Classification labels every language of the brief has its own words for; any other
#: label is the user's and prints as typed.
STANDARD_LABELS = (UNCLASSIFIED, "RESTRICTED")


def _classification(options: BriefOptions, incident: IncidentRecord) -> str:
    """The label on every page: the one asked for, else the case's, else UNCLASSIFIED."""
    chosen = options.classification
    return _label(chosen if chosen is not None else incident.classification) or tr(UNCLASSIFIED)


def _label(classification: str) -> str:
    """A classification label in the brief's language where the glossary gives its words
    (RESTRICTED, UNCLASSIFIED); any other label as the user typed it."""
    label = short(classification)
    standard = label.strip().upper()
    return tr(standard) if standard in STANDARD_LABELS else label


def _internal_count(notes: Sequence[NoteRecord], follow_ups: Sequence[FollowUpRecord]) -> int:
    return sum(n.internal for n in notes) + sum(f.internal for f in follow_ups)


# -- ordering ----------------------------------------------------------------------------

_CATEGORY_ORDER = {name: n for n, name in enumerate(DAMAGE_CATEGORIES)}
_SEVERITY_ORDER = {name: n for n, name in enumerate(SEVERITIES)}
_FAR_FUTURE = dt.datetime.max.replace(tzinfo=dt.UTC)


def _damage_order(item: DamageItemRecord) -> tuple[int, str]:
    """Grouped by category in the vocabulary's order; the store's order within a group."""
    return (_CATEGORY_ORDER.get(item.category, len(_CATEGORY_ORDER)), item.category)


def _meeting_order(meeting: MeetingRecord) -> tuple[dt.datetime, str]:
    return (meeting.held_at or _FAR_FUTURE, meeting.title)


# -- sections ----------------------------------------------------------------------------


def _money(minor: int, currency: str) -> str:
    """An amount in the brief's language: "1,234.50 EUR", "1.234,50 EUR"."""
    return money(minor, currency, EXPONENTS.get(currency, 2))


def label(kind: str, field: str, value: str) -> str:
    """A stored vocabulary value's label in the brief's language."""
    return tr(vocab_label(kind, field, value))


#: how much of the recommendation and of the decisions sought the cover prints
FRAMING_CHARS = 2_000
FRAMING_LINES = 30


def _framing(incident: IncidentRecord) -> tuple[Fact, ...]:
    """The cover's framing of the submission: a line per field the case fills in, in the
    order a minister's office reads them; an empty field is left out, never a blank."""
    purposes = {"decision": tr("For decision"), "information": tr("For information")}

    def joined(*parts: str) -> str:
        return ", ".join(part for part in parts if part)

    def text(value: str) -> str:
        return excerpt(value.strip(), chars=FRAMING_CHARS, lines=FRAMING_LINES)

    lines = [
        (tr("From"), short(incident.sender)),
        (tr("To"), short(incident.addressee)),
        (tr("Purpose"), purposes.get(incident.purpose, "")),
        (tr("Recommendation"), text(incident.recommendation)),
        (tr("Decisions sought"), text(incident.decisions_sought)),
        (tr("Deadline"), formats.long_date(incident.deadline)),
        (
            tr("Drafted by"),
            joined(short(incident.drafted_by), formats.long_date(incident.drafted_on)),
        ),
        (
            tr("Cleared by"),
            text(
                "\n".join(
                    joined(short(c.name), formats.long_date(c.cleared_on))
                    for c in incident.clearances
                )
            ),
        ),
    ]
    return tuple(Fact(label, value) for label, value in lines if value.strip())


def _facts(incident: IncidentRecord, tz: str) -> tuple[Fact, ...]:
    facts = [
        Fact(tr("Title"), short(incident.title)),
        Fact(tr("Reference"), short(incident.reference)),
        Fact(tr("Occurred"), formats.long_moment(incident.occurred_at, tz) or tr("not recorded")),
        Fact(tr("Location"), excerpt(incident.location) or tr("not recorded")),
        Fact(tr("Status"), label("incident", "status", incident.status)),
        Fact(tr("Classification"), _label(incident.classification) or tr("none set")),
    ]
    return tuple(f for f in facts if f.value)


def _chronology(
    entries: Sequence[TimelineEntry],
    tz: str,
    redact: bool,
    dropped: set[str],
    details: dict[str, str],
) -> tuple[ChronologyRow, ...]:
    """The case's timeline in the incident's zone; internal entries go when redacting.

    An entry goes when it is flagged internal or when it is an item redaction dropped:
    either alone would do, both make a missed flag harmless.
    """
    return tuple(
        ChronologyRow(
            when=formats.short_moment(e.at, tz, date_only=e.date_only),
            kind=tr(KIND_LABELS.get(e.kind, e.kind)),
            title=short(e.title),
            detail=short(details.get(e.id, e.detail)),
            internal=e.internal,
        )
        for e in entries
        if not (redact and (e.internal or e.id in dropped))
    )


def _chronology_details(
    notes: Sequence[NoteRecord],
    meetings: Sequence[MeetingRecord],
    follow_ups: Sequence[FollowUpRecord],
    names: dict[str, str],
) -> dict[str, str]:
    """A line under each chronology entry, in words (the timeline holds stored values)."""
    details: dict[str, str] = {}
    for note in notes:
        source = names.get(note.source_party_id or "")
        kind = label("note", "kind", note.kind)
        details[note.id] = tr("{kind} from {source}", kind=kind, source=source) if source else kind
    for meeting in meetings:
        parts = [label("meeting", "kind", meeting.kind), short(meeting.place)]
        details[meeting.id] = ", ".join(p for p in parts if p)
    for follow_up in follow_ups:
        status = label("follow_up", "status", follow_up.status).lower()
        owner = names.get(follow_up.owner_id or "")
        details[follow_up.id] = tr("Follow-up due ({status})", status=status) + (
            "; " + tr("owner: {name}", name=owner) if owner else ""
        )
    return details


def _damage_schedule(
    items: Sequence[DamageItemRecord],
    refs: dict[str, str],
    figs: Callable[[Sequence[str]], tuple[int, ...]],
    tz: str,
    on_plans: dict[str, tuple[int, ...]],
) -> DamageSchedule:
    """Rows grouped by category; sums per category and currency; unassessed kept apart.

    An item without an estimate is "not assessed": it is counted, per category and in
    all, and never added to a sum (a missing figure is not a zero).
    """
    rows = []
    sums: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    open_items: Counter[str] = Counter()
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for item in items:
        category_label = _category_label(item.category)
        assessed = item.estimated_cost is not None and bool(item.currency)
        if assessed:
            for bucket in (sums[category_label][item.currency], totals[item.currency]):
                bucket[0] += item.estimated_cost or 0
                bucket[1] += 1
        else:
            open_items[category_label] += 1
        rows.append(_damage_row(item, category_label, assessed, refs[item.id], figs, tz, on_plans))
    categories = list(dict.fromkeys(row.category for row in rows))
    # The cost chart's currency: the one most items are estimated in (then by code).
    by_items = sorted(totals.items(), key=lambda kv: (-kv[1][1], kv[0]))
    cost_currency = by_items[0][0] if by_items else ""
    return DamageSchedule(
        rows=tuple(rows),
        subtotals=_subtotals(rows, sums, open_items),
        totals=tuple(
            Subtotal(tr("All categories"), currency, _money(amount, currency), count)
            for currency, (amount, count) in sorted(totals.items())
        ),
        unassessed=sum(open_items.values()),
        chart_categories=tuple(_category_label(c) for c in categories),
        chart_series=_severity_series(rows, categories),
        cost_currency=cost_currency,
        cost_values=_cost_values(items, categories, cost_currency),
        cost_left_out=tuple(
            f"{currency} ({count_of(count, 'item')})" for currency, (_, count) in by_items[1:]
        ),
    )


def _damage_row(
    item: DamageItemRecord,
    category_label: str,
    assessed: bool,
    ref: str,
    figs: Callable[[Sequence[str]], tuple[int, ...]],
    tz: str,
    on_plans: dict[str, tuple[int, ...]],
) -> DamageRow:
    """One item's schedule row; an unassessed item shows "not assessed", never a zero."""
    return DamageRow(
        ref=ref,
        category=item.category,
        category_label=category_label,
        title=short(item.title),
        severity=item.severity,
        severity_label=label("damage_item", "severity", item.severity),
        status_label=label("damage_item", "status", item.status),
        estimate=(
            _money(item.estimated_cost, item.currency)  # type: ignore[arg-type]
            if assessed
            else tr(NOT_ASSESSED)
        ),
        assessed=assessed,
        description=excerpt(item.description),
        location=short(item.location),
        assessed_by=short(item.assessed_by),
        assessed_on=(
            formats.long_date(formats.local(item.assessed_at, tz).date())
            if item.assessed_at is not None
            else ""
        ),
        figures=figs(item.attachment_ids),
        plan_figures=on_plans.get(item.id, ()),
        quantity=(
            f"{quantity(item.quantity)} \u00d7 {_money(item.unit_cost, item.currency)}"
            if item.quantity is not None and item.unit_cost is not None
            else ""
        ),
    )


def _subtotals(
    rows: Sequence[DamageRow],
    sums: dict[str, dict[str, list[int]]],
    open_items: Counter[str],
) -> tuple[Subtotal, ...]:
    """Per category, in row order: one line per currency; the unassessed count on the first.

    A category with no estimate at all still gets one line, carrying its unassessed count.
    """
    subtotals: list[Subtotal] = []
    for category_label in dict.fromkeys(row.category_label for row in rows):
        currencies = sorted(sums[category_label].items()) if category_label in sums else []
        unassessed_here = open_items[category_label]
        if not currencies:
            subtotals.append(Subtotal(category_label, "", "", 0, unassessed_here))
        for n, (currency, (amount, count)) in enumerate(currencies):
            subtotals.append(
                Subtotal(
                    category_label,
                    currency,
                    _money(amount, currency),
                    count,
                    unassessed_here if n == 0 else 0,
                )
            )
    return tuple(subtotals)


def _severity_series(rows: Sequence[DamageRow], categories: list[str]) -> tuple[ChartSeries, ...]:
    """The damage chart's bars: items per category, one series per severity, worst first."""
    severities = sorted(
        {row.severity for row in rows},
        key=lambda s: (_SEVERITY_ORDER.get(s, len(_SEVERITY_ORDER)), s),
    )
    counts = Counter((row.category, row.severity) for row in rows)
    return tuple(
        ChartSeries(
            label=label("damage_item", "severity", s) or tr("Not assessed"),
            severity=s,
            counts=tuple(counts[(c, s)] for c in categories),
        )
        for s in severities
    )


def _cost_values(
    items: Sequence[DamageItemRecord], categories: list[str], cost_currency: str
) -> tuple[int, ...]:
    """The cost chart's sums per category, counting only estimates in the chart's currency."""
    if not cost_currency:
        return ()
    cost_sums: Counter[str] = Counter()
    for item in items:
        if item.currency == cost_currency and item.estimated_cost is not None:
            cost_sums[item.category] += item.estimated_cost
    return tuple(cost_sums[c] for c in categories)


def reporting_currency_of(incident: IncidentRecord) -> str:
    """The case's reporting currency, else the user's default currency (Settings)."""
    if incident.reporting_currency:
        return incident.reporting_currency
    try:
        return read_settings().currency
    except CaseFileError:
        return UserSettings().currency


def _in_reporting_currency(
    schedule: DamageSchedule,
    items: Sequence[DamageItemRecord],
    refs: dict[str, str],
    incident: IncidentRecord,
) -> DamageSchedule:
    """The schedule with its total in the reporting currency, at the case's rates, read
    from the same items as the schedule: what it used, and what it could not add."""
    sums: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_currency: dict[str, list[str]] = defaultdict(list)
    unestimated = []
    for item in items:
        if item.estimated_cost is None or not item.currency:
            unestimated.append(refs[item.id])
            continue
        sums[item.currency][0] += item.estimated_cost
        sums[item.currency][1] += 1
        by_currency[item.currency].append(refs[item.id])
    reporting = reporting_currency_of(incident)
    total = reporting_total(
        [CurrencySum(c, amount, n) for c, (amount, n) in sums.items()],
        reporting,
        incident.exchange_rates,
        unestimated=len(unestimated),
        unestimated_refs=unestimated,
    )
    return dataclasses.replace(
        schedule,
        reporting_currency=reporting,
        reporting_total=_money(total.amount, total.currency) if sums else "",
        reporting_items=total.converted_items,
        rates_used=tuple(_rate(rate, reporting) for rate in total.rates_used),
        missing_rates=tuple(
            f"{s.currency} ({_money(s.amount, s.currency)}): "
            f"{formats.named_refs(by_currency[s.currency])}"
            for s in total.missing_rates
        ),
        unestimated_refs=tuple(unestimated),
    )


def reporting_sentence(schedule: DamageSchedule) -> str:
    """The total in the reporting currency in a sentence: its rates, and what it leaves
    out for want of a rate (the schedule names the items without an estimate)."""
    line = tr(
        "In all {total} ({items})",
        total=schedule.reporting_total,
        items=count_of(schedule.reporting_items, "item"),
    )
    if schedule.rates_used:
        line += " " + tr("at {rates}", rates="; ".join(schedule.rates_used))
    if schedule.missing_rates:
        line += "; " + tr(
            "not included, for want of an exchange rate: {missing}",
            missing="; ".join(schedule.missing_rates),
        )
    return line + "."


def _category_label(category: str) -> str:
    return label("damage_item", "category", category) or tr("No category")


def _party(party: PartyRecord, names: dict[str, str]) -> PartyEntry:
    native = party.native_name if party.native_name != party.name else ""
    return PartyEntry(
        name=short(party.name),
        native_name=short(native),
        kind_label=label("party", "kind", party.kind),
        role=short(party.role),
        country=short(party.country),
        affiliation=short(party.affiliation),
        represents=names.get(party.represents_id or "", ""),
    )


def _follow_up(follow_up: FollowUpRecord, names: dict[str, str]) -> FollowUpEntry:
    return FollowUpEntry(
        title=short(follow_up.title),
        status_label=tr(FOLLOW_UP_STATUSES.get(follow_up.status, follow_up.status)),
        owner=names.get(follow_up.owner_id or "", ""),
        due=formats.long_date(follow_up.due_date),
        internal=follow_up.internal,
    )


def _meetings(
    meetings: Sequence[MeetingRecord],
    names: dict[str, str],
    notes: Sequence[NoteRecord],
    follow_ups: Sequence[FollowUpRecord],
    tz: str,
    figs: Callable[[Sequence[str]], tuple[int, ...]],
) -> tuple[MeetingEntry, ...]:
    """Every meeting's entry; notes and follow-ups are looked up once for all of them."""
    note_titles = {n.id: short(n.title) for n in notes}
    by_meeting: dict[str | None, list[FollowUpRecord]] = defaultdict(list)
    for f in follow_ups:
        by_meeting[f.meeting_id].append(f)
    return tuple(
        _meeting(m, names, note_titles, by_meeting[m.id], tz, figs(m.attachment_ids))
        for m in meetings
    )


def _meeting(
    meeting: MeetingRecord,
    names: dict[str, str],
    note_titles: dict[str, str],
    follow_ups: Sequence[FollowUpRecord],
    tz: str,
    figures: tuple[int, ...],
) -> MeetingEntry:
    return MeetingEntry(
        title=short(meeting.title),
        kind_label=label("meeting", "kind", meeting.kind),
        when=_meeting_when(meeting, tz),
        place=short(meeting.place),
        participants=tuple(
            ParticipantEntry(names.get(p.party_id, tr("unknown party")), short(p.role))
            for p in meeting.participants
        ),
        summary=excerpt(meeting.summary),
        outcomes=items(meeting.outcome_list, noun="more outcomes"),
        follow_ups=tuple(_follow_up(f, names) for f in follow_ups),
        notes=tuple(note_titles[i] for i in meeting.note_ids if i in note_titles),
        figures=figures,
    )


def _meeting_when(meeting: MeetingRecord, tz: str) -> str:
    """In the zone the meeting took place; just the day when no time of day was recorded."""
    if meeting.held_at is None:
        return tr("date not recorded")
    zone = meeting.timezone or tz
    if getattr(meeting, "all_day", False):
        day = formats.long_date(formats.local(meeting.held_at, zone).date())
        return tr("{date} (all day)", date=day)
    return formats.long_moment(meeting.held_at, zone)


def _note(note: NoteRecord, names: dict[str, str], figures: tuple[int, ...]) -> NoteEntry:
    return NoteEntry(
        title=short(note.title),
        kind_label=label("note", "kind", note.kind),
        date=formats.long_date(note.date),
        source=names.get(note.source_party_id or "", ""),
        body=excerpt(note.body),
        internal=note.internal,
        mentions=tuple(names[i] for i in note.party_ids if i in names),
        figures=figures,
    )


def _key_points(
    incident: IncidentRecord,
    schedule: DamageSchedule,
    meetings: Sequence[MeetingRecord],
    follow_ups: Sequence[FollowUpRecord],
    notes: Sequence[NoteRecord],
    redact: bool,
) -> tuple[str, ...]:
    """The few sentences a minister reads first; counts are of what the brief shows."""
    points: list[str] = []
    occurred = _occurred_point(incident)
    if occurred:
        points.append(occurred)
    points.extend(_damage_points(schedule))
    if meetings:
        points.append(_meetings_point(meetings))
    if follow_ups:
        points.append(_follow_ups_point(follow_ups))
    points.append(tr("{notes} on file.", notes=count_of(len(notes), "note")))
    if redact:
        points.append(tr("Internal notes and follow-ups are left out of this brief."))
    return tuple(points)


def _occurred_point(incident: IncidentRecord) -> str:
    """When and where it happened, as far as known; empty when neither is."""
    when = formats.long_moment(incident.occurred_at, incident.timezone or "UTC")
    where = short(incident.location)
    if when and where:
        return tr("Occurred {when} at {where}.", when=when, where=where)
    if when or where:
        return tr("Occurred {when}.", when=when or where)
    return ""


def _damage_points(schedule: DamageSchedule) -> list[str]:
    """The damage items by severity, then what they are estimated to cost so far."""
    rows = schedule.rows
    if not rows:
        return [tr("No damage items are recorded.")]
    by_severity = Counter(row.severity for row in rows)
    known = [s for s in reversed(SEVERITIES) if by_severity[s]]
    known += sorted(s for s in by_severity if s and s not in SEVERITIES)
    parts = [
        tr(
            "{count} {severity}",
            count=str(by_severity[s]),
            severity=label("damage_item", "severity", s).lower(),
        )
        for s in known
    ]
    if by_severity[""]:
        parts.append(tr("severity not yet assessed for {count}", count=str(by_severity[""])))
    detail = "; ".join(parts)
    points = [
        tr(
            "{items} recorded: {detail}.",
            items=count_of(len(rows), "damage item"),
            detail=detail,
        )
    ]
    if not schedule.totals:
        points.append(tr("No cost estimate has been made yet for any damage item."))
        return points
    amounts = tr(" and ").join(t.amount for t in schedule.totals)
    assessed = sum(t.items for t in schedule.totals)
    line = tr(
        "Estimated cost so far: {amounts} ({items} assessed)",
        amounts=amounts,
        items=count_of(assessed, "item"),
    )
    if schedule.unassessed:
        line += "; " + tr("{items} not yet assessed", items=count_of(schedule.unassessed, "item"))
    points.append(line + ".")
    points.append(reporting_sentence(schedule))
    return points


def _meetings_point(meetings: Sequence[MeetingRecord]) -> str:
    """How many meetings there were, and the latest one held."""
    latest = [m for m in meetings if m.held_at is not None]
    line = tr("{meetings} recorded", meetings=count_of(len(meetings), "meeting"))
    if latest:
        last = latest[-1]
        day = formats.long_date(formats.local(last.held_at, last.timezone or "UTC").date())  # type: ignore[arg-type]
        kind = label("meeting", "kind", last.kind)
        line += "; " + tr(
            "the latest, on {date}: {kind}, “{title}”",
            date=day,
            kind=kind.lower(),
            title=short(last.title),
        )
    return line + "."


def _follow_ups_point(follow_ups: Sequence[FollowUpRecord]) -> str:
    """How many follow-ups there are, counted per status in the usual status order."""
    status = Counter(f.status for f in follow_ups)
    parts = [
        tr(
            "{count} {status}",
            count=str(status[s]),
            status=label("follow_up", "status", s).lower(),
        )
        for s in FOLLOW_UP_STATUSES
        if status[s]
    ]
    return tr(
        "{follow_ups}: {parts}.",
        follow_ups=count_of(len(follow_ups), "follow-up"),
        parts=", ".join(parts),
    )


def _annexes(
    notes: Sequence[NoteRecord],
    meetings: Sequence[MeetingRecord],
    attachments: dict[str, AttachmentRecord],
    dropped_notes: Sequence[NoteRecord],
    names: dict[str, str],
) -> tuple[Annex, ...]:
    """The diplomatic notes (bookmarked where the notes section prints them, `note-N` in
    the notes' order), then the documents attached to meetings (not printed: named, with
    where they are kept). A document also attached to a note that redaction drops goes
    with that note, as photos do."""
    annexes: list[Annex] = []
    for n, note in enumerate(notes, start=1):
        if note.kind == "diplomatic_note":
            source = names.get(note.source_party_id or "")
            detail = ", ".join(
                part
                for part in (
                    tr("Diplomatic note"),
                    formats.long_date(note.date),
                    source and tr("from {source}", source=source),
                )
                if part
            )
            annexes.append(Annex(len(annexes) + 1, short(note.title), detail, f"note-{n}"))
    withheld = {i for note in dropped_notes for i in note.attachment_ids}
    for meeting in meetings:
        for attachment_id in meeting.attachment_ids:
            document = attachments.get(attachment_id)
            if document is None or document.is_image or attachment_id in withheld:
                continue
            detail = tr(
                "{kind}, {size} bytes, attached to the meeting “{title}”; kept in the case "
                "file (SHA-256 {sha})",
                kind=document.media_type or tr("document"),
                size=format_number(document.size),
                title=short(meeting.title),
                sha=document.sha256[:12],
            )
            title = short(document.caption) or short(document.filename)
            annexes.append(Annex(len(annexes) + 1, title, detail))
    return tuple(annexes)


# -- photos ------------------------------------------------------------------------------


def _figure_sources(
    attachments: dict[str, AttachmentRecord],
    damage_items: Sequence[DamageItemRecord],
    notes: Sequence[NoteRecord],
    meetings: Sequence[MeetingRecord],
    refs: dict[str, str],
    dropped_notes: Sequence[NoteRecord],
) -> list[tuple[AttachmentRecord, list[str]]]:
    """Photos in appendix order: by damage item, then notes, then meetings, then the rest.

    Each comes with what it belongs to. A photo linked to a note that redaction drops
    is dropped with it, even when it is also linked to something else: redaction errs
    on the side of leaving out.
    """
    owners: dict[str, list[str]] = defaultdict(list)
    order: list[str] = []
    dropped_ids = {note.id for note in dropped_notes}
    of_dropped = {i for note in dropped_notes for i in note.attachment_ids}

    def add(ids: Sequence[str], owner: str) -> None:
        for i in ids:
            if i in attachments and attachments[i].is_image:
                if i not in owners:
                    order.append(i)
                owners[i].append(owner)

    for item in damage_items:
        add(item.attachment_ids, f"{refs[item.id]} {short(item.title)}")
    for note in notes:
        add(note.attachment_ids, f"Note: {short(note.title)}")
    for meeting in meetings:
        add(meeting.attachment_ids, f"Meeting: {short(meeting.title)}")
    for a in attachments.values():
        if a.is_image and a.id not in owners:
            order.append(a.id)
            owners[a.id] = []

    def redacted(a: AttachmentRecord) -> bool:
        return a.id in of_dropped or any(
            link.kind == "note" and link.id in dropped_ids for link in a.links
        )

    return [(attachments[i], owners[i]) for i in order if not redacted(attachments[i])]


def _figures(
    case: CaseReader,
    attachments: dict[str, AttachmentRecord],
    damage_items: Sequence[DamageItemRecord],
    notes: Sequence[NoteRecord],
    meetings: Sequence[MeetingRecord],
    refs: dict[str, str],
    dropped_notes: Sequence[NoteRecord],
    tz: str,
    ticker: Ticker,
    *,
    first: int = 1,
) -> tuple[tuple[Figure, ...], dict[str, int]]:
    """The appendix's figures, numbered from `first` (the site plans come before them),
    and attachment id -> figure number for citing them."""
    sources = _figure_sources(attachments, damage_items, notes, meetings, refs, dropped_notes)
    stored = case.print_copies([attachment.id for attachment, _ in sources])
    figures = []
    for done, (attachment, owners) in enumerate(sources):
        number = first + done
        ticker.tick(done, len(sources))
        copy = stored.pop(attachment.id, None)
        if copy is not None:
            prepared = Prepared.of(copy)
        else:
            prepared = prepare_photo(case.attachment_data(attachment.id))
        source_width, source_height = _upright_size(attachment, prepared)
        figures.append(
            Figure(
                number=number,
                caption=short(attachment.caption),
                filename=short(attachment.filename),
                belongs_to="; ".join(owners),
                captured=formats.long_moment(attachment.captured_at, tz),
                sha256_short=attachment.sha256[:12],
                jpeg=prepared.jpeg,
                width=prepared.width,
                height=prepared.height,
                source_width=source_width,
                source_height=source_height,
                problem=prepared.problem,
                item_refs=tuple(
                    refs[link.id]
                    for link in attachment.links
                    if link.kind == "damage_item" and link.id in refs
                ),
            )
        )
    ticker.tick(len(sources), len(sources))
    return tuple(figures), {a.id: n for n, (a, _) in enumerate(sources, start=first)}


def _upright_size(attachment: AttachmentRecord, prepared: Prepared) -> tuple[int, int]:
    """The photo's own size in pixels, turned as it is printed: what decides whether it
    is too small for its place on the page. The print copy may have fewer pixels (it is
    at most PRINT_SIDE, and a busy photo is shrunk further to its byte ceiling); its
    shape says whether the photo was turned upright."""
    if not (prepared.width and prepared.height):
        return 0, 0
    long_side, short_side = sorted((attachment.width or 0, attachment.height or 0), reverse=True)
    printed_long, printed_short = sorted((prepared.width, prepared.height), reverse=True)
    if (
        long_side < printed_long  # a print copy is never enlarged: the row is wrong
        or not short_side
        or abs(long_side / short_side - printed_long / printed_short)
        > 0.02 * long_side / short_side
    ):
        return prepared.width, prepared.height
    if prepared.width >= prepared.height:
        return long_side, short_side
    return short_side, long_side
