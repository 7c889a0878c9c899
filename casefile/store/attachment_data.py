"""The bytes of each attachment, its thumbnail and its print copy, in tables of their
own so that lists never load them (DESIGN.md). Imported where they are read or
written, not with the other tables: building a table class takes about a millisecond,
and opening a case and its first screen read none of these.
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


class AttachmentPrint(Table, table=True):
    """A photo's print copy: a JPEG of at most PRINT_SIDE pixels a side, made from the
    photo once (store/print_copies.py) so that a brief reads it instead of decoding the
    photo. Derived data: no audit entry, not in casefile-json, remade when missing."""

    __tablename__ = "attachment_print"
    attachment_id: str = Field(
        primary_key=True, foreign_key="attachment.id", ondelete="CASCADE", max_length=36
    )
    width: int
    height: int
    data: bytes = Field(sa_type=sa.LargeBinary, nullable=False)


for _model in (AttachmentBlob, AttachmentThumb, AttachmentPrint):
    check_columns(table_of(_model))  # every value read is checked (store/stored.py)
