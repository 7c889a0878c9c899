"""casefile-json: the round trip, import by id, and every document import must refuse."""

from __future__ import annotations

import base64
import copy
import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from store.store_support import file_digest, folder_listing, jpeg

from casefile.store import CaseFile, InvalidInput, read_json, write_json

UNKNOWN = "00000000-0000-4000-8000-000000000000"


@pytest.fixture(scope="module")
def demo_document(demo_template: Path) -> dict[str, Any]:
    with CaseFile.open(demo_template, read_only=True) as case:
        return case.export_document()


@pytest.fixture
def document(demo_document: dict[str, Any]) -> dict[str, Any]:
    return copy.deepcopy(demo_document)


def test_document_shape(document: dict[str, Any]) -> None:
    assert list(document) == ["format", "version", "incident", "parties", "notes",
                              "damage_items", "meetings", "follow_ups", "attachments",
                              "site_plans", "plan_pins"]  # fmt: skip
    assert (document["format"], document["version"]) == ("casefile-json", 4)
    counts = {k: len(v) for k, v in document.items() if isinstance(v, list)}
    assert counts == {"parties": 7, "notes": 5, "damage_items": 5, "meetings": 2,
                      "follow_ups": 3, "attachments": 3, "site_plans": 1,
                      "plan_pins": 6}  # fmt: skip
    meeting = document["meetings"][0]
    assert set(meeting["participants"][0]) == {"party_id", "role"}
    attachment = document["attachments"][0]
    data = base64.b64decode(attachment["data_base64"])
    assert hashlib.sha256(data).hexdigest() == attachment["sha256"]
    assert attachment["size"] == len(data) and attachment["media_type"] == "image/jpeg"


def test_export_import_export_gives_the_same_document(
    demo_path: Path, tmp_path: Path, document: dict[str, Any]
) -> None:
    out = tmp_path / "case.json"
    write_json(document, out)
    text = out.read_text(encoding="utf-8")
    assert "Посольство" in text  # written as UTF-8, not \u escapes
    with CaseFile.create_from_document(
        tmp_path / "new.casefile", read_json(out), actor="tester"
    ) as new:
        again = new.export_document()
        assert new.check() == []
    assert again == document
    write_json(again, tmp_path / "again.json")
    assert (tmp_path / "again.json").read_bytes() == out.read_bytes()


def test_import_into_the_same_case_is_a_no_op(demo_path: Path, document: dict[str, Any]) -> None:
    digest = file_digest(demo_path)
    with CaseFile.open(demo_path, actor="tester") as case:
        fingerprint = case.fingerprint()
        assert case.import_document(document) == 0
        assert case.fingerprint() == fingerprint
        assert case.export_document() == document
    assert file_digest(demo_path) == digest


def test_import_updates_by_id_and_inserts_new_items(
    demo_path: Path, document: dict[str, Any]
) -> None:
    party = document["parties"][0]
    party["role"] = "news agency"
    new_party = {"id": "11111111-1111-4111-8111-111111111111", "name": "New witness"}
    document["parties"].append(new_party)
    document["notes"][0]["party_ids"].append(new_party["id"])
    document["damage_items"][0].update(estimated_cost="1 250.5", currency="eur")
    with CaseFile.open(demo_path, actor="importer") as case:
        assert case.import_document(document) == 4
        assert case.get("party", party["id"]).role == "news agency"
        assert case.get("party", new_party["id"]).kind == "person"  # defaults fill the rest
        assert new_party["id"] in case.get("note", document["notes"][0]["id"]).party_ids
        item = case.get("damage_item", document["damage_items"][0]["id"])
        assert (item.estimated_cost, item.currency) == (125_050, "EUR")
        entries = case.audit_log(limit=4)
        assert {(e.action, e.actor) for e in entries} == {("create", "importer"),
                                                          ("update", "importer")}  # fmt: skip
        assert case.check() == []
        assert [h.id for h in case.search("witness")] == [new_party["id"]]


def test_a_partial_document_only_touches_what_it_names(
    demo_path: Path, document: dict[str, Any]
) -> None:
    for collection in ("notes", "damage_items", "meetings", "follow_ups", "attachments"):
        del document[collection]
    document["parties"] = [document["parties"][0]]
    with CaseFile.open(demo_path, actor="tester") as case:
        before = case.export_document()
        assert case.import_document(document) == 0
        assert case.export_document() == before


