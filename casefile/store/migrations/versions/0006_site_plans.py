"""Site plans and the pins placed on them (schema version 6).

A plan is an image of the premises with a name; its images (the one given, a
downscaled display copy, a thumbnail) live in site_plan_image, one row per role, so
that a list of plans reads none of them. A pin places a damage item or a photo on a
plan at x, y in millionths of its width and height; it goes with its plan, its item
or its photo. New tables only: copies migrated apart end identical.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"


def upgrade() -> None:
    op.create_table(
        "site_plan",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("caption", sa.String(), nullable=False),
        sa.Column("filename", sa.String(), nullable=False),
        sa.Column("media_type", sa.String(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "site_plan_image",
        sa.Column("plan_id", sa.String(length=36), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["plan_id"], ["site_plan.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("plan_id", "role"),
    )
    op.create_table(
        "plan_pin",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("plan_id", sa.String(length=36), nullable=False),
        sa.Column("damage_item_id", sa.String(length=36), nullable=True),
        sa.Column("attachment_id", sa.String(length=36), nullable=True),
        sa.Column("x", sa.Integer(), nullable=False),
        sa.Column("y", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "(damage_item_id IS NULL) != (attachment_id IS NULL)", name="ck_plan_pin_target"
        ),
        sa.CheckConstraint(
            "x BETWEEN 0 AND 1000000 AND y BETWEEN 0 AND 1000000", name="ck_plan_pin_position"
        ),
        sa.ForeignKeyConstraint(["attachment_id"], ["attachment.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["damage_item_id"], ["damage_item.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["plan_id"], ["site_plan.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_plan_pin_plan_id", "plan_pin", ["plan_id"], unique=False)
    op.create_index("ix_plan_pin_damage_item_id", "plan_pin", ["damage_item_id"], unique=False)
    op.create_index("ix_plan_pin_attachment_id", "plan_pin", ["attachment_id"], unique=False)
