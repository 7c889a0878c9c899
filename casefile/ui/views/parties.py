"""The Parties view: people, organisations and states, and where each appears."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from casefile.store import PARTY_KINDS
from casefile.ui.case.backlinks import Backlinks
from casefile.ui.case.session import CaseSession
from casefile.ui.editors.fields import ChoiceField, LineField, RefField
from casefile.ui.editors.form import ItemForm
from casefile.ui.editors.links import AppearsInEditor
from casefile.ui.models.choices import ChoiceListModel
from casefile.ui.models.items import ItemTableModel
from casefile.ui.models.parties import PartyTableModel
from casefile.ui.support.translation import QT_TRANSLATE_NOOP
from casefile.ui.views.itemlist import ItemListPane
from casefile.ui.views.listactions import BulkField
from casefile.ui.views.listwords import ListWords


class PartyForm(ItemForm):
    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(session, "party", parent)
        self.add_field(LineField("name", self.tr("Name")))
        self.add_field(
            LineField(
                "native_name", self.tr("Native name"), self.tr("as written in its own script")
            )
        )
        self.add_field(ChoiceField("kind", self.tr("Kind"), PARTY_KINDS))
        self.add_field(LineField("role", self.tr("Role in the case")))
        self.add_field(LineField("country", self.tr("Country")))
        self.add_field(LineField("affiliation", self.tr("Affiliation")))
        self.add_field(LineField("contact", self.tr("Contact")))
        self.represented = ChoiceListModel(session, "party", self)
        self.add_field(RefField("represents_id", self.tr("Represents"), self.represented))
        self.appears_in = AppearsInEditor(Backlinks(session, self))
        self.add_links(self.tr("Appears in"), self.appears_in)

    def _load(self, record: Any) -> None:
        self.represented.exclude(None if record is None else record.id)
        super()._load(record)

    def heading_text(self, record: Any) -> str:
        return "" if record is None else record.display_name


class PartiesView(ItemListPane):
    title = "Parties"
    kind = "party"
    bulk_fields = (
        BulkField("kind", QT_TRANSLATE_NOOP("SelectionMenu", "Set kind of %1"), PARTY_KINDS),
    )

    def create_model(self) -> ItemTableModel:
        return PartyTableModel(self._session, self)

    def list_words(self) -> ListWords:
        return ListWords(
            add=self.tr("Add party"),
            filter=self.tr("Filter parties…"),
            pick=self.tr("Select a party on the left to see it."),
            pick_or_add=self.tr("Select a party on the left,\nor add one with %1."),
            new_title=self.tr("New party"),
            heading=self.tr("Parties"),
        )

    def count_source(self, count: int) -> str:
        return self.tr("%Ln part(y|ies)", "", count)

    def count_of_source(self, total: int) -> str:
        return self.tr("%1 of %Ln part(y|ies)", "", total)

    def create_form(self) -> ItemForm:
        return PartyForm(self._session)

    def new_item_fields(self) -> dict[str, Any]:
        return {"name": self.words.new_title}
