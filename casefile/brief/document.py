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
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfdoc import PDFPage, PDFStream
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from casefile.brief.fonts import FONTS
from casefile.brief.language import count, current, number, tr
from casefile.brief.markup import one_line
from casefile.brief.model import UNCLASSIFIED
from casefile.brief.scripts import drawn
from casefile.brief.streamed import StreamedPDFDocument
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
    items = count(internal_items, "item")
    if redacted:
        if internal_items:
            return Marking(
                tr("REDACTED: internal material removed ({items} left out)", items=items),
                "redacted",
            )
        return Marking(tr("REDACTED: internal material removed"), "redacted")
    if internal_items:
        return Marking(
            tr("NOT REDACTED: contains internal material ({items} marked [internal])", items=items),
            "internal",
        )
    return Marking(tr("Not redacted: the case holds no internal material"), "none")


MARKING_COLOURS = {"internal": LABEL_RED, "redacted": ACCENT, "none": MUTED}


@dataclass(frozen=True, slots=True)
class OutlineMark:
    key: str
    title: str
    level: int
    top: float


@dataclass(frozen=True, slots=True)
class PageNumberSlot:
    """Where the page that `key` lands on is printed (right-aligned at `right`, `y`), and
    the area around it that links there: a contents line."""

    key: str
    right: float
    y: float
    link: tuple[float, float, float, float]


#: zlib level of a page held until save: the fastest, as it is decompressed again there
HOLD_LEVEL = 1


class _Deflated:
    """reportlab's FlateDecode filter for a stream compressed already (`_compress_now`)."""

    pdfname = "FlateDecode"

    def encode(self, data: bytes) -> bytes:
        return data


def _compress_now(page: PDFPage) -> None:
    """Compress a finished page's content now, as reportlab would when it writes the file
    (the same zlib call, so the same bytes), and drop the text: reportlab otherwise
    holds every page's operators as text until the end, where it compresses them all."""
    if not page.compression or not page.stream:
        return
    data = page.stream.encode("utf8") if isinstance(page.stream, str) else page.stream
    page.Contents = PDFStream(content=zlib.compress(data), filters=[_Deflated()])
    page.stream = None


