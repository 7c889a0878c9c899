"""File > Check file: what `casefile check` verifies, from the window, off its thread."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from store.store_support import sql

from casefile.store import CaseFile, CaseFileError
from casefile.store.records import Problem
from casefile.ui.tasks.file_check import CheckReport


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def reports(monkeypatch) -> list[tuple]:
    """What CheckReport was asked to show, instead of a modal box."""
    shown: list[tuple] = []

    def record(cls, parent, name, problems, entries, seals=""):
        shown.append((name, problems, entries))

    monkeypatch.setattr(CheckReport, "show", classmethod(record))
    return shown


def check(window, qtbot) -> tuple[list[Problem], int]:
    with qtbot.waitSignal(window.file_checked, timeout=30_000) as done:
        window.action_check.trigger()
    return done.args[0], done.args[1]


def test_check_is_offered_with_a_case_open_read_only_too(window, demo_path: Path) -> None:
    assert not window.action_check.isEnabled()
    assert window.open_path(demo_path, read_only=True)
    assert window.action_check.isEnabled()
    window.close_case()
    assert not window.action_check.isEnabled()


def test_a_sound_file_is_reported_sound_and_left_unchanged(
    window, qtbot, demo_path: Path, reports: list[tuple]
) -> None:
    """The reviewer's case: a file received and opened read-only."""
    before = file_digest(demo_path)
    with CaseFile.open(demo_path, read_only=True) as case:
        expected_entries = case.verify_audit().entries
    assert window.open_path(demo_path, read_only=True)
    problems, entries = check(window, qtbot)
    assert problems == [] and entries == expected_entries > 0
    assert reports == [(demo_path.name, [], expected_entries)]
    assert window.statusBar().currentMessage() == f"Checked {demo_path.name}: no problems."
    window.close_case()
    assert file_digest(demo_path) == before


def test_changed_attachment_bytes_are_reported(
    window, qtbot, demo_path: Path, reports: list[tuple]
) -> None:
    """Bytes changed behind the app's back pass the opening checks, not this one."""
    sql(demo_path, "UPDATE attachment_blob SET data = zeroblob(10) WHERE rowid = "
        "(SELECT min(rowid) FROM attachment_blob)")  # fmt: skip
    assert window.open_path(demo_path, read_only=True)
    problems, _ = check(window, qtbot)
    assert [p.area for p in problems] == ["attachments"]
    assert "does not match its SHA-256" in problems[0].message
    assert reports[0][1] == problems
    assert window.statusBar().currentMessage() == f"Checked {demo_path.name}: 1 problem."


def test_edits_being_typed_are_written_before_the_check(
    window, qtbot, demo_path: Path, reports: list[tuple]
) -> None:
    """The check reads the file: what is shown must be in it first."""
    assert window.open_path(demo_path)
    case = window.session.case
    written = []
    real = window.workspace.commit_pending
    window.workspace.commit_pending = lambda: written.append(True) or real()
    check(window, qtbot)
    assert written and case.check() == []


def test_a_check_that_cannot_run_says_why(
    window, qtbot, demo_path: Path, monkeypatch, reports: list[tuple]
) -> None:
    warnings: list[tuple] = []
    monkeypatch.setattr(
        QMessageBox,
        "warning",
        staticmethod(lambda parent, title, text: warnings.append((title, text))),
    )

    def closed(self):
        raise CaseFileError("the case file is closed", path=self.path)

    assert window.open_path(demo_path, read_only=True)
    monkeypatch.setattr(CaseFile, "check_result", closed)
    window.action_check.trigger()
    qtbot.waitUntil(lambda: bool(warnings), timeout=30_000)
    assert warnings[0][0] == "File not checked"
    assert "the case file is closed" in warnings[0][1]
    assert reports == []
    assert window._check is None  # a second check may start


def test_the_report_lists_the_problems_and_what_to_do(qapp) -> None:
    problems = [Problem("attachments", f"attachment {n} has lost its bytes") for n in range(7)]
    box = CheckReport.box(None, "received.casefile", problems, 0)
    assert box.text() == "“received.casefile” has 7 problems."
    informative = box.informativeText()
    assert "• photos and documents: attachment 0 has lost its bytes" in informative
    assert "attachment 5" not in informative and "… and 2 more (in the details)" in informative
    assert "restore it from a copy you trust" in informative
    assert box.detailedText().count("\n") == 6  # all seven
    box.deleteLater()


def test_the_report_of_a_sound_file_names_what_was_checked(qapp) -> None:
    box = CheckReport.box(None, "received.casefile", [], 34301)
    assert box.text() == "“received.casefile” is sound."
    assert box.informativeText() == (
        "Checked: integrity, schema, links, attachment hashes and the audit chain "
        "(audit log entries: 34,301), and that the log accounts for every item: nothing was "
        "changed outside casefile."
    )
    box.deleteLater()
