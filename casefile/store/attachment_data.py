"""The bytes of each attachment and its thumbnail, in tables of their own so that lists
never load them (DESIGN.md). Imported where they are read or written, not with the other
tables: building a table class takes about a millisecond, and opening a case and its
first screen read neither of these.
"""

# No `from __future__ import annotations`, for the reason models.py gives.
import sqlalchemy as sa
from sqlmodel import Field

from casefile.store.models import Table, table_of
from casefile.store.stored import check_columns


class AttachmentBlob(Table, table=True):
    __tablename__ = "attachment_blob"
    attachment_id: str = Field(
        primary_key=True, foreign_key="attachment.id", ondelete="CASCADE", max_length=36
    )
    data: bytes = Field(sa_type=sa.LargeBinary, nullable=False)


class AttachmentThumb(Table, table=True):
    __tablename__ = "attachment_thumb"
    attachment_id: str = Field(
        primary_key=True, foreign_key="attachment.id", ondelete="CASCADE", max_length=36
    )
    data: bytes = Field(sa_type=sa.LargeBinary, nullable=False)


for _model in (AttachmentBlob, AttachmentThumb):
    check_columns(table_of(_model))  # every value read is checked (store/stored.py)
