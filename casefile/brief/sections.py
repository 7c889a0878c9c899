"""The flowables of each part of the brief, from brief data (no case, no options).

Every user string reaches a Paragraph through `markup` (para, rich, clip). Tables hold
only short or clipped text, because a table row cannot split across pages; full texts
(descriptions, note bodies, summaries) flow as paragraphs, which can.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    ListFlowable,
    ListItem,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from casefile.brief import formats
from casefile.brief.chart import cost_chart, count_chart, counts_sentence, every_bar_is_one
from casefile.brief.deferred import Deferred
from casefile.brief.document import (
    APPENDIX,
    BODY,
    Anchor,
    ContentsLine,
    OutlineMark,
    marking,
)
from casefile.brief.excerpt import joined
from casefile.brief.fonts import FONTS
from casefile.brief.jpeg import JpegImage
from casefile.brief.language import count, tr
from casefile.brief.markup import clip, esc, is_clipped, one_line, para, plain, rich
from casefile.brief.model import (
    UNCLASSIFIED,
    Brief,
    ChronologyRow,
    DamageRow,
    DamageSchedule,
    Figure,
    FollowUpEntry,
    MeetingEntry,
    NoteEntry,
    PartyEntry,
    PlanFigure,
    PlanLegendRow,
    PlanPin,
    Subtotal,
)
from casefile.brief.options import SECTION_TITLES
from casefile.brief.pagedtable import LazyRows, PagedTable
from casefile.brief.plan_drawing import PinMark, PlanDrawing
from casefile.brief.styles import (
    ACCENT,
    ACCENT_HEX,
    BAND,
    BASE_TABLE,
    FACTS_TABLE,
    FRAMING_TABLE,
    INTERNAL_FLAG,
    MARGIN_X,
    MUTED_HEX,
    MUTED_OPEN,
    PAGE_SIZE,
    RULE,
    TABLE_PADDING,
    Styles,
    table_style,
)

T = TypeVar("T")
WIDTH = PAGE_SIZE[0] - 2 * MARGIN_X  # the body frame's width
CELL_LIMIT = 300  # characters of user text in one table cell
TITLE_CELL_LIMIT = 160
FRAMING_LABEL_WIDTH = 42 * mm  # "Decisions sought", "Испрашиваемые решения" on one line
PHOTO_MAX_HEIGHT = 9.5 * cm  # two photos with captions fit on a page
#: The least resolution a photo is printed at: one with fewer pixels than its place on
#: the page needs prints smaller, at this resolution, and its caption says so.
MIN_DPI = 150
POINTS_PER_PIXEL = 72 / MIN_DPI

_BLANK_LINE = re.compile(r"\n[ \t]*\n")
LINE_CHUNK = 3000  # characters: longer lines are laid out in pieces (see paragraphs)


def paragraphs(text: str, style: ParagraphStyle) -> list[Flowable]:
    """User text as paragraphs: a blank line starts a new one, a line break is kept.

    Each typed line becomes its own Paragraph (only the last line of a block keeps the
    space after it), and a very long line is cut at a sentence or word boundary into
    pieces of about LINE_CHUNK characters. reportlab re-wraps the rest of a paragraph
    every time it splits one across a page, so one huge Paragraph costs quadratic time;
    small ones keep a 300-page note linear.
    """
    flowables: list[Flowable] = []
    line_style = ParagraphStyle(f"{style.name}-line", parent=style, spaceAfter=0)
    for block in _BLANK_LINE.split(plain(text)):
        lines = [piece for line in block.split("\n") for piece in _pieces(line)]
        lines = [line for line in lines if line.strip()]
        for n, line in enumerate(lines):
            flowables.append(para(line, style if n == len(lines) - 1 else line_style))
    return flowables


def _pieces(line: str) -> list[str]:
    """A line cut into chunks of at most about LINE_CHUNK characters, at natural breaks."""
    pieces = []
    while len(line) > LINE_CHUNK:
        cut = line.rfind(". ", LINE_CHUNK // 2, LINE_CHUNK)
        if cut < 0:
            cut = line.rfind(" ", LINE_CHUNK // 2, LINE_CHUNK)
        cut = cut + 1 if cut >= 0 else LINE_CHUNK
        pieces.append(line[:cut])
        line = line[cut:]
    pieces.append(line)
    return pieces


def heading(
    text: str, style: ParagraphStyle, key: str, level: int, outline: str | None = None
) -> Paragraph:
    """A heading that gets a bookmark and an outline entry where it lands; the entry is
    titled `outline` when given (none when it is empty: a link target only)."""
    flowable = para(text, style)
    title = (clip(one_line(text), 120) or tr("(untitled)")) if outline is None else outline
    flowable.outline = OutlineMark(key, title, level, 0)
    return flowable


class _ListText(Flowable):
    """A list item's text, split as any paragraph is.

    reportlab's list items refuse a split that would leave one line over (LIIndenter's
    widow rule), even at the top of a page: an item one line taller than a page could
    then be placed nowhere, and the export failed with a LayoutError (a 5,000-character
    party name among participants; found by tests/reliability/test_bad_content.py). This
    wrapper hides the paragraph from that rule; a paragraph's own split still applies.
    """

    def __init__(self, paragraph: Flowable) -> None:
        super().__init__()
        self._paragraph = paragraph

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        self.width, self.height = self._paragraph.wrap(aW, aH)
        return self.width, self.height

    def split(self, aW: float, aH: float) -> list[Flowable]:
        return [_ListText(part) for part in self._paragraph.split(aW, aH)]

    def getSpaceBefore(self) -> float:
        return self._paragraph.getSpaceBefore()

    def getSpaceAfter(self) -> float:
        return self._paragraph.getSpaceAfter()

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        self._paragraph.drawOn(canvas, x, y, _sW)


def _bullets(items: Iterable[Flowable], style: ParagraphStyle) -> ListFlowable:
    return ListFlowable(
        [ListItem(_ListText(item), leftIndent=12, value="•") for item in items],
        bulletType="bullet",
        start="•",
        leftIndent=12,
        bulletFontName=style.fontName,
        bulletFontSize=style.fontSize,
        bulletColor=ACCENT,
        spaceAfter=5,
    )


def _figure_links(numbers: tuple[int, ...], brief: Brief, *, short: bool = False) -> str:
    """Paragraph markup citing figures, each number a link to its figure ("Figs. 1, 2")
    when the brief prints that figure (a link needs its target)."""
    printed = {f.number for f in brief.figures} if "photos" in brief.sections else set()
    if "plans" in brief.sections:
        printed |= {plan.number for plan in brief.plans}
    links = ", ".join(_link(f"fig-{n}", str(n)) if n in printed else str(n) for n in numbers)
    if short or not numbers:
        return links
    return (tr("Fig. ") if len(numbers) == 1 else tr("Figs. ")) + links


def _photos_line(numbers: tuple[int, ...], brief: Brief) -> str:
    """ "Photos: Figs. 2, 3" as paragraph markup, the numbers links to their figures."""
    return esc(tr("Photos")) + ": " + _figure_links(numbers, brief)


def _internal_flag() -> str:
    """ "[internal]" in red before an item's title, as paragraph markup."""
    return INTERNAL_FLAG.format(internal=esc(tr("internal")))


