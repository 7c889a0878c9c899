"""The app makes the photos' print copies in the background while a case is open for
editing, and stores them from the GUI thread; a read-only case is left as it was."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

from PIL import Image
from store.store_support import file_digest

from casefile.store import CaseFile


def _forget_print_copies(path: Path) -> int:
    """As a case made by import-json, or by an earlier version, has none."""
    with sqlite3.connect(path) as conn:
        gone = conn.execute("DELETE FROM attachment_print").rowcount
    conn.close()
    return gone


def _missing(path: Path) -> list[str]:
    with CaseFile.open(path, read_only=True) as case:
        return case.missing_print_copies()


def _jpeg(size: tuple[int, int]) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, "teal").save(out, "JPEG")
    return out.getvalue()


def test_an_open_case_gets_its_missing_print_copies(window, qtbot, demo_path: Path) -> None:
    assert _forget_print_copies(demo_path) > 0
    assert window.open_path(demo_path)
    case = window.session.case
    qtbot.waitUntil(lambda: case.missing_print_copies() == [], timeout=30_000)
    window.session.add_attachments([(_jpeg((2400, 1800)), "new.jpg")])
    added = case.records("attachment")[-1].id
    qtbot.waitUntil(lambda: case.missing_print_copies() == [], timeout=30_000)
    copy = case.print_copies([added])[added]
    assert (copy.width, copy.height) == (1600, 1200)
    window.close_case()
    assert _missing(demo_path) == []


def test_a_read_only_case_is_left_as_it_was(window, qtbot, demo_path: Path) -> None:
    _forget_print_copies(demo_path)
    digest = file_digest(demo_path)
    assert window.open_path(demo_path, read_only=True)
    qtbot.wait(2500)  # past the moment the copies would be started
    window.close_case()
    assert file_digest(demo_path) == digest


def test_closing_the_case_stops_the_work(window, qtbot, demo_path: Path) -> None:
    _forget_print_copies(demo_path)
    assert window.open_path(demo_path)
    window.close_case()  # before the copies were started, or while they are made
    qtbot.wait(2500)
    with CaseFile.open(demo_path, read_only=True) as case:
        assert case.check() == []
