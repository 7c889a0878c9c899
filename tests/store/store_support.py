"""Helpers of the store and CLI tests: bad files a user may meet, images, raw SQLite access.

Imported as `store.store_support` (tests/ is on sys.path through tests/conftest.py), so
tests/test_cli.py and tests/store share one set of bad files.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import shutil
import sqlite3
import struct
import zlib
from collections.abc import Callable
from pathlib import Path

KYIV_STRIKE = dt.datetime(2025, 11, 13, 23, 0, tzinfo=dt.UTC)  # 01:00 in Kyiv, as tests/conftest


def file_digest(path: Path) -> str:
    """SHA-256 of a file's bytes (tests/conftest.py has the same; `conftest` is ambiguous)."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def sql(path: Path, *statements: str) -> list[tuple]:
    """Run statements with plain sqlite3 (as a hand-editor would); return the last's rows."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        rows: list[tuple] = []
        for statement in statements:
            rows = conn.execute(statement).fetchall()
        return rows
    finally:
        conn.close()


def jpeg(
    size: tuple[int, int] = (640, 480),
    *,
    taken: str | None = None,
    offset: str | None = None,
    colour: tuple[int, int, int] = (40, 90, 160),
) -> bytes:
    """A real JPEG; `taken` ("2025:11:14 01:23:45") and `offset` ("+02:00") go into EXIF."""
    from PIL import Image

    image = Image.new("RGB", size, colour)
    exif = Image.Exif()
    if taken is not None:
        sub = exif.get_ifd(0x8769)
        sub[36867] = taken  # DateTimeOriginal
        if offset is not None:
            sub[36881] = offset  # OffsetTimeOriginal
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90, exif=exif)
    return out.getvalue()


def png_claiming(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims width x height pixels: a decompression bomb."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = struct.pack(">I", zlib.crc32(kind + data))
        return struct.pack(">I", len(data)) + kind + data + crc

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b""))
        + chunk(b"IEND", b"")
    )


def table_pages(path: Path, table: str) -> list[int]:
    """The 1-based page numbers holding a table's b-tree (SQLite's dbstat)."""
    rows = sql(path, f"SELECT pageno FROM dbstat WHERE name = '{table}' ORDER BY pageno")
    return [r[0] for r in rows]


def damage_pages(path: Path) -> None:
    """Overwrite the second half of the pages that hold the parties and the notes: where
    their rows are (SQLite fills a page from its end), whatever the file's page size."""
    pages = table_pages(path, "party") + table_pages(path, "note")
    size = sql(path, "PRAGMA page_size")[0][0]
    with open(path, "r+b") as handle:
        for page in pages:
            handle.seek((page - 1) * size + size // 2)
            handle.write(b"\xa5" * (size // 2))


# -- bad case files, each made from a copy of the demo where it needs one ---------------------


def _missing(path: Path, demo: Path) -> None:
    pass


def _empty(path: Path, demo: Path) -> None:
    path.write_bytes(b"")


def _text(path: Path, demo: Path) -> None:
    path.write_text("Minutes of the meeting of 21 November.\n" * 20, encoding="utf-8")


def _image(path: Path, demo: Path) -> None:
    path.write_bytes(jpeg((64, 48)))


def _truncated(path: Path, demo: Path) -> None:
    shutil.copyfile(demo, path)
    with open(path, "r+b") as handle:
        handle.truncate(path.stat().st_size // 3)


def _damaged(path: Path, demo: Path) -> None:
    shutil.copyfile(demo, path)
    damage_pages(path)


def _foreign_sqlite(path: Path, demo: Path) -> None:
    sql(
        path, "CREATE TABLE expenses(item TEXT, amount REAL)", "INSERT INTO expenses VALUES('a', 1)"
    )


def _newer(path: Path, demo: Path) -> None:
    shutil.copyfile(demo, path)
    sql(path, "PRAGMA user_version=99")


BAD_FILES: dict[str, Callable[[Path, Path], None]] = {
    "missing": _missing,
    "empty": _empty,
    "text": _text,
    "image": _image,
    "truncated": _truncated,
    "damaged": _damaged,
    "foreign_sqlite": _foreign_sqlite,
    "newer": _newer,
}


def make_bad_file(kind: str, folder: Path, demo: Path) -> Path:
    path = folder / f"{kind}.casefile"
    BAD_FILES[kind](path, demo)
    return path
