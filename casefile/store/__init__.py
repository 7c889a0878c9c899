"""The case file: format, opening rules, and the CaseFile API. No Qt, no reportlab."""

from casefile.store.audit import clock_instant, clock_parts
from casefile.store.casefile import CaseFile
from casefile.store.device import device_id
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
from casefile.store.keys import KeyEntry, Keys, PublicKey, read_passphrase_file, read_public
from casefile.store.models import load_all_tables
from casefile.store.safewrite import check_output, replacing
from casefile.store.sqlitefile import APPLICATION_ID, SCHEMA_VERSION

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
    "KeyEntry",
    "Keys",
    "PublicKey",
    "Locked",
    "NeedsRecovery",
    "NewerVersion",
    "NotACaseFile",
    "NotAvailable",
    "NotFound",
    "ReadOnly",
    "check_output",
    "read_passphrase_file",
    "read_public",
    "clock_instant",
    "clock_parts",
    "device_id",
    "replacing",
    "load_all_tables",
]
