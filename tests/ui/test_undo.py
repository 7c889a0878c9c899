"""Undo and redo through the session: a refused step leaves the stack as it was, and a
bulk delete is one step."""

from __future__ import annotations

import pytest

from casefile.ui.case.session import CaseSession


def _edit_then_delete_behind_the_session(session: CaseSession) -> str:
    """A party edited through the session, then deleted by another hand: undoing the
    edit is refused (the item is gone)."""
    party = session.case.records("party")[0]
    session.update("party", party.id, role="Witness of the strike")
    session.case.delete("party", party.id)
    return party.id


def test_a_refused_undo_keeps_offering_the_same_undo_and_no_redo(qtbot, session) -> None:
    party_id = _edit_then_delete_behind_the_session(session)
    stack = session.undo_stack
    offered = stack.undoText()
    with qtbot.waitSignal(session.error_occurred) as refused:
        assert session.undo() is False
    assert refused.args and refused.args[0]
    assert stack.canUndo() and stack.undoText() == offered
    assert not stack.canRedo()  # nothing was undone, so there is nothing to redo
    assert party_id not in session.case.ids("party")


def test_a_refused_redo_keeps_offering_the_same_redo(qtbot, session) -> None:
    party = session.case.records("party")[0]
    session.update("party", party.id, role="Witness of the strike")
    assert session.undo()
    session.case.delete("party", party.id)  # by another hand
    stack = session.undo_stack
    offered = stack.redoText()
    with qtbot.waitSignal(session.error_occurred):
        assert session.redo() is False
    assert stack.canRedo() and stack.redoText() == offered
    assert not stack.canUndo()


def test_an_undo_refused_then_possible_again_goes_through(session) -> None:
    party = session.case.records("party")[0]
    session.update("party", party.id, role="Witness of the strike")
    snapshot = session.case.delete("party", party.id)
    assert session.undo() is False
    session.case.restore(snapshot)  # the other hand puts it back
    assert session.undo() is True
    assert session.case.get("party", party.id).role == party.role
    assert session.undo_stack.canRedo()


def test_several_items_deleted_in_one_call_are_one_step(session) -> None:
    ids = session.case.ids("party")[:3]
    deleted, refused = session.delete_many("party", ids)
    assert (deleted, refused) == (3, None)
    stack = session.undo_stack
    assert stack.count() == 1 and stack.undoText() == "Delete 3 parties"
    assert stack.command(0).childCount() == 0  # one command, not a macro of three
    assert session.undo()
    assert all(i in session.case.ids("party") for i in ids)
    assert session.redo()
    assert not any(i in session.case.ids("party") for i in ids)


def test_a_bulk_delete_stops_at_a_refusal_and_keeps_what_it_did_as_one_step(session) -> None:
    ids = session.case.ids("party")[:2]
    deleted, refused = session.delete_many("party", [*ids, "no-such-id"])
    assert deleted == 2 and refused is not None
    assert session.undo_stack.count() == 1
    assert session.undo()
    assert all(i in session.case.ids("party") for i in ids)


def test_photos_delete_their_selection_in_one_step(qtbot, session) -> None:
    from casefile.ui.views.photos import PhotosView

    view = PhotosView(session)
    qtbot.addWidget(view)
    view.grid.selectAll()
    assert view.delete_selected()
    stack = session.undo_stack
    assert stack.count() == 1 and stack.command(0).childCount() == 0
    assert session.case.count("attachment") == 0


@pytest.mark.parametrize("step", ["undo", "redo"])
def test_nothing_to_step_is_not_a_refusal(qtbot, session, step) -> None:
    with qtbot.assertNotEmitted(session.error_occurred):
        assert getattr(session, step)() is False


@pytest.mark.parametrize(
    ("code", "three"),
    [("en", "3 items"), ("ru", "3 элемента"), ("uk", "3 елементи"), ("az", "3 element")],
)
def test_a_kind_the_undo_menu_has_no_word_for_is_counted_in_the_language(
    code, three, speak
) -> None:
    """A step on several items of a kind without its own word in the Undo menu still
    reads as a sentence of the language, counted by its plural forms."""
    from casefile.ui.case.session import UndoSteps

    speak(code)
    assert UndoSteps().several("review_comment", 3) == three
    assert UndoSteps().several("review_comment", 1).startswith("1 ")
