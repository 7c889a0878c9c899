"""Odd names and odd outputs: every command's output stays one line per line, in words.

File names with a line break, a terminal escape, a leading dash, bytes that are not
UTF-8, or of 240 bytes and more; standard output that is ASCII-only, cp1252, /dev/full
or a pipe nobody reads. Each gets correct output (names that do not print are quoted
with escapes, `casefile/names.py`) or one error line; never a traceback or an internal
error, and a newline in a name never makes an extra line of output.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reliability_support import child_env, record, stress

from casefile.names import one_line, shown
from casefile.store import CaseFile

#: Names as the file system gives them to Python (bytes that are not UTF-8 as surrogate
#: escapes), each with the form it is shown in.
NAMES = {
    "line break": ("evil\nname.txt", "'evil\\nname.txt'"),
    "carriage return": ("over\rwrite.txt", "'over\\rwrite.txt'"),
    "terminal escape": ("red\x1b[31m.txt", "'red\\x1b[31m.txt'"),
    "leading dash": ("-rf.txt", "-rf.txt"),
    "not UTF-8": (os.fsdecode(b"caf\xe9.txt"), "'caf\\xe9.txt'"),
    "240 bytes": ("ä" * 118 + ".txt", "ä" * 118 + ".txt"),
    "Azerbaijani and Cyrillic": ("Rəhman Мустафаєв.txt", "Rəhman Мустафаєв.txt"),
}


def run(*args: object, stdout: object = subprocess.PIPE, **env: str):
    """`python -m casefile ARGS` with the given standard output and environment."""
    return subprocess.run(
        [sys.executable, "-m", "casefile", *map(str, args)],
        env=child_env(**env),
        stdout=stdout,
        stderr=subprocess.PIPE,
        timeout=120,
    )


def assert_clean(stderr: bytes) -> None:
    text = stderr.decode("utf-8", "replace")
    assert "Traceback" not in text and "internal error" not in text, text


@pytest.fixture
def item(demo_path: Path) -> str:
    with CaseFile.open(demo_path, read_only=True) as case:
        return case.ids("damage_item")[0]


def test_attached_names_print_one_line_each(demo_path: Path, item: str, tmp_path: Path) -> None:
    paths = []
    for raw, _ in NAMES.values():
        paths.append(tmp_path / raw)
        paths[-1].write_bytes(b"evidence")
    result = run("attach", demo_path, "--to", item, "--", *paths)
    assert_clean(result.stderr)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.decode("utf-8").splitlines()
    assert len(lines) == len(NAMES)  # no line break in a name made a line of its own
    with CaseFile.open(demo_path, read_only=True) as case:
        names = [a.filename for a in case.records("attachment")]
    for line, (raw, expected) in zip(lines, NAMES.values(), strict=True):
        stored = raw.replace("\udce9", "\ufffd")  # a byte that is not UTF-8 is kept as U+FFFD
        assert stored in names
        assert shown(raw) == expected
        assert line.split("  ")[1] == shown(stored)
    record("names and output", names_printed_on_one_line=len(NAMES))


def test_a_file_whose_name_starts_with_a_dash_is_explained(
    demo_path: Path, item: str, tmp_path: Path
) -> None:
    (tmp_path / "-rf.txt").write_bytes(b"evidence")
    result = subprocess.run(
        [sys.executable, "-m", "casefile", "attach", str(demo_path), "--to", item, "-rf.txt"],
        env=child_env(), capture_output=True, text=True, cwd=tmp_path, timeout=120,
    )  # fmt: skip
    assert result.returncode == 1 and result.stderr.count("\n") == 1
    assert "a file whose name starts with '-' goes after '--'" in result.stderr


@pytest.mark.parametrize(
    "case_name", ["new\nline.casefile", os.fsdecode(b"caf\xe9.casefile"), "x" * 201 + ".cf"]
)
def test_a_case_name_that_cannot_travel_is_refused_in_one_line(
    case_name: str, tmp_path: Path
) -> None:
    result = run("new", tmp_path / case_name, "--title", "T")
    assert_clean(result.stderr)
    assert result.returncode == 1
    err = result.stderr.decode()
    assert err.startswith("casefile: error: ") and err.count("\n") == 1, err
    assert shown(tmp_path / case_name) in err
    assert os.listdir(tmp_path) == []


def test_a_case_from_elsewhere_with_an_odd_name_is_read_and_named(
    demo_path: Path, tmp_path: Path
) -> None:
    """A case made on another system keeps its name: not UTF-8, with a line break; and
    a name too long for the journal beside it is refused in words."""
    for raw in (b"caf\xe9.casefile", b"two\nlines.casefile"):
        odd = tmp_path / os.fsdecode(raw)
        odd.write_bytes(demo_path.read_bytes())
        result = run("info", odd)
        assert_clean(result.stderr)
        assert result.returncode == 0
        assert result.stdout.decode().splitlines()[0] == shown(odd)
        check = run("check", odd)
        assert check.returncode == 0 and check.stdout.decode().count("\n") == 1
    long = tmp_path / ("l" * 250)
    long.write_bytes(demo_path.read_bytes())
    for command in ("info", "check", "export-json"):
        args = (command, long) + ((tmp_path / "o.json",) if command == "export-json" else ())
        result = run(*args)
        assert_clean(result.stderr)
        assert result.returncode == 2 and b"its name is 250 bytes long" in result.stderr


@pytest.mark.parametrize(
    "env",
    [{"PYTHONIOENCODING": "ascii"}, {"PYTHONIOENCODING": "cp1252"}, {"LANG": "C", "LC_ALL": "C"}],
    ids=["ascii", "cp1252", "C locale"],
)
def test_output_in_an_encoding_without_the_names_is_escaped(
    env: dict[str, str], demo_path: Path, item: str, tmp_path: Path
) -> None:
    photo = tmp_path / "Rəhman Мустафаєв.txt"
    photo.write_bytes(b"evidence")
    before = demo_path.read_bytes()
    wrong = run("info", tmp_path / "Мустафаєв.casefile", **env)  # an error naming it
    assert_clean(wrong.stderr)
    assert wrong.returncode == 2 and wrong.stderr.count(b"\n") == 1
    result = run("attach", demo_path, "--to", item, photo, **env)
    assert_clean(result.stderr)
    assert result.returncode == 0 and result.stdout.count(b"\n") == 1
    assert demo_path.read_bytes() != before  # attached, and said so
    found = run("search", demo_path, "Мустафаєв", **env)
    assert_clean(found.stderr)
    assert found.returncode == 0 and b"Mustafayev" in found.stdout, found.stderr
    record("names and output", encodings_escaped=1)


def test_a_full_disk_or_a_closed_pipe_on_stdout_is_one_line(demo_path: Path) -> None:
    with open("/dev/full", "wb") as full:
        result = run("info", demo_path, stdout=full)
    assert result.returncode == 1
    assert result.stderr.decode() == (
        "casefile: error: could not write the output (No space left on device); "
        "the command itself ran\n"
    )
    read_end, write_end = os.pipe()
    os.close(read_end)  # nobody will read: the first write meets EPIPE
    try:
        result = run("info", demo_path, "--json", stdout=write_end)
    finally:
        os.close(write_end)
    assert result.returncode == 1
    assert result.stderr.decode() == (
        "casefile: error: could not write the output (Broken pipe); the command itself ran\n"
    )
    record("names and output", closed_outputs_one_line=2)


def test_a_long_output_into_a_closed_pipe_stops_at_once(demo_path: Path) -> None:
    """`casefile search … | head -1`: the reader leaves while the command still writes."""
    with subprocess.Popen(
        [sys.executable, "-m", "casefile", "search", str(demo_path), "embassy"],
        env=child_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    ) as child:  # fmt: skip
        assert child.stdout is not None and child.stderr is not None
        child.stdout.readline()
        child.stdout.close()
        err = child.stderr.read().decode()
        code = child.wait(timeout=120)
    assert "Traceback" not in err and "internal error" not in err
    assert code in (0, 1) and err.count("\n") <= 1


@settings(
    max_examples=stress(60, 600), deadline=None, database=None,
    suppress_health_check=list(HealthCheck),
)  # fmt: skip
@given(st.text(st.characters(exclude_categories=()), max_size=40))
def test_shown_and_one_line_never_break_a_line(text: str) -> None:
    for out in (shown(text), one_line(text)):
        assert len(out.splitlines()) <= 1 and "\x1b" not in out
        out.encode("utf-8")  # no lone surrogate is left to fail the encoding
    assert shown(text) == text or shown(text).startswith("'")


def test_an_error_that_echoes_a_huge_value_stays_a_short_line(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A refused value is echoed in the message (a choice of a million characters, a
    number of 4,000 digits): the line keeps its start and its end, and is cut between."""
    from casefile import cli
    from casefile.store import CaseFile

    with CaseFile.open(demo_path, read_only=True) as case:
        document = case.export_document()
    document["parties"][0]["kind"] = "x" * 1_000_001
    path = tmp_path / "huge.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert cli.main(["import-json", str(demo_path), str(path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and len(err) <= 1_000 + len("casefile: error: \n")
    assert err.startswith(f"casefile: error: {demo_path}: {path}: $.parties[0].kind: ")
    assert " … " in err and err.endswith("; nothing was imported\n")
