"""Seals (issue 24): what `check` says of a sealed case, and the forgeries it now catches.

The forgeries are written as an attacker would write them: sqlite3 and hashlib on the
file, every hash of the chain recomputed, nothing of casefile's own code used.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from casefile.store import CaseFile, InvalidInput, Keys

KYIV = dt.datetime(2025, 11, 13, 23, 0, tzinfo=dt.UTC)


@pytest.fixture
def author(tmp_path: Path) -> Keys:
    keys = Keys(tmp_path / "author-keys")
    keys.create("A. Officer")
    return keys


@pytest.fixture
def reviewer(tmp_path: Path, author: Keys) -> Keys:
    """The reviewer's keys: their own, and the author's trusted."""
    keys = Keys(tmp_path / "reviewer-keys")
    keys.create("R. Mustafayev")
    author.export(tmp_path / "author.pub")
    keys.trust(tmp_path / "author.pub")
    return keys


@pytest.fixture
def sealed(tmp_path: Path, author: Keys) -> Path:
    """A small case, submitted by its author (a seal), as the reviewer receives it."""
    path = tmp_path / "sealed.casefile"
    with CaseFile.create(path, title="Strike on the embassy", actor="a.officer") as case:
        party = case.add("party", name="Ambassador Huseynov")
        case.add("damage_item", title="Perimeter wall", estimated_cost=1_250_000, currency="EUR")
        case.add("note", title="Note verbale", body="The ministry protests.", party_ids=[party.id])
        case.seal(author.unlock(None), state="submitted", comment="ready for review")
    return path


def check(path: Path, keys: Keys):
    with CaseFile.open(path, read_only=True) as case:
        return case.check_result(keys)


def messages(result) -> list[str]:
    return [p.message for p in result.problems]


# -- the attacker's tools: sqlite3 and hashlib -------------------------------------------


def canonical(value: object) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def link_hash(row: dict) -> str:
    at = dt.datetime.fromisoformat(row["at"]).replace(tzinfo=dt.UTC).isoformat()
    fields = [row["prev_hash"], row["seq"], row["id"], at, row["actor"], row["action"],
              row["entity"], row["entity_id"], row["changes_digest"]]  # fmt: skip
    if row["device"]:
        fields += [row["device"], row["hlc"], row["parent"]]
    return hashlib.sha256(canonical(fields).encode()).hexdigest()


def rehash_from(conn: sqlite3.Connection, first_seq: int) -> None:
    """Recompute every entry's hash from `first_seq` on, and the recorded head."""
    conn.row_factory = sqlite3.Row
    prev = conn.execute("SELECT hash FROM change_log WHERE seq = ?", (first_seq - 1,)).fetchone()
    prev_hash = prev["hash"] if prev else "0" * 64
    rows = conn.execute("SELECT * FROM change_log WHERE seq >= ? ORDER BY seq", (first_seq,))
    for row in [dict(r) for r in rows]:
        row["prev_hash"] = prev_hash
        row["changes_digest"] = hashlib.sha256(
            canonical(json.loads(row["changes"])).encode()
        ).hexdigest()
        row["hash"] = link_hash(row)
        conn.execute(
            "UPDATE change_log SET prev_hash = ?, changes_digest = ?, hash = ? WHERE seq = ?",
            (row["prev_hash"], row["changes_digest"], row["hash"], row["seq"]),
        )
        prev_hash = row["hash"]
        last = row["seq"]
    conn.execute(
        "UPDATE case_meta SET value = ? WHERE key = 'audit_head'", (f"{last}:{prev_hash}",)
    )
    conn.row_factory = None


@pytest.fixture
def attacker(sealed: Path) -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(sealed, isolation_level=None)
    conn.execute("BEGIN")
    yield conn
    conn.execute("COMMIT")
    conn.close()


def append_entry(
    conn: sqlite3.Connection,
    actor: str,
    at: dt.datetime | None,
    *,
    parent_seq: int | None = None,
) -> int:
    """A new title for the damage item, in the table and as a well-chained entry made at
    `at` (its clock time too), following the newest entry or the entry `parent_seq`; at
    None: just after that entry, in its time."""
    item_id, title = conn.execute("SELECT id, title FROM damage_item").fetchone()
    conn.execute("UPDATE damage_item SET title = 'Wall (minor)' WHERE id = ?", (item_id,))
    (seq,) = conn.execute("SELECT max(seq) FROM change_log").fetchone()
    parent, device, parent_at, parent_clock = conn.execute(
        "SELECT id, device, at, hlc FROM change_log WHERE seq = ?", (parent_seq or seq,)
    ).fetchone()
    changes = canonical({"title": [title, "Wall (minor)"]})
    if at is None:
        at = dt.datetime.fromisoformat(parent_at).replace(tzinfo=dt.UTC)
        clock = parent_clock + 1
    else:
        clock = (at - dt.datetime(1970, 1, 1, tzinfo=dt.UTC)) // dt.timedelta(milliseconds=1) << 16
    conn.execute(
        "INSERT INTO change_log (id, seq, at, actor, action, entity, entity_id, changes, "
        "changes_digest, withheld, prev_hash, hash, device, hlc, parent) VALUES (?, ?, ?, ?, "
        "'update', 'damage_item', ?, ?, '', 0, '', '', ?, ?, ?)",
        (str(uuid.uuid4()), seq + 1, at.strftime("%Y-%m-%d %H:%M:%S.000000"), actor, item_id,
         changes, device, clock, parent),
    )  # fmt: skip
    rehash_from(conn, seq + 1)
    return seq + 1


