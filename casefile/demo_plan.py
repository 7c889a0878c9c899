"""The demo case's site plan: a schematic of an embassy compound, drawn here.

It is not the real compound (no plan of it was published) and says so on its face:
"schematic, not to scale". Where each damage item is pinned follows the reports only
as far as they go (a fence section, the building, the consular section, vehicles,
other structures); the layout itself is invented for the demo.
"""

from __future__ import annotations

import io

WIDTH, HEIGHT = 2400, 1700
CAPTION = "Schematic, not to scale: drawn for the demo, not the real compound"

#: Damage category -> where its pin sits, as fractions of the plan's width and height.
PIN_AT = {
    "perimeter": (0.905, 0.44),
    "structures": (0.755, 0.23),
    "vehicles": (0.70, 0.70),
    "building": (0.36, 0.42),
    "consular": (0.40, 0.765),
}
#: Where the placeholder photo of the fence was "taken": a camera mark on the plan.
PHOTO_AT = (0.80, 0.50)

_INK = (52, 58, 66)
_LIGHT = (120, 126, 134)
_FILL = (226, 229, 232)
_GREEN = (214, 228, 208)


def schematic_plan() -> bytes:
    """The plan as a PNG."""
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("RGB", (WIDTH, HEIGHT), (250, 250, 247))
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=40)
    small = ImageFont.load_default(size=30)
    title = ImageFont.load_default(size=54)

    def label(xy: tuple[float, float], text: str, use: object = font) -> None:
        box = draw.textbbox((0, 0), text, font=use)  # type: ignore[arg-type]
        x, y = xy[0] - (box[2] - box[0]) / 2, xy[1] - (box[3] - box[1]) / 2
        draw.text((x, y), text, font=use, fill=_INK)  # type: ignore[arg-type]

    # Grounds and street.
    left, top, right, bottom = 160, 200, 2200, 1480
    draw.rectangle((left, top, right, bottom), fill=_GREEN)
    draw.rectangle((0, bottom + 60, WIDTH, bottom + 170), fill=(232, 232, 228))
    label((WIDTH / 2, bottom + 115), "street", small)
    # The perimeter fence, with the section reported destroyed drawn broken.
    gap_top, gap_bottom = int(HEIGHT * 0.37), int(HEIGHT * 0.51)
    for segment in (
        ((left, top), (right, top)),
        ((left, top), (left, bottom)),
        ((left, bottom), (1000, bottom)),
        ((1240, bottom), (right, bottom)),
        ((right, top), (right, gap_top)),
        ((right, gap_bottom), (right, bottom)),
    ):
        draw.line(segment, fill=_INK, width=12)
    for y in range(gap_top, gap_bottom, 40):
        draw.line(((right - 14, y), (right + 14, y + 24)), fill=_LIGHT, width=6)
    label((1120, bottom + 20), "gate", small)
    label((right - 130, (gap_top + gap_bottom) / 2), "fence", small)
    # Administrative building with the consular section as its wing.
    draw.rectangle((420, 380, 1300, 1040), fill=_FILL, outline=_INK, width=8)
    label((860, 600), "Administrative building")
    draw.rectangle((640, 1040, 1300, 1340), fill=_FILL, outline=_INK, width=8)
    label((970, 1190), "Consular section")
    # Other structures: outbuildings in the corner of the grounds.
    for box in ((1640, 300, 1960, 480), (1640, 520, 1800, 640)):
        draw.rectangle(box, fill=_FILL, outline=_INK, width=6)
    label((1800, 270), "outbuildings", small)
    # Parking for service vehicles.
    draw.rectangle((1480, 1040, 1980, 1340), outline=_LIGHT, width=6)
    for x in range(1580, 1980, 100):
        draw.line(((x, 1040), (x, 1160)), fill=_LIGHT, width=4)
    label((1730, 1260), "vehicle parking", small)
    # Title block, with what the drawing is and is not.
    draw.text((left, 60), "Embassy compound, Kyiv", font=title, fill=_INK)
    draw.text((left, 130), "schematic, not to scale", font=font, fill=(160, 40, 40))
    draw.text(
        (1240, 80), "not the real layout: drawn for the casefile demo", font=small, fill=_LIGHT
    )
    # North arrow.
    draw.polygon(((2260, 60), (2235, 150), (2285, 150)), fill=_INK)
    label((2260, 180), "N", small)
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()
