"""The Audit log: the chain's banner (verified or broken), entries newest first, paging."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from casefile.store import CaseFile
from casefile.ui.case.session import CaseSession
from casefile.ui.models import audit as audit_model
from casefile.ui.models.audit import AuditModel, SeqRole
from casefile.ui.views.audit import AuditView

#: the offscreen platform saying what it cannot do (size hints, raise, grabs): not ours
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def make_view(qtbot, session: CaseSession, height: int = 700) -> AuditView:
    view = AuditView(session)
    qtbot.addWidget(view)
    view.resize(1100, height)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.verdict is not None)  # verified on a worker thread
    return view


def test_verified_banner_and_newest_first(qtbot, session: CaseSession) -> None:
    view = make_view(qtbot, session)
    entries = session.case.verify_audit().entries
    assert f"verified: {entries} entries" in view.banner.text()
    assert "#e6f4ea" in view.banner.styleSheet()  # green
    seqs = [view.model.index(r, 0).data(SeqRole) for r in range(view.model.rowCount())]
    assert seqs == sorted(seqs, reverse=True) and seqs[0] == entries


def test_an_edit_appears_on_top_with_old_and_new(qtbot, session: CaseSession) -> None:
    view = make_view(qtbot, session)
    before = session.case.verify_audit().entries
    party = max(session.case.records("party"), key=lambda p: len(p.name))
    session.update("party", party.id, name="Embassy in Kyiv")

    qtbot.waitUntil(lambda: view.model.index(0, 0).data(SeqRole) == before + 1)
    row = [view.model.index(0, c).data() for c in range(view.model.columnCount())]
    assert row[1:5] == ["tester", "update", "Party", "Embassy in Kyiv"]
    assert row[5] == f"name: {party.name[:39]}… → Embassy in Kyiv"  # long values are cut
    qtbot.waitUntil(lambda: f"verified: {before + 1} entries" in view.banner.text())


def test_a_delete_shows_what_was_deleted(qtbot, session: CaseSession) -> None:
    view = make_view(qtbot, session)
    before = session.case.verify_audit().entries
    press = next(p for p in session.case.records("party") if p.name == "Azernews")
    session.delete("party", press.id)

    qtbot.waitUntil(lambda: view.model.index(0, 0).data(SeqRole) > before)
    rows = [
        [view.model.index(r, c).data() for c in range(view.model.columnCount())]
        for r in range(view.model.rowCount())
    ]  # the notes that named it lost the link in entries of their own
    row = next(r for r in rows if r[2] == "delete")
    assert row[3:5] == ["Party", "Azernews"]
    assert "name: Azernews" in row[5] and "withheld" not in row[5]


def test_costs_read_as_money_not_minor_units(qtbot, session: CaseSession) -> None:
    view = make_view(qtbot, session)
    before = session.case.verify_audit().entries
    fence = session.case.records("damage_item")[0]
    session.update("damage_item", fence.id, estimated_cost=15_000_000, currency="UAH")
    session.update("damage_item", fence.id, estimated_cost=20_000_050)  # the cost alone

    qtbot.waitUntil(lambda: view.model.index(0, 0).data(SeqRole) == before + 2)
    latest, first = (view.model.index(r, 5).data() for r in (0, 1))
    assert latest == "estimated cost: 150,000.00 UAH → 200,000.50 UAH"  # currency: the item's
    assert "estimated cost: — → 150,000.00 UAH" in first and "currency: — → UAH" in first
    assert "200,000.50 UAH" in view.model.index(0, 5).data(Qt.ItemDataRole.ToolTipRole)


def test_banner_turns_red_when_an_entry_was_tampered_with(
    qtbot, demo_path: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "tampered.casefile"
    shutil.copyfile(demo_path, copy)
    with sqlite3.connect(copy) as db:
        db.execute("UPDATE change_log SET actor = 'x' WHERE seq = 2")
    db.close()
    session = CaseSession(CaseFile.open(copy, read_only=True))
    try:
        view = make_view(qtbot, session)
        assert "broken at entry 2" in view.banner.text()
        assert "#fce8e6" in view.banner.styleSheet()  # red
        assert view.model.rowCount() > 0  # the entries are still shown
    finally:
        session.close()


def test_entries_are_fetched_page_by_page(
    qtbot, qtmodeltester, session: CaseSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(audit_model, "PAGE", 7)
    model = AuditModel(session.case)
    model.reload()
    total = session.case.verify_audit().entries
    assert model.rowCount() == 7 and model.canFetchMore()
    while model.canFetchMore():
        model.fetchMore()
    seqs = [model.index(r, 0).data(SeqRole) for r in range(model.rowCount())]
    assert seqs == list(range(total, 0, -1))
    qtmodeltester.check(model)


def test_ctrl_end_goes_to_the_first_entry_of_the_case(
    qtbot, session: CaseSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(audit_model, "PAGE", 7)
    # Short enough that the rows fetched to fill it never reach the case's last entry,
    # whatever the style's row height.
    view = make_view(qtbot, session, height=260)
    total = session.case.verify_audit().entries
    assert view.model.rowCount() < total
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(0, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert view.model.rowCount() == total and not view.model.canFetchMore()
    assert view.table.currentIndex().data(SeqRole) == 1  # the case's creation


def test_read_only_case_shows_the_log_and_jumps(qtbot, read_only_session: CaseSession) -> None:
    view = make_view(qtbot, read_only_session)
    assert view.model.rowCount() > 0
    assert not view.show_item("party", read_only_session.case.ids("party")[0])
    with qtbot.waitSignal(view.item_activated) as jump:
        view.table.doubleClicked.emit(view.model.index(0, 4))
    top = read_only_session.case.audit_log(limit=1)[0]
    assert jump.args == [top.entity, top.entity_id]


def test_entries_show_at_once_and_the_verdict_follows(qtbot, session: CaseSession) -> None:
    """Verifying a long chain takes a while: the entries do not wait for it, the banner
    says it is being checked, and a verdict about an older state of the case is dropped."""
    view = make_view(qtbot, session)
    view.refresh()
    view.refresh()  # two verifications under way; only the second one's verdict counts
    assert view.banner.text() == "Verifying the audit chain…" and view.verdict is None
    assert view.model.rowCount() > 0
    stale = view._generation - 1
    view._on_verified_done(stale, "from an older state")
    assert view.verdict is None and "older state" not in view.banner.text()
    qtbot.waitUntil(lambda: view.verdict is not None)
    assert view.verdict.ok and "verified" in view.banner.text()


def test_a_case_closed_during_verification_says_so_in_the_banner(qtbot, demo_path: Path) -> None:
    from casefile.ui.views.audit import _VerifyTask

    session = CaseSession(CaseFile.open(demo_path, read_only=True))
    view = make_view(qtbot, session)
    view.refresh()
    session.close()  # the worker for this refresh finds the case closed
    _VerifyTask(session.case, view._generation, view._verified).run()
    assert "could not be checked" in view.banner.text() and "closed" in view.banner.text()
    assert view.verdict is None


def test_a_verdict_for_a_closed_view_is_dropped_quietly(session: CaseSession) -> None:
    """Closing the case or quitting while the chain is checked deletes the view; the
    worker then has nobody to tell, and says nothing (no traceback on the console)."""
    from shiboken6 import Shiboken

    from casefile.ui.views.audit import _Verified, _VerifyTask

    signals = _Verified()
    task = _VerifyTask(session.case, 1, signals)
    Shiboken.delete(signals)
    task.run()  # raised "Signal source has been deleted" before


def test_linked_items_read_by_name_not_id(qtbot, session: CaseSession) -> None:
    view = make_view(qtbot, session)
    before = session.case.verify_audit().entries
    task = session.case.records("follow_up")[0]
    party = next(p for p in session.case.records("party") if p.name == "Azernews")
    session.update("follow_up", task.id, owner_id=party.id)

    qtbot.waitUntil(lambda: view.model.index(0, 0).data(SeqRole) == before + 1)
    changes = view.model.index(0, 5).data()
    assert changes.startswith("owner: ") and changes.endswith("→ Azernews")
    assert party.id not in changes and party.id not in view.model.index(0, 0).data(
        Qt.ItemDataRole.ToolTipRole
    )


def test_a_review_comment_entry_names_the_kind_it_is_on(qtbot, session: CaseSession) -> None:
    view = make_view(qtbot, session)
    before = session.case.verify_audit().entries
    fence = session.case.records("damage_item")[0]
    session.add_comment(fence.id, "Add the contractor's estimate.")

    qtbot.waitUntil(lambda: view.model.index(0, 0).data(SeqRole) == before + 1)
    tooltip = view.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "item kind: Damage item" in tooltip.splitlines()
    assert f"item: {fence.title}" in tooltip.splitlines()


def test_comment_seal_and_pin_entries_are_named_not_by_id(
    qtbot, session: CaseSession, tmp_path: Path
) -> None:
    """Kinds without a title: a comment reads by its text, a seal by its signer, a pin
    by what it pins."""
    from casefile.store import Keys

    photo = next(
        a for a in session.case.records("attachment")
        if a.is_image and a.id not in {p.item_id for p in session.case.pins()}
    )  # fmt: skip
    session.pin(session.case.plans()[0].id, photo.id, 0.3, 0.4, label="Pin")
    fence = session.case.records("damage_item")[0]
    session.add_comment(fence.id, "Add the contractor's estimate, and the invoice of March.")
    signer = Keys(tmp_path / "signer")
    signer.create("R. Mustafayev")
    session.seal(signer.unlock(None), state="submitted")

    view = make_view(qtbot, session)
    names = {view.model.index(r, 3).data(): view.model.index(r, 4).data() for r in range(3)}
    assert names == {
        "Seal": "R. Mustafayev",
        "Review comment": "Add the contractor's estimate, and the …",
        "Pin": photo.filename,
    }
