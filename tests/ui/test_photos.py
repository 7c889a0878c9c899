"""Photos & documents: drop to attach, many files with one undo, captions, viewer, save as."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QModelIndex, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

from casefile.ui.case.session import CaseSession
from casefile.ui.models.photos import ICON_SIZE, PhotosModel
from casefile.ui.views.photos import PhotosView
from casefile.ui.views.photos_owners import OwnerIdRole, OwnersModel

#: the offscreen platform saying what it cannot do (size hints, raise, grabs): not ours
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def photo(folder: Path, name: str, taken: str | None = None, colour: str = "teal") -> Path:
    """A small JPEG, with an EXIF DateTimeOriginal (no offset) when `taken` is given."""
    exif = Image.Exif()
    if taken:
        exif.get_ifd(0x8769)[36867] = taken
    out = io.BytesIO()
    Image.new("RGB", (64, 48), colour).save(out, "JPEG", exif=exif)
    path = folder / name
    path.write_bytes(out.getvalue())
    return path


def drop(target: QWidget, paths: list[Path], at: QPoint) -> bool:
    """What the desktop delivers when files are dragged onto `target` and let go at `at`.

    Qt hands a drop only to the widget that accepted the drag's enter and move.
    """
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    rest = (
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    point = QPointF(at)
    # Enter and move events take an integer point, the drop a float one.
    QApplication.sendEvent(target, QDragEnterEvent(point.toPoint(), *rest))
    QApplication.sendEvent(target, QDragMoveEvent(point.toPoint(), *rest))
    event = QDropEvent(point, *rest)
    QApplication.sendEvent(target, event)
    return event.isAccepted()


@pytest.fixture
def view(qtbot, session: CaseSession) -> PhotosView:
    view = PhotosView(session)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


def owner_row(view: PhotosView, owner_id: str) -> QModelIndex:
    row = view.owners.row_of(owner_id)
    assert row is not None
    return view.owners.index(row, 0)


def test_grid_shows_every_attachment_with_its_thumbnail(view: PhotosView) -> None:
    assert view.model.rowCount() == 3
    icon = view.model.index(0, 0).data(Qt.ItemDataRole.DecorationRole)
    assert not icon.isNull()
    size = icon.availableSizes()[0]  # decoded at the grid's icon size, its shape kept
    assert size.width() == ICON_SIZE.width() or size.height() == ICON_SIZE.height()
    assert size.width() <= ICON_SIZE.width() and size.height() <= ICON_SIZE.height()
    assert view.details.labels["filename"].text().endswith(".jpg")
    assert len(view.details.labels["sha256"].text()) == 12


def test_drop_on_an_owner_attaches_to_it(qtbot, view: PhotosView, tmp_path: Path) -> None:
    case = view._session.case
    fence = next(d for d in case.records("damage_item") if d.category == "perimeter")
    file = photo(tmp_path, "fence-east.jpg", taken="2025:11:14 09:30:00")
    index = owner_row(view, fence.id)
    view.owner_list.scrollTo(index)
    at = view.owner_list.visualRect(index).center()

    assert drop(view.owner_list.viewport(), [file], at)

    fence_now = case.get("damage_item", fence.id)
    assert len(fence_now.attachment_ids) == len(fence.attachment_ids) + 1
    added = case.get("attachment", fence_now.attachment_ids[-1])
    assert added.filename == "fence-east.jpg"
    # the EXIF time has no offset: it is read in the incident's zone (Kyiv, UTC+2)
    assert added.captured_at == dt.datetime(2025, 11, 14, 7, 30, tzinfo=dt.UTC)
    assert view.owner_id() == fence.id
    assert view.selected_id() == added.id
    assert view.details.labels["captured"].text() == "14/11/2025 09:30 (Europe/Kyiv)"
    assert "Perimeter fence" in view.details.labels["owners"].text()

    view._session.undo()
    assert case.get("damage_item", fence.id).attachment_ids == fence.attachment_ids


def test_drop_on_the_grid_goes_to_the_selected_owner(
    qtbot, view: PhotosView, tmp_path: Path
) -> None:
    case = view._session.case
    note = case.records("note")[0]
    view.owner_list.setCurrentIndex(owner_row(view, note.id))
    assert view.model.rowCount() == 0
    files = [photo(tmp_path, "a.jpg"), tmp_path / "scan.pdf"]
    files[1].write_bytes(PDF)

    assert drop(view.grid.viewport(), files, QPoint(20, 20))

    linked = case.get("note", note.id).attachment_ids
    assert [case.get("attachment", i).filename for i in linked] == ["a.jpg", "scan.pdf"]
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    pdf_icon = view.model.index(1, 0).data(Qt.ItemDataRole.DecorationRole)
    assert not pdf_icon.isNull()  # a generic page icon, not a thumbnail


def test_many_files_are_attached_in_batches_and_undone_at_once(
    qtbot, view: PhotosView, tmp_path: Path
) -> None:
    case, stack = view._session.case, view._session.undo_stack
    meeting = case.records("meeting")[0]
    files = [photo(tmp_path, f"p{n:02}.jpg", colour=f"#{n * 20:02x}4080") for n in range(10)]
    (tmp_path / "empty.jpg").write_bytes(b"")
    files.insert(5, tmp_path / "empty.jpg")

    result = view.attach(files, meeting.id)  # 11 files: three batches of four

    assert len(result.added) == 10 and not result.cancelled
    assert len(result.errors) == 1 and "empty" in result.errors[0]
    assert view.error.isVisibleTo(view)
    assert len(case.get("meeting", meeting.id).attachment_ids) == 10
    assert case.count("attachment") == 13
    assert stack.count() == 1  # one step for the whole import
    assert view._session.undo()
    assert case.count("attachment") == 3
    assert case.get("meeting", meeting.id).attachment_ids == ()
    assert view._session.redo()
    assert case.count("attachment") == 13


def test_add_files_button_uses_the_file_dialog(
    qtbot, view: PhotosView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    file = photo(tmp_path, "by-dialog.jpg")
    monkeypatch.setattr(view, "ask_files", lambda: [str(file)])
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert "by-dialog.jpg" in [a.filename for a in view._session.case.records("attachment")]


def test_caption_edit_then_undo(qtbot, view: PhotosView, session: CaseSession) -> None:
    item_id = view.selected_id()
    old = session.case.get("attachment", item_id).caption
    caption = view.details.caption
    caption.setFocus()
    caption.selectAll()
    qtbot.keyClicks(caption, "Fence, east side, from the street")
    qtbot.keyClick(caption, Qt.Key.Key_Return)

    assert session.case.get("attachment", item_id).caption == "Fence, east side, from the street"
    qtbot.waitUntil(lambda: view.model.index(0, 0).data() == "Fence, east side, from the street")
    session.undo()
    assert session.case.get("attachment", item_id).caption == old
    qtbot.waitUntil(lambda: view.details.caption.text() == old)


def test_viewer_shows_the_full_image_and_save_as_writes_the_bytes(
    qtbot, view: PhotosView, tmp_path: Path
) -> None:
    case = view._session.case
    item_id = view.selected_id()
    viewer = view.open_viewer(item_id)
    assert viewer.has_image()
    assert viewer.image.pixmap().width() <= viewer.image.width()
    viewer.close()

    target = tmp_path / "out" / "fence.jpg"
    target.parent.mkdir()
    written = view.save_as(item_id, target)
    assert written == target
    assert target.read_bytes() == case.attachment_data(item_id)
    assert [p.name for p in target.parent.iterdir()] == ["fence.jpg"]


def test_the_viewer_opens_again_after_it_was_closed(qtbot, view: PhotosView) -> None:
    item_id = view.selected_id()
    first = view.open_viewer(item_id)
    first.close()  # it deletes itself
    qtbot.waitUntil(lambda: not isValid(first))
    second = view.open_viewer(item_id)
    assert second is not None and second.has_image() and view.viewers == [second]
    second.close()


def test_a_file_is_deleted_from_the_case_and_undo_brings_it_back(
    qtbot, view: PhotosView, session: CaseSession
) -> None:
    """Unlinking leaves a file in the case (and in copies and briefs); Delete removes it."""
    item_id = view.selected_id()
    owners = [o for o in session.case.get("attachment", item_id).links]
    assert view.delete_selected()
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    assert item_id not in session.case.ids("attachment")
    assert all(item_id not in session.case.get(o.kind, o.id).attachment_ids for o in owners)
    assert view.selected_id() is not None and view.selected_id() != item_id
    session.undo()
    assert item_id in session.case.ids("attachment")
    assert all(item_id in session.case.get(o.kind, o.id).attachment_ids for o in owners)


def test_several_files_are_deleted_as_one_step(qtbot, view: PhotosView, session) -> None:
    view.grid.selectAll()
    assert view.delete_selected()
    assert session.case.count("attachment") == 0
    assert session.undo_stack.undoText() == "Delete 3 files"
    session.undo()
    assert session.case.count("attachment") == 3


def test_a_pdf_opens_a_viewer_without_preview(qtbot, view: PhotosView, tmp_path: Path) -> None:
    (tmp_path / "letter.pdf").write_bytes(PDF)
    [added] = view.attach([tmp_path / "letter.pdf"], None).added
    viewer = view.open_viewer(added)
    assert not viewer.has_image()
    assert "No preview" in viewer.image.text()


def test_a_capture_time_out_of_range_is_left_out_and_said(
    qtbot, view: PhotosView, session: CaseSession, tmp_path: Path
) -> None:
    """The demo's zone is Kyiv: 23:00 on 31 December 9999 there is 21:00 UTC that day,
    past the last instant a case keeps (30 December 9999, 23:59:59 UTC)."""
    said: list[str] = []
    view.message_posted.connect(said.append)
    [added] = view.attach([photo(tmp_path, "clock.jpg", "9999:12:31 23:00:00")], None).added
    assert session.case.get("attachment", added).captured_at is None
    assert said[-1].startswith("Attached 1 file; 'clock.jpg' was attached without its capture")


def test_show_item_finds_an_attachment_under_any_filter(view: PhotosView) -> None:
    case = view._session.case
    target = case.records("attachment")[-1]
    view.owner_list.setCurrentIndex(owner_row(view, case.records("note")[0].id))
    assert view.show_item("attachment", target.id)
    assert view.selected_id() == target.id
    assert not view.show_item("note", case.records("note")[0].id)


def test_models(qtmodeltester, session: CaseSession) -> None:
    photos = PhotosModel(session.case)
    photos.set_ids(session.case.ids("attachment"))
    qtmodeltester.check(photos)
    owners = OwnersModel()
    owners.load(session.case, session.ids)
    qtmodeltester.check(owners)
    assert owners.index(0, 0).data(OwnerIdRole) is None  # "all"


def test_read_only_refuses_drops_and_edits(
    qtbot, read_only_session: CaseSession, tmp_path: Path
) -> None:
    view = PhotosView(read_only_session)
    qtbot.addWidget(view)
    assert not view.add_button.isEnabled()
    assert view.details.caption.isReadOnly()
    assert view.save_button.isEnabled()  # reading out is fine
    fence = owner_row(view, read_only_session.case.records("damage_item")[0].id)
    assert not drop(view.owner_list.viewport(), [photo(tmp_path, "x.jpg")], QPoint(5, 5))
    assert fence.isValid()
    assert view.attach([photo(tmp_path, "y.jpg")], None).added == []
    assert read_only_session.case.count("attachment") == 3


def test_owners_list_keys_move_as_in_a_list(qtbot, view: PhotosView) -> None:
    owners = view.owner_list
    owners.setFocus()
    last = view.owners.rowCount() - 1
    qtbot.keyClick(owners, Qt.Key.Key_End)
    assert owners.currentIndex().row() == last
    qtbot.keyClick(owners, Qt.Key.Key_Home)
    assert owners.currentIndex().row() == 0
    qtbot.keyClick(owners, Qt.Key.Key_Down)
    qtbot.keyClick(owners, Qt.Key.Key_Down)  # past the "Damage items" heading, onto an item
    assert owners.currentIndex().data(OwnerIdRole) is not None


def test_a_pipe_or_device_among_the_files_is_named_and_the_others_attached(
    qtbot, view: PhotosView, tmp_path: Path
) -> None:
    """A named pipe dropped with the photos would block the window forever if read."""
    from reliability_support import GuardedPipe

    case = view._session.case
    meeting = case.records("meeting")[0]
    pipe = GuardedPipe(tmp_path / "pipe.jpg")
    try:
        result = view.attach([pipe.path, photo(tmp_path, "ok.jpg"), Path("/dev/zero")], meeting.id)
    finally:
        pipe.close()
    assert not pipe.released
    assert len(result.added) == 1
    assert "pipe.jpg: is a named pipe (FIFO)" in result.errors[0]
    assert "/dev/zero: is a device" in result.errors[1]


def test_the_viewer_zooms_and_steps_through_the_list_with_keys(
    qtbot, view: PhotosView, tmp_path: Path
) -> None:
    ids = view.model.ids()
    assert len(ids) >= 2
    viewer = view.open_viewer(ids[0])
    viewer.activateWindow()
    qtbot.waitActive(viewer)
    fitted = viewer.image.pixmap().width()
    assert viewer.zoom is None and fitted <= viewer.scroll_area.viewport().width()
    qtbot.keyClick(viewer, Qt.Key.Key_Plus)
    assert viewer.zoom is not None and viewer.image.pixmap().width() > fitted
    qtbot.keyClick(viewer, Qt.Key.Key_1)
    assert viewer.zoom == 1.0
    qtbot.keyClick(viewer, Qt.Key.Key_Minus)
    assert viewer.zoom < 1.0
    qtbot.keyClick(viewer, Qt.Key.Key_0)
    assert viewer.zoom is None and viewer.image.pixmap().width() == fitted
    qtbot.keyClick(viewer, Qt.Key.Key_Right)
    assert viewer.record.id == ids[1] and viewer.position.text() == f"2 of {len(ids)}"
    qtbot.keyClick(viewer, Qt.Key.Key_Left)
    qtbot.keyClick(viewer, Qt.Key.Key_Left)  # wraps round to the last
    assert viewer.record.id == ids[-1]
    viewer.grab().save(str(tmp_path / "viewer.png"))
    viewer.close()
