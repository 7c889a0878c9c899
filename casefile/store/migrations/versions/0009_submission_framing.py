"""The submission's framing on the brief's cover (schema version 9).

The incident gains who sends the brief (`sender`) to whom (`addressee`), its purpose
(for decision or for information), the recommendation, the decisions sought, a
deadline, who drafted it and when, and who cleared it (canonical JSON: [{name,
cleared_on}]). Existing cases get none of them filled in: the cover then prints no
framing. The incident's search entry is made again with the new text fields, which
are empty here, so that it reads as one written after this revision does; copies
migrated apart agree.

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"

TEXT = ("sender", "addressee", "purpose", "recommendation", "decisions_sought", "drafted_by")
DAYS = ("deadline", "drafted_on")
#: The incident's text at this revision (title column, other text columns), written out
#: here so that later schema changes do not change what this step reads.
INCIDENT_TEXT = (
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
)


def upgrade() -> None:
    for name in TEXT:
        op.add_column("incident", sa.Column(name, sa.String(), nullable=False, server_default=""))
    for name in DAYS:
        op.add_column("incident", sa.Column(name, sa.Date(), nullable=True))
    op.add_column(
        "incident", sa.Column("clearances", sa.String(), nullable=False, server_default="[]")
    )
    _index_incident_again()


def _index_incident_again() -> None:
    from casefile.store.search import row_key
    from casefile.store.textfold import index_text

    bind = op.get_bind()
    exists = bind.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='search_index'"
    ).first()
    if not exists:
        return  # a file without FTS5: searched by a scan of the tables, nothing to redo
    title, others = INCIDENT_TEXT
    columns = ", ".join((title, *others))
    for item_id, heading, *texts in bind.exec_driver_sql(
        f"SELECT id, {columns} FROM incident ORDER BY id"
    ).all():
        written = heading or "", "\n".join(str(v or "") for v in texts)
        key = row_key(item_id)
        bind.exec_driver_sql("DELETE FROM search_index WHERE rowid = ?", (key,))
        bind.exec_driver_sql(
            "INSERT INTO search_index(rowid, kind, item_id, title, body, title_written, "
            "body_written) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (key, "incident", item_id, *map(index_text, written), *written),
        )
