"""Photos for the brief: downscaled, bounded in bytes and memory, bad files skipped."""

from __future__ import annotations

import io
import struct
import subprocess
import sys
import textwrap
import zlib
from pathlib import Path

import pytest
from brief_support import large_jpeg
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from casefile.brief.photos import MAX_BYTES, MAX_SIDE, prepare_photo

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def camera_photo() -> bytes:
    return large_jpeg()  # 6000 x 4000: a 24-megapixel camera photo


def test_a_24_megapixel_photo_becomes_a_small_jpeg(camera_photo: bytes) -> None:
    prepared = prepare_photo(camera_photo)
    assert prepared.problem == ""
    assert max(prepared.width, prepared.height) == MAX_SIDE
    assert (prepared.width, prepared.height) == (1600, 1067)
    assert prepared.jpeg is not None and len(prepared.jpeg) <= MAX_BYTES
    with Image.open(io.BytesIO(prepared.jpeg)) as image:
        assert image.format == "JPEG" and image.size == (1600, 1067)


def test_a_24_megapixel_photo_costs_little_memory(tmp_path: Path, camera_photo: bytes) -> None:
    """Peak memory of preparing one photo, measured in a fresh interpreter."""
    photo = tmp_path / "camera.jpg"
    photo.write_bytes(camera_photo)
    script = textwrap.dedent(
        f"""
        import resource
        from pathlib import Path
        from casefile.brief.photos import prepare_photo
        data = Path({str(photo)!r}).read_bytes()
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        prepared = prepare_photo(data)
        after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        assert prepared.jpeg is not None
        print((after - before) // 1024)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(REPO)},
    )
    grew_mb = int(result.stdout.strip())
    assert grew_mb < 120, f"preparing one 24 MP photo grew the process by {grew_mb} MB"


def test_a_busy_photo_is_stepped_down_to_the_byte_ceiling() -> None:
    noise = Image.effect_noise((2400, 1600), 80).convert("RGB")
    out = io.BytesIO()
    noise.save(out, "PNG")
    prepared = prepare_photo(out.getvalue())
    assert prepared.jpeg is not None and len(prepared.jpeg) <= MAX_BYTES
    assert max(prepared.width, prepared.height) <= MAX_SIDE


def test_transparency_is_flattened_on_white() -> None:
    image = Image.new("RGBA", (40, 20), (255, 0, 0, 0))
    out = io.BytesIO()
    image.save(out, "PNG")
    prepared = prepare_photo(out.getvalue())
    assert prepared.jpeg is not None
    with Image.open(io.BytesIO(prepared.jpeg)) as result:
        r, g, b = result.convert("RGB").getpixel((10, 10))
        assert min(r, g, b) > 245  # white, not black or red


def test_exif_orientation_is_applied() -> None:
    image = Image.new("RGB", (300, 100), "navy")
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90 degrees clockwise to view
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif.tobytes())
    prepared = prepare_photo(out.getvalue())
    assert (prepared.width, prepared.height) == (100, 300)


def _png_header_only(width: int, height: int) -> bytes:
    """A PNG that claims huge dimensions: the shape of a decompression bomb."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b""))
        + chunk(b"IEND", b"")
    )


def test_a_decompression_bomb_is_skipped_with_a_note() -> None:
    prepared = prepare_photo(_png_header_only(40_000, 40_000))
    assert prepared.jpeg is None
    assert "too large" in prepared.problem


@pytest.mark.parametrize(
    "data",
    [b"", b"not an image", b"\xff\xd8\xff\xe0" + b"\x00" * 50, _png_header_only(10, 10)],
)
def test_unreadable_images_are_skipped_with_a_note(data: bytes) -> None:
    prepared = prepare_photo(data)
    assert prepared.jpeg is None
    assert prepared.problem.startswith("photo not included")


def test_a_truncated_photo_is_skipped(camera_photo: bytes) -> None:
    prepared = prepare_photo(camera_photo[: len(camera_photo) // 3])
    assert prepared.jpeg is None
    assert prepared.problem.startswith("photo not included")


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_give_a_photo_or_a_note_never_an_error(data: bytes) -> None:
    prepared = prepare_photo(data)
    assert (prepared.jpeg is None) == bool(prepared.problem)
