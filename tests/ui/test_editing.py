"""Editing as a user would: add with the shortcut, type, press Enter; undo, redo; check the file."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from casefile.store import CaseFile
from casefile.store.records import Participant
from casefile.ui.dialogs.files import FileDialogs
from casefile.ui.models.roles import IdRole
from casefile.ui.window.main_window import redo_keys


def _open(window, path: Path, row: int):
    assert window.open_path(path)
    window.workspace.show_page(row)
    return window.workspace.current_view()


def _type(qtbot, edit, text: str) -> None:
    """Select what is there, type over it, press Enter (as a user retyping a field)."""
    edit.setFocus()
    edit.selectAll()
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:  # QTest types ASCII only; paste the rest as a keyboard layout would enter it
        edit.insert(text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def _stored(path: Path, kind: str, item_id: str):
    with CaseFile.open(path, read_only=True) as case:
        found = case.records(kind, ids=[item_id])
    return found[0] if found else None


def test_add_a_party_rename_it_then_undo_and_redo(window, qtbot, demo_path) -> None:
    view = _open(window, demo_path, 1)
    before = window.session.case.count("party")
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_N, ctrl_shift)
    party_id = view.current_id()
    assert party_id is not None and window.session.case.count("party") == before + 1
    name = view.form.field("name").edit
    assert name.hasFocus() or name.selectedText() == "New party"
    _type(qtbot, name, "Olena Kovalenko")
    _type(qtbot, view.form.field("native_name").edit, "Олена Коваленко")
    assert _stored(demo_path, "party", party_id).name == "Olena Kovalenko"
    assert view.model.index(view.model.row_of(party_id), 0).data() == "Olena Kovalenko"

    window.action_undo.trigger()  # the native name
    window.action_undo.trigger()  # the name
    assert _stored(demo_path, "party", party_id).name == "New party"
    assert view.form.field("name").edit.text() == "New party"
    window.action_undo.trigger()  # the add
    assert _stored(demo_path, "party", party_id) is None
    for _ in range(3):
        window.action_redo.trigger()
    party = _stored(demo_path, "party", party_id)
    assert (party.name, party.native_name) == ("Olena Kovalenko", "Олена Коваленко")


def test_undo_survives_switching_views(window, qtbot, demo_path) -> None:
    view = _open(window, demo_path, 1)
    window.action_add.trigger()
    party_id = view.current_id()
    window.workspace.show_page(3)  # Notes
    window.action_undo.trigger()
    assert _stored(demo_path, "party", party_id) is None


def _png(tmp_path: Path) -> Path:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 40, 40)).save(out, "PNG")
    path = tmp_path / "fence-north.png"
    path.write_bytes(out.getvalue())
    return path


def test_damage_item_with_cost_and_photo(window, qtbot, demo_path, tmp_path, monkeypatch) -> None:
    view = _open(window, demo_path, 2)
    window.action_add.trigger()
    item_id = view.current_id()
    _type(qtbot, view.form.field("title").edit, "Gate camera")

    cost = view.form.field("estimated_cost")
    _type(qtbot, cost.amount, "twelve")
    assert "not an amount" in view.form.error_text("estimated_cost")
    assert _stored(demo_path, "damage_item", item_id).estimated_cost is None
    cost.currency.setText("")
    cost.amount.clear()
    qtbot.keyClicks(cost.amount, "1 250,50")
    assert cost.currency.text() == "EUR"  # the default currency, filled in while typing
    qtbot.keyClick(cost.amount, Qt.Key.Key_Return)
    assert view.form.error_text("estimated_cost") == ""
    item = _stored(demo_path, "damage_item", item_id)
    assert (item.estimated_cost, item.currency) == (125050, "EUR")

    photo = _png(tmp_path)
    monkeypatch.setattr(FileDialogs, "ask_attachments", classmethod(lambda cls, *a: [photo]))
    qtbot.mouseClick(view.form.photos.add_button, Qt.MouseButton.LeftButton)
    item = _stored(demo_path, "damage_item", item_id)
    assert len(item.attachment_ids) == 1
    assert view.form.photos.list.count() == 1
    assert view.form.photos.list.item(0).text() == "fence-north.png"
    assert not view.form.photos.list.item(0).icon().isNull()  # its stored thumbnail
    with CaseFile.open(demo_path, read_only=True) as case:
        assert case.attachment_data(item.attachment_ids[0]) == photo.read_bytes()

    window.action_undo.trigger()
    assert _stored(demo_path, "damage_item", item_id).attachment_ids == ()
    assert view.form.photos.list.count() == 0
    window.action_undo.trigger()
    assert _stored(demo_path, "damage_item", item_id).estimated_cost is None
    window.action_redo.trigger()
    window.action_redo.trigger()
    item = _stored(demo_path, "damage_item", item_id)
    assert item.estimated_cost == 125050 and len(item.attachment_ids) == 1


def test_quantity_times_unit_cost_makes_the_estimate(window, qtbot, demo_path) -> None:
    view = _open(window, demo_path, 2)
    window.action_add.trigger()
    item_id = view.current_id()
    _type(qtbot, view.form.field("title").edit, "Windows")
    cost = view.form.field("estimated_cost")
    _type(qtbot, cost.currency, "EUR")
    quantity = view.form.field("quantity")
    _type(qtbot, quantity.quantity, "12")
    _type(qtbot, quantity.unit_cost, "850,50")
    item = _stored(demo_path, "damage_item", item_id)
    assert (item.quantity, item.unit_cost, item.estimated_cost) == ("12", 85_050, 1_020_600)
    assert cost.amount.text() == "10206.00" and cost.amount.isReadOnly()  # made, not typed
    _type(qtbot, quantity.quantity, "lots")
    assert "not a number" in view.form.error_text("quantity")
    window.action_undo.trigger()  # the unit cost
    item = _stored(demo_path, "damage_item", item_id)
    assert (item.unit_cost, item.estimated_cost) == (None, None)
    assert not cost.amount.isReadOnly()


def test_meeting_with_participants(window, qtbot, demo_path) -> None:
    view = _open(window, demo_path, 4)
    pane = view.meetings
    window.action_add.trigger()
    meeting_id = pane.current_id()
    _type(qtbot, pane.form.field("title").edit, "Site visit with the city")
    _type(qtbot, pane.form.field("held_at").edit, "2025-11-15 10:30")
    meeting = _stored(demo_path, "meeting", meeting_id)
    assert meeting.title == "Site visit with the city"
    assert meeting.held_local().strftime("%H:%M %Z") == "10:30 EET"  # Kyiv, the incident's zone

    editor = pane.form.participants
    parties = editor.picker.model()
    embassy = next(
        parties.id_at(r) for r in range(1, parties.rowCount())
        if parties.index(r).data().startswith("Embassy")
    )  # fmt: skip
    editor.picker.setCurrentIndex(parties.row_of(embassy))
    qtbot.keyClicks(editor.role, "host")
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert _stored(demo_path, "meeting", meeting_id).participants == (Participant(embassy, "host"),)
    assert editor.table.item(0, 1).text() == "host"

    editor.table.item(0, 1).setText("host mission")  # edited in place
    assert _stored(demo_path, "meeting", meeting_id).participants[0].role == "host mission"

    window.action_undo.trigger()
    assert _stored(demo_path, "meeting", meeting_id).participants[0].role == "host"
    window.action_undo.trigger()
    assert _stored(demo_path, "meeting", meeting_id).participants == ()
    window.action_redo.trigger()
    window.action_redo.trigger()
    assert _stored(demo_path, "meeting", meeting_id).participants[0].role == "host mission"

    # shown both ways: the party's "appears in" lists the meeting with the role
    window.workspace.show_item("party", embassy)
    parties_view = window.workspace.current_view()
    entries = [
        parties_view.form.appears_in.list.item(i).text()
        for i in range(parties_view.form.appears_in.list.count())
    ]
    assert "Meeting: Site visit with the city — participant (host mission)" in entries


def test_an_all_day_meeting_moved_to_another_zone_keeps_its_day_and_undoes(
    window, qtbot, demo_path
) -> None:
    """Summons of Russia's ambassador: all day on 14 November in Baku."""
    view = _open(window, demo_path, 4)
    pane = view.meetings
    summons = next(m for m in window.session.case.records("meeting") if m.all_day)
    assert pane.select_id(summons.id)
    when = pane.form.field("held_at").edit
    assert when.text() == "2025-11-14"
    entries_before = len(window.session.case.audit_log())

    zone = pane.form.field("timezone").combo
    zone.setFocus()
    zone.lineEdit().selectAll()
    qtbot.keyClicks(zone.lineEdit(), "America/Los_Angeles")
    qtbot.keyClick(zone.lineEdit(), Qt.Key.Key_Return)
    moved = _stored(demo_path, "meeting", summons.id)
    assert moved.timezone == "America/Los_Angeles"
    assert moved.held_local().date() == dt.date(2025, 11, 14) and when.text() == "2025-11-14"

    pane.commit_pending()  # as moving to another row does: nothing typed, nothing written
    assert len(window.session.case.audit_log()) == entries_before + 1
    window.action_undo.trigger()
    back = _stored(demo_path, "meeting", summons.id)
    assert (back.timezone, back.held_at) == (summons.timezone, summons.held_at)
    assert when.text() == "2025-11-14"
    pane.commit_pending()
    assert len(window.session.case.audit_log()) == entries_before + 2  # the change, its undo


