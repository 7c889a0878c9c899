"""Two copies of one case: what a later version changed (File > Compare with…) and the
conflicts of a merge, side by side, each settled before anything is written (File >
Merge a copy…)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casefile.store import Authorship, ItemDifference, MergeConflict, MergeResult
from casefile.ui.support.formatting import local_text
from casefile.ui.support.translation import QT_TRANSLATE_NOOP, english_plural

#: the translation context of the words both dialogs share (kinds, fields, authorship)
CONTEXT = "Copies"
#: What the choice box of a conflict offers, in order, in English (its items show them
#: translated; their data is the choice itself).
CHOOSE = QT_TRANSLATE_NOOP("Copies", "Choose…")
KEEP_MINE = QT_TRANSLATE_NOOP("Copies", "Keep mine")
KEEP_THEIRS = QT_TRANSLATE_NOOP("Copies", "Keep theirs")
EDIT = QT_TRANSLATE_NOOP("Copies", "Edit…")
CHOICES = ((CHOOSE, ""), (KEEP_MINE, "mine"), (KEEP_THEIRS, "theirs"), (EDIT, "edit"))

#: each kind of item as a sentence names it (lower case, in English)
KIND_NAMES = {
    "incident": QT_TRANSLATE_NOOP("Copies", "incident"),
    "party": QT_TRANSLATE_NOOP("Copies", "party"),
    "note": QT_TRANSLATE_NOOP("Copies", "note"),
    "damage_item": QT_TRANSLATE_NOOP("Copies", "damage item"),
    "meeting": QT_TRANSLATE_NOOP("Copies", "meeting"),
    "follow_up": QT_TRANSLATE_NOOP("Copies", "follow-up"),
    "attachment": QT_TRANSLATE_NOOP("Copies", "photo or document"),
    "site_plan": QT_TRANSLATE_NOOP("Copies", "site plan"),
    "plan_pin": QT_TRANSLATE_NOOP("Copies", "pin on a site plan"),
}
#: each stored field as the two dialogs name it (the store's names are for code)
FIELD_NAMES = {
    "title": QT_TRANSLATE_NOOP("Copies", "title"),
    "reference": QT_TRANSLATE_NOOP("Copies", "reference"),
    "occurred_at": QT_TRANSLATE_NOOP("Copies", "occurred at"),
    "timezone": QT_TRANSLATE_NOOP("Copies", "time zone"),
    "location": QT_TRANSLATE_NOOP("Copies", "location"),
    "summary": QT_TRANSLATE_NOOP("Copies", "summary"),
    "status": QT_TRANSLATE_NOOP("Copies", "status"),
    "classification": QT_TRANSLATE_NOOP("Copies", "classification"),
    "reporting_currency": QT_TRANSLATE_NOOP("Copies", "reporting currency"),
    "exchange_rates": QT_TRANSLATE_NOOP("Copies", "exchange rates"),
    "name": QT_TRANSLATE_NOOP("Copies", "name"),
    "native_name": QT_TRANSLATE_NOOP("Copies", "name in own script"),
    "kind": QT_TRANSLATE_NOOP("Copies", "kind"),
    "role": QT_TRANSLATE_NOOP("Copies", "role"),
    "country": QT_TRANSLATE_NOOP("Copies", "country"),
    "affiliation": QT_TRANSLATE_NOOP("Copies", "affiliation"),
    "contact": QT_TRANSLATE_NOOP("Copies", "contact"),
    "represents_id": QT_TRANSLATE_NOOP("Copies", "represents"),
    "body": QT_TRANSLATE_NOOP("Copies", "text"),
    "date": QT_TRANSLATE_NOOP("Copies", "date"),
    "source_party_id": QT_TRANSLATE_NOOP("Copies", "source"),
    "internal": QT_TRANSLATE_NOOP("Copies", "internal"),
    "party_ids": QT_TRANSLATE_NOOP("Copies", "parties"),
    "attachment_ids": QT_TRANSLATE_NOOP("Copies", "photos and documents"),
    "category": QT_TRANSLATE_NOOP("Copies", "category"),
    "description": QT_TRANSLATE_NOOP("Copies", "description"),
    "severity": QT_TRANSLATE_NOOP("Copies", "severity"),
    "estimated_cost": QT_TRANSLATE_NOOP("Copies", "estimate"),
    "currency": QT_TRANSLATE_NOOP("Copies", "currency"),
    "quantity": QT_TRANSLATE_NOOP("Copies", "quantity"),
    "unit_cost": QT_TRANSLATE_NOOP("Copies", "unit cost"),
    "assessed_by": QT_TRANSLATE_NOOP("Copies", "assessed by"),
    "assessed_at": QT_TRANSLATE_NOOP("Copies", "assessed on"),
    "held_at": QT_TRANSLATE_NOOP("Copies", "held at"),
    "all_day": QT_TRANSLATE_NOOP("Copies", "all day"),
    "place": QT_TRANSLATE_NOOP("Copies", "place"),
    "outcomes": QT_TRANSLATE_NOOP("Copies", "outcomes"),
    "participants": QT_TRANSLATE_NOOP("Copies", "participants"),
    "note_ids": QT_TRANSLATE_NOOP("Copies", "notes"),
    "owner_id": QT_TRANSLATE_NOOP("Copies", "owner"),
    "due_date": QT_TRANSLATE_NOOP("Copies", "due date"),
    "meeting_id": QT_TRANSLATE_NOOP("Copies", "meeting"),
    "filename": QT_TRANSLATE_NOOP("Copies", "file name"),
    "caption": QT_TRANSLATE_NOOP("Copies", "caption"),
    "captured_at": QT_TRANSLATE_NOOP("Copies", "taken at"),
    "media_type": QT_TRANSLATE_NOOP("Copies", "file type"),
    "size": QT_TRANSLATE_NOOP("Copies", "size"),
    "sha256": QT_TRANSLATE_NOOP("Copies", "SHA-256"),
    "width": QT_TRANSLATE_NOOP("Copies", "width"),
    "height": QT_TRANSLATE_NOOP("Copies", "height"),
    "plan_id": QT_TRANSLATE_NOOP("Copies", "site plan"),
    "damage_item_id": QT_TRANSLATE_NOOP("Copies", "damage item"),
    "attachment_id": QT_TRANSLATE_NOOP("Copies", "photo or document"),
    "position": QT_TRANSLATE_NOOP("Copies", "position"),
}
#: how a change to an item is named at the start of its row
CHANGES = {
    "added": QT_TRANSLATE_NOOP("Copies", "Added"),
    "removed": QT_TRANSLATE_NOOP("Copies", "Removed"),
    "changed": QT_TRANSLATE_NOOP("Copies", "Changed"),
}


def _translated(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def shown_value(value: Any) -> str:
    """A stored value for reading: text as it is, nothing as a dash, lists as JSON."""
    if value is None:
        return "—"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def shown_by(by: Authorship | None) -> str:
    """Who made a change and when (UTC), the time in the locale's short form."""
    if by is None:
        return ""
    at = by.at if by.at.tzinfo is not None else by.at.replace(tzinfo=dt.UTC)
    when = local_text(at, "UTC")
    return QCoreApplication.translate("Copies", "{actor}, {when} UTC").format(
        actor=by.actor, when=when
    )