def _link(key: str, markup: str) -> str:
    """Our markup made a link to the bookmark `key` (an Anchor or heading of the brief)."""
    return f"<a href='#{key}' color='{ACCENT_HEX}'>{markup}</a>"


# -- cover -------------------------------------------------------------------------------


def cover(brief: Brief, s: Styles) -> list[Flowable]:
    # A cover with the submission's framing starts higher, so that the contents still
    # fit under it.
    story: list[Flowable] = [
        Spacer(1, (0.2 if brief.framing else 3.2) * cm),
        para(brief.classification or tr(UNCLASSIFIED), s.cover_label),
    ]
    story += [
        para(tr("BRIEF"), s.cover_kicker),
        # The cover shows the title's start; the facts section has it in full.
        heading(clip(brief.title, 240) or tr("Untitled incident"), s.cover_title, "cover", 0),
    ]
    story += _framing(brief, s)
    line_style = s.cover_line_compact if brief.framing else s.cover_line
    lines = [
        (tr("Reference"), brief.reference),
        (tr("Date of brief"), brief.brief_date),
        (tr("Prepared by"), brief.preparer),
        (tr("Case status"), brief.case_status),
        (tr("Case fingerprint"), brief.fingerprint),
        (tr("Review"), brief.review),
    ]
    for label, value in lines:
        if value:
            story.append(rich(f"{MUTED_OPEN}{label}:</font> {{value}}", line_style, value=value))
    mark = marking(brief.redacted, brief.internal_items)
    notice = {"internal": s.cover_notice, "redacted": s.cover_redacted, "none": s.cover_line}
    story.append(para(mark.text, notice[mark.level]))
    story += [Spacer(1, (0.4 if brief.framing else 1.2) * cm), para(tr("Contents"), s.cover_kicker)]
    for name in brief.sections:
        story.append(_contents_line(tr(SECTION_TITLES[name]), f"section-{name}", s.body))
        if name == "notes" and brief.annexes:
            story.append(_contents_line("    " + tr("Annexes"), "annexes", s.body))
    if brief.review_comments:
        story.append(_contents_line(tr(REVIEW_TITLE), "section-review", s.body))
    story += [
        Spacer(1, (0.4 if brief.framing else 1) * cm),
        para(
            tr(
                "The case fingerprint is the head of the case file's audit chain when this "
                "brief was made: a brief with the same fingerprint comes from the same state "
                "of the case."
            ),
            s.muted,
        ),
        NextPageTemplate(BODY),
        PageBreak(),
    ]
    return story


def _framing(brief: Brief, s: Styles) -> list[Flowable]:
    """The submission's framing as a two-column block under the title: only the lines
    the case fills in (gather leaves the others out), nothing when it fills in none."""
    if not brief.framing:
        return []
    rows = [
        [para(line.label, s.cover_field), paragraphs(line.value, s.cover_value)]
        for line in brief.framing
    ]
    return [
        Table(
            rows,
            colWidths=[FRAMING_LABEL_WIDTH, WIDTH - FRAMING_LABEL_WIDTH],
            style=FRAMING_TABLE,
            spaceBefore=2,
            spaceAfter=8,
        )
    ]


# -- body sections -----------------------------------------------------------------------


def _section_heading(name: str, s: Styles) -> list[Flowable]:
    """A section title, on a new page when less than a few lines would follow it.

    Headings do not use keepWithNext: reportlab would keep a heading and the whole
    following table together, pushing a half-page table to the next page.
    """
    return [CondPageBreak(5 * cm), heading(tr(SECTION_TITLES[name]), s.h1, f"section-{name}", 0)]


