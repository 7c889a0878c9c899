"""The audit log: every change, hash-chained so that tampering shows.

The chain covers digests of the values, not the values, so that a copy shared
outside can withhold the text of deleted items and still verify.

Each entry has an identity that travels with it between copies of a case (docs/merge.md):
its id (a UUID), the device that made it (store/device.py), its parent (the entry before
it where it was made) and a hybrid logical clock time `hlc`: physical milliseconds times
65,536 plus a counter, always above its parent's, so that a line of history goes forward
in that clock even when the wall clock steps back. A merge copies another copy's
entries into this chain with their identity; `seq` and the hashes are this file's own.
Entries written before these fields existed (device "") have them derived from the
chain by migration 0004, and `verify` derives them again.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import threading
from collections.abc import Iterable
from json.encoder import encode_basestring
from typing import Any, cast

import sqlalchemy as sa
from sqlalchemy.orm import Session

from casefile.store import bulk
from casefile.store.error_texts import TEXTS
from casefile.store.models import CaseMeta, ChangeLog, table_of
from casefile.store.records import AuditVerdict, ChangeRecord, FieldChange

GENESIS = "0" * 64
#: Low bits of a clock time that count entries within one millisecond.
CLOCK_COUNTER_BITS = 16
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
FINGERPRINT_LENGTH = 16  # hex digits of the head printed as the case's fingerprint


_CANONICAL = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def canonical(value: Any) -> str:
    """One spelling per value: what the chain hashes (one shared encoder: dumps() with
    options builds a new encoder on every call, which dominated large imports)."""
    return _CANONICAL.encode(value)


def text_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def changes_digest(changes: dict[str, list[Any]]) -> str:
    """What the chain covers for an entry's values. Stored beside them, so that a shared
    copy can withhold the values of deleted items and its chain still verifies."""
    return text_digest(canonical(changes))


def instant_text(at: dt.datetime) -> str:
    """How an entry's time is spelled in its hash."""
    return at.astimezone(dt.UTC).isoformat()


def millis(at: dt.datetime) -> int:
    """An instant as whole milliseconds since 1970 (exact: no float on the way)."""
    return (at.astimezone(dt.UTC) - _EPOCH) // dt.timedelta(milliseconds=1)


def clock_after(parent_clock: int, physical_ms: int) -> int:
    """The hybrid clock time of an entry made at `physical_ms` after its parent's time
    (-1 for a first entry): the wall clock where it is ahead, else one tick on."""
    return max(parent_clock + 1, physical_ms << CLOCK_COUNTER_BITS)


def clock_parts(clock: int) -> tuple[int, int]:
    """(physical milliseconds, counter) of a hybrid clock time."""
    return clock >> CLOCK_COUNTER_BITS, clock & ((1 << CLOCK_COUNTER_BITS) - 1)


def clock_instant(clock: int) -> dt.datetime:
    """The wall-clock instant (UTC) a hybrid clock time stands for."""
    return _EPOCH + dt.timedelta(milliseconds=clock_parts(clock)[0])


def entry_hash(
    prev_hash: str,
    seq: int,
    entry_id: str,
    at: str,
    actor: str,
    action: str,
    entity: str,
    entity_id: str,
    digest: str,
    identity: tuple[str, int, str] | None = None,
) -> str:
    """The entry's link in the chain; `at` as spelled by instant_text.

    It hashes canonical([prev_hash, seq, entry_id, at, actor, action, entity,
    entity_id, digest]) and, for an entry with a device, the list extended by its
    `identity` (device, hlc, parent); spelled here string by string with the encoder's
    own string escaping: the same text (tests/store/test_audit.py) at half the cost of
    encoding the list, which an import pays once per entry."""
    e = encode_basestring
    try:
        if type(seq) is not int:
            raise TypeError(seq)
        text = (
            f"[{e(prev_hash)},{seq},{e(entry_id)},{e(at)},{e(actor)},{e(action)},"
            f"{e(entity)},{e(entity_id)},{e(digest)}"
        )
        if identity is not None:
            device, clock, parent = identity
            if type(clock) is not int:
                raise TypeError(clock)
            text += f",{e(device)},{clock},{e(parent)}"
        text += "]"
    except TypeError:  # a value no writer stores (a hand-edited file): hashed as JSON spells it
        fields = [prev_hash, seq, entry_id, at, actor, action, entity, entity_id, digest]
        if identity is not None:
            fields += list(identity)
        text = canonical(fields)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


