"""A list's columns as a user arranges them: every field offered, shown or hidden, moved,
resized, kept per list, and sensible before the user touches anything."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStyle

from casefile.store import (
    DamageItemRecord,
    FollowUpRecord,
    MeetingRecord,
    NoteRecord,
    PartyRecord,
)
from casefile.ui.models.vocabulary import choice_labels
from casefile.ui.views.damage import DamageView
from casefile.ui.views.meetings import FollowUpsPane, MeetingsPane
from casefile.ui.views.notes import NotesView
from casefile.ui.views.parties import PartiesView

#: fields a list need not offer as columns of their own: the id, and what another column
#: already shows (the estimate's currency, a meeting's all-day flag, a party's name in
#: its display form)
NOT_COLUMNS = {"id", "currency", "all_day", "estimated_cost"}

#: how each list titles the fields of its records
LISTS = [
    (PartiesView, PartyRecord, {"name": "Name", "native_name": "Native name",
        "kind": "Kind", "role": "Role", "country": "Country", "affiliation": "Affiliation",
        "contact": "Contact", "represents_id": "Represents"}),
    (DamageView, DamageItemRecord, {"reference": "Ref", "category": "Category", "title": "Item",
        "quantity": "Quantity", "unit_cost": "Unit cost",
        "description": "Description", "location": "Location", "severity": "Severity",
        "status": "Status", "assessed_by": "Assessed by", "assessed_at": "Assessed at",
        "attachment_ids": "Photos"}),
    (NotesView, NoteRecord, {"title": "Title", "body": "Text", "kind": "Kind",
        "date": "Date", "source_party_id": "Source", "internal": "Internal",
        "party_ids": "Parties", "attachment_ids": "Files"}),
    (FollowUpsPane, FollowUpRecord, {"title": "Action", "owner_id": "Owner",
        "due_date": "Due", "status": "Status", "internal": "Internal",
        "meeting_id": "From meeting"}),
]  # fmt: skip


def _pane(cls, session, settings):
    if cls is MeetingsPane:
        return cls(session, folder=lambda: None, settings=settings)
    return cls(session, settings=settings)


def _titles(pane) -> list[str]:
    return [pane.model.columns[c].title for c in pane.columns.visible_columns()]


def _menu_titles(pane) -> list[str]:
    return [a.text() for a in pane.columns.menu().actions() if a.isCheckable()]


@pytest.mark.parametrize(
    ("cls", "record", "titles"), LISTS, ids=lambda v: getattr(v, "__name__", "")
)
def test_every_field_of_a_list_can_be_shown(cls, record, titles, session, settings, qtbot) -> None:
    pane = _pane(cls, session, settings)
    qtbot.addWidget(pane)
    offered = _menu_titles(pane)
    fields = {f.name for f in dataclasses.fields(record)} - NOT_COLUMNS
    named = {**titles, "created_at": "Created", "updated_at": "Updated"}
    assert {named[f] for f in fields} <= set(offered)
    for title in offered:  # each can be shown, and then its cells hold text
        column = [c.title for c in pane.model.columns].index(title)
        pane.columns.set_shown(column, True)
        assert title in _titles(pane)


def test_meetings_offer_their_summary_and_outcomes(session, settings, qtbot) -> None:
    pane = _pane(MeetingsPane, session, settings)
    qtbot.addWidget(pane)
    fields = {f.name for f in dataclasses.fields(MeetingRecord)} - NOT_COLUMNS
    assert len(_menu_titles(pane)) >= len(fields) - 2  # participants and their notes, counted
    assert {"Summary", "Outcomes", "Place", "Time zone", "Created"} <= set(_menu_titles(pane))


def test_hidden_moved_and_resized_columns_are_kept_per_list(session, settings, qtbot) -> None:
    damage = DamageView(session, settings=settings)
    qtbot.addWidget(damage)
    damage.resize(1400, 700)
    titles = [c.title for c in damage.model.columns]
    header = damage.table.horizontalHeader()
    damage.columns.set_shown(titles.index("Description"), True)
    damage.columns.set_shown(titles.index("Severity"), False)
    header.moveSection(header.visualIndex(titles.index("Item")), 0)
    header.resizeSection(titles.index("Category"), 177)
    damage.commit_pending()  # as closing the case does
    arranged = _titles(damage)
    assert arranged[0] == "Item" and "Description" in arranged and "Severity" not in arranged

    again = DamageView(session, settings=settings)
    qtbot.addWidget(again)
    again.resize(800, 700)  # narrower: the user's choice stands all the same
    assert _titles(again) == arranged
    assert again.table.horizontalHeader().sectionSize(titles.index("Category")) == 177

    parties = PartiesView(session, settings=settings)  # another list keeps its own
    qtbot.addWidget(parties)
    assert _titles(parties)[0] == "Name"

    again.columns.reset()  # "Default columns"
    assert [t for t in _titles(again) if t != "Category"][:3] == ["Ref", "Item", "Severity"]
    assert "Description" not in _titles(again)
    assert settings.list_columns("damage_item") is None


def test_a_stored_arrangement_that_names_no_column_is_ignored(session, settings, qtbot) -> None:
    settings.set_list_columns("damage_item", [{"title": "Nonsense", "shown": True}])
    pane = DamageView(session, settings=settings)
    qtbot.addWidget(pane)
    assert [t for t in _titles(pane) if t != "Category"][:3] == ["Ref", "Item", "Severity"]


def test_the_header_menu_cannot_hide_the_last_column(session, settings, qtbot) -> None:
    pane = PartiesView(session, settings=settings)
    qtbot.addWidget(pane)
    for column in list(pane.columns.visible_columns())[1:]:
        pane.columns.set_shown(column, False)
    only = pane.columns.visible_columns()
    assert len(only) == 1
    pane.columns.set_shown(only[0], False)
    assert pane.columns.visible_columns() == only
    last = next(a for a in pane.columns.menu().actions() if a.isChecked())
    assert not last.isEnabled()


@pytest.mark.parametrize("page", [1, 2, 3, 4])
def test_default_columns_fit_a_small_screen_and_use_a_large_one(window, demo_path, page) -> None:
    assert window.open_path(demo_path)
    window.workspace.show_page(page)
    view = window.workspace.current_view()
    pane = view.meetings if hasattr(view, "meetings") else view
    shown = {}
    for size in ((1024, 700), (1920, 1080)):
        window.resize(*size)
        window.show()
        from PySide6.QtWidgets import QApplication

        QApplication.processEvents()
        shown[size] = _titles(pane)
        table = pane.table
        used = sum(table.columnWidth(c) for c in pane.columns.visible_columns())
        assert used <= table.viewport().width() + 1  # nothing pushed behind a scroll bar
        assert not table.horizontalScrollBar().isVisible()
    assert set(shown[(1024, 700)]) < set(shown[(1920, 1080)])


def test_overview_follow_ups_give_the_title_more_room_and_name_owners_whole(
    window, demo_path
) -> None:
    from PySide6.QtWidgets import QApplication

    window.resize(1024, 700)
    assert window.open_path(demo_path)
    QApplication.processEvents()
    table = window.workspace.current_view().follow_up_table
    header = table.horizontalHeader()
    assert header.sectionSize(0) >= 1.5 * header.sectionSize(1)  # title, then owner
    used = sum(header.sectionSize(c) for c in range(header.count()))
    assert used <= table.viewport().width()
    model = table.model()
    owned = next(r for r in range(model.rowCount()) if model.index(r, 1).data() != "—")
    owner = model.index(owned, 1)
    assert owner.data(Qt.ItemDataRole.ToolTipRole) == owner.data()  # the whole name


def test_long_names_in_a_list_keep_their_ends(session, settings, qtbot) -> None:
    pane = PartiesView(session, settings=settings)
    qtbot.addWidget(pane)
    assert pane.table.textElideMode() == Qt.TextElideMode.ElideMiddle


def _text_room(table) -> int:
    """The room the item delegate leaves either side of a cell's text."""
    return 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)


