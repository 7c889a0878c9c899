"""The brief's site plans: each plan's image made ready to print (from its display copy:
the full image is never read), its pins and its legend, numbered as figures before
the photos.

A photo's pin is drawn only where the photo itself may be printed: a photo that only
internal notes hold is left off a redacted brief, as the photo appendix leaves it out.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from casefile.brief.excerpt import short
from casefile.brief.language import tr
from casefile.brief.model import PlanFigure, PlanLegendRow, PlanPin
from casefile.brief.photos import prepare_photo
from casefile.store import (
    PHOTO_PIN_COLOUR,
    SEVERITY_PIN_COLOURS,
    AttachmentRecord,
    DamageItemRecord,
    PinRecord,
    PlanRecord,
    label,
)

#: The printed plan's longest side in pixels: 17 cm at about 350 dpi.
PLAN_MAX_SIDE = 2400
PLAN_MAX_BYTES = 1_500_000


class PlanReader(Protocol):
    """The part of the CaseFile API the brief's plans need."""

    def plans(self) -> list[PlanRecord]: ...
    def pins(self, plan_id: str | None = None) -> list[PinRecord]: ...
    def plan_image(self, plan_id: str, role: str = "display") -> tuple[bytes, int, int]: ...


def gather_plans(
    case: PlanReader,
    damage_items: Sequence[DamageItemRecord],
    refs: dict[str, str],
    attachments: dict[str, AttachmentRecord],
    dropped: set[str],
) -> tuple[tuple[PlanFigure, ...], dict[str, tuple[int, ...]]]:
    """The plans as figures 1, 2, ... and, per damage item, the figures it is pinned on."""
    items = {item.id: item for item in damage_items}
    figures = []
    pinned_on: dict[str, list[int]] = {}
    for number, plan in enumerate(case.plans(), start=1):
        pins, legend = [], []
        for pin in case.pins(plan.id):
            if pin.damage_item_id in items:
                item = items[pin.damage_item_id]
                colour = SEVERITY_PIN_COLOURS.get(item.severity, SEVERITY_PIN_COLOURS[""])
                ref = refs[item.id]
                pins.append(PlanPin(pin.x, pin.y, ref, colour))
                severity = tr(label("damage_item", "severity", item.severity))
                legend.append(PlanLegendRow(ref, colour, short(item.title), severity))
                pinned_on.setdefault(item.id, []).append(number)
            elif pin.attachment_id in attachments and _printable(
                attachments[pin.attachment_id], dropped
            ):
                photo = attachments[pin.attachment_id]
                pins.append(PlanPin(pin.x, pin.y, "", PHOTO_PIN_COLOUR, photo=True))
                title = short(photo.caption or photo.filename)
                legend.append(PlanLegendRow("", PHOTO_PIN_COLOUR, title, "", photo=True))
        legend.sort(key=lambda row: (row.photo, _ref_order(row.label), row.title))
        data, _, _ = case.plan_image(plan.id, "display")
        prepared = prepare_photo(
            data, max_side=PLAN_MAX_SIDE, max_bytes=PLAN_MAX_BYTES, what="plan"
        )
        figures.append(
            PlanFigure(
                number=number,
                name=short(plan.name),
                caption=short(plan.caption),
                jpeg=prepared.jpeg,
                width=prepared.width,
                height=prepared.height,
                pins=tuple(pins),
                legend=tuple(legend),
                problem=prepared.problem,
            )
        )
    return tuple(figures), {k: tuple(v) for k, v in pinned_on.items()}


def _printable(photo: AttachmentRecord, dropped: set[str]) -> bool:
    """Whether a redacted brief may show where this photo was taken: it belongs to
    something the brief keeps (an item, a meeting, a note not left out), or to nothing."""
    return not photo.links or any(link.id not in dropped for link in photo.links)


def _ref_order(ref: str) -> tuple[int, str]:
    """D2 before D10."""
    digits = "".join(ch for ch in ref if ch.isdigit())
    return (int(digits) if digits else 0, ref)
