"""The Notes view: diplomatic notes, statements, press reports, memos and observations."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any, Self

from PySide6.QtWidgets import QWidget

from casefile.store import NOTE_KINDS
from casefile.ui.case.session import CaseSession
from casefile.ui.editors.fields import (
    ChoiceField,
    DayField,
    FlagField,
    LineField,
    RefField,
    TextField,
)
from casefile.ui.editors.form import ItemForm
from casefile.ui.editors.links import AttachmentsEditor, RefListEditor
from casefile.ui.models.choices import ChoiceListModel
from casefile.ui.models.items import ItemTableModel
from casefile.ui.models.notes import NoteTableModel
from casefile.ui.support.translation import QT_TRANSLATE_NOOP
from casefile.ui.views import ViewOptions
from casefile.ui.views.itemlist import ItemListPane
from casefile.ui.views.listactions import BulkField
from casefile.ui.views.listcolumns import ColumnStore
from casefile.ui.views.listwords import ListWords

#: the kind of note that is internal unless its user says otherwise
INTERNAL_MEMO = "internal_memo"


class NoteForm(ItemForm):
    def __init__(
        self, session: CaseSession, folder: Callable[[], Path], parent: QWidget | None = None
    ) -> None:
        super().__init__(session, "note", parent)
        parties = ChoiceListModel(session, "party", self)
        self.add_field(LineField("title", self.tr("Title")))
        self.add_field(ChoiceField("kind", self.tr("Kind"), NOTE_KINDS))
        self.add_field(DayField("date", self.tr("Date")))
        self.add_field(RefField("source_party_id", self.tr("Source"), parties))
        self.add_field(
            FlagField(
                "internal",
                self.tr("Internal"),
                self.tr("internal only (left out of redacted briefs)"),
            )
        )
        self.add_field(TextField("body", self.tr("Text"), lines=8))
        self.parties = RefListEditor(session, "note", "party_ids", parties)
        self.add_links(self.tr("Parties"), self.parties)
        self.attachments = AttachmentsEditor(session, "note", folder)
        self.add_links(self.tr("Attachments"), self.attachments)

    def implied_changes(self, changed: dict[str, Any]) -> dict[str, Any]:
        """A note made an internal memo is internal: a memo is the mission's own
        writing, and a brief for outsiders must not carry it unless someone says so."""
        if changed.get("kind") == INTERNAL_MEMO:
            return {"internal": True}
        return {}


class NotesView(ItemListPane):
    title = "Notes"
    kind = "note"
    bulk_fields = (
        BulkField("kind", QT_TRANSLATE_NOOP("SelectionMenu", "Set kind of %1"), NOTE_KINDS),
    )

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
        self._folder = folder
        super().__init__(session, parent, settings=settings)

    def create_model(self) -> ItemTableModel:
        return NoteTableModel(self._session, self)

    def create_form(self) -> ItemForm:
        return NoteForm(self._session, self._folder)

    def list_words(self) -> ListWords:
        return ListWords(
            add=self.tr("Add note"),
            filter=self.tr("Filter notes…"),
            pick=self.tr("Select a note on the left to see it."),
            pick_or_add=self.tr("Select a note on the left,\nor add one with %1."),
            new_title=self.tr("New note"),
            heading=self.tr("Notes"),
        )

    def count_source(self, count: int) -> str:
        return self.tr("%Ln note(s)", "", count)

    def count_of_source(self, total: int) -> str:
        return self.tr("%1 of %Ln note(s)", "", total)

    def new_item_fields(self) -> dict[str, Any]:
        return {"title": self.words.new_title, "date": dt.date.today()}
