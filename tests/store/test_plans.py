"""Site plans and pins: images checked before they are stored, pins placed, moved and
removed with their undo, and every bad input refused in words, the file unchanged."""

from __future__ import annotations

import io
import math
from pathlib import Path

import pytest
from store.store_support import file_digest, jpeg, png_claiming, sql

from casefile.store import CaseFile, InvalidInput


def png(size: tuple[int, int] = (800, 600), mode: str = "RGB") -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new(mode, size, "white" if mode == "RGB" else 0).save(out, "PNG")
    return out.getvalue()


def pdf(pages: int = 1) -> bytes:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=landscape(A4))
    for number in range(pages):
        page.rect(50, 50, 200, 100, fill=1)
        page.drawString(60, 300, f"page {number + 1}")
        page.showPage()
    page.save()
    return out.getvalue()


@pytest.fixture
def planned(empty_case: CaseFile) -> tuple[CaseFile, str, str]:
    """A case with a plan and a damage item: (case, plan id, item id)."""
    plan = empty_case.add_plan(png(), "compound.png", name="Compound")
    item = empty_case.add("damage_item", title="Perimeter fence", severity="destroyed")
    return empty_case, plan.id, item.id


def test_a_png_plan_is_stored_hashed_with_a_thumbnail(empty_case: CaseFile) -> None:
    import hashlib

    data = png((800, 600))
    plan = empty_case.add_plan(data, "compound.png", name=" Compound ", caption="not to scale")
    assert (plan.name, plan.caption, plan.width, plan.height) == (
        "Compound",
        "not to scale",
        800,
        600,
    )
    assert plan.sha256 == hashlib.sha256(data).hexdigest()
    assert empty_case.plan_image(plan.id, "original") == (data, 800, 600)
    assert empty_case.plan_image(plan.id, "display") == (data, 800, 600)  # small: the original
    thumb, _, _ = empty_case.plan_image(plan.id, "thumb")
    assert thumb.startswith(b"\xff\xd8\xff")
    assert [p.id for p in empty_case.plans()] == [plan.id]
    assert empty_case.check() == []


def test_a_large_plan_gets_a_downscaled_display_copy(empty_case: CaseFile) -> None:
    from PIL import Image

    plan = empty_case.add_plan(png((6000, 300)), "wide.png", name="Wide")
    data, width, height = empty_case.plan_image(plan.id, "display")
    assert (width, height) == (4096, 205)
    assert Image.open(io.BytesIO(data)).size == (4096, 205)
    assert (plan.width, plan.height) == (6000, 300)


def test_a_turned_jpeg_is_placed_as_it_is_seen(empty_case: CaseFile) -> None:
    from PIL import Image

    image = Image.new("RGB", (400, 200), (200, 200, 200))
    exif = Image.Exif()
    exif[0x0112] = 6  # shown turned a quarter: 200 wide, 400 high
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif)
    plan = empty_case.add_plan(out.getvalue(), "scan.jpg", name="Scan")
    assert (plan.width, plan.height) == (200, 400)
    _, width, height = empty_case.plan_image(plan.id, "display")
    assert (width, height) == (200, 400)


def test_the_first_page_of_a_pdf_becomes_the_plan(empty_case: CaseFile) -> None:
    plan = empty_case.add_plan(pdf(pages=2), "plan.pdf", name="Floor 2")
    assert plan.media_type == "image/png"
    assert plan.filename == "plan.pdf"
    assert max(plan.width, plan.height) == 6000 and plan.width > plan.height  # landscape
    data, _, _ = empty_case.plan_image(plan.id, "original")
    assert data.startswith(b"\x89PNG")


BAD_IMAGES = {
    "decompression bomb": (png_claiming(20_000, 20_000), "bomb.png", "decompression bomb"),
    "corrupt": (png((300, 200))[:-40], "cut.png", "damaged or truncated"),
    "not an image": (b"just some text\n" * 20, "notes.png", "not a PNG, JPEG or PDF"),
    "a GIF": (b"GIF89a" + b"\x00" * 40, "plan.gif", "not a PNG, JPEG or PDF"),
    "empty": (b"", "empty.png", "is empty"),
    "damaged PDF": (b"%PDF-1.4\n" + b"garbage " * 50, "plan.pdf", "cannot be read as a PDF"),
}


