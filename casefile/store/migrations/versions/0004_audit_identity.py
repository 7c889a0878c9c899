"""Audit entries carry the identity they keep between copies (schema version 4).

Each entry gains the device that made it, its parent (the entry before it where it was
made) and a hybrid logical clock time (store/audit.py). Entries already in a file were
made before devices were recorded: their device stays "", their parent is the entry
before them in the chain, and their clock time is derived from their own time and their
parent's, the rule written out here, so that copies migrated apart agree entry for entry
and `casefile check` can derive the same values again.

Revision ID: 0004
Revises: 0003
"""

import datetime as dt

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"

_EPOCH = dt.datetime(1970, 1, 1)


def _millis(stored: object) -> int:
    """An entry's time, as SQLAlchemy stored it (naive UTC text), in ms since 1970;
    0 for a value no writer stores (check reports it on its own)."""
    try:
        at = dt.datetime.fromisoformat(str(stored))
    except ValueError:
        return 0
    if at.tzinfo is not None:
        at = at.astimezone(dt.UTC).replace(tzinfo=None)
    return (at - _EPOCH) // dt.timedelta(milliseconds=1)


def upgrade() -> None:
    op.add_column("change_log", sa.Column("device", sa.String(), nullable=False, server_default=""))
    op.add_column("change_log", sa.Column("hlc", sa.Integer(), nullable=False, server_default="0"))
    op.add_column("change_log", sa.Column("parent", sa.String(), nullable=False, server_default=""))
    bind = op.get_bind()
    parent, clock = "", -1
    updates = []
    for entry_id, at in bind.exec_driver_sql("SELECT id, at FROM change_log ORDER BY seq"):
        clock = max(clock + 1, _millis(at) << 16)
        updates.append({"hlc": clock, "parent": parent, "entry": entry_id})
        parent = entry_id
    if updates:
        table = sa.table("change_log", sa.column("id"), sa.column("hlc"), sa.column("parent"))
        bind.execute(
            table.update()
            .where(table.c.id == sa.bindparam("entry"))
            .values(hlc=sa.bindparam("hlc"), parent=sa.bindparam("parent")),
            updates,
        )