def test_import_creates_a_case_from_a_document_without_timestamps(tmp_path: Path) -> None:
    document = {"format": "casefile-json", "version": 1,
                "incident": {"id": UNKNOWN, "title": "Typed by hand"}}  # fmt: skip
    with CaseFile.create_from_document(
        tmp_path / "hand.casefile", document, actor="tester"
    ) as case:
        incident = case.incident()
        assert (incident.id, incident.title, incident.timezone) == (UNKNOWN, "Typed by hand", "UTC")
        assert case.verify_audit().ok


def at(*keys: Any) -> Callable[[dict[str, Any], Any], None]:
    """A mutation setting document[k1][k2]... to a value."""

    def set_value(doc: dict[str, Any], value: Any) -> None:
        target = doc
        for key in keys[:-1]:
            target = target[key]
        target[keys[-1]] = value

    return set_value


def merge(*keys: Any) -> Callable[[dict[str, Any], Any], None]:
    """A mutation updating the object at document[k1][k2]... with a dict of fields."""

    def update(doc: dict[str, Any], value: Any) -> None:
        target = doc
        for key in keys:
            target = target[key]
        target.update(value)

    return update


def attachment_json(data: bytes, filename: str, item_id: str = UNKNOWN) -> dict[str, Any]:
    return {"id": item_id, "filename": filename, "data_base64": base64.b64encode(data).decode(),
            "sha256": hashlib.sha256(data).hexdigest()}  # fmt: skip


def claims_image(doc: dict[str, Any], _: Any) -> None:
    doc["attachments"].append(attachment_json(b"not a photo at all", "photo.jpg"))


def replaces_bytes(doc: dict[str, Any], _: Any) -> None:
    first = doc["attachments"][0]
    first.update(attachment_json(jpeg(), first["filename"], first["id"]))


def reuse_note_id_as_party(doc: dict[str, Any], _: Any) -> None:
    doc["parties"][0]["id"] = doc["notes"][0]["id"]
    del doc["notes"][0]


def note_id_for_new_party(doc: dict[str, Any], _: Any) -> None:
    doc["parties"].append({"id": doc["notes"][0]["id"], "name": "Clash"})


