"""The plan itself on screen: its image with zoom and pan, and the pins placed on it.

The scene is measured in the plan's own pixels, so a pin at (x, y) of the plan sits at
(x * width, y * height) whatever copy of the image is shown: the display copy (at most
4,096 pixels a side, made when the plan was added) is scaled up to the plan's size.
Pins ignore the view's zoom and stay one size on screen.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QPainter,
    QPen,
    QPixmap,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QWidget,
)

from casefile.store import PHOTO_PIN_COLOUR, SEVERITY_PIN_COLOURS

#: what a damage item or a photo dragged from the list carries: its id
ITEM_MIME = "application/x-casefile-item-id"

#: a pin's colour by the damage's severity, and a photo's: as the brief draws them
SEVERITY_COLOURS = SEVERITY_PIN_COLOURS
PHOTO_COLOUR = PHOTO_PIN_COLOUR
ZOOM_STEP = 1.25
MAX_ZOOM = 8.0


@dataclass(frozen=True)
class PinSpec:
    """A pin as the canvas draws it."""

    pin_id: str
    item_id: str
    label: str  # "D-3"; empty for a photo (a camera mark)
    colour: str
    x: float
    y: float
    tooltip: str = ""

    @property
    def is_photo(self) -> bool:
        return not self.label


#: pictures of pins by (label, colour, photo, selected): one canvas's shared looks
Pictures = dict[tuple[str, str, bool, bool], QPixmap]


def pin_picture(spec: PinSpec, selected: bool, font: QFont, pictures: Pictures) -> QPixmap:
    """How a pin looks: drawn once per label, colour and selection, then shared."""
    key = (spec.label, spec.colour, spec.is_photo, selected)
    found = pictures.get(key)
    if found is not None:
        return found
    r = PinMark.RADIUS
    size = 2 * r + 8
    picture = QPixmap(size, size)
    picture.fill(Qt.GlobalColor.transparent)
    painter = QPainter(picture)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(size / 2, size / 2)
    painter.setPen(QPen(QColor("#ffd400" if selected else "#ffffff"), 4 if selected else 2))
    painter.setBrush(QBrush(QColor(spec.colour)))
    if spec.is_photo:
        painter.drawRoundedRect(QRectF(-r, -r * 0.75, 2 * r, 1.5 * r), 4, 4)
        painter.setPen(QPen(QColor("#ffffff"), 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(QPointF(0, 0), r * 0.42, r * 0.42)
        painter.drawRect(QRectF(-r * 0.55, -r * 1.0, r * 0.5, r * 0.25))
    else:
        painter.drawEllipse(QPointF(0, 0), r, r)
        painter.setPen(QColor("#ffffff"))
        fitted = QFont(font)
        room = 2 * r * 0.88
        width = QFontMetricsF(fitted).horizontalAdvance(spec.label)
        if width > room:  # "D-1000" in the same disc: a smaller figure
            fitted.setPixelSize(max(6, int(font.pixelSize() * room / width)))
        painter.setFont(fitted)
        painter.drawText(QRectF(-r, -r, 2 * r, 2 * r), Qt.AlignmentFlag.AlignCenter, spec.label)
    painter.end()
    pictures[key] = picture
    return picture


class PinMark(QGraphicsPixmapItem):
    """One pin: a numbered disc for a damage item, a camera mark for a photo. Movable
    within the plan; its moves are reported when the mouse is let go.

    A pin is a picture drawn once per look (label, colour, selected) and shared: Qt
    then draws thousands of them without calling back into Python for each one on
    every frame, as a painted item's paint() and boundingRect() would."""

    RADIUS = 13

    def __init__(self, spec: PinSpec, canvas: PlanCanvas) -> None:
        super().__init__()
        self._canvas = canvas
        self._pressed_at: QPointF | None = None
        self.looks_selected = False
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, canvas.editable)
        self.setCursor(
            Qt.CursorShape.OpenHandCursor if canvas.editable else Qt.CursorShape.ArrowCursor
        )
        self.setZValue(1)
        self.setShapeMode(QGraphicsPixmapItem.ShapeMode.BoundingRectShape)
        self.spec = spec
        self.show_spec(spec)

    def show_spec(self, spec: PinSpec) -> None:
        """Look like `spec` says (its label, colour and tooltip may have changed)."""
        self.spec = spec
        picture = self._canvas.picture(spec, self.looks_selected)
        self.setOffset(-picture.width() / 2, -picture.height() / 2)
        self.setPixmap(picture)
        self.setToolTip(spec.tooltip)

    def restyle(self) -> None:
        """Show whether it is selected (a yellow ring), if that changed."""
        selected = self.isSelected()
        if selected != self.looks_selected:
            self.looks_selected = selected
            self.setPixmap(self._canvas.picture(self.spec, selected))

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self._pressed_at = self.pos()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if self._pressed_at is not None and self.pos() != self._pressed_at:
            self._canvas.report_moves()
        self._pressed_at = None


