"""Seals: a person's signed word that they vouch for one state of the case.

A seal signs the head of the audit chain (the hash of its newest entry, which covers
every entry before it), the case's id, a review state and a comment with the signer's
Ed25519 key (store/keys.py). It is kept in the seal table and recorded in the audit
chain as an entry of its own, which the next seal covers in turn.

`verify` checks each seal against the file as it is: its signature; that it names this
case; that the chain still holds the entry it signed, so that the history up to that
entry is as it was signed (a rewritten history, however well re-hashed, ends in another
head); that its own audit entry agrees with it; whether its key is trusted here; that
nothing written after it claims a time before it; and it counts what no seal covers.
What a seal does not prove is in docs/trust.md.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import datetime as dt
import json
import uuid
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session
from sqlmodel import Field

from casefile.store import audit
from casefile.store.error_texts import TEXTS
from casefile.store.errors import CaseFileError, InvalidInput, Words
from casefile.store.keys import Keys, PublicKey, SigningKey
from casefile.store.models import ChangeLog, Incident, Table, _when, table_of
from casefile.store.records import ReleaseRecord, ReviewState, SealRecord
from casefile.store.stored import check_columns

#: Review states a person gives with `casefile seal --state`; "" is a plain seal.
STATES = ("submitted", "approved", "changes-requested")
#: The state of the seal a release copy carries (store/release.py).
RELEASED = "released"
SEAL_FORMAT = "casefile-seal"
SEAL_VERSION = 1
MAX_COMMENT_CHARS = 10_000
#: Entries named one by one in a finding; past this, how many more.
MAX_NAMED = 5


class Seal(Table, table=True):
    """A signed statement about one state of the case (migration 0005)."""

    __tablename__ = "seal"
    id: str = Field(primary_key=True, max_length=36)
    case_id: str  # the incident the seal was made on
    seq: int  # the audit entry it signs: the chain's newest when it was made
    head: str  # that entry's hash, the state of the case it vouches for
    state: str = ""  # "", submitted, approved, changes-requested, released
    comment: str = ""
    signer: str  # the name on the signer's key
    public_key: str  # base64 of the raw Ed25519 public key
    sealed_at: dt.datetime = _when(nullable=False)
    signature: str  # base64 of the Ed25519 signature of payload()


check_columns(table_of(Seal))

#: The seal's fields that its audit entry records, as {field: [None, value]}.
LOGGED = ("case_id", "seq", "head", "state", "comment", "signer", "public_key", "signature")


def payload(values: dict[str, Any]) -> bytes:
    """What the signature covers: every field of the seal but the signature, canonical."""
    return audit.canonical(
        {
            "format": SEAL_FORMAT,
            "version": SEAL_VERSION,
            "id": values["id"],
            "case": values["case_id"],
            "entry": values["seq"],
            "head": values["head"],
            "state": values["state"],
            "comment": values["comment"],
            "signer": values["signer"],
            "key": values["public_key"],
            "at": audit.instant_text(values["sealed_at"]),
        }
    ).encode("utf-8")


def check_state(state: str) -> str:
    if state not in ("", *STATES):
        raise InvalidInput.of("seal.review_state_give", state=state, choices=", ".join(STATES))
    return state


def check_comment(comment: str) -> str:
    comment = comment.strip()
    if len(comment) > MAX_COMMENT_CHARS:
        raise InvalidInput.of("seal.seal_s_comment", limit=MAX_COMMENT_CHARS)
    return comment


def make(
    session: Session,
    key: SigningKey,
    actor: str,
    *,
    state: str = "",
    comment: str = "",
    now: dt.datetime | None = None,
) -> str:
    """Seal the case as it is in this transaction; returns the seal's id."""
    if state != RELEASED:
        check_state(state)
    comment = check_comment(comment)
    incidents = session.execute(sa.select(table_of(Incident).c.id)).scalars().all()
    if len(incidents) != 1:
        raise CaseFileError.of("seal.holds_incidents_instead", count=len(incidents))
    verdict = audit.verify(session)
    if not verdict.ok:
        raise InvalidInput.of("seal.cannot_sealed_audit", problem=verdict.message)
    # A seal vouches for the log; a log that does not account for the items as the file
    # holds them would vouch for another case than the one shown.
    from casefile.store import replay

    untracked = replay.untracked_changes(session)
    if untracked:
        raise InvalidInput.of("seal.cannot_sealed_run", problem=untracked[0])
    seq, head = audit.head(session)
    when = (now or dt.datetime.now(dt.UTC)).replace(microsecond=0)
    values: dict[str, Any] = {
        "id": str(uuid.uuid4()),
        "case_id": incidents[0],
        "seq": seq,
        "head": head,
        "state": state,
        "comment": comment,
        "signer": key.public.name,
        "public_key": key.public.key_text,
        "sealed_at": when,
    }
    values["signature"] = base64.b64encode(key.sign(payload(values))).decode("ascii")
    session.execute(sa.insert(table_of(Seal)).values(**values))
    logged = {name: [None, values[name]] for name in LOGGED}
    audit.append(session, actor, [("seal", "seal", values["id"], logged)], at=when)
    return str(values["id"])


