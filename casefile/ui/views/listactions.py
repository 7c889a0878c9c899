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

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QWidget

from casefile.ui.models.vocabulary import translated_options
from casefile.ui.support.translation import arg

#: the translation context of the menu's entries (lupdate reads only a literal one)
CONTEXT = "SelectionMenu"


@dataclass(frozen=True)
class BulkField:
    """A field the menu sets on every selected item: its name, its entry in the menu
    (marked with QT_TRANSLATE_NOOP in the "SelectionMenu" context; %1 is what it acts
    on: "3 damage items"), and its values with their labels (the store's vocabulary)."""

    field: str
    action: str
    choices: Mapping[str, str]


class SelectionActions(Protocol):
    """What the menu asks of the list it belongs to (casefile.ui.views.itemlist)."""

    def count_text(self, count: int) -> str: ...

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
    what = pane.count_text(len(item_ids))
    editable = bool(item_ids) and not pane.read_only
    for bulk in pane.bulk_fields:
        sub = menu.addMenu(arg(QCoreApplication.translate(CONTEXT, bulk.action), what))
        sub.setEnabled(editable)
        for value, label in translated_options(bulk.choices).items():
            sub.addAction(
                label if label else QCoreApplication.translate("SelectionMenu", "(none)"),
                partial(pane.set_field, item_ids, bulk.field, value),
            )
    if pane.bulk_fields:
        menu.addSeparator()
    export = menu.addAction(
        arg(QCoreApplication.translate("SelectionMenu", "Export %1…"), what)
        if item_ids
        else QCoreApplication.translate("SelectionMenu", "Export selection…"),
        lambda: pane.export_list(item_ids),
    )
    export.setEnabled(bool(item_ids))
    menu.addAction(
        QCoreApplication.translate("SelectionMenu", "Export the list…"),
        lambda: pane.export_list(None),
    )
    menu.addAction(QCoreApplication.translate("SelectionMenu", "Print the list…"), pane.print_list)
    menu.addSeparator()
    delete = menu.addAction(
        arg(QCoreApplication.translate("SelectionMenu", "Delete %1"), what),
        lambda: pane.delete_ids(item_ids),
    )
    delete.setEnabled(editable)
    return menu
