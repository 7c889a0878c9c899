"""The case file: format, opening rules, and the CaseFile API. No Qt, no reportlab."""

from casefile.store.casefile import CaseFile
from casefile.store.errors import (
    AlreadyExists,
    CaseFileError,
    ChangedOnDisk,
    Corrupt,
    DiskFull,
    InvalidInput,
    Locked,
    NeedsRecovery,
    NewerVersion,
    NotACaseFile,
    NotAvailable,
    NotFound,
    ReadOnly,
)
from casefile.store.models import all_tables
from casefile.store.sqlitefile import APPLICATION_ID, SCHEMA_VERSION


def load_every_table() -> None:
    """Build the table classes that opening a case and its first screen do not need
    (store/models.py says why): for the desktop app to call once its window is shown,
    so that the first view to read links or attachment bytes finds them built."""
    all_tables()


__all__ = [
    "AlreadyExists",
    "APPLICATION_ID",
    "SCHEMA_VERSION",
    "CaseFile",
    "CaseFileError",
    "ChangedOnDisk",
    "Corrupt",
    "DiskFull",
    "InvalidInput",
    "Locked",
    "NeedsRecovery",
    "NewerVersion",
    "NotACaseFile",
    "NotAvailable",
    "NotFound",
    "ReadOnly",
    "load_every_table",
]
