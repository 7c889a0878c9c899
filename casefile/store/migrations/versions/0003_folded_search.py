"""The search index holds folded text (schema version 3).

Search matches folded words (casefile/store/textfold.py: "Bakı" as baki, "Галузин" as
galuzin and haluzin), so the index must hold the folded form of every item's text,
not the text as written. The index's table is unchanged; its rows are rebuilt from
the item tables, in the same order on every copy, so copies migrated apart agree.

Revision ID: 0003
Revises: 0002
"""

from alembic import op

revision = "0003"
down_revision = "0002"

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
    if not exists:  # made without FTS5: the opener builds it where FTS5 is found
        return
    bind.exec_driver_sql("DELETE FROM search_index")
    for kind, (title, others) in TEXT_COLUMNS.items():
        columns = ", ".join((title, *others))
        rows = bind.exec_driver_sql(f"SELECT id, {columns} FROM {kind} ORDER BY id").all()
        entries = sorted(
            (
                row_key(row[0]),
                kind,
                row[0],
                index_text(row[1] or ""),
                index_text("\n".join(str(v or "") for v in row[2:])),
            )
            for row in rows
        )
        if entries:
            bind.exec_driver_sql(
                "INSERT INTO search_index(rowid, kind, item_id, title, body) "
                "VALUES (?, ?, ?, ?, ?)",
                entries,
            )
    bind.exec_driver_sql("INSERT INTO search_index(search_index) VALUES('optimize')")
