"""Link editors shown in the forms: edited in place, each change one undoable update.

The parties of a note, the notes of a meeting, a meeting's participants with their
role, an item's photos and documents (by file name, with a small thumbnail), and
the read-only lists that show links backwards ("appears in…", a meeting's follow-ups).
Enter or a double-click on a listed item jumps to it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QIcon, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from casefile.store import CaseFileError, Participant, read_attachment
from casefile.ui.case.backlinks import Backlinks
from casefile.ui.case.session import CaseSession
from casefile.ui.dialogs.files import FileDialogs
from casefile.ui.editors.form import LinkEditor
from casefile.ui.models.choices import ChoiceListModel
from casefile.ui.models.roles import IdRole, KindRole
from casefile.ui.models.vocabulary import kind_name
from casefile.ui.support.formatting import choice, date_text
from casefile.ui.support.store_errors import full_message, message_of
from casefile.ui.support.translation import QT_TRANSLATE_NOOP, english_plural

THUMB = QSize(40, 30)

#: how an item links to a party, as "appears in" says it
LINK_WAYS = {
    "mentioned": QT_TRANSLATE_NOOP("AppearsInEditor", "mentioned"),
    "source": QT_TRANSLATE_NOOP("AppearsInEditor", "source"),
    "participant": QT_TRANSLATE_NOOP("AppearsInEditor", "participant"),
    "owner": QT_TRANSLATE_NOOP("AppearsInEditor", "owner"),
    "represents": QT_TRANSLATE_NOOP("AppearsInEditor", "represents it"),
}

#: what a list of links to items of a kind says of its picker, Add and Remove (""
#: for a kind without words of its own)
LINK_TIPS: dict[str, tuple[str, str, str]] = {
    "party": (
        QT_TRANSLATE_NOOP("RefListEditor", "Choose a party to link"),
        QT_TRANSLATE_NOOP("RefListEditor", "Link the chosen party"),
        QT_TRANSLATE_NOOP("RefListEditor", "Unlink the selected party (Delete)"),
    ),
    "note": (
        QT_TRANSLATE_NOOP("RefListEditor", "Choose a note to link"),
        QT_TRANSLATE_NOOP("RefListEditor", "Link the chosen note"),
        QT_TRANSLATE_NOOP("RefListEditor", "Unlink the selected note (Delete)"),
    ),
    "": (
        QT_TRANSLATE_NOOP("RefListEditor", "Choose an item to link"),
        QT_TRANSLATE_NOOP("RefListEditor", "Link the chosen item"),
        QT_TRANSLATE_NOOP("RefListEditor", "Unlink the selected item (Delete)"),
    ),
}


class LinkList(QListWidget):
    """A short list of linked items; Enter or double-click asks to jump to one."""

    def __init__(self, on_jump: Callable[[str, str], None], rows: int = 4) -> None:
        super().__init__()
        self._on_jump = on_jump
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._rows = rows
        self.itemActivated.connect(self._on_self_item_activated)
        self.fit()

    def clear(self) -> None:
        super().clear()
        self.fit()

    def fit(self) -> None:
        """As tall as its entries (one line at least, `rows` at most): no empty boxes."""
        shown = min(max(self.count(), 1), self._rows)
        self.setFixedHeight(shown * self._line() + 2 * self.frameWidth() + 2)

    def _line(self) -> int:
        return max(self.fontMetrics().lineSpacing() + 6, self.iconSize().height() + 6)

    def _on_self_item_activated(self, item: QListWidgetItem) -> None:
        kind, item_id = item.data(KindRole), item.data(IdRole)
        if kind and item_id:
            self._on_jump(kind, item_id)

    def add_entry(self, kind: str, item_id: str, text: str, icon: QIcon | None = None) -> None:
        item = QListWidgetItem(text)
        if self.iconSize().height() > 0:  # rows as tall as fit() counts them
            item.setSizeHint(QSize(-1, self._line()))
        item.setData(IdRole, item_id)
        item.setData(KindRole, kind)
        item.setToolTip(
            QCoreApplication.translate(
                "LinkList", "{kind}: press Enter or double-click to open"
            ).format(kind=kind_name(kind))
        )
        if icon is not None:
            item.setIcon(icon)
        self.addItem(item)
        self.fit()

    def current_id(self) -> str | None:
        item = self.currentItem()
        return None if item is None else item.data(IdRole)


class _RemovableList(LinkList):
    """A link list where Delete removes the link (not the linked item)."""

    def __init__(self, on_jump: Callable[[str, str], None], on_remove: Callable[[], None]):
        super().__init__(on_jump)
        self._on_remove = on_remove
        self.removable = True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.removable:
            self._on_remove()
            return
        super().keyPressEvent(event)


def _button(text: str, tip: str) -> QPushButton:
    button = QPushButton(text)
    button.setToolTip(tip)
    button.setAutoDefault(False)
    return button


class RefListEditor(LinkEditor):
    """An ordered set of links to items of one kind (a note's parties, a meeting's notes)."""

    def __init__(
        self,
        session: CaseSession,
        kind: str,
        field: str,
        choices: ChoiceListModel,
    ) -> None:
        super().__init__()
        self._session, self._kind, self._field, self._choices = session, kind, field, choices
        self._target = choices.kind
        self._record: Any = None
        self.list = _RemovableList(self.jump_requested.emit, self._on_remove_clicked)
        self.picker = QComboBox()
        self.picker.setModel(choices)
        self.picker.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.picker.setMinimumContentsLength(12)
        tips = LINK_TIPS.get(self._target, LINK_TIPS[""])
        choose, link, unlink = (QCoreApplication.translate("RefListEditor", t) for t in tips)
        self.picker.setToolTip(choose)
        self.add_button = _button(self.tr("Add"), link)
        self.remove_button = _button(self.tr("Remove"), unlink)
        row = QHBoxLayout()
        row.addWidget(self.picker, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(row)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.picker.activated.connect(self._on_add_clicked)

    def load(self, record: Any) -> None:
        self._record = record
        self.list.clear()
        linked = list(getattr(record, self._field))
        names = self._session.case.names(self._target, linked)
        for other_id in linked:
            if other_id in names:
                self.list.add_entry(self._target, other_id, names[other_id])
        self.picker.setCurrentIndex(0)

    def set_editable(self, editable: bool) -> None:
        for widget in (self.picker, self.add_button, self.remove_button):
            widget.setVisible(editable)
        self.list.removable = editable

    def linked_ids(self) -> list[str]:
        return list(getattr(self._record, self._field)) if self._record is not None else []

    def _on_add_clicked(self) -> None:
        chosen = self.picker.currentData(IdRole)
        if self._record is None or not chosen or chosen in self.linked_ids():
            return
        self._write([*self.linked_ids(), chosen])

    def _on_remove_clicked(self) -> None:
        chosen = self.list.current_id()
        if self._record is None or chosen is None:
            return
        self._write([i for i in self.linked_ids() if i != chosen])

    def _write(self, ids: list[str]) -> None:
        self._save_links(self._session, self._kind, self._record.id, **{self._field: ids})


class ParticipantsEditor(LinkEditor):
    """A meeting's participants: party and role; the role is edited in place."""

    def __init__(self, session: CaseSession, choices: ChoiceListModel) -> None:
        super().__init__()
        self._session, self._choices = session, choices
        self._record: Any = None
        self._loading = False
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Party"), self.tr("Role")])
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().lineSpacing() + 10
        )
        self.picker = QComboBox()
        self.picker.setModel(choices)
        self.picker.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.picker.setMinimumContentsLength(10)  # the row fits a form beside a 1024 px list
        self.role = QLineEdit()
        self.role.setPlaceholderText(self.tr("role"))
        self.add_button = _button(self.tr("Add"), self.tr("Add the chosen party with this role"))
        self.remove_button = _button(self.tr("Remove"), self.tr("Remove the selected participant"))
        row = QHBoxLayout()
        row.addWidget(self.picker, 2)
        row.addWidget(self.role, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(row)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.role.returnPressed.connect(self._on_add_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.table.itemChanged.connect(self._on_table_item_changed)
        self.table.cellDoubleClicked.connect(self._on_table_cell_double_clicked)

    def load(self, record: Any) -> None:
        self._record = record
        self._loading = True
        try:
            parties = self._session.case.names("party", [x.party_id for x in record.participants])
            self.table.setRowCount(len(record.participants))
            for row, participant in enumerate(record.participants):
                name = QTableWidgetItem(parties.get(participant.party_id, "?"))
                name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
                name.setData(IdRole, participant.party_id)
                name.setToolTip(self.tr("Double-click to open this party"))
                self.table.setItem(row, 0, name)
                self.table.setItem(row, 1, QTableWidgetItem(participant.role))
        finally:
            self._loading = False
        self._fit()
        self.picker.setCurrentIndex(0)

    def _fit(self) -> None:
        rows = min(max(self.table.rowCount(), 1), 6)
        height = self.table.horizontalHeader().sizeHint().height()
        height += rows * self.table.verticalHeader().defaultSectionSize()
        self.table.setFixedHeight(height + 2 * self.table.frameWidth() + 2)

    def set_editable(self, editable: bool) -> None:
        for widget in (self.picker, self.role, self.add_button, self.remove_button):
            widget.setVisible(editable)
        self.table.setEditTriggers(
            self.table.editTriggers() if editable else QAbstractItemView.EditTrigger.NoEditTriggers
        )

    def participants(self) -> list[Participant]:
        return list(self._record.participants) if self._record is not None else []

    def _on_add_clicked(self) -> None:
        chosen = self.picker.currentData(IdRole)
        if self._record is None or not chosen:
            self.message_posted.emit(self.tr("Choose a party to add as a participant"))
            return
        kept = [p for p in self.participants() if p.party_id != chosen]
        self._write([*kept, Participant(chosen, self.role.text().strip())])
        self.role.clear()

    def _party_id_at(self, row: int) -> str:
        cell = self.table.item(row, 0)
        assert cell is not None  # every row has its party's cell
        party_id: str = cell.data(IdRole)
        return party_id

    def _on_remove_clicked(self) -> None:
        row = self.table.currentRow()
        if self._record is None or row < 0:
            return
        party_id = self._party_id_at(row)
        self._write([p for p in self.participants() if p.party_id != party_id])

    def _on_table_item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading or self._record is None or item.column() != 1:
            return
        party_id = self._party_id_at(item.row())
        role = item.text().strip()
        self._write(
            [Participant(p.party_id, role) if p.party_id == party_id else p
             for p in self.participants()]
        )  # fmt: skip

    def _on_table_cell_double_clicked(self, row: int, column: int) -> None:
        if column == 0:
            self.jump_requested.emit("party", self._party_id_at(row))

    def _write(self, participants: list[Participant]) -> None:
        self._save_links(self._session, "meeting", self._record.id, participants=participants)


class AttachmentsEditor(LinkEditor):
    """An item's photos and documents by file name; add files, or unlink one."""

    def __init__(self, session: CaseSession, kind: str, folder: Callable[[], Path]) -> None:
        super().__init__()
        self._session, self._kind, self._folder = session, kind, folder
        self._record: Any = None
        self.list = _RemovableList(self.jump_requested.emit, self._on_remove_clicked)
        self.list.setIconSize(THUMB)
        self.list.fit()
        self.add_button = _button(
            self.tr("Add files…"), self.tr("Add photos or documents to this item")
        )
        self.remove_button = _button(
            self.tr("Unlink"),
            self.tr("Take the selected file off this item (it stays in the case)"),
        )
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(row)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        # Files dropped on the box (its list included) are attached, as Add files… does.
        self.list.setAcceptDrops(False)
        self.list.viewport().setAcceptDrops(False)
        self.setAcceptDrops(not session.read_only)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self._record is not None:
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasUrls() and self._record is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        from casefile.ui.views.photos_owners import local_paths

        paths = local_paths(event.mimeData().urls())
        if not paths or self._record is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.add_files(paths)

    def load(self, record: Any) -> None:
        self._record = record
        self.list.clear()
        case = self._session.case
        attachments = case.records("attachment", ids=list(record.attachment_ids))
        thumbs = case.thumbnails([a.id for a in attachments if a.is_image])  # one query
        # Every row has an icon (a document's, where there is no thumbnail): the list's
        # rows share the first row's height, and a row without one is a line tall.
        document = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        for attachment in attachments:
            icon = document
            thumb = thumbs.get(attachment.id)
            if thumb:
                pixmap = QPixmap()
                if pixmap.loadFromData(thumb):
                    icon = QIcon(pixmap)
            text = attachment.filename + (f" — {attachment.caption}" if attachment.caption else "")
            self.list.add_entry("attachment", attachment.id, text, icon)

    def set_editable(self, editable: bool) -> None:
        self.add_button.setVisible(editable)
        self.remove_button.setVisible(editable)
        self.list.removable = editable
        self.setAcceptDrops(editable)

    def add_files(self, paths: list[Path]) -> None:
        """Read the files and attach them in one undoable step."""
        if self._record is None or not paths:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            message = self._attach(paths, self._record.id)
        finally:
            QApplication.restoreOverrideCursor()
        self.message_posted.emit(message)

    def _attach(self, paths: list[Path], owner_id: str) -> str:
        try:
            files = [read_attachment(p) for p in paths]
        except CaseFileError as exc:  # names the file: a pipe, a device, unreadable
            return self.tr("Not added: {reason}").format(reason=full_message(exc))
        try:
            added = self._session.add_attachments(files, to=owner_id)
        except CaseFileError as exc:
            return self.tr("Not added: {reason}").format(reason=message_of(exc))
        said = [english_plural(self.tr("Added %n file(s)", "", len(paths)), len(paths))]
        return "; ".join(said + [r.notice for r in added if r.notice])

    def _on_add_clicked(self) -> None:
        self.add_files(FileDialogs.ask_attachments(self, self._folder()))

    def _on_remove_clicked(self) -> None:
        chosen = self.list.current_id()
        if self._record is None or chosen is None:
            return
        kept = [i for i in self._record.attachment_ids if i != chosen]
        self._save_links(self._session, self._kind, self._record.id, attachment_ids=kept)


class AppearsInEditor(LinkEditor):
    """Where a party appears: notes, meetings, follow-ups, parties that represent it."""

    def __init__(self, backlinks: Backlinks) -> None:
        super().__init__()
        self._backlinks = backlinks
        self.list = LinkList(self.jump_requested.emit, rows=6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)

    def load(self, record: Any) -> None:
        self.list.clear()
        links = self._backlinks.of_party(record.id)
        for link in links:
            how = QCoreApplication.translate("AppearsInEditor", LINK_WAYS.get(link.how, link.how))
            if link.role:
                how = self.tr("{how} ({role})").format(how=how, role=link.role)
            text = f"{kind_name(link.kind)}: {link.title} — {how}"
            self.list.add_entry(link.kind, link.id, text)
        if not links:
            self.list.addItem(self.tr("Not linked to any note, meeting or follow-up yet"))
        self.list.fit()

    def set_editable(self, editable: bool) -> None:
        """Read-only in any mode: these links are edited where they are owned."""


class FollowUpsOfMeeting(LinkEditor):
    """The follow-ups a meeting produced; one button adds another."""

    def __init__(self, session: CaseSession, backlinks: Backlinks) -> None:
        super().__init__()
        self._session, self._backlinks = session, backlinks
        self._record: Any = None
        self.list = LinkList(self.jump_requested.emit)
        self.add_button = _button(
            self.tr("Add follow-up"), self.tr("Add an action that came out of this meeting")
        )
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(row)
        self.add_button.clicked.connect(self._on_add_clicked)

    def load(self, record: Any) -> None:
        self._record = record
        self.list.clear()
        for follow_up in self._backlinks.follow_ups_of(record.id):
            status = choice("follow_up", "status", follow_up.status)
            if follow_up.due_date:
                text = self.tr("{title} (due {date}) — {status}").format(
                    title=follow_up.title, date=date_text(follow_up.due_date), status=status
                )
            else:
                text = f"{follow_up.title} — {status}"
            self.list.add_entry("follow_up", follow_up.id, text)

    def set_editable(self, editable: bool) -> None:
        self.add_button.setVisible(editable)

    def _on_add_clicked(self) -> None:
        if self._record is None:
            return
        try:
            added = self._session.add(
                "follow_up", title=self.tr("New follow-up"), meeting_id=self._record.id
            )
        except CaseFileError as exc:
            self.message_posted.emit(self.tr("Not added: {reason}").format(reason=message_of(exc)))
            return
        self.jump_requested.emit("follow_up", added.id)