def kind_label(kind: str) -> str:
    return _translated(KIND_NAMES.get(kind, kind.replace("_", " ")))


def field_label(field: str) -> str:
    return _translated(FIELD_NAMES.get(field, field.replace("_", " ")))


def item_label(kind: str, label: str) -> str:
    """ "party “Press office”": the kind of an item and its name."""
    return QCoreApplication.translate("Copies", "{kind} “{label}”").format(
        kind=kind_label(kind), label=label
    )


def _tooltips_whole(item: QTreeWidgetItem) -> None:
    """Every non-empty cell of `item` and its children shows its whole text as tooltip."""
    children = (item.child(n) for n in range(item.childCount()))
    for row in [item, *(child for child in children if child is not None)]:
        for column in range(row.columnCount()):
            if row.text(column):
                row.setToolTip(column, row.text(column))


class CompareDialog(QDialog):
    """What NEW adds, removes and changes from OLD: an item per row, its fields below it
    with both values, who changed each and when."""

    def __init__(
        self, parent: QWidget | None, items: tuple[ItemDifference, ...], old: str, new: str
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare with another version"))
        self.resize(1000, 560)
        layout = QVBoxLayout(self)
        summary = (
            self.tr(
                "Items that differ: {count}. This is what “{new}” adds, removes and changes "
                "from “{old}”."
            )
            if items
            else self.tr("No differences: “{new}” holds what “{old}” holds.")
        ).format(new=new, old=old, count=QLocale().toString(len(items)))
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(
            [self.tr("Item or field"), self.tr("Before"), self.tr("After"), self.tr("Changed by")]
        )
        self.tree.setAlternatingRowColors(True)
        for item in items:
            top = QTreeWidgetItem(
                [
                    self.tr("{change}: {item}").format(
                        change=_translated(CHANGES.get(item.change, item.change)),
                        item=item_label(item.kind, item.label),
                    ),
                    "",
                    "",
                    shown_by(item.by),
                ]
            )
            for change in item.fields:
                top.addChild(
                    QTreeWidgetItem(
                        [
                            field_label(change.field),
                            shown_value(change.old),
                            shown_value(change.new),
                            shown_by(change.by),
                        ]
                    )
                )
            _tooltips_whole(top)
            self.tree.addTopLevelItem(top)
            top.setExpanded(item.change == "changed")
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The item column is as wide as its longest name up to 380 pixels,
        # which is what a translated "Changed: damage item “…”" needs; a longer name or
        # value ends in "…" and shows whole in its tooltip.
        self.tree.resizeColumnToContents(0)
        first = min(max(self.tree.columnWidth(0), 260), 380)
        for column, width in enumerate((first, 170, 170)):  # the rest: who and when
            self.tree.setColumnWidth(column, width)
        layout.addWidget(self.tree)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    @classmethod
    def show_items(
        cls, parent: QWidget | None, items: tuple[ItemDifference, ...], old: str, new: str
    ) -> None:
        cls(parent, items, old, new).exec()


class MergeDialog(QDialog):
    """What merging a copy brings, and each conflict side by side with its choice: keep
    mine, keep theirs, or (for text) a value of one's own. Merge is enabled once every
    conflict is settled; nothing is written before."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("MergeDialog", "Item"),
        QT_TRANSLATE_NOOP("MergeDialog", "Field"),
        QT_TRANSLATE_NOOP("MergeDialog", "Before both"),
        QT_TRANSLATE_NOOP("MergeDialog", "Mine"),
        QT_TRANSLATE_NOOP("MergeDialog", "Theirs"),
        QT_TRANSLATE_NOOP("MergeDialog", "Choice"),
        QT_TRANSLATE_NOOP("MergeDialog", "Value"),
    )

    def __init__(self, parent: QWidget | None, preview: MergeResult, other: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge a copy"))
        self.resize(1100, 520)
        self.conflicts = preview.conflicts
        layout = QVBoxLayout(self)
        locale = QLocale()
        brings = [
            self.tr(
                "Merging “{other}”: new items: {added}; changed: {changed}; removed: {removed}."
            ).format(
                other=other,
                added=locale.toString(preview.added),
                changed=locale.toString(preview.changed),
                removed=locale.toString(preview.removed),
            )
        ]
        if self.conflicts:
            brings.append(
                english_plural(
                    self.tr(
                        "Both copies changed %n thing(s) differently: choose for each what the "
                        "case keeps.",
                        "",
                        len(self.conflicts),
                    ),
                    len(self.conflicts),
                )
            )
        self.summary = QLabel(" ".join(brings))
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(len(self.conflicts), len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("MergeDialog", title) for title in self.COLUMNS]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.choices: list[QComboBox] = []
        self.values: list[QLineEdit] = []
        for row, conflict in enumerate(self.conflicts):
            self._fill_row(row, conflict)
        self.table.setVisible(bool(self.conflicts))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeRowsToContents()
        layout.addWidget(self.table)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel
        )
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setText(self.tr("Merge"))
        self.apply_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update_apply()

    def _fill_row(self, row: int, conflict: MergeConflict) -> None:
        whole = not conflict.field

        def side(value: Any, by: Authorship | None) -> str:
            if whole:
                text = self.tr("deleted") if value is None else self.tr("changed")
            else:
                text = shown_value(value)
            return f"{text}\n({shown_by(by)})" if by else text

        cells = [
            item_label(conflict.kind, conflict.label),
            self.tr("the whole item") if whole else field_label(conflict.field),
            "" if whole else shown_value(conflict.base),
            side(conflict.mine, conflict.mine_by),
            side(conflict.theirs, conflict.theirs_by),
        ]
        for column, text in enumerate(cells):
            self.table.setItem(row, column, QTableWidgetItem(text))
        choice = QComboBox()
        # A value of one's own is typed as text: offered where both sides hold text.
        typed = not whole and all(isinstance(v, str) for v in (conflict.mine, conflict.theirs))
        for text, data in CHOICES:
            if data != "edit" or typed:
                choice.addItem(_translated(text), data)
        value = QLineEdit()
        value.setEnabled(False)
        value.setPlaceholderText(self.tr("your value"))
        choice.currentIndexChanged.connect(
            lambda _index, c=choice, v=value: self._on_choice_changed(c, v)
        )
        value.textChanged.connect(self._update_apply)
        self.table.setCellWidget(row, 5, choice)
        self.table.setCellWidget(row, 6, value)
        self.choices.append(choice)
        self.values.append(value)

    def choose(self, row: int, choice: str) -> None:
        """Settle conflict `row` by "mine", "theirs" or "edit" (as picking it in the box)."""
        box = self.choices[row]
        box.setCurrentIndex(box.findData(choice))

    def _on_choice_changed(self, choice: QComboBox, value: QLineEdit) -> None:
        value.setEnabled(choice.currentData() == "edit")
        self._update_apply()

    def _update_apply(self) -> None:
        self.apply_button.setEnabled(all(c.currentData() for c in self.choices))

    def chosen(self) -> dict[tuple[str, str, str], Any]:
        """(kind, id, field) -> "mine", "theirs" or ("edit", text), per conflict."""
        out: dict[tuple[str, str, str], Any] = {}
        for conflict, choice, value in zip(self.conflicts, self.choices, self.values, strict=True):
            key = (conflict.kind, conflict.id, conflict.field)
            chosen = choice.currentData()
            if chosen == "edit":
                out[key] = ("edit", value.text())
            elif chosen:
                out[key] = chosen
        return out

    @classmethod
    def ask(
        cls, parent: QWidget | None, preview: MergeResult, other: str
    ) -> dict[tuple[str, str, str], Any] | None:
        """The choices, or None when the user cancels."""
        dialog = cls(parent, preview, other)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen()
