"""Full-text search over every text field: FTS5 where SQLite has it, a plain scan where not.

The index holds each item's text folded (textfold.py: case, accents, Azerbaijani and
Cyrillic letters, spelling variants), so a query folded the same way finds "Bakı" by
"baki" and "Галузин" by "Galuzin". Hits carry the spans that matched in the text as
written. The index is kept current in the same transaction as the edit that changes
the text.
"""

from __future__ import annotations

import hashlib
import operator
import re
import uuid
from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from casefile.store import bulk
from casefile.store.fields import is_canonical_id
from casefile.store.matching import Query, Span
from casefile.store.models import TABLES, table_of
from casefile.store.records import SearchHit
from casefile.store.sqlitefile import SEARCH_TABLE
from casefile.store.textfold import index_text

#: kind -> (title field, other text fields)
TEXT_FIELDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "incident": (
        "title",
        (
            "reference",
            "location",
            "summary",
            "classification",
            "sender",
            "addressee",
            "recommendation",
            "decisions_sought",
            "drafted_by",
        ),
    ),
    "party": ("name", ("native_name", "role", "country", "affiliation", "contact")),
    "note": ("title", ("body",)),
    "damage_item": ("title", ("description", "location", "assessed_by")),
    "meeting": ("title", ("place", "summary", "outcomes")),
    "follow_up": ("title", ()),
    "attachment": ("filename", ("caption",)),
}

SNIPPET_CHARS = 120
_LINE_BREAKS = re.compile(r"[^\S ]")
RANKED_WORDS = 16  # longer queries (a pasted paragraph) come back unranked


def row_key(item_id: str) -> int:
    """The FTS rowid of an item: 63 bits of a hash of its UUID, so deletes find it by key.

    A hash, not the UUID's own high bits: ids made by other tools and imported as JSON
    (...-000000000001, ...-000000000002) share those bits and would collide.
    """
    if is_canonical_id(item_id):  # as every stored id is: its 16 bytes directly
        raw = bytes.fromhex(item_id.replace("-", ""))
    else:
        raw = uuid.UUID(item_id).bytes
    digest = hashlib.blake2b(raw, digest_size=8).digest()
    return int.from_bytes(digest, "big") >> 1


_ROWID = operator.itemgetter(0)


def index_tuples(kind: str, rows: Iterable[dict[str, Any]]) -> list[tuple[Any, ...]]:
    """(rowid, kind, item_id, title and body folded, title and body as written) per item,
    for `_INSERT_MANY`, in rowid order.

    FTS5 writes out its pending terms as a new segment whenever a rowid arrives that is
    not above the last one; hashed rowids in item order did that on nearly every row,
    and merging those tiny segments doubled the index's share of an import.
    """
    title_field, body_fields = TEXT_FIELDS[kind]
    entries = []
    for row in rows:
        title = row.get(title_field) or ""
        body = "\n".join(str(row.get(f) or "") for f in body_fields)
        entries.append(
            (row_key(row["id"]), kind, row["id"], index_text(title), index_text(body), title, body)
        )
    entries.sort(key=_ROWID)
    return entries


_INSERT_MANY = (
    f"INSERT INTO {SEARCH_TABLE}(rowid, kind, item_id, title, body, title_written, "
    "body_written) VALUES (?, ?, ?, ?, ?, ?, ?)"
)


_COLUMNS = "kind, item_id, title, body, title_written, body_written"
_UNRANKED = f"SELECT {_COLUMNS} FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH ? LIMIT ?"
#: The best `limit` rowids by bm25 first, then their text: ranked with SQLite's own
#: sorter this way, FTS5 reads the text of the hits shown only, and does less per match
#: than through its `rank` column.
_RANKED = (
    f"WITH best(key, score) AS (SELECT rowid, bm25({SEARCH_TABLE}) FROM {SEARCH_TABLE} "
    f"WHERE {SEARCH_TABLE} MATCH ? ORDER BY 2 LIMIT ?) "
    f"SELECT {_COLUMNS} FROM best JOIN {SEARCH_TABLE} ON {SEARCH_TABLE}.rowid = best.key "
    "ORDER BY best.score"
)


