"""The definitions of a case file's tables and indexes, compared with those our migrations
write: what `casefile check` reports beyond names.

A file whose table lost a column, a NOT NULL, a foreign key's cascade or a CHECK keeps
its table's name; only its definition (the SQL SQLite keeps in sqlite_master) tells.
The expected definitions are read from a database made in memory by the migrations
themselves, once per process, so they cannot drift from what the migrations make.
"""

from __future__ import annotations

import functools
import re
import sqlite3

from casefile.store import sqlitefile as sf
from casefile.store.errors import Words

#: Tables a file lacks when it was made where SQLite had no FTS5 (search falls back to
#: a scan): missing is no fault, different is.
_OPTIONAL = (sf.SEARCH_TABLE,)


def normal(sql: str) -> str:
    """SQL as compared: one case, one space, no quotes around names, no space inside
    brackets or before commas; what SQLite keeps is the text as it was written."""
    text = " ".join(sql.replace('"', " ").replace("`", " ").lower().split())
    return re.sub(r"\s*([(),])\s*", r"\1", text)


def expected() -> dict[str, tuple[str, str]]:
    """name -> (type, normal SQL) of every table and index a new case file has."""
    return _made_by_migrations(sf.SCHEMA_VERSION)


@functools.cache
def _made_by_migrations(version: int) -> dict[str, tuple[str, str]]:
    """What the migrations up to `version` (the head) make, read once per version."""
    conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    try:
        sf.migrate(conn)
        rows = conn.execute("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL")
        return {name: (kind, normal(sql)) for kind, name, sql in rows}
    finally:
        conn.close()


def differences(conn: sqlite3.Connection) -> list[str]:
    """What the file's tables and indexes lack, or hold differently, from casefile's own at
    the current schema version, one finding each (objects casefile does not make at all
    are sf.unexpected_objects())."""
    # Names and SQL are read as bytes: a planted definition need not be UTF-8, and its
    # bytes then show as U+FFFD in a "defined differently" finding.
    found = {
        bytes(name).decode("utf-8", "replace"): (
            kind,
            normal(bytes(sql).decode("utf-8", "replace")),
        )
        for kind, name, sql in conn.execute(
            "SELECT type, CAST(name AS BLOB), CAST(sql AS BLOB) FROM sqlite_master"
            " WHERE sql IS NOT NULL"
        )
    }
    problems: list[str] = []
    for name, (kind, sql) in sorted(expected().items()):
        if name not in found:
            if not name.startswith(_OPTIONAL):
                problems.append(
                    Words("check.definition_missing", kind=sf.schema_object(kind), name=name)
                )
        elif found[name] != (kind, sql):
            problems.append(
                Words(
                    "check.defined_differently",
                    kind=sf.schema_object(kind),
                    name=name,
                    change=_change(sql, found[name][1]),
                )
            )
    return problems


def _change(expected: str, actual: str) -> Words:
    """The parts of a definition that differ, in words."""
    want, have = _parts(expected), _parts(actual)
    lacks = "; ".join(f"'{part}'" for part in want if part not in have)
    extra = "; ".join(f"'{part}'" for part in have if part not in want)
    if lacks and extra:
        return Words("check.lacks_and_has", lacks=lacks, has=extra)
    if lacks:
        return Words("check.lacks", parts=lacks)
    if extra:
        return Words("check.has", parts=extra)
    return Words("check.instead_of", actual=actual, expected=expected)


def _parts(sql: str) -> list[str]:
    """A definition's column and constraint clauses: its bracket's top-level parts."""
    start, end = sql.find("("), sql.rfind(")")
    if start < 0 or end < start:
        return [sql]
    parts: list[str] = []
    depth = 0
    current: list[str] = []
    for char in sql[start + 1 : end]:
        if char == "," and depth == 0:
            parts.append("".join(current))
            current = []
            continue
        depth += (char == "(") - (char == ")")
        current.append(char)
    parts.append("".join(current))
    head = sql[:start]
    return [head, *parts, sql[end + 1 :]] if sql[end + 1 :] else [head, *parts]
