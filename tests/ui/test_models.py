"""Item models: Qt's model contract, refresh on edits, and 20,000 rows without loading them."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from casefile.store import CaseFile
from casefile.ui.case.session import CaseSession
from casefile.ui.models.choices import ChoiceListModel
from casefile.ui.models.damage import DamageTableModel
from casefile.ui.models.follow_ups import FollowUpTableModel
from casefile.ui.models.items import BLOCK
from casefile.ui.models.meetings import MeetingTableModel
from casefile.ui.models.notes import NoteTableModel
from casefile.ui.models.parties import PartyTableModel
from casefile.ui.models.roles import IdRole, SortRole
from casefile.ui.window.search import SearchResultsModel

TABLE_MODELS = [
    PartyTableModel,
    DamageTableModel,
    NoteTableModel,
    MeetingTableModel,
    FollowUpTableModel,
]


@pytest.mark.parametrize("model_class", TABLE_MODELS, ids=lambda c: c.__name__)
def test_table_models_pass_the_model_tester(model_class, session, qtmodeltester) -> None:
    model = model_class(session)
    assert model.rowCount() == session.case.count(model.kind)
    qtmodeltester.check(model)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    model.set_filter_text("a")
    assert 0 < model.rowCount() <= model.total_count()
    qtmodeltester.check(model)


@pytest.mark.parametrize("kind", ["party", "meeting", "note"])
def test_choice_models_pass_the_model_tester(kind, session, qtmodeltester) -> None:
    model = ChoiceListModel(session, kind)
    assert model.rowCount() == session.case.count(kind) + 1
    assert model.id_at(0) is None
    qtmodeltester.check(model)


def test_search_results_model_passes_the_model_tester(session, qtmodeltester) -> None:
    model = SearchResultsModel()
    assert model.show_hits(session.case.search("embassy")) > 0
    qtmodeltester.check(model)


def test_rows_follow_edits_undo_and_redo(session) -> None:
    model = PartyTableModel(session)
    before = model.rowCount()
    added = session.add("party", name="Aaron Aardvark", kind="person")
    assert model.rowCount() == before + 1
    assert model.row_of(added.id) == 0  # parties are listed by name
    assert model.index(0, 0).data() == "Aaron Aardvark"
    session.update("party", added.id, name="Zed Zebra")
    assert model.row_of(added.id) == model.rowCount() - 1
    assert model.index(model.row_of(added.id), 0).data() == "Zed Zebra"
    session.undo()
    assert model.index(model.row_of(added.id), 0).data() == "Aaron Aardvark"
    session.undo()
    assert model.rowCount() == before and model.row_of(added.id) == -1
    session.redo()
    assert model.rowCount() == before + 1


def test_a_renamed_party_updates_the_notes_that_name_it(session) -> None:
    notes = NoteTableModel(session)
    source = "Source"
    column = [c.title for c in notes.columns].index(source)
    row = next(r for r in range(notes.rowCount()) if notes.index(r, column).data())
    note = session.case.get("note", notes.id_at(row))
    session.update("party", note.source_party_id, name="Renamed ministry")
    assert notes.index(row, column).data().startswith("Renamed ministry")


def test_filter_matches_every_word_in_any_column(session) -> None:
    model = DamageTableModel(session)
    model.set_filter_text("perimeter DESTROYED")
    assert model.rowCount() == 1
    model.set_filter_text("")
    assert model.rowCount() == session.case.count("damage_item")


def test_filter_words_match_in_any_order_literally_and_case_folded(session) -> None:
    party = session.add("party", name="Protocol desk (MFA), Straße 1")
    model = PartyTableModel(session)
    for text in ("STRASSE (mfa)", "desk  protocol", "straße", "1 (MFA),"):
        model.set_filter_text(text)
        assert [model.index(r, 0).data(IdRole) for r in range(model.rowCount())] == [party.id]
    for text in ("mfa.*", "(mfa", "desk protocol x"):
        model.set_filter_text(text)  # punctuation is literal; every word must be there
        assert model.rowCount() == (1 if text == "(mfa" else 0)
    model.set_filter_text("   ")
    assert model.rowCount() == session.case.count("party")


def test_sort_uses_sort_keys_not_labels(session) -> None:
    model = DamageTableModel(session)
    severity = [c.title for c in model.columns].index("Severity")
    model.sort(severity, Qt.SortOrder.DescendingOrder)
    top = model.index(0, severity)
    assert top.data() == "Destroyed"
    assert top.data(SortRole) > model.index(1, severity).data(SortRole)


def test_the_damage_list_shows_references_and_sorts_them_as_numbers(session) -> None:
    for n in range(10):
        session.case.add("damage_item", title=f"Pane {n}", category="building")
    model = DamageTableModel(session)
    ref = [c.title for c in model.columns].index("Ref")
    model.sort(ref, Qt.SortOrder.AscendingOrder)
    shown = [model.index(r, ref).data() for r in range(model.rowCount())]
    count = session.case.count("damage_item")
    assert shown == [f"D-{n}" for n in range(1, count + 1)]  # D-9 before D-10
    assert count >= 10


# -- 20,000 items ---------------------------------------------------------------------------

BIG = 20_000


@pytest.fixture(scope="module")
def big_case_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("big") / "big.casefile"
    with CaseFile.create(path, title="Big case", actor="tester") as case:
        doc = case.export_document()
        doc["parties"] = [
            {"id": str(uuid.uuid4()), "name": f"Party {i:05d}", "kind": "person",
             "country": "Ukraine" if i % 2 else "Azerbaijan"}
            for i in range(BIG)
        ]  # fmt: skip
        case.import_document(doc)
    return path


@pytest.fixture
def big_session(big_case_template: Path, qapp: object):
    opened = CaseSession(CaseFile.open(big_case_template, read_only=True))
    yield opened
    opened.close()


def test_twenty_thousand_rows_load_only_what_is_shown(big_session, monkeypatch) -> None:
    fetched: list[int] = []
    real_list = big_session.case.records

    def counting_list(kind, ids=None):
        fetched.append(BIG if ids is None else len(ids))
        return real_list(kind, ids)

    monkeypatch.setattr(big_session.case, "records", counting_list)
    model = PartyTableModel(big_session)
    assert model.rowCount() == BIG
    assert model.index(BIG - 1, 0).data() == f"Party {BIG - 1:05d}"
    assert model.index(0, 0).data(IdRole) == model.id_at(0)
    assert sum(fetched) <= 2 * BLOCK  # the blocks holding the rows asked for, not the list


def test_twenty_thousand_rows_filter_and_sort(big_session) -> None:
    model = PartyTableModel(big_session)
    model.set_filter_text("party 1999")
    assert model.rowCount() == 12  # 01999, 11999 and 19990..19999
    model.sort(0, Qt.SortOrder.DescendingOrder)  # sorts what the filter shows
    assert model.index(0, 0).data() == f"Party {BIG - 1:05d}"
    assert model.index(11, 0).data() == "Party 01999"
    model.set_filter_text("")
    assert model.rowCount() == BIG
    assert model.index(0, 0).data() == f"Party {BIG - 1:05d}"  # still in that order


def test_search_marks_the_match_in_the_cases_spelling(session, qtbot) -> None:
    """A Latin query marks the Cyrillic name it found, in bold, as the row paints it."""
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QStyleOptionViewItem

    from casefile.ui.models.roles import MarkedRole
    from casefile.ui.window.search import SearchDialog

    session.add("party", name="Сергей Лавров", role="Minister <b>&</b> co")
    dialog = SearchDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.query.setText("Lavrov")
    dialog.run_search()
    row = dialog.first_result()
    assert row.data(MarkedRole).startswith("Сергей <b>Лавров</b> — ")
    assert "Minister &lt;b&gt;&amp;&lt;/b&gt; co" in row.data(MarkedRole)  # typed, not markup
    delegate = dialog.results.itemDelegate()
    option = QStyleOptionViewItem()
    delegate.initStyleOption(option, row)
    document = delegate.document(option, row)
    bold = []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if fragment.charFormat().fontWeight() == QFont.Weight.Bold:
                bold.append(fragment.text())
            fragments += 1
        block = block.next()
    assert bold == ["Лавров", "Лавров"]
    dialog.results.grab()  # paints every row through the delegate, without a Qt warning
