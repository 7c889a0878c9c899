"""Every error the store and the brief raise has a code and fields, so the GUI can say it
in the user's language, while its English message (what the CLI prints) stays as it was."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

import casefile
from casefile.store import (
    ERROR_TEXTS,
    CaseFile,
    CaseFileError,
    InvalidInput,
    NewerVersion,
    Words,
    kind_name,
)

PACKAGE = Path(casefile.__file__).parent
#: the parts whose errors reach the GUI: the store, the brief, the bundled resources
RAISING = [
    *sorted((PACKAGE / "store").rglob("*.py")),
    *sorted((PACKAGE / "brief").rglob("*.py")),
    PACKAGE / "assets.py",
]
ERROR_NAMES = {
    name
    for name, value in vars(__import__("casefile.store", fromlist=["*"])).items()
    if isinstance(value, type) and issubclass(value, CaseFileError)
} - {"MergeConflicts"} | {
    "BriefNotWritten",
    "CaseChanged",
    "FontsMissing",
    "ResourceMissing",
    "FileInUse",
    "error",
}


def _calls(path: Path) -> list[ast.Call]:
    return [node for node in ast.walk(ast.parse(path.read_text())) if isinstance(node, ast.Call)]


def _name(call: ast.Call) -> str | None:
    func = call.func
    return func.id if isinstance(func, ast.Name) else None


@pytest.mark.parametrize("path", RAISING, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_every_error_is_made_from_a_code(path: Path) -> None:
    """An error made from a bare message would reach a Russian user in English."""
    bare = [
        f"{path.name}:{call.lineno}"
        for call in _calls(path)
        if _name(call) in ERROR_NAMES and call.args and path.name != "errors.py"
    ]
    assert bare == []


def _codes_used() -> set[str]:
    """The codes written in the code: `X.of("code", ...)`, `Words("code", ...)`,
    `not_written(exc, path, "code")`."""
    used = set()
    for path in sorted(PACKAGE.rglob("*.py")):
        for call in _calls(path):
            func = call.func
            named = isinstance(func, ast.Attribute) and func.attr == "of"
            named = named or _name(call) == "Words"
            first = call.args[0] if call.args else None
            if named and isinstance(first, ast.Constant) and isinstance(first.value, str):
                used.add(first.value)
            if _name(call) == "not_written" and len(call.args) > 2:
                third = call.args[2]
                assert isinstance(third, ast.Constant), f"{path.name}:{call.lineno}"
                used.add(third.value)
            if named and isinstance(first, ast.IfExp):
                used |= {ast.literal_eval(first.body), ast.literal_eval(first.orelse)}
    return used


def test_every_code_written_has_its_english() -> None:
    assert _codes_used() - set(ERROR_TEXTS) == set()


def test_every_english_text_is_used() -> None:
    """A text nobody raises is a translation nobody needs."""
    # codes made from a kind, a field or a reason: Words(f"kind.{kind}") and the like
    prefixes = ("kind.", "entity.", "item.", "field_name.", "field_label.", "schema_object.")
    prefixes += ("seal_state.", "sidecar.")
    dynamic = {code for code in ERROR_TEXTS if code.startswith((*prefixes, "chain."))} | {
        "write.failed",  # not_written's default
        "merge.conflicts",  # MergeConflicts' own
    }
    assert set(ERROR_TEXTS) - _codes_used() - dynamic == set()


def test_fields_are_named_in_every_text() -> None:
    """Placeholders are names (a translation refers to them), never positions."""
    for code, text in ERROR_TEXTS.items():
        for _, name, _, _ in string.Formatter().parse(text):
            assert name is None or name.isidentifier(), (code, name)


def test_an_error_keeps_its_english_and_carries_code_and_fields(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput) as raised:
        CaseFile.create(tmp_path / "a.casefile", title="Kyiv").add("party", name="")
    error = raised.value
    assert error.message == "party field 'name' must not be empty"
    assert error.code == "field.empty"
    where = error.fields["field"]
    assert isinstance(where, Words) and where.code == "field.where"
    assert where.fields["kind"] == kind_name("party") == "party"


def test_a_newer_file_is_refused_with_its_versions(tmp_path: Path) -> None:
    path = tmp_path / "newer.casefile"
    CaseFile.create(path, title="Kyiv").close()
    import sqlite3

    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 999")
    with pytest.raises(NewerVersion) as raised:
        CaseFile.open(path)
    assert raised.value.code == "open.newer_version"
    assert raised.value.fields["version"] == 999
    assert str(raised.value).endswith("update casefile to open it; the file was not changed")


def test_an_error_said_of_another_path_keeps_its_code() -> None:
    error = InvalidInput.of("json.not_a_list", collection="notes")
    moved = error.about("/tmp/x.json")
    assert (moved.code, moved.fields, moved.path) == (
        "json.not_a_list",
        error.fields,
        "/tmp/x.json",
    )
    assert str(moved) == "/tmp/x.json: $.notes must be a list"


def test_every_call_gives_the_fields_its_text_names() -> None:
    """A field given but not named is lost to the translation; one named but not given
    breaks the message."""
    wrong = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for call in _calls(path):
            func = call.func
            named = isinstance(func, ast.Attribute) and func.attr == "of" or _name(call) == "Words"
            first = call.args[0] if call.args else None
            if not (named and isinstance(first, ast.Constant) and first.value in ERROR_TEXTS):
                continue
            given = {k.arg for k in call.keywords} - {"path"}
            if None in given:  # **fields passed on
                continue
            text = ERROR_TEXTS[first.value]
            wanted = {name for _, name, _, _ in string.Formatter().parse(text) if name}
            if given != wanted:
                wrong.append((f"{path.name}:{call.lineno}", first.value, given, wanted))
    assert wrong == []


def test_a_stored_date_out_of_range_is_refused_in_the_words_of_the_kept_dates() -> None:
    """The texts of a refused stored date name the dates casefile keeps, as fields.py does."""
    from casefile.store.fields import KEPT_DATES

    assert ERROR_TEXTS["value_type.day_kept"] == f"a date casefile keeps ({KEPT_DATES})"
    assert ERROR_TEXTS["value_type.instant_kept"] == f"a date and time in UTC ({KEPT_DATES})"
