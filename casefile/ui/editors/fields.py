"""Field editors: one widget per stored field, showing a record and handing back a change.

Each editor emits `edited` when the user has finished a change (Enter, leaving the
field, picking from a list). The form then turns `changes()` into one undoable
update. `changes()` raises InvalidInput with the API's own message for bad input,
which the form shows under the field.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QMouseEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from casefile.store import (
    InvalidInput,
    parse_amount,
    parse_instant,
    parse_quantity,
    to_decimal_string,
)
from casefile.ui.editors.dates import example, parse_day
from casefile.ui.editors.readonly import set_read_only
from casefile.ui.models.choices import ChoiceListModel
from casefile.ui.models.roles import IdRole
from casefile.ui.models.vocabulary import translated_options
from casefile.ui.support.formatting import iso_date, iso_local_text


class UndoPassThrough(QObject):
    """Lets Ctrl+Z reach the window's undo when a text field has nothing of its own to undo.

    A field's own undo history ends where the form last loaded it; past that point,
    Ctrl+Z should undo the last saved change, as the Edit menu does.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        if event.matches(QKeySequence.StandardKey.Undo):
            own = _undo_available(watched)
        elif event.matches(QKeySequence.StandardKey.Redo):
            own = _redo_available(watched)
        else:
            return False
        if own:
            return False
        event.ignore()
        return True


def _undo_available(widget: QObject) -> bool:
    if isinstance(widget, QLineEdit):
        return widget.isUndoAvailable() and not widget.isReadOnly()
    if isinstance(widget, QPlainTextEdit):
        return widget.document().isUndoAvailable() and not widget.isReadOnly()
    return False


def _redo_available(widget: QObject) -> bool:
    if isinstance(widget, QLineEdit):
        return widget.isRedoAvailable() and not widget.isReadOnly()
    if isinstance(widget, QPlainTextEdit):
        return widget.document().isRedoAvailable() and not widget.isReadOnly()
    return False


def pass_undo_through(widget: QWidget) -> None:
    widget.installEventFilter(UndoPassThrough(widget))


class FieldEditor(QObject):
    """A labelled editor for one field (or a pair that only make sense together)."""

    #: the user finished a change; the form commits it
    edited = Signal()
    #: the user changed the text and has not finished (Enter, leaving the field)
    typed = Signal()

    def __init__(self, name: str, label: str, widget: QWidget) -> None:
        super().__init__(widget)
        self.name = name
        self.label = label
        self.widget = widget
        self.record: Any = None

    def load(self, record: Any) -> None:
        """Show the record's value without emitting `edited`."""
        self.record = record
        blocked = self.widget.blockSignals(True)
        try:
            self._show(record)
        finally:
            self.widget.blockSignals(blocked)

    def _show(self, record: Any) -> None:
        raise NotImplementedError

    def changes(self) -> dict[str, Any]:
        """The field's value(s) as the API takes them; InvalidInput if unreadable."""
        raise NotImplementedError

    def set_editable(self, editable: bool) -> None:
        self.widget.setEnabled(editable)

    def changes_names(self) -> tuple[str, ...]:
        """The stored fields `changes()` writes besides `name` (an estimate's currency)."""
        return ()


class LineField(FieldEditor):
    """One line of text: committed on Enter or when focus leaves."""

    def __init__(self, name: str, label: str, placeholder: str = "") -> None:
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        pass_undo_through(self.edit)
        super().__init__(name, label, self.edit)
        self.edit.editingFinished.connect(self.edited)
        self.edit.textEdited.connect(self.typed)

    def _show(self, record: Any) -> None:
        self.edit.setText(self._text(getattr(record, self.name)))
        self.edit.setCursorPosition(0)

    def _text(self, value: Any) -> str:
        return "" if value is None else str(value)

    def changes(self) -> dict[str, Any]:
        return {self.name: self.edit.text()}

    def set_editable(self, editable: bool) -> None:
        set_read_only(self.edit, not editable)  # still selectable and copyable


