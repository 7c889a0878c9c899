"""Render: hand-built brief data -> PDF, without any case file."""

from __future__ import annotations

import builtins
import dataclasses
import io
from pathlib import Path

import pytest
from brief_support import HOSTILE, page_texts, pdf_text, placeholder_png, sample_brief
from pypdf import PdfReader
from reportlab.platypus import Paragraph, Spacer

from casefile.brief import SECTIONS, render
from casefile.brief.model import Annex, DamageRow, NoteEntry
from casefile.brief.options import SECTION_TITLES
from casefile.brief.photos import prepare_photo
from casefile.brief.sections import OUTLINE_NOTES


def rendered(brief, tmp_path: Path, name: str = "brief.pdf") -> Path:
    out = tmp_path / name
    render(brief, out)
    return out


def test_renders_every_section_with_native_scripts(tmp_path: Path) -> None:
    out = rendered(sample_brief(), tmp_path)
    text = pdf_text(out)
    for needle in (
        "Посольство Азербайджанської Республіки в Україні",  # Ukrainian і, ї, є letters
        "Rəhman Mustafayev",  # Azerbaijani ə
        "Михаил Евдокимов",
        "Note of protest delivered",
        "Figure 1.",
        "photo not included: too large to decode safely",
        "not assessed",
        "1,250.00 EUR",
    ):
        assert needle in text, needle
    for name in SECTIONS:
        assert SECTION_TITLES[name] in text


def test_every_page_carries_label_page_count_reference_and_fingerprint(tmp_path: Path) -> None:
    pages = page_texts(rendered(sample_brief(), tmp_path))
    assert len(pages) >= 3
    for number, text in enumerate(pages, start=1):
        assert text.count("RESTRICTED") >= 2, number  # top and bottom
        assert f"page {number} of {len(pages)}" in text
        assert "KYIV-2025-001" in text
        assert "0123456789ab" in text


def test_the_header_and_footer_are_stored_once_and_shown_on_every_page(tmp_path: Path) -> None:
    """Each page shows its template's furniture (label, header, footer) as a form XObject
    that the pages of the template share, so the file holds it once per template, not
    once per page; the page's own content draws its "page X of Y"."""
    brief = sample_brief(notes=sample_brief().notes * 30)  # a body of several pages
    out = rendered(brief, tmp_path)
    reader = PdfReader(out)
    pages = page_texts(out)
    shown = []
    for page in reader.pages:
        xobjects = page["/Resources"]["/XObject"].values()
        (form,) = [ref for ref in xobjects if ref.get_object()["/Subtype"] == "/Form"]
        shown.append(form.idnum)
    cover, *body, appendix = shown
    assert len(body) >= 3 and set(body) == {body[0]}
    assert len({cover, body[0], appendix}) == 3
    for number, text in enumerate(pages, start=1):
        assert text.count("RESTRICTED") >= 2 and "0123456789ab" in text
        assert f"page {number} of {len(pages)}" in text


def test_metadata_outline_and_fonts(tmp_path: Path) -> None:
    reader = PdfReader(rendered(sample_brief(), tmp_path))
    meta = reader.metadata
    assert meta.title.startswith("Missile strike damage")
    assert meta.author == "Desk officer"
    assert "KYIV-2025-001" in meta.subject
    assert "RESTRICTED" in meta["/Keywords"]
    outline = [item for item in reader.outline if not isinstance(item, list)]
    titles = [item.title for item in outline]
    for name in SECTIONS:
        assert SECTION_TITLES[name] in titles
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    assert fonts and all("DejaVuSans" in f for f in fonts), fonts  # no built-in font at all


def test_outline_entries_point_at_the_pages_their_sections_start_on(tmp_path: Path) -> None:
    out = rendered(sample_brief(), tmp_path)
    reader = PdfReader(out)
    pages = page_texts(out)
    for item in reader.outline:
        if isinstance(item, list) or item.title not in SECTION_TITLES.values():
            continue
        assert item.title in pages[reader.get_destination_page_number(item)]