@pytest.mark.parametrize("code", ["ru", "az", "uk"])
def test_the_damage_lists_labels_show_whole_in_the_language(
    code, qapp, window, demo_path, speak
) -> None:
    """Severity, status and category read whole wherever they are shown: by default
    (a small laptop's window and the window's first size), or when the user asks."""
    speak(code)
    assert window.open_path(demo_path)
    assert window.workspace.show_item("damage_item", _first_id(window, "damage_item"))
    pane = window.workspace.current_view()
    table = pane.table
    metrics = table.fontMetrics()
    titles = [c.title for c in pane.model.columns]
    fields = {"Category": "category", "Severity": "severity", "Status": "status"}

    def uncut(title: str) -> bool:
        labels = choice_labels("damage_item", fields[title], blank=title == "Severity")
        longest = max(metrics.horizontalAdvance(label) for label in labels.values())
        return longest <= table.columnWidth(titles.index(title)) - _text_room(table)

    for size in ((1024, 700), (1280, 800)):  # a small laptop's; the window's first size
        window.resize(*size)
        QApplication.processEvents()
        shown = _titles(pane)
        assert "Severity" in shown
        assert all(uncut(title) for title in fields if title in shown), (size, shown)
        used = sum(table.columnWidth(c) for c in pane.columns.visible_columns())
        assert used <= table.viewport().width() + 1  # and nothing behind a scroll bar
    for title in fields:  # shown from the header's menu
        pane.columns.set_shown(titles.index(title), True)
        assert uncut(title), title