def _long_table(
    header: list[Flowable],
    items: Sequence[T],
    make_row: Callable[[T], list[Flowable]],
    widths: list[float],
    *,
    space_after: float = 0,
) -> PagedTable:
    """A table in the brief's grid, its header repeated on every page, a row per item.

    Rows are made from the items as the layout reaches them (LazyRows): a large case's
    chronology is 40,000 rows of three paragraphs, too many to hold at once.
    """
    return PagedTable(
        header,
        LazyRows(items, make_row),
        widths,
        _banded,
        padding=TABLE_PADDING,
        space_after=space_after,
    )


def _banded(first_row: int) -> TableStyle:
    """The grid of a table's piece, its bands continuing from the rows before it."""
    return table_style(zebra_phase=first_row)


def _subheading(flowable: Flowable, room: float = 3 * cm) -> list[Flowable]:
    """A subheading that starts a new page unless `room` is left below it."""
    return [CondPageBreak(room), flowable]


def summary(brief: Brief, s: Styles) -> list[Flowable]:
    story = _section_heading("summary", s)
    story += paragraphs(brief.summary, s.body) or [
        para(tr("No summary has been written for this case."), s.muted)
    ]
    if brief.key_points:
        story += _subheading(para(tr("Key points"), s.h2))
        story.append(_bullets((para(point, s.item) for point in brief.key_points), s.item))
    if brief.redacted:
        story.append(para(tr("Redacted: internal material removed."), s.flag))
    return story


def facts(brief: Brief, s: Styles) -> list[Flowable]:
    story = _section_heading("facts", s)
    rows, overflow = [], []
    for fact in brief.facts:
        rows.append([para(fact.label, s.cell_head), para(clip(fact.value, CELL_LIMIT), s.cell)])
        if is_clipped(fact.value, CELL_LIMIT):
            overflow.append(fact)
    if rows:
        story.append(
            Table(rows, colWidths=[38 * mm, WIDTH - 38 * mm], style=FACTS_TABLE, spaceAfter=8)
        )
    for fact in overflow:
        story += _subheading(rich(tr("<b>{label}</b> (in full)"), s.h2, label=fact.label))
        story += paragraphs(fact.value, s.body)
    return story


def chronology(brief: Brief, s: Styles) -> list[Flowable]:
    story = _section_heading("chronology", s)
    if not brief.chronology:
        return [*story, para(tr("No dated entries."), s.muted)]
    story.append(
        rich(
            tr(
                "Times are local to the incident ({tz}). Notes, meetings and follow-ups "
                "appear in full in their own sections."
            ),
            s.muted,
            tz=brief.timezone,
        )
    )

    def cells(row: ChronologyRow) -> list[Flowable]:
        flag = _internal_flag() if row.internal else ""
        entry = rich(
            flag + "<b>{title}</b>" + ("<br/>{detail}" if row.detail.strip() else ""),
            s.cell,
            title=clip(row.title, TITLE_CELL_LIMIT),
            detail=clip(row.detail, CELL_LIMIT),
        )
        return [para(row.when, s.cell), para(row.kind, s.cell), entry]

    header = [para(tr(h), s.cell_head) for h in ("When", "Kind", "Entry")]
    widths = [36 * mm, 20 * mm, WIDTH - 56 * mm]
    story.append(_long_table(header, brief.chronology, cells, widths, space_after=8))
    return story


def damage(brief: Brief, s: Styles) -> list[Flowable]:
    story = _section_heading("damage", s)
    schedule = brief.damage
    if not schedule.rows:
        return [*story, para(tr("No damage items are recorded."), s.muted)]
    story += _damage_charts(schedule, s)
    story += _subheading(para(tr("Schedule"), s.h2))
    story += _damage_tables(brief, s)
    if schedule.unassessed:
        story.append(
            para(
                tr(
                    "Items without a cost estimate ({count} of {all}) are shown as "
                    "“not assessed”: they are counted, and left out of every subtotal and total.",
                    count=str(schedule.unassessed),
                    all=str(len(schedule.rows)),
                ),
                s.small,
            )
        )
    details = [row for row in schedule.rows if _has_details(row)]
    if details:
        story += _subheading(para(tr("Item details"), s.h2))
        story.append(Deferred(lambda: (_damage_details(row, brief, s) for row in details)))
    return story


def _damage_charts(schedule: DamageSchedule, s: Styles) -> list[Flowable]:
    """Items by severity and cost per category, side by side; a sentence when every
    category has a single item (a chart of bars all at 1 tells nothing)."""
    if every_bar_is_one(schedule):
        return [
            *_subheading(para(tr("Damage by category"), s.h2)),
            para(counts_sentence(schedule), s.body),
        ]
    if not schedule.cost_currency:
        counts = count_chart(schedule, WIDTH * 0.62)
        return [
            *_subheading(para(tr("Damage by category"), s.h2), counts.height + 40),
            counts,
            para(tr("No cost estimate yet: no cost chart."), s.muted),
        ]
    counts = count_chart(schedule, WIDTH * 0.6)
    cost = cost_chart(schedule, WIDTH * 0.4, counts.height)
    story: list[Flowable] = [
        *_subheading(para(tr("Damage by category"), s.h2), counts.height + 40),
        Table(
            [[counts, cost]],
            colWidths=[WIDTH * 0.6, WIDTH * 0.4],
            style=[
                *BASE_TABLE,
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ],
        ),
    ]
    if schedule.cost_left_out:
        story.append(
            para(
                tr(
                    "The cost chart shows amounts in {currency} only; amounts in {others} are "
                    "in the schedule's subtotals.",
                    currency=schedule.cost_currency,
                    others=", ".join(schedule.cost_left_out),
                ),
                s.muted,
            )
        )
    return story


