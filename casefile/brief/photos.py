"""Photos for the brief: decoded small, downscaled and re-encoded as modest JPEGs.

A 24-megapixel phone photo is 6000x4000 pixels; decoded whole it takes ~70 MB of
memory and embedded as is it adds megabytes to the PDF. JPEG `draft()` lets the
decoder skip detail it would throw away (it decodes at 1/2, 1/4 or 1/8 scale), then
`thumbnail()` brings the long side to MAX_SIDE and the result is stored at QUALITY.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

from PIL import Image, ImageOps, UnidentifiedImageError

from casefile.brief.language import tr

MAX_SIDE = 1600
QUALITY = 80
#: Ceiling of one embedded photo. A busy photo (foliage, rubble, sensor noise) can exceed
#: it at QUALITY; we then step the quality down, and at last the size, until it fits.
MAX_BYTES = 400_000
_FALLBACK_QUALITIES = (70, 60, 50)


@dataclass(frozen=True, slots=True)
class Prepared:
    """A photo ready to embed, or the reason it cannot be."""

    jpeg: bytes | None
    width: int = 0
    height: int = 0
    problem: str = ""


def prepare_photo(
    data: bytes,
    *,
    max_side: int = MAX_SIDE,
    quality: int = QUALITY,
    max_bytes: int = MAX_BYTES,
    what: str = "photo",
) -> Prepared:
    """Downscale image bytes to a JPEG of at most `max_side` pixels and `max_bytes` bytes.

    Never raises for bad input: a decompression bomb, a truncated or unknown file
    becomes a `problem` the brief prints in place of the photo (`what`: "photo" or
    "plan", the word the problem starts with).
    """
    try:
        with warnings.catch_warnings():
            # Pillow warns between 89 and 179 megapixels and refuses above; we decode
            # at a reduced scale anyway, so the warning alone is no reason to stop.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                image.draft("RGB", _draft_size(image.size, max_side))
                image.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
                upright = _flatten(ImageOps.exif_transpose(image))
                jpeg = _encode_within(upright, quality, max_bytes)
                width, height = upright.size
    except Image.DecompressionBombError:
        return Prepared(None, problem=_problem(what, tr("too large to decode safely")))
    except UnidentifiedImageError:
        return Prepared(None, problem=_problem(what, tr("not an image format we can read")))
    except Exception:  # any decoder failure on a user's file is that file's fault
        return Prepared(None, problem=_problem(what, tr("the image data cannot be read")))
    return Prepared(jpeg, width, height)


def _draft_size(size: tuple[int, int], max_side: int) -> tuple[int, int]:
    """The thumbnail's own size, the smallest `draft()` may decode to.

    draft() picks the largest 1/2, 1/4 or 1/8 scale that stays at least this size in
    both sides. Asking for a square (max_side, max_side) would hold a 4:3 photo's short
    side to max_side and leave a 12-megapixel photo decoded whole (three times slower).
    """
    width, height = size
    scale = min(1.0, max_side / max(width, height, 1))
    return max(1, round(width * scale)), max(1, round(height * scale))


def _encode_within(image: Image.Image, quality: int, max_bytes: int) -> bytes:
    """JPEG bytes at `quality`, or lower quality and then fewer pixels until under max_bytes.

    Resizes `image` in place when it has to shrink, so the caller reads the final size.
    """
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
    if image.mode in ("RGBA", "LA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGB", rgba.size, "white")
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    if image.mode != "RGB":
        return image.convert("RGB")
    return image


def _problem(what: str, reason: str) -> str:
    """ "photo not included: <reason>" in the brief's language."""
    return tr("{what} not included: {reason}", what=tr(what), reason=reason)
