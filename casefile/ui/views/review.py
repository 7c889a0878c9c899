"""The Review view: where the case stands in review (its seals), and the reviewers'
comments on its items, which can be added, resolved and opened again."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casefile.store import CaseFileError
from casefile.ui.case.session import CaseSession
from casefile.ui.models.review_comments import ItemIdRole, ReviewCommentsModel
from casefile.ui.models.roles import KindRole
from casefile.ui.models.vocabulary import kind_name
from casefile.ui.support.columns import fit_column
from casefile.ui.support.formatting import moment_samples
from casefile.ui.support.store_errors import full_message
from casefile.ui.support.translation import arg
from casefile.ui.views.refreshing import RefreshingView
from casefile.ui.views.review_state import review_sentence

#: the kinds a comment may be on, in the order the item chooser lists them
COMMENTED_KINDS = ("incident", "damage_item", "meeting", "follow_up", "note", "party", "attachment")
# the columns sized to what they show (item, author, state), and the widest they grow
# to (the comment column stretches over the rest; a longer text has its tooltip); a
# plain comment, as lupdate hands a "#:" one to translators as the next message's comment
_FITTED_COLUMNS = (0, 2, 4)
_WIDEST_FIT = 320


class CommentDialog(QDialog):
    """A new comment: the item it is on and its text."""

    def __init__(self, parent: QWidget | None, items: list[tuple[str, str]]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a review comment"))
        self.item = QComboBox(self)
        self.item.setObjectName("comment_item")
        for item_id, label in items:
            self.item.addItem(label, item_id)
        self.body = QPlainTextEdit(self)
        self.body.setObjectName("comment_body")
        form = QFormLayout()
        form.addRow(self.tr("On:"), self.item)
        form.addRow(self.tr("Comment:"), self.body)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    @classmethod
    def ask(cls, parent: QWidget | None, items: list[tuple[str, str]]) -> tuple[str, str] | None:
        dialog = cls(parent, items)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return str(dialog.item.currentData()), dialog.body.toPlainText()


class ReviewView(RefreshingView):
    title = "Review"

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent, dirty=True)
        self.state = QLabel(self)
        self.state.setObjectName("review_state")
        self.state.setWordWrap(True)
        self.model = ReviewCommentsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("review_comments")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        fit_column(self.table, 3, moment_samples())  # when, as the language writes it
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.show_resolved = QCheckBox(self.tr("Show resolved comments"), self)
        self.show_resolved.setChecked(True)
        self.show_resolved.toggled.connect(lambda _on: self.refresh())
        self.add_button = QPushButton(self.tr("Add comment…"), self)
        self.add_button.clicked.connect(self.add_item)
        self.resolve_button = QPushButton(self.tr("Resolve"), self)
        self.resolve_button.setObjectName("resolve_comment")
        self.resolve_button.clicked.connect(self.toggle_resolved)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.resolve_button)
        row.addStretch(1)
        row.addWidget(self.show_resolved)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        session.case_changed.connect(self._on_session_case_changed)
        self.refresh()

    @property
    def add_label(self) -> str | None:  # type: ignore[override]
        return None if self._session.read_only else self.tr("Add review comment")

    def refresh(self) -> None:
        self._dirty = False
        case = self._session.case
        review = case.review_state()
        self.state.setText(
            review_sentence(review)
            if review is not None
            else self.tr(
                "Not sealed: nobody has submitted, "
                "approved or asked for changes to this case yet (Review menu)."
            )
        )
        self.model.set_comments(case.comments(include_resolved=self.show_resolved.isChecked()))
        self._fit_columns()
        self._update_buttons()

    def _fit_columns(self) -> None:
        """Item, author and state columns as wide as their texts in the app's language
        need (a review has a handful of comments: measured on each refresh)."""
        header = self.table.horizontalHeader()
        for column in _FITTED_COLUMNS:
            texts = [
                str(self.model.index(row, column).data() or "")
                for row in range(self.model.rowCount())
            ]
            width = fit_column(self.table, column, texts)
            if width > _WIDEST_FIT:
                header.resizeSection(column, _WIDEST_FIT)

    def _selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _update_buttons(self) -> None:
        editable = not self._session.read_only
        self.add_button.setEnabled(editable)
        row = self._selected_row()
        self.resolve_button.setEnabled(editable and row is not None)
        if row is not None:
            resolved = self.model.comment(row).resolved
            self.resolve_button.setText(self.tr("Open again") if resolved else self.tr("Resolve"))

    def _items(self) -> list[tuple[str, str]]:
        case = self._session.case
        named = self.tr("%1: %2", "an item in the chooser: its kind, its name")
        incident = case.incident()
        items = [(incident.id, arg(named, kind_name("incident"), incident.title))]
        for kind in COMMENTED_KINDS[1:]:
            ids = self._session.ids(kind)
            names = case.names(kind, ids)
            kind_label = kind_name(kind)
            items += [(i, arg(named, kind_label, names.get(i, ""))) for i in ids]
        return items

    def add_item(self) -> None:
        if self._session.read_only:
            return
        chosen = CommentDialog.ask(self, self._items())
        if chosen is None:
            return
        try:
            self._session.add_comment(*chosen)
        except CaseFileError as exc:
            QMessageBox.warning(self, self.tr("Comment not added"), full_message(exc))

    def toggle_resolved(self) -> None:
        row = self._selected_row()
        if row is None or self._session.read_only:
            return
        comment = self.model.comment(row)
        try:
            self._session.resolve_comment(comment.id, not comment.resolved)
        except CaseFileError as exc:
            QMessageBox.warning(self, self.tr("Comment not changed"), full_message(exc))

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        kind, item_id = index.data(KindRole), index.data(ItemIdRole)
        if kind and item_id:
            self.item_activated.emit(kind, item_id)
