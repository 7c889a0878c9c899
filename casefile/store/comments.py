"""Review comments: a reviewer's notes on items of the case, which can be resolved.

A comment belongs to one item (the incident, a damage item, a meeting, ...), is kept in
the case file and logged in the audit chain like any change, and stays out of the
brief unless the brief asks for it (BriefOptions.review_comments).
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session
from sqlmodel import Field

from casefile.store import audit, rows
from casefile.store.errors import InvalidInput
from casefile.store.models import TABLES, Table, _when, table_of
from casefile.store.records import CommentRecord
from casefile.store.stored import check_columns

MAX_COMMENT_CHARS = 10_000


class ReviewComment(Table, table=True):
    """A reviewer's note on one item (migration 0005)."""

    __tablename__ = "review_comment"
    id: str = Field(primary_key=True, max_length=36)
    created_at: dt.datetime = _when(nullable=False)
    updated_at: dt.datetime = _when(nullable=False)
    item_kind: str
    item_id: str = Field(index=True, max_length=36)
    body: str
    author: str
    resolved_at: dt.datetime | None = _when()
    resolved_by: str = ""


check_columns(table_of(ReviewComment))


def check_body(body: str) -> str:
    body = body.strip()
    if not body:
        raise InvalidInput.of("comment.review_comment_needs")
    if len(body) > MAX_COMMENT_CHARS:
        raise InvalidInput.of("comment.review_comment_most", limit=MAX_COMMENT_CHARS)
    return body


def add(session: Session, actor: str, item_id: str, body: str) -> str:
    """A new comment on the item `item_id`; returns its id."""
    body = check_body(body)
    kind = rows.kind_of(session, item_id)
    if kind is None:
        raise InvalidInput.of("comment.item_id_case", item_id=item_id)
    stamp = rows.now()
    values: dict[str, Any] = {
        "id": str(uuid.uuid4()),
        "created_at": stamp,
        "updated_at": stamp,
        "item_kind": kind,
        "item_id": item_id,
        "body": body,
        "author": actor,
        "resolved_at": None,
        "resolved_by": "",
    }
    session.execute(sa.insert(table_of(ReviewComment)).values(**values))
    logged = {k: [None, values[k]] for k in ("item_kind", "item_id", "body", "author")}
    audit.append(session, actor, [("create", "review_comment", values["id"], logged)])
    return str(values["id"])


def set_resolved(session: Session, actor: str, comment_id: str, resolved: bool) -> None:
    table = table_of(ReviewComment)
    row = session.execute(sa.select(table).where(table.c.id == comment_id)).mappings().first()
    if row is None:
        raise InvalidInput.of("comment.review_comment_id", comment_id=comment_id)
    if (row["resolved_at"] is not None) == resolved:
        return
    stamp = rows.now()
    new = {"resolved_at": stamp if resolved else None, "resolved_by": actor if resolved else ""}
    session.execute(
        sa.update(table).where(table.c.id == comment_id).values(updated_at=stamp, **new)
    )
    changes = {
        "resolved_at": [
            audit.instant_text(row["resolved_at"]) if row["resolved_at"] else None,
            audit.instant_text(stamp) if resolved else None,
        ],
        "resolved_by": [row["resolved_by"], new["resolved_by"]],
    }
    audit.append(session, actor, [("update", "review_comment", comment_id, changes)])


def load(
    session: Session, *, item_id: str | None = None, include_resolved: bool = True
) -> list[CommentRecord]:
    """Comments, oldest first; with the title of the item each is on ("" if it is gone)."""
    table = table_of(ReviewComment)
    query = sa.select(table).order_by(table.c.created_at, table.c.id)
    if item_id is not None:
        query = query.where(table.c.item_id == item_id)
    if not include_resolved:
        query = query.where(table.c.resolved_at.is_(None))
    found = session.execute(query).mappings().all()
    titles: dict[str, str] = {}
    by_kind: dict[str, list[str]] = {}
    for row in found:
        by_kind.setdefault(row["item_kind"], []).append(row["item_id"])
    for kind, ids in by_kind.items():
        if kind in TABLES:
            titles.update(rows.names(session, kind, ids))
    return [
        CommentRecord(
            id=row["id"],
            item_kind=row["item_kind"],
            item_id=row["item_id"],
            item_title=titles.get(row["item_id"], ""),
            body=row["body"],
            author=row["author"],
            created_at=row["created_at"],
            resolved_at=row["resolved_at"],
            resolved_by=row["resolved_by"],
        )
        for row in found
    ]
