"""Seals and review comments (schema version 5).

`seal` holds the signed statements of people who vouch for a state of the case
(store/seals.py); `review_comment` a reviewer's notes on items, which can be resolved
(store/comments.py). Both start empty: nothing in an older case is changed.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"


def upgrade() -> None:
    op.create_table(
        "seal",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("head", sa.String(), nullable=False),
        sa.Column("state", sa.String(), nullable=False),
        sa.Column("comment", sa.String(), nullable=False),
        sa.Column("signer", sa.String(), nullable=False),
        sa.Column("public_key", sa.String(), nullable=False),
        sa.Column("sealed_at", sa.DateTime(), nullable=False),
        sa.Column("signature", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "review_comment",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("item_kind", sa.String(), nullable=False),
        sa.Column("item_id", sa.String(length=36), nullable=False),
        sa.Column("body", sa.String(), nullable=False),
        sa.Column("author", sa.String(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolved_by", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_review_comment_item_id"), "review_comment", ["item_id"], unique=False)
