"""The brief benchmark: `export_brief` of the large case beside plain reportlab platypus.

Both sides start from the same open case and read it through the same CaseFile API
(`incident`, `list`, `timeline`, `attachment_data`), so reading the case is in both
figures. The floor then does what any program printing this content must do and
nothing more: it downscales every photo as `casefile/brief/photos.py` does (JPEG
draft decoding, a LANCZOS thumbnail to 1600 pixels, JPEG quality 80), and flows the
same texts as Paragraphs in the same DejaVu fonts and sizes through a
`SimpleDocTemplate` on the same A4 frame: the chronology, damage schedule and parties
as Tables of Paragraphs (no table style; in blocks of BLOCK rows, see there), the
item details, meetings and notes as paragraphs, each photo as an Image with its
caption. What it leaves out is our structure and styling: the cover and contents,
headers, footers and "page X of Y", the outline, the chart, banded rows and sum rows,
keep-together and conditional page breaks, the atomic write with fsync.
"""

from __future__ import annotations

import io
import shutil
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

from bench.measure import Stats, alternate

MAX_SIDE = 1600  # as casefile/brief/photos.py
QUALITY = 80
#: Rows per plain Table: one Table of 40,000 rows would cost time quadratic in its rows
#: (reportlab lays out all the rows left again at every page it splits), so the floor
#: flows each table as plain Tables of BLOCK rows, each with its header row.
BLOCK = 100


def _fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from casefile.assets import resources_dir

    faces = {
        "DejaVuSans": "DejaVuSans.ttf",
        "DejaVuSans-Bold": "DejaVuSans-Bold.ttf",
        "DejaVuSans-Oblique": "DejaVuSans-Oblique.ttf",
        "DejaVuSans-BoldOblique": "DejaVuSans-BoldOblique.ttf",
    }
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, filename in faces.items():
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(resources_dir() / "fonts" / filename)))
    pdfmetrics.registerFontFamily(
        "DejaVuSans",
        normal="DejaVuSans",
        bold="DejaVuSans-Bold",
        italic="DejaVuSans-Oblique",
        boldItalic="DejaVuSans-BoldOblique",
    )


def downscale(data: bytes) -> tuple[bytes, int, int]:
    """The photo as the brief embeds it: decoded small, LANCZOS to MAX_SIDE, JPEG QUALITY."""
    from PIL import Image

    with Image.open(io.BytesIO(data)) as image:
        width, height = image.size
        scale = min(1.0, MAX_SIDE / max(width, height))
        image.draft("RGB", (round(width * scale), round(height * scale)))
        image.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
        out = io.BytesIO()
        image.convert("RGB").save(out, "JPEG", quality=QUALITY, optimize=True)
        return out.getvalue(), image.width, image.height


