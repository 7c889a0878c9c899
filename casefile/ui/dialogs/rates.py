"""The case's reporting currency and exchange rates, edited from the overview."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casefile.store import ExchangeRate, InvalidInput, coerce_fields
from casefile.ui.support.advice import capitalised
from casefile.ui.support.store_errors import message_of
from casefile.ui.support.translation import QT_TRANSLATE_NOOP

COLUMNS = (
    QT_TRANSLATE_NOOP("RatesDialog", "Currency"),
    QT_TRANSLATE_NOOP("RatesDialog", "Rate"),
    QT_TRANSLATE_NOOP("RatesDialog", "As of (YYYY-MM-DD)"),
    QT_TRANSLATE_NOOP("RatesDialog", "Source"),
)


class RatesDialog(QDialog):
    """Reporting currency, and one rate per other currency: 1 unit of it = rate units of
    the reporting currency, as of a date, from a source. Checked as the store checks."""

    def __init__(
        self, parent: QWidget | None, currency: str, default: str, rates: Sequence[ExchangeRate]
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reporting currency and exchange rates"))
        self.currency = QLineEdit(currency)
        self.currency.setPlaceholderText(
            self.tr("{currency} (your currency in Settings)").format(currency=default)
        )
        self.currency.setMaxLength(3)
        form = QFormLayout()
        form.addRow(self.tr("Totals in:"), self.currency)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels([self.tr(title) for title in COLUMNS])
        self.table.resizeColumnsToContents()  # each title whole, in any language
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for rate in rates:
            self._add_row(
                rate.currency, rate.rate, "" if rate.as_of is None else rate.as_of.isoformat(),
                rate.source,
            )  # fmt: skip
        add = QPushButton(self.tr("Add rate"))
        add.clicked.connect(lambda: self._add_row("", "", "", ""))
        remove = QPushButton(self.tr("Remove rate"))
        remove.clicked.connect(self._on_remove_clicked)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(add)
        buttons_row.addWidget(remove)
        buttons_row.addStretch(1)
        self.error = QLabel(self)
        self.error.setObjectName("rates_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            QLabel(
                self.tr("One unit of each currency is worth the rate in the reporting currency.")
            )
        )
        layout.addWidget(self.table)
        layout.addLayout(buttons_row)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(640, 360)

    def _add_row(self, *texts: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in enumerate(texts):
            self.table.setItem(row, column, QTableWidgetItem(text))

    def _on_remove_clicked(self) -> None:
        for row in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)

    def values(self) -> dict[str, Any]:
        """The fields as the store takes them, checked by its own rules (InvalidInput)."""
        rates = []
        for row in range(self.table.rowCount()):
            cells = []
            for column in range(len(COLUMNS)):
                item = self.table.item(row, column)
                cells.append(item.text().strip() if item is not None else "")
            if not any(cells):
                continue
            currency, rate, as_of, source = cells
            rates.append({"currency": currency, "rate": rate, "as_of": as_of, "source": source})
        wanted = {"reporting_currency": self.currency.text(), "exchange_rates": rates}
        return coerce_fields("incident", wanted, partial=True)

    def accept(self) -> None:
        try:
            self.values()
        except InvalidInput as exc:
            self.error.setText(capitalised(message_of(exc).replace("incident field ", "")))
            return
        super().accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None, currency: str, default: str, rates: Sequence[ExchangeRate]
    ) -> dict[str, Any] | None:
        """The reporting currency and rates to store, or None when the user cancels."""
        dialog = cls(parent, currency, default, rates)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.values()