class DayField(LineField):
    """A day typed as YYYY-MM-DD or as the locale writes dates, or picked from a calendar."""

    def __init__(self, name: str, label: str) -> None:
        super().__init__(
            name,
            label,
            QCoreApplication.translate("DayField", "YYYY-MM-DD or {example}").format(
                example=example()
            ),
        )
        box = QWidget()
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._on_calendar_picked)
        self.calendar.activated.connect(self._on_calendar_picked)
        menu = QMenu(box)
        shown = QWidgetAction(menu)
        shown.setDefaultWidget(self.calendar)
        menu.addAction(shown)
        menu.aboutToShow.connect(self._on_menu_about_to_show)
        self._menu = menu
        self.pick = QToolButton()
        self.pick.setText("…")
        self.pick.setToolTip(
            QCoreApplication.translate("DayField", "Pick from a calendar: {field}").format(
                field=label
            )
        )
        self.pick.setAccessibleName(
            QCoreApplication.translate("DayField", "Pick a date: {field}").format(field=label)
        )
        self.pick.setMenu(menu)
        self.pick.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        layout.addWidget(self.pick)
        self.setParent(box)
        self.widget = box

    def _text(self, value: Any) -> str:
        return iso_date(value)

    def _on_menu_about_to_show(self) -> None:
        day = parse_day(self.edit.text())
        shown = day or dt.date.today()
        self.calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))

    def _on_calendar_picked(self, day: QDate) -> None:
        self._menu.close()
        self.edit.setText(iso_date(dt.date(day.year(), day.month(), day.day())))
        self.edited.emit()

    def changes(self) -> dict[str, Any]:
        text = self.edit.text().strip()
        if not text:
            return {self.name: None}
        day = parse_day(text)
        if day is None:
            raise InvalidInput(
                QCoreApplication.translate(
                    "DayField",
                    "{field} “{text}” is not a date: type it as YYYY-MM-DD or as "
                    "{example}, or pick it from the calendar",
                ).format(field=self.label, text=text, example=example())
            )
        return {self.name: day}

    def set_editable(self, editable: bool) -> None:
        super().set_editable(editable)
        self.pick.setEnabled(editable)


class InstantField(LineField):
    """A date and time typed as wall-clock time in the zone the event happened in."""

    def __init__(self, name: str, label: str, zone_of: Callable[[Any], str]) -> None:
        super().__init__(
            name, label, QCoreApplication.translate("InstantField", "YYYY-MM-DD HH:MM")
        )
        self._zone_of = zone_of
        self._shown = ""

    def _show(self, record: Any) -> None:
        zone = self._zone_of(record)
        all_day = bool(getattr(record, "all_day", False))
        self._shown = iso_local_text(getattr(record, self.name), zone, all_day=all_day)
        self.edit.setText(self._shown)
        self.edit.setToolTip(
            QCoreApplication.translate("InstantField", "Local time in {zone}").format(zone=zone)
        )

    def changes(self) -> dict[str, Any]:
        """No change while the text is as shown: the shown text drops the seconds, and
        for an all-day item the time, so read back it is not the stored instant, and
        leaving the field untouched must not write that as an edit."""
        text = self.edit.text().strip()
        if text == self._shown:
            return {}
        if not text:
            return {self.name: None}
        zone = self._zone_of(self.record) if self.record is not None else "UTC"
        return {self.name: parse_instant(text, self.label.lower(), zone)}


class TextField(FieldEditor):
    """Several lines of text: committed when focus leaves the box."""

    def __init__(self, name: str, label: str, lines: int = 4) -> None:
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)
        pass_undo_through(self.edit)
        self.edit.setFixedHeight(self.edit.fontMetrics().lineSpacing() * lines + 14)
        super().__init__(name, label, self.edit)
        self.edit.installEventFilter(self)
        self.edit.textChanged.connect(self.typed)  # not while loading: load blocks signals
        self._shown = ""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.edit
            and event.type() == QEvent.Type.FocusOut
            and self.edit.toPlainText() != self._shown
        ):
            self.edited.emit()
        return False

    def _show(self, record: Any) -> None:
        self._shown = getattr(record, self.name) or ""
        if self.edit.toPlainText() != self._shown:
            self.edit.setPlainText(self._shown)

    def changes(self) -> dict[str, Any]:
        return {self.name: self.edit.toPlainText()}

    def set_editable(self, editable: bool) -> None:
        set_read_only(self.edit, not editable)


