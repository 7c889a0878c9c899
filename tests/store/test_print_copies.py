"""Print copies: made once from each photo, kept beside it, never larger than the photo or
PRINT_SIDE; derived data that check, copies and deletions treat as such."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from PIL import Image
from store.store_support import file_digest, jpeg, sql

from casefile.store import PRINT_SIDE, CaseFile, PrintCopy, downscale_image

FIXTURES = Path(__file__).parents[1] / "fixtures"


def _size(data: bytes) -> tuple[int, int]:
    with Image.open(io.BytesIO(data)) as image:
        assert image.format == "JPEG"
        return image.size


@pytest.fixture
def photos(empty_case: CaseFile) -> dict[str, str]:
    """A large photo, a small one, a portrait PNG and a document, by what they are."""
    portrait = io.BytesIO()
    Image.new("RGB", (900, 2700), (200, 30, 30)).save(portrait, "PNG")
    return {
        "large": empty_case.add_attachment(jpeg((3200, 2400)), "large.jpg").id,
        "small": empty_case.add_attachment(jpeg((300, 200)), "small.jpg").id,
        "portrait": empty_case.add_attachment(portrait.getvalue(), "tall.png").id,
        "document": empty_case.add_attachment(b"%PDF-1.4\n%%EOF\n", "note.pdf").id,
    }


def test_every_photo_gets_a_print_copy_within_bounds_never_enlarged(
    empty_case: CaseFile, photos: dict[str, str], new_path: Path
) -> None:
    images = [photos["large"], photos["small"], photos["portrait"]]
    assert empty_case.missing_print_copies() == images  # the document needs none
    assert empty_case.make_print_copies() == 3
    assert empty_case.missing_print_copies() == []
    empty_case.close()
    with CaseFile.open(new_path, read_only=True) as case:
        copies = case.print_copies([*photos.values(), "no-such-id"])
    assert set(copies) == set(images)
    expected = {"large": (PRINT_SIDE, 1200), "small": (300, 200), "portrait": (533, PRINT_SIDE)}
    for name, size in expected.items():
        copy = copies[photos[name]]
        assert (copy.width, copy.height) == size
        assert _size(copy.jpeg) == size


def test_a_print_copy_is_what_the_brief_would_make_of_the_photo(
    empty_case: CaseFile, photos: dict[str, str]
) -> None:
    empty_case.make_print_copies()
    made = downscale_image(empty_case.attachment_data(photos["large"]))
    assert empty_case.print_copies([photos["large"]])[photos["large"]] == made


def test_making_them_again_changes_nothing(
    empty_case: CaseFile, photos: dict[str, str], new_path: Path
) -> None:
    empty_case.make_print_copies()
    head = empty_case.audit_head()
    before = sql(new_path, "SELECT attachment_id, data FROM attachment_print ORDER BY 1")
    assert empty_case.make_print_copies() == 0
    assert sql(new_path, "SELECT attachment_id, data FROM attachment_print ORDER BY 1") == before
    assert empty_case.audit_head() == head  # derived data: no audit entry


def test_a_copy_for_a_deleted_photo_or_one_that_has_one_is_not_stored(
    empty_case: CaseFile, photos: dict[str, str], new_path: Path
) -> None:
    copy = downscale_image(jpeg((64, 48)))
    empty_case.make_print_copies()
    empty_case.delete("attachment", photos["small"])
    assert sql(new_path, "SELECT count(*) FROM attachment_print") == [(2,)]  # went with it
    stored = empty_case.store_print_copies(
        {photos["small"]: copy, photos["large"]: copy, "no-such-id": copy}
    )
    assert stored == 0
    assert empty_case.print_copies([photos["large"]])[photos["large"]] != copy


def test_a_damaged_or_planted_print_copy_is_not_used(
    empty_case: CaseFile, photos: dict[str, str], new_path: Path
) -> None:
    empty_case.make_print_copies()
    good = empty_case.print_copies([photos["small"]])[photos["small"]]
    empty_case.close()
    sql(
        new_path,
        f"UPDATE attachment_print SET data = substr(data, 1, 300) WHERE attachment_id = "
        f"'{photos['large']}'",  # truncated
        f"UPDATE attachment_print SET width = 3000 WHERE attachment_id = '{photos['portrait']}'",
    )
    with CaseFile.open(new_path, read_only=True) as case:
        assert case.print_copies(list(photos.values())) == {photos["small"]: good}
        assert case.check() == []  # a print copy is derived data, not the case's


def test_check_does_not_miss_an_absent_print_copy(
    empty_case: CaseFile, photos: dict[str, str], new_path: Path
) -> None:
    assert empty_case.check() == []
    empty_case.make_print_copies()
    assert empty_case.check() == []


def test_a_read_only_case_makes_none_and_is_left_as_it_was(
    empty_case: CaseFile, photos: dict[str, str], new_path: Path
) -> None:
    empty_case.close()
    digest = file_digest(new_path)
    with CaseFile.open(new_path, read_only=True) as case:
        assert len(case.missing_print_copies()) == 3
        assert case.print_copies(list(photos.values())) == {}
    assert file_digest(new_path) == digest


def test_an_undecodable_photo_gets_none_and_does_not_stop_the_others(
    empty_case: CaseFile, photos: dict[str, str], new_path: Path
) -> None:
    empty_case.close()
    broken = jpeg((640, 480))[:400]
    sql(new_path, f"UPDATE attachment_blob SET data = x'{broken.hex()}' "
        f"WHERE attachment_id = '{photos['large']}'")  # fmt: skip
    with CaseFile.open(new_path, actor="tester") as case:
        assert case.make_print_copies() == 2
        assert case.missing_print_copies() == [photos["large"]]


def test_export_json_and_import_json_carry_none(
    empty_case: CaseFile, photos: dict[str, str], tmp_path: Path
) -> None:
    empty_case.make_print_copies()
    document = empty_case.export_document()
    assert "print" not in str(sorted(document["attachments"][0]))
    with CaseFile.create_from_document(tmp_path / "imported.casefile", document) as imported:
        assert len(imported.missing_print_copies()) == 3


def test_a_copy_of_the_case_keeps_them(
    empty_case: CaseFile, photos: dict[str, str], tmp_path: Path
) -> None:
    empty_case.make_print_copies()
    target = empty_case.save_copy(tmp_path / "copy.casefile")
    with CaseFile.open(target, read_only=True) as copy:
        assert copy.missing_print_copies() == []
        assert set(copy.print_copies(list(photos.values()))) == {
            photos["large"], photos["small"], photos["portrait"],
        }  # fmt: skip


def test_print_copy_values_compare_by_content() -> None:
    data = jpeg((100, 80))
    assert downscale_image(data) == downscale_image(data)
    assert isinstance(downscale_image(data), PrintCopy)


@pytest.mark.parametrize("read_only", [False, True], ids=["edit", "read-only"])
def test_a_file_of_an_earlier_version_has_none_until_they_are_made(
    tmp_path: Path, read_only: bool
) -> None:
    path = tmp_path / "old.casefile"
    shutil.copyfile(FIXTURES / "schema-9.casefile", path)
    with CaseFile.open(path, read_only=read_only, actor="tester") as case:
        wall = next(a for a in case.records("attachment") if a.is_image)
        assert case.missing_print_copies() == [wall.id]
        assert case.print_copies([wall.id]) == {}
        assert case.check() == []
        if not read_only:
            assert case.make_print_copies() == 1
            assert set(case.print_copies([wall.id])) == {wall.id}


def test_a_release_copy_withholds_the_print_copy_of_a_withheld_photo(tmp_path: Path) -> None:
    from casefile.store import Keys

    keys = Keys(tmp_path / "keys")
    keys.create("Press Officer")
    path = tmp_path / "case.casefile"
    with CaseFile.create(path, title="Strike", actor="officer") as case:
        memo = case.add("note", title="Memo", internal=True)
        secret = case.add_attachment(jpeg((800, 600), colour=(1, 2, 3)), "s.jpg", to=memo.id)
        public = case.add_attachment(jpeg((800, 600)), "p.jpg")
        case.make_print_copies()
    with CaseFile.open(path, read_only=True) as case:
        out, _ = case.release_copy(
            tmp_path / "out.casefile", keys.unlock(None), redact_internal=True
        )
    assert sql(out, "SELECT attachment_id FROM attachment_print") == [(public.id,)]
    assert secret.id not in str(sql(out, "SELECT * FROM attachment_print"))
