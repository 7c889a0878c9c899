"""Attachments: bytes in, bytes out, thumbnail, SHA-256, EXIF time; damaged files refused."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
from pathlib import Path

import pytest
from PIL import Image
from store.store_support import jpeg, png_claiming, sql

from casefile.store import CaseFile, InvalidInput
from casefile.store.records import AttachmentLink


@pytest.fixture
def fence(empty_case: CaseFile) -> str:
    return empty_case.add("damage_item", title="Fence", category="perimeter").id


def test_photo_round_trip_with_thumbnail_and_hash(
    empty_case: CaseFile, fence: str, new_path: Path
) -> None:
    data = jpeg((1600, 1200))
    record = empty_case.add_attachment(data, "fence.jpg", to=fence, caption="North side")
    assert (record.filename, record.caption, record.media_type) == (
        "fence.jpg", "North side", "image/jpeg",
    )  # fmt: skip
    assert (record.size, record.width, record.height) == (len(data), 1600, 1200)
    assert record.sha256 == hashlib.sha256(data).hexdigest()
    assert record.links == (AttachmentLink("damage_item", fence),)
    assert empty_case.get("damage_item", fence).attachment_ids == (record.id,)
    empty_case.close()
    with CaseFile.open(new_path, read_only=True) as case:
        assert case.attachment_data(record.id) == data
        thumb = case.thumbnail(record.id)
    assert thumb is not None and len(thumb) < len(data)
    with Image.open(io.BytesIO(thumb)) as image:
        assert image.format == "JPEG"
        assert max(image.size) <= 320
        assert image.size[0] / image.size[1] == pytest.approx(4 / 3, rel=0.02)


def test_a_document_is_stored_without_thumbnail(empty_case: CaseFile, fence: str) -> None:
    data = b"%PDF-1.4\n% a scanned note\n%%EOF\n"
    record = empty_case.add_attachment(data, "note.pdf", to=fence)
    assert (record.media_type, record.width, record.is_image) == ("application/pdf", None, False)
    assert empty_case.thumbnail(record.id) is None
    assert empty_case.attachment_data(record.id) == data


def test_thumbnails_of_many_at_once_are_each_ones_own(empty_case: CaseFile, fence: str) -> None:
    photos = [
        empty_case.add_attachment(jpeg((400 + 100 * n, 300)), f"p{n}.jpg", to=fence).id
        for n in range(3)
    ]
    document = empty_case.add_attachment(b"%PDF-1.4\n%%EOF\n", "note.pdf", to=fence).id
    found = empty_case.thumbnails([*photos, document, "no-such-id"])
    assert set(found) == set(photos)  # a document has none, nor does an unknown id
    assert all(found[p] == empty_case.thumbnail(p) for p in photos)
    heights = [Image.open(io.BytesIO(found[p])).size[1] for p in photos]
    assert heights == [240, 192, 160]  # each photo's own shape, in its own place


def test_exif_capture_time_with_its_offset(empty_case: CaseFile, fence: str) -> None:
    data = jpeg(taken="2025:11:14 01:23:45", offset="+02:00")
    record = empty_case.add_attachment(data, "strike.jpg", to=fence)
    assert record.captured_at == dt.datetime(2025, 11, 13, 23, 23, 45, tzinfo=dt.UTC)


def test_exif_time_without_offset_is_read_in_the_case_zone(empty_case: CaseFile) -> None:
    assert empty_case.incident().timezone == "Europe/Kyiv"
    record = empty_case.add_attachment(jpeg(taken="2025:07:01 12:00:00"), "summer.jpg")
    assert record.captured_at == dt.datetime(2025, 7, 1, 9, 0, tzinfo=dt.UTC)  # EEST, +03:00


def test_photo_without_exif_has_no_capture_time(empty_case: CaseFile) -> None:
    assert empty_case.add_attachment(jpeg(), "plain.jpg").captured_at is None


def test_several_files_in_one_call_keep_their_order(empty_case: CaseFile, fence: str) -> None:
    files = [(jpeg(colour=(i * 40, 0, 0)), f"p{i}.jpg") for i in range(3)]
    records = empty_case.add_attachments(files, to=fence)
    assert [r.filename for r in records] == ["p0.jpg", "p1.jpg", "p2.jpg"]
    assert empty_case.get("damage_item", fence).attachment_ids == tuple(r.id for r in records)


TEXT = b"Minutes of the meeting, typed in a text editor.\n"


@pytest.mark.parametrize(
    ("data", "filename", "words"),
    [
        (png_claiming(20_000, 20_000), "bomb.png", "decompression bomb"),
        (png_claiming(10_000, 9_000), "bomb.png", "decompression bomb"),  # over the limit
        (jpeg()[: len(jpeg()) // 2], "cut.jpg", "cannot be read"),
        (TEXT, "photo.jpg", "cannot be read"),  # text named .jpg
        (TEXT, "photo.png", "cannot be read"),
        (b"\x89PNG\r\n\x1a\n" + TEXT, "photo.png", "cannot be read"),  # PNG signature, no image
        (b"", "empty.jpg", "0 bytes"),
        (b"", "empty.pdf", "0 bytes"),
        (TEXT, "scan.pdf", "not one"),
    ],
    ids=[
        "bomb",
        "bomb-just-over",
        "truncated-jpeg",
        "text-as-jpg",
        "text-as-png",
        "png-header-only",
        "empty-jpg",
        "empty-pdf",
        "text-as-pdf",
    ],  # fmt: skip
)
def test_files_that_are_not_what_they_claim_are_refused(
    empty_case: CaseFile, fence: str, data: bytes, filename: str, words: str
) -> None:
    good = jpeg()
    with pytest.raises(InvalidInput, match=words):
        empty_case.add_attachments([(good, "good.jpg"), (data, filename)], to=fence)
    # checked before anything is stored: the good file did not go in either
    assert empty_case.count("attachment") == 0
    assert empty_case.get("damage_item", fence).attachment_ids == ()


def test_attaching_to_an_unknown_or_wrong_item_is_refused(empty_case: CaseFile) -> None:
    party = empty_case.add("party", name="Ministry")
    for target, words in [
        ("00000000-0000-4000-8000-000000000000", "no damage item, note or meeting"),
        (party.id, "no damage item, note or meeting"),
        ("fence", "not an id"),
    ]:
        with pytest.raises(InvalidInput, match=words):
            empty_case.add_attachment(jpeg(), "p.jpg", to=target)
    assert empty_case.count("attachment") == 0


@pytest.mark.parametrize(
    ("new_value", "area", "words"),
    [
        ("CAST(x'00' || data AS BLOB)", "attachments", "does not match its SHA-256"),
        ("zeroblob(10)", "attachments", "does not match its SHA-256"),
        # text where the bytes were: not even bytes, which no reading command takes
        ("'text typed over the photo'", "values", "column data: 'text typed over the photo' is"),
    ],
    ids=["prefixed-byte", "zeros", "text"],
)
def test_check_notices_changed_attachment_bytes(
    demo_path: Path, new_value: str, area: str, words: str
) -> None:
    sql(demo_path, f"UPDATE attachment_blob SET data = {new_value} WHERE rowid = "
        "(SELECT min(rowid) FROM attachment_blob)")  # fmt: skip
    with CaseFile.open(demo_path, read_only=True) as case:
        problems = case.check()
    assert problems[0].area == area and words in problems[0].message
    assert [p.area for p in problems[1:]] == ([] if area == "attachments" else ["audit"])


@pytest.mark.parametrize(
    "name",
    ["../../etc/passwd", "..\\..\\evil.jpg", "CON.jpg", "a/b/c.jpg", "\x00nul.jpg", "..", ""],
)
def test_exported_attachments_stay_inside_the_folder(
    empty_case: CaseFile, tmp_path: Path, name: str
) -> None:
    record = empty_case.add_attachment(b"%PDF-1.4 x", "doc.pdf")
    with empty_case._write() as session:  # a hostile name as it may arrive in a shared file
        from sqlalchemy import text

        session.execute(text("UPDATE attachment SET filename = :n"), {"n": name})
    out = tmp_path / "out"
    written = empty_case.export_attachment(record.id, out)
    assert written.parent == out.resolve()
    assert written.read_bytes() == b"%PDF-1.4 x"
    assert written.name not in ("", ".", "..")


def test_a_bomb_is_refused_whatever_the_warning_filters_say(monkeypatch) -> None:
    """Warning filters are process-wide: while an import inspects images on several
    threads, one thread's catch_warnings() may restore them under another. So the
    refusal may not rest on turning Pillow's warning into an error."""
    import warnings

    from casefile.store.media import describe

    monkeypatch.setattr(warnings, "simplefilter", lambda *args, **kwargs: None)
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore")
        with pytest.raises(InvalidInput, match="decompression bomb"):
            describe(png_claiming(10_000, 9_000), "bomb.png")
        assert describe(jpeg(), "photo.jpg").media_type == "image/jpeg"


