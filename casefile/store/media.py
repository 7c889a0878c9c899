"""What an attached file is: its media type, image size, EXIF capture time and thumbnail.

An image over MAX_IMAGE_PIXELS is refused (a decompression bomb), never decoded, and
a file that claims to be an image must open as one.
"""

from __future__ import annotations

import datetime as dt
import io
import mimetypes
import os
import warnings
from dataclasses import dataclass
from typing import TYPE_CHECKING

from casefile.store.errors import InvalidInput, Words
from casefile.store.fields import check_instant
from casefile.store.portable import RESERVED_NAMES
from casefile.store.received import read_received, received_name
from casefile.store.records import zone_or_utc

if TYPE_CHECKING:
    from PIL import Image

MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024  # 50 MiB: a long PDF or a raw phone photo fits
MAX_IMAGE_PIXELS = 80_000_000  # 80 megapixels; a 24 MP camera photo is well inside
THUMB_SIZE = 320
ATTACHMENT_LIMIT_TEXT = Words("limit.attachment", limit=MAX_ATTACHMENT_BYTES // 1048576)

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".gif", ".bmp", ".tif", ".tiff", ".webp", ".heic"}


@dataclass(frozen=True)
class MediaInfo:
    media_type: str
    width: int | None
    height: int | None
    captured_at: dt.datetime | None
    thumbnail: bytes | None
    #: what was left out of the file's description and why, for the user to hear
    notice: str = ""


def read_attachment(path: str | os.PathLike[str]) -> tuple[bytes, str]:
    """A file to attach, read from disk: its bytes and the name to store it under."""
    data = read_received(
        path,
        limit=MAX_ATTACHMENT_BYTES,
        limit_text=ATTACHMENT_LIMIT_TEXT,
        advice=Words("advice.attachment"),
    )
    return data, received_name(path)


def _sniff(data: bytes) -> str | None:
    if data.startswith(b"%PDF-"):
        return "application/pdf"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data[:4] in (b"II*\x00", b"MM\x00*"):
        return "image/tiff"
    if data[:2] == b"BM":
        return "image/bmp"
    return None


def describe(data: bytes, filename: str, zone: str = "UTC") -> MediaInfo:
    """Inspect an attachment before it is stored; refuse what is not what it claims."""
    if not data:
        raise InvalidInput.of("attachment.empty_bytes_there", filename=filename)
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise InvalidInput.of(
            "attachment.mib",
            filename=filename,
            mib=round(len(data) / 1048576, 1),
            limit_text=ATTACHMENT_LIMIT_TEXT,
        )
    sniffed = _sniff(data)
    guessed = mimetypes.guess_type(filename, strict=False)[0]
    suffix = "." + filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    claims_image = suffix in IMAGE_SUFFIXES or (guessed or "").startswith("image/")
    if sniffed and sniffed.startswith("image/") or claims_image:
        return _describe_image(data, filename, zone, sniffed or guessed or "image/unknown")
    media_type = sniffed or guessed or "application/octet-stream"
    if guessed == "application/pdf" and sniffed != "application/pdf":
        raise InvalidInput.of("attachment.named_as_pdf", filename=filename)
    return MediaInfo(media_type, None, None, None, None)


def _describe_image(data: bytes, filename: str, zone: str, media_type: str) -> MediaInfo:
    from PIL import Image, UnidentifiedImageError

    Image.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS
    _quiet_pillow_bomb_warning(Image.DecompressionBombWarning)
    try:
        with Image.open(io.BytesIO(data)) as image:
            # Checked here from the header, not by turning Pillow's warning into an
            # error: warning filters are process-wide, and images are inspected on
            # several threads at once (an import), where one thread's restore could
            # drop another's filter. Pillow still refuses outright above twice the limit.
            width, height = image.size
            if width * height > MAX_IMAGE_PIXELS:
                raise _bomb(filename)
            if image.format != "JPEG":
                # verify() checks what decoding would not (a PNG's chunk checksums) and
                # leaves its image unusable; for a JPEG it checks nothing, and the
                # thumbnail below decodes every byte, so a damaged JPEG fails there.
                with Image.open(io.BytesIO(data)) as probe:
                    probe.verify()
            captured, notice = _capture_time(image, zone, filename)
            # One decode call for the whole file instead of one per 64 KiB: each call
            # takes the GIL back, and during an import the writing thread holds it.
            image.decodermaxblock = max(len(data), 65536)
            fmt = (image.format or "").lower()
            thumb = _thumbnail(image)
    except Image.DecompressionBombError as exc:
        raise _bomb(filename) from exc
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError) as exc:
        raise InvalidInput.of("attachment.claims_image_but", filename=filename) from exc
    mime = Image.MIME.get(fmt.upper(), media_type) if fmt else media_type
    return MediaInfo(mime, width, height, captured, thumb, notice)


