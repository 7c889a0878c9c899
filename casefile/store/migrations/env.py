"""Alembic environment: migrations run on the connection the opener hands over.

The whole upgrade and the stamping of `user_version` and `application_id` run
in one transaction, so a failed step leaves schema and version as they were.
"""

from alembic import context

from casefile.store.schema import load_all_tables

config = context.config
connection = config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=load_all_tables(),
    render_as_batch=True,
    transactional_ddl=True,
    transaction_per_migration=False,
    fts5=config.attributes.get("fts5", True),
)
with context.begin_transaction():
    context.run_migrations()
    for statement in config.attributes.get("stamp", ()):
        connection.exec_driver_sql(statement)
