"""What each column of a case file may hold, checked as it is read: the one way every
value comes out of the database.

SQLite keeps any value in any column, and a case file travels: a tool or a hand may
have put 'garbage' in a date, 'abc' in a cost, bytes in a title, or NULL where the
table's definition was rewritten to allow it. Every column of our tables reads through
a `Stored` type that check_columns() makes for it from its declared type, whether it
may be empty, and, for the fields whose values the readers rely on (a choice, a cost,
a currency, an id), that field's own rule (fields.SPEC): such a value must be what the
field's check makes of it, so what the store refuses on the way in is refused on the
way out. A value that fails raises BadValue, naming the table and the column; the
CaseFile turns it into BadContent naming the row too, and `casefile check` reports
every such value (bad_values()).
"""

from __future__ import annotations

import datetime as dt
import reprlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, cast

import sqlalchemy as sa
from sqlalchemy.types import TypeDecorator, TypeEngine

from casefile.store.errors import Corrupt, InvalidInput, Words, entity_word, field_word
from casefile.store.fields import (
    EARLIEST,
    FIRST_DAY,
    LAST_DAY,
    LATEST,
    SPEC,
    Choice,
    Cost,
    Currency,
    Quantity,
    Ref,
)

Reader = Callable[[Any], Any]

_SHORT = reprlib.Repr()
_SHORT.maxstring = 40
_SHORT.maxother = 40


class BadValue(Exception):
    """A stored value casefile would not have written: where it is, and what is wrong."""

    def __init__(self, table: str, column: str, value: object, reason: Words) -> None:
        super().__init__(f"{table}.{column}: {reason}")
        self.table = table
        self.column = column
        self.value = value
        self.reason = reason


class BadContent(Corrupt):
    """The file holds a value casefile did not write (hand-edited, or by another tool)."""


def shown(value: object) -> str:
    """A value as a finding quotes it: short, whatever its size."""
    return _SHORT.repr(value)


def _text(value: Any) -> str:
    if type(value) is not str:
        raise TypeError(Words("value_type.text"))
    return value


def _whole(value: Any) -> int:
    if type(value) is not int:
        raise TypeError(Words("value_type.whole"))
    return value


def _flag(value: Any) -> bool:
    if type(value) is not int or value not in (0, 1):
        raise TypeError(Words("value_type.flag"))
    return value == 1


def _bytes(value: Any) -> bytes:
    if type(value) is not bytes:
        raise TypeError(Words("value_type.bytes"))
    return value


def _day(value: Any) -> dt.date:
    if type(value) is not str or len(value) != 10:
        raise TypeError(Words("value_type.day"))
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise TypeError(Words("value_type.day")) from None
    if not FIRST_DAY <= day <= LAST_DAY:
        raise TypeError(Words("value_type.day_kept"))
    return day


_FIRST, _LAST = EARLIEST.replace(tzinfo=None), LATEST.replace(tzinfo=None)


def _instant(value: Any) -> dt.datetime:
    """A time as SQLAlchemy stores it in SQLite: naive UTC text, 'YYYY-MM-DD HH:MM:SS.ffffff'."""
    if type(value) is not str or not 19 <= len(value) <= 26:
        raise TypeError(Words("value_type.instant"))
    try:
        naive = dt.datetime.fromisoformat(value)
    except ValueError:
        raise TypeError(Words("value_type.instant")) from None
    if naive.tzinfo is not None or not _FIRST <= naive <= _LAST:
        raise TypeError(Words("value_type.instant_kept"))
    return naive.replace(tzinfo=dt.UTC)


def _base_reader(declared: TypeEngine[Any]) -> Reader:
    """The check of what a column of this declared type holds, whatever it means."""
    if isinstance(declared, TypeDecorator):  # UTCDateTime, SQLModel's AutoString
        declared = declared.impl_instance
    if isinstance(declared, sa.DateTime):
        return _instant
    if isinstance(declared, sa.Date):
        return _day
    if isinstance(declared, sa.Boolean):
        return _flag
    if isinstance(declared, sa.Integer):
        return _whole
    if isinstance(declared, sa.LargeBinary):
        return _bytes
    if isinstance(declared, sa.String):
        return _text
    raise TypeError(f"no reader for a column of type {declared!r}")  # a new type: add it


def _rule(table: str, column: str) -> Callable[[str, str, Any], Any] | None:
    """The field's own check, for the fields whose values the readers rely on: a choice
    out of its vocabulary, a negative cost, an unknown currency, an id that is not one.
    Dates, times and flags are checked in full by their type's check. Text is taken as it
    is: a blank or very long one breaks the writer's rule, not a reader. A zone name is
    only read as text: an unknown one is shown in UTC (records.zone_or_utc), and checking
    it against the zone database would read some 600 files at every start."""
    field = SPEC.get(table, {}).get(column)
    return field.coerce if isinstance(field, Choice | Cost | Currency | Quantity | Ref) else None


