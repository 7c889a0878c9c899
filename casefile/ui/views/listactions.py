"""The right-click menu of a list: what can be done with the items selected in it.

Set a field of all of them (status, severity, category...) as one undoable step,
export them, delete them. Built fresh each time from the selection, so its entries
name how many items they act on.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtWidgets import QMenu, QWidget


@dataclass(frozen=True)
class BulkField:
    """A field the menu sets on every selected item: its name, its label in the menu,
    and its values with their labels."""

    field: str
    label: str
    choices: Mapping[str, str]


class SelectionActions(Protocol):
    """What the menu asks of the list it belongs to (casefile.ui.views.itemlist)."""

    @property
    def noun(self) -> str: ...

    @property
    def plural(self) -> str: ...

    @property
    def read_only(self) -> bool: ...

    @property
    def bulk_fields(self) -> tuple[BulkField, ...]: ...

    def set_field(self, item_ids: list[str], field: str, value: Any) -> bool: ...

    def export_list(self, item_ids: list[str] | None = None) -> Path | None: ...

    def print_list(self) -> Path | None: ...

    def delete_ids(self, item_ids: list[str]) -> bool: ...


def selection_menu(pane: SelectionActions, item_ids: list[str], *, parent: QWidget) -> QMenu:
    menu = QMenu(parent)
    count = len(item_ids)
    what = f"the {pane.noun}" if count == 1 else f"{count:,} {pane.plural}"
    editable = bool(item_ids) and not pane.read_only
    for bulk in pane.bulk_fields:
        sub = menu.addMenu(f"Set {bulk.label.lower()} of {what}")
        sub.setEnabled(editable)
        for value, label in bulk.choices.items():
            sub.addAction(label or "(none)", partial(pane.set_field, item_ids, bulk.field, value))
    if pane.bulk_fields:
        menu.addSeparator()
    export = menu.addAction(
        f"Export {what}…" if item_ids else "Export selection…",
        lambda: pane.export_list(item_ids),
    )
    export.setEnabled(bool(item_ids))
    menu.addAction("Export the list…", lambda: pane.export_list(None))
    menu.addAction("Print the list…", pane.print_list)
    menu.addSeparator()
    delete = menu.addAction(f"Delete {what}", lambda: pane.delete_ids(item_ids))
    delete.setEnabled(editable)
    return menu