BAD = [
    ("not-an-object", lambda d, v: d.clear(), None, "format is null"),
    ("other-format", at("format"), "other-json", "not a casefile-json document"),
    ("newer-version", at("version"), 5, "version 5"),
    ("version-as-text", at("version"), "1", 'version "1"'),
    ("unknown-top-level", at("extra"), [], "unknown top-level"),
    ("no-incident", at("incident"), None, "no incident"),
    ("another-incident", at("incident", "id"), UNKNOWN, "about another incident"),
    ("note-party-nowhere", at("notes", 0, "party_ids"), [UNKNOWN], "unknown party id"),
    ("note-source-nowhere", at("notes", 0, "source_party_id"), UNKNOWN, "unknown party id"),
    ("participant-nowhere", at("meetings", 0, "participants"),
     [{"party_id": UNKNOWN, "role": "x"}], "unknown party id"),
    ("follow-up-meeting-nowhere", at("follow_ups", 0, "meeting_id"), UNKNOWN,
     "unknown meeting id"),
    ("attachment-link-nowhere", at("damage_items", 0, "attachment_ids"), [UNKNOWN],
     "unknown attachment id"),
    ("id-not-uuid", at("parties", 0, "id"), "party-1", "not an id"),
    ("link-not-uuid", at("notes", 0, "party_ids"), ["party-1"],
     "note field 'party_ids': 'party-1' is not an id"),
    ("participant-not-uuid", at("meetings", 0, "participants"),
     [{"party_id": 7, "role": "x"}], "field 'participants': 7 is not an id"),
    ("id-missing", at("parties", 0, "id"), None, "not an id"),
    ("duplicate-id", lambda d, v: d["parties"].append(dict(d["parties"][0])), None,
     "appears twice"),
    ("id-changes-kind", reuse_note_id_as_party, None, "belongs to a note"),
    ("id-of-other-kind", note_id_for_new_party, None, "appears twice"),
    ("title-number", at("notes", 0, "title"), 42, "must be text, not int"),
    ("title-missing", lambda d, v: d["notes"][0].pop("title"), None,
     "must not be empty|is required"),
    ("flag-text", at("notes", 0, "internal"), "yes", "true or false"),
    ("ids-as-text", at("notes", 0, "party_ids"), "abc", "list of ids"),
    ("collection-not-list", at("parties"), {"a": 1}, "parties must be a list"),
    ("item-not-object", at("parties", 0), "Azernews", "must be an object"),
    ("unknown-field", at("parties", 0, "shoe_size"), 42, "unknown field"),
    ("bad-choice", at("damage_items", 0, "severity"), "apocalyptic", "must be one of"),
    ("negative-cost", merge("damage_items", 0), {"estimated_cost": "-5", "currency": "EUR"},
     "negative"),
    ("non-numeric-cost", merge("damage_items", 0), {"estimated_cost": "a lot", "currency": "EUR"},
     "not an amount"),
    ("float-cost", merge("damage_items", 0), {"estimated_cost": 12.5, "currency": "EUR"},
     "decimal string"),
    ("cost-without-currency", merge("damage_items", 0), {"estimated_cost": "5", "currency": ""},
     "needs a currency"),
    ("unknown-currency", merge("damage_items", 0), {"estimated_cost": "5", "currency": "XYZ"},
     "unknown currency"),
    ("date-wrong-format", at("notes", 0, "date"), "14/11/2025", "use YYYY-MM-DD"),
    ("date-as-number", at("notes", 0, "date"), 20251114, "must be a date"),
    ("time-wrong-format", at("meetings", 0, "held_at"), "yesterday", "not a date and time"),
    ("time-without-offset", at("meetings", 0, "held_at"), "2025-11-14T10:00:00", "no offset"),
    ("stamp-wrong-format", at("parties", 0, "created_at"), "last week", "not a date and time"),
    ("bad-zone", at("incident", "timezone"), "Europe/Atlantis", "unknown time zone"),
    ("bad-base64", at("attachments", 0, "data_base64"), "***", "not valid base64"),
    ("hash-mismatch", at("attachments", 0, "sha256"), "0" * 64, "do not match its sha256"),
    ("not-an-image", claims_image, None, "claims to be an image"),
    ("empty-attachment", lambda d, v: d["attachments"].append(attachment_json(b"", "e.pdf")),
     None, "0 bytes"),
    ("replaced-bytes", replaces_bytes, None, "never replaced"),
]  # fmt: skip
# Refusals that need an existing case: another incident, a kind change, replaced bytes.
BAD_FOR_NEW = [c for c in BAD if c[0] not in {"another-incident", "id-changes-kind",
                                              "replaced-bytes"}]  # fmt: skip


def _break(document: dict[str, Any], case: tuple) -> dict[str, Any]:
    _, mutate, value, _ = case
    mutate(document, value)
    return document


@pytest.mark.parametrize("case", BAD, ids=[c[0] for c in BAD])
def test_bad_documents_are_refused_and_nothing_changes(
    demo_path: Path, document: dict[str, Any], case: tuple
) -> None:
    bad = _break(document, case)
    digest = file_digest(demo_path)
    with CaseFile.open(demo_path, actor="tester") as opened:
        with pytest.raises(InvalidInput, match=case[3]) as caught:
            opened.import_document(bad)
        assert "\n" not in str(caught.value)
    assert file_digest(demo_path) == digest


@pytest.mark.parametrize("case", BAD_FOR_NEW, ids=[c[0] for c in BAD_FOR_NEW])
def test_bad_documents_create_no_file(
    tmp_path: Path, document: dict[str, Any], case: tuple
) -> None:
    bad = _break(document, case)
    target = tmp_path / "new.casefile"
    with pytest.raises(InvalidInput, match=case[3]):
        CaseFile.create_from_document(target, bad, actor="tester")
    assert folder_listing(tmp_path) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('{"format": "casefile-json", "version": 1,', r"not valid JSON \(line 1, column"),
        ("", "not valid JSON"),
        ("[1, 2]", "top level is not an object"),
        (b"\xff\xfe{}", r"is not UTF-8 text \(line 1, column 1: byte 0xff\)"),
        # the line an editor shows, whichever line ends the file was saved with
        (b'{\n  "format": "casefile-json",\n  "version": x}', r"\(line 3, column 14"),
        (b'{\r\n  "format": "casefile-json",\r\n  "version": x}', r"\(line 3, column 14"),
        (b'{\r  "format": "casefile-json",\r  "version": x}', r"\(line 3, column 14"),
    ],
)
def test_unreadable_json_files(tmp_path: Path, text: str | bytes, words: str) -> None:
    path = tmp_path / "in.json"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    with pytest.raises(InvalidInput, match=words) as caught:
        read_json(path)
    assert str(path) in str(caught.value)


