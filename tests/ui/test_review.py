"""Review in the app (issue 24): seal from the Review menu, the state in the title bar and
the overview, review comments in the Review view, release copies, and keys in Settings."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit, QMessageBox

from casefile.store import CaseFile, Keys, read_public
from casefile.ui.case.session import CaseSession
from casefile.ui.dialogs.keys import KeysPanel, NewKey, NewKeyDialog, TrustPrompt
from casefile.ui.models.review_comments import ReviewCommentsModel
from casefile.ui.tasks.review import ReleaseDialog, ReleaseRequest, SealDialog, SealRequest
from casefile.ui.views.review import CommentDialog, ReviewView


@pytest.fixture
def keys(tmp_path: Path) -> Keys:
    made = Keys(tmp_path / "keys")
    made.create("R. Mustafayev")
    return made


@pytest.fixture
def opened(window, demo_path: Path, keys: Keys):
    window.review.keys = keys
    assert window.open_path(demo_path)
    return window


def answer_seal(monkeypatch: pytest.MonkeyPatch, request: SealRequest | None) -> list[dict]:
    asked: list[dict] = []

    def ask(cls, parent, **details):
        asked.append(details)
        return request

    monkeypatch.setattr(SealDialog, "ask", classmethod(ask))
    return asked


def test_approve_from_the_review_menu(opened, monkeypatch: pytest.MonkeyPatch) -> None:
    asked = answer_seal(monkeypatch, SealRequest("Numbers checked.", None))
    fingerprint = opened.session.case.fingerprint()
    opened.review.seal_actions["approved"].trigger()
    assert asked[0]["fingerprint"] == fingerprint and asked[0]["protected"] is False
    [seal] = opened.session.case.seals()
    assert (seal.state, seal.signer, seal.comment) == (
        "approved",
        "R. Mustafayev",
        "Numbers checked.",
    )
    assert opened.windowTitle().endswith(" — Approved by R. Mustafayev")
    assert "Approved by R. Mustafayev" in opened.statusBar().currentMessage()


def test_cancelled_or_without_a_key_nothing_is_sealed(
    window,
    demo_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window.review.keys = Keys(tmp_path / "none")
    assert window.open_path(demo_path)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    answer_seal(monkeypatch, SealRequest("", None))
    window.review.seal_actions["submitted"].trigger()
    assert told and "no signing key" in told[0]
    window.review.keys = Keys(tmp_path / "mine")
    window.review.keys.create("Me")
    answer_seal(monkeypatch, None)
    window.review.seal_actions["submitted"].trigger()
    assert window.session.case.seals() == []


def test_a_wrong_passphrase_seals_nothing(
    window,
    demo_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window.review.keys = Keys(tmp_path / "protected")
    window.review.keys.create("Me", "right")
    assert window.open_path(demo_path)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    asked = answer_seal(monkeypatch, SealRequest("", "wrong"))
    window.review.seal_actions["changes-requested"].trigger()
    assert asked[0]["protected"] is True
    assert warned and "does not unlock" in warned[0]
    assert window.session.case.seals() == []


def test_sealing_is_off_for_a_read_only_case(window, demo_path: Path, keys: Keys) -> None:
    window.review.keys = keys
    assert window.open_path(demo_path, read_only=True)
    assert not any(a.isEnabled() for a in window.review.seal_actions.values())
    assert window.review.action_release.isEnabled()


def test_the_overview_shows_the_review_state(
    opened,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    overview = opened.workspace.current_view()
    assert overview.review_box.isHidden()
    answer_seal(monkeypatch, SealRequest("", None))
    opened.review.seal_actions["submitted"].trigger()
    opened.session.add("party", name="Late witness")
    overview.catch_up()
    assert not overview.review_box.isHidden()
    assert overview.review.text().startswith("Submitted by R. Mustafayev on ")
    assert overview.review.text().endswith("; 1 change since")


def test_release_copy_from_the_file_menu(
    opened,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = tmp_path / "release.casefile"
    monkeypatch.setattr(
        ReleaseDialog, "ask", classmethod(lambda cls, *a, **k: ReleaseRequest(out, True, None))
    )
    assert opened.review.release() == out
    with CaseFile.open(out, read_only=True) as copy:
        result = copy.check_result(opened.review.keys)
    assert result.problems == () and result.release is not None
    assert result.release.released_by == "R. Mustafayev" and result.release.redacted_internal


def test_the_release_dialog_offers_the_copy_encrypted_as_the_case_its_own_or_plain(
    qtbot,
) -> None:
    dialog = ReleaseDialog(None, suggested=Path("r.casefile"), protected=False, encrypted=True)
    qtbot.addWidget(dialog)
    choice = dialog.encryption
    assert choice.same.isChecked() and not choice.fields.isVisibleTo(dialog)
    assert "this case's passphrase" in choice.meaning.text()
    assert (dialog.request().copy_passphrase, dialog.request().plain) == (None, False)
    choice.own.setChecked(True)
    assert choice.fields.isVisibleTo(dialog) and "another way" in choice.meaning.text()
    choice.fields.first.setText("for the press office")
    dialog.accept()  # typed once: refused, with the reason
    assert dialog.result() == 0 and "differ" in dialog.error.text()
    choice.fields.second.setText("for the press office")
    assert dialog.request().copy_passphrase == "for the press office"
    choice.none.setChecked(True)
    assert "Anyone who has the copy" in choice.meaning.text()
    assert (dialog.request().copy_passphrase, dialog.request().plain) == (None, True)
    plain_case = ReleaseDialog(None, suggested=Path("r.casefile"), protected=False)
    qtbot.addWidget(plain_case)
    assert plain_case.encryption.none.isChecked()
    assert not plain_case.encryption.same.isVisibleTo(plain_case)
    assert plain_case.request().plain is False  # a plain case's copy is plain anyway


def test_a_release_copy_of_an_encrypted_case_from_the_window_is_as_chosen(
    window, demo_path: Path, keys: Keys, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from casefile.store import Passphrase, encrypt
    from casefile.ui.dialogs.passphrase import PassphraseAnswer, PassphraseDialog

    encrypt(demo_path, Passphrase("the team's"))
    monkeypatch.setattr(
        PassphraseDialog, "ask", classmethod(lambda cls, *a: PassphraseAnswer("the team's", False))
    )
    window.review.keys = keys
    assert window.open_path(demo_path)
    requests = [
        ReleaseRequest(tmp_path / "own.casefile", True, None, copy_passphrase="the press'"),
        ReleaseRequest(tmp_path / "plain.casefile", True, None, plain=True),
    ]
    monkeypatch.setattr(ReleaseDialog, "ask", classmethod(lambda cls, *a, **k: requests.pop(0)))
    own = window.review.release()
    with CaseFile.open(own, read_only=True, passphrase=Passphrase("the press'")) as copy:
        assert copy.encrypted and copy.check_result(keys).release is not None
    plain = window.review.release()
    assert plain.read_bytes().startswith(b"SQLite format 3")
    with CaseFile.open(plain, read_only=True) as copy:
        assert copy.check_result(keys).problems == ()


def test_review_comments_are_added_listed_and_resolved(
    session: CaseSession,
    qtbot,
    qtmodeltester,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view = ReviewView(session)
    qtbot.addWidget(view)
    view.show()
    damage = session.case.records("damage_item")[0]
    offered: list[list[tuple[str, str]]] = []

    def ask(cls, parent, items):
        offered.append(items)
        return damage.id, "Is this estimate in EUR?"

    monkeypatch.setattr(CommentDialog, "ask", classmethod(ask))
    view.add_item()
    assert (damage.id, f"Damage item: {damage.title}") in offered[0]
    view.catch_up()
    assert view.model.rowCount() == 1
    qtmodeltester.check(view.model)
    assert view.model.index(0, 0).data() == f"Damage item: {damage.title}"
    assert view.model.index(0, 4).data() == "Open"
    view.table.selectRow(0)
    assert view.resolve_button.text() == "Resolve"
    view.toggle_resolved()
    view.catch_up()
    assert view.model.index(0, 4).data() == "Resolved by tester"
    view.show_resolved.setChecked(False)
    assert view.model.rowCount() == 0
    assert [c.resolved for c in session.case.comments()] == [True]


def test_the_comments_model_passes_the_model_tester(qtmodeltester) -> None:
    qtmodeltester.check(ReviewCommentsModel())


def test_keys_in_settings(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from casefile.ui.dialogs.files import FileDialogs

    colleague = Keys(tmp_path / "colleague")
    colleague.create("A. Colleague")
    colleague.export(tmp_path / "colleague.pub")
    panel = KeysPanel(None, Keys(tmp_path / "mine"), name="Me", folder=tmp_path)
    qtbot.addWidget(panel)
    assert panel.listing.item(0).text().startswith("No keys yet")
    assert panel.make.isEnabled() and not panel.export.isEnabled()
    monkeypatch.setattr(NewKeyDialog, "ask", classmethod(lambda cls, p, n: NewKey(n, "secret")))
    made = panel.make_key()
    assert made is not None and panel.keys.is_protected()
    assert panel.listing.item(0).text() == f"Yours: Me — {made.fingerprint}"
    assert not panel.make.isEnabled()
    monkeypatch.setattr(
        FileDialogs, "ask_save_key", classmethod(lambda cls, p, s: tmp_path / "me.pub")
    )
    assert panel.export_key() == tmp_path / "me.pub"
    assert read_public(tmp_path / "me.pub") == made
    monkeypatch.setattr(
        FileDialogs, "ask_open_key", classmethod(lambda cls, p, f: tmp_path / "colleague.pub")
    )
    monkeypatch.setattr(TrustPrompt, "ask", classmethod(lambda cls, p, k: False))
    assert panel.trust_key() is None and panel.keys.trusted() == []
    monkeypatch.setattr(TrustPrompt, "ask", classmethod(lambda cls, p, k: True))
    trusted = panel.trust_key()
    assert trusted is not None and trusted.name == "A. Colleague"
    assert panel.listing.item(1).text() == f"Trusted: A. Colleague — {trusted.fingerprint}"
    (tmp_path / "bad.pub").write_text("not a key")
    monkeypatch.setattr(
        FileDialogs, "ask_open_key", classmethod(lambda cls, p, f: tmp_path / "bad.pub")
    )
    assert panel.trust_key() is None
    assert "is not a casefile public key" in panel.message.text()


def test_check_file_reports_the_seals(
    opened, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from casefile.ui.tasks.file_check import CheckReport

    answer_seal(monkeypatch, SealRequest("", None))
    opened.review.seal_actions["submitted"].trigger()
    opened.session.add("party", name="Late witness")
    shown: list[str] = []
    monkeypatch.setattr(
        CheckReport,
        "show",
        classmethod(lambda cls, p, n, problems, e, seals="": shown.append(seals)),
    )
    with qtbot.waitSignal(opened.file_checked, timeout=30_000):
        opened.action_check.trigger()
    lines = shown[0].splitlines()
    assert lines[0].startswith("Seal 1 of 1: Submitted by R. Mustafayev")
    assert lines[0].endswith("signature valid, history intact")
    assert lines[1].startswith("Review state: Submitted by R. Mustafayev")
    assert "Warning: 1 change since the latest seal" in shown[0]


@pytest.mark.parametrize("protected", [False, True])
def test_the_passphrase_box_shows_only_for_a_protected_key(
    qtbot, keys: Keys, protected: bool
) -> None:
    public = keys.own_public()
    seal = SealDialog(
        None,
        state="in_review",
        button="Approve",
        public=public,
        protected=protected,
        fingerprint="abc",
    )
    release = ReleaseDialog(None, suggested=Path("r.casefile"), protected=protected)
    for dialog in (seal, release):
        qtbot.addWidget(dialog)
        dialog.show()
        shown = [box for box in dialog.findChildren(QLineEdit, "key_passphrase") if box.isVisible()]
        assert len(shown) == (1 if protected else 0)
        assert dialog.passphrase.isVisible() is protected
        assert dialog.request().passphrase is None


def test_a_key_line_wraps_to_the_list_rather_than_scrolling(qtbot, keys: Keys) -> None:
    panel = KeysPanel(None, keys, name="R. Mustafayev")
    qtbot.addWidget(panel)
    panel.resize(360, 300)
    panel.show()
    qtbot.waitExposed(panel)
    listing = panel.listing
    rect = listing.visualItemRect(listing.item(0))
    assert rect.right() <= listing.viewport().width()
    assert rect.height() > listing.fontMetrics().height() * 1.5  # on two lines
    assert not listing.horizontalScrollBar().isVisible()
    assert listing.item(0).toolTip() == keys.own_public().fingerprint


def test_item_and_author_columns_fit_their_text(qtbot, session: CaseSession, speak) -> None:
    speak("az")
    damage = session.case.records("damage_item")[0]
    session.case.actor = "Consular officer of the Embassy"  # longer than the header
    session.case.add_comment(damage.id, "Add the contractor's estimate.")
    view = ReviewView(session)
    qtbot.addWidget(view)
    view.resize(1100, 500)
    view.show()
    metrics = view.table.fontMetrics()
    header = view.table.horizontalHeader()
    for column in (0, 2):
        text = view.model.index(0, column).data()
        assert header.sectionSize(column) > metrics.horizontalAdvance(text), (column, text)
