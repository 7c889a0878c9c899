"""Fixtures of the store tests: bad files from the demo, a second editor's lock."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from store.store_support import make_bad_file


@pytest.fixture
def bad_file(demo_template: Path, tmp_path: Path) -> Callable[[str], Path]:
    """make_bad_file(kind) under tmp_path; see store_support.BAD_FILES."""
    return lambda kind: make_bad_file(kind, tmp_path, demo_template)
