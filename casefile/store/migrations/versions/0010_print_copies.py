"""Print copies of photos (schema version 10).

A photo's print copy is a JPEG of at most 1600 pixels a side, made once from the photo
so that a brief embeds it instead of decoding the photo. Derived data: a file of an
earlier version has none, and they are made later while the case is open for editing
(store/print_copies.py). A new table only: copies migrated apart end identical.

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"


def upgrade() -> None:
    op.create_table(
        "attachment_print",
        sa.Column("attachment_id", sa.String(length=36), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["attachment_id"], ["attachment.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("attachment_id"),
    )