def _has_details(row: DamageRow) -> bool:
    """Whether the item has anything the schedule's row does not show."""
    return bool(
        row.description.strip()
        or row.location.strip()
        or row.assessed_by.strip()
        or row.assessed_on
        or row.quantity
        or row.figures
        or row.plan_figures
        or is_clipped(row.title, TITLE_CELL_LIMIT)
    )


def _damage_details(row: DamageRow, brief: Brief, s: Styles) -> list[Flowable]:
    """One block per item with what the schedule lacks: where, when and by whom it was
    assessed, its photos, its description; kept on one page where it fits.

    The category, severity, status and estimate are the schedule's and not repeated.
    """
    block: list[Flowable] = [
        Anchor(f"item-{row.ref}"),
        rich("<b>{ref}</b>  {title}", s.detail_head, ref=row.ref, title=row.title),
    ]
    assessed = " ".join(
        part
        for part in (
            row.assessed_on and tr("on {date}", date=row.assessed_on),
            row.assessed_by and tr("by {name}", name=row.assessed_by),
        )
        if part
    )
    meta = [
        (tr("Location"), row.location),
        (tr("Assessed"), assessed),
        (tr("Estimate"), row.quantity),
    ]
    shown = [(label, value) for label, value in meta if value.strip()]
    parts = [f"<i>{label}:</i> {{v{n}}}" for n, (label, _) in enumerate(shown)]
    if row.figures:
        parts.append(f"<i>{esc(tr('Photos'))}:</i> " + _figure_links(row.figures, brief))
    if row.plan_figures and "plans" in brief.sections:
        parts.append(
            f"<i>{esc(tr('On the site plan'))}:</i> " + _figure_links(row.plan_figures, brief)
        )
    if parts:
        values = {f"v{n}": v for n, (_, v) in enumerate(shown)}
        block.append(rich(" · ".join(parts), s.small, **values))
    block += paragraphs(row.description, s.body)
    return [KeepTogether(block)]


_SCHEDULE_HEAD = ("Ref", "Category", "Item", "Severity", "Status", "Estimate", "Fig.")
#: The Ref column holds "D-10000" on one line (a hyphen is where a line may break);
#: category and severity have room for the longest label in each language ("Незначительная").
_SCHEDULE_WIDTHS = [17 * mm, 23 * mm, WIDTH - 134 * mm, 27 * mm, 23 * mm, 33 * mm, 11 * mm]
#: A sum row: the first five columns for the label, the last two for the amount (a sum is
#: wider than one estimate).
_SUM_WIDTHS = [sum(_SCHEDULE_WIDTHS[:5]), sum(_SCHEDULE_WIDTHS[5:])]


def _damage_tables(brief: Brief, s: Styles) -> list[Flowable]:
    """The schedule: a table of each category's items, its subtotals under it, totals last.

    The sum rows are tables of their own set flush under the items, on the same outer
    columns, rather than spanned rows of one big table: reportlab rebuilds a table's
    span maps over all its remaining rows each time it splits the table across a page,
    so SPAN commands in a schedule of thousands of items take time quadratic in them.
    """
    schedule = brief.damage
    subtotals: dict[str, list[Subtotal]] = {}
    for sub in schedule.subtotals:
        subtotals.setdefault(sub.label, []).append(sub)
    groups: dict[str, list[DamageRow]] = {}
    for row in schedule.rows:
        groups.setdefault(row.category_label, []).append(row)

    story: list[Flowable] = []
    if not schedule.totals:
        # Nothing in the case has an estimate, so no subtotal parts the categories: one
        # table, its head once, rather than a head over each category's few rows.
        groups = {"": list(schedule.rows)} if schedule.rows else {}
    for category, rows in groups.items():
        story.append(_items_table(rows, brief, s))
        sums = []
        for sub in subtotals.get(category, []):
            if not sub.amount and not schedule.totals:
                continue  # nothing in the case has an estimate: the last row says so once
            counts = []
            if sub.items:
                counts.append(
                    tr(
                        "{count} assessed in {currency}",
                        count=str(sub.items),
                        currency=sub.currency,
                    )
                )
            if sub.unassessed:
                counts.append(tr("{count} not assessed", count=str(sub.unassessed)))
            amount = (
                amount_cell(sub.amount, s.cell_right, _SUM_WIDTHS[1], bold=True)
                if sub.amount
                else rich("<i>{none}</i>", s.cell_right, none=tr("no estimate"))
            )
            label = rich(
                tr("<b>Subtotal {category}</b> ({counts})"),
                s.cell,
                category=category,
                counts=", ".join(counts),
            )
            sums.append([label, amount])
        if sums:
            story.append(_sum_table(sums, [("BACKGROUND", (0, 0), (-1, -1), BAND)]))
    totals = [
        [
            rich(tr("<b>Total</b> ({items} assessed)"), s.cell, items=str(total.items)),
            amount_cell(total.amount, s.cell_right, _SUM_WIDTHS[1], bold=True),
        ]
        for total in schedule.totals
    ]
    if totals:
        story.append(_sum_table(totals, [("LINEABOVE", (0, 0), (-1, -1), 0.8, ACCENT)]))
        story.append(_reporting_total(schedule, s))
    last = rich(
        tr("<b>Not assessed</b> ({count} of {all} items, outside the totals)"),
        s.cell,
        count=str(schedule.unassessed),
        all=str(len(schedule.rows)),
    )
    story.append(
        _sum_table(
            [[last]],
            [] if totals else [("LINEABOVE", (0, 0), (-1, -1), 0.8, ACCENT)],
            widths=[WIDTH],
        )
    )
    story[-1].spaceAfter = 6
    return story


