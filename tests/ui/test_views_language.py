"""The views in Azerbaijani, Russian and Ukrainian: their labels, menus and messages,
counts in each language's plural forms, numbers and money in the locale's format, and
the store's vocabulary (categories, severities) in the damage chart."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import sqlite3
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFormLayout

from casefile.assets import resources_dir
from casefile.store import CaseFile, ReviewState
from casefile.ui.case.session import CaseSession
from casefile.ui.support.translation import english_plural

LANGUAGES = ("az", "ru", "uk")


def _menu_texts(menu) -> list[str]:
    texts = []
    for action in menu.actions():
        texts.append(action.text())
        if action.menu() is not None:
            texts += [f"{action.text()} > {sub.text()}" for sub in action.menu().actions()]
    return texts


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_damage_list_speaks_the_language(language, speak, qtbot, session: CaseSession) -> None:
    from casefile.ui.views.damage import DamageView

    speak(language)
    view = DamageView(session)
    qtbot.addWidget(view)
    english = {"Add damage item", "Filter damage items…"}
    assert view.add_button.text() not in english | {""}
    assert view.filter.placeholderText() not in english | {""}
    assert "damage item" not in view.count_label.text()
    assert "Select a damage item" not in view.empty.text()
    view.select_ids(view.model.ids()[:2])
    menu = _menu_texts(view.selection_menu())
    assert not any(text.startswith(("Set ", "Delete ", "Export ")) for text in menu)
    assert not any(text.endswith(("> Repaired", "> Moderate", "> Equipment")) for text in menu)
    view.select_id(view.model.ids()[0])
    labels = [view.form.layout_.labelForField(f.widget).text() for f in view.form._fields]
    assert "Category:" not in labels and "Severity:" not in labels
    assert view.form.field("category").widget.itemText(0) != "Perimeter"


@pytest.mark.parametrize(
    ("count", "expected"),
    [(1, "1 повреждение"), (3, "3 повреждения"), (5, "5 повреждений"), (21, "21 повреждение")],
)
def test_russian_counts_take_the_plural_form_of_their_number(
    count, expected, speak, qtbot, session: CaseSession
) -> None:
    from casefile.ui.views.damage import DamageView

    speak("ru")
    view = DamageView(session)
    qtbot.addWidget(view)
    assert view.count_text(count) == expected
    assert view.plural == "повреждения"  # what a printed list is headed by
    assert view.count_of_text(2, 1234) == "2 из 1\u00a0234 повреждений"


def test_english_counts_read_as_english(qtbot, session: CaseSession) -> None:
    from casefile.ui.views.parties import PartiesView

    view = PartiesView(session)
    qtbot.addWidget(view)
    assert view.count_text(1) == "1 party"
    assert view.count_text(1234) == "1,234 parties"
    assert view.count_of_text(1, 5) == "1 of 5 parties"
    assert english_plural("%Ln (photo or file|photos & files)", 2) == "%Ln photos & files"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_overview_speaks_the_language(language, speak, qtbot, session: CaseSession) -> None:
    from casefile.ui.views.overview import OverviewView

    speak(language)
    view = OverviewView(session)
    qtbot.addWidget(view)
    titles = [box.title() for box in view.findChildren(type(view.follow_up_box))]
    assert not {"Incident", "In this case", "Estimated cost", "Review"} & set(titles)
    assert not any(title.startswith("Open follow-ups") for title in titles)
    assert view.rates_button.text() != "Currency and rates…"
    counts = " ".join(label.text() for label in view.count_labels.values())
    assert "parties" not in counts and "damage item" not in counts
    assert "In all" not in view.totals.text()
    assert view.form.status.itemText(0) not in ("Open", "")
    chart = view.chart.describe()
    assert chart and "Perimeter" not in chart and "destroyed" not in chart


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_incident_form_keys_are_one_per_field(
    language, speak, qtbot, session: CaseSession
) -> None:
    """Alt+letter reaches one field: no two labels of the form share their key."""
    from casefile.ui.views.overview_form import IncidentForm

    speak(language)
    form = IncidentForm(session)
    qtbot.addWidget(form)
    layout = form.layout()
    assert isinstance(layout, QFormLayout)
    keys = []
    for row in range(layout.rowCount()):
        label = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
        text = label.widget().text() if label is not None and label.widget() else ""
        found = re.search(r"&(\w)", text.replace("&&", ""))
        if found:
            keys.append(QLocale().toLower(found.group(1)))
    assert len(keys) == 8 and len(set(keys)) == len(keys), keys


def test_money_and_counts_follow_the_locale(speak, qtbot, session: CaseSession) -> None:
    """Russian groups digits with a no-break space and writes a decimal comma."""
    from casefile.ui.support.formatting import money_text
    from casefile.ui.views.overview import OverviewView

    speak("ru")
    assert money_text(123456789, "EUR") == "1\u00a0234\u00a0567,89 EUR"
    assert money_text(1234, "JPY") == "1\u00a0234 JPY"
    session.add("damage_item", title="Gate", estimated_cost=123_456_789, currency="EUR")
    view = OverviewView(session)
    qtbot.addWidget(view)
    assert "1\u00a0234\u00a0567,89 EUR" in view.totals.text()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_other_views_speak_the_language(language, speak, qtbot, session: CaseSession) -> None:
    from casefile.ui.views.audit import AuditView
    from casefile.ui.views.meetings import MeetingsView
    from casefile.ui.views.notes import NotesView
    from casefile.ui.views.review import ReviewView
    from casefile.ui.views.timeline import TimelineView

    speak(language)
    audit = AuditView(session)
    qtbot.addWidget(audit)
    qtbot.waitUntil(lambda: audit.verdict is not None)
    assert audit.verdict is not None and audit.verdict.ok
    assert "Audit chain" not in audit.banner.text() and "✔" in audit.banner.text()
    timeline = TimelineView(session)
    qtbot.addWidget(timeline)
    assert "dated item" not in timeline.heading.text()
    assert timeline.include_internal.text() != "Show &internal items"
    review = ReviewView(session)
    qtbot.addWidget(review)
    assert review.add_button.text() != "Add comment…"
    assert review.show_resolved.text() != "Show resolved comments"
    meetings = MeetingsView(session)
    qtbot.addWidget(meetings)
    assert [meetings.tabs.tabText(i) for i in range(2)] != ["Meetings", "Follow-ups"]
    meetings.tabs.setCurrentIndex(1)
    assert meetings.add_label not in ("Add follow-up", None)
    notes = NotesView(session)
    qtbot.addWidget(notes)
    assert notes.filter.placeholderText() != "Filter notes…"


def _review(state: str, changes: int) -> ReviewState:
    sealed = dt.datetime(2025, 12, 3, 9, 30, tzinfo=dt.UTC)
    return ReviewState(state, "R. Mustafayev", sealed, "1f3a" * 16, changes, True, True)


def test_the_review_sentence_speaks_the_language(speak, qapp) -> None:
    """The Overview and the Review view say where the case stands in words of the user's
    language, with the day as the locale writes it and the changes counted."""
    from casefile.ui.views.review_state import review_sentence

    english = review_sentence(_review("approved", 1))
    assert (
        english
        == "Approved by R. Mustafayev on 3 December 2025 at state 1f3a1f3a1f3a1f3a; 1 change since"
    )
    speak("ru")
    assert review_sentence(_review("approved", 2)) == (
        "Утверждено: R. Mustafayev, 3 декабря 2025, состояние 1f3a1f3a1f3a1f3a; "
        "с тех пор 2 изменения"
    )
    assert review_sentence(_review("changes-requested", 0)).startswith("Возвращено на доработку")


def test_a_broken_audit_chain_is_explained_in_the_language(
    speak, qtbot, demo_path: Path, tmp_path: Path
) -> None:
    """The banner says why the chain is broken in Russian, the item's kind too, from the
    verdict's reason and fields (the store's English stays for the CLI)."""
    from casefile.ui.views.audit import AuditView

    copy = tmp_path / "tampered.casefile"
    shutil.copyfile(demo_path, copy)
    with sqlite3.connect(copy) as db:
        db.execute("UPDATE change_log SET actor = 'x' WHERE seq = 2")
    db.close()
    speak("ru")
    session = CaseSession(CaseFile.open(copy, read_only=True))
    try:
        view = AuditView(session)
        qtbot.addWidget(view)
        qtbot.waitUntil(lambda: view.verdict is not None)
        assert view.verdict is not None and view.verdict.reason == "hash"
        text = view.banner.text()
        assert "✖" in text and "была изменена" in text and "edited" not in text
        kind = text.split("(")[1].split()[0]
        assert kind in ("Инцидент", "Сторона", "Запись", "Повреждение")  # not "party"
    finally:
        session.close()


def _placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"%L?n|%\d|\{\w+\}", text))


def _accelerated(text: str) -> bool:
    """Whether a label has a key (an & before a letter; "A & B" is an ampersand)."""
    return re.search(r"&\w", text.replace("&&", "")) is not None


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_views_translations_keep_placeholders_and_accelerators(language) -> None:
    """A translation that drops %1 or {seq} loses the name or number the user needs; one
    without its & leaves a label with no key to reach it."""
    path = resources_dir() / "i18n" / f"views_{language}.ts"
    wrong = []
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = [form.text or "" for form in translation.iter("numerusform")] or [
            translation.text or ""
        ]
        for form in forms:
            if _placeholders(form) != _placeholders(source):
                wrong.append((source, form))
            if _accelerated(source) != _accelerated(form):
                wrong.append((source, form))
    assert wrong == []
