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
from casefile.ui.support.translation import QT_TRANSLATE_NOOP, arg, english_plural
from casefile.ui.views import ViewOptions
from casefile.ui.views.estimates import missing_text, money_text, rates_text
from casefile.ui.views.itemlist import ItemListPane
from casefile.ui.views.listactions import BulkField
from casefile.ui.views.listcolumns import ColumnStore
from casefile.ui.views.listwords import ListWords


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
        self.add_field(LineField("title", self.tr("Item")))
        self.add_field(ChoiceField("category", self.tr("Category"), DAMAGE_CATEGORIES))
        self.add_field(
            ChoiceField(
                "severity",
                self.tr("Severity"),
                {"": NOT_ASSESSED, **SEVERITIES},
            )
        )
        self.add_field(ChoiceField("status", self.tr("Status"), DAMAGE_STATUSES))
        self.add_field(LineField("location", self.tr("Location"), self.tr("where on the premises")))
        self.add_field(TextField("description", self.tr("Description")))
        self.add_field(CostField(self.tr("Estimate"), default_currency))
        self.add_field(QuantityField(self.tr("Quantity \u00d7 unit cost"), default_currency))
        self.add_field(LineField("assessed_by", self.tr("Assessed by")))
        self.add_field(InstantField("assessed_at", self.tr("Assessed at"), lambda record: zone))
        self.photos = AttachmentsEditor(session, "damage_item", folder)
        self.add_links(self.tr("Photos"), self.photos)


class DamageView(ItemListPane):
    title = "Damage"
    kind = "damage_item"
    bulk_fields = (
        BulkField(
            "status", QT_TRANSLATE_NOOP("SelectionMenu", "Set status of %1"), DAMAGE_STATUSES
        ),
        BulkField(
            "severity",
            QT_TRANSLATE_NOOP("SelectionMenu", "Set severity of %1"),
            {"": NOT_ASSESSED, **SEVERITIES},
        ),
        BulkField(
            "category", QT_TRANSLATE_NOOP("SelectionMenu", "Set category of %1"), DAMAGE_CATEGORIES
        ),
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

    def list_words(self) -> ListWords:
        return ListWords(
            add=self.tr("Add damage item"),
            filter=self.tr("Filter damage items…"),
            pick=self.tr("Select a damage item on the left to see it."),
            pick_or_add=self.tr("Select a damage item on the left,\nor add one with %1."),
            new_title=self.tr("New damage item"),
            heading=self.tr("Damage items"),
        )

    def count_source(self, count: int) -> str:
        return self.tr("%Ln damage item(s)", "", count)

    def count_of_source(self, total: int) -> str:
        return self.tr("%1 of %Ln damage item(s)", "", total)

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
        filtered = model.filtering()
        if not total.subtotals:
            return (
                self.tr("Total shown: no estimates") if filtered else self.tr("Total: no estimates")
            )
        parts = [money_text(s.amount, s.currency) for s in total.subtotals]
        if total.unestimated:
            parts.append(
                english_plural(
                    self.tr("%Ln without an estimate", "", total.unestimated), total.unestimated
                )
            )
        line = arg(
            self.tr("Total shown: %1") if filtered else self.tr("Total: %1"), " · ".join(parts)
        )
        if any(s.currency != total.currency for s in total.subtotals):
            reported = money_text(total.amount, total.currency)
            line += "\n" + (
                arg(self.tr("In %1: %2 at %3"), total.currency, reported, rates_text(total))
                if total.rates_used
                else arg(self.tr("In %1: %2"), total.currency, reported)
            )
            if total.missing_rates:
                line += f"; {missing_text(total)}"
        return line

    def create_form(self) -> ItemForm:
        return DamageForm(self._session, self._default_currency, self._folder)

    def new_item_fields(self) -> dict[str, Any]:
        return {"title": self.words.new_title, "status": "reported"}
