"""Briefs in Azerbaijani, Russian and Ukrainian: labels from the catalogue, CLDR dates
and amounts, a clear refusal of a language casefile does not write."""

from __future__ import annotations

import ast
import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from brief_support import pdf_text

import casefile.brief
from casefile.brief import BriefOptions, export_brief
from casefile.brief.catalogue import MESSAGES, NOUNS
from casefile.store import LANGUAGES, CaseFile, InvalidInput

DATE = dt.date(2025, 11, 21)

#: per language: headings, the brief's date, "page 1 of", and an amount of the demo case
EXPECTED = {
    "en": ("Chronology", "Damage schedule", "21 November 2025", "page 1 of", "BRIEF"),
    "az": ("Xronologiya", "Ziyanın siyahısı", "21 noyabr 2025", "səhifə 1 /", "ARAYIŞ"),
    "ru": ("Хронология", "Перечень ущерба", "21 ноября 2025\u00a0г.", "страница 1 из", "СПРАВКА"),
    "uk": (
        "Хронологія",
        "Перелік пошкоджень",
        "21 листопада 2025\u00a0р.",
        "сторінка 1 з",
        "ДОВІДКА",
    ),
}


@pytest.fixture(scope="module")
def briefs(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("language-briefs")
    outputs = {}
    with CaseFile.open(demo_template, read_only=True) as case:
        for language in LANGUAGES:
            out = folder / f"{language}.pdf"
            export_brief(case, out, BriefOptions(brief_date=DATE, language=language))
            outputs[language] = out
    return outputs


def _text(path: Path) -> str:
    return " ".join(pdf_text(path).split())


@pytest.mark.parametrize("language", LANGUAGES)
def test_headings_dates_and_page_numbers_are_in_the_language(
    briefs: dict[str, Path], language: str
) -> None:
    text = _text(briefs[language])
    for expected in EXPECTED[language]:
        assert " ".join(expected.split()) in text, (language, expected)
    if language != "en":
        assert "Damage schedule" not in text
        assert "21 November 2025" not in text


def test_vocabulary_labels_are_translated(briefs: dict[str, Path]) -> None:
    for language, words in {
        "az": ("Perimetr", "Bildirilib"),
        "ru": ("Периметр", "Заявлено"),
    }.items():
        text = _text(briefs[language])
        assert all(word in text for word in words), language


def test_a_label_longer_than_its_column_is_set_smaller_not_cut(briefs: dict[str, Path]) -> None:
    """Azerbaijani's "not assessed" is one word wider than the schedule's severity column:
    each of the five items' cells prints it whole."""
    text = _text(briefs["az"])
    assert text.count("Qiymətləndirilməyib") >= 5
    assert "Qiymətləndirilm əyib" not in text


def test_sentences_and_counted_nouns_are_in_the_language(briefs: dict[str, Path]) -> None:
    """The summary's key points, chronology kinds and the internal flag; "5 записей" takes
    the plural form Russian needs after 5, "2 встречи" the one after 2."""
    ru = _text(briefs["ru"])
    for words in ("В деле: 5 записей.", "Зарегистрировано: 2 встречи", "[внутреннее]", "Встреча"):
        assert words in ru, words
    uk = _text(briefs["uk"])
    assert "У справі: 5 записів." in uk and "[внутрішнє]" in uk
    az = _text(briefs["az"])
    assert "İşdə: 5 qeyd." in az and "[daxili]" in az
    for english in ("on file.", "[internal]", "Untitled", "Follow-up due", "Annexes"):
        assert english not in ru + uk + az, english


def test_the_same_options_give_the_same_bytes(
    demo_template: Path, briefs: dict[str, Path], tmp_path: Path
) -> None:
    again = tmp_path / "again.pdf"
    with CaseFile.open(demo_template, read_only=True) as case:
        export_brief(case, again, BriefOptions(brief_date=DATE, language="az"))
    assert again.read_bytes() == briefs["az"].read_bytes()


@pytest.mark.parametrize(
    ("language", "amount", "total"),
    [
        ("en", "1,450.00 EUR", "Total"),
        ("az", "1.450,00 EUR", "Cəmi"),
        ("ru", "1 450,00 EUR", "Итого"),
        ("uk", "1 450,00 EUR", "Разом"),
    ],
)
def test_the_schedule_prints_amounts_by_the_locale(
    small_case_path: Path, tmp_path: Path, language: str, amount: str, total: str
) -> None:
    out = tmp_path / "brief.pdf"
    with CaseFile.open(small_case_path, read_only=True) as case:
        export_brief(case, out, BriefOptions(brief_date=DATE, language=language))
    text = _text(out)
    assert amount in text and total in text
    if language != "en":
        assert "1,450.00" not in text


def test_amounts_follow_the_locale() -> None:
    from casefile.brief.language import money, quantity, writing_in

    shown, quantities = {}, {}
    for language in LANGUAGES:
        with writing_in(language):
            shown[language] = money(123456750, "EUR", 2)
            quantities[language] = quantity("1250.125")
    assert quantities == {
        "en": "1,250.125",
        "az": "1.250,125",
        "ru": "1\u00a0250,125",
        "uk": "1\u00a0250,125",
    }
    assert shown["en"] == "1,234,567.50 EUR"
    assert shown["az"] == "1.234.567,50 EUR"
    assert shown["ru"] == "1\u00a0234\u00a0567,50 EUR"
    assert shown["uk"] == "1\u00a0234\u00a0567,50 EUR"


def test_the_marker_of_a_cut_text_is_in_the_language() -> None:
    from casefile.brief.excerpt import items, short
    from casefile.brief.language import writing_in

    with writing_in("ru"):
        assert short("x" * 600).endswith("… (текст продолжается: ещё 100 символов, см. файл дела)")
        assert items(["a", "b", "c", "d"], count=1, noun="more outcomes")[-1] == (
            "… (список продолжается: ещё 3 итога, см. файл дела)"
        )
    with writing_in("uk"):
        assert short("x" * 521).endswith("ще 21 символ, див. файл справи)")


def test_a_photo_or_plan_that_cannot_be_printed_says_so_in_the_language() -> None:
    from casefile.brief.language import writing_in
    from casefile.brief.photos import prepare_photo

    with writing_in("ru"):
        assert prepare_photo(b"not an image").problem == (
            "фото не включается в справку: формат изображения не поддерживается"
        )
        assert prepare_photo(b"not an image", what="plan").problem.startswith("план не ")
    assert prepare_photo(b"x", what="plan").problem == (
        "plan not included: not an image format we can read"
    )


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(InvalidInput, match="choose from en, az, ru, uk"):
        BriefOptions(language="fr")


def test_the_cli_refuses_an_unknown_language(demo_template: Path, tmp_path: Path) -> None:
    out = tmp_path / "brief.pdf"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "casefile",
            "brief",
            str(demo_template),
            "-o",
            str(out),
            "--language",
            "fr",
        ],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 1
    assert done.stderr.startswith("casefile: error:")
    assert "unknown brief language 'fr'" in done.stderr
    assert not out.exists()