def floor_brief(case, out: Path) -> None:
    """The same content, read through the same API, in plain platypus."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm, mm
    from reportlab.platypus import Image, Paragraph, SimpleDocTemplate, Table

    _fonts()
    body = ParagraphStyle("body", fontName="DejaVuSans", fontSize=10, leading=14, spaceAfter=6)
    small = ParagraphStyle("small", parent=body, fontSize=8.5, leading=11, spaceAfter=3)
    cell = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5, spaceAfter=0)
    head = ParagraphStyle("head", parent=body, fontName="DejaVuSans-Bold", fontSize=11.5)
    width = A4[0] - 40 * mm

    def p(text: object, style: ParagraphStyle = body) -> Paragraph:
        return Paragraph(escape(str(text)).replace("\n", "<br/>"), style)

    def table(header: tuple[str, ...], rows: list[tuple], widths: list[float]) -> list[Table]:
        head = [p(h, cell) for h in header]
        body = [[p(v, cell) for v in row] for row in rows]
        return [
            Table([head, *body[n : n + BLOCK]], colWidths=widths, repeatRows=1)
            for n in range(0, len(body), BLOCK)
        ]

    incident = case.incident()
    parties = case.records("party")
    names = {party.id: party.name for party in parties}
    notes = case.records("note")
    meetings = case.records("meeting")
    follow_ups = case.records("follow_up")
    damage = case.records("damage_item")
    attachments = case.records("attachment")
    follow_ups_of: dict[str, list] = {}
    for f in follow_ups:
        follow_ups_of.setdefault(f.meeting_id, []).append(f)

    story: list = [p(incident.title, head), p(incident.reference), p(incident.summary)]
    for label in ("title", "reference", "occurred_at", "location", "status", "classification"):
        story.append(p(f"{label}: {getattr(incident, label)}"))
    story.extend(
        table(
            ("When", "Kind", "Entry"),
            [
                (f"{e.at:%d %b %Y, %H:%M}", e.kind, f"{e.title}\n{e.detail}")
                for e in case.timeline()
            ],
            [36 * mm, 20 * mm, width - 56 * mm],
        )
    )
    story.extend(
        table(
            ("Ref", "Category", "Item", "Severity", "Status", "Estimate", "Fig."),
            [
                (f"D{n}", d.category, d.title, d.severity, d.status, d.cost_display, "")
                for n, d in enumerate(damage, start=1)
            ],
            [11 * mm, 21 * mm, width - 122 * mm, 23 * mm, 23 * mm, 33 * mm, 11 * mm],
        )
    )
    for n, d in enumerate(damage, start=1):
        story += [p(f"D{n} {d.title}"), p(d.location, small), p(d.description)]
    story.extend(
        table(
            ("Name", "Kind", "Role in the case", "Country"),
            [(f"{x.name}\n{x.native_name}", x.kind, x.role, x.country) for x in parties],
            [width - 102 * mm, 24 * mm, 50 * mm, 28 * mm],
        )
    )
    for m in meetings:
        story += [p(m.title, head), p(f"{m.kind} · {m.held_at} · {m.place}", small)]
        story += [p(f"{names.get(x.party_id, '')} — {x.role}") for x in m.participants]
        story += [p(m.summary)] + [p(line) for line in m.outcomes.splitlines()]
        story += [p(f"{f.title} — {f.status}") for f in follow_ups_of.get(m.id, [])]
    for note in notes:
        story += [p(note.title, head), p(f"{note.kind} · {note.date}", small)]
        story += [p("Mentions: " + "; ".join(names.get(i, "") for i in note.party_ids), small)]
        story.append(p(note.body))
    for number, a in enumerate(attachments, start=1):
        jpeg, w, h = downscale(case.attachment_data(a.id))
        scale = min(width / w, 9.5 * cm / h)
        story.append(Image(io.BytesIO(jpeg), w * scale, h * scale))
        story.append(p(f"Figure {number}. {a.caption}", small))
        story.append(p(f"file {a.filename} · SHA-256 {a.sha256[:12]}", small))
    doc = SimpleDocTemplate(
        str(out),
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=24 * mm,
        bottomMargin=22 * mm,
    )
    doc.build(story)


def brief_vs_floor(large: Path, runs: int) -> tuple[Stats, Stats, int, int]:
    """(floor, ours, PDF bytes of our brief, photos in it).

    The two alternate, run by run, so that load from other programs falls on both alike.
    """
    from casefile.brief import BriefOptions, export_brief
    from casefile.store import CaseFile

    work = Path(tempfile.mkdtemp(prefix="casefile-brief-bench-"))
    ours_pdf, floor_pdf = work / "brief.pdf", work / "floor.pdf"
    try:
        with CaseFile.open(large, read_only=True) as case:
            photos = sum(1 for a in case.records("attachment") if a.is_image)
            floor, ours = alternate(
                lambda: floor_brief(case, floor_pdf),
                lambda: export_brief(case, ours_pdf, BriefOptions()),
                runs=runs,
            )
        size = ours_pdf.stat().st_size
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return floor, ours, size, photos


#: Run in a fresh interpreter, so that its peak memory is the brief's alone. The peak is
#: VmHWM, the high-water mark of this program's own memory: Linux carries ru_maxrss over
#: from the forking parent (the bench, gigabytes after the in-process rows) through exec.
_CHILD = """
import sys, time
from casefile.brief import BriefOptions, export_brief
from casefile.store import CaseFile
start = time.perf_counter()
with CaseFile.open(sys.argv[1], read_only=True) as case:
    export_brief(case, sys.argv[2], BriefOptions())
seconds = time.perf_counter() - start
with open("/proc/self/status") as status:
    peak = next(int(l.split()[1]) for l in status if l.startswith("VmHWM:")) / 1024
print(seconds, peak)
"""


def brief_in_child(case_path: Path, runs: int) -> tuple[Stats, float]:
    """Wall time of `export_brief` (opening the case included) in a fresh process each
    run, and the highest peak RSS in MB of those processes (interpreter and imports
    included)."""
    import subprocess
    import sys

    from bench.measure import stats

    work = Path(tempfile.mkdtemp(prefix="casefile-brief-child-"))
    times, peaks = [], []
    try:
        for _ in range(runs):
            done = subprocess.run(
                [sys.executable, "-c", _CHILD, str(case_path), str(work / "brief.pdf")],
                check=True,
                capture_output=True,
                text=True,
            )
            seconds, peak = (float(v) for v in done.stdout.split())
            times.append(seconds)
            peaks.append(peak)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return stats(times), max(peaks)
