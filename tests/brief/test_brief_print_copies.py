"""The brief embeds the photos' print copies and decodes no photo; without them (a read-only
case, an older file) it makes the same copies in memory and prints the same brief."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from brief_support import pdf_text
from PIL import Image
from pypdf import PdfReader

from casefile.brief import BriefOptions, export_brief
from casefile.store import CaseFile, downscale_image

OPTIONS = BriefOptions(brief_date=dt.date(2025, 11, 21), sections=("photos",))
LARGE = (3200, 2400)


def _jpeg(size: tuple[int, int], colour: tuple[int, int, int], noise: bool = False) -> bytes:
    image = Image.new("RGB", size, colour)
    if noise:
        image = Image.blend(image, Image.effect_noise(size, 90).convert("RGB"), 0.6)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    return out.getvalue()


@pytest.fixture
def case_path(tmp_path: Path) -> Path:
    path = tmp_path / "photos.casefile"
    with CaseFile.create(path, title="Photos", actor="tester") as case:
        item = case.add("damage_item", title="Fence", category="perimeter")
        case.add_attachment(_jpeg(LARGE, (30, 90, 160)), "large.jpg", to=item.id, caption="Big")
        case.add_attachment(_jpeg((300, 200), (160, 40, 40)), "small.jpg", to=item.id)
    return path


def _make_copies(path: Path) -> None:
    with CaseFile.open(path, actor="tester") as case:
        assert case.make_print_copies() == 2


def _brief(path: Path, out: Path, monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int]]:
    """Export from a read-only open; the sizes of every image Pillow opened meanwhile."""
    opened: list[tuple[int, int]] = []
    real_open = Image.open

    def spy(*args, **kwargs):
        image = real_open(*args, **kwargs)
        opened.append(image.size)
        return image

    monkeypatch.setattr(Image, "open", spy)
    with CaseFile.open(path, read_only=True) as case:
        export_brief(case, out, OPTIONS)
    monkeypatch.undo()
    return opened


def test_a_brief_of_a_case_with_print_copies_decodes_no_photo(
    case_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    without = _brief(case_path, tmp_path / "without.pdf", monkeypatch)
    assert LARGE in without  # the control: without print copies the photo is decoded
    _make_copies(case_path)
    read: list[str] = []
    real_data = CaseFile.attachment_data
    monkeypatch.setattr(
        CaseFile, "attachment_data", lambda self, i: read.append(i) or real_data(self, i)
    )
    opened = _brief(case_path, tmp_path / "with.pdf", monkeypatch)
    assert read == []  # no photo's bytes were even read
    assert opened and max(max(size) for size in opened) <= 1600
    assert len(PdfReader(tmp_path / "with.pdf").pages[-1].images) == 2


def test_the_brief_is_the_same_with_print_copies_and_without(
    case_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Made in memory (read-only, none stored yet) or read from the file: the same bytes;
    and the read-only brief changed nothing in the file."""
    before = case_path.read_bytes()
    _brief(case_path, tmp_path / "in-memory.pdf", monkeypatch)
    assert case_path.read_bytes() == before
    _make_copies(case_path)
    _brief(case_path, tmp_path / "stored.pdf", monkeypatch)
    _brief(case_path, tmp_path / "again.pdf", monkeypatch)
    stored = (tmp_path / "stored.pdf").read_bytes()
    assert (tmp_path / "in-memory.pdf").read_bytes() == stored
    assert (tmp_path / "again.pdf").read_bytes() == stored


