"""A site plan on the page: its image, and its pins drawn over it in vector, so they
stay sharp at any zoom; and the small pin mark the legend repeats.

The image is the JPEG gather made (jpeg.py embeds it as it is); a pin is a disc in its
severity's colour with the item's reference, or a camera mark for a photo, as the app
draws them.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from casefile.brief.fonts import FONTS
from casefile.brief.jpeg import JpegImage
from casefile.brief.model import PlanPin

PIN_RADIUS = 2.6 * mm
LABEL_SIZE = 6.0


def draw_pin(canvas: object, x: float, y: float, pin: PlanPin, radius: float = PIN_RADIUS) -> None:
    """One pin centred on (x, y) of the canvas."""
    c = canvas
    c.saveState()  # type: ignore[attr-defined]
    c.setStrokeColor(colors.white)  # type: ignore[attr-defined]
    c.setLineWidth(0.8)  # type: ignore[attr-defined]
    c.setFillColor(colors.HexColor(pin.colour))  # type: ignore[attr-defined]
    if pin.photo:
        w, h = 2 * radius, 1.5 * radius
        c.roundRect(x - w / 2, y - h / 2, w, h, radius * 0.3, stroke=1, fill=1)  # type: ignore[attr-defined]
        c.circle(x, y, radius * 0.42, stroke=1, fill=0)  # type: ignore[attr-defined]
        c.restoreState()  # type: ignore[attr-defined]
        return
    c.circle(x, y, radius, stroke=1, fill=1)  # type: ignore[attr-defined]
    size = LABEL_SIZE
    width = stringWidth(pin.label, FONTS.bold, size)
    room = 2 * radius * 0.86
    if width > room:  # "D10000" in the same disc: a smaller figure
        size *= room / width
    c.setFillColor(colors.white)  # type: ignore[attr-defined]
    c.setFont(FONTS.bold, size)  # type: ignore[attr-defined]
    c.drawCentredString(x, y - size * 0.35, pin.label)  # type: ignore[attr-defined]
    c.restoreState()  # type: ignore[attr-defined]


class PlanDrawing(Flowable):
    """The plan's image at `width` x `height` points with its pins over it."""

    def __init__(self, jpeg: bytes, width: float, height: float, pins: Sequence[PlanPin]) -> None:
        super().__init__()
        self._image = JpegImage(jpeg, width, height)
        self.width, self.height = width, height
        self._pins = tuple(pins)
        self.hAlign = "CENTER"

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self._image.canv = self.canv
        self._image.draw()
        self.canv.setStrokeColor(colors.HexColor("#c7ccd3"))
        self.canv.setLineWidth(0.5)
        self.canv.rect(0, 0, self.width, self.height, stroke=1, fill=0)
        for pin in self._pins:  # the plan's y runs down the page; the PDF's runs up
            draw_pin(self.canv, pin.x * self.width, (1 - pin.y) * self.height, pin)


class PinMark(Flowable):
    """A pin as the legend shows it, in a table cell."""

    def __init__(self, pin: PlanPin) -> None:
        super().__init__()
        self._pin = pin
        self.width = self.height = 2 * PIN_RADIUS + 1

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        draw_pin(self.canv, self.width / 2, self.height / 2, self._pin)