def column_reader(table: str, column: str, declared: TypeEngine[Any], nullable: bool) -> Reader:
    """The check of one column's values: its type's, then its field's (_rule)."""
    base = _base_reader(declared)
    rule = _rule(table, column)

    def read(value: Any) -> Any:
        if value is None:
            if nullable:
                return None
            raise BadValue(table, column, value, Words("value.empty"))
        try:
            typed = base(value)
        except TypeError as exc:
            said = Words("value.not_type", value=shown(value), type=exc.args[0])
            raise BadValue(table, column, value, said) from None
        if rule is not None:
            try:
                ruled = rule(table, column, typed)
            except InvalidInput as exc:
                said = Words("value.refused", value=shown(value), refusal=exc.words)
                raise BadValue(table, column, value, said) from None
            if ruled != typed:
                said = Words("value.not_as_written", value=shown(value))
                raise BadValue(table, column, value, said)
        return typed

    return read


class Stored(TypeDecorator[Any]):
    """A column's declared type, reading through its column's check (column_reader)."""

    impl = sa.types.NullType
    cache_ok = True

    def __init__(self, declared: TypeEngine[Any], table: str, column: str, nullable: bool) -> None:
        super().__init__()
        self.declared = declared
        self.table = table
        self.column = column
        self.nullable = nullable
        # What the declared type does to a value written (UTCDateTime: aware to naive UTC).
        self._bind = None
        if isinstance(declared, TypeDecorator):
            if type(declared).process_bind_param is not TypeDecorator.process_bind_param:
                self._bind = declared.process_bind_param
            self.impl = declared.impl_instance  # type: ignore[assignment]
        else:
            self.impl = declared  # type: ignore[assignment]
        self.read = column_reader(table, column, declared, nullable)
        # The one type a value need have when its check asks nothing more (a text, a
        # hash): many such values are checked at once by their types (check_all).
        plain = _base_reader(declared) is _text and _rule(table, column) is None
        self.only_type = str if plain and not nullable else None

    def process_bind_param(self, value: Any, dialect: sa.Dialect) -> Any:
        return value if self._bind is None else self._bind(value, dialect)

    def result_processor(self, dialect: sa.Dialect, coltype: object) -> Reader:
        return self.read  # in place of the declared type's: it parses what it checks

    @property
    def python_type(self) -> type:
        return cast(TypeEngine[Any], self.impl).python_type


def check_columns(table: sa.Table) -> None:
    """Make every column of `table` read through its check; called once per table class."""
    for column in table.columns:
        if isinstance(column.type, Stored):
            continue
        column.type = Stored(column.type, table.name, column.name, bool(column.nullable))
        column.__dict__.pop("comparator", None)  # made from the declared type, if made yet


def check_all(type_: TypeEngine[Any], values: Iterable[Any]) -> None:
    """Run a column's check over many values as the driver gave them (rows.plain_rows):
    by their type alone where that is the whole check, else one by one."""
    if not isinstance(type_, Stored):
        return
    values = list(values)
    if type_.only_type is not None and all(type(v) is type_.only_type for v in values):
        return
    read = type_.read
    for value in values:
        read(value)


def bad_values(conn: Any, tables: list[sa.Table]) -> Iterator[Words]:
    """Every value of `tables` that its column's check refuses, as a finding: what
    `casefile check` reports. `conn` is a DB-API connection; the values are read as the
    driver gives them and checked here, one column at a time, so that no row is
    skipped for an earlier column's fault."""
    present = {name for (name,) in conn.execute("SELECT name FROM sqlite_master")}
    for table in tables:
        if table.name not in present:
            continue
        key = _row_key(table)
        columns = {row[1] for row in conn.execute(f'PRAGMA table_info("{table.name}")')}
        for column in table.columns:
            if column.name not in columns or not isinstance(column.type, Stored):
                continue
            read = column.type.read
            # CAST to BLOB is no use: text in a TEXT column that is not UTF-8 stops the
            # driver. Such a file fails SQLite's own checks first.
            query = f'SELECT {key}, "{column.name}" FROM "{table.name}"'
            for row_key, value in conn.execute(query):
                try:
                    read(value)
                except BadValue as bad:
                    yield Words(
                        "check.bad_value" if isinstance(row_key, str) else "check.bad_value_row",
                        table=entity_word(table.name),
                        key=row_key,
                        column=field_word(column.name),
                        reason=bad.reason,
                    )


def _row_key(table: sa.Table) -> str:
    keys = list(table.primary_key.columns)
    return f'"{keys[0].name}"' if len(keys) == 1 else "rowid"


def where(table: str, key: object) -> str:
    return f"{table} {key}" if isinstance(key, str) else f"{table} row {key}"


def locate(conn: Any, bad: BadValue, tables: Mapping[str, sa.Table]) -> str:
    """Where a refused value is, for the message: its table, row and column (`tables`:
    every table of a case file, by name)."""
    table = tables.get(bad.table)
    key = _row_key(table) if table is not None else "rowid"
    try:
        row = conn.execute(
            f'SELECT {key} FROM "{bad.table}" WHERE "{bad.column}" IS ? LIMIT 1', (bad.value,)
        ).fetchone()
    except Exception:  # the message is still right without the row
        row = None
    place = where(bad.table, row[0]) if row is not None else f"table {bad.table}"
    return f"{place}, column {bad.column}"


def refusal(bad: BadValue, conn: Any, path: object, tables: Mapping[str, sa.Table]) -> BadContent:
    """The error a reading command gives for a value its column refuses."""
    return BadContent(
        f"holds a value casefile did not write ({locate(conn, bad, tables)}: {bad.reason}): run "
        "'casefile check' on it, and restore it from a copy",
        path=path,
    )
