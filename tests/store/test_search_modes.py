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