def test_the_language_defaults_to_the_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    from casefile.store import UserSettings, write_settings

    write_settings(UserSettings(name="R. Mustafayev", language="uk"))
    assert BriefOptions.from_cli(None, None).language == "uk"
    assert BriefOptions.from_cli(None, None, language="ru").language == "ru"


def _tr_texts() -> set[str]:
    """Every literal text passed to `tr(...)` in the brief's code."""
    texts = set()
    for path in Path(casefile.brief.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "tr"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                texts.add(node.args[0].value)
    return texts


def test_every_label_the_code_prints_has_its_translations() -> None:
    texts = _tr_texts()
    assert len(texts) > 40
    assert sorted(texts - MESSAGES.keys()) == []
    for english, translations in MESSAGES.items():
        fields = sorted(part.split("}")[0] for part in english.split("{")[1:])
        for translated in translations:
            assert translated.strip(), english
            assert sorted(part.split("}")[0] for part in translated.split("{")[1:]) == fields
    for noun, forms in NOUNS.items():
        assert set(forms) == set(LANGUAGES), noun


def test_chart_numbers_are_written_by_the_locale() -> None:
    from casefile.brief.language import compact_number, writing_in

    shown = {}
    for language in LANGUAGES:
        with writing_in(language):
            shown[language] = [compact_number(v) for v in (950, 1000, 12500, 3_200_000)]
    assert shown["en"] == ["950", "1K", "12.5K", "3.2M"]
    assert shown["ru"] == ["950", "1\u00a0тыс.", "12,5\u00a0тыс.", "3,2\u00a0млн"]
    assert shown["uk"] == ["950", "1\u00a0тис.", "12,5\u00a0тис.", "3,2\u00a0млн"]
    assert shown["az"] == ["950", "1.000", "12,5K", "3,2\u00a0mln"]