#: case_meta key holding "seq:hash" of the newest entry, so deleting the newest
#: entries (which leaves a valid, shorter chain) is noticed too.
HEAD_KEY = "audit_head"


def _record_head(session: Session, seq: int, digest: str) -> None:
    table = table_of(CaseMeta)
    value = f"{seq}:{digest}"
    update = sa.update(table).where(table.c.key == HEAD_KEY).values(value=value)
    if not cast(sa.CursorResult[Any], session.execute(update)).rowcount:
        session.execute(sa.insert(table).values(key=HEAD_KEY, value=value))


def head(session: Session) -> tuple[int, str]:
    log = table_of(ChangeLog).c
    row = session.execute(sa.select(log.seq, log.hash).order_by(log.seq.desc()).limit(1)).first()
    return (0, GENESIS) if row is None else (row[0], row[1])


def head_entry(session: Session) -> tuple[int, str, str, int]:
    """(seq, hash, id, hlc) of the newest entry; (0, GENESIS, "", -1) for an empty log."""
    log = table_of(ChangeLog).c
    row = session.execute(
        sa.select(log.seq, log.hash, log.id, log.hlc).order_by(log.seq.desc()).limit(1)
    ).first()
    return (0, GENESIS, "", -1) if row is None else (row[0], row[1], row[2], row[3])


#: Bits of a version 7 id after its 48-bit time that order ids within one millisecond:
#: 12 of rand_a and 62 of rand_b (between them the version and variant bits).
_ID_COUNTER_BITS = 74
_id_lock = threading.Lock()
_last_id_key = -1  # (millis << _ID_COUNTER_BITS | counter) of the last id this process made


def _random_counter_start() -> int:
    """Where a batch's counter starts: 71 random bits, leaving room to count up."""
    return int.from_bytes(os.urandom(9), "big") >> 1


def entry_ids(count: int, at: dt.datetime) -> list[str]:
    """Ids for a batch of entries: UUID version 7 (RFC 9562), the batch's time (whole
    seconds, as its entries carry) in the first 48 bits, then a counter from a random
    start. The counter is monotonic within the process (RFC 9562 section 6.2): a batch
    made in the same second as the one before (or after the clock stepped back) counts
    on from that batch's last id, so one write's ids sort in its `seq` order even when
    it appends several batches (an import); across processes only `seq` does. It counts
    on by a random step (the standard's second method), so processes that share this
    state (forked from one that had written) still never make the same id.

    Version 4 ids scattered an import's 34,000 entries across the id index, and each
    uuid4() is a system call for 16 random bytes: together a tenth of the import.
    """
    global _last_id_key
    millis = int(at.timestamp() * 1000) & (1 << 48) - 1
    start = _random_counter_start()
    step = 1 + int.from_bytes(os.urandom(4), "big")
    with _id_lock:
        first = max(millis << _ID_COUNTER_BITS | start, _last_id_key + step)
        _last_id_key = first + count - 1
    ids = []
    for key in range(first, first + count):
        stamp, n = key >> _ID_COUNTER_BITS & (1 << 48) - 1, key & (1 << _ID_COUNTER_BITS) - 1
        rand_a, rand_b = n >> 62, n & (1 << 62) - 1
        h = f"{stamp << 80 | 0x7 << 76 | rand_a << 64 | 0b10 << 62 | rand_b:032x}"
        ids.append(f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}")  # str(uuid.UUID)
    return ids


def append(
    session: Session,
    actor: str,
    entries: Iterable[tuple[str, str, str, dict[str, list[Any]]]],
    *,
    at: dt.datetime | None = None,
    device: str | None = None,
    clock_floor: int = -1,
) -> None:
    """Write (action, entity, entity_id, changes) entries in the caller's transaction,
    made by `device` (this account's, store/device.py, unless given), with clock times
    after `clock_floor` too (a merge's: after every entry of both copies)."""
    if device is None:
        from casefile.store.device import device_id

        device = device_id()
    seq, prev, parent, clock = head_entry(session)
    clock = max(clock, clock_floor)
    now = at or dt.datetime.now(dt.UTC)
    physical = millis(now)
    when = now.replace(microsecond=0)
    entries = list(entries)
    when_text = instant_text(when)  # one spelling for the whole batch
    rows = []
    for entry_id, (action, entity, entity_id, changes) in zip(
        entry_ids(len(entries), when), entries, strict=True
    ):
        seq += 1
        clock = clock_after(clock, physical)
        text = canonical(changes)
        digest = text_digest(text)  # changes_digest(changes), reusing the encoded text
        identity = (device, clock, parent)
        digest_hash = entry_hash(
            prev, seq, entry_id, when_text, actor, action, entity, entity_id, digest, identity
        )
        rows.append(
            {
                "id": entry_id,
                "seq": seq,
                "at": when,
                "actor": actor,
                "action": action,
                "entity": entity,
                "entity_id": entity_id,
                "changes": text,
                "changes_digest": digest,
                "withheld": False,
                "prev_hash": prev,
                "hash": digest_hash,
                "device": device,
                "hlc": clock,
                "parent": parent,
            }
        )
        prev = digest_hash
        parent = entry_id
    if rows:
        bulk.insert_rows(session, table_of(ChangeLog), rows)
        _record_head(session, seq, prev)


