"""The brief's page machinery: page templates, running header and footer, outline.

Every page carries the classification label at top and bottom, whether internal material
is in it or was removed, the case reference and fingerprint, and "page X of Y". Y is only
known at the end, so the canvas holds the finished pages back until `save()` and then
stamps each with its number; the outline entries are placed at that moment too, because
a held-back page has no PDF page object yet for a bookmark to point at.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from casefile.brief.fonts import FONTS
from casefile.brief.markup import one_line
from casefile.brief.model import UNCLASSIFIED
from casefile.brief.styles import (
    ACCENT,
    FOOTER_Y,
    HEADER_Y,
    LABEL_RED,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    PAGE_SIZE,
    RULE,
)

COVER, BODY, APPENDIX = "cover", "body", "appendix"


@dataclass(frozen=True, slots=True)
class Furniture:
    """What the running header and footer print, as plain one-line text."""

    classification: str
    reference: str
    title: str
    fingerprint: str
    brief_date: str
    marking: Marking


@dataclass(frozen=True, slots=True)
class Marking:
    """What the brief says about internal material, and how loudly (see `marking`)."""

    text: str
    level: str  # "internal" (material in it), "redacted" (removed), "none" (there was none)


def marking(redacted: bool, internal_items: int) -> Marking:
    """The words that tell a brief with internal material from a redacted one.

    They start differently ("NOT REDACTED", "REDACTED") and print in different colours,
    so neither is taken for the other at a glance.
    """
    items = f"{internal_items} item" + ("" if internal_items == 1 else "s")
    if redacted:
        removed = f" ({items} left out)" if internal_items else ""
        return Marking(f"REDACTED: internal material removed{removed}", "redacted")
    if internal_items:
        return Marking(
            f"NOT REDACTED: contains internal material ({items} marked [internal])", "internal"
        )
    return Marking("Not redacted: the case holds no internal material", "none")


MARKING_COLOURS = {"internal": LABEL_RED, "redacted": ACCENT, "none": MUTED}


@dataclass(frozen=True, slots=True)
class OutlineMark:
    key: str
    title: str
    level: int
    top: float


class HeldPagesCanvas(Canvas):
    """A canvas that keeps finished pages until save(), to number them "X of Y"."""

    def __init__(
        self,
        *args,
        finish_page: Callable[[Canvas, int, int], None],
        date: dt.date | None = None,
        **kwargs,
    ):
        super().__init__(*args, **kwargs)
        if date is not None:  # CreationDate and ModDate: the brief's date, not the clock's
            stamp = f"D:{date.year:04d}{date.month:02d}{date.day:02d}000000+00'00'"
            self.setDateFormatter(lambda *_: stamp)
        self._held_pages: list[dict] = []
        self._outline_marks: list[OutlineMark] = []
        self._finish_page = finish_page

    def mark_outline(self, mark: OutlineMark) -> None:
        """Bookmark the current page and give it an outline entry (placed at save)."""
        self._outline_marks.append(mark)

    def showPage(self) -> None:
        self._held_pages.append(dict(self.__dict__))
        self._outline_marks = []
        self._startPage()

    def save(self) -> None:
        total = len(self._held_pages)
        for state in self._held_pages:
            self.__dict__.update(state)
            self._finish_page(self, self._pageNumber, total)
            for mark in self._outline_marks:
                self.bookmarkPage(mark.key, fit="FitH", top=mark.top)
                self.addOutlineEntry(mark.title, mark.key, level=mark.level, closed=mark.level > 0)
            Canvas.showPage(self)
        self.showOutline()
        Canvas.save(self)


class BriefDocTemplate(BaseDocTemplate):
    """A4 pages in three templates: the cover, the body, and the photo appendix.

    Flowables that carry an `outline` attribute (an OutlineMark without position) get
    a bookmark and an outline entry where they land. `on_progress(done, total)` is
    called as flowables are laid out; it may raise to stop the build.
    """

    def __init__(
        self,
        target: object,
        furniture: Furniture,
        *,
        title: str,
        subject: str,
        author: str,
        keywords: list[str],
        date: dt.date | None = None,
        on_progress: Callable[[int, int], None] | None = None,
    ) -> None:
        super().__init__(
            target,
            pagesize=PAGE_SIZE,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=title,
            subject=subject,
            author=author,
            keywords=keywords,
            creator="casefile",
            producer="casefile (reportlab)",
            invariant=1,
            initialFontName=FONTS.regular,
            initialFontSize=10,
            lang="en",
        )
        self.furniture = furniture
        self.date = date
        self._total_flowables = 0
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            id="main",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates(
            [
                PageTemplate(COVER, frames=[frame], onPage=self._draw_cover_page),
                PageTemplate(BODY, frames=[frame], onPage=self._draw_body_page),
                PageTemplate(APPENDIX, frames=[frame], onPage=self._draw_appendix_page),
            ]
        )
        if on_progress is not None:
            self.setProgressCallBack(self._progress_adapter(on_progress))

    def build_story(self, story: list[Flowable]) -> None:
        """Lay out the story on held-back pages, then number and write them."""
        with _binary_streams():
            self.build(
                story,
                canvasmaker=functools.partial(
                    HeldPagesCanvas, finish_page=self._finish, date=self.date
                ),
            )

    def afterFlowable(self, flowable: Flowable) -> None:
        mark = getattr(flowable, "outline", None)
        if isinstance(mark, OutlineMark) and isinstance(self.canv, HeldPagesCanvas):
            frame = getattr(self, "frame", None)
            landed = frame._y + flowable.height if frame is not None else PAGE_SIZE[1]
            top = min(landed + 6, PAGE_SIZE[1])  # just above where it landed
            self.canv.mark_outline(OutlineMark(mark.key, mark.title, mark.level, top))

    @staticmethod
    def _progress_adapter(report: Callable[[int, int], None]) -> Callable[[str, int], None]:
        total = [0]

        def callback(kind: str, value: int) -> None:
            if kind == "SIZE_EST":
                total[0] = value
            elif kind == "PROGRESS":
                report(value, total[0])

        return callback

    # -- page furniture ------------------------------------------------------------------

    def _draw_cover_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        self._draw_labels(canvas)
        self._draw_footer(canvas)

    def _draw_body_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        self._draw_labels(canvas)
        self._draw_header(canvas, "")
        self._draw_footer(canvas)

    def _draw_appendix_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        self._draw_labels(canvas)
        self._draw_header(canvas, "Photo appendix")
        self._draw_footer(canvas)

    def _draw_labels(self, canvas: Canvas) -> None:
        """The classification label, centred at the very top and bottom of the page."""
        label = one_line(self.furniture.classification) or UNCLASSIFIED
        canvas.saveState()
        canvas.setFont(FONTS.bold, 9)
        canvas.setFillColor(LABEL_RED)
        width = PAGE_SIZE[0] - 2 * MARGIN_X
        text = _fit(label, FONTS.bold, 9, width)
        canvas.drawCentredString(PAGE_SIZE[0] / 2, PAGE_SIZE[1] - 7 * mm, text)
        canvas.drawCentredString(PAGE_SIZE[0] / 2, 4.5 * mm, text)
        canvas.restoreState()

    def _draw_header(self, canvas: Canvas, part: str) -> None:
        """Short title on the left, brief date (or the part) on the right, a rule under."""
        canvas.saveState()
        left, right = MARGIN_X, PAGE_SIZE[0] - MARGIN_X
        canvas.setFont(FONTS.regular, 8)
        canvas.setFillColor(MUTED)
        side = part or self.furniture.brief_date
        side_width = stringWidth(side, FONTS.regular, 8)
        canvas.drawRightString(right, HEADER_Y, side)
        title = _fit(
            one_line(self.furniture.title), FONTS.regular, 8, right - left - side_width - 12
        )
        canvas.drawString(left, HEADER_Y, title)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(left, HEADER_Y - 2.5 * mm, right, HEADER_Y - 2.5 * mm)
        canvas.restoreState()

    def _draw_footer(self, canvas: Canvas) -> None:
        """A rule, the internal-material marking, then the reference and fingerprint; the
        page count comes at save."""
        canvas.saveState()
        left, right = MARGIN_X, PAGE_SIZE[0] - MARGIN_X
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(left, FOOTER_Y + 8 * mm, right, FOOTER_Y + 8 * mm)
        mark = self.furniture.marking
        canvas.setFont(FONTS.regular if mark.level == "none" else FONTS.bold, 8)
        canvas.setFillColor(MARKING_COLOURS[mark.level])
        canvas.drawString(left, FOOTER_Y + 4 * mm, _fit(mark.text, FONTS.bold, 8, right - left))
        canvas.setFont(FONTS.regular, 8)
        canvas.setFillColor(MUTED)
        parts = []
        if self.furniture.reference:
            parts.append(f"Ref. {one_line(self.furniture.reference)}")
        parts.append(f"case fingerprint {self.furniture.fingerprint}")
        text = _fit(" · ".join(parts), FONTS.regular, 8, (right - left) * 0.72)
        canvas.drawString(left, FOOTER_Y, text)
        canvas.restoreState()

    @staticmethod
    def _finish(canvas: Canvas, page: int, total: int) -> None:
        canvas.saveState()
        canvas.setFont(FONTS.regular, 8)
        canvas.setFillColor(ACCENT)
        canvas.drawRightString(PAGE_SIZE[0] - MARGIN_X, FOOTER_Y, f"page {page} of {total}")
        canvas.restoreState()


@contextlib.contextmanager
def _binary_streams() -> Iterator[None]:
    """Streams (photos, fonts, pages) written as binary, not wrapped in ASCII85.

    reportlab's default, `rl_config.useA85`, keeps a PDF 7-bit clean for channels that
    are not, at a quarter more bytes per photo and the time to encode them. A PDF is
    binary anyway; the setting is global in reportlab, so it is changed for this build
    only.
    """
    saved = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = saved


@functools.lru_cache(maxsize=64)
def _fit(text: str, font: str, size: float, width: float) -> str:
    """The text, cut with an ellipsis so that it fits in `width` points (cached: every page
    draws the same header and footer)."""
    if stringWidth(text, font, size) <= width:
        return text
    low, high = 0, len(text)  # text[:low] + "…" fits; text[:high] + "…" does not
    while high - low > 1:
        middle = (low + high) // 2
        if stringWidth(text[:middle] + "…", font, size) <= width:
            low = middle
        else:
            high = middle
    return text[:low].rstrip() + "…"
