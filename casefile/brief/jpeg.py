"""A JPEG photo on the page as its bytes are, never decoded.

reportlab's `Image` flowable hands the canvas an `ImageReader`, and `drawImage` then
decodes the whole photo to RGB only to name it by a digest of the pixels: for each of a
brief's photos some milliseconds and megabytes (a 1600 x 1200 photo is 5.8 MB decoded),
held in reference cycles until Python's collector runs. Given a source that is not an
ImageReader, `drawImage` names the image by the source's text and, for a source with a
`jpeg_fh()`, embeds the JPEG stream as it is (DCTDecode), which is what the brief needs:
its photos are JPEGs made by `photos.prepare_photo`.
"""

from __future__ import annotations

import hashlib
import io

from reportlab.platypus import Flowable


class _JpegSource:
    """What `Canvas.drawImage` reads from a JPEG: its name (`str`) and its bytes."""

    def __init__(self, jpeg: bytes) -> None:
        self._jpeg = jpeg
        self._name = "casefile-jpeg-" + hashlib.sha256(jpeg).hexdigest()

    def __str__(self) -> str:  # same bytes, same name: reportlab embeds them once
        return self._name

    def jpeg_fh(self) -> io.BytesIO:
        return io.BytesIO(self._jpeg)


class JpegImage(Flowable):
    """A JPEG drawn at `width` x `height` points, centred in the frame."""

    def __init__(self, jpeg: bytes, width: float, height: float) -> None:
        super().__init__()
        self._source = _JpegSource(jpeg)
        self.width, self.height = width, height
        self.hAlign = "CENTER"

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.canv.drawImage(self._source, 0, 0, self.width, self.height)
