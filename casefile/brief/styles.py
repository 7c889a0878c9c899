"""The brief's one style sheet: page geometry, colours, paragraph and table styles."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import TableStyle

from casefile.brief.fonts import FONTS, register_fonts

PAGE_SIZE = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 24 * mm  # leaves room for the header band
MARGIN_BOTTOM = 22 * mm  # and the footer band
HEADER_Y = PAGE_SIZE[1] - 12 * mm
FOOTER_Y = 10 * mm

INK = colors.HexColor("#1b1f24")
MUTED_HEX = "#5b6470"
MUTED = colors.HexColor(MUTED_HEX)
ACCENT_HEX = "#1f3a5f"
ACCENT = colors.HexColor(ACCENT_HEX)
RULE = colors.HexColor("#c7ccd3")
BAND = colors.HexColor("#e9edf2")
ZEBRA = colors.HexColor("#f6f7f9")
LABEL_RED_HEX = "#a4161a"
LABEL_RED = colors.HexColor(LABEL_RED_HEX)

#: Inline markup of our own (never user text) for the recurring accents in paragraphs.
MUTED_OPEN = f"<font color='{MUTED_HEX}'>"
#: The flag before an internal item; {internal} is the word in the brief's language.
INTERNAL_FLAG = f"<font color='{LABEL_RED_HEX}'><b>[{{internal}}]</b></font> "

#: Bar colours of the damage chart, light to dark with severity.
SEVERITY_COLOURS = {
    "minor": colors.HexColor("#9ecae1"),
    "moderate": colors.HexColor("#fdae6b"),
    "severe": colors.HexColor("#e6550d"),
    "destroyed": colors.HexColor("#7f2704"),
}
OTHER_SEVERITY_COLOUR = colors.HexColor("#969696")


@dataclass(frozen=True, slots=True)
class Styles:
    """Every paragraph style the brief uses, by job."""

    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    cell_right: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    bullet: ParagraphStyle
    item: ParagraphStyle
    caption: ParagraphStyle
    label: ParagraphStyle
    flag: ParagraphStyle
    cover_label: ParagraphStyle
    cover_kicker: ParagraphStyle
    cover_title: ParagraphStyle
    cover_line: ParagraphStyle
    cover_line_compact: ParagraphStyle
    cover_field: ParagraphStyle
    cover_value: ParagraphStyle
    cover_notice: ParagraphStyle
    detail_head: ParagraphStyle
    annex_detail: ParagraphStyle
    cover_redacted: ParagraphStyle


def make_styles() -> Styles:
    """Build the style sheet (after registering the fonts it names)."""
    register_fonts()
    body = ParagraphStyle(
        "body",
        fontName=FONTS.regular,
        fontSize=10,
        leading=14,
        textColor=INK,
        spaceAfter=6,
    )
    small = ParagraphStyle("small", parent=body, fontSize=8.5, leading=11, spaceAfter=3)
    cell = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5, spaceAfter=0)
    return Styles(
        body=body,
        small=small,
        muted=ParagraphStyle("muted", parent=small, textColor=MUTED),
        cell=cell,
        cell_head=ParagraphStyle("cell_head", parent=cell, fontName=FONTS.bold, textColor=ACCENT),
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        h1=ParagraphStyle(
            "h1",
            parent=body,
            fontName=FONTS.bold,
            fontSize=16,
            leading=20,
            textColor=ACCENT,
            spaceBefore=16,
            spaceAfter=10,
        ),
        h2=ParagraphStyle(
            "h2",
            parent=body,
            fontName=FONTS.bold,
            fontSize=11.5,
            leading=15,
            textColor=ACCENT,
            spaceBefore=10,
            spaceAfter=4,
        ),
        bullet=ParagraphStyle("bullet", parent=body, leftIndent=14, bulletIndent=4, spaceAfter=3),
        item=ParagraphStyle("item", parent=body, spaceAfter=2),
        caption=ParagraphStyle("caption", parent=small, textColor=INK, spaceBefore=4),
        # A small label over a short list; it stays on the list's page.
        label=ParagraphStyle(
            "label", parent=small, fontName=FONTS.italic, spaceBefore=2, keepWithNext=1
        ),
        flag=ParagraphStyle(
            "flag", parent=small, fontName=FONTS.bold, textColor=LABEL_RED, spaceAfter=2
        ),
        cover_label=ParagraphStyle(
            "cover_label",
            parent=body,
            fontName=FONTS.bold,
            fontSize=14,
            leading=18,
            alignment=TA_CENTER,
            textColor=LABEL_RED,
            spaceAfter=18,
        ),
        cover_kicker=ParagraphStyle(
            "cover_kicker",
            parent=body,
            fontName=FONTS.bold,
            fontSize=11,
            leading=14,
            textColor=MUTED,
            spaceAfter=8,
        ),
        cover_title=ParagraphStyle(
            "cover_title",
            parent=body,
            fontName=FONTS.bold,
            fontSize=22,
            leading=28,
            textColor=ACCENT,
            spaceAfter=18,
        ),
        cover_line=ParagraphStyle("cover_line", parent=body, fontSize=11, leading=16),
        cover_line_compact=ParagraphStyle(
            "cover_line_compact", parent=body, fontSize=10.5, leading=14
        ),
        cover_field=ParagraphStyle(
            "cover_field",
            parent=body,
            fontName=FONTS.bold,
            fontSize=10,
            leading=14,
            textColor=MUTED,
        ),  # fmt: skip
        cover_value=ParagraphStyle(
            "cover_value", parent=body, fontSize=10, leading=12.5, spaceAfter=0
        ),
        cover_notice=ParagraphStyle(
            "cover_notice",
            parent=body,
            fontName=FONTS.bold,
            fontSize=11,
            leading=15,
            textColor=LABEL_RED,
            spaceBefore=14,
        ),
        annex_detail=ParagraphStyle(
            "annex_detail", parent=small, textColor=MUTED, leftIndent=12, spaceAfter=4
        ),
        detail_head=ParagraphStyle(
            "detail_head", parent=body, spaceBefore=6, spaceAfter=1, keepWithNext=1
        ),
        cover_redacted=ParagraphStyle(
            "cover_redacted",
            parent=body,
            fontName=FONTS.bold,
            fontSize=11,
            leading=15,
            textColor=ACCENT,
            spaceBefore=14,
        ),
    )


#: Every table starts from these: without FONTNAME a table names Helvetica in the PDF
#: (for its empty default text state) even when all its cells are our paragraphs.
BASE_TABLE: list[tuple[Any, ...]] = [
    ("FONTNAME", (0, 0), (-1, -1), FONTS.regular),
    ("FONTSIZE", (0, 0), (-1, -1), 8.5),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
]


#: Cell padding of `table_style` (left, right, top, bottom), for tables measured ahead.
TABLE_PADDING = (4, 4, 3, 3)


def table_style(
    *, zebra_from: int = 1, extra: list[tuple[Any, ...]] | None = None, zebra_phase: int = 0
) -> TableStyle:
    """The grid every table of the brief uses: a tinted header row, light rules, zebra rows.

    `zebra_phase` 1 starts the bands on the tinted colour: a table continued from a page
    whose last row was white.
    """
    bands = [colors.white, ZEBRA] if zebra_phase % 2 == 0 else [ZEBRA, colors.white]
    left, right, top, bottom = TABLE_PADDING
    commands: list[tuple[Any, ...]] = [
        *BASE_TABLE,
        ("BACKGROUND", (0, 0), (-1, 0), BAND),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), left),
        ("RIGHTPADDING", (0, 0), (-1, -1), right),
        ("TOPPADDING", (0, 0), (-1, -1), top),
        ("BOTTOMPADDING", (0, 0), (-1, -1), bottom),
        ("ROWBACKGROUNDS", (0, zebra_from), (-1, -1), bands),
    ]
    return TableStyle(commands + (extra or []))


#: The submission's framing on the cover: labels left, values right, a rule between.
FRAMING_TABLE = TableStyle(
    [
        *BASE_TABLE,
        ("LINEABOVE", (0, 0), (-1, 0), 0.75, ACCENT),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
)

FACTS_TABLE = TableStyle(
    [
        *BASE_TABLE,
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("BACKGROUND", (0, 0), (0, -1), ZEBRA),
    ]
)