# -- a sound seal ---------------------------------------------------------------------------


def test_a_sealed_case_checks_out(sealed: Path, reviewer: Keys) -> None:
    result = check(sealed, reviewer)
    assert result.problems == () and result.warnings == () and result.uncovered == ()
    [seal] = result.seals
    assert (seal.state, seal.signer, seal.comment) == (
        "submitted",
        "A. Officer",
        "ready for review",
    )
    assert seal.signature_ok and seal.history_intact and seal.trusted_as == "A. Officer"
    assert result.review is not None
    assert result.review.sentence().startswith("Submitted by A. Officer on ")
    with CaseFile.open(sealed, read_only=True) as case:
        assert seal.head == case.audit_log(limit=2)[1].hash  # it signed the head before it


def test_an_untrusted_signer_is_a_warning(sealed: Path, tmp_path: Path) -> None:
    stranger = Keys(tmp_path / "stranger")
    result = check(sealed, stranger)
    assert result.problems == ()
    [warning] = result.warnings
    assert "not trusted here" in warning.message
    assert result.seals[0].fingerprint in warning.message


def test_changes_after_a_seal_are_counted(sealed: Path, reviewer: Keys) -> None:
    with CaseFile.open(sealed, actor="a.officer") as case:
        case.add("party", name="Consul")
        case.update("party", case.ids("party")[0], role="witness")
        assert case.review_state(reviewer).changes_since == 2
        assert case.review_state(reviewer).sentence().endswith("; 2 changes since")
    result = check(sealed, reviewer)
    assert result.problems == ()
    assert [actor for _, actor in result.uncovered] == ["a.officer", "a.officer"]


def test_approving_ones_own_submission_is_shown_as_such(sealed: Path, author: Keys) -> None:
    with CaseFile.open(sealed, actor="a.officer") as case:
        case.seal(author.unlock(None), state="approved")
        state = case.review_state(author)
    assert state is not None and state.own_submission
    assert "(their own submission)" in state.sentence()


def test_a_broken_chain_cannot_be_sealed(sealed: Path, author: Keys) -> None:
    conn = sqlite3.connect(sealed)
    conn.execute("UPDATE change_log SET actor = 'someone' WHERE seq = 2")
    conn.commit()
    conn.close()
    with (
        CaseFile.open(sealed, actor="x") as case,
        pytest.raises(InvalidInput, match="cannot be sealed"),
    ):
        case.seal(author.unlock(None), state="approved")


def test_a_state_that_is_none_is_refused(sealed: Path, author: Keys) -> None:
    with (
        CaseFile.open(sealed, actor="x") as case,
        pytest.raises(InvalidInput, match="review state"),
    ):
        case.seal(author.unlock(None), state="rubber-stamped")


# -- the forgeries --------------------------------------------------------------------------


def test_an_entry_appended_in_another_name_is_reported(
    sealed: Path, reviewer: Keys, attacker: sqlite3.Connection
) -> None:
    """The chain is sound and so is the seal, but no signature covers the entry: check
    names it, and whose name it bears."""
    seq = append_entry(attacker, "R. Mustafayev", dt.datetime.now(dt.UTC) + dt.timedelta(hours=1))
    attacker.execute("COMMIT")
    attacker.execute("BEGIN")
    result = check(sealed, reviewer)
    assert result.problems == ()
    assert result.uncovered == ((seq, "R. Mustafayev"),)
    assert result.review is not None and result.review.changes_since == 1


def test_a_back_dated_entry_is_a_finding(
    sealed: Path, reviewer: Keys, attacker: sqlite3.Connection
) -> None:
    seq = append_entry(attacker, "a.officer", dt.datetime(2025, 11, 1, tzinfo=dt.UTC))
    attacker.execute("COMMIT")
    attacker.execute("BEGIN")
    found = [p.message for p in check(sealed, reviewer).problems if p.area == "seals"]
    assert len(found) == 1
    assert f"audit entry {seq} (by a.officer) follows seal 1" in found[0]
    assert "back-dated" in found[0]


