"""The Meetings & follow-ups view: meetings with participants, and the actions they produced."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Self

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from casefile.store import FOLLOW_UP_STATUSES, MEETING_KINDS
from casefile.ui.case.backlinks import Backlinks
from casefile.ui.case.session import CaseSession
from casefile.ui.editors.fields import (
    ChoiceField,
    DayField,
    FlagField,
    InstantField,
    LineField,
    RefField,
    TextField,
    ZoneField,
)
from casefile.ui.editors.form import ItemForm
from casefile.ui.editors.links import (
    AttachmentsEditor,
    FollowUpsOfMeeting,
    ParticipantsEditor,
    RefListEditor,
)
from casefile.ui.models.choices import ChoiceListModel
from casefile.ui.models.follow_ups import FollowUpTableModel
from casefile.ui.models.items import ItemTableModel
from casefile.ui.models.meetings import MeetingTableModel
from casefile.ui.support.translation import QT_TRANSLATE_NOOP
from casefile.ui.views import ViewOptions
from casefile.ui.views.itemlist import ItemListPane
from casefile.ui.views.listactions import BulkField
from casefile.ui.views.listcolumns import ColumnStore
from casefile.ui.views.listwords import ListWords


class MeetingForm(ItemForm):
    def __init__(
        self, session: CaseSession, folder: Callable[[], Path], parent: QWidget | None = None
    ) -> None:
        super().__init__(session, "meeting", parent)
        self.add_field(LineField("title", self.tr("Title")))
        self.add_field(ChoiceField("kind", self.tr("Kind"), MEETING_KINDS))
        self.add_field(InstantField("held_at", self.tr("When"), lambda record: record.timezone))
        self.add_field(
            FlagField("all_day", self.tr("All day"), self.tr("the time of day is not known"))
        )
        self.add_field(ZoneField("timezone", self.tr("Time zone")))
        self.add_field(LineField("place", self.tr("Place")))
        self.add_field(TextField("summary", self.tr("Summary")))
        self.add_field(TextField("outcomes", self.tr("Outcomes"), lines=3))
        self.participants = ParticipantsEditor(session, ChoiceListModel(session, "party", self))
        self.add_links(self.tr("Participants"), self.participants)
        self.notes = RefListEditor(
            session, "meeting", "note_ids", ChoiceListModel(session, "note", self)
        )
        self.add_links(self.tr("Notes"), self.notes)
        self.follow_ups = FollowUpsOfMeeting(session, Backlinks(session, self))
        self.add_links(self.tr("Follow-ups"), self.follow_ups)
        self.attachments = AttachmentsEditor(session, "meeting", folder)
        self.add_links(self.tr("Attachments"), self.attachments)
        self.field("outcomes").widget.setToolTip(self.tr("One outcome per line"))


class FollowUpForm(ItemForm):
    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(session, "follow_up", parent)
        self.add_field(LineField("title", self.tr("Action")))
        self.add_field(
            RefField("owner_id", self.tr("Owner"), ChoiceListModel(session, "party", self))
        )
        self.add_field(DayField("due_date", self.tr("Due")))
        self.add_field(ChoiceField("status", self.tr("Status"), FOLLOW_UP_STATUSES))
        self.add_field(
            FlagField(
                "internal",
                self.tr("Internal"),
                self.tr("internal only (left out of redacted briefs)"),
            )
        )
        self.add_field(
            RefField(
                "meeting_id", self.tr("From meeting"), ChoiceListModel(session, "meeting", self)
            )
        )


class MeetingsPane(ItemListPane):
    kind = "meeting"
    bulk_fields = (
        BulkField("kind", QT_TRANSLATE_NOOP("SelectionMenu", "Set kind of %1"), MEETING_KINDS),
    )

    def __init__(
        self,
        session: CaseSession,
        parent: QWidget | None = None,
        *,
        folder: Callable[[], Path],
        settings: ColumnStore | None = None,
    ) -> None:
        self._folder = folder
        super().__init__(session, parent, settings=settings)

    def create_model(self) -> ItemTableModel:
        return MeetingTableModel(self._session, self)

    def create_form(self) -> ItemForm:
        return MeetingForm(self._session, self._folder)

    def list_words(self) -> ListWords:
        return ListWords(
            add=self.tr("Add meeting"),
            filter=self.tr("Filter meetings…"),
            pick=self.tr("Select a meeting on the left to see it."),
            pick_or_add=self.tr("Select a meeting on the left,\nor add one with %1."),
            new_title=self.tr("New meeting"),
            heading=self.tr("Meetings"),
        )

    def count_source(self, count: int) -> str:
        return self.tr("%Ln meeting(s)", "", count)

    def count_of_source(self, total: int) -> str:
        return self.tr("%1 of %Ln meeting(s)", "", total)

    def new_item_fields(self) -> dict[str, Any]:
        return {"title": self.words.new_title, "timezone": self._session.case.incident().timezone}


class FollowUpsPane(ItemListPane):
    kind = "follow_up"
    bulk_fields = (
        BulkField(
            "status", QT_TRANSLATE_NOOP("SelectionMenu", "Set status of %1"), FOLLOW_UP_STATUSES
        ),
    )

    def create_model(self) -> ItemTableModel:
        return FollowUpTableModel(self._session, self)

    def create_form(self) -> ItemForm:
        return FollowUpForm(self._session)

    def list_words(self) -> ListWords:
        return ListWords(
            add=self.tr("Add follow-up"),
            filter=self.tr("Filter follow-ups…"),
            pick=self.tr("Select a follow-up on the left to see it."),
            pick_or_add=self.tr("Select a follow-up on the left,\nor add one with %1."),
            new_title=self.tr("New follow-up"),
            heading=self.tr("Follow-ups"),
        )

    def count_source(self, count: int) -> str:
        return self.tr("%Ln follow-up(s)", "", count)

    def count_of_source(self, total: int) -> str:
        return self.tr("%1 of %Ln follow-up(s)", "", total)


class MeetingsView(QWidget):
    """Two tabs, meetings and follow-ups; Add and Delete act on the tab in front."""

    title = "Meetings & follow-ups"
    jump_requested = Signal(str, str)
    message_posted = Signal(str)
    #: Add now means another kind (the tab changed)
    actions_changed = Signal()
    can_delete = True

    @classmethod
    def build(cls, session: CaseSession, options: ViewOptions) -> Self:
        return cls(session, folder=options.folder, settings=options.settings)

    def __init__(
        self,
        session: CaseSession,
        parent: QWidget | None = None,
        *,
        folder: Callable[[], Path] = Path.home,
        settings: ColumnStore | None = None,
    ) -> None:
        super().__init__(parent)
        self.meetings = MeetingsPane(session, folder=folder, settings=settings)
        self.follow_ups = FollowUpsPane(session, settings=settings)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.meetings, self.tr("Meetings"))
        self.tabs.addTab(self.follow_ups, self.tr("Follow-ups"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        for pane in self.panes():
            pane.jump_requested.connect(self.jump_requested)
            pane.message_posted.connect(self.message_posted)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)

    def panes(self) -> tuple[ItemListPane, ItemListPane]:
        return (self.meetings, self.follow_ups)

    def list_pane(self) -> ItemListPane:
        """The list File > Export list and Print list act on: the tab in front."""
        return self.current_pane()

    def current_pane(self) -> ItemListPane:
        return self.follow_ups if self.tabs.currentWidget() is self.follow_ups else self.meetings

    @property
    def add_label(self) -> str | None:
        return self.current_pane().add_label

    def add_item(self) -> None:
        self.current_pane().add_item()

    def delete_selected(self) -> bool:
        return self.current_pane().delete_selected()

    def commit_pending(self) -> None:
        for pane in self.panes():
            pane.commit_pending()

    def show_item(self, kind: str, item_id: str) -> bool:
        for pane in self.panes():
            if pane.show_item(kind, item_id):
                self.tabs.setCurrentWidget(pane)
                return True
        return False

    def _on_tabs_current_changed(self, index: int) -> None:
        self.actions_changed.emit()
