"""`make screenshots`: every view and main dialog shot in a language, into the folder
docs link, and a page listing them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from casefile.ui import screenshots
from casefile.ui.views.pages import PAGES


def test_every_view_and_dialog_is_shot_in_the_language_and_listed(qapp, tmp_path) -> None:
    out = tmp_path / "screenshots"
    stale = out / "uk" / "99-a-view-since-renamed.png"
    stale.parent.mkdir(parents=True)
    stale.write_bytes(b"")
    shots = screenshots.take(out, ["uk"], list_sizes=False)  # DialogMissing otherwise
    names = {shot.name for shot in shots}
    assert {f"{row + 1:02d}-{screenshots._slug(p.title)}" for row, p in enumerate(PAGES)} <= names
    assert {"00-welcome", "20-search", "21-read-only", "44-settings", "56-locked"} <= names
    assert all(shot.path.parent == out / "uk" and shot.path.is_file() for shot in shots)
    assert not stale.exists()
    with Image.open(out / "uk" / "44-settings.png") as image:
        assert image.mode == "P"  # a palette: a fraction of the bytes
    page = tmp_path / "screenshots.md"
    screenshots.write_page(shots, page)
    text = page.read_text(encoding="utf-8")
    assert "| Shows | Українська |" in text
    assert all(f"[uk](screenshots/uk/{shot.name}.png)" in text for shot in shots)


def test_a_language_not_shot_is_refused(capsys) -> None:
    with pytest.raises(SystemExit) as exit_:
        screenshots.main([str(Path("unused")), "--languages", "de"])
    assert exit_.value.code == 2
    assert "unknown language 'de'" in capsys.readouterr().err