def adopt(session: Session, entries: Iterable[dict[str, Any]]) -> None:
    """Append another copy's entries (ChangeLog rows, in that copy's order) to this chain:
    each keeps its id, time, device, clock time, parent and values; its place in the
    chain (`seq`, the hashes) is this file's."""
    seq, prev = head(session)
    out = []
    for entry in entries:
        seq += 1
        identity = (entry["device"], entry["hlc"], entry["parent"]) if entry["device"] else None
        digest_hash = entry_hash(
            prev,
            seq,
            entry["id"],
            instant_text(entry["at"]),
            entry["actor"],
            entry["action"],
            entry["entity"],
            entry["entity_id"],
            entry["changes_digest"],
            identity,
        )
        out.append({**entry, "seq": seq, "prev_hash": prev, "hash": digest_hash})
        prev = digest_hash
    if out:
        bulk.insert_rows(session, table_of(ChangeLog), out)
        _record_head(session, seq, prev)


#: The entity of the audit entry that holds a release copy's manifest (store/release.py).
RELEASE_ENTITY = "release"
RELEASE_FORMAT = "casefile-release"


def release_manifest(session: Session) -> tuple[int, dict[str, Any]] | None:
    """The newest release manifest in the log (a release copy's) with its entry's seq,
    or None."""
    log = table_of(ChangeLog).c
    row = session.execute(
        sa.select(log.seq, log.changes)
        .where(log.action == "release", log.entity == RELEASE_ENTITY)
        .order_by(log.seq.desc())
        .limit(1)
    ).first()
    if row is None:
        return None
    try:
        manifest = json.loads(row[1])["manifest"][1]
    except (ValueError, TypeError, KeyError, IndexError):
        return None
    if not isinstance(manifest, dict) or manifest.get("format") != RELEASE_FORMAT:
        return None
    return row[0], manifest


def withheld_before(session: Session) -> int:
    """Entries before this seq may have their values withheld: those a release copy's
    manifest (which comes after them) says it withholds; 0 in any other case."""
    found = release_manifest(session)
    if found is None:
        return 0
    seq, manifest = found
    bound = manifest.get("withheld_before")
    return bound if type(bound) is int and 0 < bound <= seq else 0


def verify(session: Session) -> AuditVerdict:
    """Walk the chain; name the first entry that does not follow from the one before."""
    prev = GENESIS
    expected_seq = 0
    count = 0
    clocks: dict[str, int] = {}  # entry id -> hlc, of the entries walked so far
    columns = table_of(ChangeLog).c
    # Values may be withheld only for items deleted later (a shared copy), or before a
    # release copy's manifest; the withheld flag is outside the hash, so this rule is
    # what protects it.
    released_before = withheld_before(session)
    last_delete = dict(
        session.execute(
            sa.select(columns.entity_id, sa.func.max(columns.seq))
            .where(columns.action == "delete")
            .group_by(columns.entity_id)
        ).all()
    )
    result = session.execute(sa.select(table_of(ChangeLog)).order_by(columns.seq))
    for row in result.mappings():
        count += 1
        expected_seq += 1
        seq = row["seq"]
        if seq != expected_seq:
            return _broken(count, seq, "missing", missing=expected_seq, seq=seq)
        if row["prev_hash"] != prev:
            return _broken(count, seq, "not_following", seq=seq, previous=seq - 1)
        if (
            row["withheld"]
            and last_delete.get(row["entity_id"], -1) < seq
            and seq >= released_before
        ):
            return _broken(count, seq, "withheld", **_entry(seq, row))
        if not row["withheld"]:
            try:
                changes = json.loads(row["changes"])
                digest = changes_digest(changes)
            except (ValueError, TypeError, AttributeError):
                digest = ""
            if digest != row["changes_digest"]:
                return _broken(count, seq, "digests", **_entry(seq, row))
        device, clock, parent = row["device"], row["hlc"], row["parent"]
        recomputed = entry_hash(
            prev,
            seq,
            row["id"],
            instant_text(row["at"]),
            row["actor"],
            row["action"],
            row["entity"],
            row["entity_id"],
            row["changes_digest"],
            (device, clock, parent) if device else None,
        )
        if recomputed != row["hash"]:
            return _broken(count, seq, "hash", **_entry(seq, row))
        line = _line_finding(seq, row["id"], device, clock, parent, row["at"], clocks)
        if line is not None:
            return _broken(count, seq, line[0], **line[1])
        clocks[row["id"]] = clock
        prev = row["hash"]
    recorded = session.get(CaseMeta, HEAD_KEY)
    if recorded is not None and recorded.value != f"{expected_seq}:{prev}":
        last = recorded.value.split(":", 1)[0]
        return _broken(count, expected_seq + 1, "cut", last_seq=expected_seq, recorded=last)
    return AuditVerdict(True, count, None, f"{count} entries, chain intact")


