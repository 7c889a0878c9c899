"""A case file left as a writer killed mid-transaction leaves it: the change half in the
file, the journal that can undo it beside it, hot. Made by the real thing (sqlite3 in a
child process, SIGKILL), so the tests of journals see what a crash leaves."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from reliability_support import child_env

#: Run by the writer that is killed: a tiny page cache makes the change spill into the
#: file before the commit, so the journal stays behind, hot.
HALF_WRITTEN = """
import sqlite3, sys
if len(sys.argv) > 2:  # an encrypted case: SQLCipher with its passphrase or raw key
    from sqlcipher3 import dbapi2 as sqlite3
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
if len(sys.argv) > 2:
    conn.execute('PRAGMA key = "' + sys.argv[2] + '"')
conn.execute("PRAGMA cache_size=8")
conn.execute("BEGIN")
conn.execute("UPDATE note SET title = 'HALF-WRITTEN ' || title, body = body || ?", ("x" * 3000,))
conn.execute(
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
    "INSERT INTO case_meta(key, value) SELECT 'junk' || i, hex(randomblob(1500)) FROM n"
)
print("ready", flush=True)
sys.stdin.read()
"""


def journal_of(path: Path) -> Path:
    return Path(str(path) + "-journal")


def kill_mid_write(path: Path, key: str | None = None) -> None:
    """Leave a hot journal beside `path`: a writer killed with its change half in the file.
    An encrypted case's writer is given its key: the passphrase, or the raw key
    (Cipher.raw_key), as PRAGMA key takes either."""
    before = path.read_bytes()
    child = subprocess.Popen(
        [sys.executable, "-c", HALF_WRITTEN, str(path), *([key] if key else [])],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env=child_env(),
        text=True,
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "ready"
    os.kill(child.pid, signal.SIGKILL)
    child.communicate(timeout=30)
    assert journal_of(path).stat().st_size > 0, "no hot journal was left"
    assert path.read_bytes() != before, "the half-written change never reached the file"
