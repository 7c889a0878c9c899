"""Print copies: each photo downscaled once to what a printed page needs, kept in the file.

A brief prints a photo at most a page wide; 1600 pixels on its long side is about 240
dpi there. Decoding a 12-megapixel phone photo to get those pixels takes tens of
milliseconds and tens of megabytes, for every photo of every brief. The print copy is
made once (`make_print_copies`, which the app runs in the background while a case is
open for editing) and a brief embeds its JPEG as it is. A photo without one (a file
from an earlier version, a case made by import-json, a case open read-only) is
downscaled in memory by the brief, with the same `downscale_image`, to the same bytes.

A print copy is derived data: it has no audit entry, casefile-json does not carry it,
a merge does not bring the other copy's, and `check` does not miss one that is absent.
A stored one is read only if this installation made it from that photo (print_ledger.py:
nothing else binds a copy to its photo, and a received file's could show another
picture) and it is what `downscale_image` makes: a JPEG within the bounds that decodes.
Any other is ignored and the photo downscaled again, and made anew when the case is
next open for editing.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.orm import Session

from casefile.store import print_ledger
from casefile.store.models import table_of
from casefile.store.rows import TABLES, chunks

if TYPE_CHECKING:
    from PIL import Image

PRINT_SIDE = 1600  # pixels on the long side: about 240 dpi a page wide
PRINT_QUALITY = 80
#: Ceiling of one print copy. A busy photo (foliage, rubble, sensor noise) can exceed it
#: at PRINT_QUALITY; the quality then steps down, and at last the size, until it fits.
PRINT_MAX_BYTES = 400_000
_FALLBACK_QUALITIES = (70, 60, 50)
BATCH = 16  # print copies stored per transaction: a few MB held at a time


@dataclass(frozen=True, slots=True)
class PrintCopy:
    """A JPEG ready to embed, and its size in pixels (upright: EXIF rotation applied)."""

    jpeg: bytes
    width: int
    height: int


def downscale_image(
    data: bytes,
    *,
    max_side: int = PRINT_SIDE,
    quality: int = PRINT_QUALITY,
    max_bytes: int = PRINT_MAX_BYTES,
) -> PrintCopy:
    """Image bytes as a JPEG of at most `max_side` pixels a side and `max_bytes` bytes.

    Never enlarged. The JPEG decoder is asked for the smallest 1/2, 1/4 or 1/8 scale
    that still has the pixels (`draft`), so a 24-megapixel photo is never decoded
    whole. Raises what Pillow raises for a file it cannot decode (the caller says so).
    """
    from PIL import Image, ImageOps

    with warnings.catch_warnings():
        # Pillow warns between 89 and 179 megapixels and refuses above; the decode is at a
        # reduced scale anyway, so the warning alone is no reason to stop.
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        with Image.open(io.BytesIO(data)) as image:
            image.draft("RGB", _draft_size(image.size, max_side))
            image.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
            upright = _flatten(ImageOps.exif_transpose(image))
            jpeg = _encode_within(upright, quality, max_bytes)
            return PrintCopy(jpeg, *upright.size)


def _draft_size(size: tuple[int, int], max_side: int) -> tuple[int, int]:
    """The thumbnail's own size, the smallest `draft()` may decode to.

    draft() picks the largest 1/2, 1/4 or 1/8 scale that stays at least this size in
    both sides. Asking for a square (max_side, max_side) would hold a 4:3 photo's short
    side to max_side and leave a 12-megapixel photo decoded whole, not at half its size.
    """
    width, height = size
    scale = min(1.0, max_side / max(width, height, 1))
    return max(1, round(width * scale)), max(1, round(height * scale))


def _encode_within(image: Image.Image, quality: int, max_bytes: int) -> bytes:
    """JPEG bytes at `quality`, or lower quality and then fewer pixels until under max_bytes.

    Resizes `image` in place when it has to shrink, so the caller reads the final size.
    """
    from PIL import Image

    while True:
        for q in (quality, *(q for q in _FALLBACK_QUALITIES if q < quality)):
            out = io.BytesIO()
            image.save(out, "JPEG", quality=q, optimize=True)
            if out.tell() <= max_bytes:
                return out.getvalue()
        if max(image.size) <= 200:
            return out.getvalue()
        image.thumbnail((max(image.size) * 3 // 4,) * 2, Image.Resampling.LANCZOS)


def _flatten(image: Image.Image) -> Image.Image:
    """RGB on white: JPEG has no alpha, and CMYK or palette images print wrongly as is."""
    from PIL import Image

    if image.mode in ("RGBA", "LA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGB", rgba.size, "white")
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    if image.mode != "RGB":
        return image.convert("RGB")
    return image


def sound(copy: PrintCopy) -> bool:
    """Whether a stored print copy may go into a brief as it is: a baseline JPEG of the
    size its row says, within the bounds, whose every byte decodes (at 1/8 scale, a
    millisecond or two). A damaged or planted one is remade from its photo instead."""
    from PIL import Image

    if not 0 < max(copy.width, copy.height) <= PRINT_SIDE or len(copy.jpeg) > PRINT_MAX_BYTES:
        return False
    try:
        with Image.open(io.BytesIO(copy.jpeg)) as image:
            if image.format != "JPEG" or image.size != (copy.width, copy.height):
                return False
            if image.mode != "RGB":
                return False
            image.draft("RGB", (max(1, copy.width // 8), max(1, copy.height // 8)))
            image.load()
    except Exception:  # any decoder failure: not a print copy we made
        return False
    return True


def _table() -> sa.Table:
    from casefile.store.attachment_data import AttachmentPrint

    return table_of(AttachmentPrint)


def load(session: Session, attachment_ids: Iterable[str]) -> dict[str, PrintCopy]:
    """The stored print copies of these attachments that were made here and are sound,
    by id."""
    printed = _table()
    table = printed.c
    attachment = table_of(TABLES["attachment"])
    found: dict[str, PrintCopy] = {}
    made_here = print_ledger.made_here()
    for chunk in chunks(list(dict.fromkeys(attachment_ids))):
        query = (
            sa.select(table.attachment_id, table.data, table.width, table.height)
            .add_columns(attachment.c.sha256)
            .join(attachment, attachment.c.id == table.attachment_id)
            .where(table.attachment_id.in_(chunk))
        )
        for item_id, data, width, height, photo in session.execute(query):
            copy = PrintCopy(bytes(data), width, height)
            if (print_ledger.copy_digest(copy.jpeg), photo) in made_here and sound(copy):
                found[item_id] = copy
    return found


def missing(session: Session) -> list[str]:
    """The photos (image attachments) without a print copy made here, oldest first."""
    attachment = table_of(TABLES["attachment"]).c
    return _not_made_here(session, attachment.media_type.startswith("image/"))


def _not_made_here(session: Session, condition: sa.ColumnElement[bool]) -> list[str]:
    """The attachments meeting `condition` whose print copy is absent or was made
    elsewhere, oldest first. Each stored copy's bytes are read and hashed."""
    attachment = table_of(TABLES["attachment"])
    printed = _table()
    query = (
        sa.select(attachment.c.id, attachment.c.sha256, sa.cast(printed.c.data, sa.LargeBinary))
        .outerjoin(printed, printed.c.attachment_id == attachment.c.id)
        .where(condition)
        .order_by(attachment.c.created_at, attachment.c.id)
    )
    made_here = print_ledger.made_here()
    return [
        item_id
        for item_id, photo, data in session.execute(query)
        if data is None or (print_ledger.copy_digest(data), photo) not in made_here
    ]