@pytest.mark.parametrize("name", list(BAD_IMAGES))
def test_a_bad_plan_image_is_refused_and_nothing_changes(
    name: str, empty_case: CaseFile, new_path: Path
) -> None:
    data, filename, words = BAD_IMAGES[name]
    before = file_digest(new_path)
    with pytest.raises(InvalidInput) as refused:
        empty_case.add_plan(data, filename, name="Plan")
    assert words in refused.value.message
    assert filename in refused.value.message
    assert file_digest(new_path) == before
    assert empty_case.plans() == []


def test_a_plan_needs_a_name(empty_case: CaseFile, new_path: Path) -> None:
    before = file_digest(new_path)
    with pytest.raises(InvalidInput, match="must not be empty"):
        empty_case.add_plan(png(), "plan.png", name="  ")
    assert file_digest(new_path) == before


def test_a_pin_is_placed_moved_removed_and_put_back(planned: tuple[CaseFile, str, str]) -> None:
    case, plan_id, item_id = planned
    pin = case.pin(plan_id, item_id, 0.25, 0.75)
    assert (pin.plan_id, pin.damage_item_id, pin.x, pin.y) == (plan_id, item_id, 0.25, 0.75)
    moved = case.move_pin(pin.id, 0.5, 0.125)
    assert (moved.id, moved.x, moved.y) == (pin.id, 0.5, 0.125)
    removed = case.unpin(pin.id)
    assert case.pins(plan_id) == []
    (back,) = case.restore_pins([removed])
    assert (back.id, back.x, back.y) == (pin.id, 0.5, 0.125)
    actions = [(r.action, r.entity) for r in case.audit_log(entity_id=pin.id)]
    assert actions == [
        ("restore", "plan_pin"), ("delete", "plan_pin"), ("update", "plan_pin"),
        ("create", "plan_pin"),
    ]  # fmt: skip
    assert case.check() == []


def test_a_photo_is_pinned_as_itself(planned: tuple[CaseFile, str, str]) -> None:
    case, plan_id, item_id = planned
    (photo,) = case.add_attachments([(jpeg(), "fence.jpg")], to=item_id)
    pin = case.pin(plan_id, photo.id, 0.1, 0.2)
    assert pin.is_photo and pin.attachment_id == photo.id and pin.item_id == photo.id


BAD_POSITIONS = [
    (1.5, 0.5),
    (0.5, -0.01),
    (math.nan, 0.5),
    (0.5, math.inf),
    ("0.5", 0.5),
    (True, 0),
]


@pytest.mark.parametrize(("x", "y"), BAD_POSITIONS)
def test_a_pin_outside_the_plan_is_refused(
    x: object, y: object, planned: tuple[CaseFile, str, str], new_path: Path
) -> None:
    case, plan_id, item_id = planned
    before = file_digest(new_path)
    with pytest.raises(InvalidInput, match="outside the plan|not a number"):
        case.pin(plan_id, item_id, x, y)  # type: ignore[arg-type]
    assert file_digest(new_path) == before


def test_a_pin_to_an_item_of_another_case_is_refused(
    planned: tuple[CaseFile, str, str], new_path: Path, tmp_path: Path
) -> None:
    case, plan_id, _ = planned
    with CaseFile.create(tmp_path / "other.casefile", title="Other", actor="t") as other:
        foreign = other.add("damage_item", title="Their fence").id
    before = file_digest(new_path)
    with pytest.raises(InvalidInput, match="deleted, or of another case"):
        case.pin(plan_id, foreign, 0.5, 0.5)
    assert file_digest(new_path) == before


def test_a_pin_to_a_deleted_item_is_refused(
    planned: tuple[CaseFile, str, str], new_path: Path
) -> None:
    case, plan_id, item_id = planned
    case.delete("damage_item", item_id)
    before = file_digest(new_path)
    with pytest.raises(InvalidInput, match="deleted, or of another case"):
        case.pin(plan_id, item_id, 0.5, 0.5)
    assert file_digest(new_path) == before


