"""Photos for the brief: a photo's print copy, or the photo downscaled here when it has none.

A photo's print copy (casefile.store's `PrintCopy`) is made once and kept in the case
file, so a brief embeds it as it is and decodes no photo. A photo without one (a file
from an earlier version, a case made by import-json that has not been open for editing
since) is downscaled here by the same `downscale_image`, giving the same bytes: the
brief is the same either way. `downscale_image` decodes a JPEG at a reduced scale
(`draft`), so a 24-megapixel photo is never decoded whole.
"""

from __future__ import annotations

from dataclasses import dataclass

from casefile.brief.language import tr
from casefile.store import PRINT_MAX_BYTES, PRINT_SIDE, PrintCopy, downscale_image

MAX_SIDE = PRINT_SIDE
MAX_BYTES = PRINT_MAX_BYTES  # ceiling of one embedded photo


@dataclass(frozen=True, slots=True)
class Prepared:
    """A photo ready to embed, or the reason it cannot be."""

    jpeg: bytes | None
    width: int = 0
    height: int = 0
    problem: str = ""

    @classmethod
    def of(cls, copy: PrintCopy) -> Prepared:
        return cls(copy.jpeg, copy.width, copy.height)


def prepare_photo(
    data: bytes,
    *,
    max_side: int = MAX_SIDE,
    max_bytes: int = MAX_BYTES,
    what: str = "photo",
) -> Prepared:
    """Downscale image bytes to a JPEG of at most `max_side` pixels and `max_bytes` bytes.

    Never raises for bad input: a decompression bomb, a truncated or unknown file
    becomes a `problem` the brief prints in place of the photo (`what`: "photo" or
    "plan", the word the problem starts with).
    """
    from PIL import Image, UnidentifiedImageError

    try:
        return Prepared.of(downscale_image(data, max_side=max_side, max_bytes=max_bytes))
    except Image.DecompressionBombError:
        return Prepared(None, problem=_problem(what, tr("too large to decode safely")))
    except UnidentifiedImageError:
        return Prepared(None, problem=_problem(what, tr("not an image format we can read")))
    except Exception:  # any decoder failure on a user's file is that file's fault
        return Prepared(None, problem=_problem(what, tr("the image data cannot be read")))


def _problem(what: str, reason: str) -> str:
    """ "photo not included: <reason>" in the brief's language."""
    return tr("{what} not included: {reason}", what=tr(what), reason=reason)
