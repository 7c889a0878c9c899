"""Any text a user may type or paste survives the API and the JSON round trip unchanged."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casefile.store import CaseFile, InvalidInput

# Every code point but lone surrogates (not text; refused below), NUL and controls included.
ANY_CHAR = st.characters(blacklist_categories=("Cs",))
SPECIAL = st.sampled_from(
    ["\x00", "\u200f", "\u202e", "\u200e", "<b>", "</b>", "&amp;", "&", "<img src=x>", "'", '"',
     "\\", "%", "_", "\r\n", "\ufeff", "😀", "Ə", "ﷺ", "\U0010ffff"]
)  # fmt: skip
PIECES = st.lists(st.one_of(st.text(ANY_CHAR, max_size=30), SPECIAL), max_size=8).map("".join)
# Long text cheaply: a short piece repeated up to ~100 KB.
LONG = st.builds(lambda piece, n: (piece * n)[:100_000], PIECES.filter(bool), st.integers(1, 5000))
TEXT = st.one_of(PIECES, LONG)

SETTINGS = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@SETTINGS
@given(name=TEXT, native=TEXT, role=TEXT)
def test_text_round_trips_through_the_api(
    empty_case: CaseFile, name: str, native: str, role: str
) -> None:
    party = empty_case.add("party", name="P" + name, native_name=native, role=role)
    assert (party.name, party.native_name, party.role) == ("P" + name, native, role)
    note = empty_case.add("note", title="N" + role, body=name + native, party_ids=[party.id])
    updated = empty_case.update("note", note.id, body=native + name)
    assert updated.body == native + name
    assert empty_case.get("note", note.id) == updated
    assert empty_case.get("party", party.id) == party
    empty_case.search(name)  # any text is a valid query
    log = empty_case.audit_log(entity_id=note.id)
    if native + name != name + native:
        changes = [(c.field, c.old, c.new) for c in log[0].changes]
        assert changes == [("body", name + native, native + name)]
    else:
        assert [e.action for e in log] == ["create"]  # an update that changes nothing


@settings(SETTINGS, max_examples=15)  # each example writes two case files with fsync
@given(title=TEXT, body=TEXT, outcomes=TEXT, caption=TEXT)
def test_text_round_trips_through_json(title: str, body: str, outcomes: str, caption: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "source.casefile"
        with CaseFile.create(source, title="T" + title, summary=body, actor="t") as case:
            party = case.add("party", name="P" + title, contact=body)
            case.add("note", title="N" + body, body=title, party_ids=[party.id])
            case.add("meeting", title="M", outcomes=outcomes, participants=[(party.id, caption)])
            case.add_attachment(b"%PDF-1.4 " + body.encode(), "doc" + ".pdf", caption=caption)
            document = case.export_document()
        text = json.dumps(document, ensure_ascii=False)
        copy = Path(folder) / "copy.casefile"
        with CaseFile.create_from_document(copy, json.loads(text), actor="t") as imported:
            assert imported.export_document() == document
            assert imported.get("party", party.id).contact == body
            assert imported.check() == []


@given(text=st.text(st.characters(whitelist_categories=("Cs",)), min_size=1, max_size=3))
@settings(max_examples=10, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
def test_lone_surrogates_are_refused_not_stored(empty_case: CaseFile, text: str) -> None:
    with pytest.raises(InvalidInput, match="not valid Unicode"):
        empty_case.add("party", name="P" + text)
