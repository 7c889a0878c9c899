"""Folding for search: the spellings our users type find the spellings the case holds."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casefile.store.matching import Query
from casefile.store.textfold import fold, fold_chunk, index_text

#: (typed, written): the case's own names and words, and the issue's examples.
FINDS = [
    ("baki", "Bakı"),
    ("sefirlik", "Səfirlik"),
    ("azerbaycan", "Azərbaycan"),
    ("Xarici Isler", "Xarici İşlər Nazirliyi"),
    ("XARİCİ İŞLƏR", "xarici işlər"),
    ("ISLER", "İşlər"),
    ("rehman", "Rəhman Mustafayev"),
    ("Galuzin", "Михаил Галузин"),
    ("Haluzin", "Михаил Галузин"),
    ("Галузин", "Mikhail Galuzin"),
    ("Lavrov", "Сергей Лавров"),
    ("Лавров", "Sergey Lavrov"),
    ("Yevdokimov", "Михаил Евдокимов"),
    ("Evdokimov", "Михаил Евдокимов"),
    ("Евдокимов", "Mikhail Yevdokimov"),
    ("Mikhail", "Михаил"),
    ("Mihail", "Михаил"),
    ("Михаил", "Mikhail Galuzin"),
    ("Mustafayev", "Рахман Мустафаев"),
    ("Мустафаев", "Rahman Mustafayev"),
    ("posolstvo", "Посольство Азербайджанської Республіки в Україні"),
    ("Respubliki Ukraini", "Посольство Азербайджанської Республіки в Україні"),
    ("Kyiv", "Київ"),
    ("Київ", "in Kyiv"),
    ("Ministerstvo inostrannykh del", "Министерство иностранных дел Российской Федерации"),
    ("Federatsii", "Российской Федерации"),
    ("Fedorov", "Фёдоров"),
    ("Fyodorov", "Фёдоров"),
    ("федоров", "Фёдоров"),
    ("обʼєднати", "об'єднати"),
    ("об’єднати", "обʼєднати"),
    ("Shevchenko", "Шевченко"),
    ("Zelensky", "Зеленський"),
    ("Natalia", "Наталья"),
    ("galib", "Ğalib"),
    ("seher", "Şəhər"),
    ("cesme", "Çeşmə"),
    ("Ozgur", "Özgür"),
    ("Galu", "Галузин"),  # a name typed so far
    ("Mustafay", "Мустафаев"),
    ("Yev", "Евдокимов"),
    ("strasse", "Straße"),
    ("cafe", "Café"),
]

MISSES = [
    ("Lavrov", "Михаил Галузин"),
    ("Galuzin", "Лавров"),
    ("baku", "Bakı"),
    ("sefir", "səfərlik"),
    ("uzin", "Галузин"),  # matches start at a word's beginning
]


@pytest.mark.parametrize(("typed", "written"), FINDS, ids=[f"{t}~{w}" for t, w in FINDS])
def test_a_typed_spelling_finds_the_written_one(typed: str, written: str) -> None:
    query = Query(typed)
    assert query.matches(index_text(written))
    assert query.spans(written)


@pytest.mark.parametrize(("typed", "written"), MISSES, ids=[f"{t}~{w}" for t, w in MISSES])
def test_other_words_are_not_found(typed: str, written: str) -> None:
    assert not Query(typed).matches(index_text(written))


def test_dotted_and_dotless_i_are_one_letter() -> None:
    """str.lower() turns İ into two characters; folding makes all four i the same."""
    assert {fold(w) for w in ("İstanbul", "ISTANBUL", "istanbul", "ıstanbul")} == {"istanbul"}


@pytest.mark.parametrize(
    ("typed", "written", "highlighted"),
    [
        ("Galuzin", "Deputy Minister Михаил Галузин received him", ["Галузин"]),
        ("baki", "Summons in Bakı, 14 November", ["Bakı"]),
        ("Mikh", "Михаил Евдокимов", ["Мих"]),
        ("Yevdokimov", "Михаил Евдокимов.", ["Евдокимов"]),
        ("evdokimov", "Mikhail Yevdokimov.", ["Yevdokimov"]),
        ("Mikhail", "Михаил and Mikhail", ["Михаил", "Mikhail"]),
        ("sefirlik Kyiv", "Azərbaycanın Kyivdəki Səfirlikdə", ["Kyiv", "Səfirlik"]),
        ("placeholder-vehicles", "placeholder-vehicles.jpg", ["placeholder-vehicles"]),
        ("3+3", "the 3+3 platform, 3 sides", ["3+3"]),
    ],
)
def test_spans_show_the_match_in_the_original_spelling(
    typed: str, written: str, highlighted: list[str]
) -> None:
    spans = Query(typed).spans(written)
    assert sorted(written[a:b] for a, b in spans) == sorted(highlighted)


chunks = st.text(
    alphabet=st.sampled_from(
        list("abcehijkkszyAEHIJKYİıIəƏşçğöü'’ʼ-.,+3_")
        + list("гГхХёЁийїієєьъщжчшцюяыАБВЕКМОПРСТУ")
        + ["\u0301", "\u0308", "ß", "ﬁ", "ℌ", "¨", "½", "\u2063"]
    ),
    max_size=12,
)


@given(chunks)
def test_the_fast_fold_is_the_first_reading_of_the_mapped_one(chunk: str) -> None:
    readings = fold_chunk(chunk)
    assert fold(chunk) == readings[0].text
    for reading in readings:
        assert len(reading.starts) == len(reading.ends) == len(reading.text)
        spans = zip(reading.starts, reading.ends, strict=True)
        assert all(0 <= a < b <= len(chunk) for a, b in spans)
        assert list(reading.starts) == sorted(reading.starts)
        assert not any(c.isspace() for c in reading.text)


@given(st.lists(chunks.filter(lambda c: c.strip()), min_size=1, max_size=6), st.data())
def test_a_word_of_a_text_is_found_where_it_stands(words: list[str], data: st.DataObject) -> None:
    text = " ".join(words)
    index = data.draw(st.integers(0, len(words) - 1))
    query = Query(words[index])
    if not query:
        return  # no letters or digits: nothing to search for
    assert query.matches(index_text(text))
    at = len(" ".join(words[:index])) + (1 if index else 0)
    spans = query.spans(text)
    assert spans and spans[0][0] <= at + len(words[index])
    assert all(0 <= a < b <= len(text) for a, b in spans)


def test_spans_in_a_long_text_are_where_the_words_are() -> None:
    written = "Галузин  said:\n" + "the fence is down; " * 300 + "Galuzin again"
    spans = Query("galuzin fence").spans(written)
    assert [written[a:b] for a, b in spans] == ["Галузин"] + ["fence"] * 300 + ["Galuzin"]
    assert spans[1] == (written.index("fence"), written.index("fence") + 5)


def test_a_snippet_window_lights_what_shows_of_each_match() -> None:
    written = "x " * 100 + "Галузин met the ambassador at the fence " + "y " * 30 + "Galuzin"
    text = index_text(written)
    start, spans = Query("galuzin").window(written, text, 60)
    assert start == written.index("Галузин") - 30
    piece = written[start : start + 60]
    assert [piece[a:b] for a, b in spans] == ["Галузин"]
    # The window's end cuts the second match: what shows of it is lit, nothing past it.
    written = "a" * 50 + " Fence " + "b" * 10 + " fencepost"
    start, spans = Query("fence").window(written, index_text(written), 40)
    piece = written[start : start + 40]
    assert start == 31 and [piece[a:b] for a, b in spans] == ["Fence", "fen"]