def _quiet_pillow_bomb_warning(category: type[Warning]) -> None:
    """Pillow warns (on stderr) between the limit and twice it; the check above decides,
    so its warning would only print beside our message. One filter for the process,
    rather than a catch_warnings() per image, which is not thread-safe; added again if
    someone reset the filters since (a host application's catch_warnings(), pytest)."""
    for action, _message, filtered, _module, _line in warnings.filters:
        if filtered is category and action == "ignore":
            return
    warnings.filterwarnings("ignore", category=category)


def _bomb(filename: str) -> InvalidInput:
    return InvalidInput.of(
        "attachment.claims_more_than", filename=filename, megapixels=MAX_IMAGE_PIXELS // 1000000
    )


def _capture_time(image: object, zone: str, filename: str) -> tuple[dt.datetime | None, str]:
    """The camera's capture time in UTC, and a notice if one was written but left out: a
    time no zone can show (the camera's clock at 9999-12-31 in UTC-5) is dropped, not
    a reason to refuse the photo."""
    stamp = _exif_time(image, zone)
    if stamp is None:
        return None, ""
    try:
        return check_instant(stamp, "capture time"), ""
    except InvalidInput:
        return None, Words(
            "notice.capture_time_dropped", filename=filename, stamp=stamp.isoformat()
        )


def _exif_time(image: object, zone: str) -> dt.datetime | None:
    """DateTimeOriginal with its offset if the camera wrote one, else read in the case's
    zone: aware, in the zone it was written in."""
    try:
        exif = image.getexif()  # type: ignore[attr-defined]
        sub = exif.get_ifd(0x8769)
        stamp = sub.get(36867) or exif.get(306)
        offset = sub.get(36881)
    except Exception:
        return None
    if not stamp or not isinstance(stamp, str):
        return None
    try:
        naive = dt.datetime.strptime(stamp.strip().rstrip("\x00"), "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return None
    if isinstance(offset, str) and len(offset) == 6:
        try:
            return dt.datetime.fromisoformat(naive.isoformat() + offset)
        except ValueError:
            pass
    return naive.replace(tzinfo=zone_or_utc(zone))


def _thumbnail(image: Image.Image) -> bytes:
    """A small JPEG for lists: decoded at reduced scale (JPEG DCT scaling), so a
    24-megapixel photo costs a few milliseconds and a few MB, not a full decode."""
    from PIL import Image, ImageOps

    img = image
    img.draft("RGB", (THUMB_SIZE, THUMB_SIZE))
    img.load()
    ImageOps.exif_transpose(img, in_place=True)
    if img.mode != "RGB":
        img = img.convert("RGB")
    # Bicubic, Pillow's default for thumbnails: from the 1/8-scale draft it is a
    # downscale of under 2x, where Lanczos costs a third more and shows no difference.
    img.thumbnail((THUMB_SIZE, THUMB_SIZE), Image.Resampling.BICUBIC)
    out = io.BytesIO()
    img.save(out, "JPEG", quality=80)
    return out.getvalue()


MAX_NAME_CHARS = 120
MAX_NAME_BYTES = 200  # of UTF-8: file systems allow 255, and a "-2" may still be added


def safe_filename(name: str, fallback: str) -> str:
    """A name that is safe on every OS: no folders, no reserved names, no control characters."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    cleaned = "".join(
        ch if (ch.isalnum() or ch in "._- ()") and ch.isprintable() else "_" for ch in base
    ).strip(" .")
    stem = cleaned.split(".", 1)[0].rstrip(" ").upper()
    if not cleaned or stem in RESERVED_NAMES or set(cleaned) <= {"_", "."}:
        cleaned = f"{fallback}_{cleaned}" if cleaned else fallback
    if len(cleaned) > MAX_NAME_CHARS or len(cleaned.encode()) > MAX_NAME_BYTES:
        cleaned = _shorten(cleaned)
    return cleaned


def _shorten(name: str) -> str:
    """Cut the name to the character and UTF-8 byte limits, keeping a short extension."""
    head, dot, ext = name.rpartition(".")
    if not dot or not head or len(ext) > 10:
        head, dot, ext = name, "", ""
    tail = dot + ext
    head = head[: MAX_NAME_CHARS - len(tail)]
    head = head.encode()[: MAX_NAME_BYTES - len(tail.encode())].decode("utf-8", "ignore")
    return head.rstrip(" .") + tail