def test_an_entry_from_another_line_is_judged_on_its_own_line(
    sealed: Path, reviewer: Keys, attacker: sqlite3.Connection
) -> None:
    """An entry following one made before the seal (as a merge brings in a colleague's
    edit of an earlier copy) may be older than the seal: it is a change no seal covers."""
    seq = append_entry(attacker, "colleague", None, parent_seq=2)
    clocks = dict(attacker.execute("SELECT action, hlc FROM change_log WHERE seq >= ?", (seq - 1,)))
    assert clocks["update"] < clocks["seal"]
    attacker.execute("COMMIT")
    attacker.execute("BEGIN")
    result = check(sealed, reviewer)
    assert result.problems == ()
    assert result.uncovered == ((seq, "colleague"),)


def test_a_rewritten_and_rehashed_history_is_a_finding(
    sealed: Path, reviewer: Keys, attacker: sqlite3.Connection
) -> None:
    """The ambassador's name changed where it was first written, in the table too, and
    every hash after it recomputed: the chain verifies, the seal's head is gone."""
    party_id, seq, changes = attacker.execute(
        "SELECT entity_id, seq, changes FROM change_log WHERE entity = 'party'"
    ).fetchone()
    changes = json.loads(changes)
    changes["name"][1] = "Someone else"
    attacker.execute("UPDATE change_log SET changes = ? WHERE seq = ?", (canonical(changes), seq))
    attacker.execute("UPDATE party SET name = 'Someone else' WHERE id = ?", (party_id,))
    rehash_from(attacker, seq)
    attacker.execute("COMMIT")
    attacker.execute("BEGIN")
    result = check(sealed, reviewer)
    with CaseFile.open(sealed, read_only=True) as case:
        assert case.verify_audit().ok  # what check said before seals: "ok"
    [finding] = messages(result)
    assert "the sealed history was rewritten" in finding
    assert f"audit entry {result.seals[0].seq}" in finding
    assert not result.seals[0].history_intact


def test_a_seal_whose_state_was_changed_fails_its_signature(
    sealed: Path, reviewer: Keys, attacker: sqlite3.Connection
) -> None:
    """Submitted made into approved, in the seal and in its (re-hashed) audit entry."""
    attacker.execute("UPDATE seal SET state = 'approved'")
    (seq, changes) = attacker.execute(
        "SELECT seq, changes FROM change_log WHERE action = 'seal'"
    ).fetchone()
    changes = json.loads(changes)
    changes["state"][1] = "approved"
    attacker.execute("UPDATE change_log SET changes = ? WHERE seq = ?", (canonical(changes), seq))
    rehash_from(attacker, seq)
    attacker.execute("COMMIT")
    attacker.execute("BEGIN")
    [finding] = messages(check(sealed, reviewer))
    assert "its signature fails" in finding


@pytest.mark.parametrize(
    ("statement", "says"),
    [
        ("UPDATE seal SET signature = substr(signature, 1, 40)", "its signature fails"),
        ("UPDATE seal SET signature = 'not base64!'", "its signature fails"),
        ("UPDATE seal SET public_key = 'AAAA'", "its signature fails"),
        ("DELETE FROM seal", "the seal was removed"),
        ("UPDATE seal SET comment = 'approved by all'", "its signature fails"),
    ],
)
def test_a_tampered_seal_is_a_finding(
    sealed: Path, reviewer: Keys, attacker: sqlite3.Connection, statement: str, says: str
) -> None:
    attacker.execute(statement)
    attacker.execute("COMMIT")
    attacker.execute("BEGIN")
    found = messages(check(sealed, reviewer))
    assert found and any(says in f for f in found), found


def test_a_seal_from_another_case_is_a_finding(
    sealed: Path, reviewer: Keys, author: Keys, tmp_path: Path
) -> None:
    """The same history under another incident: the seal names the first case."""
    other = tmp_path / "other.casefile"
    shutil.copyfile(sealed, other)
    conn = sqlite3.connect(other)
    conn.execute("UPDATE incident SET id = ?", (str(uuid.uuid4()),))
    conn.commit()
    conn.close()
    found = messages(check(other, reviewer))
    assert any("was made on another case" in f for f in found), found


def test_a_case_changed_outside_casefile_cannot_be_sealed(sealed: Path, author: Keys) -> None:
    conn = sqlite3.connect(sealed)
    conn.execute("UPDATE party SET name = 'Someone else'")
    conn.commit()
    conn.close()
    with CaseFile.open(sealed, actor="x") as case:
        with pytest.raises(InvalidInput, match="cannot be sealed: party .* changed outside"):
            case.seal(author.unlock(None), state="approved")
        assert len(case.seals()) == 1