class HeldPagesCanvas(Canvas):
    """A canvas that keeps finished pages until save(), to number them "X of Y".

    Holding the pages also lets the contents, laid out before the sections, print the
    page each section starts on: at save every bookmark's page is known. Bookmarks
    (outline entries and link targets) are created at save too, because a page held
    back has no PDF page for a bookmark to point at until then.
    """

    def __init__(
        self,
        *args: Any,
        finish_page: Callable[[Canvas, int, int], None],
        date: dt.date | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        # The canvas makes its document itself, with no say in the class: a brief's PDF
        # is written object by object (see StreamedPDFDocument), not joined in memory.
        self._doc.__class__ = StreamedPDFDocument
        if date is not None:  # CreationDate and ModDate: the brief's date, not the clock's
            stamp = f"D:{date.year:04d}{date.month:02d}{date.day:02d}000000+00'00'"
            self.setDateFormatter(lambda *_: stamp)
        self._held_pages: list[dict[str, Any]] = []
        self._outline_marks: list[OutlineMark] = []
        self._page_number_slots: list[PageNumberSlot] = []
        self._finish_page = finish_page

    def mark_outline(self, mark: OutlineMark) -> None:
        """Bookmark the current page, with an outline entry unless the mark has no title
        (a link target only); both are placed at save."""
        self._outline_marks.append(mark)

    def mark_page_number(self, slot: PageNumberSlot) -> None:
        """Print, at save, the number of the page that `slot.key` is bookmarked on."""
        self._page_number_slots.append(slot)

    def showPage(self) -> None:
        # Held as one compressed string, not thousands of operators: a large case's
        # brief holds thousands of pages, several megabytes of operators each hundred.
        held = zlib.compress("\n".join(self._code).encode("utf8"), HOLD_LEVEL)
        self._code: list[Any] = [held]
        self._held_pages.append(dict(self.__dict__))
        self._outline_marks = []
        self._page_number_slots = []
        self._startPage()

    def save(self) -> None:
        total = len(self._held_pages)
        page_of = {
            mark.key: number
            for number, state in enumerate(self._held_pages, start=1)
            for mark in state["_outline_marks"]
        }
        for index, state in enumerate(self._held_pages):
            self._held_pages[index] = {}  # reportlab keeps its own copy of the page from here
            self.__dict__.update(state)
            self._code = [zlib.decompress(self._code[0]).decode("utf8")]
            self._finish_page(self, self._pageNumber, total)
            for n, slot in enumerate(self._page_number_slots):
                self._print_page_number(slot, page_of.get(slot.key), n)
            for mark in self._outline_marks:
                self.bookmarkPage(mark.key, fit="FitH", top=mark.top)
                if mark.title:
                    self.addOutlineEntry(
                        mark.title, mark.key, level=mark.level, closed=mark.level > 0
                    )
            Canvas.showPage(self)
            _compress_now(self._doc.Pages.pages[-1])
        self.showOutline()
        Canvas.save(self)

    def _print_page_number(self, slot: PageNumberSlot, page: int | None, n: int) -> None:
        if page is None:
            return
        self.saveState()
        self.setFont(FONTS.regular, 10)
        self.setFillColor(ACCENT)
        self.drawRightString(slot.right, slot.y, str(page))
        self.restoreState()
        # Named: a restored page's annotation counter would repeat a later page's names.
        name = f"contents-{self._pageNumber}-{n}"
        self.linkAbsolute("", slot.key, slot.link, thickness=0, name=name)


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
            lang=current(),
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
        with _furniture(canvas, COVER) as drawing:
            if drawing:
                self._draw_labels(canvas)
                self._draw_footer(canvas)

    def _draw_body_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        with _furniture(canvas, BODY) as drawing:
            if drawing:
                self._draw_labels(canvas)
                self._draw_header(canvas, "")
                self._draw_footer(canvas)

    def _draw_appendix_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        with _furniture(canvas, APPENDIX) as drawing:
            if drawing:
                self._draw_labels(canvas)
                self._draw_header(canvas, tr("Photo appendix"))
                self._draw_footer(canvas)

    def _draw_labels(self, canvas: Canvas) -> None:
        """The classification label, centred at the very top and bottom of the page."""
        label = one_line(self.furniture.classification) or tr(UNCLASSIFIED)
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
            parts.append(tr("Ref. {reference}", reference=one_line(self.furniture.reference)))
        parts.append(tr("case fingerprint {fingerprint}", fingerprint=self.furniture.fingerprint))
        text = _fit(" · ".join(parts), FONTS.regular, 8, (right - left) * 0.72)
        canvas.drawString(left, FOOTER_Y, text)
        canvas.restoreState()

    @staticmethod
    def _finish(canvas: Canvas, page: int, total: int) -> None:
        canvas.saveState()
        canvas.setFont(FONTS.regular, 8)
        canvas.setFillColor(ACCENT)
        canvas.drawRightString(
            PAGE_SIZE[0] - MARGIN_X,
            FOOTER_Y,
            tr("page {page} of {total}", page=number(page), total=number(total)),
        )
        canvas.restoreState()


@contextlib.contextmanager
def _furniture(canvas: Canvas, name: str) -> Iterator[bool]:
    """A page template's furniture, the same on each of its pages, drawn once as a form
    XObject that every page then shows: one copy in the file, not one per page. Yields
    whether the body of the `with` has to draw it (the first page of the template)."""
    drawing = not canvas.hasForm(name)
    if drawing:
        canvas.beginForm(name)
    yield drawing
    if drawing:
        canvas.endForm()
    canvas.doForm(name)


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
    draws the same header and footer). Right-to-left text comes in display order and
    characters the font lacks as `[U+XXXX]` (casefile.brief.scripts.drawn)."""
    text = drawn(text, font)
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


class Anchor(Flowable):
    """An invisible link target: a bookmark named `key` where it lands (no outline entry)."""

    def __init__(self, key: str) -> None:
        super().__init__()
        self.outline = OutlineMark(key, "", 0, 0)
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


class ContentsLine(Flowable):
    """A line of the contents: its title, a dotted leader, and the number of the page
    where `key` is bookmarked, printed at save; the whole line links there.

    It must sit directly in a frame (not in a table or list), so that where it is drawn
    is where it is on the page.
    """

    def __init__(self, text: str, key: str, *, font: str, size: float, leading: float) -> None:
        super().__init__()
        self.text, self.key = text, key
        self.font, self.size, self.leading = font, size, leading
        self._at = (0.0, 0.0)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = availWidth, self.leading
        return self.width, self.height

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        self._at = (x, y)
        super().drawOn(canvas, x, y, _sW)

    def draw(self) -> None:
        canvas = self.canv
        baseline = (self.leading - self.size) / 2 + 0.22 * self.size
        text = _fit(self.text, self.font, self.size, self.width - 48)
        canvas.setFont(self.font, self.size)
        canvas.drawString(0, baseline, text)
        start = stringWidth(text, self.font, self.size) + 6
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.setDash(0.6, 2.4)
        canvas.line(start, baseline + 1, self.width - 24, baseline + 1)
        canvas.restoreState()
        if isinstance(canvas, HeldPagesCanvas):
            x, y = self._at
            canvas.mark_page_number(
                PageNumberSlot(
                    self.key,
                    x + self.width,
                    y + baseline,
                    (x, y, x + self.width, y + self.height),
                )
            )
