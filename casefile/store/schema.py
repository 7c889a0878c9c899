"""Every table of a case file: the ones built at start-up (models.py) and the ones built
where they are first read or written (links, attachment data, plans, seals, comments).
"""

import sqlalchemy as sa
from sqlmodel import SQLModel


def load_all_tables() -> sa.MetaData:
    """Build every table class of a case file, the link and attachment-data tables
    included, and return their metadata: for what compares or builds the whole schema
    (migrations, their tests), and for the desktop app to call once its window is shown,
    so that the first view to read links or attachment bytes finds them built."""
    from casefile.store import (  # noqa: F401  (they add their tables)
        attachment_data,
        comments,
        links,
        plan_tables,
        seals,
    )

    return SQLModel.metadata