def test_only_damage_items_and_photos_are_pinned(
    planned: tuple[CaseFile, str, str], new_path: Path
) -> None:
    case, plan_id, item_id = planned
    party = case.add("party", name="Embassy").id
    (document,) = case.add_attachments([(b"%PDF-1.4\n%\n", "note.pdf")], to=item_id)
    before = file_digest(new_path)
    with pytest.raises(InvalidInput, match="is a party: only damage items and photos"):
        case.pin(plan_id, party, 0.5, 0.5)
    with pytest.raises(InvalidInput, match="is not a photo"):
        case.pin(plan_id, document.id, 0.5, 0.5)
    with pytest.raises(InvalidInput, match="no site plan with id"):
        case.pin(item_id, item_id, 0.5, 0.5)
    case.pin(plan_id, item_id, 0.5, 0.5)
    after_pin = file_digest(new_path)
    with pytest.raises(InvalidInput, match="already pinned on the plan 'Compound'"):
        case.pin(plan_id, item_id, 0.1, 0.1)
    assert file_digest(new_path) == after_pin != before


def test_deleting_a_plan_takes_its_pins_and_undo_brings_them_back(
    planned: tuple[CaseFile, str, str],
) -> None:
    case, plan_id, item_id = planned
    pin = case.pin(plan_id, item_id, 0.3, 0.4)
    original = case.plan_image(plan_id, "original")
    snapshot = case.delete_plan(plan_id)
    assert case.plans() == [] and case.pins() == []
    assert sql(case.path, "SELECT count(*) FROM site_plan_image")[0][0] == 0
    with pytest.raises(InvalidInput, match="no site plan"):
        case.plan(plan_id)
    restored = case.restore_plan(snapshot)
    assert restored.id == plan_id and restored.name == "Compound"
    assert [(p.id, p.x, p.y) for p in case.pins(plan_id)] == [(pin.id, 0.3, 0.4)]
    assert case.plan_image(plan_id, "original") == original
    assert case.check() == []


def test_deleting_an_item_takes_its_pins_and_undo_brings_them_back(
    planned: tuple[CaseFile, str, str],
) -> None:
    case, plan_id, item_id = planned
    (photo,) = case.add_attachments([(jpeg(), "fence.jpg")], to=item_id)
    case.pin(plan_id, item_id, 0.3, 0.4)
    case.pin(plan_id, photo.id, 0.6, 0.7)
    snapshot = case.delete("damage_item", item_id)  # the photo was only the item's
    assert case.pins() == []
    case.restore(snapshot)
    assert sorted((p.item_id, p.x) for p in case.pins()) == sorted(
        [(item_id, 0.3), (photo.id, 0.6)]
    )
    assert case.check() == []


def test_rename_and_a_changed_plan_image_is_found_by_check(
    planned: tuple[CaseFile, str, str],
) -> None:
    case, plan_id, _ = planned
    renamed = case.update_plan(plan_id, name="Compound, ground floor")
    assert renamed.name == "Compound, ground floor"
    with pytest.raises(InvalidInput, match="unknown site plan field"):
        case.update_plan(plan_id, width=3)
    sql(case.path, "UPDATE site_plan_image SET data = x'00' WHERE role = 'original'")
    found = [p.message for p in case.check()]
    assert any("does not match its SHA-256" in m and "site plan" in m for m in found)


def test_the_current_schemas_fixture_keeps_its_plan_and_pin(tmp_path: Path) -> None:
    import shutil

    from casefile.store import SCHEMA_VERSION

    fixture = Path(__file__).parents[1] / "fixtures" / f"schema-{SCHEMA_VERSION}.casefile"
    path = tmp_path / "fixture.casefile"
    shutil.copyfile(fixture, path)
    with CaseFile.open(path, read_only=True) as case:
        (plan,) = case.plans()
        (pin,) = case.pins(plan.id)
        assert (plan.name, pin.x, pin.y) == ("Compound", 0.25, 0.5)
        assert case.check() == []


@pytest.mark.parametrize(
    ("statement", "words"),
    [
        ("UPDATE plan_pin SET x = 1", "pin .*: x changed outside casefile"),
        ("UPDATE site_plan SET name = 'Elsewhere'", "site plan .*: name changed outside"),
        ("DELETE FROM plan_pin", "pin .* was deleted outside casefile"),
    ],
)
def test_check_finds_plans_and_pins_changed_outside_casefile(
    planned: tuple[CaseFile, str, str], statement: str, words: str
) -> None:
    case, plan_id, item_id = planned
    case.pin(plan_id, item_id, 0.5, 0.5)
    assert case.check() == []
    sql(case.path, statement)
    import re

    assert any(re.search(words, p.message) for p in case.check() if p.area == "audit")