def _reporting_total(schedule: DamageSchedule, s: Styles) -> Flowable:
    """The one total, in the reporting currency, with the rates it used and what it
    leaves out, under the per-currency totals."""
    notes = []
    if schedule.rates_used:
        notes.append(tr("at {rates}", rates="; ".join(schedule.rates_used)))
    if schedule.missing_rates:
        notes.append(
            tr(
                "not included, for want of an exchange rate: {missing}",
                missing="; ".join(schedule.missing_rates),
            )
        )
    if schedule.unestimated_refs:
        notes.append(
            tr("without an estimate: {refs}", refs=formats.named_refs(schedule.unestimated_refs))
        )
    label = rich(
        tr("<b>Total in {currency}</b> ({items} assessed{notes})"),
        s.cell,
        currency=schedule.reporting_currency,
        items=str(schedule.reporting_items),
        notes=("; " + "; ".join(notes)) if notes else "",
    )
    amount = amount_cell(schedule.reporting_total, s.cell_right, _SUM_WIDTHS[1], bold=True)
    return _sum_table([[label, amount]], [("BACKGROUND", (0, 0), (-1, -1), BAND)])


def _items_table(rows: list[DamageRow], brief: Brief, s: Styles) -> PagedTable:
    def cells(row: DamageRow) -> list[Flowable]:
        return [
            para(row.ref, s.cell),
            label_cell(clip(row.category_label, 40), s.cell, _SCHEDULE_WIDTHS[1]),
            para(clip(row.title, TITLE_CELL_LIMIT), s.cell),
            label_cell(clip(row.severity_label, 40), s.cell, _SCHEDULE_WIDTHS[3]),
            label_cell(clip(row.status_label, 40), s.cell, _SCHEDULE_WIDTHS[4]),
            amount_cell(row.estimate, s.cell_right, _SCHEDULE_WIDTHS[5])
            if row.assessed
            else rich("<i>{e}</i>", s.cell_right, e=row.estimate),
            Paragraph(_figure_links(_row_figures(row, brief), brief, short=True), s.cell),
        ]

    header = [para(tr(h), s.cell_head) for h in _SCHEDULE_HEAD]
    return _long_table(header, rows, cells, _SCHEDULE_WIDTHS)


def _row_figures(row: DamageRow, brief: Brief) -> tuple[int, ...]:
    """The figures a schedule row cites: the plans it is pinned on, then its photos."""
    plans = row.plan_figures if "plans" in brief.sections else ()
    return (*plans, *row.figures)


def amount_cell(
    amount: str, style: ParagraphStyle, width: float, *, bold: bool = False
) -> Paragraph:
    """An amount ("1,250.00 EUR") in a table cell `width` points wide, the number never cut.

    The number is one unbreakable word (the style does not split long words); a number
    wider than the cell is set smaller until it fits, and a line too narrow for number
    and code together wraps before the code.
    """
    number, _, code = amount.rpartition(" ")
    if not number:
        number, code = amount, ""
    size = _fitting_size(number, FONTS.bold if bold else style.fontName, style.fontSize, width)
    template = f"<font size='{size:g}'>{{number}}</font>" + (" {code}" if code else "")
    if bold:
        template = f"<b>{template}</b>"
    return rich(template, _unsplit(style), number=number, code=code)


def label_cell(label: str, style: ParagraphStyle, width: float) -> Paragraph:
    """A label (a category, a severity) in a table cell `width` points wide, never cut
    inside a word: a word wider than the cell ("Qiymətləndirilməyib") sets the label
    smaller until it fits, as an amount is."""
    font, size = style.fontName, style.fontSize
    words = plain(label).split() or [""]
    widest = max(words, key=lambda word: stringWidth(word, font, size))
    size = _fitting_size(widest, font, size, width)
    if size == style.fontSize:
        return para(label, style)
    return rich(f"<font size='{size:g}'>{{label}}</font>", style, label=label)


def _fitting_size(word: str, font: str, size: float, width: float) -> float:
    """The font size at which `word` fits on one line of a cell `width` points wide:
    `size`, or smaller for a word too wide for it."""
    room = width - TABLE_PADDING[0] - TABLE_PADDING[1]
    natural = stringWidth(word, font, size)
    if natural <= room:
        return size
    return max(math.floor(size * room / natural * 10) / 10, 1.0)


@functools.lru_cache(maxsize=8)
def _unsplit(style: ParagraphStyle) -> ParagraphStyle:
    """The style, but a word longer than the line overflows rather than being cut."""
    return ParagraphStyle(f"{style.name}-unsplit", parent=style, splitLongWords=0)


