"""casefile-json files on disk: one read strictly and whole, one written atomically."""

from __future__ import annotations

import gc
import io
import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from casefile.store import jsontext
from casefile.store.errors import InvalidInput, Words, not_written
from casefile.store.received import read_received
from casefile.store.safewrite import check_output, replacing

#: The largest document read (checked before reading): an import holds about four times
#: its size in memory (bench/'s large case, 300 photos: 145 MB of JSON, 593 MB at peak).
MAX_DOCUMENT_BYTES = 1024 * 1024 * 1024


def write_json(doc: dict[str, Any], out: Path, *, inputs: Iterable[Path] = ()) -> None:
    """Atomically, never through a link planted beside `out`: a failed export leaves no
    half-written file. Refused (InvalidInput) if `out` is one of `inputs` (the case it
    comes from) or a case's journal or lock."""
    out = check_output(out, inputs=inputs, what=Words("what.json_export"))
    try:
        with replacing(out, inputs=inputs, what=Words("what.json_export")) as handle:
            text = io.TextIOWrapper(handle, encoding="utf-8", newline="\n")
            json.dump(doc, text, ensure_ascii=False, indent=2)
            text.write("\n")
            text.flush()
            text.detach()  # the handle stays open for `replacing` to sync
    except OSError as exc:
        raise not_written(exc, out) from exc


def read_json(path: Path) -> dict[str, Any]:
    """The document in a casefile-json file, read strictly (store/jsontext.py).

    Bytes decoded in one call, not read_text's newline-translating stream (a third of
    a second on a 150 MB document); JSON treats CR and LF alike anyway."""
    raw = read_received(
        path,
        limit=MAX_DOCUMENT_BYTES,
        limit_text=Words("limit.json", limit=MAX_DOCUMENT_BYTES // 1048576),
        what=Words("what.json_file"),
        advice=Words("advice.json_file"),
    )
    try:
        text = jsontext.decode(raw)
        del raw
        with gc_paused():
            doc = jsontext.loads(text)
    except InvalidInput as exc:
        raise exc.about(path) from exc
    if not isinstance(doc, dict):
        raise InvalidInput.of("json.casefile_json_document_2", path=path)
    return doc


@contextmanager
def gc_paused() -> Iterator[None]:
    """Reading and applying a large document allocates a few hundred thousand dicts
    and lists, none of them in cycles; with the cyclic collector running, its full
    passes over that heap are a large share of an import (bench/store_bench.py)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
