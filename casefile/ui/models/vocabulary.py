"""The case's vocabularies as the user reads them: every stored value's label, and every
kind of item's name, in the app's language.

The store keeps English words and codes (`"severe"`, `"damage_item"`) and their English
labels (casefile.store's CHOICES and KIND_LABELS); only what is shown is translated, here,
so a stored value never changes with the language. Each vocabulary has its own
translation context: "Open" is one word for a case and another for a follow-up in
Russian and Ukrainian. tests/ui/test_vocabulary.py keeps these tables word for word in
step with the store's labels.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QCoreApplication

from casefile.ui.support.translation import QT_TRANSLATE_NOOP

#: the translation context of the kinds of item
KIND_CONTEXT = "Kinds"
#: the names of the kinds of item, by stored kind
KIND_NAMES: dict[str, str] = {
    "incident": QT_TRANSLATE_NOOP("Kinds", "Incident"),
    "party": QT_TRANSLATE_NOOP("Kinds", "Party"),
    "note": QT_TRANSLATE_NOOP("Kinds", "Note"),
    "damage_item": QT_TRANSLATE_NOOP("Kinds", "Damage item"),
    "meeting": QT_TRANSLATE_NOOP("Kinds", "Meeting"),
    "follow_up": QT_TRANSLATE_NOOP("Kinds", "Follow-up"),
    "attachment": QT_TRANSLATE_NOOP("Kinds", "Attachment"),
    # not items of the lists, but named by the audit log
    "site_plan": QT_TRANSLATE_NOOP("Kinds", "Site plan"),
    "review_comment": QT_TRANSLATE_NOOP("Kinds", "Review comment"),
    "plan_pin": QT_TRANSLATE_NOOP("Kinds", "Pin"),
    "seal": QT_TRANSLATE_NOOP("Kinds", "Seal"),
    "release": QT_TRANSLATE_NOOP("Kinds", "Release copy"),
}

#: a damage item's severity left empty
NOT_ASSESSED = QT_TRANSLATE_NOOP("Severity", "Not assessed")

#: each vocabulary field's translation context and its labels by stored value
CHOICE_NAMES: dict[tuple[str, str], tuple[str, dict[str, str]]] = {
    ("incident", "status"): (
        "IncidentStatus",
        {
            "open": QT_TRANSLATE_NOOP("IncidentStatus", "Open"),
            "closed": QT_TRANSLATE_NOOP("IncidentStatus", "Closed"),
        },
    ),
    ("incident", "purpose"): (
        "Purpose",
        {
            "decision": QT_TRANSLATE_NOOP("Purpose", "For decision"),
            "information": QT_TRANSLATE_NOOP("Purpose", "For information"),
        },
    ),
    ("party", "kind"): (
        "PartyKind",
        {
            "person": QT_TRANSLATE_NOOP("PartyKind", "Person"),
            "organisation": QT_TRANSLATE_NOOP("PartyKind", "Organisation"),
            "state": QT_TRANSLATE_NOOP("PartyKind", "State"),
        },
    ),
    ("note", "kind"): (
        "NoteKind",
        {
            "diplomatic_note": QT_TRANSLATE_NOOP("NoteKind", "Diplomatic note"),
            "statement": QT_TRANSLATE_NOOP("NoteKind", "Statement"),
            "press_report": QT_TRANSLATE_NOOP("NoteKind", "Press report"),
            "internal_memo": QT_TRANSLATE_NOOP("NoteKind", "Internal memo"),
            "observation": QT_TRANSLATE_NOOP("NoteKind", "Observation"),
        },
    ),
    ("damage_item", "category"): (
        "DamageCategory",
        {
            "perimeter": QT_TRANSLATE_NOOP("DamageCategory", "Perimeter"),
            "structures": QT_TRANSLATE_NOOP("DamageCategory", "Structures"),
            "vehicles": QT_TRANSLATE_NOOP("DamageCategory", "Vehicles"),
            "building": QT_TRANSLATE_NOOP("DamageCategory", "Building"),
            "consular": QT_TRANSLATE_NOOP("DamageCategory", "Consular"),
            "equipment": QT_TRANSLATE_NOOP("DamageCategory", "Equipment"),
            "other": QT_TRANSLATE_NOOP("DamageCategory", "Other"),
        },
    ),
    ("damage_item", "severity"): (
        "Severity",
        {
            "minor": QT_TRANSLATE_NOOP("Severity", "Minor"),
            "moderate": QT_TRANSLATE_NOOP("Severity", "Moderate"),
            "severe": QT_TRANSLATE_NOOP("Severity", "Severe"),
            "destroyed": QT_TRANSLATE_NOOP("Severity", "Destroyed"),
        },
    ),
    ("damage_item", "status"): (
        "DamageStatus",
        {
            "reported": QT_TRANSLATE_NOOP("DamageStatus", "Reported"),
            "assessed": QT_TRANSLATE_NOOP("DamageStatus", "Assessed"),
            "repair_planned": QT_TRANSLATE_NOOP("DamageStatus", "Repair planned"),
            "repaired": QT_TRANSLATE_NOOP("DamageStatus", "Repaired"),
            "written_off": QT_TRANSLATE_NOOP("DamageStatus", "Written off"),
        },
    ),
    ("meeting", "kind"): (
        "MeetingKind",
        {
            "summons": QT_TRANSLATE_NOOP("MeetingKind", "Summons"),
            "bilateral_meeting": QT_TRANSLATE_NOOP("MeetingKind", "Bilateral meeting"),
            "call": QT_TRANSLATE_NOOP("MeetingKind", "Call"),
            "site_visit": QT_TRANSLATE_NOOP("MeetingKind", "Site visit"),
        },
    ),
    ("follow_up", "status"): (
        "FollowUpStatus",
        {
            "open": QT_TRANSLATE_NOOP("FollowUpStatus", "Open"),
            "done": QT_TRANSLATE_NOOP("FollowUpStatus", "Done"),
            "dropped": QT_TRANSLATE_NOOP("FollowUpStatus", "Dropped"),
        },
    ),
}


def kind_name(kind: str) -> str:
    """A kind of item as the user reads it ("Damage item"); an unknown kind as it is."""
    source = KIND_NAMES.get(kind)
    return kind if source is None else QCoreApplication.translate(KIND_CONTEXT, source)


def context_of(kind: str, field: str) -> str | None:
    """The translation context of a vocabulary field's labels (None: no vocabulary)."""
    found = CHOICE_NAMES.get((kind, field))
    return None if found is None else found[0]