def _sum_table(
    rows: list[list[Any]], extra: list[tuple[Any, ...]], widths: list[float] | None = None
) -> Table:
    """Sum rows under the schedule, padded and ruled like its rows."""
    style = [
        *BASE_TABLE,
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), TABLE_PADDING[0]),
        ("RIGHTPADDING", (0, 0), (-1, -1), TABLE_PADDING[1]),
        ("TOPPADDING", (0, 0), (-1, -1), TABLE_PADDING[2]),
        ("BOTTOMPADDING", (0, 0), (-1, -1), TABLE_PADDING[3]),
        *extra,
    ]
    return Table(rows, colWidths=widths or _SUM_WIDTHS, style=style)


def parties(brief: Brief, s: Styles) -> list[Flowable]:
    story = _section_heading("parties", s)
    if not brief.parties:
        return [*story, para(tr("No parties are recorded."), s.muted)]

    def cells(party: PartyEntry) -> list[Flowable]:
        name = "<b>{name}</b>" + ("<br/>{native}" if party.native_name else "")
        extra = []
        if party.affiliation:
            extra.append(tr("affiliation: {text}", text=party.affiliation))
        if party.represents:
            extra.append(tr("represents: {text}", text=party.represents))
        if extra:
            name += f"<br/><font size='7.5' color='{MUTED_HEX}'>{{extra}}</font>"
        return [
            rich(
                name,
                s.cell,
                name=clip(party.name, CELL_LIMIT),
                native=clip(party.native_name, CELL_LIMIT),
                extra=clip("; ".join(extra), CELL_LIMIT),
            ),
            para(clip(party.kind_label, 40), s.cell),
            para(clip(party.role, CELL_LIMIT), s.cell),
            para(clip(party.country, 80), s.cell),
        ]

    header = [para(tr(h), s.cell_head) for h in ("Name", "Kind", "Role in the case", "Country")]
    widths = [WIDTH - 102 * mm, 24 * mm, 50 * mm, 28 * mm]
    story.append(_long_table(header, brief.parties, cells, widths, space_after=8))
    return story


def _follow_up_line(f: FollowUpEntry, s: Styles) -> Paragraph:
    bits = [
        b
        for b in (
            f.owner and tr("owner: {name}", name=f.owner),
            f.due and tr("due {date}", date=f.due),
        )
        if b
    ]
    flag = _internal_flag() if f.internal else ""
    return rich(
        flag + "{title} " + MUTED_OPEN + "— {status}{rest}</font>",
        s.item,
        title=f.title,
        status=f.status_label,
        rest=("; " + "; ".join(bits)) if bits else "",
    )


def meetings(brief: Brief, s: Styles) -> list[Flowable]:
    story = _section_heading("meetings", s)
    if not brief.meetings and not brief.other_follow_ups:
        return [*story, para(tr("No meetings or follow-ups are recorded."), s.muted)]
    story.append(
        Deferred(
            lambda: (
                _meeting(n, meeting, brief, s) for n, meeting in enumerate(brief.meetings, start=1)
            )
        )
    )
    if brief.other_follow_ups:
        story += _subheading(heading(tr("Other follow-ups"), s.h2, "follow-ups", 1))
        story.append(_bullets((_follow_up_line(f, s) for f in brief.other_follow_ups), s.item))
    return story


def _meeting(n: int, meeting: MeetingEntry, brief: Brief, s: Styles) -> list[Flowable]:
    """One meeting: where and when, who took part, what came of it."""
    story = _subheading(heading(meeting.title or tr("Untitled meeting"), s.h2, f"meeting-{n}", 1))
    where = f" · {meeting.place}" if meeting.place else ""
    story.append(
        rich(
            "<b>{kind}</b> · {when}{where}",
            s.small,
            kind=meeting.kind_label,
            when=meeting.when,
            where=where,
        )
    )
    if meeting.participants:
        story.append(para(tr("Participants"), s.label))
        story.append(
            _bullets(
                (
                    rich(
                        "{name}" + (f" {MUTED_OPEN}— {{role}}</font>" if p.role else ""),
                        s.item,
                        name=p.name,
                        role=p.role,
                    )
                    for p in meeting.participants
                ),
                s.item,
            )
        )
    story += paragraphs(meeting.summary, s.body)
    if meeting.outcomes:
        story.append(para(tr("Outcomes"), s.label))
        story.append(_bullets((para(o, s.item) for o in meeting.outcomes), s.item))
    if meeting.follow_ups:
        story.append(para(tr("Follow-ups"), s.label))
        story.append(_bullets((_follow_up_line(f, s) for f in meeting.follow_ups), s.item))
    if meeting.notes:
        story.append(para(tr("Related notes: {notes}", notes=joined(meeting.notes)), s.muted))
    if meeting.figures:
        story.append(Paragraph(_photos_line(meeting.figures, brief), s.muted))
    return story


#: More notes than this are listed in the outline by day, not each by its title: a
#: folder of thousands of titles is more than a reader can scan, and each entry is an
#: object in the file. The notes themselves stay link targets for the annex list.
OUTLINE_NOTES = 100


