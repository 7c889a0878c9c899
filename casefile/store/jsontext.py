"""JSON text read strictly, as RFC 8259 has it: every refusal names its place.

Python's json module accepts what JSON is not (NaN, Infinity, a key given twice, which
it resolves silently to the last), and fails with RecursionError or ValueError rather
than a position on text nested too deeply or on integers past Python's digit limit.
Here each of those, a byte-order mark and bytes that are not UTF-8 are refused with the
line and column (or, for a repeated key, the JSON path) where they are.
"""

from __future__ import annotations

import codecs
import json
import re
import sys
from collections.abc import Iterator
from typing import Any

from casefile.store.errors import InvalidInput

#: Deeper than this is refused by place when json gives up (casefile-json needs 5).
MAX_NESTING = 100
#: Structural tokens outside strings: a string (skipped whole), a bracket, a bare word.
_TOKENS = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[{]|[\]}]|-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?|-?\w+')
_CONSTANTS = ("NaN", "Infinity", "-Infinity")


class _NotJson(Exception):
    """Raised from inside json's scanner on a literal JSON does not have."""


def _refuse_constant(name: str) -> Any:
    raise _NotJson(name)


def decode(raw: bytes) -> str:
    """UTF-8 text without a byte-order mark, or InvalidInput naming the first bad byte."""
    if raw.startswith(codecs.BOM_UTF8):
        raise InvalidInput.of("json.starts_byte_order")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start].decode("utf-8")
        line, column = line_and_column(before, len(before))
        raise InvalidInput.of(
            "json.utf_text_line", line=line, column=column, byte=f"0x{raw[exc.start]:02x}"
        ) from exc


def loads(text: str) -> Any:
    """The value the text holds, or InvalidInput saying what is wrong and where."""
    repeated: list[tuple[dict[str, Any], str]] = []

    def pairs_to_dict(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        obj = dict(pairs)
        if len(obj) != len(pairs):
            repeated.append((obj, _first_repeated([key for key, _ in pairs])))
        return obj

    try:
        value = json.loads(text, object_pairs_hook=pairs_to_dict, parse_constant=_refuse_constant)
    except json.JSONDecodeError as exc:
        line, column = line_and_column(text, exc.pos)
        raise InvalidInput.of(
            "json.valid_json_line", line=line, column=column, reason=exc.msg
        ) from exc
    except _NotJson as exc:
        place = _place(text, lambda token, depth: token in _CONSTANTS)
        raise InvalidInput.of("json.holds_which_json", value=exc.args[0], place=place) from None
    except RecursionError:
        place = _place(text, lambda token, depth: depth > MAX_NESTING)
        raise InvalidInput.of(
            "json.nests_lists_objects_2", limit=MAX_NESTING, place=place
        ) from None
    except ValueError as exc:  # an integer past sys.get_int_max_str_digits()
        limit = sys.get_int_max_str_digits() or sys.maxsize
        place = _place(text, lambda token, depth: _digits(token) > limit)
        raise InvalidInput.of("json.holds_number_more", limit=limit, place=place) from exc
    if repeated:
        obj, key = repeated[0]
        where = path_of(value, obj)
        raise InvalidInput.of(
            "json.key_more_than",
            value="the top-level object ($)" if where == "$" else where,
            key=brief_repr(key),
        )
    return value


def line_and_column(text: str, pos: int) -> tuple[int, int]:
    """Where `pos` is, as an editor counts: CR LF, LF and a lone CR (old Mac files) each
    end a line. json counts only LF, and the text is not newline-translated."""
    lines = text[:pos].replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return len(lines), len(lines[-1]) + 1


def _first_repeated(keys: list[str]) -> str:
    seen: set[str] = set()
    for key in keys:
        if key in seen:
            return key
        seen.add(key)
    return keys[-1]


def _digits(token: str) -> int:
    return len(token.lstrip("-")) if token.lstrip("-").isdigit() else 0


def _place(text: str, found: Any) -> str:
    """ " (line L, column C)" of the first token outside strings for which found(token,
    depth) holds; only run once json has refused the text, so speed matters little."""
    for pos, token, depth in _tokens(text):
        if found(token, depth):
            line, column = line_and_column(text, pos)
            return f" (line {line}, column {column})"
    return ""


def _tokens(text: str) -> Iterator[tuple[int, str, int]]:
    depth = 0
    for match in _TOKENS.finditer(text):
        token = match.group()
        if token[0] == '"':
            continue
        if token in "[{":
            depth += 1
        elif token in "]}":
            depth -= 1
        yield match.start(), token, depth


def path_of(root: Any, target: Any) -> str:
    """The JSON path ($.parties[3]) of the container `target` inside `root`."""
    stack: list[tuple[Any, str]] = [(root, "$")]
    while stack:
        node, path = stack.pop()
        if node is target:
            return path
        stack.extend(_children(node, path))
    return "$"


def deep_place(root: Any, depth: int = 16) -> str:
    """The JSON path (shortened) of the first container nested more than `depth` deep."""
    stack: list[tuple[Any, str, int]] = [(root, "$", 0)]
    while stack:
        node, path, level = stack.pop()
        if level > depth:
            return path if len(path) <= 60 else path[:60] + "…"
        stack.extend((value, step, level + 1) for value, step in reversed(_children(node, path)))
    return "$"


def _children(node: Any, path: str) -> list[tuple[Any, str]]:
    if isinstance(node, dict):
        return [(v, _member(path, k)) for k, v in node.items() if isinstance(v, dict | list)]
    if isinstance(node, list):
        return [(v, f"{path}[{i}]") for i, v in enumerate(node) if isinstance(v, dict | list)]
    return []


def _member(path: str, key: object) -> str:
    """$.name for a plain key, $["odd key"] for any other."""
    text = str(key)
    return f"{path}.{text}" if text.isidentifier() else f"{path}[{brief_repr(text)}]"


def brief_repr(value: Any, limit: int = 60) -> str:
    """A JSON value for a message, as JSON writes it, cut to `limit` characters."""
    try:
        text = json.dumps(value, ensure_ascii=True)
    except (TypeError, ValueError, RecursionError):
        text = type(value).__name__
    return text if len(text) <= limit else text[: limit - 1] + "…"
