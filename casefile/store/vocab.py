"""The closed vocabularies of the case file: stored values and their labels.

Stored values are stable snake_case strings (they are in files and in JSON);
labels are what people read and may change freely.
"""

from __future__ import annotations

KIND_LABELS = {
    "incident": "Incident",
    "party": "Party",
    "note": "Note",
    "damage_item": "Damage item",
    "meeting": "Meeting",
    "follow_up": "Follow-up",
    "attachment": "Attachment",
}

INCIDENT_STATUSES = {"open": "Open", "closed": "Closed"}
#: Why the brief is submitted, as its cover says ("": not said).
PURPOSES = {"decision": "For decision", "information": "For information"}
PARTY_KINDS = {"person": "Person", "organisation": "Organisation", "state": "State"}
NOTE_KINDS = {
    "diplomatic_note": "Diplomatic note",
    "statement": "Statement",
    "press_report": "Press report",
    "internal_memo": "Internal memo",
    "observation": "Observation",
}
DAMAGE_CATEGORIES = {
    "perimeter": "Perimeter",
    "structures": "Structures",
    "vehicles": "Vehicles",
    "building": "Building",
    "consular": "Consular",
    "equipment": "Equipment",
    "other": "Other",
}
NOT_ASSESSED = "Not assessed"
SEVERITIES = {
    "minor": "Minor",
    "moderate": "Moderate",
    "severe": "Severe",
    "destroyed": "Destroyed",
}
#: A pin's colour on a site plan by the damage's severity (not assessed: ""), in the
#: app and in the brief alike; a photo's pin has its own.
SEVERITY_PIN_COLOURS = {
    "": "#8a919c",
    "minor": "#e0b626",
    "moderate": "#ee8a2f",
    "severe": "#d4483f",
    "destroyed": "#6e1a1a",
}
PHOTO_PIN_COLOUR = "#1f5f8b"
DAMAGE_STATUSES = {
    "reported": "Reported",
    "assessed": "Assessed",
    "repair_planned": "Repair planned",
    "repaired": "Repaired",
    "written_off": "Written off",
}
MEETING_KINDS = {
    "summons": "Summons",
    "bilateral_meeting": "Bilateral meeting",
    "call": "Call",
    "site_visit": "Site visit",
}
FOLLOW_UP_STATUSES = {"open": "Open", "done": "Done", "dropped": "Dropped"}

#: Which vocabulary constrains which field, per kind.
CHOICES: dict[tuple[str, str], dict[str, str]] = {
    ("incident", "status"): INCIDENT_STATUSES,
    ("incident", "purpose"): PURPOSES,
    ("party", "kind"): PARTY_KINDS,
    ("note", "kind"): NOTE_KINDS,
    ("damage_item", "category"): DAMAGE_CATEGORIES,
    ("damage_item", "severity"): SEVERITIES,
    ("damage_item", "status"): DAMAGE_STATUSES,
    ("meeting", "kind"): MEETING_KINDS,
    ("follow_up", "status"): FOLLOW_UP_STATUSES,
}


def label(kind: str, field: str, value: str) -> str:
    """The label of a stored vocabulary value; unknown values show as they are."""
    if value == "" and (kind, field) == ("damage_item", "severity"):
        return NOT_ASSESSED
    return CHOICES.get((kind, field), {}).get(value, value)
