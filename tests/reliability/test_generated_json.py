"""Generated casefile-json documents: mutations of a sound export thrown at import-json.

Hypothesis takes the demo case's export and changes one to three places in it: a value
replaced by another type, a number past every limit (5,000 digits, 1e999, NaN), lists
or objects nested thousands deep, odd strings (lone surrogates, NUL, a million and one
characters, ids of other items, dates at the ends of time, amounts with too many
decimals), a key added, removed or given twice. Each document goes through
`casefile import-json` (in the process, as `cli.main`) into a copy of the demo case or
into a new path, and must end in exit 0 or 1 with at most one error line, never an
internal error; a refusal leaves the case's bytes as they were and creates nothing, and
an import that succeeds leaves a case that passes `check`.
"""

from __future__ import annotations

import contextlib
import copy
import io
import json
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from reliability_support import record, stress

from casefile import cli
from casefile.store import CaseFile

#: Stands in the document's text for raw JSON text put there after json.dumps.
MARK = "\u0000@raw@\u0000"

RAW_VALUES = [
    "[" * 5_000 + "]" * 5_000,
    '{"a": ' * 3_000 + "1" + "}" * 3_000,
    "[" * 200 + "]" * 200,
    "7" * 5_000,
    "-" + "9" * 4_301,
    "1e999",
    "-1e999",
    "NaN",
    "Infinity",
    "-Infinity",
    "1" + "0" * 400 + ".5",
    '"\\ud800"',
    '"\\udc00 tail"',
    '"a\\u0000b"',
    '"\\ufeff"',
]
ODD_STRINGS = [
    "",
    " ",
    "x" * 1_000_001,
    "\u202e\u0000\r\n",
    "0001-01-01T00:00:00+14:00",
    "9999-12-31T23:59:59-12:00",
    "0001-01-01",
    "9999-12-31",
    "2025-02-29",
    "12.349999999999999999999",
    "1e3",
    "9" * 40,
    "-0.00",
    "EUR",
    "XXX",
    "Europe/Atlantis",
    "../../etc/passwd",
    "00000000-0000-4000-8000-000000000000",
    "not-a-uuid",
]
PLAIN_VALUES = [None, True, False, 0, -1, 1, 2**63, -(2**63) - 1, 1.5, [], {}, [None], {"": 1}]


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> dict[str, Any]:
    with CaseFile.open(demo_template, read_only=True) as case:
        return case.export_document()


def places(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in the document that holds a value, as a path of keys and indexes."""
    found = [path] if path else []
    if isinstance(node, dict):
        for key, value in node.items():
            found += places(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += places(value, (*path, index))
    return found


def ids_of(document: dict[str, Any]) -> list[str]:
    return [document["incident"]["id"]] + [
        item["id"] for key, items in document.items() if isinstance(items, list) for item in items
    ]


def mutation(document: dict[str, Any]) -> st.SearchStrategy[tuple[str, tuple[Any, ...], Any]]:
    where = st.sampled_from(places(document))
    value = st.one_of(
        st.sampled_from(PLAIN_VALUES),
        st.sampled_from(ODD_STRINGS),
        st.sampled_from(ids_of(document)),
        st.text(max_size=30),
        st.integers(),
        st.floats(allow_nan=False, allow_infinity=False),
        st.sampled_from(RAW_VALUES).map(lambda raw: ("raw", raw)),
    )
    return st.one_of(
        st.tuples(st.just("set"), where, value),
        st.tuples(st.just("drop"), where, st.none()),
        st.tuples(st.just("add"), where, st.sampled_from(["extra", "id", "", "\ud800"])),
        st.tuples(st.just("twice"), where, st.none()),
    )


def apply(document: dict[str, Any], change: tuple[str, tuple[Any, ...], Any]) -> list[str]:
    """Apply one change in place; the raw JSON texts it leaves to put in after dumping."""
    action, path, value = change
    parent = document
    for step in path[:-1]:
        if not isinstance(parent, dict | list):
            return []
        try:
            parent = parent[step]
        except (KeyError, IndexError, TypeError):
            return []
    last = path[-1]
    if not isinstance(parent, dict | list) or (isinstance(parent, list) and last >= len(parent)):
        return []
    if isinstance(parent, dict) and last not in parent:
        return []
    raws: list[str] = []
    if action == "set":
        if isinstance(value, tuple):
            raws.append(value[1])
            value = MARK
        parent[last] = value
    elif action == "drop":
        del parent[last]
    elif action == "add":
        target = parent[last]
        if isinstance(target, dict):
            target[value] = "added"
    elif action == "twice" and isinstance(parent, dict):
        # The key again, after its first copy: only JSON text can say this.
        raws.append(f"{json.dumps(parent[last])}, {json.dumps(last)}: null")
        parent[last] = MARK
    return raws


def document_text(document: dict[str, Any], raws: list[str]) -> bytes:
    text = json.dumps(document, ensure_ascii=False, indent=1)
    for raw in raws:
        text = text.replace(json.dumps(MARK, ensure_ascii=False), raw, 1)
    return text.encode("utf-8", "surrogatepass")


def import_json(target: Path, document: Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(["import-json", str(target), str(document)])
    return code, out.getvalue(), err.getvalue()


@pytest.mark.stress
def test_generated_documents_are_imported_or_refused_in_one_line(
    source: dict[str, Any], demo_template: Path
) -> None:
    counts = {"imported": 0, "refused": 0}

    @settings(
        max_examples=stress(25, 400),
        deadline=None,
        database=None,
        phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink],
        suppress_health_check=list(HealthCheck),
    )
    @given(changes=st.lists(mutation(source), min_size=1, max_size=3), into_new=st.booleans())
    def check(changes: list[tuple[str, tuple[Any, ...], Any]], into_new: bool) -> None:
        document = copy.deepcopy(source)
        raws = [raw for change in changes for raw in apply(document, change)]
        with tempfile.TemporaryDirectory() as folder:
            json_path = Path(folder) / "in.json"
            json_path.write_bytes(document_text(document, raws))
            target = Path(folder) / ("new.casefile" if into_new else "demo.casefile")
            if not into_new:
                shutil.copyfile(demo_template, target)
            before = None if into_new else target.read_bytes()
            code, out, err = import_json(target, json_path)
            assert "internal error" not in err and "Traceback" not in err, err
            assert code in (0, 1), err
            if code == 1:
                assert err.startswith("casefile: error: ") and err.count("\n") == 1, err
                assert out == ""
                if into_new:
                    assert sorted(p.name for p in Path(folder).iterdir()) == ["in.json"]
                else:
                    assert target.read_bytes() == before
                counts["refused"] += 1
            else:
                with CaseFile.open(target, read_only=True) as case:
                    assert case.check() == []
                counts["imported"] += 1

    check()
    record("generated JSON documents", **counts)
    assert counts["refused"] > 0
