"""The brief's Site plan section: each plan with its pins in vector over its image,
a legend, figure numbers before the photos', damage rows citing the plan, redaction,
and the plan's full image never read."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from casefile.brief import BriefOptions, gather, render
from casefile.store import CaseFile

DATE = dt.date(2025, 12, 1)


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_the_demo_plan_is_figure_1_with_its_pins_and_legend(demo_case: CaseFile) -> None:
    brief = gather(demo_case, BriefOptions(brief_date=DATE))
    (plan,) = brief.plans
    assert plan.number == 1 and plan.name == "Embassy compound"
    assert "not to scale" in plan.caption.lower()
    assert plan.jpeg is not None and max(plan.width, plan.height) <= 2400
    labels = sorted(pin.label for pin in plan.pins if not pin.photo)
    assert labels == sorted(row.ref for row in brief.damage.rows)
    assert sum(pin.photo for pin in plan.pins) == 1
    fence = next(r for r in plan.legend if r.title == "Perimeter fence")
    assert fence.severity_label == "Destroyed" and fence.colour == "#6e1a1a"
    assert all(row.plan_figures == (1,) for row in brief.damage.rows)
    assert [f.number for f in brief.figures] == [2, 3, 4]  # the photos come after


def test_without_the_section_photos_are_numbered_from_one(demo_case: CaseFile) -> None:
    sections = ["damage", "photos"]
    brief = gather(demo_case, BriefOptions(brief_date=DATE, sections=sections))
    assert brief.plans == ()
    assert [f.number for f in brief.figures] == [1, 2, 3]
    assert all(row.plan_figures == () for row in brief.damage.rows)


def test_the_full_image_is_never_read(demo_case: CaseFile, monkeypatch) -> None:
    roles: list[str] = []
    real = demo_case.plan_image

    def counted(plan_id: str, role: str = "display") -> tuple[bytes, int, int]:
        roles.append(role)
        return real(plan_id, role)

    monkeypatch.setattr(demo_case, "plan_image", counted)
    gather(demo_case, BriefOptions(brief_date=DATE))
    assert roles == ["display"]


def test_the_pdf_draws_the_plan_with_figure_legend_and_references(
    demo_case: CaseFile, tmp_path: Path
) -> None:
    out = tmp_path / "brief.pdf"
    brief = gather(demo_case, BriefOptions(brief_date=DATE))
    render(brief, out)
    pdf = out.read_bytes()
    text = text_of(pdf)
    assert "Figure 1. Embassy compound" in text
    assert "On the site plan: Fig. 1" in text
    assert "Perimeter fence" in text and "where it was taken" in text
    page = next(
        p for p in PdfReader(io.BytesIO(pdf)).pages if "Figure 1. Embassy" in p.extract_text()
    )
    drawn = page.get_contents().get_data()
    assert drawn.count(b" c\n") + drawn.count(b" c ") >= 4 * 6  # the pins' circles, in vector
    shown = [x.get_object() for x in page["/Resources"]["/XObject"].values()]
    (image,) = [x for x in shown if x["/Subtype"] == "/Image"]  # beside the page's furniture
    assert "/DCTDecode" in image.get_object()["/Filter"]  # the plan, embedded as its JPEG
    render(brief, tmp_path / "again.pdf")
    assert (tmp_path / "again.pdf").read_bytes() == pdf  # the same brief, the same bytes


def test_a_photo_only_internal_notes_hold_is_not_pinned_on_a_redacted_brief(
    demo_path: Path,
) -> None:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (80, 60), "grey").save(out, "JPEG")
    with CaseFile.open(demo_path, actor="tester") as case:
        memo = next(n for n in case.records("note") if n.internal)
        (photo,) = case.add_attachments([(out.getvalue(), "inside.jpg")], to=memo.id)
        case.pin(case.plans()[0].id, photo.id, 0.5, 0.5)
        shown = gather(case, BriefOptions(brief_date=DATE))
        redacted = gather(case, BriefOptions(brief_date=DATE, redact_internal=True))
    assert sum(p.photo for p in shown.plans[0].pins) == 2
    assert sum(p.photo for p in redacted.plans[0].pins) == 1
    assert "inside.jpg" not in [row.title for row in redacted.plans[0].legend]


@pytest.mark.parametrize("section", ["plans"])
def test_a_case_without_plans_says_so(empty_case: CaseFile, section: str, tmp_path) -> None:
    brief = gather(empty_case, BriefOptions(brief_date=DATE, sections=[section]))
    render(brief, tmp_path / "b.pdf")
    assert "No site plan is kept in this case." in text_of((tmp_path / "b.pdf").read_bytes())
