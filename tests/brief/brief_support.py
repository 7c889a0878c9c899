"""Helpers of the brief tests: a hand-built Brief, photos made on the spot, PDF reading."""

from __future__ import annotations

import datetime as dt
import functools
import io
import os
from pathlib import Path

from PIL import Image, ImageDraw
from pypdf import PdfReader

from casefile.brief.model import (
    Brief,
    ChartSeries,
    ChronologyRow,
    DamageRow,
    DamageSchedule,
    Fact,
    Figure,
    FollowUpEntry,
    MeetingEntry,
    NoteEntry,
    ParticipantEntry,
    PartyEntry,
    Subtotal,
)
from casefile.brief.options import SECTIONS
from casefile.brief.photos import prepare_photo

KYIV = dt.timezone(dt.timedelta(hours=2))

#: Names of shared/DEMO_CASE.md in their native script, plus the Latin ones.
NATIVE_NAMES = (
    "Посольство Азербайджанської Республіки в Україні",
    "Azərbaycan Respublikasının Xarici İşlər Nazirliyi",
    "Министерство иностранных дел Российской Федерации",
    "Михаил Евдокимов",
    "Михаил Галузин",
    "Rəhman Mustafayev",
)
LATIN_NAMES = (
    "Embassy of the Republic of Azerbaijan in Kyiv",
    "Ministry of Foreign Affairs of the Republic of Azerbaijan",
    "Ministry of Foreign Affairs of the Russian Federation",
    "Mikhail Yevdokimov",
    "Mikhail Galuzin",
    "Rahman Mustafayev",
    "Azernews",
)

#: User text that would be markup if it reached a Paragraph unescaped.
HOSTILE = '<b>bold</b> & <i unclosed <img src="/etc/hostname"> &amp; <br/> &#65; <para>'


def placeholder_png(text: str = "placeholder", size: tuple[int, int] = (640, 400)) -> bytes:
    image = Image.new("RGB", size, "#46627f")
    ImageDraw.Draw(image).text((20, 20), text, fill="white")
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


@functools.lru_cache(maxsize=2)
def _camera_picture(width: int, height: int) -> Image.Image:
    """Photo-like detail: soft shapes plus fine sensor noise.

    Pure noise would be the worst case of JPEG; a flat colour would be the best. This
    sits between, like a real photo of rubble and sky.
    """
    coarse = Image.merge(
        "RGB",
        [Image.effect_noise((width // 40, height // 40), 60 + 10 * i) for i in range(3)],
    )
    picture = coarse.resize((width, height), Image.Resampling.BICUBIC)
    grain = Image.effect_noise((width, height), 12).convert("RGB")
    return Image.blend(picture, grain, 0.15)


def large_jpeg(width: int = 6000, height: int = 4000, seed: int = 0) -> bytes:
    """A camera-sized JPEG (24 megapixels by default); each seed gives different pixels.

    Distinct pixels matter: identical photos would be embedded once by reportlab and
    make a size test pass for the wrong reason.
    """
    picture = _camera_picture(width, height).copy()
    band = (seed * 97) % max(width - width // 6, 1)
    ImageDraw.Draw(picture).rectangle(
        (band, 0, band + width // 6, height // 6), fill=((seed * 53) % 256, 90, 200)
    )
    ImageDraw.Draw(picture).text((width // 2, height // 2), f"photo {seed}", fill="white")
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=90)
    return out.getvalue()


def pdf_text(source: str | os.PathLike[str] | bytes) -> str:
    """All text pypdf extracts, pages joined, whitespace collapsed to single spaces."""
    reader = PdfReader(io.BytesIO(source) if isinstance(source, bytes) else Path(source))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def page_texts(source: str | os.PathLike[str]) -> list[str]:
    reader = PdfReader(Path(source))
    return [" ".join((page.extract_text() or "").split()) for page in reader.pages]


def sample_brief(**overrides) -> Brief:
    """A brief like the demo's, built by hand: render can be tested without a case."""
    photo = prepare_photo(placeholder_png("placeholder photo 1"))
    values = dict(
        title="Missile strike damage to the Embassy of the Republic of Azerbaijan in Kyiv",
        reference="KYIV-2025-001",
        classification="RESTRICTED",
        brief_date="21 November 2025",
        preparer="Desk officer",
        fingerprint="0123456789ab",
        redacted=False,
        sections=SECTIONS,
        case_status="Open",
        timezone="Europe/Kyiv",
        summary="An Iskander missile came down on the embassy's territory.\nIt exploded.",
        key_points=("5 damage items recorded.", "No cost estimate has been made yet."),
        facts=(
            Fact("Title", "Missile strike damage"),
            Fact("Occurred", "14 November 2025, 01:00 Europe/Kyiv (UTC+02:00)"),
            Fact("Location", "Kyiv, Ukraine"),
        ),
        chronology=(
            ChronologyRow("14 Nov 2025, 01:00", "Incident", "The strike", "Kyiv"),
            ChronologyRow("14 Nov 2025", "Note", "Note of protest", "Diplomatic note"),
        ),
        damage=DamageSchedule(
            rows=(
                DamageRow(
                    "D1", "perimeter", "Perimeter", "Perimeter fence", "destroyed",
                    "Destroyed", "Reported", "not assessed", False, "One section destroyed.",
                    figures=(1,),
                ),
                DamageRow(
                    "D2", "vehicles", "Vehicles", "Service vehicles", "", "Not assessed",
                    "Assessed", "1,250.00 EUR", True,
                ),
            ),
            subtotals=(
                Subtotal("Perimeter", "", "", 0, 1),
                Subtotal("Vehicles", "EUR", "1,250.00 EUR", 1),
            ),
            totals=(Subtotal("All categories", "EUR", "1,250.00 EUR", 1),),
            unassessed=1,
            chart_categories=("Perimeter", "Vehicles"),
            chart_series=(
                ChartSeries("Destroyed", "destroyed", (1, 0)),
                ChartSeries("Not assessed", "", (0, 1)),
            ),
        ),
        parties=(
            PartyEntry(
                "Embassy of the Republic of Azerbaijan in Kyiv",
                "Посольство Азербайджанської Республіки в Україні",
                "Organisation",
                "affected mission",
            ),
            PartyEntry("Rahman Mustafayev", "Rəhman Mustafayev", "Person", "ambassador"),
        ),
        meetings=(
            MeetingEntry(
                "Summons of Ambassador Yevdokimov",
                "Summons",
                "14 November 2025, 12:00 Asia/Baku (UTC+04:00)",
                "Baku",
                (ParticipantEntry("Mikhail Yevdokimov (Михаил Евдокимов)", "summoned"),),
                outcomes=("Note of protest delivered",),
                follow_ups=(FollowUpEntry("Schedule contacts", "Open"),),
            ),
        ),
        notes=(
            NoteEntry(
                "Note of protest",
                "Diplomatic note",
                "14 November 2025",
                "Ministry of Foreign Affairs",
                "First line\nsecond line\n\nNew paragraph.",
            ),
        ),
        figures=(
            Figure(
                1, "Fence, north side", "fence.png", "D1 Perimeter fence",
                "14 November 2025, 09:00 Europe/Kyiv (UTC+02:00)", "abcdef012345",
                photo.jpeg, photo.width, photo.height,
            ),
            Figure(
                2, "", "huge.png", "", "", "fedcba987654",
                problem="photo not included: too large to decode safely",
            ),
        ),
    )  # fmt: skip
    values.update(overrides)
    return Brief(**values)