def test_an_older_case_without_print_copies_still_prints_its_photos(
    case_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _make_copies(case_path)
    with CaseFile.open(case_path, actor="tester") as case:
        ids = [a.id for a in case.records("attachment")]
    import sqlite3

    with sqlite3.connect(case_path) as conn:  # as a file of an earlier version has them
        conn.execute("DELETE FROM attachment_print")
    conn.close()
    _brief(case_path, tmp_path / "older.pdf", monkeypatch)
    assert len(PdfReader(tmp_path / "older.pdf").pages[-1].images) == len(ids) == 2


def test_a_small_photo_says_so_and_a_large_one_with_a_smaller_print_copy_does_not(
    case_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A busy photo's print copy is shrunk to its byte ceiling; the photo is still large,
    and its caption must not call it small. A small photo is not enlarged."""
    with CaseFile.open(case_path, actor="tester") as case:
        large = next(a.id for a in case.records("attachment") if a.filename == "large.jpg")
        shrunk = downscale_image(_jpeg(LARGE, (30, 90, 160), noise=True), max_bytes=60_000)
        assert max(shrunk.width, shrunk.height) < 1000  # stepped down below the page's need
        assert case.store_print_copies({large: shrunk}) == 1
        case.make_print_copies()
    out = tmp_path / "brief.pdf"
    _brief(case_path, out, monkeypatch)
    text = pdf_text(out)
    assert "small original, 300 × 200 pixels" in text
    assert text.count("small original") == 1


def _plant(path: Path, filename: str, picture: bytes) -> None:
    """Replace a photo's stored print copy with a sound JPEG of another picture, as a
    hostile sender's tool would: the same size, a baseline JPEG, within the bounds."""
    import sqlite3

    planted = downscale_image(picture)
    with sqlite3.connect(path) as db:
        (attachment_id,) = db.execute(
            "SELECT id FROM attachment WHERE filename = ?", (filename,)
        ).fetchone()
        db.execute(
            "UPDATE attachment_print SET data = ?, width = ?, height = ? WHERE attachment_id = ?",
            (planted.jpeg, planted.width, planted.height, attachment_id),
        )
    db.close()


def test_a_print_copy_this_install_did_not_make_is_never_printed(
    case_path: Path, tmp_path: Path
) -> None:
    """A received file's copy could show another picture than its photo: the brief
    prints the photo's own, and editing the case makes the copy here."""
    _make_copies(case_path)
    other_picture = _jpeg(LARGE, (250, 250, 0))
    _plant(case_path, "large.jpg", other_picture)
    planted = downscale_image(other_picture).jpeg
    with CaseFile.open(case_path, read_only=True) as case:
        large = next(a for a in case.records("attachment") if a.filename == "large.jpg")
        faithful = downscale_image(case.attachment_data(large.id)).jpeg
        assert large.id not in case.print_copies([large.id])
        assert case.missing_print_copies() == [large.id]
        export_brief(case, tmp_path / "received.pdf", OPTIONS)
    printed = (tmp_path / "received.pdf").read_bytes()
    assert planted not in printed and faithful in printed

    with CaseFile.open(case_path, actor="reviewer") as case:
        assert case.make_print_copies() == 1  # replaced by one made here
        assert case.print_copies([large.id])[large.id].jpeg == faithful
        assert case.missing_print_copies() == []
        assert case.check() == []


def test_copies_are_made_again_when_the_installation_forgot_them(
    case_path: Path, tmp_path: Path
) -> None:
    """The ledger of copies made here is a cache: without it the brief still prints
    every photo, and the copies are made again."""
    from casefile.store.print_ledger import ledger_path

    _make_copies(case_path)
    ledger_path().rename(tmp_path / "saved-ledger")
    try:
        with CaseFile.open(case_path, read_only=True) as case:
            assert len(case.missing_print_copies()) == 2
            export_brief(case, tmp_path / "forgot.pdf", OPTIONS)
        assert len(PdfReader(tmp_path / "forgot.pdf").pages[-1].images) == 2
        _make_copies(case_path)
    finally:
        (tmp_path / "saved-ledger").replace(ledger_path())


def test_copies_are_not_kept_where_the_ledger_cannot_be_written(
    case_path: Path, tmp_path: Path
) -> None:
    """A home that cannot be written: making copies stores none (they could not be
    trusted after), and the brief downscales the photos itself."""
    from casefile.store.print_ledger import ledger_path

    ledger = ledger_path()
    saved = tmp_path / "saved-ledger"
    if ledger.exists():
        ledger.rename(saved)
    ledger.mkdir(parents=True)  # a folder where the file should be: writing fails
    try:
        with CaseFile.open(case_path, actor="tester") as case:
            assert case.make_print_copies() == 0
            assert len(case.missing_print_copies()) == 2
            export_brief(case, tmp_path / "unwritable.pdf", OPTIONS)
        assert len(PdfReader(tmp_path / "unwritable.pdf").pages[-1].images) == 2
    finally:
        ledger.rmdir()
        if saved.exists():
            saved.replace(ledger)
