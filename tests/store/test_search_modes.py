"""Full-text search runs on FTS5 however the case was opened (read-only included)."""

from __future__ import annotations

from pathlib import Path

import pytest

from casefile.store import CaseFile


@pytest.mark.parametrize("read_only", [False, True], ids=["editing", "read-only"])
def test_search_uses_fts5_in_every_mode(demo_path: Path, read_only: bool) -> None:
    with CaseFile.open(demo_path, read_only=read_only) as case:
        assert case.search_uses_fts
        hits = case.search("Galuz")
    assert [hit.title for hit in hits if hit.kind == "party"] == ["Mikhail Galuzin"]


def test_search_finds_native_script_and_ranks_title_matches(demo_path: Path) -> None:
    with CaseFile.open(demo_path, read_only=True) as case:
        native = case.search("Евдокимов")
        azerbaijani = case.search("Rəhman")
    assert {h.title for h in native} >= {"Mikhail Yevdokimov"}
    assert {h.title for h in azerbaijani} >= {"Rahman Mustafayev"}


def test_an_index_of_an_older_layout_is_scanned_then_made_again(demo_path: Path) -> None:
    """A file whose index predates the folded one (migrated where SQLite had no FTS5):
    reading it scans the tables, with the same folding; editing it makes the index anew."""
    import sqlite3

    conn = sqlite3.connect(demo_path)
    conn.execute("DROP TABLE search_index")
    conn.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5(kind UNINDEXED, item_id UNINDEXED, "
        "title, body, tokenize='unicode61 remove_diacritics 2')"
    )
    conn.commit()
    conn.close()
    with CaseFile.open(demo_path, read_only=True) as case:
        assert not case.search_uses_fts
        assert {h.title for h in case.search("Galuzin") if h.kind == "party"} == {"Mikhail Galuzin"}
        assert "Embassy of the Republic of Azerbaijan in Kyiv" in {
            h.title for h in case.search("posolstvo Ukraini")
        }
    with CaseFile.open(demo_path) as case:
        assert case.search_uses_fts
        assert "Embassy of the Republic of Azerbaijan in Kyiv" in {
            h.title for h in case.search("posolstvo Ukraini")
        }
