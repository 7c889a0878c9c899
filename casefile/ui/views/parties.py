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
from casefile.ui.views.itemlist import ItemListPane
from casefile.ui.views.listactions import BulkField


class PartyForm(ItemForm):
    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(session, "party", parent)
        self.add_field(LineField("name", "Name"))
        self.add_field(LineField("native_name", "Native name", "as written in its own script"))
        self.add_field(ChoiceField("kind", "Kind", PARTY_KINDS))
        self.add_field(LineField("role", "Role in the case"))
        self.add_field(LineField("country", "Country"))
        self.add_field(LineField("affiliation", "Affiliation"))
        self.add_field(LineField("contact", "Contact"))
        self.represented = ChoiceListModel(session, "party", self)
        self.add_field(RefField("represents_id", "Represents", self.represented))
        self.appears_in = AppearsInEditor(Backlinks(session, self))
        self.add_links("Appears in", self.appears_in)

    def _load(self, record: Any) -> None:
        self.represented.exclude(None if record is None else record.id)
        super()._load(record)

    def heading_text(self, record: Any) -> str:
        return "" if record is None else record.display_name


class PartiesView(ItemListPane):
    title = "Parties"
    kind = "party"
    noun = "party"
    plural = "parties"
    add_label = "Add party"
    bulk_fields = (BulkField("kind", "Kind", PARTY_KINDS),)

    def create_model(self) -> ItemTableModel:
        return PartyTableModel(self._session, self)

    def create_form(self) -> ItemForm:
        return PartyForm(self._session)

    def new_item_fields(self) -> dict[str, Any]:
        return {"name": "New party"}
