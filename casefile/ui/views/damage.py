"""The Damage view: the damage schedule, each item with its estimate and photos."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Self

from PySide6.QtWidgets import QWidget

from casefile.store import (
    DAMAGE_CATEGORIES,
    DAMAGE_STATUSES,
    NOT_ASSESSED,
    SEVERITIES,
    CurrencySum,
    reporting_total,
)
from casefile.ui.case.session import CaseSession
from casefile.ui.editors.fields import (
    ChoiceField,
    CostField,
    InstantField,
    LineField,
    QuantityField,
    TextField,
)
from casefile.ui.editors.form import ItemForm
from casefile.ui.editors.links import AttachmentsEditor
from casefile.ui.models.damage import DamageTableModel, estimate_totals
from casefile.ui.models.items import ItemTableModel
from casefile.ui.views import ViewOptions
from casefile.ui.views.itemlist import ItemListPane
from casefile.ui.views.listactions import BulkField
from casefile.ui.views.listcolumns import ColumnStore


class DamageForm(ItemForm):
    def __init__(
        self,
        session: CaseSession,
        default_currency: Callable[[], str],
        folder: Callable[[], Path],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, "damage_item", parent)
        zone = session.case.incident().timezone
        self.add_field(LineField("title", "Item"))
        self.add_field(ChoiceField("category", "Category", DAMAGE_CATEGORIES))
        self.add_field(ChoiceField("severity", "Severity", {"": NOT_ASSESSED, **SEVERITIES}))
        self.add_field(ChoiceField("status", "Status", DAMAGE_STATUSES))
        self.add_field(LineField("location", "Location", "where on the premises"))
        self.add_field(TextField("description", "Description"))
        self.add_field(CostField("Estimate", default_currency))
        self.add_field(QuantityField("Quantity \u00d7 unit cost", default_currency))
        self.add_field(LineField("assessed_by", "Assessed by"))
        self.add_field(InstantField("assessed_at", "Assessed at", lambda record: zone))
        self.photos = AttachmentsEditor(session, "damage_item", folder)
        self.add_links("Photos", self.photos)


class DamageView(ItemListPane):
    title = "Damage"
    kind = "damage_item"
    noun = "damage item"
    plural = "damage items"
    add_label = "Add damage item"
    bulk_fields = (
        BulkField("status", "Status", DAMAGE_STATUSES),
        BulkField("severity", "Severity", {"": NOT_ASSESSED, **SEVERITIES}),
        BulkField("category", "Category", DAMAGE_CATEGORIES),
    )

    @classmethod
    def build(cls, session: CaseSession, options: ViewOptions) -> Self:
        return cls(
            session,
            default_currency=options.default_currency,
            folder=options.folder,
            settings=options.settings,
        )

    def __init__(
        self,
        session: CaseSession,
        parent: QWidget | None = None,
        *,
        default_currency: Callable[[], str] = lambda: "EUR",
        folder: Callable[[], Path] = Path.home,
        settings: ColumnStore | None = None,
    ) -> None:
        self._default_currency = default_currency
        self._folder = folder
        super().__init__(session, parent, settings=settings)

    def create_model(self) -> ItemTableModel:
        return DamageTableModel(self._session, self)

    def totals_text(self) -> str:
        """The estimates of the items shown, per currency, and their total in the case's
        reporting currency with the rates used; a currency without a rate is named,
        never converted by a guess. An unfiltered list adds up the store's summary (an
        index holds its sums); a filtered one the values its facets read."""
        model = self.model
        case = self._session.case
        if model.filtering() or model.values_loaded():
            sums, without = estimate_totals(model.shown_values())
            total = reporting_total(
                [CurrencySum(c, amount, items) for c, (amount, items) in sums.items()],
                case.reporting_currency(),
                case.incident().exchange_rates,
                unestimated=without,
            )
        else:  # the summary's sums come from an index; damage_totals names items too
            summary = case.summary()
            total = reporting_total(
                [CurrencySum(c, a, summary.estimated.get(c, 0)) for c, a in summary.totals.items()],
                case.reporting_currency(),
                case.incident().exchange_rates,
                unestimated=summary.unassessed,
            )
        label = "Total shown" if model.filtering() else "Total"
        if not total.subtotals:
            return f"{label}: no estimates"
        parts = [s.display for s in total.subtotals]
        if total.unestimated:
            parts.append(f"{total.unestimated:,} without an estimate")
        line = f"{label}: " + " · ".join(parts)
        if any(s.currency != total.currency for s in total.subtotals):
            line += f"\nIn {total.currency}: {total.display}"
            if total.rates_used:
                line += f" at {total.rates_text()}"
            if total.missing_rates:
                line += f"; {total.missing_text()}"
        return line

    def create_form(self) -> ItemForm:
        return DamageForm(self._session, self._default_currency, self._folder)

    def new_item_fields(self) -> dict[str, Any]:
        return {"title": "New damage item", "status": "reported"}