def notes(brief: Brief, s: Styles) -> list[Flowable]:
    story = _section_heading("notes", s)
    if not brief.notes:
        return [*story, para(tr("No notes are on file."), s.muted)]
    days = _outline_days(brief.notes) if len(brief.notes) > OUTLINE_NOTES else None
    story.append(
        Deferred(
            lambda: (
                _note(n, note, brief, s, None if days is None else days.get(n, ""))
                for n, note in enumerate(brief.notes, start=1)
            )
        )
    )
    if brief.annexes:
        story += _annex_list(brief, s)
    return story


def _outline_days(notes: Sequence[NoteEntry]) -> dict[int, str]:
    """The number of each day's first note (the notes come in date order) -> the outline
    entry for the day: "14 November 2025 (12 notes)"."""
    days: dict[int, str] = {}
    n = 1
    for date, same_day in itertools.groupby(note.date for note in notes):
        many = sum(1 for _ in same_day)
        day = date or tr("date not recorded")
        days[n] = tr("{date} ({notes})", date=day, notes=count(many, "note"))
        n += many
    return days


def _note(
    n: int, note: NoteEntry, brief: Brief, s: Styles, outline: str | None = None
) -> list[Flowable]:
    """One note: its kind, date and source, who it mentions, its text, its photos.
    `outline` is its outline entry's title when not the note's own ("" for none)."""
    title = note.title or tr("Untitled note")
    story = _subheading(heading(title, s.h2, f"note-{n}", 1, outline))
    if note.internal:
        story.append(para(tr("INTERNAL: left out when the brief is redacted"), s.flag))
    meta = [note.kind_label, note.date, note.source and tr("from {source}", source=note.source)]
    story.append(para(" · ".join(m for m in meta if m), s.small))
    if note.mentions:
        story.append(para(tr("Mentions: {names}", names=joined(note.mentions)), s.muted))
    story += paragraphs(note.body, s.body) or [para(tr("(no text)"), s.muted)]
    if note.figures:
        story.append(Paragraph(_photos_line(note.figures, brief), s.muted))
    return story


def _annex_list(brief: Brief, s: Styles) -> list[Flowable]:
    """The diplomatic notes, each with the page it is printed on (a link), and the
    documents attached to meetings, which the case file keeps."""
    story = _subheading(heading(tr("Annexes"), s.h2, "annexes", 1))
    for annex in brief.annexes:
        if annex.key:
            story.append(
                _contents_line(
                    tr("Annex {n}.", n=str(annex.number)) + f" {annex.title}", annex.key, s.body
                )
            )
        else:
            story.append(
                rich(
                    tr("<b>Annex {n}.</b> {title}"), s.item, n=str(annex.number), title=annex.title
                )
            )
        story.append(para(annex.detail, s.annex_detail))
    return story


def _contents_line(text: str, key: str, style: ParagraphStyle) -> ContentsLine:
    return ContentsLine(
        text, key, font=style.fontName, size=style.fontSize, leading=style.leading + 2
    )


# -- site plans ------------------------------------------------------------------------

PLAN_MAX_HEIGHT = 17 * cm
_LEGEND_HEAD = ("Pin", "Ref", "Item", "Severity")
_LEGEND_WIDTHS = [15 * mm, 22 * mm, WIDTH - 72 * mm, 35 * mm]


def site_plans(brief: Brief, s: Styles) -> list[Flowable]:
    story = _section_heading("plans", s)
    if not brief.plans:
        return [*story, para(tr("No site plan is kept in this case."), s.muted)]
    story.append(
        Paragraph(
            tr(
                "Each damage item pinned on a plan is marked with its reference, in the colour "
                "of its severity; a camera marks where a photo was taken. Plans are drawn to "
                "fit the page."
            ),
            s.muted,
        )
    )
    for plan in brief.plans:
        story += _site_plan(plan, brief, s)
    return story


def _site_plan(plan: PlanFigure, brief: Brief, s: Styles) -> list[Flowable]:
    parts: list[Flowable] = [Spacer(1, 4 * mm), Anchor(f"fig-{plan.number}")]
    if plan.jpeg is not None and plan.width and plan.height:
        scale = min(WIDTH / plan.width, PLAN_MAX_HEIGHT / plan.height)
        parts.append(PlanDrawing(plan.jpeg, plan.width * scale, plan.height * scale, plan.pins))
    else:
        parts.append(para(plan.problem or tr("plan not included"), s.flag))
    caption = f"{plan.name}: {plan.caption}" if plan.caption else plan.name
    items = sum(not row.photo for row in plan.legend)
    photos = len(plan.legend) - items
    counts = ", ".join(
        n for n in (items and count(items, "damage item"), photos and count(photos, "photo")) if n
    )
    parts.append(
        rich(
            tr("<b>Figure {n}.</b> {caption}<i>{pinned}</i>"),
            s.caption,
            n=str(plan.number),
            caption=clip(caption, 600),
            pinned=tr(" ({counts} pinned)", counts=counts) if counts else tr(" (nothing pinned)"),
        )
    )
    story: list[Flowable] = [KeepTogether(parts)]
    if plan.legend:
        story.append(_long_table(
            [para(tr(h), s.cell_head) for h in _LEGEND_HEAD],
            plan.legend,
            lambda row: _legend_row(row, brief, s),
            _LEGEND_WIDTHS,
            space_after=4 * mm,
        ))  # fmt: skip
    return story