class ChoiceField(FieldEditor):
    """A closed vocabulary: a combo box of labels over stored values; the labels of one
    of the case's vocabularies are shown in the app's language."""

    def __init__(self, name: str, label: str, options: Mapping[str, str]) -> None:
        self.combo = QComboBox()
        for value, text in translated_options(options).items():
            self.combo.addItem(text, value)
        super().__init__(name, label, self.combo)
        self.combo.activated.connect(self.edited)

    def _show(self, record: Any) -> None:
        self.combo.setCurrentIndex(max(0, self.combo.findData(getattr(record, self.name))))

    def changes(self) -> dict[str, Any]:
        return {self.name: self.combo.currentData()}


class _CheckText(QLabel):
    """A check box's text that wraps on a narrow form ("только для внутреннего
    пользования (не входит в справку)" is wider than the form in Russian; a QCheckBox's
    own text never wraps) and ticks the box when clicked, as the box's own text does."""

    def __init__(self, text: str, check: QCheckBox) -> None:
        super().__init__(text)
        self._check = check
        self.setWordWrap(True)
        self.setBuddy(check)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._check.isEnabled():
            self._check.click()
        super().mouseReleaseEvent(event)


class FlagField(FieldEditor):
    """Yes or no: committed as soon as it is clicked."""

    def __init__(self, name: str, label: str, text: str) -> None:
        self.check = QCheckBox()
        self.check.setAccessibleName(text)
        self.text = _CheckText(text, self.check)
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.check, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.text, 1)
        super().__init__(name, label, box)
        self.check.clicked.connect(self.edited)

    def _show(self, record: Any) -> None:
        self.check.setChecked(bool(getattr(record, self.name)))

    def changes(self) -> dict[str, Any]:
        return {self.name: self.check.isChecked()}


class RefField(FieldEditor):
    """A link to one other item (a source party, an owner), picked from a list."""

    def __init__(self, name: str, label: str, choices: ChoiceListModel) -> None:
        self.combo = QComboBox()
        self.combo.setModel(choices)
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(16)
        self._choices = choices
        super().__init__(name, label, self.combo)
        self.combo.activated.connect(self.edited)
        choices.modelReset.connect(self._on_choices_reset)

    def _show(self, record: Any) -> None:
        self.combo.setCurrentIndex(max(0, self._choices.row_of(getattr(record, self.name))))

    def _on_choices_reset(self) -> None:
        """A party was added or renamed: the list was rebuilt, show the same choice."""
        if self.record is not None:
            self.load(self.record)

    def changes(self) -> dict[str, Any]:
        return {self.name: self.combo.currentData(IdRole)}


class ZoneField(FieldEditor):
    """An IANA time zone: type part of the name ("Kyiv") and pick it."""

    def __init__(self, name: str, label: str) -> None:
        from casefile.ui.editors.zones import ZoneCombo

        self.combo = ZoneCombo()
        super().__init__(name, label, self.combo)
        line = self.combo.lineEdit()
        assert line is not None
        line.editingFinished.connect(self.edited)
        line.textEdited.connect(self.typed)
        self.combo.activated.connect(self.edited)

    def _show(self, record: Any) -> None:
        self.combo.setEditText(getattr(record, self.name) or "UTC")

    def changes(self) -> dict[str, Any]:
        return {self.name: self.combo.currentText().strip()}


