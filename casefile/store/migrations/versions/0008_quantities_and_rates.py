"""Quantities and unit costs of damage items; the case's reporting currency and exchange
rates (schema version 8).

A damage item's estimate may be its quantity times its unit cost (store/fields.py). The
incident holds the currency its totals are given in and the rates that convert the
others to it, as canonical JSON. Existing rows get no quantity, no unit cost, no
reporting currency (the user's default applies) and no rates.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"


def upgrade() -> None:
    op.add_column("damage_item", sa.Column("quantity", sa.String(), nullable=True))
    op.add_column("damage_item", sa.Column("unit_cost", sa.Integer(), nullable=True))
    op.add_column(
        "incident",
        sa.Column("reporting_currency", sa.String(), nullable=False, server_default=""),
    )
    op.add_column(
        "incident",
        sa.Column("exchange_rates", sa.String(), nullable=False, server_default="[]"),
    )
