"""The Site plan view: pinning by dropping, moving by dragging, Delete, undo, and the
selection shared by the pins and the list; what the case file then holds."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent, QMouseEvent
from PySide6.QtWidgets import QApplication

from casefile.ui.case.session import CaseSession
from casefile.ui.views.site_plan import ItemIdRole, SitePlanView


@pytest.fixture
def view(qtbot, session: CaseSession) -> SitePlanView:
    shown = SitePlanView(session)
    qtbot.addWidget(shown)
    shown.resize(1100, 700)
    shown.show()
    qtbot.waitExposed(shown)
    shown.canvas.fit()
    return shown


def plan_id(session: CaseSession) -> str:
    return session.case.plans()[0].id


def pins(session: CaseSession) -> dict[str, tuple[float, float]]:
    """item id -> (x, y) of the demo plan's pins, from the case file."""
    return {p.item_id: (p.x, p.y) for p in session.case.pins(plan_id(session))}


def list_row(view: SitePlanView, item_id: str) -> int:
    return next(
        r for r in range(view.items.count()) if view.items.item(r).data(ItemIdRole) == item_id
    )


def viewport_point(view: SitePlanView, x: float, y: float) -> QPoint:
    rect = view.canvas.plan_rect
    return view.canvas.mapFromScene(QPointF(x * rect.width(), y * rect.height()))


def drop(view: SitePlanView, item_id: str, x: float, y: float) -> None:
    """Drop the list's drag data for `item_id` on the plan at (x, y)."""
    entry = view.items.item(list_row(view, item_id))
    data = view.items.mimeData([entry])
    point = QPointF(viewport_point(view, x, y))
    event = QDropEvent(point, Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)  # fmt: skip
    view.canvas.dropEvent(event)


def unpinned_photo(session: CaseSession) -> str:
    pinned = {p.item_id for p in session.case.pins()}
    return next(
        a.id for a in session.case.records("attachment") if a.is_image and a.id not in pinned
    )


def test_the_demo_plan_shows_its_pins_and_legend(view: SitePlanView, session) -> None:
    assert view.plan_box.currentText() == "Embassy compound"
    assert len(view.canvas.marks()) == 6
    photos = [m for m in view.canvas.marks() if m.spec.is_photo]
    assert len(photos) == 1
    labels = {m.spec.label for m in view.canvas.marks() if not m.spec.is_photo}
    assert labels == {item.reference for item in session.case.records("damage_item")}
    assert labels == {"D-1", "D-2", "D-3", "D-4", "D-5"}
    assert "schematic, not to scale" in view.caption.text().lower()
    assert "destroyed" in view.legend.text() and "photo" in view.legend.text()


def test_the_item_list_tooltip_names_the_item_in_full(view: SitePlanView, session) -> None:
    photo = unpinned_photo(session)
    filename = session.case.get("attachment", photo).filename
    tip = view.items.item(list_row(view, photo)).toolTip()
    assert tip.splitlines() == [filename, "Drag onto the plan to pin it"]
    item = session.case.records("damage_item")[0]
    tip = view.items.item(list_row(view, item.id)).toolTip()
    assert tip.splitlines()[0] == f"{item.reference}  {item.title}"


def test_dropping_a_photo_pins_it_and_undo_takes_it_back(qtbot, view, session) -> None:
    photo = unpinned_photo(session)
    with qtbot.waitSignal(session.case_changed):
        drop(view, photo, 0.25, 0.75)
    x, y = pins(session)[photo]
    assert x == pytest.approx(0.25, abs=0.01) and y == pytest.approx(0.75, abs=0.01)
    assert "Pin the photo" in session.undo_stack.undoText()
    assert session.undo()
    view.catch_up()
    assert photo not in pins(session)
    assert all(m.spec.item_id != photo for m in view.canvas.marks())
    assert session.redo()
    assert photo in pins(session)


def test_dropping_an_item_already_pinned_moves_its_pin(view, session) -> None:
    fence = next(i.id for i in session.case.records("damage_item") if i.title == "Perimeter fence")
    drop(view, fence, 0.5, 0.5)
    assert pins(session)[fence] == pytest.approx((0.5, 0.5), abs=0.01)
    assert len(session.case.pins()) == 6


