"""A big case exports within bounds: many damage items, many camera-sized photos.

Size bound (documented in docs/brief/README.md): each embedded photo is at most
photos.MAX_BYTES (400 KB; ~270 KB measured for a 24 MP photo), and the text of a
damage item costs well under 2 KB, so

    PDF bytes <= photos * MAX_BYTES + items * 2 KB + 512 KB.

`make stress` (CASEFILE_STRESS=full) runs the full case of the issue: 1,000 damage
items and 50 photos of 24 megapixels. Otherwise a bounded sample runs.
"""

from __future__ import annotations

import datetime as dt
import os
import time
from pathlib import Path

import pytest
from brief_support import KYIV, large_jpeg, pdf_text
from pypdf import PdfReader

from casefile.brief import BriefOptions, export_brief
from casefile.brief.photos import MAX_BYTES
from casefile.store import CaseFile

FULL = os.environ.get("CASEFILE_STRESS") == "full"
ITEMS, PHOTOS = (1000, 50) if FULL else (200, 4)
CATEGORIES = ("perimeter", "structures", "vehicles", "building", "consular", "equipment", "other")
SEVERITIES = ("", "minor", "moderate", "severe", "destroyed")


def size_bound(items: int, photos: int) -> int:
    return photos * MAX_BYTES + items * 2048 + 512 * 1024


def build_big_case(path: Path, items: int, photos: int) -> None:
    with CaseFile.create(
        path,
        title="Stress case",
        reference="STRESS-1",
        occurred_at=dt.datetime(2025, 11, 14, 1, 0, tzinfo=KYIV),
        timezone="Europe/Kyiv",
        classification="RESTRICTED",
        actor="stress",
    ) as case:
        ids = []
        for n in range(items):
            assessed = n % 3 != 0
            item = case.add(
                "damage_item",
                category=CATEGORIES[n % len(CATEGORIES)],
                title=f"Damage item number {n} with a title of ordinary length",
                severity=SEVERITIES[n % len(SEVERITIES)],
                description=f"Description of item {n}. " * 8,
                estimated_cost=(n + 1) * 1_000 if assessed else None,
                currency=("EUR", "USD", "UAH")[n % 3] if assessed else "",
            )
            ids.append(item.id)
        for n in range(photos):
            case.add_attachment(
                large_jpeg(seed=n), f"photo-{n}.jpg", to=ids[n * 7 % items], caption=f"P{n}"
            )


@pytest.mark.stress
def test_a_big_case_exports_within_the_size_bound(tmp_path: Path) -> None:
    path = tmp_path / "big.casefile"
    build_big_case(path, ITEMS, PHOTOS)
    out = tmp_path / "big.pdf"
    started = time.perf_counter()
    with CaseFile.open(path, read_only=True) as case:
        export_brief(case, out, BriefOptions(brief_date=dt.date(2025, 11, 21)))
    seconds = time.perf_counter() - started
    size = out.stat().st_size
    print(f"\n{ITEMS} items, {PHOTOS} photos: {size / 1e6:.2f} MB in {seconds:.1f} s")
    assert size <= size_bound(ITEMS, PHOTOS)
    reader = PdfReader(out)
    last = reader.pages[-1].extract_text()
    assert f"page {len(reader.pages)} of {len(reader.pages)}" in " ".join(last.split())
    text = pdf_text(out)
    assert f"Figure {PHOTOS}." in text
    assert f"D-{ITEMS}" in text


def test_a_mid_sized_case_exports_within_the_size_bound(tmp_path: Path) -> None:
    """The unmarked variant: quick enough for every run."""
    path = tmp_path / "mid.casefile"
    build_big_case(path, 60, 1)
    out = tmp_path / "mid.pdf"
    with CaseFile.open(path, read_only=True) as case:
        export_brief(case, out, BriefOptions(brief_date=dt.date(2025, 11, 21)))
    assert out.stat().st_size <= size_bound(60, 1)