def _legend_row(row: PlanLegendRow, brief: Brief, s: Styles) -> list[Flowable]:
    detailed = "damage" in brief.sections and any(
        r.ref == row.label and _has_details(r) for r in brief.damage.rows
    )
    ref = _link(f"item-{row.label}", esc(row.label)) if detailed else esc(row.label)
    return [
        PinMark(PlanPin(0, 0, row.label, row.colour, photo=row.photo)),
        Paragraph(ref if row.label else f"<i>{esc(tr('photo'))}</i>", s.cell),
        para(clip(row.title, TITLE_CELL_LIMIT), s.cell),
        para(row.severity_label if not row.photo else tr("where it was taken"), s.cell),
    ]


# -- photo appendix ----------------------------------------------------------------------


def photos(brief: Brief, s: Styles) -> list[Flowable]:
    story: list[Flowable] = [
        NextPageTemplate(APPENDIX),
        PageBreak(),
        heading(tr(SECTION_TITLES["photos"]), s.h1, "section-photos", 0),
    ]
    if not brief.figures:
        return [*story, para(tr("No photos are attached to this case."), s.muted)]
    story.append(
        Paragraph(
            tr(
                "Photos are downscaled for this brief. The SHA-256 prefix identifies the "
                "original file in the case."
            ),
            s.muted,
        )
    )
    detailed = (
        {r.ref for r in brief.damage.rows if _has_details(r)}
        if "damage" in brief.sections
        else set()
    )
    for figure in brief.figures:
        linked = tuple(ref for ref in figure.item_refs if ref in detailed)
        story.append(KeepTogether(_figure(figure, s, linked=linked)))
    return story


def _link_item_ref(owner: str, refs: tuple[str, ...]) -> str:
    """An owner of a photo ("D3 Service vehicles", as markup) with its reference a link."""
    ref, space, rest = owner.partition(" ")
    return _link(f"item-{ref}", ref) + space + rest if ref in refs else owner


def _figure(figure: Figure, s: Styles, *, linked: tuple[str, ...]) -> list[Flowable]:
    """A photo, its caption and where it comes from; the items in `linked`, among those it
    belongs to, are links to their details (printed only with the damage section)."""
    parts: list[Flowable] = [Spacer(1, 4 * mm), Anchor(f"fig-{figure.number}")]
    small = ""
    if figure.jpeg is not None and figure.width and figure.height:
        # Judged on the photo's own pixels: its print copy may have fewer, and a large
        # photo must not be called small for that, nor a small one be enlarged.
        width = figure.source_width or figure.width
        height = figure.source_height or figure.height
        scale = min(WIDTH / width, PHOTO_MAX_HEIGHT / height)
        if scale > POINTS_PER_PIXEL:  # enlarged, it would print blurred: print it smaller
            scale = POINTS_PER_PIXEL
            small = tr(
                " (small original, {width} × {height} pixels: printed at {dpi} dpi, not enlarged)",
                width=str(width),
                height=str(height),
                dpi=str(MIN_DPI),
            )
        parts.append(JpegImage(figure.jpeg, width * scale, height * scale))
    else:
        box = Table(
            [[para(figure.problem or tr("photo not included"), s.flag)]],
            colWidths=[WIDTH],
            rowHeights=[2.2 * cm],
            style=[
                *BASE_TABLE,
                ("BOX", (0, 0), (-1, -1), 0.6, RULE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
            ],
        )
        parts.append(box)
    caption = figure.caption.strip() or figure.filename
    parts.append(
        rich(
            tr("<b>Figure {n}.</b> {caption}<i>{small}</i>"),
            s.caption,
            n=str(figure.number),
            caption=clip(caption, 600),
            small=small,
        )
    )
    meta = [
        figure.captured and tr("taken {date}", date=figure.captured),
        figure.filename and tr("file {name}", name=figure.filename),
        f"SHA-256 {figure.sha256_short}",
    ]
    line = esc(clip(" · ".join(m for m in meta if m), 700))
    if figure.belongs_to:
        owners = esc(clip(figure.belongs_to, 500))
        if linked:  # "D3 Vehicles; Note: ..." -> "D3" a link to the item's details
            owners = "; ".join(_link_item_ref(part, linked) for part in owners.split("; "))
        line = tr("Belongs to {owners}", owners=owners) + f" · {line}"
    parts.append(Paragraph(line, s.muted))
    return parts


#: Section name -> builder, in print order (photos handled last by render).
REVIEW_TITLE = "Review comments"


def review_comments(brief: Brief, s: Styles) -> list[Flowable]:
    """The reviewers' comments, last, when the options asked for them."""
    story: list[Flowable] = [
        CondPageBreak(5 * cm),
        heading(tr(REVIEW_TITLE), s.h1, "section-review", 0),
        Paragraph(
            tr(
                "Comments of the case's reviewers, kept in the case file; they are not part "
                "of the case's account of events."
            ),
            s.muted,
        ),
    ]
    for entry in brief.review_comments:
        meta = f"{entry.on} · {entry.author}, {entry.date} · {entry.state}"
        story.append(para(meta, s.small))
        story += paragraphs(entry.body, s.body)
    return story


BUILDERS: dict[str, Callable[[Brief, Styles], list[Flowable]]] = {
    "summary": summary,
    "facts": facts,
    "chronology": chronology,
    "damage": damage,
    "plans": site_plans,
    "parties": parties,
    "meetings": meetings,
    "notes": notes,
    "photos": photos,
}
