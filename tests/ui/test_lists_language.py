"""The lists in the user's language: column headings, the vocabularies' labels (kinds,
statuses, severities), the facets' options, dates; while the case keeps its stored
English codes, and filtering and sorting go by what the user sees."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from casefile.store import KIND_LABELS, NOT_ASSESSED
from casefile.store.vocab import CHOICES
from casefile.ui.case.session import CaseSession
from casefile.ui.models import vocabulary
from casefile.ui.models.audit import AuditModel
from casefile.ui.models.damage import DamageTableModel
from casefile.ui.models.roles import IdRole
from casefile.ui.models.timeline import TimelineModel

#: the offscreen platform saying what it cannot do (size hints, raise, grabs): not ours
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _headings(model) -> list[str]:
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def _ids(model) -> list[str]:
    return [model.index(r, 0).data(IdRole) for r in range(model.rowCount())]


def test_the_vocabularies_are_the_stores_word_for_word() -> None:
    """What is marked for translation is what the store calls each value: a label
    changed in the store and not here would show in English."""
    assert {k: v for k, v in vocabulary.KIND_NAMES.items() if k in KIND_LABELS} == KIND_LABELS
    assert {key: labels for key, (_, labels) in vocabulary.CHOICE_NAMES.items()} == CHOICES
    assert vocabulary.NOT_ASSESSED == NOT_ASSESSED


def test_in_english_the_labels_are_the_stores(qapp) -> None:
    assert vocabulary.choice_label("damage_item", "severity", "severe") == "Severe"
    assert vocabulary.choice_label("damage_item", "severity", "") == "Not assessed"
    assert vocabulary.choice_label("note", "kind", "unheard_of") == "unheard_of"
    assert vocabulary.kind_name("follow_up") == "Follow-up"


@pytest.mark.parametrize(
    ("code", "severe", "heading"),
    [("ru", "Тяжёлая", "Степень"), ("uk", "Тяжкий", "Ступінь"), ("az", "Ağır", "Dərəcə")],
)
def test_the_damage_list_speaks_the_language_and_filters_on_what_it_shows(
    code, severe, heading, qapp, session: CaseSession, speak
) -> None:
    speak(code)
    vehicles = next(
        r.id for r in session.case.records("damage_item") if r.title == "Service vehicles"
    )
    session.update("damage_item", vehicles, severity="severe")
    model = DamageTableModel(session)
    headings = _headings(model)
    assert "Severity" not in headings and heading in headings
    column = headings.index(heading)
    shown = {model.index(r, 0).data(IdRole): model.index(r, column).data() for r in
             range(model.rowCount())}  # fmt: skip
    assert shown[vehicles] == severe
    assert session.case.get("damage_item", vehicles).severity == "severe"  # stored as it was
    model.set_filter_text(severe.lower())  # typed in the user's language
    assert _ids(model) == [vehicles]
    model.set_filter_text("severe")  # the stored English code is not what the user sees
    assert vehicles not in _ids(model)
    model.set_filter_text("")
    model.sort(column, Qt.SortOrder.DescendingOrder)  # by severity, not by translated text
    labels = vocabulary.choice_labels("damage_item", "severity", blank=True).values()
    rank = {label: n for n, label in enumerate(labels)}
    ranks = [rank[model.index(r, column).data()] for r in range(model.rowCount())]
    assert ranks == sorted(ranks, reverse=True) and len(set(ranks)) > 2


def test_the_damage_facets_offer_translated_choices_that_filter_by_value(
    qapp, qtbot, session: CaseSession, speak
) -> None:
    from casefile.ui.views.damage import DamageView

    speak("ru")
    vehicles = next(
        r.id for r in session.case.records("damage_item") if r.title == "Service vehicles"
    )
    session.update("damage_item", vehicles, severity="severe", status="assessed")
    view = DamageView(session)
    qtbot.addWidget(view)
    severity = next(b for b in view.facet_boxes if b.objectName() == "facet_severity")
    options = [severity.itemText(i) for i in range(severity.count())]
    assert options[:3] == ["Степень", "Не оценена", "Незначительная"]
    view.choose("severity", "Тяжёлая")
    assert _ids(view.model) == [vehicles]
    view.choose("status", "Оценено")
    assert _ids(view.model) == [vehicles]


def test_a_facet_is_as_wide_as_its_translated_words(
    qapp, qtbot, session: CaseSession, speak
) -> None:
    from casefile.ui.views.damage import DamageView

    speak("az")
    view = DamageView(session)
    qtbot.addWidget(view)
    view.resize(1300, 700)
    view.show()
    qtbot.waitExposed(view)
    estimate = next(b for b in view.facet_boxes if b.objectName() == "facet_estimate")
    assert estimate.currentText() == "Təxmini dəyər"
    text = estimate.fontMetrics().horizontalAdvance(estimate.currentText())
    assert estimate.width() > text + 20  # the words and the drop-down's arrow


def test_the_timeline_and_the_audit_log_speak_the_language(
    qapp, session: CaseSession, speak
) -> None:
    speak("uk")
    timeline = TimelineModel()
    timeline.set_entries(session.case.timeline(), "Europe/Kyiv")
    assert timeline.headerData(0, Qt.Orientation.Horizontal) == "Коли (Europe/Kyiv)"
    assert timeline.index(0, 1).data() == "Інцидент"
    assert timeline.index(0, 0).data() == "пт 14 лист. 2025, 01:00"  # the strike, Kyiv time
    kinds = {timeline.index(r, 1).data() for r in range(timeline.rowCount())}
    assert "Note" not in kinds and "Запис" in kinds
    audit = AuditModel(session.case)
    audit.reload()
    assert _headings(audit)[:3] == ["Коли (місцевий час)", "Хто", "Дія"]
    actions = {audit.index(r, 2).data() for r in range(audit.rowCount())}
    assert "create" not in actions and "створення" in actions


def test_the_editors_speak_the_language_and_write_the_stored_value(
    qapp, qtbot, session: CaseSession, speak
) -> None:
    from casefile.store import SEVERITIES, InvalidInput
    from casefile.ui.editors.fields import ChoiceField, CostField, DayField
    from casefile.ui.editors.links import ParticipantsEditor
    from casefile.ui.models.choices import ChoiceListModel

    speak("ru")
    severity = ChoiceField("severity", "Степень", {"": NOT_ASSESSED, **SEVERITIES})
    combo = severity.combo
    assert [combo.itemText(i) for i in range(2)] == ["Не оценена", "Незначительная"]
    combo.setCurrentIndex(combo.findText("Тяжёлая"))
    assert severity.changes() == {"severity": "severe"}
    day = DayField("due_date", "Срок")
    assert day.edit.placeholderText().startswith("ГГГГ-ММ-ДД или ")
    day.edit.setText("скоро")
    with pytest.raises(InvalidInput, match="Срок: «скоро» — не дата"):
        day.changes()
    cost = CostField("Стоимость", lambda: "AZN")
    assert cost.amount.placeholderText() == "не оценено"
    participants = ParticipantsEditor(session, ChoiceListModel(session, "party"))
    qtbot.addWidget(participants)
    header = participants.table.horizontalHeaderItem
    assert [header(0).text(), header(1).text()] == ["Сторона", "Роль"]
    assert participants.picker.itemText(0) == "(нет)"
    assert participants.add_button.text() == "Добавить"


def test_counted_messages_read_as_english_without_a_catalogue(qapp, session, qtbot) -> None:
    """English has no catalogue: "%n file(s)" still reads "1 file", "2 files"."""
    from casefile.ui.models.audit import short_value
    from casefile.ui.models.photos import human_size

    assert short_value(["a"]) == "1 item" and short_value(["a", "b"]) == "2 items"
    assert human_size(1) == "1 byte" and human_size(300) == "300 bytes"
    assert human_size(1536) == "1.5 KB"


def test_counted_messages_take_each_languages_plural_forms(qapp, speak) -> None:
    from casefile.ui.models.audit import short_value

    speak("ru")
    assert [short_value(["x"] * n) for n in (1, 3, 5)] == [
        "1 элемент",
        "3 элемента",
        "5 элементов",
    ]


def test_photos_and_documents_speak_the_language(qapp, qtbot, session: CaseSession, speak) -> None:
    from casefile.ui.views.photos import PhotosView

    speak("az")
    view = PhotosView(session)
    qtbot.addWidget(view)
    owners = [view.owners.index(r, 0).data() for r in range(view.owners.rowCount())]
    assert owners[0].startswith("Bütün fotolar və sənədlər") and "ZƏDƏLƏR" in owners
    assert [view.add_button.text(), view.view_button.text()] == ["Fayl &əlavə et…", "&Bax"]
    assert view.hint.text() == "Faylları qoşmaq üçün onları soldakı elementin üzərinə atın."
    size = view.details.labels["size"].text()
    assert size.endswith((" KB", " MB", " bayt")) and "bytes" not in size
    assert "Not" not in view.details.labels["owners"].text()


def test_the_site_plan_speaks_the_language(qapp, qtbot, session: CaseSession, speak) -> None:
    from casefile.ui.views.site_plan import SitePlanView

    speak("uk")
    view = SitePlanView(session)
    qtbot.addWidget(view)
    assert view.add_button.text() == "Додати план…"
    legend = view.legend.text()
    assert legend.startswith("Позначки: ") and "незначний" in legend and "minor" not in legend
    assert "фото, місце зйомки" in legend


def test_a_filter_typed_in_lower_case_finds_a_capital_dotted_i(
    qapp, session: CaseSession, speak
) -> None:
    """Azerbaijani "İcra edilib" (done) is found by "icra", as its readers type it."""
    from casefile.ui.models.follow_ups import FollowUpTableModel

    speak("az")
    done = session.case.records("follow_up")[0].id
    session.update("follow_up", done, status="done")
    model = FollowUpTableModel(session)
    model.set_filter_text("icra")
    assert _ids(model) == [done]


def test_a_refused_field_is_explained_in_the_language_and_nothing_is_written(
    qapp, qtbot, session: CaseSession, speak
) -> None:
    from casefile.ui.views.damage import DamageView

    speak("uk")
    view = DamageView(session)
    qtbot.addWidget(view)
    item = session.case.records("damage_item")[0]
    view.form.show_item(item.id)
    cost = view.form.field("estimated_cost")
    cost.amount.setText("abc")
    cost.currency.setText("EUR")
    messages: list[str] = []
    view.form.message_posted.connect(messages.append)
    assert not view.form.commit_field(cost)
    shown = view.form.error_text("estimated_cost")
    assert "abc" in shown and "is not an amount" not in shown
    assert messages and messages[-1].startswith("Не збережено: ")
    assert session.case.get("damage_item", item.id).estimated_cost == item.estimated_cost


@pytest.mark.parametrize(
    ("code", "names"),
    [
        ("az", ["Cəfər", "Çingiz", "Elçin", "Əli", "Həsən", "Xəlil", "İlham", "Kamal", "Qasım"]),
        ("uk", ["Ганна", "Ґудзь", "Ельза", "Євген", "Ищенко", "Іван", "Їжак", "Йосип"]),
        ("ru", ["Егоров", "Ежов", "Ёлкин", "Жуков"]),
    ],
)
def test_a_list_sorts_names_in_the_languages_alphabetical_order(
    code, names, qapp, session: CaseSession, speak
) -> None:
    from casefile.ui.models.parties import PartyTableModel

    speak(code)
    for name in reversed(names):
        session.add("party", name=name)
    model = PartyTableModel(session)
    model.sort(0, Qt.SortOrder.AscendingOrder)
    shown = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert [name for name in shown if name in names] == names


def test_where_a_party_appears_is_said_in_the_language(
    qapp, qtbot, session: CaseSession, speak
) -> None:
    from casefile.ui.case.backlinks import Backlinks
    from casefile.ui.editors.links import AppearsInEditor

    speak("ru")
    galuzin = next(p for p in session.case.records("party") if p.name == "Mikhail Galuzin")
    editor = AppearsInEditor(Backlinks(session))
    qtbot.addWidget(editor)
    editor.load(galuzin)
    rows = [editor.list.item(r).text() for r in range(editor.list.count())]
    assert rows and all(" — " in row for row in rows)
    meeting = next(row for row in rows if row.startswith("Встреча: "))
    assert "участник" in meeting and "participant" not in meeting


def test_the_audit_log_writes_changed_days_as_the_language_does(
    qapp, session: CaseSession, speak
) -> None:
    import datetime as dt

    from casefile.ui.models.audit import describe_changes

    speak("ru")
    note = session.case.records("note")[0]
    session.update("note", note.id, date=dt.date(2025, 11, 21))
    entry = session.case.audit_log(entity_id=note.id, limit=1)[0]
    assert "дата: " in describe_changes(entry) and "21.11.2025" in describe_changes(entry)
