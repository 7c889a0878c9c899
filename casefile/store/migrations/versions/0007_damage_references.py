"""Damage items carry a stable reference, D-1, D-2, ... (schema version 7).

The reference's number is a column of its own, unique. The items a file already holds
are numbered in the order they were made, (created_at, id): copies migrated apart give
every item the same number. Later items take the next number (store/rows.py).

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"


def upgrade() -> None:
    op.add_column("damage_item", sa.Column("reference", sa.Integer(), nullable=True))
    bind = op.get_bind()
    ids = bind.exec_driver_sql("SELECT id FROM damage_item ORDER BY created_at, id").all()
    if ids:
        bind.exec_driver_sql(
            "UPDATE damage_item SET reference = ? WHERE id = ?",
            [(number, item_id) for number, (item_id,) in enumerate(ids, start=1)],
        )
    op.create_index("ix_damage_item_reference", "damage_item", ["reference"], unique=True)
