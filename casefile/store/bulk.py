"""Many-row inserts in the session's transaction: SQLAlchemy's executemany for rows of
our tables, and the driver's for statements of our own (the search index's).

Errors pass through SQLAlchemy's connection, so they are mapped as any other.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session


def insert_rows(session: Session, table: sa.Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """INSERT every row; all rows must carry the same keys (a row that left one out would
    otherwise fail half-way, or take another row's columns), and columns they leave out
    take their Python default."""
    if not rows:
        return
    keys = rows[0].keys()
    for row in rows:
        if row.keys() != keys:
            raise ValueError(f"rows for {table.name} differ in their keys")
    session.execute(sa.insert(table), list(rows))


def execute_many(session: Session, sql: str, params: Sequence[tuple[Any, ...]]) -> None:
    """A statement of our own with `?` placeholders, once per tuple of plain values."""
    if params:
        session.connection().exec_driver_sql(sql, list(params))
