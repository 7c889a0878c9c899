"""The demo case: the missile that came down inside the Azerbaijani embassy in Kyiv, Nov 2025.

Built through the public CaseFile API from the facts in DEMO_CASE.md. Unknown values
stay empty: no costs, no severities beyond what was reported, no invented times.
The photos are drawn here and say plainly that they are placeholders.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from casefile.store import CaseFile

KYIV = ZoneInfo("Europe/Kyiv")
BAKU = ZoneInfo("Asia/Baku")
MOSCOW = ZoneInfo("Europe/Moscow")


def _day(year: int, month: int, day: int, zone: ZoneInfo) -> dt.datetime:
    return dt.datetime(year, month, day, tzinfo=zone)


def placeholder_photo(subject: str, number: int) -> bytes:
    """A labelled stand-in image: no photographs were published with the reports."""
    from PIL import Image, ImageDraw, ImageFont

    width, height = 1600, 1200
    image = Image.new("RGB", (width, height), (206, 210, 214))
    draw = ImageDraw.Draw(image)
    for x in range(-height, width, 80):
        draw.line([(x, 0), (x + height, height)], fill=(190, 195, 200), width=18)
    draw.rectangle([60, 60, width - 60, height - 60], outline=(90, 96, 104), width=8)
    big = ImageFont.load_default(size=110)
    small = ImageFont.load_default(size=52)
    lines = [
        ("PLACEHOLDER", big),
        (f"no photograph was published ({number})", small),
        (subject, small),
    ]
    y = 380.0
    for text, font in lines:
        box = draw.textbbox((0, 0), text, font=font)
        draw.text(((width - (box[2] - box[0])) / 2, y), text, font=font, fill=(40, 44, 52))
        y += (box[3] - box[1]) + 70
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def build_demo(path: Path, *, actor: str = "casefile demo") -> Path:
    """Write the demo case to a new file at `path`."""
    with CaseFile.create(
        path,
        actor=actor,
        title="Missile strike damage to the Embassy of the Republic of Azerbaijan in Kyiv",
        reference="DEMO-KYIV-2025-11",
        occurred_at=dt.datetime(2025, 11, 14, 1, 0, tzinfo=KYIV),
        timezone="Europe/Kyiv",
        location="Embassy premises, Kyiv, Ukraine",
        classification="RESTRICTED",
        status="open",
        summary=(
            "During a combined missile and drone attack on Kyiv in the night of 14 November "
            "2025, an Iskander missile came down inside the grounds of the Embassy of the "
            "Republic of Azerbaijan and exploded. A section of the perimeter fence was "
            "destroyed; other structures on the territory, service vehicles, the "
            "administrative building and the consular section were damaged. Azerbaijan "
            "protested to Russia the same day; on 21 November Russia's deputy foreign "
            "minister expressed regret to Azerbaijan's ambassador in Moscow."
        ),
        # The framing of the embassy's submission, as its cover prints it.
        sender="Embassy of the Republic of Azerbaijan in Kyiv",
        addressee="Minister of Foreign Affairs of the Republic of Azerbaijan",
        purpose="decision",
        recommendation=(
            "Take note of the regret the Russian side expressed on 21 November, and keep the "
            "question of the damage to the embassy's premises open until the embassy has "
            "completed its assessment."
        ),
        decisions_sought=(
            "Whether to answer the Russian statement of regret.\n"
            "Whether the embassy should prepare a claim once the damage has been assessed."
        ),
        deadline=dt.date(2025, 11, 26),
        drafted_by="First Secretary, Embassy in Kyiv",
        drafted_on=dt.date(2025, 11, 21),
        clearances=[
            {
                "name": "Ambassador of the Republic of Azerbaijan to Ukraine",
                "cleared_on": "2025-11-21",
            }
        ],
    ) as case:
        _fill(case)
        case.make_print_copies()  # as the app leaves a case it has had open
    return Path(path).expanduser().absolute()


def _fill(case: CaseFile) -> None:
    party = case.add
    embassy = party(
        "party", name="Embassy of the Republic of Azerbaijan in Kyiv",
        native_name="Посольство Азербайджанської Республіки в Україні",
        kind="organisation", role="affected mission", country="Azerbaijan",
    )  # fmt: skip
    az_mfa = party(
        "party", name="Ministry of Foreign Affairs of the Republic of Azerbaijan",
        native_name="Azərbaycan Respublikasının Xarici İşlər Nazirliyi",
        kind="organisation", role="protesting ministry", country="Azerbaijan",
    )  # fmt: skip
    ru_mfa = party(
        "party", name="Ministry of Foreign Affairs of the Russian Federation",
        native_name="Министерство иностранных дел Российской Федерации",
        kind="organisation", role="responding ministry", country="Russia",
    )  # fmt: skip
    yevdokimov = party(
        "party", name="Mikhail Yevdokimov", native_name="Михаил Евдокимов", kind="person",
        role="Russia's ambassador in Baku", country="Russia", represents_id=ru_mfa.id,
    )  # fmt: skip
    galuzin = party(
        "party", name="Mikhail Galuzin", native_name="Михаил Галузин", kind="person",
        role="Russia's deputy foreign minister", country="Russia", represents_id=ru_mfa.id,
    )  # fmt: skip
    mustafayev = party(
        "party", name="Rahman Mustafayev", native_name="Rəhman Mustafayev", kind="person",
        role="Azerbaijan's ambassador in Moscow", country="Azerbaijan", represents_id=az_mfa.id,
    )  # fmt: skip
    azernews = party(
        "party", name="Azernews", kind="organisation", role="press source",
        country="Azerbaijan",
    )  # fmt: skip

    damage = [
        ("perimeter", "Perimeter fence", "destroyed",
         "One section of the embassy's perimeter fence was destroyed outright by the "
         "explosion."),
        ("structures", "Other structures on the territory", "",
         "Other structures inside the embassy grounds were reported damaged."),
        ("vehicles", "Service vehicles", "",
         "Service vehicles of the embassy were reported damaged; how many was not stated."),
        ("building", "Administrative building", "",
         "The embassy's administrative building was reported damaged."),
        ("consular", "Consular section", "",
         "The consular section was reported damaged."),
    ]  # fmt: skip
    items = {}
    for category, title, severity, description in damage:
        items[category] = case.add(
            "damage_item", category=category, title=title, severity=severity,
            status="reported", description=description, location="Embassy premises, Kyiv",
        )  # fmt: skip

    protest = case.add(
        "note", kind="diplomatic_note", title="Note of protest", date="2025-11-14",
        source_party_id=az_mfa.id, party_ids=[az_mfa.id, yevdokimov.id],
        body=(
            "Handed to Russia's ambassador, Mikhail Yevdokimov, when he was summoned to the "
            "Ministry of Foreign Affairs in Baku. The note protests against the missile that "
            "came down on the territory of Azerbaijan's embassy in Kyiv and exploded there."
        ),
    )  # fmt: skip
    appeal = case.add(
        "note", kind="diplomatic_note", title="Appeal about the damage to the embassy",
        date="2025-11-14", source_party_id=az_mfa.id, party_ids=[az_mfa.id, ru_mfa.id],
        body=(
            "A written appeal from Azerbaijan about the damage done to the embassy's "
            "buildings, its property and the grounds around them."
        ),
    )  # fmt: skip
    regret = case.add(
        "note", kind="statement", title="Statement of regret", date="2025-11-21",
        source_party_id=ru_mfa.id, party_ids=[ru_mfa.id, galuzin.id, mustafayev.id],
        body=(
            "After Deputy Minister Galuzin received Ambassador Mustafayev, the Russian "
            "ministry stated that its competent agencies had considered Azerbaijan's appeal "
            "of 14 November, and expressed sincere regret over the incident."
        ),
    )  # fmt: skip
    press = case.add(
        "note", kind="press_report", title="Azernews: Russian ministry statement reported",
        date="2025-11-21", source_party_id=azernews.id, party_ids=[azernews.id, ru_mfa.id],
        body=(
            "Azernews reported the Russian foreign ministry's statement on the meeting of "
            "21 November, including the expression of regret."
        ),
    )  # fmt: skip
    case.add(
        "note", kind="internal_memo", title="Internal: preparing the damage assessment",
        date="2025-11-14", internal=True, party_ids=[embassy.id],
        body=(
            "For internal use only.\n"
            "No cost figures have been published or agreed; keep every estimate out of "
            "outgoing correspondence until the ministry has decided whether to claim.\n"
            "Photograph each damaged area before anything is cleared or repaired."
        ),
    )  # fmt: skip

    summons = case.add(
        "meeting", kind="summons", title="Summons of Russia's ambassador",
        held_at=_day(2025, 11, 14, BAKU), all_day=True, timezone="Asia/Baku", place="Baku",
        summary=(
            "Azerbaijan's Ministry of Foreign Affairs summoned Ambassador Yevdokimov over "
            "the missile that came down inside the embassy grounds in Kyiv."
        ),
        outcomes="Note of protest delivered",
        participants=[
            {"party_id": az_mfa.id, "role": "summoning ministry"},
            {"party_id": yevdokimov.id, "role": "summoned ambassador"},
        ],
        note_ids=[protest.id],
    )  # fmt: skip
    moscow = case.add(
        "meeting", kind="bilateral_meeting", title="Galuzin receives Ambassador Mustafayev",
        held_at=_day(2025, 11, 21, MOSCOW), all_day=True, timezone="Europe/Moscow",
        place="Moscow",
        summary=(
            "Deputy Minister Galuzin received Ambassador Mustafayev. The Russian side said its "
            "competent agencies had considered the appeal of 14 November and expressed "
            "sincere regret over the incident."
        ),
        outcomes="\n".join([
            "Regret expressed over the incident",
            "Both sides restated the wish to develop bilateral relations",
            "Economic cooperation noted as a success",
            "Importance of fully restoring cultural and humanitarian ties noted",
            "Possible Russian help in normalising Azerbaijan–Armenia relations on the basis "
            "of the trilateral agreements of 2020–2022",
            "Keep the \"3+3\" regional cooperation platform working steadily",
        ]),
        participants=[
            {"party_id": galuzin.id, "role": "host, deputy foreign minister"},
            {"party_id": mustafayev.id, "role": "ambassador of Azerbaijan"},
        ],
        note_ids=[appeal.id, regret.id, press.id],
    )  # fmt: skip
    del summons

    case.add(
        "follow_up",
        title="Schedule of upcoming high-level contacts",
        meeting_id=moscow.id,
        status="open",
    )
    case.add(
        "follow_up",
        title="Assess the damage and decide on any claim for it",
        status="open",
        internal=True,
        owner_id=embassy.id,
    )
    case.add(
        "follow_up",
        title="Repair the fence and secure the perimeter",
        status="open",
        internal=True,
        owner_id=embassy.id,
    )

    photos = {}
    for number, category in enumerate(("perimeter", "vehicles", "building"), start=1):
        item = items[category]
        photos[category] = case.add_attachment(
            placeholder_photo(item.title, number),
            f"placeholder-{category}.jpg",
            to=item.id,
            caption=f"Placeholder image, no photograph was published: {item.title.lower()}",
        )
    _site_plan(case, items, photos["perimeter"].id)


def _site_plan(case: CaseFile, items: dict[str, Any], fence_photo_id: str) -> None:
    """A schematic plan of a compound with the five damage items pinned on it, and the
    placeholder photo of the fence as a camera mark."""
    from casefile.demo_plan import CAPTION, PHOTO_AT, PIN_AT, schematic_plan

    plan = case.add_plan(
        schematic_plan(), "embassy-compound-schematic.png", name="Embassy compound",
        caption=CAPTION,
    )  # fmt: skip
    for category, (x, y) in PIN_AT.items():
        case.pin(plan.id, items[category].id, x, y)
    case.pin(plan.id, fence_photo_id, *PHOTO_AT)