#: what can break the audit chain, by reason: its English, with the fields of each
#: (AuditVerdict.reason and .fields; the app translates them)
BREAKS = {
    code.removeprefix("chain."): text for code, text in TEXTS.items() if code.startswith("chain.")
}


def _broken(count: int, bad_seq: int, reason: str, /, **fields: Any) -> AuditVerdict:
    """The chain broken at entry `bad_seq` for `reason` (a key of BREAKS)."""
    return AuditVerdict(False, count, bad_seq, BREAKS[reason].format(**fields), reason, fields)


def _entry(seq: int, row: Any) -> dict[str, Any]:
    """The fields naming an entry and the item it changed."""
    return {"seq": seq, "entity": row["entity"], "entity_id": row["entity_id"]}


def _line_finding(
    seq: int,
    entry_id: str,
    device: str,
    clock: int,
    parent: str,
    at: dt.datetime,
    clocks: dict[str, int],
) -> tuple[str, dict[str, Any]] | None:
    """What is wrong with an entry's place on its line of history, or None: its parent
    must come before it in the chain and its clock time after its parent's. An entry
    written before entries had a device must have the clock time migration 0004 derived
    from its time and its parent's, which the hash does not cover."""
    if entry_id in clocks:
        return "repeated_id", {"seq": seq}
    if parent and parent not in clocks:
        return "parent_after", {"seq": seq, "parent": parent}
    parent_clock = clocks.get(parent, -1)
    if not device:
        if clock != clock_after(parent_clock, millis(at)):
            return "clock_not_derived", {"seq": seq}
    elif clock <= parent_clock:
        return "clock_before_parent", {"seq": seq}
    return None


def records(
    session: Session,
    *,
    entity_id: str | None = None,
    limit: int | None = None,
    before_seq: int | None = None,
) -> list[ChangeRecord]:
    """Newest first; `before_seq` pages on by key, so a long log never reads its head twice."""
    log = table_of(ChangeLog)
    query = sa.select(log).order_by(log.c.seq.desc())
    if before_seq is not None:
        query = query.where(log.c.seq < before_seq)
    if entity_id is not None:
        query = query.where(log.c.entity_id == entity_id)
    if limit is not None:
        query = query.limit(limit)
    out = []
    for row in session.execute(query).mappings().all():
        try:
            changes = json.loads(row["changes"])
            fields = tuple(FieldChange(k, v[0], v[1]) for k, v in sorted(changes.items()))
        except (ValueError, TypeError, IndexError, AttributeError):
            fields = (FieldChange("?", None, row["changes"]),)
        out.append(
            ChangeRecord(
                seq=row["seq"],
                id=row["id"],
                at=row["at"],
                actor=row["actor"],
                action=row["action"],
                entity=row["entity"],
                entity_id=row["entity_id"],
                changes=fields,
                prev_hash=row["prev_hash"],
                hash=row["hash"],
                withheld=bool(row["withheld"]),
                device=row["device"],
                hlc=row["hlc"],
                parent=row["parent"],
            )
        )
    return out


def withhold(session: Session, entity_ids: Iterable[str]) -> int:
    """Scrub the values of entries about these items (for a shared copy); the chain holds."""
    ids = list(entity_ids)
    log = table_of(ChangeLog)
    total = 0
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        result = session.execute(
            sa.update(log).where(log.c.entity_id.in_(chunk)).values(changes="{}", withheld=True)
        )
        total += cast(sa.CursorResult[Any], result).rowcount or 0
    return total
