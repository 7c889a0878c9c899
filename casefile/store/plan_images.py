"""What a site plan's image is: checked, measured, and made into its display copy and
thumbnail before anything is stored.

A plan is a PNG or a JPEG, or the first page of a PDF rendered to a PNG (pypdfium2,
the PDF engine of Chromium, as a wheel). Everything else is refused in words: a file
that is not an image, a damaged one, and one that claims more pixels than
MAX_PLAN_PIXELS (a decompression bomb), which is refused from its header, never
decoded. Plans may be larger than photos (a scanned drawing of a compound), so their
limit is their own; Pillow's own refusal at twice its limit stays in force.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass
from typing import TYPE_CHECKING

from casefile.store.errors import InvalidInput, Words
from casefile.store.media import MAX_IMAGE_PIXELS, THUMB_SIZE, _quiet_pillow_bomb_warning
from casefile.store.received import read_received, received_name

if TYPE_CHECKING:
    from PIL import Image

MAX_PLAN_BYTES = 100 * 1024 * 1024
MAX_PLAN_PIXELS = 150_000_000  # a 12,000 x 9,000 scan (108 MP) fits
#: The longest side of the display copy: sharp on a 4K screen at full width, and in
#: the brief at 600 dpi across the page.
DISPLAY_SIZE = 4096
#: The longest side of a PDF's first page once rendered.
PDF_RENDER_SIZE = 6000
PLAN_LIMIT_TEXT = Words("limit.plan", limit=MAX_PLAN_BYTES // 1048576)


@dataclass(frozen=True)
class PlanImages:
    """A plan's stored image and what is made from it."""

    media_type: str
    data: bytes
    width: int
    height: int
    thumbnail: bytes
    #: (bytes, width, height) of the downscaled copy; None where the original serves
    display: tuple[bytes, int, int] | None


def read_plan(path: str | os.PathLike[str]) -> tuple[bytes, str]:
    """A plan's file, read from disk as every received file is: its bytes and its name."""
    data = read_received(
        path,
        limit=MAX_PLAN_BYTES,
        limit_text=PLAN_LIMIT_TEXT,
        what=Words("what.plan_image"),
        advice=Words("advice.plan_image"),
    )
    return data, received_name(path)


def prepare_plan(data: bytes, filename: str) -> PlanImages:
    """The images of a plan made from a file's bytes, or InvalidInput saying why not."""
    if not data:
        raise InvalidInput.of("plan_image.empty_bytes_give", filename=filename)
    if len(data) > MAX_PLAN_BYTES:
        raise InvalidInput.of(
            "plan_image.mib",
            filename=filename,
            mib=round(len(data) / 1048576, 1),
            limit_text=PLAN_LIMIT_TEXT,
        )
    if data.startswith(b"%PDF-"):
        data = _render_pdf(data, filename)
    elif not (data.startswith(b"\x89PNG\r\n\x1a\n") or data.startswith(b"\xff\xd8\xff")):
        raise InvalidInput.of("plan_image.png_jpeg_pdf", filename=filename)
    return _prepare_image(data, filename)


def _prepare_image(data: bytes, filename: str) -> PlanImages:
    from PIL import Image, ImageOps, UnidentifiedImageError

    Image.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS
    _quiet_pillow_bomb_warning(Image.DecompressionBombWarning)
    try:
        with Image.open(io.BytesIO(data)) as image:
            width, height = image.size
            if width * height > MAX_PLAN_PIXELS:
                raise _bomb(filename, width, height)
            if image.format not in ("PNG", "JPEG"):
                raise InvalidInput.of("plan_image.png_jpeg_pdf", filename=filename)
            media_type = Image.MIME[image.format]
            if image.format == "PNG":
                with Image.open(io.BytesIO(data)) as probe:
                    probe.verify()  # the chunks' checksums, which decoding does not check
            orientation = image.getexif().get(0x0112, 1)
            image.draft("RGB", (DISPLAY_SIZE, DISPLAY_SIZE))  # JPEG: decode at reduced scale
            image.load()
            turned = ImageOps.exif_transpose(image) if orientation != 1 else image
            if orientation in (5, 6, 7, 8):  # the plan is placed as it is seen: upright
                width, height = height, width
            display_source = _on_white(turned)
            display = None
            if (
                max(display_source.size) > DISPLAY_SIZE
                or orientation != 1
                or display_source is not turned
            ):
                copy = display_source.copy()
                copy.thumbnail((DISPLAY_SIZE, DISPLAY_SIZE), Image.Resampling.LANCZOS)
                display = (_png_or_jpeg(copy, media_type), copy.width, copy.height)
            thumb = display_source.copy()
            thumb.thumbnail((THUMB_SIZE, THUMB_SIZE), Image.Resampling.BICUBIC)
            out = io.BytesIO()
            thumb.save(out, "JPEG", quality=80)
    except Image.DecompressionBombError as exc:
        raise _bomb(filename, 0, 0) from exc
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError) as exc:
        raise InvalidInput.of("plan_image.cannot_read_as", filename=filename) from exc
    return PlanImages(media_type, data, width, height, out.getvalue(), display)


def _on_white(image: Image.Image) -> Image.Image:
    """The image in RGB, what is transparent in it shown on white paper (a drawing
    exported with a transparent background would otherwise turn black)."""
    from PIL import Image

    img = image
    if img.mode == "RGB":
        return img
    if img.mode == "P" and "transparency" in img.info:
        img = img.convert("RGBA")
    if img.mode in ("RGBA", "LA", "RGBa", "La"):
        rgba = img.convert("RGBA")
        paper = Image.new("RGB", rgba.size, (255, 255, 255))
        paper.paste(rgba, mask=rgba.getchannel("A"))
        return paper
    return img.convert("RGB")


def _png_or_jpeg(image: Image.Image, media_type: str) -> bytes:
    """The display copy in the original's kind: PNG keeps a drawing's lines sharp, JPEG
    keeps a scanned photo small."""
    out = io.BytesIO()
    if media_type == "image/png":
        image.save(out, "PNG", compress_level=6)
    else:
        image.save(out, "JPEG", quality=88)
    return out.getvalue()


def _render_pdf(data: bytes, filename: str) -> bytes:
    """The first page of a PDF as a PNG, its longest side PDF_RENDER_SIZE pixels."""
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        text = str(exc).lower()
        if "password" in text:
            raise InvalidInput.of("plan_image.pdf_protected_by", filename=filename) from exc
        raise InvalidInput.of("plan_image.cannot_read_as_2", filename=filename) from exc
    try:
        if len(document) == 0:
            raise InvalidInput.of("plan_image.pdf_without_pages", filename=filename)
        page = document[0]
        try:
            width, height = page.get_size()
            if not (width > 0 and height > 0):
                raise InvalidInput.of("plan_image.pdf_s_first_2", filename=filename)
            scale = PDF_RENDER_SIZE / max(width, height)
            bitmap = page.render(scale=scale, draw_annots=True)
            try:
                image = bitmap.to_pil()
                out = io.BytesIO()
                image.convert("RGB").save(out, "PNG", compress_level=6)
            finally:
                bitmap.close()
        finally:
            page.close()
    except pdfium.PdfiumError as exc:
        raise InvalidInput.of("plan_image.pdf_s_first", filename=filename) from exc
    finally:
        document.close()
    return out.getvalue()


def _bomb(filename: str, width: int, height: int) -> InvalidInput:
    size = f" ({width:,} x {height:,} pixels)" if width and height else ""
    return InvalidInput.of(
        "plan_image.claims_more_than",
        filename=filename,
        megapixels=MAX_PLAN_PIXELS // 1000000,
        size=size,
    )
