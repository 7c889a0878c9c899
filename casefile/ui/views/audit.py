"""The Audit log: who changed what and when, under a banner saying whether the chain holds.

The entries show at once; the chain is verified on a worker thread (a long log takes a
while to verify) and the banner says so when the verdict comes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casefile.store import AuditVerdict, CaseFileError
from casefile.ui.case.session import CaseSession
from casefile.ui.models.audit import ACTIONS, AuditModel, EntityIdRole, EntityRole, action_name
from casefile.ui.models.vocabulary import KIND_NAMES, kind_name
from casefile.ui.support.columns import fit_column, fixed_rows
from casefile.ui.support.formatting import moment_samples, whole_number
from casefile.ui.support.store_errors import full_message
from casefile.ui.support.translation import arg, english_plural
from casefile.ui.tasks.workers import emit_if_alive
from casefile.ui.views.refreshing import RefreshingView

OK_STYLE = "background: #e6f4ea; color: #0d5223; border: 1px solid #a8d5b5;"
BROKEN_STYLE = "background: #fce8e6; color: #8c1d18; border: 1px solid #f0b4ae;"
PENDING_STYLE = "background: #eef1f4; color: #3c4650; border: 1px solid #c9d1d9;"
BANNER_STYLE = "padding: 8px; border-radius: 4px; font-weight: 600; {}"


class _Verified(QObject):
    """Carries a verdict from the worker to the view (queued: it lives in the GUI thread)."""

    done = Signal(int, object)  # generation, AuditVerdict or the error's text


class _VerifyTask(QRunnable):
    def __init__(self, case: Any, generation: int, signals: _Verified) -> None:
        super().__init__()
        self._case, self._generation, self._signals = case, generation, signals

    def run(self) -> None:
        try:
            result: object = self._case.verify_audit()
        except CaseFileError as exc:  # the file went away, or cannot be read
            result = full_message(exc)
        except Exception as exc:  # the case closed meanwhile
            result = full_message(exc) if isinstance(exc, CaseFileError) else str(exc)
        emit_if_alive(self._signals.done, self._generation, result)


class _LogTable(QTableView):
    """Ctrl+End reaches the log's real end: the model reads the rest first, where it
    would otherwise read one page more (of a page size of 200) at each press."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        model = self.model()
        if event.matches(QKeySequence.StandardKey.MoveToEndOfDocument) and isinstance(
            model, AuditModel
        ):
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                model.fetch_all()
            finally:
                QApplication.restoreOverrideCursor()
        super().keyPressEvent(event)


class AuditView(RefreshingView):
    """Reads only: nothing here can change the log (nothing in the app can)."""

    title = "Audit log"

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.verdict: AuditVerdict | None = None
        self._generation = 0  # a verdict for an older state of the case is dropped
        self._verified = _Verified()
        self._verified.done.connect(self._on_verified_done)

        self.banner = QLabel(self)
        self.banner.setObjectName("audit_banner")
        self.banner.setWordWrap(True)
        self.model = AuditModel(session.case, self)
        self.table = _LogTable(self)
        self.table.setObjectName("audit_table")
        fixed_rows(self.table, self.table.fontMetrics().height() + 8)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        widths = (150, 110, 70, 100, 220)
        for column, width in enumerate(widths):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        # when, what was done and to what kind of item: as wide as the language writes them
        fit_column(self.table, 0, moment_samples(seconds=True))
        fit_column(self.table, 2, [action_name(action) for action in ACTIONS])
        fit_column(self.table, 3, [kind_name(kind) for kind in KIND_NAMES])
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(self._on_table_double_clicked)

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        session.case_changed.connect(self._on_session_case_changed)
        self.refresh()

    # -- the view contract -----------------------------------------------------------------

    def show_item(self, kind: str, item_id: str) -> bool:
        """Audit entries are not items of the case: other views own them."""
        return False

    def refresh(self) -> None:
        """Reload the newest page of entries, and verify the whole chain off this thread."""
        self._dirty = False
        self.model.reload()
        self._generation += 1
        self.verdict = None
        self._set_banner(self.tr("Verifying the audit chain…"), PENDING_STYLE)
        task = _VerifyTask(self._session.case, self._generation, self._verified)
        QThreadPool.globalInstance().start(task)

    def banner_text(self, verdict: AuditVerdict) -> str:
        """The banner's sentence for a verdict, in the user's language."""
        if verdict.ok:
            verified = self.tr("✔ Audit chain verified: %Ln entr(y|ies)", "", verdict.entries)
            return english_plural(verified, verdict.entries)
        return arg(
            self.tr("✖ Audit chain broken at entry %1: %2"),
            whole_number(verdict.first_bad_seq or 0),
            self.reason_text(verdict),
        )

    def reason_text(self, verdict: AuditVerdict) -> str:
        """What broke the chain, in the user's language (the store's English for a reason
        this view does not know)."""
        reasons = {
            "missing": self.tr(
                "audit entry {missing} is missing (the next is {seq}): entries were deleted"
            ),
            "not_following": self.tr(
                "audit entry {seq} does not follow entry {previous}: the log was edited"
            ),
            "withheld": self.tr(
                "audit entry {seq} ({entity} {entity_id}) was edited: its values are marked "
                "withheld, but the item was not deleted"
            ),
            "digests": self.tr(
                "audit entry {seq} ({entity} {entity_id}) was edited: its values do not match "
                "their digests"
            ),
            "hash": self.tr(
                "audit entry {seq} ({entity} {entity_id}) was edited: its hash does not match"
            ),
            "repeated_id": self.tr(
                "audit entry {seq} repeats the id of an earlier entry: the log was edited"
            ),
            "parent_after": self.tr(
                "audit entry {seq} follows entry {parent}, which is not before it in the log: "
                "the log was edited"
            ),
            "clock_not_derived": self.tr(
                "audit entry {seq} has a clock time that does not follow from its time and the "
                "entry before it: the log was edited"
            ),
            "clock_before_parent": self.tr(
                "audit entry {seq} has a clock time before that of the entry it follows: the "
                "log was edited"
            ),
            "cut": self.tr(
                "the audit log ends at entry {last_seq} but the file recorded entry {recorded} "
                "as its last: the newest entries were deleted"
            ),
        }
        template = reasons.get(verdict.reason)
        if template is None:
            return verdict.message
        shown = {
            name: kind_name(value)
            if name == "entity"
            else whole_number(value)
            if isinstance(value, int)
            else value
            for name, value in verdict.fields.items()
        }
        try:
            return template.format(**shown)
        except (KeyError, IndexError, ValueError):  # a translation naming a field wrongly
            return verdict.message

    def _set_banner(self, text: str, style: str) -> None:
        self.banner.setText(text)
        self.banner.setStyleSheet(BANNER_STYLE.format(style))

    # -- handlers -------------------------------------------------------------------------

    def _on_verified_done(self, generation: int, result: object) -> None:
        if generation != self._generation:
            return  # the case changed since: a newer verification is on its way
        if isinstance(result, AuditVerdict):
            self.verdict = result
            self._set_banner(self.banner_text(result), OK_STYLE if result.ok else BROKEN_STYLE)
        else:
            self._set_banner(
                arg(self.tr("✖ The audit chain could not be checked: %1"), result), BROKEN_STYLE
            )

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        kind, item_id = index.data(EntityRole), index.data(EntityIdRole)
        if kind and item_id:
            self.item_activated.emit(kind, item_id)