# -- verifying -------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class SealReport:
    """What verify() found: each seal, problems (exit 1), warnings, and what no seal covers."""

    seals: tuple[SealRecord, ...]
    problems: tuple[str, ...]
    warnings: tuple[str, ...]
    #: every audit entry but the seals' own: (seq, actor)
    changes: tuple[tuple[int, str], ...]
    #: what the file is a release copy of, if it is one
    release: ReleaseRecord | None = None

    def changes_after(self, seq: int) -> list[tuple[int, str]]:
        return [change for change in self.changes if change[0] > seq]

    @property
    def uncovered(self) -> list[tuple[int, str]]:
        """The changes after the latest seal: what no seal covers."""
        if not self.seals:
            return []
        return self.changes_after(max(_covered_up_to(s) for s in self.seals))


@dataclasses.dataclass(frozen=True)
class _Entry:
    seq: int
    id: str
    hash: str
    at: dt.datetime
    actor: str
    action: str
    entity_id: str
    changes: str
    hlc: int
    parent: str
    withheld: bool


def _entry(row: Sequence[Any]) -> _Entry:
    """An entry from its row, the columns in _Entry's order (withheld read as a flag)."""
    seq, entry_id, digest, at, actor, action, entity_id, changes, hlc, parent, withheld = row
    return _Entry(
        seq, entry_id, digest, at, actor, action, entity_id, changes, hlc, parent, bool(withheld)
    )


def _entries(session: Session) -> list[_Entry]:
    """Every entry, with its values only where it records a seal (the rest are not read:
    an imported case's log holds tens of thousands)."""
    log = table_of(ChangeLog).c
    values = sa.case((log.action == "seal", log.changes), else_="")
    query = sa.select(
        log.seq, log.id, log.hash, log.at, log.actor, log.action, log.entity_id, values,
        log.hlc, log.parent, log.withheld,
    ).order_by(log.seq)  # fmt: skip
    return [_entry(row) for row in session.execute(query)]


def _signature_ok(row: dict[str, Any], public: PublicKey | None) -> bool:
    if public is None:
        return False
    try:
        signature = base64.b64decode(row["signature"], validate=True)
    except (binascii.Error, ValueError):
        return False
    return public.verify(signature, payload(row))


def _public(row: dict[str, Any]) -> PublicKey | None:
    try:
        raw = base64.b64decode(row["public_key"], validate=True)
    except (binascii.Error, ValueError):
        return None
    return PublicKey(row["signer"], raw) if len(raw) == 32 else None


def _logged_values(entry: _Entry) -> dict[str, Any] | None:
    try:
        changes = json.loads(entry.changes)
        return {name: changes[name][1] for name in LOGGED}
    except (ValueError, TypeError, KeyError, IndexError):
        return None


def verify(session: Session, keys: Keys, *, chain_ok: bool = True) -> SealReport:
    """Every seal checked against the file as it now is (see the module's docstring).
    `chain_ok`: the audit chain verified; where it did not, its finding says more than
    the steps back in time an edited entry makes."""
    table = table_of(Seal)
    rows = [dict(r) for r in session.execute(sa.select(table).order_by(table.c.seq)).mappings()]
    entries = _entries(session)
    facts = _SealFacts.read(session, keys, entries, total=len(rows))
    problems: list[str] = []
    warnings: list[str] = []
    records: list[SealRecord] = []
    intact_before = 0  # the newest entry an intact seal signed: history up to it is sound
    for number, row in enumerate(rows, 1):
        record, found, warned = _check_seal(facts, number, row, intact_before)
        if record.history_intact and record.signature_ok:
            intact_before = max(intact_before, row["seq"])
        records.append(record)
        problems += found
        warnings += warned
    released_before = audit.withheld_before(session)
    problems += _removed_seals(facts.seal_entries, {row["id"] for row in rows}, released_before)
    release, release_problems = _release(session, records, entries, released_before)
    problems += release_problems
    back_dated, reported = _back_dated(records, facts.by_seq, entries)
    problems += back_dated
    if chain_ok:
        warnings += _clock_steps(entries, reported)
    changes = tuple((e.seq, e.actor) for e in entries if e.action != "seal")
    return SealReport(tuple(records), tuple(problems), tuple(warnings), changes, release)


