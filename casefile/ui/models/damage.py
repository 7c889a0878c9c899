"""The damage schedule table: reference, category, item, severity, status, estimate,
photos, and the rest of an item's fields for the user to show."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from casefile.store import DAMAGE_CATEGORIES, DAMAGE_STATUSES, SEVERITIES
from casefile.ui.models.facets import Values, choice_facet, flag_facet
from casefile.ui.models.items import (
    INCIDENT_ZONE,
    Column,
    ItemTableModel,
    count_samples,
    created_updated,
    labels_of,
)
from casefile.ui.support.formatting import (
    amount,
    amount_samples,
    choice,
    count_text,
    decimal_text,
    first_line,
    local_naive,
    local_text,
    moment_samples,
    money_text,
    sort_instant,
)
from casefile.ui.support.translation import QT_TRANSLATE_NOOP

_CATEGORY_ORDER = {name: i for i, name in enumerate(DAMAGE_CATEGORIES)}
_SEVERITY_ORDER = {"": 0, **{name: i + 1 for i, name in enumerate(SEVERITIES)}}
_STATUS_ORDER = {name: i for i, name in enumerate(DAMAGE_STATUSES)}


class DamageTableModel(ItemTableModel):
    kind = "damage_item"
    depends_on = frozenset({"incident"})  # "Assessed at" is shown in the incident's zone
    value_fields = ("category", "severity", "status", "estimated_cost", "currency")
    facets = (
        choice_facet(
            "category", QT_TRANSLATE_NOOP("Facets", "Category"), 0, ("damage_item", "category")
        ),
        choice_facet(
            "severity",
            QT_TRANSLATE_NOOP("Facets", "Severity"),
            1,
            ("damage_item", "severity"),
            blank=True,
        ),
        choice_facet("status", QT_TRANSLATE_NOOP("Facets", "Status"), 2, ("damage_item", "status")),
        flag_facet(
            "estimate",
            QT_TRANSLATE_NOOP("Facets", "Estimate"),
            3,
            QT_TRANSLATE_NOOP("Facets", "With an estimate"),
            QT_TRANSLATE_NOOP("Facets", "Without an estimate"),
        ),
    )
    columns = (
        # The reference is how an item is cited (the brief, a plan, a call): always shown;
        # the category, which the list is grouped and filtered by, gives way at 1024 px.
        Column(
            QT_TRANSLATE_NOOP("Columns", "Ref"),
            lambda r, n: r.reference,
            lambda r, n: r.reference_number,
            width=50,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Category"),
            lambda r, n: choice("damage_item", "category", r.category),
            lambda r, n: _CATEGORY_ORDER.get(r.category, 99),
            width=100,
            shown="room",
            fits=labels_of("damage_item", "category"),
            gives_way=True,
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Item"), lambda r, n: r.title, width=200, grows=True),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Severity"),
            lambda r, n: choice("damage_item", "severity", r.severity),
            lambda r, n: _SEVERITY_ORDER.get(r.severity, 99),
            width=90,
            fits=labels_of("damage_item", "severity", blank=True),
            gives_way=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Status"),
            lambda r, n: choice("damage_item", "status", r.status),
            lambda r, n: _STATUS_ORDER.get(r.status, 99),
            width=100,
            shown="room",
            fits=labels_of("damage_item", "status"),
            gives_way=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Location"),
            lambda r, n: r.location,
            width=140,
            shown="room",
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Estimate"),
            lambda r, n: money_text(r.estimated_cost, r.currency),
            lambda r, n: -1 if r.estimated_cost is None else r.estimated_cost,
            align_right=True,
            width=120,
            fits=amount_samples,
            cells=lambda r, n: (amount(r.estimated_cost, r.currency), r.currency),
            cell_titles=(
                QT_TRANSLATE_NOOP("Columns", "Estimate"),
                QT_TRANSLATE_NOOP("Columns", "Currency"),
            ),
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Quantity"),
            lambda r, n: "" if r.quantity is None else decimal_text(Decimal(r.quantity)),
            lambda r, n: -1 if r.quantity is None else Decimal(r.quantity),
            align_right=True,
            width=70,
            shown="asked",
            cells=lambda r, n: (None if r.quantity is None else Decimal(r.quantity),),
            cell_titles=(QT_TRANSLATE_NOOP("Columns", "Quantity"),),
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Unit cost"),
            lambda r, n: money_text(r.unit_cost, r.currency),
            lambda r, n: -1 if r.unit_cost is None else r.unit_cost,
            align_right=True,
            width=110,
            shown="asked",
            fits=amount_samples,
            cells=lambda r, n: (amount(r.unit_cost, r.currency),),
            cell_titles=(QT_TRANSLATE_NOOP("Columns", "Unit cost"),),
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Photos"),
            lambda r, n: count_text(r.attachment_ids),
            lambda r, n: len(r.attachment_ids),
            align_right=True,
            width=60,
            shown="room",
            fits=count_samples,
            cells=lambda r, n: (len(r.attachment_ids),),
            cell_titles=(QT_TRANSLATE_NOOP("Columns", "Photos"),),
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Assessed by"),
            lambda r, n: r.assessed_by,
            width=140,
            shown="room",
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Assessed at"),
            lambda r, n: local_text(r.assessed_at, n.get(INCIDENT_ZONE, "UTC")),
            lambda r, n: sort_instant(r.assessed_at),
            width=130,
            shown="asked",
            fits=moment_samples,
            cells=lambda r, n: (local_naive(r.assessed_at, n.get(INCIDENT_ZONE, "UTC")),),
            cell_titles=(QT_TRANSLATE_NOOP("Columns", "Assessed at"),),
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Description"),
            lambda r, n: first_line(r.description),
            width=260,
            shown="asked",
            cells=lambda r, n: (r.description,),
            cell_titles=(QT_TRANSLATE_NOOP("Columns", "Description"),),
        ),
        *created_updated(),
    )


def estimate_totals(values: Iterable[Values]) -> tuple[dict[str, tuple[int, int]], int]:
    """Estimates added up per currency (minor units, and how many items), and the items
    without one, over the values of DamageTableModel's rows."""
    totals: dict[str, tuple[int, int]] = {}
    without = 0
    for _category, _severity, _status, cost, currency in values:
        if cost is None:
            without += 1
        else:
            amount, items = totals.get(currency, (0, 0))
            totals[currency] = (amount + cost, items + 1)
    return dict(sorted(totals.items())), without