class CostField(FieldEditor):
    """An estimate and its currency, changed together in one update."""

    def __init__(self, label: str, default_currency: Callable[[], str]) -> None:
        box = QWidget()
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(QCoreApplication.translate("CostField", "not estimated"))
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.currency = QLineEdit()
        self.currency.setPlaceholderText(default_currency())
        self.currency.setMaxLength(3)
        self.currency.setFixedWidth(self.currency.fontMetrics().horizontalAdvance("MMMM") + 16)
        self.currency.setToolTip(
            QCoreApplication.translate("CostField", "ISO 4217 code, such as EUR, USD, UAH or AZN")
        )
        layout.addWidget(self.amount, 1)
        layout.addWidget(self.currency)
        pass_undo_through(self.amount)
        pass_undo_through(self.currency)
        super().__init__("estimated_cost", label, box)
        self._default_currency = default_currency
        self._read_only = False
        self.amount.editingFinished.connect(self.edited)
        self.currency.editingFinished.connect(self.edited)
        self.amount.textEdited.connect(self._on_amount_text_edited)
        self.amount.textEdited.connect(self.typed)
        self.currency.textEdited.connect(self.typed)

    def _on_amount_text_edited(self, text: str) -> None:
        if text.strip() and not self.currency.text().strip():
            self.currency.setText(self._default_currency())

    def _computed(self) -> bool:
        """The estimate is quantity x unit cost: the store makes it, it is not typed."""
        record = getattr(self, "record", None)
        return getattr(record, "quantity", None) is not None and (
            getattr(record, "unit_cost", None) is not None
        )

    def load(self, record: Any) -> None:
        self.record = record
        self.currency.setPlaceholderText(self._default_currency())  # Settings may change
        computed = self._computed()
        set_read_only(self.amount, computed or self._read_only)
        self.amount.setToolTip(
            QCoreApplication.translate("CostField", "quantity × unit cost") if computed else ""
        )
        for edit in (self.amount, self.currency):
            blocked = edit.blockSignals(True)
            try:
                if edit is self.amount:
                    cost = record.estimated_cost
                    edit.setText(
                        "" if cost is None else to_decimal_string(cost, record.currency or "EUR")
                    )
                else:
                    edit.setText(record.currency)
            finally:
                edit.blockSignals(blocked)

    def changes(self) -> dict[str, Any]:
        text = self.amount.text().strip()
        currency = self.currency.text().strip().upper()
        if self._computed():
            if not currency:
                raise InvalidInput(
                    QCoreApplication.translate(
                        "CostField", "a unit cost needs its currency (an ISO 4217 code)"
                    )
                )
            return {"currency": currency}
        if not text:
            return {"estimated_cost": None, "currency": currency}
        if not currency:
            raise InvalidInput(
                QCoreApplication.translate(
                    "CostField", "a damage estimate needs its currency (an ISO 4217 code)"
                )
            )
        return {"estimated_cost": parse_amount(text, currency), "currency": currency}

    def changes_names(self) -> tuple[str, ...]:
        return ("currency",)

    def set_editable(self, editable: bool) -> None:
        self._read_only = not editable
        set_read_only(self.amount, not editable or self._computed())
        set_read_only(self.currency, not editable)


class QuantityField(FieldEditor):
    """A quantity and a unit cost, in the estimate's currency: with both, the estimate
    is their product (the store makes it; CostField then shows it, read-only)."""

    def __init__(self, label: str, default_currency: Callable[[], str]) -> None:
        box = QWidget()
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.quantity = QLineEdit()
        self.quantity.setPlaceholderText(QCoreApplication.translate("QuantityField", "quantity"))
        self.quantity.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.unit_cost = QLineEdit()
        self.unit_cost.setPlaceholderText(QCoreApplication.translate("QuantityField", "unit cost"))
        self.unit_cost.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.quantity, 1)
        layout.addWidget(QLabel("\u00d7"))
        layout.addWidget(self.unit_cost, 2)
        pass_undo_through(self.quantity)
        pass_undo_through(self.unit_cost)
        super().__init__("quantity", label, box)
        self._default_currency = default_currency
        for edit in (self.quantity, self.unit_cost):
            edit.editingFinished.connect(self.edited)
            edit.textEdited.connect(self.typed)

    def _currency(self) -> str:
        return getattr(self.record, "currency", "") or self._default_currency()

    def load(self, record: Any) -> None:
        self.record = record
        currency = record.currency or self._default_currency()
        for edit, text in (
            (self.quantity, record.quantity or ""),
            (self.unit_cost, "" if record.unit_cost is None else to_decimal_string(
                record.unit_cost, currency)),
        ):  # fmt: skip
            blocked = edit.blockSignals(True)
            try:
                edit.setText(text)
            finally:
                edit.blockSignals(blocked)

    def changes(self) -> dict[str, Any]:
        quantity = self.quantity.text().strip() or None
        text = self.unit_cost.text().strip()
        currency = self._currency()
        out: dict[str, Any] = {
            "quantity": None if quantity is None else parse_quantity(quantity),
            "unit_cost": parse_amount(text, currency) if text else None,
        }
        if text and not getattr(self.record, "currency", ""):
            out["currency"] = currency
        return out

    def changes_names(self) -> tuple[str, ...]:
        return ("unit_cost", "currency")

    def set_editable(self, editable: bool) -> None:
        set_read_only(self.quantity, not editable)
        set_read_only(self.unit_cost, not editable)