def _first_id(window, kind: str) -> str:
    return window.workspace.session.case.records(kind)[0].id


def test_in_english_measured_columns_are_no_wider_than_they_were(session, settings, qtbot) -> None:
    """Columns measured from their labels, dates and amounts take what the English texts
    need, much as the widths set by hand did: the titles keep their room."""
    for cls in (DamageView, NotesView, PartiesView, FollowUpsPane, MeetingsPane):
        pane = _pane(cls, session, settings)
        qtbot.addWidget(pane)
        for spec, width in zip(pane.model.columns, pane.columns.widths, strict=True):
            assert width <= spec.width + 10, spec.title  # + 10: a million in an amount
        pane.deleteLater()


@pytest.mark.parametrize("code", ["ru", "az"])
def test_a_column_the_user_never_sized_is_measured_in_todays_language(
    code, qapp, session, settings, qtbot, speak
) -> None:
    """An arrangement stored in English (a column moved, another dragged wider) keeps
    what the user did; the columns left alone fit their labels in the new language."""
    english = DamageView(session, settings=settings)
    qtbot.addWidget(english)
    english.resize(1400, 700)
    titles = [c.title for c in english.model.columns]
    header = english.table.horizontalHeader()
    header.moveSection(header.visualIndex(titles.index("Item")), 0)
    header.resizeSection(titles.index("Ref"), 77)
    english.commit_pending()
    english_width = header.sectionSize(titles.index("Severity"))

    speak(code)
    again = DamageView(session, settings=settings)
    qtbot.addWidget(again)
    again.resize(1400, 700)
    assert _titles(again)[0] == "Item"
    sizes = again.table.horizontalHeader()
    assert sizes.sectionSize(titles.index("Ref")) == 77
    severity = titles.index("Severity")
    assert sizes.sectionSize(severity) == again.columns.widths[severity] > english_width


def test_an_arrangement_stored_without_sized_marks_keeps_widths_the_user_changed(
    session, settings, qtbot
) -> None:
    """Stored before columns were measured: a width other than the old English default
    was the user's doing and stays; the default one is measured afresh."""
    settings.set_list_columns(
        "damage_item",
        [
            {"title": "Item", "shown": True, "width": 300},
            {"title": "Severity", "shown": True, "width": 90},  # the old default
            {"title": "Status", "shown": True, "width": 177},
        ],
    )
    pane = DamageView(session, settings=settings)
    qtbot.addWidget(pane)
    titles = [c.title for c in pane.model.columns]
    header = pane.table.horizontalHeader()
    severity = titles.index("Severity")
    assert header.sectionSize(severity) == pane.columns.widths[severity]
    assert header.sectionSize(titles.index("Status")) == 177


@pytest.mark.parametrize("code", ["ru", "uk", "az"])
def test_on_a_small_laptop_labels_give_way_before_dates_are_cut(
    code, qapp, window, demo_path, speak
) -> None:
    """Where the notes list is too narrow for all its columns (Russian at 1024 px), the
    kind's labels are cut before a date is: a date cut in the middle says nothing."""
    speak(code)
    window.resize(1024, 700)
    assert window.open_path(demo_path)
    assert window.workspace.show_item("note", _first_id(window, "note"))
    QApplication.processEvents()
    pane = window.workspace.current_view()
    table = pane.table
    titles = [c.title for c in pane.model.columns]
    date = titles.index("Date")
    dates = [pane.model.index(r, date).data() for r in range(pane.model.rowCount())]
    widest = max(table.fontMetrics().horizontalAdvance(d) for d in dates)
    assert widest <= table.columnWidth(date) - _text_room(table)
    used = sum(table.columnWidth(c) for c in pane.columns.visible_columns())
    assert used <= table.viewport().width() + 1
