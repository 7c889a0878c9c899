"""Store-level benchmarks: `info` start-up, search and import-json, each beside its floor."""

from __future__ import annotations

import base64
import json
import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench.measure import Stats, alternate, python, repeat, run_command
from casefile.store import CaseFile, read_json
from casefile.store.opener import create_file


def casefile_command() -> str:
    """The installed console script, as a user runs it (python -m adds runpy's cost)."""
    script = Path(sys.executable).with_name("casefile")
    return str(script) if script.exists() else shutil.which("casefile") or "casefile"


def info_vs_import(demo: Path, runs: int) -> tuple[Stats, Stats]:
    floor = run_command(python("import sqlmodel"), runs)
    ours = run_command([casefile_command(), "info", str(demo)], runs)
    return floor, ours


SEARCH_QUERIES = ("fence", "посольство", "zərər", "ambassador regret", "missile frag")


def search_vs_raw(large: Path, runs: int) -> tuple[Stats, Stats]:
    """Our search (folded and transliterated, prefix match, snippets with their spans in
    the original spelling, ranked, 200 hits) vs the same FTS5 MATCH in raw sqlite3, the
    query folded beforehand, with FTS5's own snippet() of the folded text."""
    from casefile.store.matching import Query

    with CaseFile.open(large, read_only=True) as case:
        for query in SEARCH_QUERIES:
            case.search(query)  # warm the page cache and the pool
        ours = repeat(lambda: [case.search(q) for q in SEARCH_QUERIES], runs)
    raw = sqlite3.connect(f"file:{large}?mode=ro", uri=True)
    sql = (
        "SELECT kind, item_id, title, snippet(search_index, -1, '', '', '…', 12) "
        "FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT 200"
    )

    matches = [Query(query).fts5() for query in SEARCH_QUERIES]

    def raw_queries() -> None:
        for match in matches:
            raw.execute(sql, (match,)).fetchall()

    raw_queries()
    floor = repeat(raw_queries, runs)
    raw.close()
    per = len(SEARCH_QUERIES)
    scale = lambda s: Stats(s.median / per, s.low / per, s.high / per, s.runs)  # noqa: E731
    return scale(floor), scale(ours)


def import_vs_executemany(doc_path: Path, runs: int) -> tuple[Stats, Stats]:
    work = Path(tempfile.mkdtemp(prefix="casefile-bench-"))
    empty = work / "empty.casefile"
    create_file(empty)
    target = work / "target.casefile"

    def reset() -> None:
        target.unlink(missing_ok=True)

    def ours() -> None:
        with CaseFile.create_from_document(target, read_json(doc_path)):
            pass

    def floor() -> None:
        shutil.copyfile(empty, target)  # the schema is set-up, not the work measured
        raw_insert(target, json.loads(doc_path.read_text(encoding="utf-8")))

    try:
        floor_stats, our_stats = alternate(floor, ours, runs=runs, setup=reset)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return floor_stats, our_stats