def test_json_with_a_photo_made_elsewhere(tmp_path: Path, document: dict[str, Any]) -> None:
    data = jpeg(taken="2025:11:14 01:23:45", offset="+02:00")
    document["attachments"][0].update(data_base64=base64.b64encode(data).decode(),
                                      sha256=hashlib.sha256(data).hexdigest(),
                                      size=1, media_type="text/plain")  # fmt: skip
    with CaseFile.create_from_document(tmp_path / "n.casefile", document, actor="tester") as case:
        record = case.get("attachment", document["attachments"][0]["id"])
        # size and media type come from the bytes, not from what the document claims
        assert (record.size, record.media_type) == (len(data), "image/jpeg")
        assert case.attachment_data(record.id) == data
        assert case.thumbnail(record.id) is not None
        assert json.dumps(case.export_document())  # still exports


def test_the_format_page_documents_every_field_and_value() -> None:
    from casefile.store import vocab
    from casefile.store.fields import SPEC
    from casefile.store.interchange import ATTACHMENT_EXTRA, COLLECTIONS

    page = (Path(__file__).parents[2] / "docs" / "json-format.md").read_text(encoding="utf-8")
    names = {"format", "version", "incident", "id", "created_at", "updated_at",
             "party_id", "role", *COLLECTIONS, *ATTACHMENT_EXTRA}  # fmt: skip
    names |= {name for fields in SPEC.values() for name in fields}
    names |= {value for values in vocab.CHOICES.values() for value in values}
    missing = sorted(name for name in names if f"`{name}`" not in page)
    assert missing == []


# -- hostile JSON text: each refusal names its place -------------------------------------------

#: Where each hostile text puts its trouble: a marker the builder leaves in the text, found
#: again to compute the line and column an editor shows.
MARK = "@@here@@"


def _text(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2)


def _replace_value(document: dict[str, Any], keys: tuple[Any, ...], raw: str) -> str:
    """The document's text with the value at `keys` replaced by raw JSON text."""
    target = document
    for key in keys[:-1]:
        target = target[key]
    target[keys[-1]] = MARK
    return _text(document).replace(json.dumps(MARK), MARK + raw, 1)


def _deep(document: dict[str, Any]) -> str:
    return _replace_value(document, ("notes", 1, "title"), "[" * 100_000 + "]" * 100_000)


def _deep_objects(document: dict[str, Any]) -> str:
    return MARK + '{"a": ' * 100_000 + "1" + "}" * 100_000


def _huge_int(keys: tuple[Any, ...]) -> Callable[[dict[str, Any]], str]:
    return lambda document: _replace_value(document, keys, "7" * 5_000)


def _constant(word: str) -> Callable[[dict[str, Any]], str]:
    return lambda document: _replace_value(document, ("attachments", 0, "width"), word)


def _repeated_key(document: dict[str, Any]) -> str:
    text = _text(document)
    name = f'"name": {json.dumps(document["parties"][1]["name"], ensure_ascii=False)}'
    return text.replace(name, f'{name}, "name": "someone else"', 1)


def _repeated_top_key(document: dict[str, Any]) -> str:
    return _text(document).replace('"version": 4,', '"version": 4,\n  "version": 4,', 1)