def test_a_bomb_just_over_the_limit_prints_no_warning_beside_the_refusal() -> None:
    """Pillow warns between the limit and twice it; the user should see our one-line
    refusal only, even after something reset the warning filters since the last image
    (each test runs under its own catch_warnings, as a host application might)."""
    import warnings

    from casefile.store.media import describe

    for _ in range(2):  # the second time, the filters were reset after the first
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            with pytest.raises(InvalidInput, match="decompression bomb"):
                describe(png_claiming(10_000, 9_000), "bomb.png")
        assert [w for w in caught if issubclass(w.category, Image.DecompressionBombWarning)] == []


def test_thumbnail_of_a_photo_taken_sideways_is_upright(empty_case: CaseFile, fence: str) -> None:
    """A phone held upright writes landscape pixels and EXIF orientation 6; lists must
    show the photo as it was seen, so the thumbnail is turned by the orientation."""
    image = Image.new("RGB", (1200, 900), (40, 90, 160))
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90 degrees clockwise to view
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90, exif=exif)
    record = empty_case.add_attachment(out.getvalue(), "upright.jpg", to=fence)
    thumb = empty_case.thumbnail(record.id)
    assert thumb is not None
    with Image.open(io.BytesIO(thumb)) as shown:
        assert shown.size == (240, 320)
        assert shown.getexif().get(0x0112) in (None, 1)  # not turned a second time by a viewer


def test_thumbnail_of_a_greyscale_photo_is_rgb(empty_case: CaseFile, fence: str) -> None:
    out = io.BytesIO()
    Image.new("L", (800, 600), 128).save(out, "JPEG")
    record = empty_case.add_attachment(out.getvalue(), "grey.jpg", to=fence)
    thumb = empty_case.thumbnail(record.id)
    assert thumb is not None
    with Image.open(io.BytesIO(thumb)) as shown:
        assert (shown.mode, shown.size) == ("RGB", (320, 240))