def store(session: Session, copies: Mapping[str, PrintCopy]) -> int:
    """Keep these print copies, made here by `downscale_image`, for the photos still in
    the case without one made here (a photo deleted, or given its copy by another
    process, since the copy was made is skipped; a copy made elsewhere is replaced);
    how many were stored. None is stored if the ledger cannot record them."""
    if not copies:
        return 0
    attachment = table_of(TABLES["attachment"]).c
    printed = _table()
    photos: dict[str, str] = {}
    for chunk in chunks(list(copies)):
        present = sa.select(attachment.id, attachment.sha256).where(attachment.id.in_(chunk))
        photos.update((item_id, photo) for item_id, photo in session.execute(present))
    wanted = set(photos) & set(_missing_among(session, list(photos)))
    made = {i: c for i, c in copies.items() if i in wanted}
    if not made or not print_ledger.remember(
        (print_ledger.copy_digest(c.jpeg), photos[i]) for i, c in made.items()
    ):
        return 0
    for chunk in chunks(list(made)):  # copies made elsewhere
        session.execute(sa.delete(printed).where(printed.c.attachment_id.in_(chunk)))
    rows = [
        {"attachment_id": i, "width": c.width, "height": c.height, "data": c.jpeg}
        for i, c in made.items()
    ]
    session.execute(sa.insert(printed), rows)
    return len(rows)


def _missing_among(session: Session, attachment_ids: list[str]) -> list[str]:
    """Those of these photos without a print copy made here."""
    attachment = table_of(TABLES["attachment"]).c
    found = []
    for chunk in chunks(attachment_ids):
        found += _not_made_here(session, attachment.id.in_(chunk))
    return found