def test_many_notes_are_in_the_outline_by_day_and_each_stays_a_link_target(
    tmp_path: Path,
) -> None:
    """Past OUTLINE_NOTES notes, the outline lists days (at each day's first note), not
    every note's title; an annex still links to its own note's page."""
    days = [f"{day} November 2025" for day in (14, 15, 16)]
    many = tuple(
        NoteEntry(f"Note {n}", "Diplomatic note", days[n * 3 // (OUTLINE_NOTES + 1)], body="Text")
        for n in range(OUTLINE_NOTES + 1)
    )
    brief = sample_brief(
        sections=("notes",),
        notes=many,
        annexes=(Annex(1, "Note 40", "Diplomatic note", key="note-41"),),
    )
    out = rendered(brief, tmp_path)
    reader = PdfReader(out)
    pages = page_texts(out)
    inside = next(item for item in reader.outline if isinstance(item, list))
    titles = [item.title for item in inside]
    assert titles == [
        "14 November 2025 (34 notes)",
        "15 November 2025 (34 notes)",
        "16 November 2025 (33 notes)",
        "Annexes",
    ]
    for item, first in zip(inside, (0, 34, 68), strict=False):
        page = pages[reader.get_destination_page_number(item)]
        assert f"Note {first} Diplomatic note · {item.title.split(' (')[0]}" in page
    annex_page = next(n for n, text in enumerate(pages) if "Annex 1." in text)
    (link,) = [a.get_object() for a in reader.pages[annex_page]["/Annots"]]
    target = reader.get_page_number(link["/Dest"][0].get_object())
    assert target != annex_page
    assert "Note 40 Diplomatic note" in pages[target]


def test_same_brief_gives_the_same_bytes(tmp_path: Path) -> None:
    first = rendered(sample_brief(), tmp_path, "one.pdf").read_bytes()
    again = io.BytesIO()
    render(sample_brief(), again)
    assert first == again.getvalue()


class _WriteSizes(io.BytesIO):
    """A binary file that keeps the size of its largest single write."""

    largest = 0

    def write(self, data) -> int:
        self.largest = max(self.largest, len(data))
        return super().write(data)


def test_the_pdf_is_written_object_by_object_as_reportlab_would_write_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The file is written as its objects are formatted, never first joined whole in
    memory (a large case's brief is tens of megabytes), and it is byte for byte what
    reportlab's own writer makes, cross-reference offsets included."""
    from reportlab.pdfbase.pdfdoc import PDFDocument

    from casefile.brief import document

    streamed = _WriteSizes()
    render(sample_brief(), streamed)
    monkeypatch.setattr(document, "StreamedPDFDocument", PDFDocument)
    joined = _WriteSizes()
    render(sample_brief(), joined)
    assert streamed.getvalue() == joined.getvalue()
    assert joined.largest == len(joined.getvalue())
    assert streamed.largest < len(streamed.getvalue()) / 2


def test_user_markup_prints_literally_and_reads_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bait = tmp_path / "bait.png"
    bait.write_bytes(placeholder_png("bait"))
    hostile = HOSTILE + f' <img src="{bait}"/>'
    brief = sample_brief(
        title=hostile,
        summary=hostile,
        preparer=hostile,
        notes=(NoteEntry(hostile, "Internal memo", body=hostile, source=hostile),),
        figures=(),
    )
    opened: list[str] = []
    real_open = builtins.open

    def spy(file, *args, **kwargs):
        opened.append(str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", spy)
    out = rendered(brief, tmp_path)
    monkeypatch.undo()
    assert str(bait) not in opened and "/etc/hostname" not in opened
    text = pdf_text(out)
    assert '<b>bold</b> & <i unclosed <img src="/etc/hostname"> &amp; <br/> &#65;' in text
    assert f'<img src="{bait}"/>' in text
    images = [
        name
        for page in PdfReader(out).pages
        for name, obj in (page["/Resources"].get("/XObject") or {}).items()
        if obj.get_object().get("/Subtype") == "/Image"
    ]
    assert images == []


def test_long_texts_flow_across_pages(tmp_path: Path) -> None:
    """A table row cannot split: long user text must not end up in one cell."""
    essay = "\n".join(f"Paragraph {n}: " + "word " * 200 for n in range(60))
    long_title = "Very long title " * 400
    unbroken = "x" * 5000
    row = DamageRow(
        "D1", "other", "Other", long_title, "minor", "Minor", "Reported", "not assessed",
        False, description=essay + unbroken, location=unbroken,
    )  # fmt: skip
    base = sample_brief()
    brief = dataclasses.replace(
        base,
        title=long_title,
        reference=unbroken,
        summary=essay,
        damage=dataclasses.replace(base.damage, rows=(row,) * 3),
        notes=(NoteEntry(long_title, "Observation", body=essay, source=long_title),),
    )
    out = rendered(brief, tmp_path)
    assert len(PdfReader(out).pages) > 20
    assert "Paragraph 59:" in pdf_text(out)


@pytest.mark.parametrize("sections", [("summary",), ("damage", "photos"), ("notes",)])
def test_a_subset_of_sections_prints_only_those(sections, tmp_path: Path) -> None:
    text = pdf_text(rendered(sample_brief(sections=sections), tmp_path))
    for name in SECTIONS:
        assert (SECTION_TITLES[name] in text) == (name in sections), name


def test_redacted_brief_says_so_on_the_cover(tmp_path: Path) -> None:
    pages = page_texts(rendered(sample_brief(redacted=True), tmp_path))
    assert "REDACTED: internal material removed" in pages[0]
    assert "NOT REDACTED" not in " ".join(pages)


def test_empty_brief_renders(tmp_path: Path) -> None:
    from casefile.brief.model import Brief

    brief = Brief(
        title="", reference="", classification="", brief_date="1 January 2026", preparer="",
        fingerprint="000000000000", redacted=False, sections=SECTIONS,
    )  # fmt: skip
    text = pdf_text(rendered(brief, tmp_path))
    assert "No damage items are recorded." in text
    assert "page 1 of" in text


def test_a_brief_without_a_label_says_unclassified_on_every_page(tmp_path: Path) -> None:
    pages = page_texts(rendered(sample_brief(classification=""), tmp_path))
    for text in pages:
        assert text.count("UNCLASSIFIED") >= 2, text  # top and bottom, never nothing


def test_cancel_while_the_story_is_built_stops_before_the_next_section(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Building a large case's story takes seconds before reportlab reports progress;
    Cancel (or quitting) must not wait for every section to be built."""
    from casefile.brief import BriefCancelled
    from casefile.brief.sections import BUILDERS

    brief = sample_brief()
    built: list[str] = []
    stop = False
    for name, build in list(BUILDERS.items()):

        def recording(b, styles, name=name, build=build):
            nonlocal stop
            built.append(name)
            stop = True  # the user presses Cancel while the first section is built
            return build(b, styles)

        monkeypatch.setitem(BUILDERS, name, recording)
    with pytest.raises(BriefCancelled):
        render(brief, tmp_path / "brief.pdf", cancelled=lambda: stop)
    assert built == [brief.sections[0]]


def test_photos_are_embedded_as_binary_jpeg_streams(tmp_path: Path) -> None:
    """No ASCII85 wrapping: it made every photo a quarter larger for nothing."""
    from reportlab import rl_config

    before = rl_config.useA85
    out = rendered(sample_brief(), tmp_path)
    assert rl_config.useA85 == before  # the setting is the build's, not the process's
    reader = PdfReader(out)
    images = [
        xobject.get_object()
        for page in reader.pages
        for xobject in page["/Resources"].get("/XObject", {}).values()
        if xobject.get_object()["/Subtype"] == "/Image"
    ]
    assert images
    for image in images:
        assert image["/Filter"] in ("/DCTDecode", ["/DCTDecode"]), image["/Filter"]
    assert b"ASCII85Decode" not in out.read_bytes()


def test_reportlab_runs_with_its_c_accelerator() -> None:
    from reportlab.lib import rl_accel

    assert "fp_str" in rl_accel._c_funcs and "escapePDF" in rl_accel._c_funcs


def test_photos_are_embedded_without_being_decoded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """reportlab's Image decoded each photo to RGB just to name it: megabytes per photo
    held until the garbage collector ran (gigabytes for a case of 300 photos)."""
    from reportlab.lib.utils import ImageReader

    def refuse(self):
        raise AssertionError("a photo was decoded to pixels")

    monkeypatch.setattr(ImageReader, "getRGBData", refuse)
    out = rendered(sample_brief(), tmp_path)
    assert "Figure 1." in pdf_text(out)


def test_an_amount_never_breaks_inside_its_number(tmp_path: Path) -> None:
    """The largest costs a case can hold: set smaller, they wrap before the currency code."""
    brief = sample_brief()
    big, total = "92,233,720,368,547,758.07 EUR", "184,467,440,737,095,516.14 EUR"
    rows = tuple(dataclasses.replace(r, estimate=big, assessed=True) for r in brief.damage.rows)
    totals = (dataclasses.replace(brief.damage.totals[0], amount=total),)
    damage = dataclasses.replace(brief.damage, rows=rows, totals=totals)
    text = pdf_text(rendered(dataclasses.replace(brief, damage=damage), tmp_path))
    assert text.count("92,233,720,368,547,758.07") == 2
    assert "184,467,440,737,095,516.14" in text


def test_counts_and_costs_are_charted_side_by_side(tmp_path: Path) -> None:
    """Two items in a category: the count chart and, beside it, the cost per category in
    the currency most items are estimated in; the others are named under the charts."""
    from casefile.brief.model import ChartSeries

    brief = sample_brief()
    damage = dataclasses.replace(
        brief.damage,
        chart_series=(
            ChartSeries("Destroyed", "destroyed", (2, 0)),
            ChartSeries("Not assessed", "", (0, 1)),
        ),
        cost_currency="EUR",
        cost_values=(0, 1_250_000),
        cost_left_out=("USD (1 item)",),
    )
    text = pdf_text(rendered(dataclasses.replace(brief, damage=damage), tmp_path))
    assert "Items by severity" in text and "Estimated cost (EUR)" in text
    assert "12.5K" in text  # the bar's label: 12,500.00 EUR, as CLDR writes it short
    assert "amounts in USD (1 item) are in the schedule's subtotals" in text
    assert "One damage item in each" not in text


def test_item_details_add_what_the_schedule_lacks_in_one_block(tmp_path: Path) -> None:
    brief = sample_brief()
    fence, car = brief.damage.rows
    fence = dataclasses.replace(
        fence, assessed_on="20 November 2025", assessed_by="Site engineer", location="North"
    )
    damage = dataclasses.replace(brief.damage, rows=(fence, car))
    text = pdf_text(rendered(dataclasses.replace(brief, damage=damage), tmp_path))
    details = text.split("Item details", 1)[1].split("Parties", 1)[0]
    block = "Location: North · Assessed: on 20 November 2025 by Site engineer · Photos: Fig. 1"
    assert block in details
    assert "One section destroyed." in details
    for schedule_only in ("Destroyed", "Reported", "not assessed"):
        assert schedule_only not in details, schedule_only
    assert "D2" not in details  # nothing to add to the schedule's row: no block


def test_a_photo_too_small_for_its_place_prints_smaller_and_says_so(tmp_path: Path) -> None:
    small = prepare_photo(placeholder_png("small", size=(320, 200)))
    large = prepare_photo(placeholder_png("large", size=(1600, 1000)))
    brief = sample_brief()
    figures = (
        dataclasses.replace(brief.figures[0], jpeg=small.jpeg, width=320, height=200),
        dataclasses.replace(brief.figures[0], number=2, jpeg=large.jpeg, width=1600, height=1000),
    )
    text = pdf_text(rendered(dataclasses.replace(brief, figures=figures), tmp_path))
    assert "(small original, 320 × 200 pixels: printed at 150 dpi, not enlarged)" in text
    assert text.count("small original") == 1


def test_a_long_section_is_made_as_the_layout_reaches_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """600 notes are not made before the first page is laid out, but a batch at a time:
    only the notes being laid out exist, whatever the size of the case."""
    from casefile.brief import document, sections

    made: list[int] = []
    made_by_page_end: list[int] = []
    note_flowables, show_page = sections._note, document.HeldPagesCanvas.showPage

    def counting_note(*args, **kwargs):
        made.append(1)
        return note_flowables(*args, **kwargs)

    def counting_page(self):
        made_by_page_end.append(len(made))
        show_page(self)

    monkeypatch.setattr(sections, "_note", counting_note)
    monkeypatch.setattr(document.HeldPagesCanvas, "showPage", counting_page)
    notes = tuple(NoteEntry(f"Note {n}", "Memo", body="Text. " * 40) for n in range(600))
    text = pdf_text(rendered(sample_brief(notes=notes, sections=("notes",)), tmp_path))
    assert "Note 0" in text and "Note 599" in text
    assert len(made) == 600
    assert 0 < min(n for n in made_by_page_end if n) < 600


def test_a_deferred_section_met_again_at_a_full_page_still_flows() -> None:
    """Groups that each fill a page exactly: the Deferred meets the end of a full frame
    batch after batch (the large case's brief stopped with a LayoutError at page 2,045)."""
    from reportlab.platypus import SimpleDocTemplate

    from casefile.brief.deferred import BATCH, Deferred

    doc = SimpleDocTemplate(io.BytesIO())
    full_page = doc.height - 12  # the frame's padding, 6 points at top and bottom
    pages = 2 * BATCH + 5
    doc.build(
        [Spacer(1, full_page), Deferred(lambda: ([Spacer(1, full_page)] for _ in range(pages)))]
    )
    assert doc.page == pages + 1


def test_a_long_tables_rows_are_made_a_page_at_a_time() -> None:
    """A 3,000-row table holds at most about a page of made rows at any time."""
    from reportlab.platypus import SimpleDocTemplate

    from casefile.brief.pagedtable import LazyRows, PagedTable
    from casefile.brief.styles import make_styles, table_style

    style = make_styles().cell
    alive: list[int] = []
    rows: LazyRows[int]

    def make_row(n: int) -> list:
        alive.append(len(rows._made))
        return [Paragraph(f"row {n}", style), Paragraph("text", style)]

    rows = LazyRows(range(3000), make_row)
    table = PagedTable(
        [Paragraph("Row", style), Paragraph("Text", style)], rows, [200, 200],
        lambda first: table_style(zebra_phase=first), padding=(4, 4, 3, 3),
    )  # fmt: skip
    out = io.BytesIO()
    SimpleDocTemplate(out).build([table])
    assert len(alive) == 3000  # every row made once
    assert max(alive) < 120  # a page holds about 50
    assert "row 2999" in pdf_text(out.getvalue())


def test_a_long_tables_cells_are_laid_out_once() -> None:
    """Each cell is laid out when its row is measured and drawn as laid out, not laid
    out again when its page's piece of the table is drawn."""
    from reportlab.platypus import SimpleDocTemplate

    from casefile.brief.pagedtable import LazyRows, PagedTable
    from casefile.brief.styles import make_styles, table_style

    style = make_styles().cell
    layouts: list[int] = []

    class Counted(Paragraph):
        def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
            layouts.append(id(self))
            return super().wrap(availWidth, availHeight)

    made: list[Paragraph] = []

    def make_row(n: int) -> list:
        made.extend([Counted(f"row {n}", style), Counted("some text " * (n % 7), style)])
        return made[-2:]

    table = PagedTable(
        [Paragraph("Row", style), Paragraph("Text", style)], LazyRows(range(300), make_row),
        [200, 200], lambda first: table_style(zebra_phase=first), padding=(4, 4, 3, 3),
    )  # fmt: skip
    out = io.BytesIO()
    SimpleDocTemplate(out).build([table])
    assert len(made) == 600
    assert sorted(layouts) == sorted(id(cell) for cell in made)
    assert "row 299" in pdf_text(out.getvalue())


def test_a_five_digit_item_reference_stays_on_one_line(tmp_path: Path) -> None:
    brief = sample_brief()
    rows = tuple(dataclasses.replace(r, ref=f"D-1000{n}") for n, r in enumerate(brief.damage.rows))
    damage = dataclasses.replace(brief.damage, rows=rows)
    text = pdf_text(
        rendered(dataclasses.replace(brief, damage=damage, sections=("damage",)), tmp_path)
    )
    assert "D-10000" in text and "D-10001" in text
