"""Two covering indexes for what every opening reads (schema version 2).

The notes list and the timeline read every note's date (the timeline also its title,
kind and internal flag); from the table, that is a scan of every note body, then a
sort. ix_note_order holds those columns in the list's order, so both read a small
index front to back. The case summary (the overview, `casefile info`) groups every
damage item by category, severity and currency and adds up the estimates:
ix_damage_item_summary holds those in that order. Each begins with the column of the
one-column index it replaces.

Revision ID: 0002
Revises: 0001
"""

from alembic import op

revision = "0002"
down_revision = "0001"


def upgrade() -> None:
    op.drop_index("ix_note_date", table_name="note")
    op.create_index(
        "ix_note_order",
        "note",
        ["date", "created_at", "id", "title", "kind", "internal"],
        unique=False,
    )
    op.drop_index("ix_damage_item_category", table_name="damage_item")
    op.create_index(
        "ix_damage_item_summary",
        "damage_item",
        ["category", "severity", "currency", "estimated_cost"],
        unique=False,
    )
