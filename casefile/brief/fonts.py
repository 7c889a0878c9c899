"""The brief's embedded fonts: find the bundled DejaVu Sans TTFs and register them once.

A built-in PDF font (Helvetica) has no Cyrillic and no Azerbaijani Ə, and reportlab
would print black boxes without complaint, so a missing or incomplete font file is an
error here, never a silent fallback.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from casefile.assets import ResourceMissing, resources_dir

FAMILY = "DejaVuSans"

#: Registered font name -> file in casefile/resources/fonts.
FACES: dict[str, str] = {
    "DejaVuSans": "DejaVuSans.ttf",
    "DejaVuSans-Bold": "DejaVuSans-Bold.ttf",
    "DejaVuSans-Oblique": "DejaVuSans-Oblique.ttf",
    "DejaVuSans-BoldOblique": "DejaVuSans-BoldOblique.ttf",
}

#: Letters every face must carry: Azerbaijani Latin and Ukrainian/Russian Cyrillic.
REQUIRED_LETTERS = "ƏəĞğIıİiŞşÇçÖöÜüІіЇїЄєҐґЖжЩщЫыЭэЁё–—…·“”«»"


#: Fallback faces for scripts DejaVu Sans does not shape well: family -> (regular, bold)
#: registered name -> file, and a letter each must carry.
ARABIC = "NotoSansArabic"
HEBREW = "NotoSansHebrew"
FALLBACK_FACES: dict[str, tuple[str, str]] = {
    ARABIC: ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
    HEBREW: ("NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf"),
}
FALLBACK_LETTERS: dict[str, str] = {ARABIC: "\u0627\u067e\u06cc\ufefb", HEBREW: "\u05d0\u05e9"}


class FontsMissing(ResourceMissing):
    """The bundled fonts are absent or damaged: the installation is broken."""


@dataclass(frozen=True, slots=True)
class Fonts:
    regular: str
    bold: str
    italic: str
    bold_italic: str


FONTS = Fonts(
    regular="DejaVuSans",
    bold="DejaVuSans-Bold",
    italic="DejaVuSans-Oblique",
    bold_italic="DejaVuSans-BoldOblique",
)

_lock = threading.Lock()
_registered = False


def font_dir() -> Path:
    """casefile/resources/fonts, found where casefile.assets finds every bundled resource."""
    return resources_dir() / "fonts"


def register_fonts() -> Fonts:
    """Register the four faces and their family with reportlab, once per process.

    Raises FontsMissing naming the file when one is missing, unreadable or lacks a
    letter of REQUIRED_LETTERS. Thread-safe: the GUI exports from a worker thread.
    """
    global _registered
    with _lock:
        if _registered:
            return FONTS
        folder = font_dir()
        for name, filename in FACES.items():
            _register(name, folder / filename, REQUIRED_LETTERS)
        for family, (regular, bold) in FALLBACK_FACES.items():
            _register(family, folder / regular, FALLBACK_LETTERS[family])
            _register(f"{family}-Bold", folder / bold, FALLBACK_LETTERS[family])
            pdfmetrics.registerFontFamily(
                family,
                normal=family,
                bold=f"{family}-Bold",
                italic=family,
                boldItalic=f"{family}-Bold",
            )
        # The family lets Paragraph markup (<b>, <i>) find the bold and oblique faces.
        pdfmetrics.registerFontFamily(
            FAMILY,
            normal=FONTS.regular,
            bold=FONTS.bold,
            italic=FONTS.italic,
            boldItalic=FONTS.bold_italic,
        )
        _registered = True
        return FONTS


def _register(name: str, path: Path, letters: str) -> None:
    """Register one TTF, refusing a missing or damaged file or one lacking `letters`."""
    if not path.is_file():
        raise FontsMissing.of("brief.font_missing", path=path)
    try:
        face = TTFont(name, str(path))
    except (TTFError, OSError) as exc:
        raise FontsMissing.of("brief.font_unreadable", path=path, reason=exc) from exc
    missing = [c for c in letters if ord(c) not in face.face.charToGlyph]
    if missing:
        raise FontsMissing.of("brief.font_lacks_letters", path=path, letters="".join(missing))
    pdfmetrics.registerFont(face)
