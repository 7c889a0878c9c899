"""The tables of site plans: each plan's row, its images (the image as given, a
downscaled display copy, a thumbnail) and the pins placed on it.

Imported where plans are read or written, not with the other tables (models.py says
why); `load_all_tables()` builds them for what needs the whole schema.
"""

# No `from __future__ import annotations`, for the reason models.py gives.
import sqlalchemy as sa
from sqlmodel import Field

from casefile.store.models import Stamped, Table, table_of
from casefile.store.stored import check_columns

#: A pin's position is kept in millionths of the plan's width and height: a whole
#: number, so that copies, exports and merges agree to the digit (no float rounding).
POSITION_SCALE = 1_000_000


class SitePlan(Stamped, table=True):
    """What a list of plans shows; the images live in site_plan_image."""

    __tablename__ = "site_plan"
    name: str
    caption: str = ""
    filename: str = ""
    media_type: str = "image/png"  # of the stored image (a PDF's first page is stored as PNG)
    size: int = 0
    sha256: str = Field(max_length=64)
    width: int = 0
    height: int = 0


class SitePlanImage(Table, table=True):
    """One image of a plan per role: 'original' (what pins are placed on), 'display'
    (downscaled for the screen and the brief; absent when the original serves) and
    'thumb' (a small JPEG for lists)."""

    __tablename__ = "site_plan_image"
    plan_id: str = Field(
        primary_key=True, foreign_key="site_plan.id", ondelete="CASCADE", max_length=36
    )
    role: str = Field(primary_key=True, max_length=16)
    width: int = 0
    height: int = 0
    data: bytes = Field(sa_type=sa.LargeBinary, nullable=False)


class PlanPin(Stamped, table=True):
    """A damage item or a photo placed on a plan, at (x, y) in millionths of its size."""

    __tablename__ = "plan_pin"
    __table_args__ = (
        sa.CheckConstraint(
            "(damage_item_id IS NULL) != (attachment_id IS NULL)", name="ck_plan_pin_target"
        ),
        sa.CheckConstraint(
            f"x BETWEEN 0 AND {POSITION_SCALE} AND y BETWEEN 0 AND {POSITION_SCALE}",
            name="ck_plan_pin_position",
        ),
    )
    plan_id: str = Field(foreign_key="site_plan.id", ondelete="CASCADE", index=True, max_length=36)
    damage_item_id: str | None = Field(
        default=None, foreign_key="damage_item.id", ondelete="CASCADE", index=True, max_length=36
    )
    attachment_id: str | None = Field(
        default=None, foreign_key="attachment.id", ondelete="CASCADE", index=True, max_length=36
    )
    x: int
    y: int


for _model in (SitePlan, SitePlanImage, PlanPin):
    check_columns(table_of(_model))  # every value read is checked (store/stored.py)
