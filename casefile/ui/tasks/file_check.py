"""File > Check file: what `casefile check` verifies, from the window, off its thread.

A reviewer who receives a case by mail opens it read-only and wants to know it is
intact (DESIGN.md): SQLite's integrity, the schema, the links, every attachment's
SHA-256 and the audit chain. Hashing a large case's photos takes a second or two, so
the check runs on Qt's thread pool behind a busy dialog, and the window keeps painting.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from casefile.store import CheckResult, Problem
from casefile.ui.support.store_errors import full_message, said
from casefile.ui.support.translation import english_plural
from casefile.ui.tasks.workers import emit_if_alive, progress_dialog

#: Problems listed in the report itself; the rest are under Show Details.
SHOWN_PROBLEMS = 5


class _Signals(QObject):
    finished = Signal(object, int)  # the problems found, the audit entries verified
    failed = Signal(str)


class _CheckTask(QRunnable):
    def __init__(self, case: Any, signals: _Signals) -> None:
        super().__init__()
        self._case, self._signals = case, signals

    def run(self) -> None:
        from casefile.store import CaseFileError

        try:
            result = self._case.check_result()
        except CaseFileError as exc:  # the case was closed, or its file went away
            emit_if_alive(self._signals.failed, full_message(exc))
        except Exception as exc:  # a bug: say so, but keep the app alive
            emit_if_alive(
                self._signals.failed,
                QCoreApplication.translate(
                    "FileCheck", "Unexpected error while checking ({error})."
                ).format(error=f"{type(exc).__name__}: {exc}"),
            )
        else:
            problems = list(result.problems)
            self.result = result  # read by FileCheck once `finished` arrives
            emit_if_alive(self._signals.finished, problems, 0 if problems else result.audit_entries)


class FileCheck(QObject):
    """One check of the open case: start() it; listen to finished or failed."""

    finished = Signal(object, int)  # list[Problem], the audit entries verified
    failed = Signal(str)

    def __init__(self, case: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._case = case
        self._signals = _Signals()
        # A busy bar without Cancel: the check cannot stop halfway, and takes seconds
        # at most.
        self.progress = progress_dialog(
            parent, self.tr("Check file"), self.tr("Checking the file…"), maximum=0, cancel=None
        )
        self._signals.finished.connect(self._on_task_finished)
        self._signals.failed.connect(self._on_task_failed)

    def start(self) -> None:
        self.progress.setValue(0)
        self._task = _CheckTask(self._case, self._signals)
        self._task.setAutoDelete(False)  # its result is read when it has finished
        QThreadPool.globalInstance().start(self._task)

    @property
    def seals_text(self) -> str:
        """What the check said of the case's seals, review state and release, if any."""
        result: CheckResult | None = getattr(self._task, "result", None)
        return seals_text(result) if result is not None else ""

    def _on_task_finished(self, problems: list[Problem], entries: int) -> None:
        self.progress.close()
        self.finished.emit(problems, entries)

    def _on_task_failed(self, message: str) -> None:
        self.progress.close()
        self.failed.emit(message)


def seals_text(result: CheckResult) -> str:
    """The seals as `casefile check` lists them, the review state or the release, and
    the warnings (an untrusted signer, changes no seal covers), one per line."""
    from casefile.ui.tasks.seal_text import SealWords
    from casefile.ui.views.review_state import review_sentence

    words = SealWords()
    lines = [words.seal_line(seal, len(result.seals)) for seal in result.seals]
    if result.release is not None:
        lines.append(words.release_sentence(result.release))
    elif result.review is not None:
        lines.append(
            QCoreApplication.translate("CheckReport", "Review state: {state}").format(
                state=review_sentence(result.review)
            )
        )
    lines += [
        QCoreApplication.translate("CheckReport", "Warning: {message}").format(
            message=said(w.message)
        )
        for w in result.warnings
    ]
    if result.uncovered:
        lines.append(CheckWords().uncovered(len(result.uncovered)))
    return "\n".join(lines)


class CheckWords(QObject):
    """The report's counted phrases (self.tr, the one call lupdate reads plural forms from)."""

    def problems(self, count: int) -> str:
        return english_plural(self.tr("%Ln problem(s)", "", count), count)

    def found(self, count: int) -> str:
        return english_plural(self.tr("“{name}” has %Ln problem(s).", "", count), count)

    def uncovered(self, count: int) -> str:
        return english_plural(
            self.tr(
                "Warning: %Ln change(s) since the latest seal, which no seal covers", "", count
            ),
            count,
        )


class CheckReport:
    """What the check found, in a message box."""

    @classmethod
    def show(
        cls,
        parent: QWidget | None,
        name: str,
        problems: list[Problem],
        entries: int,
        seals: str = "",
    ) -> None:
        cls.box(parent, name, problems, entries, seals).exec()

    @staticmethod
    def box(
        parent: QWidget | None, name: str, problems: list[Problem], entries: int, seals: str = ""
    ) -> QMessageBox:
        box = QMessageBox(parent)
        box.setWindowTitle(QCoreApplication.translate("CheckReport", "Check file"))
        if problems:
            box.setIcon(QMessageBox.Icon.Warning)
            box.setText(CheckWords().found(len(problems)).format(name=name))
            shown = "\n".join(f"• {finding(p)}" for p in problems[:SHOWN_PROBLEMS])
            more = len(problems) - SHOWN_PROBLEMS
            if more > 0:
                shown += "\n" + QCoreApplication.translate(
                    "CheckReport", "… and {count} more (in the details)"
                ).format(count=QLocale().toString(more))
            advice = QCoreApplication.translate(
                "CheckReport",
                "Do not rely on this file as it is: restore it from a copy you trust, or ask "
                "whoever sent it for it again. Opened read-only, what SQLite can read is still "
                "shown.",
            )
            box.setInformativeText(f"{shown}\n\n{advice}")
            box.setDetailedText(
                "\n".join(finding(p) for p in problems) + (f"\n\n{seals}" if seals else "")
            )
        else:
            box.setIcon(QMessageBox.Icon.Information)
            box.setText(
                QCoreApplication.translate("CheckReport", "“{name}” is sound.").format(name=name)
            )
            box.setInformativeText(
                QCoreApplication.translate(
                    "CheckReport",
                    "Checked: integrity, schema, links, attachment hashes and the audit chain "
                    "(audit log entries: {entries}), and that the log accounts for every item: "
                    "nothing was changed outside casefile.",
                ).format(entries=QLocale().toString(entries))
                + (f"\n\n{seals}" if seals else "")
            )
        box.addButton(QMessageBox.StandardButton.Close)
        return box


def finding(problem: Problem) -> str:
    """ "links: …": what a finding is about and what it is, in the app's language (SQLite's
    own words quoted as they are)."""
    from casefile.ui.tasks.seal_text import area_name

    return f"{area_name(problem.area)}: {said(problem.message)}"


def problem_count(problems: list[Problem]) -> str:
    """ "3 problems", in the app's language."""
    return CheckWords().problems(len(problems))
