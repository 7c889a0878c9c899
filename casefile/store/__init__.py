"""The case file: format, opening rules, and the CaseFile API. No Qt, no reportlab.

This is the store's public face: the GUI, the CLI, the brief and the demo import from
`casefile.store` only, never from its submodules (an import-linter contract checks it).

- `CaseFile` opens, creates and edits a case; every call is one transaction and
  returns plain frozen records (`PartyRecord`, `NoteRecord`, ...). Items are named by
  their `Kind` ("party", "note", ...): `case.add("party", name=...)` returns a
  PartyRecord, `case.records("note")` every NoteRecord; the fields each kind takes are
  the TypedDicts `PartyFields`, `NoteFields`, ...
- Errors a person can act on are `CaseFileError` subclasses carrying the message to
  show; anything else is a bug.
- Vocabularies (stored value -> label), money in minor units, instants and zones, and
  the checks the API applies to a field (`coerce_fields`), for forms that check as the
  user types.
- Files in and out: casefile-json (`read_json`, `write_json`, and CaseFile's
  `export_document`, `import_document`, `create_from_document`), attachments
  (`read_attachment`), and the one atomic writer of output files (`replacing`).
"""

from casefile.store.audit import FINGERPRINT_LENGTH, clock_instant, clock_parts
from casefile.store.casefile import CaseFile
from casefile.store.device import device_id
from casefile.store.errors import (
    NOT_WRITABLE_ERRNOS,
    AlreadyExists,
    CaseFileError,
    ChangedOnDisk,
    Corrupt,
    DiskFull,
    InvalidInput,
    Locked,
    MergeConflicts,
    NeedsRecovery,
    NewerVersion,
    NotACaseFile,
    NotAvailable,
    NotFound,
    ReadOnly,
)
from casefile.store.fields import (
    MAX_TEXT,
    check_id,
    check_zone,
    coerce_fields,
    parse_instant,
    zone_names,
)
from casefile.store.jsonfile import read_json, write_json
from casefile.store.keys import KeyEntry, Keys, PublicKey, read_passphrase_file, read_public
from casefile.store.kinds import (
    AttachmentFields,
    DamageItemFields,
    FollowUpFields,
    IncidentFields,
    ItemKind,
    Kind,
    MeetingFields,
    NoteFields,
    PartyFields,
)
from casefile.store.lock import LockHolder, current_user
from casefile.store.media import read_attachment
from casefile.store.models import load_all_tables
from casefile.store.money import (
    EXPONENTS,
    check_currency,
    format_money,
    parse_amount,
    to_decimal_string,
)
from casefile.store.plan_images import read_plan
from casefile.store.records import (
    AttachmentLink,
    AttachmentRecord,
    AuditVerdict,
    Authorship,
    CaseSummary,
    ChangeRecord,
    CheckResult,
    CommentRecord,
    DamageItemRecord,
    FieldChange,
    FieldDifference,
    FollowUpRecord,
    IncidentRecord,
    ItemDifference,
    MeetingRecord,
    MergeConflict,
    MergeResult,
    NoteRecord,
    OpenFollowUp,
    OpenNotice,
    Participant,
    PartyRecord,
    PinRecord,
    PlanRecord,
    PlanSnapshot,
    Problem,
    Record,
    ReviewState,
    SealRecord,
    SearchHit,
    Snapshot,
    TimelineEntry,
    in_zone,
    party_display_name,
    zone_or_utc,
)
from casefile.store.rehearsal import edit_case
from casefile.store.rows import record_values
from casefile.store.safewrite import check_not_output, check_output, replacing
from casefile.store.settings import (
    LANGUAGES,
    UserSettings,
    default_actor,
    read_settings,
    settings_path,
    write_settings,
)
from casefile.store.sqlitefile import APPLICATION_ID, SCHEMA_VERSION
from casefile.store.timeline import Timeline
from casefile.store.vocab import (
    DAMAGE_CATEGORIES,
    DAMAGE_STATUSES,
    FOLLOW_UP_STATUSES,
    INCIDENT_STATUSES,
    KIND_LABELS,
    MEETING_KINDS,
    NOT_ASSESSED,
    NOTE_KINDS,
    PARTY_KINDS,
    PHOTO_PIN_COLOUR,
    SEVERITIES,
    SEVERITY_PIN_COLOURS,
    label,
)

__all__ = [
    "AttachmentFields",
    "DamageItemFields",
    "FollowUpFields",
    "IncidentFields",
    "ItemKind",
    "Kind",
    "MeetingFields",
    "NoteFields",
    "PartyFields",
    "Record",
    "AlreadyExists",
    "APPLICATION_ID",
    "AttachmentLink",
    "AttachmentRecord",
    "Authorship",
    "AuditVerdict",
    "CaseFile",
    "CaseFileError",
    "CaseSummary",
    "ChangedOnDisk",
    "ChangeRecord",
    "check_currency",
    "check_id",
    "check_not_output",
    "check_output",
    "check_zone",
    "CheckResult",
    "clock_instant",
    "clock_parts",
    "coerce_fields",
    "CommentRecord",
    "Corrupt",
    "current_user",
    "DAMAGE_CATEGORIES",
    "DAMAGE_STATUSES",
    "DamageItemRecord",
    "default_actor",
    "device_id",
    "DiskFull",
    "edit_case",
    "EXPONENTS",
    "FieldChange",
    "FINGERPRINT_LENGTH",
    "FOLLOW_UP_STATUSES",
    "FieldDifference",
    "FollowUpRecord",
    "format_money",
    "in_zone",
    "INCIDENT_STATUSES",
    "IncidentRecord",
    "InvalidInput",
    "ItemDifference",
    "KeyEntry",
    "Keys",
    "KIND_LABELS",
    "label",
    "LANGUAGES",
    "load_all_tables",
    "Locked",
    "LockHolder",
    "MAX_TEXT",
    "MEETING_KINDS",
    "MeetingRecord",
    "MergeConflict",
    "MergeConflicts",
    "MergeResult",
    "NeedsRecovery",
    "NewerVersion",
    "NOT_ASSESSED",
    "NOT_WRITABLE_ERRNOS",
    "NotACaseFile",
    "NotAvailable",
    "NOTE_KINDS",
    "NoteRecord",
    "NotFound",
    "OpenFollowUp",
    "OpenNotice",
    "parse_amount",
    "parse_instant",
    "Participant",
    "party_display_name",
    "PARTY_KINDS",
    "PartyRecord",
    "PinRecord",
    "PlanRecord",
    "PlanSnapshot",
    "Problem",
    "PublicKey",
    "read_attachment",
    "read_json",
    "read_passphrase_file",
    "read_plan",
    "read_public",
    "read_settings",
    "ReadOnly",
    "record_values",
    "replacing",
    "ReviewState",
    "SCHEMA_VERSION",
    "SealRecord",
    "SearchHit",
    "settings_path",
    "SEVERITIES",
    "SEVERITY_PIN_COLOURS",
    "PHOTO_PIN_COLOUR",
    "Snapshot",
    "Timeline",
    "TimelineEntry",
    "to_decimal_string",
    "UserSettings",
    "write_json",
    "write_settings",
    "zone_names",
    "zone_or_utc",
]
