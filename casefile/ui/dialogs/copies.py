"""Two copies of one case: what a later version changed (File > Compare with…) and the
conflicts of a merge, side by side, each settled before anything is written (File >
Merge a copy…)."""

from __future__ import annotations

import json
from typing import Any

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

from casefile.store import KIND_LABELS, Authorship, ItemDifference, MergeConflict, MergeResult

#: What the choice box of a conflict offers, in order.
KEEP_MINE, KEEP_THEIRS, EDIT = "Keep mine", "Keep theirs", "Edit…"
CHOOSE = "Choose…"


def shown_value(value: Any) -> str:
    """A stored value for reading: text as it is, nothing as a dash, lists as JSON."""
    if value is None:
        return "—"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def shown_by(by: Authorship | None) -> str:
    if by is None:
        return ""
    return f"{by.actor}, {by.at.strftime('%Y-%m-%d %H:%M')} UTC"


def kind_label(kind: str) -> str:
    return KIND_LABELS.get(kind, kind.replace("_", " ")).lower()


class CompareDialog(QDialog):
    """What NEW adds, removes and changes from OLD: an item per row, its fields below it
    with both values, who changed each and when."""

    def __init__(
        self, parent: QWidget | None, items: tuple[ItemDifference, ...], old: str, new: str
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Compare with another version")
        self.resize(900, 560)
        layout = QVBoxLayout(self)
        summary = (
            f"{len(items)} item(s) differ: what “{new}” adds, removes and changes from “{old}”."
            if items
            else f"No differences: “{new}” holds what “{old}” holds."
        )
        layout.addWidget(QLabel(summary))
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(["Item or field", "Before", "After", "Changed by"])
        self.tree.setAlternatingRowColors(True)
        for item in items:
            top = QTreeWidgetItem(
                [
                    f"{item.change.capitalize()}: {kind_label(item.kind)} “{item.label}”",
                    "",
                    "",
                    shown_by(item.by),
                ]
            )
            for change in item.fields:
                top.addChild(
                    QTreeWidgetItem(
                        [
                            change.field.replace("_", " "),
                            shown_value(change.old),
                            shown_value(change.new),
                            shown_by(change.by),
                        ]
                    )
                )
            self.tree.addTopLevelItem(top)
            top.setExpanded(item.change == "changed")
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((280, 220, 220)):
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

    COLUMNS = ("Item", "Field", "Before both", "Mine", "Theirs", "Choice", "Value")

    def __init__(self, parent: QWidget | None, preview: MergeResult, other: str) -> None:
        super().__init__(parent)
        self.setWindowTitle("Merge a copy")
        self.resize(1100, 520)
        self.conflicts = preview.conflicts
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                f"Merging “{other}” brings {preview.added} new item(s), changes "
                f"{preview.changed} and removes {preview.removed}."
                + (
                    f" Both copies changed {len(self.conflicts)} thing(s) differently: "
                    "choose for each what the case keeps."
                    if self.conflicts
                    else ""
                )
            )
        )
        self.table = QTableWidget(len(self.conflicts), len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels(list(self.COLUMNS))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.choices: list[QComboBox] = []
        self.values: list[QLineEdit] = []
        for row, conflict in enumerate(self.conflicts):
            self._fill_row(row, conflict)
        self.table.setVisible(bool(self.conflicts))
        self.table.resizeRowsToContents()
        layout.addWidget(self.table)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel
        )
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setText("Merge")
        self.apply_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update_apply()

    def _fill_row(self, row: int, conflict: MergeConflict) -> None:
        whole = not conflict.field

        def side(value: Any, by: Authorship | None) -> str:
            text = ("deleted" if value is None else "changed") if whole else shown_value(value)
            return f"{text}\n({shown_by(by)})" if by else text

        cells = [
            f"{kind_label(conflict.kind)} “{conflict.label}”",
            "the whole item" if whole else conflict.field.replace("_", " "),
            "" if whole else shown_value(conflict.base),
            side(conflict.mine, conflict.mine_by),
            side(conflict.theirs, conflict.theirs_by),
        ]
        for column, text in enumerate(cells):
            self.table.setItem(row, column, QTableWidgetItem(text))
        choice = QComboBox()
        # A value of one's own is typed as text: offered where both sides hold text.
        typed = not whole and all(isinstance(v, str) for v in (conflict.mine, conflict.theirs))
        choice.addItems([CHOOSE, KEEP_MINE, KEEP_THEIRS] + ([EDIT] if typed else []))
        value = QLineEdit()
        value.setEnabled(False)
        value.setPlaceholderText("your value")
        choice.currentTextChanged.connect(lambda text, v=value: self._on_choice_changed(text, v))
        value.textChanged.connect(self._update_apply)
        self.table.setCellWidget(row, 5, choice)
        self.table.setCellWidget(row, 6, value)
        self.choices.append(choice)
        self.values.append(value)

    def _on_choice_changed(self, text: str, value: QLineEdit) -> None:
        value.setEnabled(text == EDIT)
        self._update_apply()

    def _update_apply(self) -> None:
        self.apply_button.setEnabled(all(c.currentText() != CHOOSE for c in self.choices))

    def chosen(self) -> dict[tuple[str, str, str], Any]:
        """(kind, id, field) -> "mine", "theirs" or ("edit", text), per conflict."""
        out: dict[tuple[str, str, str], Any] = {}
        for conflict, choice, value in zip(self.conflicts, self.choices, self.values, strict=True):
            key = (conflict.kind, conflict.id, conflict.field)
            text = choice.currentText()
            if text == KEEP_MINE:
                out[key] = "mine"
            elif text == KEEP_THEIRS:
                out[key] = "theirs"
            elif text == EDIT:
                out[key] = ("edit", value.text())
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