class PlanCanvas(QGraphicsView):
    """The plan with its pins. Wheel zooms about the pointer, dragging the plan pans it,
    dragging a pin moves it, Delete removes the selected pins, and an item dropped from
    the list is pinned where it is dropped."""

    #: an item dropped on the plan: its id, and x, y as fractions of the plan
    item_dropped = Signal(str, float, float)
    #: pins let go somewhere else: [(pin id, x, y)]
    pins_moved = Signal(list)
    #: Delete pressed with pins selected: their ids
    unpin_requested = Signal(list)
    #: the selected pins changed: the ids of their items
    selection_changed = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editable = True
        self.pin_font = QFont(self.font())
        self.pin_font.setPixelSize(10)
        self.pin_font.setBold(True)
        self._pictures: Pictures = {}
        self._scene = QGraphicsScene(self)
        self.setScene(self._scene)
        self._image: QGraphicsPixmapItem | None = None
        self._marks: dict[str, PinMark] = {}
        self.plan_rect = QRectF()
        self._fitted = True
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setBackgroundBrush(QColor("#e6e8eb"))
        self.setAcceptDrops(True)
        self._scene.selectionChanged.connect(self._on_scene_selection_changed)

    # -- content -------------------------------------------------------------------------

    def set_plan(self, pixmap: QPixmap | None, width: int, height: int) -> None:
        """Show a plan of `width` x `height` pixels (its display copy in `pixmap`), or none."""
        self._scene.clear()
        self._marks = {}
        self._image = None
        self.plan_rect = QRectF(0, 0, width, height)
        self._scene.setSceneRect(self.plan_rect)
        if pixmap is not None and not pixmap.isNull():
            self._image = self._scene.addPixmap(pixmap)
            self._image.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
            self._image.setScale(width / pixmap.width())
            self._image.setZValue(0)
        self._fitted = True
        self.fit()

    def set_pins(self, pins: Sequence[PinSpec]) -> None:
        """Show these pins: the marks of pins already shown are kept (and moved or
        restyled where they changed), so a change to one pin of thousands is cheap."""
        blocked = self._scene.blockSignals(True)
        try:
            wanted = {spec.pin_id: spec for spec in pins}
            for pin_id in [p for p in self._marks if p not in wanted]:
                self._scene.removeItem(self._marks.pop(pin_id))
            width, height = self.plan_rect.width(), self.plan_rect.height()
            for spec in pins:
                mark = self._marks.get(spec.pin_id)
                if mark is None:
                    mark = PinMark(spec, self)
                    self._scene.addItem(mark)
                    self._marks[spec.pin_id] = mark
                elif mark.spec != spec:
                    mark.show_spec(spec)
                where = QPointF(spec.x * width, spec.y * height)
                if mark.pos() != where:
                    mark.setPos(where)
        finally:
            self._scene.blockSignals(blocked)

    def picture(self, spec: PinSpec, selected: bool) -> QPixmap:
        return pin_picture(spec, selected, self.pin_font, self._pictures)

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        for mark in self._marks.values():
            mark.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, editable)

    def mark(self, pin_id: str) -> PinMark | None:
        return self._marks.get(pin_id)

    def marks(self) -> list[PinMark]:
        return list(self._marks.values())

    # -- selection -------------------------------------------------------------------------

    def selected_pins(self) -> list[str]:
        return [m.spec.pin_id for m in self._marks.values() if m.isSelected()]

    def select_items(self, item_ids: Sequence[str]) -> None:
        """Select the pins of these items (from the list), without echoing it back."""
        wanted = set(item_ids)
        blocked = self._scene.blockSignals(True)
        try:
            first = None
            for mark in self._marks.values():
                on = mark.spec.item_id in wanted
                mark.setSelected(on)
                if on and first is None:
                    first = mark
            if first is not None:
                self.ensureVisible(first, 60, 60)
        finally:
            self._scene.blockSignals(blocked)
        self._restyle()

    def _restyle(self) -> None:
        for mark in self._marks.values():
            mark.restyle()

    def _on_scene_selection_changed(self) -> None:
        self._restyle()
        ids = [m.spec.item_id for m in self._marks.values() if m.isSelected()]
        self.selection_changed.emit(ids)

    def report_moves(self) -> None:
        """Tell where the pins now are that were dragged (all the selected ones move)."""
        width, height = self.plan_rect.width(), self.plan_rect.height()
        moved = []
        for mark in self._marks.values():
            x = min(max(mark.pos().x() / width, 0.0), 1.0)  # let go past an edge: on it
            y = min(max(mark.pos().y() / height, 0.0), 1.0)
            if (round(x, 6), round(y, 6)) != (round(mark.spec.x, 6), round(mark.spec.y, 6)):
                moved.append((mark.spec.pin_id, x, y))
        if moved:
            self.pins_moved.emit(moved)

    # -- zoom and pan --------------------------------------------------------------------------

    def fit(self) -> None:
        if not self.plan_rect.isEmpty():
            self.fitInView(self.plan_rect, Qt.AspectRatioMode.KeepAspectRatio)
            self._fitted = True

    def zoom_by(self, factor: float) -> None:
        scale = self.transform().m11()
        fitted = self._fit_scale()
        target = min(max(scale * factor, fitted * 0.5), max(MAX_ZOOM, fitted))
        if target != scale:
            self.scale(target / scale, target / scale)
            self._fitted = False

    def _fit_scale(self) -> float:
        if self.plan_rect.isEmpty():
            return 1.0
        view = self.viewport().rect()
        return min(view.width() / self.plan_rect.width(), view.height() / self.plan_rect.height())

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(ZOOM_STEP**steps)
        event.accept()

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        if self._fitted:
            self.fit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.editable:
            selected = self.selected_pins()
            if selected:
                self.unpin_requested.emit(selected)
                event.accept()
                return
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(ZOOM_STEP)
        elif key == Qt.Key.Key_Minus:
            self.zoom_by(1 / ZOOM_STEP)
        elif key == Qt.Key.Key_0:
            self.fit()
        else:
            super().keyPressEvent(event)

    # -- dropping items from the list -------------------------------------------------------

    def _drop_point(self, event: QDropEvent | QDragMoveEvent) -> QPointF | None:
        if not self.editable or not event.mimeData().hasFormat(ITEM_MIME):
            return None
        point = self.mapToScene(event.position().toPoint())
        return point if self.plan_rect.contains(point) else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.editable and event.mimeData().hasFormat(ITEM_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._drop_point(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        point = self._drop_point(event)
        if point is None:
            event.ignore()
            return
        item_id = bytes(event.mimeData().data(ITEM_MIME).data()).decode("ascii", "replace")
        event.acceptProposedAction()
        self.item_dropped.emit(
            item_id, point.x() / self.plan_rect.width(), point.y() / self.plan_rect.height()
        )