class SearchIndex:
    """Writes to and queries the FTS5 table, or scans when FTS5 is missing."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled

    def put(
        self, session: Session, kind: str, rows: list[dict[str, Any]], *, new: bool = False
    ) -> None:
        """Index (or re-index) items; `new` skips looking for old entries to replace."""
        if not self.enabled or not rows:
            return
        if not new:
            self.drop(session, [row["id"] for row in rows])
        bulk.execute_many(session, _INSERT_MANY, index_tuples(kind, rows))

    def drop(self, session: Session, ids: list[str]) -> None:
        if not self.enabled or not ids:
            return
        session.execute(
            sa.text(f"DELETE FROM {SEARCH_TABLE} WHERE rowid = :key"),
            [{"key": row_key(i)} for i in ids],
        )

    def rebuild(self, session: Session) -> None:
        """Refill the index from the tables (after import, or a file made without FTS5)."""
        if not self.enabled:
            return
        session.execute(sa.text(f"DELETE FROM {SEARCH_TABLE}"))
        for kind, table in TABLES.items():
            rows = [dict(r) for r in session.execute(sa.select(table_of(table))).mappings()]
            if rows:
                bulk.execute_many(session, _INSERT_MANY, index_tuples(kind, rows))
        session.execute(sa.text(f"INSERT INTO {SEARCH_TABLE}({SEARCH_TABLE}) VALUES('optimize')"))

    def query(self, session: Session, text: str, limit: int = 200) -> list[SearchHit]:
        query = Query(text)
        if not query:
            return []
        if self.enabled:
            return self._fts(session, query, limit)
        return self._scan(session, query, limit)

    def _fts(self, session: Session, query: Query, limit: int) -> list[SearchHit]:
        # Snippets are cut here, not by FTS5's snippet(), and only short queries are ranked:
        # both take time quadratic in the hits (minutes for a long pasted text).
        found = session.connection().exec_driver_sql(
            _RANKED if len(query) <= RANKED_WORDS else _UNRANKED, (query.fts5(), limit)
        )
        return [
            _hit(kind, item_id, title, body, query, folded=(folded_title, folded_body))
            for kind, item_id, folded_title, folded_body, title, body in found.all()
        ]

    def _scan(self, session: Session, query: Query, limit: int) -> list[SearchHit]:
        hits: list[SearchHit] = []
        for kind, (title_field, body_fields) in TEXT_FIELDS.items():
            table = table_of(TABLES[kind])
            columns = [table.c[title_field], *(table.c[f] for f in body_fields)]
            for row in session.execute(sa.select(table.c.id, *columns)):
                title = str(row[1] or "")
                body = "\n".join(str(v or "") for v in row[2:])
                if query.matches(index_text(title) + " " + index_text(body)):
                    hits.append(_hit(kind, row[0], title, body, query))
                    if len(hits) >= limit:
                        return hits
        return hits


def _hit(
    kind: str,
    item_id: str,
    title: str,
    body: str,
    query: Query,
    folded: tuple[str, str] | None = None,
) -> SearchHit:
    """The hit, its snippet and spans; `folded`: the index's title and body, which are
    textfold.index_text of these and spare folding them again."""
    indexed = None if folded is None else " ".join(filter(None, folded))
    snippet, spans = _snippet(f"{title} {body}", query, indexed)
    title_spans = query.spans(title, None if folded is None else folded[0])
    return SearchHit(kind, item_id, title, snippet, tuple(title_spans), spans)


def _snippet(text: str, query: Query, indexed: str | None) -> tuple[str, tuple[Span, ...]]:
    """SNIPPET_CHARS of `text` around the first match, and the matches in it."""
    if indexed is None:
        indexed = index_text(text)
    start, spans = query.window(text, indexed, SNIPPET_CHARS)
    piece = text[start : start + SNIPPET_CHARS]
    piece = _LINE_BREAKS.sub(" ", piece)  # one for one: the spans stay where they were
    lead = "…" if start else ""
    tail = "…" if start + SNIPPET_CHARS < len(text) else ""
    return lead + piece + tail, tuple((a + len(lead), b + len(lead)) for a, b in spans)
