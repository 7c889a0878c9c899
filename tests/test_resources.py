"""Bundled resources live inside the package, and a missing one is said in words."""

from __future__ import annotations

from pathlib import Path

import pytest

import casefile
from casefile.assets import ResourceMissing, resource, resources_dir
from casefile.brief import fonts
from casefile.cli import main


def test_resources_are_inside_the_package() -> None:
    """A wheel carries only the package: the fonts must sit inside it to be installed."""
    package = Path(casefile.__file__).resolve().parent
    assert resources_dir().resolve().parent == package
    fallbacks = [name for pair in fonts.FALLBACK_FACES.values() for name in pair]
    for filename in [*fonts.FACES.values(), *fallbacks, "LICENSE-DejaVu.txt", "LICENSE-Noto.txt"]:
        assert resource("fonts", filename).stat().st_size > 0


def test_a_missing_resource_names_itself() -> None:
    with pytest.raises(ResourceMissing, match=r"nothing\.ttf: .*reinstall casefile") as caught:
        resource("fonts", "nothing.ttf")
    assert caught.value.exit_code == 1


@pytest.mark.parametrize("damage", ["missing", "not a font"])
def test_brief_without_its_fonts_fails_in_one_clear_line(
    damage: str,
    demo_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A broken installation stops the brief with a line naming the font, exit 1, no PDF."""
    broken = tmp_path / "fonts"
    broken.mkdir()
    if damage == "not a font":
        for filename in fonts.FACES.values():
            (broken / filename).write_bytes(b"<html>not a font</html>")
    monkeypatch.setattr(fonts, "font_dir", lambda: broken)
    monkeypatch.setattr(fonts, "_registered", False)
    out = tmp_path / "brief.pdf"
    capsys.readouterr()
    code = main(["brief", str(demo_path), "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 1
    assert err.count("\n") == 1 and err.startswith("casefile: error: "), err
    assert "internal error" not in err
    assert str(broken / "DejaVuSans.ttf") in err and "reinstall casefile" in err
    assert not out.exists()


def test_brief_without_its_arabic_font_names_it(
    demo_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The fallback faces are part of the installation: one missing stops the brief too."""
    import shutil

    partial = tmp_path / "fonts"
    shutil.copytree(fonts.font_dir(), partial)
    (partial / "NotoSansArabic-Bold.ttf").unlink()
    monkeypatch.setattr(fonts, "font_dir", lambda: partial)
    monkeypatch.setattr(fonts, "_registered", False)
    out = tmp_path / "brief.pdf"
    capsys.readouterr()
    code = main(["brief", str(demo_path), "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith("casefile: error: ") and "NotoSansArabic-Bold.ttf" in err, err
    assert not out.exists()
