"""The window and a journal beside a case: read-only shows it untouched with a notice;
editing, when the journal does not belong, refuses in the cannot-open dialog."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from casefile.store import CaseFile, NeedsRecovery
from casefile.ui.dialogs.cannot_open import CannotOpenDialog
from casefile.ui.window.workspace import MessageBar

#: A colleague's copy of the case, killed mid-write: its journal is hot.
SPILL = (
    "UPDATE note SET body = body || hex(randomblob(2000));"
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) "
    "INSERT INTO case_meta(key, value) SELECT 'junk' || i, hex(randomblob(1500)) FROM n;"
)


def colleagues_journal(path: Path, folder: Path) -> bytes:
    """A hot journal of a diverged copy of `path`, left by a write that never ended."""
    folder.mkdir()
    sibling = folder / path.name
    shutil.copyfile(path, sibling)
    with CaseFile.open(sibling, actor="colleague") as case:
        for n in range(20):
            case.add("note", title=f"the colleague's note {n}", body="elsewhere " * 50)
    conn = sqlite3.connect(sibling, isolation_level=None)
    conn.execute("PRAGMA cache_size=8")
    conn.execute("BEGIN")
    for statement in SPILL.split(";")[:-1]:
        conn.execute(statement)
    journal = Path(str(sibling) + "-journal").read_bytes()  # as a kill would leave it
    conn.execute("ROLLBACK")
    conn.close()
    assert journal[:1] != b"\0", "the journal was never synced: not hot"
    return journal


def test_a_journal_of_another_copy_is_refused_for_editing_in_a_dialog(
    window, monkeypatch, demo_path: Path, tmp_path: Path
) -> None:
    journal = Path(str(demo_path) + "-journal")
    journal.write_bytes(colleagues_journal(demo_path, tmp_path / "colleague"))
    before = demo_path.read_bytes()
    shown = []
    monkeypatch.setattr(CannotOpenDialog, "ask", classmethod(lambda cls, *args: shown.append(args)))
    assert not window.open_path(demo_path)
    ((_, path, error),) = shown
    assert path == demo_path and isinstance(error, NeedsRecovery)
    assert "set aside" in error.message and "open the case again" in error.message
    assert demo_path.read_bytes() == before and not journal.exists()
    assert window.open_path(demo_path)  # as the dialog said: it opens as it is
    assert window.session is not None and not window.session.read_only


def test_a_journal_beside_a_case_opened_read_only_is_shown_in_a_bar(
    window, demo_path: Path, tmp_path: Path
) -> None:
    journal = Path(str(demo_path) + "-journal")
    journal.write_bytes(colleagues_journal(demo_path, tmp_path / "colleague"))
    before = (demo_path.read_bytes(), journal.read_bytes())
    assert window.open_path(demo_path, read_only=True)
    texts = [bar.label.text() for bar in window.findChildren(MessageBar)]
    assert any("interrupted write" in text for text in texts), texts
    window.close_case()
    assert (demo_path.read_bytes(), journal.read_bytes()) == before