def raw_insert(path: Path, doc: dict[str, Any]) -> None:
    """The same rows with sqlite3.executemany in one transaction, nothing else."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA journal_mode=DELETE")
    ins = conn.executemany
    conn.execute("BEGIN")
    i = doc["incident"]
    conn.execute(
        "INSERT INTO incident (id, created_at, updated_at, title, reference, occurred_at,"
        " timezone, location, summary, status, classification)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (
            i["id"],
            i["created_at"],
            i["updated_at"],
            i["title"],
            i["reference"],
            i["occurred_at"],
            i["timezone"],
            i["location"],
            i["summary"],
            i["status"],
            i["classification"],
        ),
    )
    ins(
        "INSERT INTO party VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        [
            (
                p["id"],
                p["created_at"],
                p["updated_at"],
                p["name"],
                p["native_name"],
                p["kind"],
                p["role"],
                p["country"],
                p["affiliation"],
                p["contact"],
                p["represents_id"],
            )
            for p in doc["parties"]
        ],
    )
    ins(
        "INSERT INTO attachment VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        [
            (
                a["id"],
                a["created_at"],
                a["updated_at"],
                a["filename"],
                a["media_type"],
                a["size"],
                a["sha256"],
                a["caption"],
                a["captured_at"],
                a["width"],
                a["height"],
            )
            for a in doc["attachments"]
        ],
    )
    ins(
        "INSERT INTO attachment_blob VALUES (?,?)",
        [(a["id"], base64.b64decode(a["data_base64"])) for a in doc["attachments"]],
    )
    ins(
        "INSERT INTO note VALUES (?,?,?,?,?,?,?,?,?)",
        [
            (
                n["id"],
                n["created_at"],
                n["updated_at"],
                n["title"],
                n["body"],
                n["kind"],
                n["date"],
                n["source_party_id"],
                n["internal"],
            )
            for n in doc["notes"]
        ],
    )
    ins(
        "INSERT INTO note_party VALUES (?,?,?)",
        [(n["id"], p, k) for n in doc["notes"] for k, p in enumerate(n["party_ids"])],
    )
    ins(
        "INSERT INTO damage_item (id, created_at, updated_at, category, title, description,"
        " location, severity, status, estimated_cost, currency, assessed_by, assessed_at,"
        " reference) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [
            (
                d["id"],
                d["created_at"],
                d["updated_at"],
                d["category"],
                d["title"],
                d["description"],
                d["location"],
                d["severity"],
                d["status"],
                None
                if d["estimated_cost"] is None
                else int(round(float(d["estimated_cost"]) * 100)),
                d["currency"],
                d["assessed_by"],
                d["assessed_at"],
                number,  # its reference, D-n
            )
            for number, d in enumerate(doc["damage_items"], start=1)
        ],
    )
    ins(
        "INSERT INTO damage_item_attachment VALUES (?,?,?)",
        [(d["id"], a, k) for d in doc["damage_items"] for k, a in enumerate(d["attachment_ids"])],
    )
    ins(
        "INSERT INTO meeting VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        [
            (
                m["id"],
                m["created_at"],
                m["updated_at"],
                m["kind"],
                m["title"],
                m["held_at"],
                m["all_day"],
                m["timezone"],
                m["place"],
                m["summary"],
                m["outcomes"],
            )
            for m in doc["meetings"]
        ],
    )
    ins(
        "INSERT INTO meeting_participant VALUES (?,?,?,?)",
        [
            (m["id"], p["party_id"], p["role"], k)
            for m in doc["meetings"]
            for k, p in enumerate(m["participants"])
        ],
    )
    ins(
        "INSERT INTO meeting_note VALUES (?,?,?)",
        [(m["id"], n, k) for m in doc["meetings"] for k, n in enumerate(m["note_ids"])],
    )
    ins(
        "INSERT INTO follow_up VALUES (?,?,?,?,?,?,?,?,?)",
        [
            (
                f["id"],
                f["created_at"],
                f["updated_at"],
                f["title"],
                f["owner_id"],
                f["due_date"],
                f["status"],
                f["internal"],
                f["meeting_id"],
            )
            for f in doc["follow_ups"]
        ],
    )
    conn.execute("COMMIT")
    conn.close()


#: The passphrase of the encrypted copy of the large case.
BENCH_PASSPHRASE = "a passphrase for the benchmarks"


def encrypted_copy(large: Path) -> Path:
    """The large case encrypted (`casefile encrypt`), kept beside it."""
    from bench.measure import usable_cache
    from casefile.store import Passphrase, encrypt

    path = large.with_name(large.stem + "-encrypted.casefile")
    if not usable_cache(path) or path.stat().st_mtime < large.stat().st_mtime:
        path.unlink(missing_ok=True)
        shutil.copyfile(large, path)
        encrypt(path, Passphrase(BENCH_PASSPHRASE))
    return path


def encrypted_vs_plain(large: Path, doc_path: Path, runs: int) -> dict[str, tuple[Stats, Stats]]:
    """Opening (read-only, with its checks), searching and `import-json` of the large case,
    plain and encrypted, in turn in the same run. A fresh Passphrase for every open: each
    pays its key derivation, as a user's command does."""
    from casefile.store import Passphrase

    encrypted = encrypted_copy(large)

    def opener(path: Path, passphrase: str | None) -> Any:
        def open_and_close() -> None:
            with CaseFile.open(
                path, read_only=True, passphrase=Passphrase(passphrase) if passphrase else None
            ) as case:
                case.incident()

        return open_and_close

    figures = {
        "open": alternate(
            opener(large, None), opener(encrypted, BENCH_PASSPHRASE), runs=runs, warmup=1
        )
    }

    plain_case = CaseFile.open(large, read_only=True)
    secret_case = CaseFile.open(encrypted, read_only=True, passphrase=Passphrase(BENCH_PASSPHRASE))
    try:

        def searcher(case: CaseFile) -> Any:
            return lambda: [case.search(q) for q in SEARCH_QUERIES]

        plain, secret = alternate(searcher(plain_case), searcher(secret_case), runs=runs, warmup=1)
    finally:
        plain_case.close()
        secret_case.close()
    per = len(SEARCH_QUERIES)
    scale = lambda s: Stats(s.median / per, s.low / per, s.high / per, s.runs)  # noqa: E731
    figures["search"] = (scale(plain), scale(secret))

    work = Path(tempfile.mkdtemp(prefix="casefile-bench-"))
    target = work / "target.casefile"

    def reset() -> None:
        target.unlink(missing_ok=True)

    def importer(passphrase: str | None) -> Any:
        def run() -> None:
            secret = Passphrase(passphrase) if passphrase else None
            with CaseFile.create_from_document(target, read_json(doc_path), passphrase=secret):
                pass

        return run

    try:
        figures["import"] = tuple(  # type: ignore[assignment]
            alternate(importer(None), importer(BENCH_PASSPHRASE), runs=runs, setup=reset)
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return figures  # type: ignore[return-value]
