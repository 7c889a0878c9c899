"""The search index holds folded text (schema version 3).

Search matches folded words (casefile/store/textfold.py: "Bakı" as baki, "Галузин" as
galuzin and haluzin), so the index must hold the folded form of every item's text;
the text as written moves to two unindexed columns, from which snippets are cut
without reading the item tables. Folded words are split at ASCII characters only, by
FTS5's ascii tokenizer, as the fold's own matching splits them. The index is made
again with those columns and filled from the item tables, in the same order on every
copy, so copies migrated apart agree.

Revision ID: 0003
Revises: 0002
"""

from alembic import op

revision = "0003"
down_revision = "0002"

SEARCH_TABLE = (
    "CREATE VIRTUAL TABLE search_index USING fts5(kind UNINDEXED, item_id UNINDEXED, "
    "title, body, title_written UNINDEXED, body_written UNINDEXED, "
    "tokenize='ascii')"
)

#: The text of each kind at this revision: table -> (title column, other text columns),
#: written out here so that later schema changes do not change what this step reads.
TEXT_COLUMNS = {
    "incident": ("title", ("reference", "location", "summary", "classification")),
    "party": ("name", ("native_name", "role", "country", "affiliation", "contact")),
    "note": ("title", ("body",)),
    "damage_item": ("title", ("description", "location", "assessed_by")),
    "meeting": ("title", ("place", "summary", "outcomes")),
    "follow_up": ("title", ()),
    "attachment": ("filename", ("caption",)),
}


def upgrade() -> None:
    from casefile.store.search import row_key
    from casefile.store.textfold import index_text

    bind = op.get_bind()
    exists = bind.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='search_index'"
    ).first()
    if not exists or not op.get_context().opts.get("fts5", True):
        return  # made or migrated without FTS5: the opener makes it where FTS5 is found
    bind.exec_driver_sql("DROP TABLE search_index")
    bind.exec_driver_sql(SEARCH_TABLE)
    for kind, (title, others) in TEXT_COLUMNS.items():
        columns = ", ".join((title, *others))
        rows = bind.exec_driver_sql(f"SELECT id, {columns} FROM {kind} ORDER BY id").all()
        entries = []
        for item_id, heading, *texts in rows:
            written = heading or "", "\n".join(str(v or "") for v in texts)
            entries.append((row_key(item_id), kind, item_id, *map(index_text, written), *written))
        if entries:
            bind.exec_driver_sql(
                "INSERT INTO search_index(rowid, kind, item_id, title, body, title_written, "
                "body_written) VALUES (?, ?, ?, ?, ?, ?, ?)",
                sorted(entries),
            )
    bind.exec_driver_sql("INSERT INTO search_index(search_index) VALUES('optimize')")
