"""File > Compare with… and File > Merge a copy…: the dialogs, and what the case then holds."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from store.store_support import file_digest

from casefile.store import CaseFile
from casefile.ui.dialogs.copies import EDIT, KEEP_THEIRS, CompareDialog, MergeDialog
from casefile.ui.dialogs.files import FileDialogs


def retitle(path: Path, actor: str, title: str) -> None:
    with CaseFile.open(path, actor=actor) as case:
        case.update("damage_item", case.records("damage_item")[0].id, title=title)


@pytest.fixture
def copies(demo_path: Path, tmp_path: Path) -> tuple[Path, Path]:
    other = tmp_path / "copy.casefile"
    shutil.copyfile(demo_path, other)
    retitle(demo_path, "alice", "Alice's wall")
    retitle(other, "bob", "Bob's wall")
    with CaseFile.open(other, actor="bob") as case:
        case.add("party", name="Press office")
    return demo_path, other


def preview(path: Path, other: Path):
    with CaseFile.open(path, read_only=True) as case, CaseFile.open(other, read_only=True) as o:
        return case.preview_merge(o)


def test_merge_waits_for_every_conflict_then_returns_the_choices(qtbot, copies) -> None:
    path, other = copies
    dialog = MergeDialog(None, preview(path, other), other.name)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert "Alice's wall" in dialog.table.item(0, 3).text()
    assert "Bob's wall" in dialog.table.item(0, 4).text()
    assert not dialog.apply_button.isEnabled()  # nothing chosen yet
    dialog.choices[0].setCurrentText(EDIT)
    qtbot.keyClicks(dialog.values[0], "Both walls")
    assert dialog.apply_button.isEnabled()
    (choice,) = dialog.chosen().values()
    assert choice == ("edit", "Both walls")


def test_merge_a_copy_writes_nothing_until_applied(window, copies, monkeypatch) -> None:
    path, other = copies
    assert window.open_path(path)
    monkeypatch.setattr(FileDialogs, "ask_open_case", classmethod(lambda cls, *a: other))
    monkeypatch.setattr(MergeDialog, "ask", classmethod(lambda cls, *a: None))  # cancelled
    window.session.case.close()  # read its bytes while it is not open
    before = file_digest(path)
    window._close_session()
    assert window.open_path(path)
    window.merge_copy()
    assert file_digest(path) == before

    def keep_theirs(cls, parent, result, name):
        dialog = cls(parent, result, name)
        dialog.choices[0].setCurrentText(KEEP_THEIRS)
        return dialog.chosen()

    monkeypatch.setattr(MergeDialog, "ask", classmethod(keep_theirs))
    window.merge_copy()
    case = window.session.case
    assert case.records("damage_item")[0].title == "Bob's wall"
    assert "Press office" in {p.name for p in case.records("party")}
    assert case.check() == []
    assert "Merged copy.casefile" in window.statusBar().currentMessage()


def test_compare_with_shows_what_changed_and_who(window, qtbot, copies, monkeypatch) -> None:
    path, other = copies
    assert window.open_path(other)
    monkeypatch.setattr(FileDialogs, "ask_open_case", classmethod(lambda cls, *a: path))
    shown = []
    monkeypatch.setattr(
        CompareDialog,
        "show_items",
        classmethod(lambda cls, parent, items, *names: shown.append(items)),
    )
    window.compare_with()
    (items,) = shown
    dialog = CompareDialog(window, items, path.name, other.name)
    qtbot.addWidget(dialog)
    rows = [dialog.tree.topLevelItem(n).text(0) for n in range(dialog.tree.topLevelItemCount())]
    assert any(r.startswith("Added: party “Press office”") for r in rows)
    changed = next(
        dialog.tree.topLevelItem(n)
        for n in range(dialog.tree.topLevelItemCount())
        if "Bob's wall" in dialog.tree.topLevelItem(n).text(0)
    )
    field = changed.child(0)
    assert (field.text(1), field.text(2)) == ("Alice's wall", "Bob's wall")
    assert field.text(3).startswith("bob, ")


def test_a_value_of_ones_own_is_offered_for_text_only(qtbot, demo_path: Path, tmp_path) -> None:
    other = tmp_path / "copy.casefile"
    shutil.copyfile(demo_path, other)
    for path, cost in ((demo_path, 100), (other, 200)):
        with CaseFile.open(path, actor="tester") as case:
            item = case.records("damage_item")[0]
            case.update("damage_item", item.id, estimated_cost=cost, currency="EUR")
    dialog = MergeDialog(None, preview(demo_path, other), other.name)
    qtbot.addWidget(dialog)
    options = [dialog.choices[0].itemText(n) for n in range(dialog.choices[0].count())]
    assert EDIT not in options and KEEP_THEIRS in options


def test_an_encrypted_copy_is_compared_and_merged_once_its_passphrase_is_typed(
    window, copies, monkeypatch
) -> None:
    """Its passphrase is asked in a dialog, again after a wrong one, and kept nowhere:
    the keyring is left alone unless the user ticks it."""
    import keyring

    from casefile.store import Passphrase, encrypt
    from casefile.ui.dialogs.passphrase import PassphraseAnswer, PassphraseDialog

    path, other = copies
    encrypt(other, Passphrase("the copy's passphrase"))
    assert window.open_path(path)
    monkeypatch.setattr(FileDialogs, "ask_open_case", classmethod(lambda cls, *a: other))
    asked: list[str] = []
    answers = [None, PassphraseAnswer("a wrong guess", False)]
    answers += [PassphraseAnswer("the copy's passphrase", False)]

    def answer(cls, parent, file, problem=""):
        asked.append(problem)
        return answers.pop(0)

    monkeypatch.setattr(PassphraseDialog, "ask", classmethod(answer))
    kept: list[str] = []
    monkeypatch.setattr(keyring, "set_password", lambda *args: kept.append(args[-1]))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    shown = []
    monkeypatch.setattr(
        CompareDialog, "show_items", classmethod(lambda cls, parent, items, *n: shown.append(items))
    )
    window.compare_with()  # cancelled at the passphrase: nothing shown, nothing said
    assert shown == [] and warnings == []
    window.compare_with()
    assert asked[1:] == ["", "Wrong passphrase (or not a case file): try again."]
    assert len(shown) == 1 and shown[0]

    def keep_theirs(cls, parent, result, name):
        dialog = cls(parent, result, name)
        dialog.choices[0].setCurrentText(KEEP_THEIRS)
        return dialog.chosen()

    monkeypatch.setattr(MergeDialog, "ask", classmethod(keep_theirs))
    window.merge_copy()  # the passphrase of this session: not asked again
    assert len(asked) == 3 and warnings == [] and kept == []
    assert window.session.case.records("damage_item")[0].title == "Bob's wall"