#: name -> (the text, as built from the demo's document; the words of the refusal, where
#: {place} is "(line L, column C)" of MARK, which is then taken out of the text)
HOSTILE_TEXT: dict[str, tuple[Callable[[dict[str, Any]], str | bytes], str]] = {
    # the place is the 101st level: the note's title is three levels in
    "nested 100,000 deep in a field": (_deep, "more than 100 deep (line {line}, column {c98})"),
    "objects nested 100,000 deep": (_deep_objects, "more than 100 deep"),
    "5,000-digit version": (_huge_int(("version",)), "more than 4,300 digits {place}"),
    "5,000-digit cost": (
        _huge_int(("damage_items", 0, "estimated_cost")),
        "more than 4,300 digits {place}",
    ),
    "NaN": (_constant("NaN"), "holds NaN {place}, which is not a JSON number"),
    "Infinity": (_constant("Infinity"), "holds Infinity {place}"),
    "-Infinity": (_constant("-Infinity"), "holds -Infinity {place}"),
    "repeated key in an item": (_repeated_key, '$.parties[1] has the key "name" more than once'),
    "repeated top-level key": (_repeated_top_key, '($) has the key "version" more than once'),
    "byte-order mark": (
        lambda d: b"\xef\xbb\xbf" + _text(d).encode(),
        "byte-order mark (line 1, column 1)",
    ),
    "not UTF-8": (
        lambda d: _replace_value(d, ("notes", 0, "body"), '"caf\udce9"').encode(
            "utf-8", "surrogateescape"
        ),
        "is not UTF-8 text (line {line}, column {column4}: byte 0xe9)",
    ),
    "version true": (lambda d: _replace_value(d, ("version",), "true"), "version true ($.version)"),
    "version 1.0": (lambda d: _replace_value(d, ("version",), "1.0"), "version 1.0 ($.version)"),
    "lone surrogate in a text": (
        lambda d: _replace_value(d, ("notes", 0, "title"), '"\\ud800 report"'),
        "$.notes[0].title: note field 'title' holds a character that is not valid Unicode",
    ),
    "lone surrogate in a key": (
        lambda d: _text(d).replace('"role"', '"r\\udc00le"', 1),
        '$.parties[0] has unknown field(s): "r\\udc00le"',
    ),
    "a party with the incident's id": (
        lambda d: _replace_value(d, ("parties", 2, "id"), json.dumps(d["incident"]["id"])),
        "$.parties[2].id: id {incident} appears twice in the document (also at $.incident)",
    ),
    "a note with a party's id": (
        lambda d: _replace_value(d, ("notes", 1, "id"), json.dumps(d["parties"][3]["id"])),
        "$.notes[1].id: id {party} appears twice in the document (also at $.parties[3])",
    ),
}


def _expected(words: str, text: str | bytes, document: dict[str, Any]) -> tuple[bytes, str]:
    """The file's bytes (MARK taken out) and the words with their place filled in."""
    raw = text if isinstance(text, bytes) else text.encode("utf-8")
    line = column = 0
    if MARK.encode() in raw:
        before = raw[: raw.index(MARK.encode())].decode("utf-8")
        line = before.count("\n") + 1
        column = len(before) - (before.rfind("\n") + 1) + 1
        raw = raw.replace(MARK.encode(), b"", 1)
    place = f"(line {line}, column {column})"
    return raw, words.format(
        place=place, line=line, column4=column + 4, c98=column + 97,
        incident=document["incident"]["id"], party=document["parties"][3]["id"],
    )  # fmt: skip


@pytest.mark.parametrize("name", HOSTILE_TEXT)
def test_hostile_json_text_is_refused_naming_the_place(
    name: str, demo_path: Path, document: dict[str, Any], tmp_path: Path, capsys
) -> None:
    """Through the API (read_json, then a new case) and import-json into the demo case and
    into a new path: exit 1, one line naming the place, nothing changed or created."""
    from casefile import cli

    build, words = HOSTILE_TEXT[name]
    raw, words = _expected(words, build(copy.deepcopy(document)), document)
    path = tmp_path / "in.json"
    path.write_bytes(raw)
    new = tmp_path / "new.casefile"
    with pytest.raises(InvalidInput) as refused:
        CaseFile.create_from_document(new, read_json(path), actor="tester")
    assert words in str(refused.value)
    digest = file_digest(demo_path)
    for target in (demo_path, new):
        capsys.readouterr()
        assert cli.main(["import-json", str(target), str(path)]) == 1
        err = capsys.readouterr().err
        assert err.startswith("casefile: error: ") and err.count("\n") == 1, err
        assert words in err and "internal error" not in err
    assert file_digest(demo_path) == digest
    assert not new.exists()