@dataclasses.dataclass(frozen=True)
class _SealFacts:
    """What each seal is checked against, read once for all of them: the log's entries
    by number, each seal's own entry by the seal's id, the case's incident id, the keys
    trusted here with their names, and how many seals there are."""

    by_seq: dict[int, _Entry]
    seal_entries: dict[str, _Entry]
    incidents: set[str]
    trusted: dict[bytes, str]
    total: int

    @classmethod
    def read(
        cls, session: Session, keys: Keys, entries: Sequence[_Entry], *, total: int
    ) -> _SealFacts:
        return cls(
            by_seq={e.seq: e for e in entries},
            seal_entries={e.entity_id: e for e in entries if e.action == "seal"},
            incidents=set(session.execute(sa.select(table_of(Incident).c.id)).scalars()),
            trusted=keys.trusted_names() if total else {},
            total=total,
        )


def _check_seal(
    facts: _SealFacts, number: int, row: dict[str, Any], intact_before: int
) -> tuple[SealRecord, list[str], list[str]]:
    """One seal checked: its record, its problems and its warnings. `intact_before`:
    the newest entry an earlier intact seal signed (where a rewrite can have begun)."""
    public = _public(row)
    fingerprint = public.fingerprint if public is not None else "unreadable key"
    label = Words(
        "seal_check.label",
        number=number,
        total=facts.total,
        who=_who(row),
        when=_when_text(row["sealed_at"]),
    )
    signature_ok = _signature_ok(row, public)
    problems: list[str] = []
    if not signature_ok:
        problems.append(Words("seal_check.signature_fails", label=label))
    if row["case_id"] not in facts.incidents:
        problems.append(Words("seal_check.other_case", label=label, case_id=row["case_id"]))
    signed = facts.by_seq.get(row["seq"])
    intact = signed is not None and signed.hash == row["head"]
    if not intact:
        problems.append(_rewritten(label, row, intact_before))
    own = facts.seal_entries.get(row["id"])
    problems += _entry_problems(label, row, own)
    trusted_as = facts.trusted.get(public.key) if public is not None else None
    warnings = _trust_warnings(label, row, public, fingerprint, trusted_as)
    record = SealRecord(
        id=row["id"],
        number=number,
        seq=row["seq"],
        entry_seq=own.seq if own is not None else None,
        head=row["head"],
        state=row["state"],
        comment=row["comment"],
        signer=row["signer"],
        fingerprint=fingerprint,
        sealed_at=row["sealed_at"],
        signature_ok=signature_ok,
        history_intact=intact,
        trusted_as=trusted_as,
    )
    return record, problems, warnings


def _rewritten(label: Words, row: dict[str, Any], intact_before: int) -> Words:
    """The problem of a seal whose signed state the log no longer holds, with where the
    rewrite lies."""
    where = (
        Words("seal_check.rewritten_between", first=intact_before + 1, last=row["seq"])
        if intact_before
        else Words("seal_check.rewritten_before", seq=row["seq"])
    )
    return Words(
        "seal_check.rewritten", label=label, head=row["head"][:16], seq=row["seq"], where=where
    )


def _entry_problems(label: Words, row: dict[str, Any], own: _Entry | None) -> list[str]:
    """The seal against its own audit entry: missing (added outside casefile), or not
    matching it (one of the two edited)."""
    if own is None:
        return [Words("seal_check.no_entry", label=label)]
    if own.seq <= row["seq"] or _logged_values(own) != {n: row[n] for n in LOGGED}:
        return [Words("seal_check.entry_differs", label=label, seq=own.seq)]
    return []


def _trust_warnings(
    label: Words,
    row: dict[str, Any],
    public: PublicKey | None,
    fingerprint: str,
    trusted_as: str | None,
) -> list[str]:
    """A seal signed by a key not trusted here, or by a trusted key under another name."""
    if public is not None and trusted_as is None:
        return [Words("seal_check.untrusted", label=label, fingerprint=fingerprint)]
    if trusted_as is not None and trusted_as != row["signer"]:
        said = Words(
            "seal_check.other_name", label=label, signer=row["signer"], trusted_as=trusted_as
        )
        return [said]
    return []


def _removed_seals(
    seal_entries: dict[str, _Entry], logged_ids: set[str], released_before: int
) -> list[str]:
    """Seals the audit log records that the file no longer holds (those a release copy
    withheld excepted)."""
    return [
        Words("seal_check.removed", seq=entry.seq, seal_id=seal_id)
        for seal_id, entry in seal_entries.items()
        if seal_id not in logged_ids and not (entry.withheld and entry.seq < released_before)
    ]


