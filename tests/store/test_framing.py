"""The submission's framing: the incident's from, to, purpose, recommendation, decisions
sought, deadline, drafter and clearances; kept, audited, checked, carried by casefile-json
and merged as the case's other fields are."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from casefile.store import (
    FRAMING_FIELDS,
    CaseFile,
    CaseFileError,
    Clearance,
    InvalidInput,
    MergeConflicts,
)

FRAMING: dict[str, Any] = {
    "sender": "Embassy of the Republic of Azerbaijan in Kyiv",
    "addressee": "Minister of Foreign Affairs",
    "purpose": "decision",
    "recommendation": "Present a claim for the damage.",
    "decisions_sought": "Approve the claim.\nAgree the note's wording.",
    "deadline": "2025-11-28",
    "drafted_by": "First Secretary",
    "drafted_on": dt.date(2025, 11, 24),
    "clearances": [
        {"name": "Head of the Consular Section", "cleared_on": "2025-11-24"},
        Clearance("Legal Adviser"),
    ],
}


def test_the_framing_is_kept_and_audited(empty_case: CaseFile) -> None:
    incident = empty_case.update_incident(**FRAMING)
    assert (incident.sender, incident.purpose) == (FRAMING["sender"], "decision")
    assert (incident.deadline, incident.drafted_on) == (
        dt.date(2025, 11, 28),
        dt.date(2025, 11, 24),
    )
    assert incident.clearances == (
        Clearance("Head of the Consular Section", dt.date(2025, 11, 24)),
        Clearance("Legal Adviser", None),
    )
    entry = empty_case.audit_log(entity_id=incident.id, limit=1)[0]
    logged = {c.field: c for c in entry.changes}
    assert set(logged) == set(FRAMING_FIELDS)
    assert (logged["deadline"].old, logged["deadline"].new) == (None, "2025-11-28")
    assert logged["clearances"].new[1] == {"name": "Legal Adviser", "cleared_on": None}
    assert empty_case.check() == []
    cleared = empty_case.update_incident(purpose="", clearances=[], deadline=None)
    assert (cleared.purpose, cleared.clearances, cleared.deadline) == ("", (), None)
    assert empty_case.check() == []


def test_the_framing_is_found_by_search(empty_case: CaseFile) -> None:
    empty_case.update_incident(**FRAMING)
    assert [hit.kind for hit in empty_case.search("claim")] == ["incident"]


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"purpose": "approval"}, "must be one of decision, information"),
        ({"deadline": "next week"}, "not a date"),
        ({"drafted_on": dt.datetime(2025, 11, 24, 9, 0, tzinfo=dt.UTC)}, "without time"),
        ({"clearances": "Legal Adviser"}, "list of {name, cleared_on}"),
        ({"clearances": [{"name": " "}]}, "needs a name"),
        ({"clearances": [{"name": "A"}, {"name": "A", "cleared_on": None}]}, "named twice"),
        ({"clearances": [{"name": "A", "on": "2025-11-24"}]}, "each clearance is"),
        ({"clearances": [{"name": "A", "cleared_on": "24.11.2025"}]}, "not a date"),
    ],
)
def test_bad_framing_is_refused_and_nothing_changes(
    empty_case: CaseFile, fields: dict[str, Any], message: str
) -> None:
    before = empty_case.incident()
    with pytest.raises(InvalidInput, match=message):
        empty_case.update_incident(**fields)
    assert empty_case.incident() == before


def test_json_carries_the_framing_and_reads_it_back(empty_case: CaseFile, tmp_path: Path) -> None:
    empty_case.update_incident(**FRAMING)
    document = empty_case.export_document()
    incident = document["incident"]
    assert document["version"] == 4
    assert (incident["purpose"], incident["deadline"], incident["drafted_on"]) == (
        "decision",
        "2025-11-28",
        "2025-11-24",
    )
    assert incident["clearances"] == [
        {"name": "Head of the Consular Section", "cleared_on": "2025-11-24"},
        {"name": "Legal Adviser", "cleared_on": None},
    ]
    with CaseFile.create_from_document(tmp_path / "copy.casefile", document) as copy:
        assert copy.export_document()["incident"] == incident
        assert copy.check() == []


@pytest.mark.parametrize("version", [1, 2, 3])
def test_an_older_document_imports_with_no_framing(
    empty_case: CaseFile, tmp_path: Path, version: int
) -> None:
    document = empty_case.export_document()
    document["version"] = version
    for name in FRAMING_FIELDS:
        del document["incident"][name]
    if version < 2:
        del document["site_plans"], document["plan_pins"]
    with CaseFile.create_from_document(tmp_path / "old.casefile", document) as copy:
        incident = copy.incident()
        assert {getattr(incident, name) for name in FRAMING_FIELDS} <= {"", None, ()}
        assert copy.check() == []


def test_clearances_changed_behind_casefiles_back_are_found(empty_case: CaseFile) -> None:
    empty_case.update_incident(clearances=[{"name": "Legal Adviser"}])
    path = empty_case.path
    empty_case.close()
    for stored, found in [
        ('[{"name":"Political Director","cleared_on":null}]', "clearances changed outside"),
        ('[{"name":""}]', "column clearances"),
    ]:
        conn = sqlite3.connect(path)
        with conn:
            conn.execute("UPDATE incident SET clearances = ?", (stored,))
        conn.close()
        with CaseFile.open(path, read_only=True) as case:
            try:
                problems = " ".join(p.message for p in case.check())
            except CaseFileError as exc:
                problems = exc.message
        assert found in problems


# -- merge -------------------------------------------------------------------------------


def _copies(demo_path: Path, tmp_path: Path, mine: dict[str, Any], theirs: dict[str, Any]):
    other = tmp_path / "theirs.casefile"
    shutil.copyfile(demo_path, other)
    with CaseFile.open(demo_path, actor="alice") as case:
        case.update_incident(**mine)
    with CaseFile.open(other, actor="bob") as case:
        case.update_incident(**theirs)
    return demo_path, other


def test_framing_edited_apart_merges_field_by_field(demo_path: Path, tmp_path: Path) -> None:
    path, other = _copies(
        demo_path,
        tmp_path,
        {"addressee": "Deputy Minister", "deadline": "2025-12-01"},
        {"recommendation": "Claim compensation.", "clearances": [{"name": "Legal Adviser"}]},
    )
    with CaseFile.open(path, actor="alice") as case, CaseFile.open(other, read_only=True) as them:
        result = case.merge(them)
    assert result.status == "merged"
    with CaseFile.open(path, read_only=True) as case:
        incident = case.incident()
        assert (incident.addressee, incident.deadline) == ("Deputy Minister", dt.date(2025, 12, 1))
        assert incident.recommendation == "Claim compensation."
        assert incident.clearances == (Clearance("Legal Adviser"),)
        assert case.check() == []


def test_framing_both_copies_changed_apart_is_a_conflict(demo_path: Path, tmp_path: Path) -> None:
    path, other = _copies(
        demo_path,
        tmp_path,
        {"purpose": "information", "clearances": [{"name": "Legal Adviser"}]},
        {"purpose": "", "clearances": [{"name": "Political Director"}]},
    )
    with CaseFile.open(path, actor="alice") as case, CaseFile.open(other, read_only=True) as them:
        with pytest.raises(MergeConflicts) as refused:
            case.merge(them)
        conflicts = {c.field: (c.mine, c.theirs) for c in refused.value.conflicts}
        assert conflicts["purpose"] == ("information", "")  # the demo's is "decision"
        assert set(conflicts) == {"purpose", "clearances"}
        result = case.merge(them, take="theirs")
    assert len(result.resolved) == 2
    with CaseFile.open(path, read_only=True) as case:
        incident = case.incident()
        assert incident.purpose == ""
        assert incident.clearances == (Clearance("Political Director"),)
        assert case.check() == []
