"""The damage schedule table: category, item, severity, status, estimate, photos."""

from __future__ import annotations

from casefile.store import vocab
from casefile.ui.models.items import Column, ItemTableModel
from casefile.ui.support.formatting import choice

_CATEGORY_ORDER = {name: i for i, name in enumerate(vocab.DAMAGE_CATEGORIES)}
_SEVERITY_ORDER = {"": 0, **{name: i + 1 for i, name in enumerate(vocab.SEVERITIES)}}
_STATUS_ORDER = {name: i for i, name in enumerate(vocab.DAMAGE_STATUSES)}


class DamageTableModel(ItemTableModel):
    kind = "damage_item"
    columns = (
        Column(
            "Category",
            lambda r, n: choice("damage_item", "category", r.category),
            lambda r, n: _CATEGORY_ORDER.get(r.category, 99),
        ),
        Column("Item", lambda r, n: r.title),
        Column(
            "Severity",
            lambda r, n: choice("damage_item", "severity", r.severity),
            lambda r, n: _SEVERITY_ORDER.get(r.severity, 99),
        ),
        Column(
            "Status",
            lambda r, n: choice("damage_item", "status", r.status),
            lambda r, n: _STATUS_ORDER.get(r.status, 99),
        ),
        Column("Location", lambda r, n: r.location),
        Column(
            "Estimate",
            lambda r, n: r.cost_display,
            lambda r, n: -1 if r.estimated_cost is None else r.estimated_cost,
            align_right=True,
        ),
        Column(
            "Photos",
            lambda r, n: str(len(r.attachment_ids)) if r.attachment_ids else "",
            lambda r, n: len(r.attachment_ids),
            align_right=True,
        ),
    )