def test_dragging_a_pin_moves_it_and_undo_moves_it_back(qtbot, view, session) -> None:
    fence = next(i.id for i in session.case.records("damage_item") if i.title == "Perimeter fence")
    before = pins(session)[fence]
    start = viewport_point(view, *before)
    end = viewport_point(view, 0.6, 0.3)
    viewport = view.canvas.viewport()

    def send(kind, point: QPoint, buttons) -> None:
        global_point = QPointF(viewport.mapToGlobal(point))
        event = QMouseEvent(kind, QPointF(point), global_point, Qt.MouseButton.LeftButton,
                            buttons, Qt.KeyboardModifier.NoModifier)  # fmt: skip
        QApplication.sendEvent(viewport, event)

    held = Qt.MouseButton.LeftButton
    send(QMouseEvent.Type.MouseButtonPress, start, held)
    for step in range(1, 6):
        send(QMouseEvent.Type.MouseMove, start + (end - start) * step / 5, held)
    send(QMouseEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)
    x, y = pins(session)[fence]
    assert x == pytest.approx(0.6, abs=0.01) and y == pytest.approx(0.3, abs=0.01)
    assert session.undo()
    assert pins(session)[fence] == pytest.approx(before)


def test_delete_unpins_the_selected_pin_and_undo_puts_it_back(qtbot, view, session) -> None:
    mark = next(m for m in view.canvas.marks() if not m.spec.is_photo)
    mark.setSelected(True)
    view.canvas.setFocus()
    qtbot.keyClick(view.canvas, Qt.Key.Key_Delete)
    assert mark.spec.item_id not in pins(session)
    assert session.undo()
    assert mark.spec.item_id in pins(session)
    assert session.case.check() == []


def test_selecting_a_pin_selects_its_item_and_the_reverse(view, session) -> None:
    marks = [m for m in view.canvas.marks() if not m.spec.is_photo]
    marks[0].setSelected(True)
    selected = [i.data(ItemIdRole) for i in view.items.selectedItems()]
    assert selected == [marks[0].spec.item_id]
    view.items.clearSelection()
    view.items.item(list_row(view, marks[1].spec.item_id)).setSelected(True)
    assert [m.spec.item_id for m in view.canvas.marks() if m.isSelected()] == [
        marks[1].spec.item_id
    ]


def test_deleting_the_plan_takes_its_pins_and_undo_brings_both(view, session) -> None:
    view.delete_plan()
    view.catch_up()
    assert session.case.plans() == [] and session.case.pins() == []
    assert view.empty.isVisibleTo(view) and view.plan_box.count() == 0
    assert session.undo()
    view.catch_up()
    assert view.plan_box.currentText() == "Embassy compound"
    assert len(view.canvas.marks()) == 6


def test_add_and_rename_a_plan_each_undoable(tmp_path: Path, view, session) -> None:
    from PIL import Image

    image = tmp_path / "floor2.png"
    Image.new("RGB", (300, 200), "white").save(image)
    plan = view.add_plan_from(image, "Floor 2")
    assert plan is not None and view.plan_box.currentText() == "Floor 2"
    view.rename_plan("Floor 2, east wing")
    assert session.case.plan(plan.id).name == "Floor 2, east wing"
    assert session.undo()
    assert session.case.plan(plan.id).name == "Floor 2"
    assert session.undo()
    assert [p.name for p in session.case.plans()] == ["Embassy compound"]


def test_a_bad_plan_file_is_refused_in_words(qtbot, tmp_path: Path, view, session) -> None:
    bad = tmp_path / "plan.png"
    bad.write_bytes(b"not an image at all")
    with qtbot.waitSignal(view.message_posted) as said:
        assert view.add_plan_from(bad, "Bad") is None
    assert "not a PNG, JPEG or PDF" in said.args[0]
    assert len(session.case.plans()) == 1 and session.undo_stack.count() == 0


def test_read_only_shows_the_plan_and_edits_nothing(qtbot, read_only_session) -> None:
    shown = SitePlanView(read_only_session)
    qtbot.addWidget(shown)
    assert len(shown.canvas.marks()) == 6
    assert not shown.add_button.isEnabled() and not shown.delete_button.isEnabled()
    assert not shown.canvas.acceptDrops() or not shown.canvas.editable
    assert all(not (m.flags() & m.GraphicsItemFlag.ItemIsMovable) for m in shown.canvas.marks())


def test_a_plan_that_lost_its_image_still_shows_its_pins(qtbot, demo_path: Path) -> None:
    import sqlite3

    from casefile.store import CaseFile

    conn = sqlite3.connect(demo_path)
    conn.execute("DELETE FROM site_plan_image")
    conn.commit()
    conn.close()
    session = CaseSession(CaseFile.open(demo_path, read_only=True, actor="tester"))
    try:
        shown = SitePlanView(session)  # refused to read the image, it shows the rest
        qtbot.addWidget(shown)
        assert len(shown.canvas.marks()) == 6
    finally:
        session.close()
