"""The Site plan view: where the damage is, on a plan of the premises.

A plan of the case fills the view (QGraphicsView, plan_canvas.py); beside it, the
damage items and photos of the case, to be dragged onto the plan. A pin carries the
item's reference (D-n) in its severity's colour, a photo shows as a camera mark;
dragging a pin moves it, Delete unpins it, and each is one undoable step through the
session. Selecting a pin selects its item in the list, and the reverse.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Self

from PySide6.QtCore import QByteArray, QCoreApplication, QLocale, QMimeData, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from casefile.store import CaseFileError, PlanRecord, read_plan
from casefile.ui.case.session import CaseSession
from casefile.ui.dialogs.files import FileDialogs
from casefile.ui.dialogs.plan_name import PlanNameDialog
from casefile.ui.models.vocabulary import choice_labels
from casefile.ui.support.store_errors import full_message, message_of
from casefile.ui.support.translation import english_plural
from casefile.ui.views import ViewOptions
from casefile.ui.views.plan_canvas import (
    ITEM_MIME,
    PHOTO_COLOUR,
    SEVERITY_COLOURS,
    PinSpec,
    PlanCanvas,
)
from casefile.ui.views.refreshing import RefreshingView

ItemIdRole = Qt.ItemDataRole.UserRole + 1
KindRole = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class _Item:
    """A damage item or a photo as the list and the pins name it."""

    kind: str
    id: str
    label: str  # the reference, D-n; "" for a photo
    title: str
    colour: str


def _swatch(colour: str, photo: bool = False) -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(QColor("#ffffff"))
    if photo:
        painter.drawRoundedRect(1, 3, 14, 10, 2, 2)
    else:
        painter.drawEllipse(1, 1, 14, 14)
    painter.end()
    return QIcon(pixmap)


class _ItemList(QListWidget):
    """The damage items and photos, dragged from here onto the plan."""

    def mimeData(self, items: list[QListWidgetItem]) -> QMimeData:  # type: ignore[override]
        data = QMimeData()
        if items:
            data.setData(ITEM_MIME, QByteArray(items[0].data(ItemIdRole).encode("ascii")))
        return data

    def mimeTypes(self) -> list[str]:
        return [ITEM_MIME]


class SitePlanView(RefreshingView):
    title = "Site plan"

    @classmethod
    def build(cls, session: CaseSession, options: ViewOptions) -> Self:
        return cls(session, folder=options.folder)

    def __init__(
        self, session: CaseSession, parent: QWidget | None = None, *, folder: Any = Path.home
    ) -> None:
        super().__init__(session, parent)
        self._folder = folder
        self._plans: list[PlanRecord] = []
        self._items: dict[str, _Item] = {}
        self._pins: dict[str, Any] = {}  # pin id -> PinRecord, of the plan shown
        self._shown_plan: str | None = None
        self._syncing = False
        self._listed: list[tuple[_Item, bool]] = []
        self._swatches: dict[tuple[str, bool], QIcon] = {}

        self.plan_box = QComboBox()
        self.plan_box.currentIndexChanged.connect(self._on_plan_box_changed)
        self.add_button = QPushButton(self.tr("Add plan…"))
        self.add_button.clicked.connect(self.ask_add_plan)
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.rename_button.clicked.connect(self.ask_rename_plan)
        self.delete_button = QPushButton(self.tr("Delete plan"))
        self.delete_button.clicked.connect(self.delete_plan)
        self.fit_button = QPushButton(self.tr("Fit", "show the whole plan"))
        self.fit_button.setToolTip(self.tr("Show the whole plan (0); zoom with the wheel, + and -"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Plan:")))
        top.addWidget(self.plan_box, 1)
        for button in (self.add_button, self.rename_button, self.delete_button, self.fit_button):
            top.addWidget(button)

        self.items = _ItemList()
        self.items.setDragEnabled(True)
        self.items.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.items.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.items.setIconSize(QSize(16, 16))
        self.items.itemSelectionChanged.connect(self._on_items_selection_changed)
        self.items.itemActivated.connect(self._on_items_activated)
        hint = QLabel(self.tr("Drag a damage item or a photo onto the plan to pin it."))
        hint.setWordWrap(True)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.items, 1)
        left_layout.addWidget(hint)

        self.canvas = PlanCanvas()
        self.fit_button.clicked.connect(self.canvas.fit)
        self.canvas.item_dropped.connect(self._on_canvas_item_dropped)
        self.canvas.pins_moved.connect(self._on_canvas_pins_moved)
        self.canvas.unpin_requested.connect(self._on_canvas_unpin_requested)
        self.canvas.selection_changed.connect(self._on_canvas_selection_changed)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.legend = QLabel(self._legend_text())
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)  # between entries: each is held together by &nbsp;
        self.empty = QLabel(
            self.tr("This case has no site plan yet: Add plan… takes a PNG, JPEG or PDF.")
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.canvas, 1)
        right_layout.addWidget(self.empty, 1)
        right_layout.addWidget(self.caption)
        right_layout.addWidget(self.legend)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 900])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self.refresh()
        session.case_changed.connect(self._on_session_case_changed)

    # -- reading the case ---------------------------------------------------------------

    def refresh(self) -> None:
        self._dirty = False
        case = self._session.case
        self._plans = case.plans()
        self._items = {}
        for item in case.records("damage_item"):
            self._items[item.id] = _Item(
                "damage_item", item.id, item.reference, item.title,
                SEVERITY_COLOURS.get(item.severity, SEVERITY_COLOURS[""]),
            )  # fmt: skip
        for photo in case.records("attachment"):
            if photo.is_image:
                self._items[photo.id] = _Item(
                    "attachment", photo.id, "", photo.filename, PHOTO_COLOUR
                )
        shown = self._shown_plan if any(p.id == self._shown_plan for p in self._plans) else None
        if shown is None and self._plans:
            shown = self._plans[0].id
        self._fill_plan_box(shown)
        self._show_plan(shown)
        self._update_actions()

    def _fill_plan_box(self, shown: str | None) -> None:
        blocked = self.plan_box.blockSignals(True)
        try:
            self.plan_box.clear()
            for plan in self._plans:
                self.plan_box.addItem(plan.name, plan.id)
            index = self.plan_box.findData(shown) if shown else -1
            self.plan_box.setCurrentIndex(index)
        finally:
            self.plan_box.blockSignals(blocked)

    def _show_plan(self, plan_id: str | None) -> None:
        plan = next((p for p in self._plans if p.id == plan_id), None)
        changed = plan_id != self._shown_plan
        self._shown_plan = plan_id
        self.canvas.setVisible(plan is not None)
        self.empty.setVisible(plan is None)
        if plan is None:
            self._pins = {}
            self.caption.clear()
            self.canvas.set_plan(None, 1, 1)
            self._fill_items()
            return
        if changed or self.canvas.plan_rect.isEmpty() or not self.canvas.items():
            pixmap = QPixmap()
            try:
                data, _, _ = self._session.case.plan_image(plan.id, "display")
            except CaseFileError as exc:  # its image lost: the pins are still shown
                self.message_posted.emit(full_message(exc))
            else:
                pixmap.loadFromData(data)
            self.canvas.set_plan(pixmap, plan.width, plan.height)
        self.caption.setText(plan.caption)
        self.caption.setVisible(bool(plan.caption))
        self._pins = {pin.id: pin for pin in self._session.case.pins(plan.id)}
        self.canvas.set_editable(not self._session.read_only)
        self.canvas.set_pins([self._spec(pin) for pin in self._pins.values()])
        self._fill_items()

    def _spec(self, pin: Any) -> PinSpec:
        item = self._items.get(pin.item_id)
        label = item.label if item else ""
        colour = item.colour if item else SEVERITY_COLOURS[""]
        title = item.title if item else pin.item_id
        tooltip = f"{label} {title}".strip()
        return PinSpec(pin.id, pin.item_id, label if pin.damage_item_id else "", colour,
                       pin.x, pin.y, tooltip)  # fmt: skip

    def _fill_items(self) -> None:
        """List the items, those on the plan shown in bold; left as it is when nothing
        it shows changed (a pin moved), so that a change costs no rebuilt list."""
        pinned = {pin.item_id for pin in self._pins.values()}
        listed = [(item, item.id in pinned) for item in self._items.values()]
        if listed == self._listed:
            return
        self._listed = listed
        selected = {i.data(ItemIdRole) for i in self.items.selectedItems()}
        self._syncing = True
        try:
            self.items.clear()
            for item in self._items.values():
                text = f"{item.label}  {item.title}" if item.label else item.title
                look = (item.colour, not item.label)
                if look not in self._swatches:
                    self._swatches[look] = _swatch(*look)
                row = QListWidgetItem(self._swatches[look], text)
                row.setData(ItemIdRole, item.id)
                row.setData(KindRole, item.kind)
                # The list is narrow: the tooltip gives the whole name, then what to do.
                if item.id in pinned:
                    row.setToolTip(f"{text}\n" + self.tr("On this plan: select it to find its pin"))
                    font = row.font()
                    font.setBold(True)
                    row.setFont(font)
                else:
                    row.setToolTip(f"{text}\n" + self.tr("Drag onto the plan to pin it"))
                self.items.addItem(row)
                row.setSelected(item.id in selected)
        finally:
            self._syncing = False

    # -- what the user does -------------------------------------------------------------

    @property
    def current_plan(self) -> PlanRecord | None:
        return next((p for p in self._plans if p.id == self._shown_plan), None)

    def ask_add_plan(self) -> None:
        path = FileDialogs.ask_plan_image(self, self._folder())
        if path is None:
            return
        name = PlanNameDialog.ask(self, self.tr("Add a site plan"), path.stem)
        if name is not None:
            self.add_plan_from(path, name)

    def add_plan_from(self, path: Path, name: str) -> PlanRecord | None:
        try:
            data, filename = read_plan(path)
            plan = self._session.add_plan(data, filename, name=name)
        except CaseFileError as exc:
            self.message_posted.emit(
                self.tr("No plan added: {reason}").format(reason=full_message(exc))
            )
            return None
        self._shown_plan = plan.id
        self.refresh()
        self.message_posted.emit(self.tr("Added the site plan “{name}”.").format(name=plan.name))
        return plan

    def ask_rename_plan(self) -> None:
        plan = self.current_plan
        if plan is None:
            return
        name = PlanNameDialog.ask(self, self.tr("Rename the site plan"), plan.name)
        if name is not None:
            self.rename_plan(name)

    def rename_plan(self, name: str) -> None:
        plan = self.current_plan
        if plan is None:
            return
        try:
            self._session.rename_plan(plan.id, name)
        except CaseFileError as exc:
            self.message_posted.emit(
                self.tr("Not renamed: {reason}").format(reason=message_of(exc))
            )

    def delete_plan(self) -> None:
        plan = self.current_plan
        if plan is None:
            return
        pins = len(self._pins)
        try:
            self._session.delete_plan(plan.id)
        except CaseFileError as exc:
            self.message_posted.emit(
                self.tr("Not deleted: {reason}").format(reason=message_of(exc))
            )
            return
        if pins:
            said = english_plural(
                self.tr(
                    "Deleted the site plan “{name}” and its %n pin(s). "
                    "Undo brings it back (Ctrl+Z).",
                    "",
                    pins,
                ),
                pins,
            )
        else:
            said = self.tr("Deleted the site plan “{name}”. Undo brings it back (Ctrl+Z).")
        self.message_posted.emit(said.format(name=plan.name))

    def pin_item(self, item_id: str, x: float, y: float) -> None:
        plan = self.current_plan
        if plan is None:
            return
        existing = next((p for p in self._pins.values() if p.item_id == item_id), None)
        try:
            if existing is not None:  # dropped again: the pin moves there
                self._session.move_pin(existing, x, y, label=self._name(item_id))
            else:
                self._session.pin(plan.id, item_id, x, y, label=self._name(item_id))
        except CaseFileError as exc:
            self.message_posted.emit(self.tr("Not pinned: {reason}").format(reason=message_of(exc)))

    def _name(self, item_id: str) -> str:
        item = self._items.get(item_id)
        if item is None:
            return self.tr("an item")
        if item.label:
            return f"{item.label} “{item.title}”"
        return self.tr("the photo “{title}”").format(title=item.title)

    def _on_canvas_item_dropped(self, item_id: str, x: float, y: float) -> None:
        self.pin_item(item_id, x, y)

    def _on_canvas_pins_moved(self, moved: list) -> None:
        for pin_id, x, y in moved:
            pin = self._pins.get(pin_id)
            if pin is None:
                continue
            try:
                self._session.move_pin(pin, x, y, label=self._name(pin.item_id))
            except CaseFileError as exc:
                self.message_posted.emit(
                    self.tr("Not moved: {reason}").format(reason=message_of(exc))
                )
                self.refresh()
                return

    def _on_canvas_unpin_requested(self, pin_ids: list) -> None:
        pins = [self._pins[p] for p in pin_ids if p in self._pins]
        if not pins:
            return
        if len(pins) == 1:
            label = self._name(pins[0].item_id)
        else:
            label = english_plural(self.tr("%n item(s)", "", len(pins)), len(pins))
        try:
            self._session.unpin([p.id for p in pins], label=label)
        except CaseFileError as exc:
            self.message_posted.emit(
                self.tr("Not unpinned: {reason}").format(reason=message_of(exc))
            )
            return
        self.message_posted.emit(
            self.tr("Unpinned {what}. Undo puts it back (Ctrl+Z).").format(what=label)
        )

    def delete_selected(self) -> bool:
        selected = self.canvas.selected_pins()
        if selected and not self._session.read_only:
            self._on_canvas_unpin_requested(selected)
            return True
        return False

    @property
    def can_delete(self) -> bool:  # type: ignore[override]
        return not self._session.read_only and bool(self._pins)

    # -- selection, both ways -----------------------------------------------------------

    def _on_canvas_selection_changed(self, item_ids: list) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            wanted = set(item_ids)
            for row in range(self.items.count()):
                entry = self.items.item(row)
                entry.setSelected(entry.data(ItemIdRole) in wanted)
                if entry.isSelected():
                    self.items.scrollToItem(entry)
        finally:
            self._syncing = False

    def _on_items_selection_changed(self) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            self.canvas.select_items([i.data(ItemIdRole) for i in self.items.selectedItems()])
        finally:
            self._syncing = False

    def _on_items_activated(self, entry: QListWidgetItem) -> None:
        self.item_activated.emit(entry.data(KindRole), entry.data(ItemIdRole))

    def show_item(self, kind: str, item_id: str) -> bool:
        if kind == "site_plan" and any(p.id == item_id for p in self._plans):
            self._show_plan(item_id)
            self._fill_plan_box(item_id)
            return True
        return False

    def _on_plan_box_changed(self, index: int) -> None:
        self._show_plan(self.plan_box.itemData(index) if index >= 0 else None)
        self._update_actions()

    def _update_actions(self) -> None:
        editable = not self._session.read_only
        has_plan = self.current_plan is not None
        self.add_button.setEnabled(editable)
        self.rename_button.setEnabled(editable and has_plan)
        self.delete_button.setEnabled(editable and has_plan)
        self.fit_button.setEnabled(has_plan)

    @staticmethod
    def _legend_text() -> str:
        """The pins' colours by severity, in the app's language."""
        parts = []
        locale = QLocale()
        for severity, name in choice_labels("damage_item", "severity", blank=True).items():
            colour = SEVERITY_COLOURS.get(severity, SEVERITY_COLOURS[""])
            parts.append(f"<span style='color:{colour}'>●</span> {locale.toLower(name)}")
        photo = QCoreApplication.translate("SitePlanView", "photo, where it was taken")
        parts.append(f"<span style='color:{PHOTO_COLOUR}'>■</span> {photo}")
        pins = QCoreApplication.translate("SitePlanView", "Pins:")
        return f"{pins} " + " &nbsp; ".join(parts)