def _release(
    session: Session,
    seals: Sequence[SealRecord],
    entries: Sequence[_Entry],
    released_before: int,
) -> tuple[ReleaseRecord | None, list[str]]:
    """What a release copy's manifest says, checked: sealed by its releaser, and
    accounting for every entry whose values the copy withholds."""
    found = audit.release_manifest(session)
    if found is None:
        return None, []
    seq, manifest = found
    problems: list[str] = []
    sealed = [s for s in seals if s.state == RELEASED and s.seq == seq]
    seal = sealed[-1] if sealed else None
    if seal is None or not (seal.signature_ok and seal.history_intact):
        problems.append(Words("seal_check.release_unsealed", seq=seq))
    withheld = manifest.get("withheld")
    counted = withheld.get("entry_values") if isinstance(withheld, dict) else None
    actual = sum(1 for e in entries if e.withheld and e.seq < released_before)
    if counted != actual:
        problems.append(Words("seal_check.release_count", counted=counted, actual=actual))
    incident = session.execute(sa.select(table_of(Incident))).mappings().first()
    record = ReleaseRecord(
        case_title=incident["title"] if incident is not None else "",
        case_reference=incident["reference"] if incident is not None else "",
        source_state=str(manifest.get("source_state", "")),
        released_by=seal.signer if seal is not None else "",
        released_at=seal.sealed_at if seal is not None else None,
        trusted_as=seal.trusted_as if seal is not None else None,
        redacted_internal=bool(manifest.get("redacted_internal")),
        withheld=withheld if isinstance(withheld, dict) else {},
        verified=not problems,
    )
    return record, problems


def _who(row: dict[str, Any]) -> Words:
    state = row["state"]
    code = f"seal_state.{state}"
    said = Words(code) if code in TEXTS else state
    return Words("seal_check.who", state=said, signer=row["signer"])


def _when_text(at: dt.datetime) -> str:
    return at.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")


def _back_dated(
    seals: Sequence[SealRecord], by_seq: dict[int, _Entry], entries: Sequence[_Entry]
) -> tuple[list[str], set[int]]:
    """Entries on a seal's line of history after it whose clock time is before the
    seal's: the findings, and the entries they name.

    A seal covers its line: what follows it there (its descendants by `parent`) cannot
    come before it. Entries a merge brought in from another copy's line keep their own
    times and are judged on their own line (audit.verify), so they are counted as
    changes no seal covers, not as back-dated."""
    found: list[str] = []
    reported: set[int] = set()
    for seal in seals:
        own = by_seq.get(seal.entry_seq) if seal.entry_seq is not None else None
        if own is None:
            continue
        line = {own.id}
        early = []
        for entry in entries:
            if entry.seq <= own.seq or entry.parent not in line:
                continue
            line.add(entry.id)
            if entry.hlc < own.hlc and entry.seq not in reported:
                early.append(entry)
        reported.update(e.seq for e in early)
        for entry in early[:MAX_NAMED]:
            found.append(
                Words(
                    "seal_check.back_dated",
                    seq=entry.seq,
                    actor=entry.actor,
                    number=seal.number,
                    sealed=_when_text(audit.clock_instant(own.hlc)),
                    clock=_when_text(audit.clock_instant(entry.hlc)),
                )
            )
        if len(early) > MAX_NAMED:
            more = len(early) - MAX_NAMED
            found.append(Words("seal_check.more_back_dated", count=more, number=seal.number))
    return found, reported


def _clock_steps(entries: Sequence[_Entry], reported: set[int]) -> list[str]:
    """Entries whose wall-clock time is before that of the entry they follow on their
    line, where no seal is crossed (a laptop's clock set back): a warning, since the
    hybrid clock keeps the line in order."""
    at = {e.id: e.at for e in entries}
    steps = [e for e in entries if e.parent in at and e.at < at[e.parent] and e.seq not in reported]
    if not steps:
        return []
    first = steps[0]
    said = Words(
        "seal_check.clock_back_one" if len(steps) == 1 else "seal_check.clock_back",
        count=len(steps),
        seq=first.seq,
        at=_when_text(first.at),
    )
    return [said]


def _covered_up_to(seal: SealRecord) -> int:
    """The last entry a seal accounts for: its own audit entry (or, without one, the
    entry it signed)."""
    return seal.entry_seq if seal.entry_seq is not None else seal.seq


def review_state(report: SealReport) -> ReviewState | None:
    """The case's review state: its latest seal with a state, and what came after it."""
    stated = sorted((s for s in report.seals if s.state), key=_covered_up_to)
    if not stated:
        return None
    latest = stated[-1]
    submissions = [s for s in stated[:-1] if s.state == "submitted"]
    return ReviewState(
        state=latest.state,
        signer=latest.signer,
        sealed_at=latest.sealed_at,
        head=latest.head,
        changes_since=len(report.changes_after(_covered_up_to(latest))),
        trusted=latest.trusted_as is not None,
        verified=latest.signature_ok and latest.history_intact,
        own_submission=latest.state == "approved"
        and bool(submissions)
        and submissions[-1].fingerprint == latest.fingerprint,
    )
