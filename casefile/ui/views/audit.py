"""The Audit log: who changed what and when, under a banner saying whether the chain holds."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casefile.store.records import AuditVerdict
from casefile.ui.session import CaseSession
from casefile.ui.views.audit_model import AuditModel, EntityIdRole, EntityRole
from casefile.ui.views.refreshing import RefreshingView

OK_STYLE = "background: #e6f4ea; color: #0d5223; border: 1px solid #a8d5b5;"
BROKEN_STYLE = "background: #fce8e6; color: #8c1d18; border: 1px solid #f0b4ae;"
BANNER_STYLE = "padding: 8px; border-radius: 4px; font-weight: 600; {}"


def banner_text(verdict: AuditVerdict) -> str:
    if verdict.ok:
        return f"✔ Audit chain verified: {verdict.entries} entries"
    return f"✖ Audit chain broken at entry {verdict.first_bad_seq}: {verdict.message}"


class AuditView(RefreshingView):
    """Reads only: nothing here can change the log (nothing in the app can)."""

    title = "Audit log"

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.verdict: AuditVerdict | None = None

        self.banner = QLabel(self)
        self.banner.setObjectName("audit_banner")
        self.banner.setWordWrap(True)
        self.model = AuditModel(session.case, self)
        self.table = QTableView(self)
        self.table.setObjectName("audit_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 8
        )  # fixed row height: no per-row measuring with thousands of rows
        header = self.table.horizontalHeader()
        widths = (150, 110, 70, 100, 220)
        for column, width in enumerate(widths):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
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
        """Verify the whole chain and reload the newest page of entries."""
        self._dirty = False
        self.verdict = self._session.case.verify_audit()
        self.banner.setText(banner_text(self.verdict))
        style = OK_STYLE if self.verdict.ok else BROKEN_STYLE
        self.banner.setStyleSheet(BANNER_STYLE.format(style))
        self.model.reload()

    # -- handlers -------------------------------------------------------------------------

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        kind, item_id = index.data(EntityRole), index.data(EntityIdRole)
        if kind and item_id:
            self.item_activated.emit(kind, item_id)
