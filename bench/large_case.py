"""A large case as a casefile-json document, built to the benchmark's scale.

Default scale (issue 6): 2,000 parties, 10,000 damage items, 20,000 notes, 1,000
meetings, 300 photos of 12 megapixels. The text is varied and multilingual so that
search and the brief do real work; photos are smooth generated images with a
unique label (so each has its own SHA-256).
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import io
import random
import uuid
from dataclasses import dataclass
from typing import Any

from casefile.store.vocab import DAMAGE_CATEGORIES, NOTE_KINDS, SEVERITIES


@dataclass(frozen=True)
class Scale:
    parties: int = 2000
    damage_items: int = 10000
    notes: int = 20000
    meetings: int = 1000
    photos: int = 300
    photo_megapixels: float = 12.0

    def scaled(self, factor: float) -> Scale:
        return Scale(
            parties=max(1, int(self.parties * factor)),
            damage_items=max(1, int(self.damage_items * factor)),
            notes=max(1, int(self.notes * factor)),
            meetings=max(1, int(self.meetings * factor)),
            photos=max(0, int(self.photos * factor)),
            photo_megapixels=self.photo_megapixels,
        )


WORDS = (
    "embassy fence perimeter missile fragment consular window roof vehicle gate courtyard "
    "protest note ambassador ministry regret appeal assessment repair claim summons glass "
    "посольство забор ракета повреждение консульский Азербайджан Київ вікно дах "
    "səfirlik hasar zərər nazirlik etiraz ölkə İşlər Şəhər"
).split()

KYIV = dt.timezone(dt.timedelta(hours=2))


def _uid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def _stamp(rng: random.Random) -> str:
    base = dt.datetime(2025, 11, 14, 1, 0, tzinfo=KYIV)
    return (base + dt.timedelta(minutes=rng.randrange(0, 60 * 24 * 300))).isoformat()


def photo(index: int, megapixels: float) -> bytes:
    """A smooth 4:3 JPEG of the given size with a unique label."""
    from PIL import Image, ImageDraw, ImageFont

    width = int((megapixels * 1_000_000 * 4 / 3) ** 0.5)
    height = int(width * 3 / 4)
    small = Image.linear_gradient("L").resize((width // 8, height // 8))
    tint = (80 + index * 37 % 150, 90 + index * 53 % 140, 100 + index * 71 % 130)
    rgb = Image.merge("RGB", [small.point(lambda v, t=t: (v * t) // 255) for t in tint])
    image = rgb.resize((width, height), Image.Resampling.BILINEAR)
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=max(24, width // 20))
    draw.text(
        (width // 10, height // 3), f"benchmark photo {index}", font=font, fill=(255, 255, 255)
    )
    out = io.BytesIO()
    image.save(out, "JPEG", quality=82)
    return out.getvalue()


def build_document(scale: Scale, *, seed: int = 7) -> dict[str, Any]:
    rng = random.Random(seed)
    now = "2025-11-25T12:00:00+00:00"
    incident = {
        "id": _uid(rng), "title": "Large benchmark case: damage to a mission in Kyiv",
        "reference": "BENCH-1", "occurred_at": "2025-11-13T23:00:00+00:00",
        "timezone": "Europe/Kyiv", "location": "Kyiv", "summary": _sentence(rng, 60),
        "status": "open", "classification": "RESTRICTED",
        "created_at": now, "updated_at": now,
    }  # fmt: skip
    parties = [{
        "id": _uid(rng), "name": f"Party {i} {rng.choice(WORDS)}",
        "native_name": f"Сторона {i} {rng.choice(WORDS)}", "kind": rng.choice(
            ["person", "organisation", "state"]), "role": _sentence(rng, 3),
        "country": rng.choice(["Azerbaijan", "Ukraine", "Russia"]), "affiliation": "",
        "contact": "", "represents_id": None, "created_at": now, "updated_at": now,
    } for i in range(scale.parties)]  # fmt: skip
    party_ids = [p["id"] for p in parties]
    photos = []
    for i in range(scale.photos):
        data = photo(i, scale.photo_megapixels)
        photos.append({
            "id": _uid(rng), "filename": f"photo-{i:04d}.jpg", "caption": _sentence(rng, 6),
            "captured_at": None, "media_type": "image/jpeg", "size": len(data),
            "sha256": hashlib.sha256(data).hexdigest(), "width": None, "height": None,
            "data_base64": base64.b64encode(data).decode("ascii"),
            "created_at": now, "updated_at": now,
        })  # fmt: skip
    damage = []
    categories, severities = list(DAMAGE_CATEGORIES), list(SEVERITIES)
    for i in range(scale.damage_items):
        cost = rng.choice([None, rng.randrange(100, 5_000_000)])
        damage.append({
            "id": _uid(rng), "category": rng.choice(categories), "title": f"Item {i} "
            + rng.choice(WORDS), "description": _sentence(rng, 25), "location": "Building A",
            "severity": rng.choice(severities), "status": "reported",
            "estimated_cost": None if cost is None else f"{cost / 100:.2f}",
            "currency": "" if cost is None else rng.choice(["EUR", "UAH", "AZN"]),
            "assessed_by": "", "assessed_at": None, "attachment_ids": [],
            "created_at": now, "updated_at": now,
        })  # fmt: skip
    for index, item in enumerate(photos):
        damage[index % len(damage)]["attachment_ids"].append(item["id"])
    notes = [{
        "id": _uid(rng), "title": f"Note {i} " + rng.choice(WORDS), "body": _sentence(rng, 80),
        "kind": rng.choice(list(NOTE_KINDS)), "date": (dt.date(2025, 11, 14)
        + dt.timedelta(days=rng.randrange(300))).isoformat(), "source_party_id":
        rng.choice(party_ids), "internal": rng.random() < 0.1,
        "party_ids": rng.sample(party_ids, 2), "attachment_ids": [],
        "created_at": now, "updated_at": now,
    } for i in range(scale.notes)]  # fmt: skip
    meetings = [{
        "id": _uid(rng), "kind": "bilateral_meeting", "title": f"Meeting {i}",
        "held_at": _stamp(rng), "all_day": False, "timezone": "Europe/Kyiv",
        "place": "Kyiv", "summary": _sentence(rng, 40), "outcomes": "\n".join(
            _sentence(rng, 8) for _ in range(3)),
        "participants": [{"party_id": p, "role": "delegate"} for p in rng.sample(party_ids, 3)],
        "note_ids": [rng.choice(notes)["id"]], "attachment_ids": [],
        "created_at": now, "updated_at": now,
    } for i in range(scale.meetings)]  # fmt: skip
    follow_ups = [{
        "id": _uid(rng), "title": f"Follow-up {i}", "owner_id": rng.choice(party_ids),
        "due_date": None, "status": "open", "internal": False, "meeting_id": m["id"],
        "created_at": now, "updated_at": now,
    } for i, m in enumerate(meetings)]  # fmt: skip
    return {
        "format": "casefile-json",
        "version": 1,
        "incident": incident,
        "parties": parties,
        "notes": notes,
        "damage_items": damage,
        "meetings": meetings,
        "follow_ups": follow_ups,
        "attachments": photos,
    }


def limits_document(chars: int = 1_000_000, *, seed: int = 11) -> dict[str, Any]:
    """A small case whose few fields are at the per-field text limit (MAX_TEXT).

    The fields are the ones that cost most to print, each in the shape that costs most:
    a damage item's title as one unbroken word, a meeting's outcomes as one short line
    each (half a million lines), a note's body and the summary as prose, a party whose
    name appears wherever the party is cited, a follow-up title of many line breaks and
    a photo's caption.
    """
    rng = random.Random(seed)
    now = "2025-11-25T12:00:00+00:00"

    def prose(length: int) -> str:
        text, size = [], 0
        while size < length:
            sentence = _sentence(rng, 12) + ("\n" if rng.random() < 0.1 else " ")
            text.append(sentence)
            size += len(sentence)
        return "".join(text)[:length]

    party_id, note_id, meeting_id, photo_id = (_uid(rng) for _ in range(4))
    data = photo(0, 2.0)
    incident = {
        "id": _uid(rng), "title": "Case at the text limits " + "t" * (chars - 24),
        "reference": "LIMITS-1", "occurred_at": "2025-11-13T23:00:00+00:00",
        "timezone": "Europe/Kyiv", "location": prose(chars), "summary": prose(chars),
        "status": "open", "classification": "RESTRICTED",
        "created_at": now, "updated_at": now,
    }  # fmt: skip
    party = {
        "id": party_id, "name": "P" * chars, "native_name": "Сторона " * (chars // 8),
        "kind": "person", "role": prose(chars), "country": "Ukraine", "affiliation": "",
        "contact": "", "represents_id": None, "created_at": now, "updated_at": now,
    }  # fmt: skip
    damage = {
        "id": _uid(rng), "category": "perimeter", "title": "W" * chars,
        "description": prose(chars), "location": prose(chars), "severity": "destroyed",
        "status": "assessed", "estimated_cost": "999999999999.99", "currency": "EUR",
        "assessed_by": "A" * chars, "assessed_at": None, "attachment_ids": [photo_id],
        "created_at": now, "updated_at": now,
    }  # fmt: skip
    note = {
        "id": note_id, "title": prose(chars), "body": prose(chars), "kind": "diplomatic_note",
        "date": "2025-11-14", "source_party_id": party_id, "internal": False,
        "party_ids": [party_id], "attachment_ids": [], "created_at": now, "updated_at": now,
    }  # fmt: skip
    meeting = {
        "id": meeting_id, "kind": "summons", "title": "M" * chars,
        "held_at": "2025-11-14T10:00:00+00:00", "all_day": False, "timezone": "Europe/Kyiv",
        "place": prose(chars), "summary": prose(chars), "outcomes": "o\n" * (chars // 2),
        "participants": [{"party_id": party_id, "role": prose(chars)}],
        "note_ids": [note_id], "attachment_ids": [], "created_at": now, "updated_at": now,
    }  # fmt: skip
    follow_up = {
        "id": _uid(rng), "title": "f\n" * (chars // 2), "owner_id": party_id,
        "due_date": None, "status": "open", "internal": False, "meeting_id": meeting_id,
        "created_at": now, "updated_at": now,
    }  # fmt: skip
    attachment = {
        "id": photo_id, "filename": "limits.jpg", "caption": prose(chars),
        "captured_at": None, "media_type": "image/jpeg", "size": len(data),
        "sha256": hashlib.sha256(data).hexdigest(), "width": None, "height": None,
        "data_base64": base64.b64encode(data).decode("ascii"),
        "created_at": now, "updated_at": now,
    }  # fmt: skip
    return {
        "format": "casefile-json",
        "version": 1,
        "incident": incident,
        "parties": [party],
        "notes": [note],
        "damage_items": [damage],
        "meetings": [meeting],
        "follow_ups": [follow_up],
        "attachments": [attachment],
    }