def choice_label(kind: str, field: str, value: str) -> str:
    """A stored vocabulary value as the user reads it; an unknown value as it is."""
    if value == "" and (kind, field) == ("damage_item", "severity"):
        return QCoreApplication.translate("Severity", NOT_ASSESSED)
    found = CHOICE_NAMES.get((kind, field))
    if found is None or value not in found[1]:
        return value
    context, labels = found
    return QCoreApplication.translate(context, labels[value])


def choice_labels(kind: str, field: str, *, blank: bool = False) -> dict[str, str]:
    """Every stored value of a vocabulary field and its label, in the store's order;
    with `blank`, the field left empty first (a severity not assessed)."""
    found = CHOICE_NAMES.get((kind, field))
    values = list(found[1]) if found is not None else []
    if blank:
        values.insert(0, "")
    return {value: choice_label(kind, field, value) for value in values}


def vocabulary_of(values: Iterable[str]) -> tuple[str, str] | None:
    """The vocabulary field whose stored values these are (an empty one aside), or None:
    how a combo box given a vocabulary's values finds their labels."""
    wanted = set(values) - {""}
    for key, (_context, labels) in CHOICE_NAMES.items():
        if wanted == set(labels):
            return key
    return None


def translated_options(options: Mapping[str, str]) -> dict[str, str]:
    """Labels by stored value, in the app's language where the values are one of the
    case's vocabularies (labels given for other values are kept as given)."""
    found = vocabulary_of(options)
    if found is None:
        return dict(options)
    kind, field = found
    known = set(CHOICE_NAMES[found][1]) | ({""} if found == ("damage_item", "severity") else set())
    return {
        value: choice_label(kind, field, value) if value in known else text
        for value, text in options.items()
    }