def test_a_time_left_untouched_is_not_rewritten(window, demo_path) -> None:
    """The form shows minutes; seconds from an import must survive a visit to the form."""
    at = dt.datetime(2025, 11, 15, 10, 30, 45, tzinfo=dt.UTC)
    with CaseFile.open(demo_path) as case:
        meeting_id = case.add("meeting", title="Call", held_at=at, timezone="Europe/Kyiv").id
    view = _open(window, demo_path, 4)
    assert view.meetings.select_id(meeting_id)
    assert view.meetings.form.field("held_at").edit.text() == "2025-11-15 12:30"
    entries = len(window.session.case.audit_log())
    view.meetings.commit_pending()  # as moving to another row or closing does
    assert _stored(demo_path, "meeting", meeting_id).held_at == at
    assert len(window.session.case.audit_log()) == entries


def _says_saved(window) -> bool:
    text = window.file_label.text()
    assert ("All changes saved" in text) != ("not saved" in text.lower()), text
    return "All changes saved" in text


def test_typing_is_not_called_saved_until_the_field_is_left(window, qtbot, demo_path) -> None:
    """A crash loses what is typed in a field not yet left (Enter, Tab, a click
    elsewhere), so the status bar says so until then, in the overview and in a list."""
    view = _open(window, demo_path, 0)
    location = view.form.edits["location"]
    location.setFocus()
    location.end(False)
    qtbot.keyClicks(location, ", north gate")
    assert not _says_saved(window)
    assert window.session.case.incident().location == "Embassy premises, Kyiv, Ukraine"
    qtbot.keyClick(location, Qt.Key.Key_Return)
    assert _says_saved(window)
    assert window.session.case.incident().location.endswith(", north gate")

    summary = view.form.summary
    summary.setFocus()
    qtbot.keyClicks(summary, " More to follow.")
    assert not _says_saved(window)
    qtbot.keyClick(summary, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert _says_saved(window)
    assert "More to follow." in window.session.case.incident().summary

    damage = _open(window, demo_path, 2)
    item_id = damage.model.id_at(0)
    damage.select_id(item_id)
    cost = damage.form.field("estimated_cost")
    cost.amount.setFocus()
    qtbot.keyClicks(cost.amount, "twelve")
    assert not _says_saved(window)
    qtbot.keyClick(cost.amount, Qt.Key.Key_Return)  # refused: still not saved
    assert damage.form.error_text("estimated_cost") and not _says_saved(window)
    cost.amount.clear()
    qtbot.keyClicks(cost.amount, "1250")
    qtbot.keyClick(cost.amount, Qt.Key.Key_Return)
    assert _says_saved(window)
    assert _stored(demo_path, "damage_item", item_id).estimated_cost == 125000

    notes = _open(window, demo_path, 3)
    note_id = notes.model.id_at(0)
    notes.select_id(note_id)
    body, title = notes.form.field("body").edit, notes.form.field("title").edit
    body.setFocus()
    qtbot.keyClicks(body, "Seen by the consul. ")
    assert not _says_saved(window)
    title.setFocus()  # leaving the box writes it
    assert _says_saved(window)
    assert _stored(demo_path, "note", note_id).body.startswith("Seen by the consul. ")
    qtbot.keyClicks(title, " (copy)")
    assert not _says_saved(window)
    notes.select_id(notes.model.id_at(1))  # moving to another note writes it too
    assert _says_saved(window)
    assert "(copy)" in _stored(demo_path, "note", note_id).title


def test_note_parties_link_and_delete_with_undo(window, qtbot, demo_path) -> None:
    view = _open(window, demo_path, 3)
    note_id = view.model.id_at(0)
    view.select_id(note_id)
    links = view.form.parties
    before = _stored(demo_path, "note", note_id).party_ids
    choices = links.picker.model()
    new_party = next(
        choices.id_at(r) for r in range(1, choices.rowCount()) if choices.id_at(r) not in before
    )
    links.picker.setCurrentIndex(choices.row_of(new_party))
    qtbot.mouseClick(links.add_button, Qt.MouseButton.LeftButton)
    assert _stored(demo_path, "note", note_id).party_ids == (*before, new_party)
    links.list.setCurrentRow(links.list.count() - 1)
    links.list.setFocus()
    qtbot.keyClick(links.list, Qt.Key.Key_Delete)  # removes the link, not the note
    assert _stored(demo_path, "note", note_id).party_ids == before

    view.table.setFocus()
    window.action_delete.trigger()
    assert _stored(demo_path, "note", note_id) is None
    window.action_undo.trigger()
    assert _stored(demo_path, "note", note_id).party_ids == before


def test_undoing_a_delete_shows_the_item_again(window, demo_path) -> None:
    """Even from another view: the item comes back selected in its own list."""
    parties = _open(window, demo_path, 1)
    press = next(p for p in window.session.case.records("party") if p.name == "Azernews")
    parties.select_id(press.id)
    parties.table.setFocus()
    window.action_delete.trigger()
    assert parties.current_id() != press.id
    window.workspace.show_page(0)  # on to the overview before changing their mind
    window.action_undo.trigger()
    assert window.workspace.current_view() is parties
    assert parties.current_id() == press.id
    assert parties.form.field("name").edit.text() == "Azernews"


def test_follow_up_added_from_its_meeting(window, qtbot, demo_path) -> None:
    view = _open(window, demo_path, 4)
    meeting_id = view.meetings.model.id_at(0)
    view.meetings.select_id(meeting_id)
    qtbot.mouseClick(view.meetings.form.follow_ups.add_button, Qt.MouseButton.LeftButton)
    assert view.tabs.currentWidget() is view.follow_ups
    follow_up = _stored(demo_path, "follow_up", view.follow_ups.current_id())
    assert follow_up.meeting_id == meeting_id
    assert window.action_add.text() == "Add follow-up"


@pytest.mark.parametrize(
    ("field", "text", "message"),
    [
        ("date", "31/13/2025", "not a date"),
        ("title", "   ", "must not be empty"),
    ],
)
def test_bad_input_shows_the_message_inline(window, qtbot, demo_path, field, text, message) -> None:
    view = _open(window, demo_path, 3)
    note_id = view.model.id_at(0)
    view.select_id(note_id)
    before = _stored(demo_path, "note", note_id)
    _type(qtbot, view.form.field(field).edit, text)
    assert message in view.form.error_text(field)
    assert _stored(demo_path, "note", note_id) == before
    assert not window.session.undo_stack.canUndo()


def test_typing_is_committed_when_the_selection_moves(window, qtbot, demo_path) -> None:
    view = _open(window, demo_path, 1)
    first, second = view.model.id_at(0), view.model.id_at(1)
    view.select_id(first)
    edit = view.form.field("contact").edit
    edit.setText("+380 44 000 00 00")  # typed, no Enter, no focus change
    view.select_id(second)
    assert _stored(demo_path, "party", first).contact == "+380 44 000 00 00"


def test_a_list_shows_a_hint_until_a_row_is_picked_then_that_rows_form(
    window, qtbot, demo_path
) -> None:
    view = _open(window, demo_path, 2)  # Damage, first visit: nothing selected
    assert view.right.currentWidget() is view.empty and view.empty.isVisible()
    view.filter.setFocus()
    qtbot.keyClick(view.filter, Qt.Key.Key_Down)  # into the table, on its first row
    assert view.current_id() == view.model.id_at(0)
    assert view.form.isVisible()
    assert (
        view.form.field("title").edit.text()
        == _stored(demo_path, "damage_item", view.model.id_at(0)).title
    )
    view.table.clearSelection()
    view.table.setCurrentIndex(view.model.index(-1, -1))
    assert view.right.currentWidget() is view.empty


def test_ctrl_z_in_a_field_with_nothing_to_undo_undoes_the_last_change(
    window, qtbot, demo_path
) -> None:
    view = _open(window, demo_path, 1)
    party_id = view.model.id_at(0)
    view.select_id(party_id)
    before = _stored(demo_path, "party", party_id).country
    country = view.form.field("country").edit
    _type(qtbot, country, "Ukraine")
    assert _stored(demo_path, "party", party_id).country == "Ukraine"
    country.setFocus()
    qtbot.keyClick(country, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _stored(demo_path, "party", party_id).country == before


def test_redo_keys_add_ctrl_y_where_the_platform_lacks_it() -> None:
    linux = [QKeySequence("Ctrl+Shift+Z")]  # what the xcb platform gives under GNOME or KDE
    assert [k.toString() for k in redo_keys(linux)] == ["Ctrl+Shift+Z", "Ctrl+Y"]
    windows = [QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")]
    assert redo_keys(windows) == windows


@pytest.mark.parametrize(
    "keys",
    [(Qt.Key.Key_Z, Qt.KeyboardModifier.ShiftModifier), (Qt.Key.Key_Y,)],
    ids=["ctrl-shift-z", "ctrl-y"],
)
def test_redo_is_ctrl_shift_z_and_ctrl_y(window, qtbot, demo_path, keys) -> None:
    view = _open(window, demo_path, 1)
    party_id = view.model.id_at(0)
    view.select_id(party_id)
    _type(qtbot, view.form.field("country").edit, "Ukraine")
    window.action_undo.trigger()
    assert _stored(demo_path, "party", party_id).country != "Ukraine"
    view.table.setFocus()
    key, *extra = keys
    modifiers = Qt.KeyboardModifier.ControlModifier
    for modifier in extra:
        modifiers |= modifier
    qtbot.keyClick(view.table, key, modifiers)
    assert _stored(demo_path, "party", party_id).country == "Ukraine"


def test_undo_names_the_fields_in_words(session) -> None:
    meeting = next(m for m in session.case.records("meeting") if m.all_day)
    note = next(n for n in session.case.records("note") if n.id not in meeting.note_ids)
    session.update("meeting", meeting.id, note_ids=[*meeting.note_ids, note.id])
    assert session.undo_stack.undoText() == f"Edit notes of Meeting “{meeting.title}”"
    session.update("meeting", meeting.id, place="Baku, MFA", held_at=meeting.held_at)
    assert session.undo_stack.undoText() == f"Edit place of Meeting “{meeting.title}”"


def test_the_sessions_shared_id_lists_follow_every_change(session) -> None:
    """Views share the ids they list; none may see a list from before an edit or an undo."""
    before = session.ids("party")
    assert before == session.case.ids("party")
    party = session.add("party", name="Aardvark Consulting")
    assert session.ids("party") == session.case.ids("party") and party.id in session.ids("party")
    session.undo()
    assert session.ids("party") == before
    session.redo()
    session.update("party", party.id, name="Zzyzx Consulting")  # list order is by name
    assert session.ids("party") == session.case.ids("party")
    session.delete("party", party.id)
    assert session.ids("party") == before
    mine = session.ids("party")
    mine.clear()  # a caller's copy
    assert session.ids("party") == before


def test_a_meetings_zone_is_typed_with_completion_or_picked_from_the_list(
    window, qtbot, demo_path
) -> None:
    view = _open(window, demo_path, 4)
    pane = view.meetings
    window.action_add.trigger()
    meeting_id = pane.current_id()
    combo = pane.form.field("timezone").combo
    assert combo.count() == 0  # not listed until the field is used
    combo.lineEdit().selectAll()
    qtbot.mouseClick(combo.lineEdit(), Qt.MouseButton.LeftButton)  # focuses: lists the zones
    qtbot.waitUntil(lambda: combo.count() > 300)
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), "baku")  # any part of the name, any case
    popup = combo.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert popup.model().index(0, 0).data() == "Asia/Baku"
    popup.setCurrentIndex(popup.model().index(0, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)  # picked from the completions: saved at once
    assert _stored(demo_path, "meeting", meeting_id).timezone == "Asia/Baku"
    assert combo.currentText() == "Asia/Baku"

    combo.showPopup()
    combo.hidePopup()
    combo.setCurrentIndex(combo.findText("Europe/Kyiv"))  # as picking it from the list does
    combo.activated.emit(combo.currentIndex())
    assert _stored(demo_path, "meeting", meeting_id).timezone == "Europe/Kyiv"

    _type(qtbot, combo.lineEdit(), "Mars/Olympus")
    assert _stored(demo_path, "meeting", meeting_id).timezone == "Europe/Kyiv"  # refused
    assert "Unknown time zone" in pane.form.error_text("timezone")


def test_a_note_made_an_internal_memo_is_internal_in_one_undoable_step(
    window, qtbot, demo_path
) -> None:
    view = _open(window, demo_path, 3)
    window.action_add.trigger()
    note_id = view.current_id()
    assert not _stored(demo_path, "note", note_id).internal
    kind = view.form.field("kind").combo
    kind.setCurrentIndex(kind.findData("internal_memo"))
    kind.activated.emit(kind.currentIndex())
    stored = _stored(demo_path, "note", note_id)
    assert (stored.kind, stored.internal) == ("internal_memo", True)
    assert view.form.field("internal").check.isChecked()
    window.action_undo.trigger()  # one step takes back both
    stored = _stored(demo_path, "note", note_id)
    assert stored.kind != "internal_memo" and not stored.internal


def test_represents_does_not_offer_the_party_itself(window, demo_path) -> None:
    view = _open(window, demo_path, 1)
    first, second = view.model.id_at(0), view.model.id_at(1)
    view.select_id(first)
    combo = view.form.field("represents_id").combo
    offered = {combo.itemData(row, IdRole) for row in range(combo.count())}
    assert first not in offered and second in offered
    view.select_id(second)
    offered = {combo.itemData(row, IdRole) for row in range(combo.count())}
    assert second not in offered and first in offered


def test_the_estimates_currency_follows_the_settings(window, qtbot, demo_path) -> None:
    window.settings.default_currency = "AZN"
    view = _open(window, demo_path, 2)
    window.action_add.trigger()
    cost = view.form.field("estimated_cost")
    assert cost.currency.text() == "" and cost.currency.placeholderText() == "AZN"
    cost.amount.setFocus()
    qtbot.keyClicks(cost.amount, "1250")
    qtbot.keyClick(cost.amount, Qt.Key.Key_Return)
    assert _stored(demo_path, "damage_item", view.current_id()).currency == "AZN"


def test_read_only_text_fields_look_read_only(window, demo_path) -> None:
    """Filled like the window behind them, unlike a box that takes typing."""
    from PySide6.QtGui import QPalette

    base, window_role = QPalette.ColorRole.Base, QPalette.ColorRole.Window
    editing = _open(window, demo_path, 3)
    editing.select_id(editing.model.id_at(0))
    title = editing.form.field("title").edit
    assert title.palette().color(base) != title.palette().color(window_role)
    window.close_case()
    assert window.open_path(demo_path, read_only=True)
    window.workspace.show_page(3)
    notes = window.workspace.current_view()
    notes.select_id(notes.model.id_at(0))
    for edit in (notes.form.field("title").edit, notes.form.field("body").edit):
        assert edit.isReadOnly()
        assert edit.palette().color(base) == edit.palette().color(window_role)
    window.workspace.show_page(0)
    location = window.workspace.current_view().form.edits["location"]
    assert location.palette().color(base) == location.palette().color(window_role)


@pytest.fixture
def british(qapp):
    """Dates as the en_GB locale writes them (14/11/2025) while the test runs."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


def test_a_date_is_typed_as_the_locale_writes_it_or_as_iso(
    british, window, qtbot, demo_path
) -> None:
    view = _open(window, demo_path, 3)
    note_id = view.model.id_at(0)
    view.select_id(note_id)
    edit = view.form.field("date").edit
    assert "14/11/2025" in edit.placeholderText()
    _type(qtbot, edit, "20/11/2025")
    assert _stored(demo_path, "note", note_id).date == dt.date(2025, 11, 20)
    _type(qtbot, edit, "2025-11-21")
    assert _stored(demo_path, "note", note_id).date == dt.date(2025, 11, 21)


def test_a_date_is_picked_from_a_calendar(window, qtbot, demo_path) -> None:
    from PySide6.QtCore import QDate

    view = _open(window, demo_path, 3)
    note_id = view.model.id_at(0)
    view.select_id(note_id)
    field = view.form.field("date")
    assert field.pick.isVisibleTo(view) and field.pick.menu() is not None
    field.calendar.clicked.emit(QDate(2025, 11, 22))
    assert _stored(demo_path, "note", note_id).date == dt.date(2025, 11, 22)
    assert field.edit.text() == "2025-11-22"


def test_a_refused_date_is_told_with_the_fields_label_not_its_name(
    window, qtbot, demo_path
) -> None:
    view = _open(window, demo_path, 4)
    view.tabs.setCurrentWidget(view.follow_ups)
    pane = view.follow_ups
    item_id = pane.model.id_at(0)
    pane.select_id(item_id)
    before = _stored(demo_path, "follow_up", item_id)
    messages: list[str] = []
    window.workspace.message_posted.connect(messages.append)
    _type(qtbot, pane.form.field("due_date").edit, "9999-12-31")  # past the last day kept
    said = pane.form.error_text("due_date")
    assert said.startswith("Due ") and "due_date" not in said and "field" not in said, said
    assert messages and "due_date" not in messages[-1]
    _type(qtbot, pane.form.field("due_date").edit, "someday")
    said = pane.form.error_text("due_date")
    assert said.startswith("Due “someday” is not a date"), said
    assert _stored(demo_path, "follow_up", item_id) == before


def test_a_refused_value_is_said_once_and_quitting_asks_before_losing_it(
    window, qtbot, demo_path, monkeypatch
) -> None:
    from casefile.ui.dialogs.discard import DiscardTypingDialog

    view = _open(window, demo_path, 2)
    item_id = view.model.id_at(0)
    view.select_id(item_id)
    before = _stored(demo_path, "damage_item", item_id)
    _type(qtbot, view.form.field("assessed_at").edit, "yesterday")
    label = window.file_label.text()
    assert label.startswith("Not saved: Assessed at refused"), label
    assert "Typing" not in label and str(demo_path.parent) not in label
    asked: list[list[str]] = []

    def answering(answer: bool):
        def ask(cls, parent, labels):
            asked.append(labels)
            return answer

        return classmethod(ask)

    monkeypatch.setattr(DiscardTypingDialog, "ask", answering(False))
    window.action_quit.trigger()  # Ctrl+Q: "Go back"
    assert asked == [["Assessed at"]]
    assert window.isVisible() and window.session is not None
    monkeypatch.setattr(DiscardTypingDialog, "ask", answering(True))
    window.action_quit.trigger()  # "Discard and close"
    assert len(asked) == 2 and not window.isVisible() and window.session is None
    assert _stored(demo_path, "damage_item", item_id) == before


def test_a_corrected_value_asks_nothing_on_quitting(window, qtbot, demo_path, monkeypatch) -> None:
    from casefile.ui.dialogs.discard import DiscardTypingDialog

    asked: list[object] = []
    monkeypatch.setattr(DiscardTypingDialog, "ask", classmethod(lambda *a: asked.append(a)))
    view = _open(window, demo_path, 2)
    view.select_id(view.model.id_at(0))
    edit = view.form.field("assessed_at").edit
    _type(qtbot, edit, "yesterday")
    _type(qtbot, edit, "2025-11-14 10:00")
    assert _says_saved(window)
    window.action_quit.trigger()
    assert asked == [] and window.session is None


def test_undoing_an_edit_in_a_view_not_shown_shows_it_and_says_what(
    window, qtbot, demo_path
) -> None:
    parties = _open(window, demo_path, 1)
    party_id = parties.model.id_at(1)
    parties.select_id(party_id)
    _type(qtbot, parties.form.field("name").edit, "Renamed party")
    parties.select_id(parties.model.id_at(0))
    window.workspace.show_page(0)  # on to the overview, then Ctrl+Z
    window.action_undo.trigger()
    assert window.workspace.current_view() is parties
    assert parties.current_id() == party_id
    assert _stored(demo_path, "party", party_id).name != "Renamed party"
    said = window.statusBar().currentMessage()
    assert said.startswith("Undone: Edit name of Party") and "Renamed party" in said
    window.workspace.show_page(0)
    window.action_redo.trigger()
    assert window.workspace.current_view() is parties
    assert window.statusBar().currentMessage().startswith("Redone: Edit name of Party")


def test_files_dropped_on_an_items_photos_box_are_attached(
    window, qtbot, demo_path, tmp_path
) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    view = _open(window, demo_path, 2)
    window.action_add.trigger()
    item_id = view.current_id()
    box = view.form.photos
    assert box.acceptDrops() and not box.list.viewport().acceptDrops()  # the list passes on
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(_png(tmp_path)))])
    action, buttons = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton
    none = Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(box.rect().center(), action, mime, buttons, none)
    QApplication.sendEvent(box, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(box.rect().center()), action, mime, buttons, none)
    QApplication.sendEvent(box, drop)
    assert len(_stored(demo_path, "damage_item", item_id).attachment_ids) == 1
    assert box.list.count() == 1


def test_an_items_photos_and_documents_each_get_a_row_of_their_own(
    window, qtbot, demo_path, tmp_path
) -> None:
    """A document first, then photos: the rows share one height, a thumbnail's."""
    view = _open(window, demo_path, 2)
    window.action_add.trigger()
    item_id = view.current_id()
    photo = _png(tmp_path).read_bytes()
    files = [(b"%PDF-1.4\n%%EOF\n", "estimate.pdf"), (photo, "a.png"), (photo, "b.png")]
    window.session.add_attachments(files, to=item_id)
    box = view.form.photos.list
    assert box.count() == 3
    window.resize(1024, 700)
    qtbot.wait(10)
    rects = [box.visualItemRect(box.item(row)) for row in range(box.count())]
    for above, below in zip(rects, rects[1:], strict=False):
        assert above.bottom() < below.top(), rects  # no row drawn over the next
    assert all(rect.height() >= box.iconSize().height() for rect in rects)
    assert not box.item(0).icon().isNull()  # the document has an icon too
    box.grab().save(str(tmp_path / "photos-box.png"))
