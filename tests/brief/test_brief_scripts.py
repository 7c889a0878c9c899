"""Arabic, Persian, Hebrew, Chinese and emoji names in the brief: shaped, ordered, no box."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import arabic_reshaper
import pytest
from pypdf import PdfReader

from casefile.brief import BriefOptions, export_brief
from casefile.brief.document import _fit
from casefile.brief.fonts import FONTS, register_fonts
from casefile.brief.scripts import display_order, markup, uncovered
from casefile.store import CaseFile

ARABIC_NAME = "محمد رضا"  # two words: their order on the page is the test
PERSIAN_NAME = "پژوهش گچ"
HEBREW_NAME = "דוד כהן"
CHINESE_NAME = "张伟"
EMOJI = "🙂"


@pytest.fixture(scope="module")
def world_case(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("scripts") / "world.casefile"
    with CaseFile.create(
        path,
        title=f"Names from everywhere {HEBREW_NAME}",  # the page headers print it too
        occurred_at=dt.datetime(2025, 11, 14, 1, 0, tzinfo=dt.UTC),
        timezone="UTC",
        actor="tester",
    ) as case:
        case.add("party", name="Mohammad Reza", native_name=ARABIC_NAME, kind="person")
        case.add("party", name="Pazhuhesh", native_name=PERSIAN_NAME, kind="person")
        case.add("party", name="David Cohen", native_name=HEBREW_NAME, kind="person")
        case.add("party", name="Zhang Wei", native_name=CHINESE_NAME, kind="person")
        case.add("party", name=f"Smiling {EMOJI}", native_name="", kind="person")
    return path


@pytest.fixture(scope="module")
def world_brief(world_case: Path, tmp_path_factory: pytest.TempPathFactory):
    out = tmp_path_factory.mktemp("scripts-out") / "world.pdf"
    with CaseFile.open(world_case, read_only=True) as case:
        warnings = export_brief(
            case, out, BriefOptions(brief_date=dt.date(2025, 11, 21), preparer="Desk officer")
        )
    return out, warnings


def _fonts(pdf: Path) -> set[str]:
    names: set[str] = set()
    for page in PdfReader(pdf).pages:
        fonts = page["/Resources"].get("/Font", {})
        names |= {str(fonts[key].get_object()["/BaseFont"]) for key in fonts}
    return names


def _text(pdf: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(pdf).pages)


def test_arabic_and_hebrew_use_the_bundled_noto_faces(world_brief) -> None:
    pdf, _ = world_brief
    fonts = _fonts(pdf)
    assert any("NotoSansArabic" in name for name in fonts), fonts
    assert any("NotoSansHebrew" in name for name in fonts), fonts


def test_right_to_left_names_extract_in_reading_order(world_brief) -> None:
    # Drawn in display order, each name as one string: text extraction (pypdf, like
    # copy and paste in a PDF reader) gives it back in reading order.
    pdf, _ = world_brief
    text = _text(pdf)
    assert HEBREW_NAME in text
    assert arabic_reshaper.reshape(ARABIC_NAME) in text  # joined letter forms
    assert arabic_reshaper.reshape(PERSIAN_NAME) in text


def test_arabic_letters_join() -> None:
    shown = display_order("محمد")
    # Initial meem, medial hah, medial meem, final dal: presentation forms, in view order.
    assert shown == "\ufeaa\ufee4\ufea4\ufee3"


def test_persian_letters_have_a_face_and_join() -> None:
    assert uncovered(PERSIAN_NAME) == ""
    assert "NotoSansArabic" in markup(PERSIAN_NAME)
    assert "\ufb58" in display_order("پژ") or "\ufb59" in display_order("پژ")


def test_cjk_and_emoji_print_as_replacements_and_are_named(world_brief) -> None:
    pdf, warnings = world_brief
    text = _text(pdf)
    assert "[U+5F20][U+4F1F]" in text
    assert "[U+1F642]" in text
    said = "\n".join(str(w) for w in warnings)
    assert CHINESE_NAME[0] in said and "U+5F20" in said
    assert "U+1F642" in said
    assert "native_name" in said and "parties" in said
    assert not any(ARABIC_NAME[0] in w.chars or HEBREW_NAME[0] in w.chars for w in warnings)


def test_cli_warns_on_stderr_naming_the_characters(world_case: Path, tmp_path: Path) -> None:
    out = tmp_path / "b.pdf"
    run = subprocess.run(
        [sys.executable, "-m", "casefile", "brief", str(world_case), "-o", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    warnings = [ln for ln in run.stderr.splitlines() if ln.startswith("casefile: warning:")]
    assert any("U+5F20" in ln and "native_name" in ln for ln in warnings), run.stderr
    assert any("U+1F642" in ln for ln in warnings), run.stderr
    assert out.is_file()


def test_headers_drawn_on_the_canvas_are_ordered_and_never_boxes() -> None:
    register_fonts()
    assert _fit(HEBREW_NAME, FONTS.regular, 8, 500) == HEBREW_NAME[::-1]  # display order
    assert _fit(CHINESE_NAME, FONTS.regular, 8, 500) == "[U+5F20][U+4F1F]"


def test_controls_the_brief_strips_are_not_reported() -> None:
    assert uncovered("a\tb\x00c\x85\ufffe\r\n") == ""
    assert uncovered("x\U0001f642y") == "\U0001f642"


def test_text_every_font_prints_gives_no_warning() -> None:
    assert uncovered("Bakı Səfirlik Лавров Їжак " + ARABIC_NAME + HEBREW_NAME) == ""
    assert markup("a < b & c") == "a &lt; b &amp; c"


def test_a_cut_counts_the_printed_replacements() -> None:
    """500 characters no font has print as 4,500: a table cell of them was taller than a
    page, which reportlab cannot lay out. Cuts count what prints."""
    from casefile.brief.excerpt import LINE_CHARS, short
    from casefile.brief.markup import clip
    from casefile.brief.scripts import printed

    value = "\U00040786" * 600
    cut = short(value)
    kept = cut[: cut.index(" …")]
    assert kept and len(printed(kept)) <= LINE_CHARS
    assert len(printed(clip(value, 50))) <= 50
    assert short("W" * LINE_CHARS) == "W" * LINE_CHARS


HEBREW_NUMBERS = (
    "אחד שתיים שלוש ארבע חמש שש שבע שמונה תשע עשר אחת עשרה שתים עשרה שלוש עשרה ארבע עשרה"
)
ARABIC_SENTENCE = (
    "سقط صاروخ داخل أراضي السفارة في كييف وقدم السفير مذكرة احتجاج رسمية في اليوم التالي"
)


def _laid_out(text: str, style_name: str = "body") -> tuple[list[str], float, float]:
    """`text` as the brief's paragraph in a narrow column: the lines pypdf reads back
    (top to bottom, each in reading order), and the x of the first and last glyph of
    the top line."""
    import io

    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import SimpleDocTemplate

    from casefile.brief.markup import para

    register_fonts()
    style = ParagraphStyle(style_name, fontName=FONTS.regular, fontSize=11, leading=14)
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=(300, 400), leftMargin=20, rightMargin=20).build(
        [para(text, style)]
    )
    page = PdfReader(out).pages[0]
    xs: list[float] = []
    page.extract_text(
        visitor_text=lambda shown, cm, tm, font, size: xs.append(tm[4]) if shown.strip() else None
    )
    lines = [line.strip() for line in page.extract_text().splitlines() if line.strip()]
    return lines, min(xs), max(xs)


def test_a_wrapped_right_to_left_paragraph_reads_from_its_top_line() -> None:
    lines, _, _ = _laid_out(HEBREW_NUMBERS)
    assert len(lines) > 1
    assert lines[0].startswith("אחד שתיים")
    assert " ".join(lines) == HEBREW_NUMBERS


def test_a_wrapped_arabic_paragraph_keeps_its_words_in_reading_order() -> None:
    lines, _, _ = _laid_out(ARABIC_SENTENCE)
    assert len(lines) > 1
    assert " ".join(lines) == arabic_reshaper.reshape(ARABIC_SENTENCE)


def test_a_right_to_left_paragraph_is_aligned_to_the_right() -> None:
    # The column runs from x=20 to x=280: a short line starts near its right edge.
    _, left, _ = _laid_out(HEBREW_NAME)
    _, latin_left, _ = _laid_out("David Cohen")
    assert left > 200
    assert latin_left < 25


def test_a_left_to_right_paragraph_keeps_a_hebrew_phrase_in_its_place() -> None:
    text = f"The ambassador met {HEBREW_NAME} and discussed the damage to the embassy at length"
    lines, _, _ = _laid_out(text)
    assert len(lines) > 1
    assert lines[0].startswith("The ambassador met")
    assert HEBREW_NAME in " ".join(lines)
