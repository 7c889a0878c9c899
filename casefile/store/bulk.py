"""Many-row inserts straight through the SQLite driver, in the session's transaction.

SQLAlchemy's executemany builds and type-processes a parameter dict per row; on an
import of tens of thousands of items, with their search and audit entries, that
bookkeeping outweighs SQLite's own work (`make bench`'s import-json row). Here each
column's bind processor is looked up once per statement and the rows go to the driver
as tuples.
Errors still pass through SQLAlchemy's connection, so they are mapped as any other.
"""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from casefile.store.models import UTCDateTime


def insert_rows(session: Session, table: sa.Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """INSERT every row; all rows carry the same keys, and columns they leave out take
    their scalar Python default, as `session.execute(sa.insert(table), rows)` would."""
    if not rows:
        return
    keys = list(rows[0])
    defaults = {
        column.name: column.default.arg  # type: ignore[attr-defined]
        for column in table.columns
        if column.name not in rows[0] and column.default is not None and column.default.is_scalar
    }
    connection = session.connection()
    dialect = connection.dialect
    names = keys + list(defaults)
    processors = [_bind_processor(table.c[name].type, dialect) for name in names]
    quote = dialect.identifier_preparer.quote
    sql = (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(n) for n in names)}) "
        f"VALUES ({', '.join('?' * len(names))})"
    )
    fixed = list(defaults.values())
    converted = [(i, p) for i, p in enumerate(processors) if p is not None]
    pick = operator.itemgetter(*keys)
    key_set = set(keys)
    # The last value each processor took and gave: a batch often repeats one object
    # (every audit entry of an import has the same time), processed once.
    last: dict[int, tuple[Any, Any]] = {i: (None, None) for i, _ in converted}
    params = []
    for row in rows:
        if row.keys() != key_set:
            raise ValueError(f"rows for {table.name} differ in their keys")
        values = [*pick(row), *fixed] if len(keys) > 1 else [pick(row), *fixed]
        for i, process in converted:
            value = values[i]
            if value is not None:
                seen, given = last[i]
                if value is not seen:
                    given = process(value)
                    last[i] = (value, given)
                values[i] = given
        params.append(tuple(values))
    connection.exec_driver_sql(sql, params)


def execute_many(session: Session, sql: str, params: Sequence[tuple[Any, ...]]) -> None:
    """A statement of our own with `?` placeholders, once per tuple of plain values."""
    if params:
        session.connection().exec_driver_sql(sql, list(params))


def _bind_processor(type_: Any, dialect: Any) -> Callable[[Any], Any] | None:
    if isinstance(type_, UTCDateTime) and dialect.name == "sqlite":
        return _utc_text
    processor: Callable[[Any], Any] | None = type_.dialect_impl(dialect).bind_processor(dialect)
    return processor


def _utc_text(value: dt.datetime) -> str:
    """What UTCDateTime and SQLAlchemy's SQLite DATETIME together store for an aware
    datetime ("2025-11-20 06:30:00.000000", UTC), in one C-level isoformat call instead
    of two Python layers, for each of an import's timestamps."""
    if value.tzinfo is None:
        raise ValueError("naive datetime reached the case file; attach a zone first")
    return value.astimezone(dt.UTC).replace(tzinfo=None).isoformat(" ", "microseconds")
