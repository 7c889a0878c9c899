"""Every editable field of every kind: its type, default and validation.

One table drives the API's checks, the JSON interchange and the audit log, so
a field cannot be validated one way when typed and another way when imported.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import uuid
from dataclasses import dataclass
from typing import Any, ClassVar, TypeGuard, cast
from zoneinfo import ZoneInfo, available_timezones

from casefile.store import vocab
from casefile.store.errors import InvalidInput, Words, field_word, kind_name
from casefile.store.money import (
    MAX_MINOR_UNITS,
    check_currency,
    parse_quantity,
    parse_rate,
    times_quantity,
)
from casefile.store.records import Clearance, ExchangeRate, Participant

MAX_TEXT = 1_000_000  # characters in one field; a whole book fits


#: The first and last instants a case keeps: those every zone can show. Python's dates
#: run from 1 January of year 1 to 31 December 9999, and a zone is less than a day from
#: UTC, so an instant a day inside both ends is a date and time wherever it is shown (a
#: meeting at 9999-12-31T23:59:59Z is 1 January 10000 in Kiribati: there is no such date).
EARLIEST = dt.datetime(1, 1, 2, tzinfo=dt.UTC)
LATEST = dt.datetime(9999, 12, 30, 23, 59, 59, 999999, tzinfo=dt.UTC)
#: The first and last dates a case keeps, by the same rule: a date-only item sits at
#: its date's midnight in the incident's zone, which must be an instant in UTC too.
FIRST_DAY = EARLIEST.date()
LAST_DAY = LATEST.date()
KEPT_DATES = "2 January of year 1 to 30 December 9999, in UTC"


def check_instant(value: dt.datetime, where: str) -> dt.datetime:
    """An aware datetime as UTC, if every zone can show it; else InvalidInput."""
    try:
        utc = value.astimezone(dt.UTC)
    except OverflowError:  # before year 1 or after 9999 once in UTC
        utc = None
    if utc is None or not EARLIEST <= utc <= LATEST:
        raise InvalidInput.of(
            "field.outside_kept_dates",
            where=where,
            value=value.isoformat(),
        )
    return utc


def check_day(value: dt.date, where: str) -> dt.date:
    """A date, if its midnight in every zone is an instant; else InvalidInput."""
    if not FIRST_DAY <= value <= LAST_DAY:
        raise InvalidInput.of(
            "field.outside_kept_dates",
            where=where,
            value=value.isoformat(),
        )
    return value


def _where(kind: str, name: str) -> Words:
    return Words("field.where", kind=kind_name(kind), name=field_word(name))


@dataclass(frozen=True)
class Field:
    """A stored field; subclasses say how a value is checked and shown in JSON.

    A subclass is a dataclass only if it adds a field or changes a default: one that
    only checks differently inherits everything, and making a dataclass is not free
    (each is generated code, compiled on every start).
    """

    default: Any = None
    required: bool = False

    def coerce(self, kind: str, name: str, value: Any) -> Any:
        raise NotImplementedError

    def to_json(self, value: Any) -> Any:
        return value

    def from_json(self, kind: str, name: str, value: Any) -> Any:
        return self.coerce(kind, name, value)


@dataclass(frozen=True)
class Text(Field):
    """Free text, up to MAX_TEXT characters of valid Unicode."""

    default: Any = ""

    def coerce(self, kind: str, name: str, value: Any) -> str:
        if value is None:
            value = ""
        if not isinstance(value, str):
            raise InvalidInput.of(
                "field.not_text", field=_where(kind, name), type=type(value).__name__
            )
        if len(value) > MAX_TEXT:
            raise InvalidInput.of(
                "field.characters_long_limit",
                field=_where(kind, name),
                length=len(value),
                limit=MAX_TEXT,
            )
        try:
            if not value.isascii():  # ASCII holds no lone surrogates; isascii() is O(1)
                value.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise InvalidInput.of("field.holds_character_that", field=_where(kind, name)) from exc
        if self.required and not value.strip():
            raise InvalidInput.of("field.empty", field=_where(kind, name))
        return value


@dataclass(frozen=True)
class Choice(Field):
    """One value out of a fixed vocabulary (store/vocab.py)."""

    options: tuple[str, ...] = ()

    def coerce(self, kind: str, name: str, value: Any) -> str:
        if value is None or value == "":
            return cast(str, self.default)
        if not isinstance(value, str) or value not in self.options:
            raise InvalidInput.of(
                "field.not_an_option",
                field=_where(kind, name),
                choices=", ".join(o for o in self.options if o),
                value=value,
            )
        return value


@dataclass(frozen=True)
class Flag(Field):
    """True or false."""

    default: Any = False

    def coerce(self, kind: str, name: str, value: Any) -> bool:
        if value is None:
            return False
        if not isinstance(value, bool):
            raise InvalidInput.of("field.true_false", field=_where(kind, name), value=value)
        return value


class Instant(Field):
    """A moment in time: aware datetimes in, UTC stored, ISO 8601 with offset in JSON."""

    def coerce(self, kind: str, name: str, value: Any) -> dt.datetime | None:
        if value is None or value == "":
            return None
        if isinstance(value, str):
            try:  # the common case, without building the wording of an error
                parsed = dt.datetime.fromisoformat(value.strip())
            except ValueError:
                parsed = None
            if parsed is None or parsed.tzinfo is None:
                parsed = parse_instant(value, _where(kind, name))  # says what is wrong
            value = parsed
        if not isinstance(value, dt.datetime):
            raise InvalidInput.of("field.date_time", field=_where(kind, name), value=value)
        if value.tzinfo is None or value.utcoffset() is None:
            raise InvalidInput.of("field.time_zone_give", field=_where(kind, name))
        try:
            utc = value.astimezone(dt.UTC)
        except OverflowError:
            utc = None
        if utc is not None and EARLIEST <= utc <= LATEST:  # without the words of a refusal
            return utc
        return check_instant(value, _where(kind, name))

    def to_json(self, value: dt.datetime | None) -> str | None:
        return None if value is None else value.astimezone(dt.UTC).isoformat()


class Day(Field):
    """A calendar date with no time of day (a note's date, a due date)."""

    def coerce(self, kind: str, name: str, value: Any) -> dt.date | None:
        if value is None or value == "":
            return None
        if isinstance(value, dt.datetime):
            raise InvalidInput.of("field.date_without_time", field=_where(kind, name))
        if isinstance(value, dt.date):
            return value if FIRST_DAY <= value <= LAST_DAY else check_day(value, _where(kind, name))
        if isinstance(value, str):
            text = value.strip()
            if len(text) == 10:  # fromisoformat alone would also take 20251114
                try:
                    day = dt.date.fromisoformat(text)
                except ValueError:
                    pass
                else:
                    return check_day(day, _where(kind, name))
            raise InvalidInput.of("field.date_use_yyyy", field=_where(kind, name), value=value)
        raise InvalidInput.of("field.date_yyyy_mm", field=_where(kind, name), value=value)

    def to_json(self, value: dt.date | None) -> str | None:
        return None if value is None else value.isoformat()


@dataclass(frozen=True)
class Zone(Field):
    """An IANA time zone name, such as Europe/Kyiv."""

    default: Any = "UTC"

    def coerce(self, kind: str, name: str, value: Any) -> str:
        if value is None or value == "":
            return "UTC"
        if not isinstance(value, str):
            raise InvalidInput.of("field.iana_zone_name", field=_where(kind, name))
        return check_zone(value)


@dataclass(frozen=True)
class Ref(Field):
    """The id of another item, or nothing."""

    target: str = ""

    def coerce(self, kind: str, name: str, value: Any) -> str | None:
        if value is None or value == "":
            return None
        return _field_id(value, kind, name)


@dataclass(frozen=True)
class RefSet(Field):
    """Links to other items, kept as an ordered list of distinct ids."""

    target: str = ""
    default: Any = ()

    def coerce(self, kind: str, name: str, value: Any) -> tuple[str, ...]:
        if value is None:
            return ()
        if isinstance(value, str | bytes) or not hasattr(value, "__iter__"):
            raise InvalidInput.of("field.list_ids", field=_where(kind, name))
        ids = [_field_id(v, kind, name) for v in value]
        return tuple(dict.fromkeys(ids))

    def to_json(self, value: tuple[str, ...] | None) -> list[str]:
        return list(value or ())


@dataclass(frozen=True)
class Participants(Field):
    """A meeting's participants: parties with the role each played."""

    target: ClassVar[str] = "party"
    default: Any = ()

    def coerce(self, kind: str, name: str, value: Any) -> tuple[Participant, ...]:
        if value is None:
            return ()
        if isinstance(value, str | bytes | dict) or not hasattr(value, "__iter__"):
            raise InvalidInput.of("field.not_participants", field=_where(kind, name))
        out: dict[str, Participant] = {}
        party_id: Any
        role: Any
        for entry in value:
            if isinstance(entry, Participant):
                party_id, role = entry.party_id, entry.role
            elif isinstance(entry, dict):
                party_id, role = entry.get("party_id"), entry.get("role", "")
            elif isinstance(entry, tuple | list) and len(entry) == 2:
                party_id, role = entry
            else:
                raise InvalidInput.of("field.each_participant_needs", field=_where(kind, name))
            party_id = _field_id(party_id, kind, name)
            role = Text().coerce(kind, "role", role)
            out[party_id] = Participant(party_id, role)
        return tuple(out.values())

    def to_json(self, value: tuple[Participant, ...] | None) -> list[dict[str, str]]:
        return [{"party_id": p.party_id, "role": p.role} for p in value or ()]


class Cost(Field):
    """An estimate in integer minor units; JSON carries it as a decimal string."""

    def coerce(self, kind: str, name: str, value: Any) -> int | None:
        if value is None or value == "":
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise InvalidInput.of("field.whole_number_minor", field=_where(kind, name), value=value)
        if value < 0:
            raise InvalidInput.of("field.negative_enter_amount", field=_where(kind, name))
        if value > MAX_MINOR_UNITS:
            raise InvalidInput.of(
                "field.too_large_one", field=_where(kind, name), limit=MAX_MINOR_UNITS
            )
        return value


class Quantity(Field):
    """How many of an item (a plain decimal, more than 0), or nothing."""

    def coerce(self, kind: str, name: str, value: Any) -> str | None:
        if value is None or value == "":
            return None
        try:
            return parse_quantity(value)
        except InvalidInput as exc:
            raise InvalidInput.of(
                "field.refused", field=_where(kind, name), refusal=exc.words
            ) from None


@dataclass(frozen=True)
class Rates(Field):
    """The case's exchange rates: at most one per currency, each with its date and source."""

    default: Any = ()

    def coerce(self, kind: str, name: str, value: Any) -> tuple[ExchangeRate, ...]:
        if value is None:
            return ()
        if isinstance(value, str | bytes | dict) or not hasattr(value, "__iter__"):
            raise InvalidInput.of("field.not_rates", field=_where(kind, name))
        found: dict[str, ExchangeRate] = {}
        for entry in value:
            if isinstance(entry, ExchangeRate):
                entry = {
                    "currency": entry.currency,
                    "rate": entry.rate,
                    "as_of": entry.as_of,
                    "source": entry.source,
                }
            if not isinstance(entry, dict) or set(entry) - {"currency", "rate", "as_of", "source"}:
                raise InvalidInput.of("field.each_rate", field=_where(kind, name))
            currency = Currency().coerce(kind, "currency", entry.get("currency"))
            if not currency:
                raise InvalidInput.of("field.each_rate_needs", field=_where(kind, name))
            if currency in found:
                raise InvalidInput.of(
                    "field.two_rates_keep", field=_where(kind, name), currency=currency
                )
            try:
                given: Any = entry.get("rate")  # parse_rate says what is wrong with it
                rate = parse_rate(given)
            except InvalidInput as exc:
                raise InvalidInput.of(
                    "field.rate_refused",
                    field=_where(kind, name),
                    currency=currency,
                    refusal=exc.words,
                ) from None
            as_of = Day().coerce(kind, "as_of", entry.get("as_of"))
            source = Text().coerce(kind, "source", entry.get("source", ""))
            found[currency] = ExchangeRate(currency, rate, as_of, source)
        return tuple(found[c] for c in sorted(found))

    def to_json(self, value: tuple[ExchangeRate, ...] | None) -> list[dict[str, Any]]:
        return [
            {
                "currency": r.currency,
                "rate": r.rate,
                "as_of": None if r.as_of is None else r.as_of.isoformat(),
                "source": r.source,
            }
            for r in value or ()
        ]


@dataclass(frozen=True)
class Clearances(Field):
    """Who cleared a submission, each with the day they did (or none), in the order given;
    a name at most once."""

    default: Any = ()

    def coerce(self, kind: str, name: str, value: Any) -> tuple[Clearance, ...]:
        if value is None:
            return ()
        if isinstance(value, str | bytes | dict) or not hasattr(value, "__iter__"):
            raise InvalidInput.of("field.not_clearances", field=_where(kind, name))
        found: dict[str, Clearance] = {}
        for entry in value:
            if isinstance(entry, Clearance):
                entry = {"name": entry.name, "cleared_on": entry.cleared_on}
            if not isinstance(entry, dict) or set(entry) - {"name", "cleared_on"}:
                raise InvalidInput.of("field.each_clearance", field=_where(kind, name))
            who = Text().coerce(kind, "name", entry.get("name", "")).strip()
            if not who:
                raise InvalidInput.of("field.each_clearance_needs", field=_where(kind, name))
            if who in found:
                raise InvalidInput.of("field.cleared_twice", field=_where(kind, name), name=who)
            day = Day().coerce(kind, "cleared_on", entry.get("cleared_on"))
            found[who] = Clearance(who, day)
        return tuple(found.values())

    def to_json(self, value: tuple[Clearance, ...] | None) -> list[dict[str, Any]]:
        day = Day()
        return [{"name": c.name, "cleared_on": day.to_json(c.cleared_on)} for c in value or ()]


#: Fields a column holds as canonical JSON (a list of small records): table -> fields.
JSON_COLUMNS: dict[str, tuple[str, ...]] = {"incident": ("exchange_rates", "clearances")}


def settle_estimate(before: dict[str, Any], values: dict[str, Any]) -> dict[str, Any]:
    """A damage item's values with its estimate made quantity x unit cost where it has
    both; an estimate given as well must be that product. Without both, the estimate is
    what is entered."""
    merged = {**before, **values}
    quantity, unit_cost = merged.get("quantity"), merged.get("unit_cost")
    if unit_cost is not None and not merged.get("currency"):
        raise InvalidInput.of("field.unit_cost_needs")
    if quantity is None or unit_cost is None:
        return values
    product = times_quantity(unit_cost, quantity)
    given = values.get("estimated_cost")
    # An estimate sent again as it was (a form sends every field) is not one entered.
    if given is not None and given != product and given != before.get("estimated_cost"):
        raise InvalidInput.of("field.estimate_quantity_x")
    if product > MAX_MINOR_UNITS:
        raise InvalidInput.of("field.quantity_x_unit", limit=MAX_MINOR_UNITS)
    return {**values, "estimated_cost": product}


@dataclass(frozen=True)
class Currency(Field):
    """An ISO 4217 currency code, or nothing while there is no estimate."""

    default: Any = ""

    def coerce(self, kind: str, name: str, value: Any) -> str:
        if value is None or value == "":
            return ""
        if not isinstance(value, str):
            raise InvalidInput.of("field.iso_code_such", field=_where(kind, name))
        return check_currency(value)


#: A damage item's reference as people write it: D-1, D-2, ...
_REFERENCE = re.compile(r"D-([1-9][0-9]{0,17})")


class Reference(Field):
    """A damage item's stable reference, "D-n": given by the store in creation order,
    never reused or renumbered (CaseFile.add, interchange); a user does not type it."""

    def coerce(self, kind: str, name: str, value: Any) -> str | None:
        if value is None or value == "":
            return None
        if isinstance(value, str):
            found = _REFERENCE.fullmatch(value.strip().upper())
            if found is not None:
                return f"D-{found.group(1)}"
        raise InvalidInput.of("field.reference_such_as", field=_where(kind, name), value=value)


def reference_number(reference: str) -> int:
    """The number of a checked reference: 12 for "D-12"."""
    return int(reference[2:])


def reference_text(number: int) -> str:
    """The reference of a number: "D-12" for 12."""
    return f"D-{number}"


_CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def is_canonical_id(value: Any) -> TypeGuard[str]:
    """Spelled as every stored id is (lower-case hex, hyphenated): the common case, told
    without building a uuid.UUID, which costs five times as much."""
    return isinstance(value, str) and _CANONICAL_UUID.fullmatch(value) is not None


def _field_id(value: Any, kind: str, name: str) -> str:
    """check_id for a field, naming the field only when the id is refused."""
    return value if is_canonical_id(value) else check_id(value, _where(kind, name))


def check_id(value: Any, where: str = "id") -> str:
    """A canonical UUID string, or InvalidInput."""
    if is_canonical_id(value):
        return value
    if not isinstance(value, str):
        raise InvalidInput.of("field.id_uuid_string", where=where, value=value)
    try:
        return str(uuid.UUID(value))
    except ValueError as exc:
        raise InvalidInput.of("field.id_uuid_string", where=where, value=value) from exc


@functools.cache
def zone_names() -> tuple[str, ...]:
    """Every IANA zone name, sorted: read once, as listing them opens some 600 files."""
    return tuple(sorted(available_timezones() | {"UTC"}))


@functools.cache
def _zone_set() -> frozenset[str]:
    return frozenset(zone_names())


def check_zone(name: str) -> str:
    if name not in _zone_set():
        raise InvalidInput.of("field.unknown_time_zone", name=name)
    ZoneInfo(name)
    return name


def parse_instant(text: str, where: str = "time", zone: str | None = None) -> dt.datetime:
    """ISO 8601 text as an aware datetime; a naive time is read in `zone` if one is given.

    A wall-clock time the zone skipped (the hour the clocks went forward) is refused:
    Python would quietly move it an hour on, to a time nobody typed."""
    try:
        value = dt.datetime.fromisoformat(text.strip())
    except ValueError as exc:
        raise InvalidInput.of("field.date_time_type", where=where, text=text) from exc
    if value.tzinfo is None and zone is None:
        raise InvalidInput.of("field.offset_add_one", where=where, text=text)
    if value.tzinfo is not None:
        check_instant(value, where)
    else:
        assert zone is not None  # a naive time without a zone was refused above
        value = value.replace(tzinfo=ZoneInfo(check_zone(zone)))
        utc = check_instant(value, where)  # the skipped-hour test below converts it
        if utc.astimezone(value.tzinfo).replace(tzinfo=None) != value.replace(tzinfo=None):
            raise InvalidInput.of("field.did_happen_clocks", where=where, text=text, zone=zone)
    return value


SPEC: dict[str, dict[str, Field]] = {
    "incident": {
        "title": Text(required=True),
        "reference": Text(),
        "occurred_at": Instant(),
        "timezone": Zone(),
        "location": Text(),
        "summary": Text(),
        "status": Choice(default="open", options=tuple(vocab.INCIDENT_STATUSES)),
        "classification": Text(),
        "reporting_currency": Currency(),
        "exchange_rates": Rates(),
        "sender": Text(),
        "addressee": Text(),
        "purpose": Choice(default="", options=("", *vocab.PURPOSES)),
        "recommendation": Text(),
        "decisions_sought": Text(),
        "deadline": Day(),
        "drafted_by": Text(),
        "drafted_on": Day(),
        "clearances": Clearances(),
    },
    "party": {
        "name": Text(required=True),
        "native_name": Text(),
        "kind": Choice(default="person", options=tuple(vocab.PARTY_KINDS)),
        "role": Text(),
        "country": Text(),
        "affiliation": Text(),
        "contact": Text(),
        "represents_id": Ref(target="party"),
    },
    "note": {
        "title": Text(required=True),
        "body": Text(),
        "kind": Choice(default="observation", options=tuple(vocab.NOTE_KINDS)),
        "date": Day(),
        "source_party_id": Ref(target="party"),
        "internal": Flag(),
        "party_ids": RefSet(target="party"),
        "attachment_ids": RefSet(target="attachment"),
    },
    "damage_item": {
        "reference": Reference(),
        "category": Choice(default="other", options=tuple(vocab.DAMAGE_CATEGORIES)),
        "title": Text(required=True),
        "description": Text(),
        "location": Text(),
        "severity": Choice(default="", options=("", *vocab.SEVERITIES)),
        "status": Choice(default="reported", options=tuple(vocab.DAMAGE_STATUSES)),
        "estimated_cost": Cost(),
        "currency": Currency(),
        "quantity": Quantity(),
        "unit_cost": Cost(),
        "assessed_by": Text(),
        "assessed_at": Instant(),
        "attachment_ids": RefSet(target="attachment"),
    },
    "meeting": {
        "kind": Choice(default="bilateral_meeting", options=tuple(vocab.MEETING_KINDS)),
        "title": Text(required=True),
        "held_at": Instant(),
        "all_day": Flag(),
        "timezone": Zone(),
        "place": Text(),
        "summary": Text(),
        "outcomes": Text(),
        "participants": Participants(),
        "note_ids": RefSet(target="note"),
        "attachment_ids": RefSet(target="attachment"),
    },
    "follow_up": {
        "title": Text(required=True),
        "owner_id": Ref(target="party"),
        "due_date": Day(),
        "status": Choice(default="open", options=tuple(vocab.FOLLOW_UP_STATUSES)),
        "internal": Flag(),
        "meeting_id": Ref(target="meeting"),
    },
    "attachment": {
        "filename": Text(required=True),
        "caption": Text(),
        "captured_at": Instant(),
    },
}

#: The incident's fields that frame the brief as a submission (its cover's block).
FRAMING_FIELDS = (
    "sender",
    "addressee",
    "purpose",
    "recommendation",
    "decisions_sought",
    "deadline",
    "drafted_by",
    "drafted_on",
    "clearances",
)

#: Why a party cannot name itself as the one it represents (its delete could not be
#: undone: the party would be its own dependent).
#: Fields the store fills in itself: refused from a caller of add() or update().
ASSIGNED_FIELDS: dict[str, frozenset[str]] = {"damage_item": frozenset({"reference"})}

#: Fields stored in link tables rather than columns of the item's own row.
LINK_FIELDS = frozenset({"party_ids", "attachment_ids", "participants", "note_ids"})


def check_kind(kind: str) -> str:
    if kind not in SPEC or kind == "incident":
        raise InvalidInput.of(
            "field.unknown_kind_use",
            kind=kind,
            choices=", ".join(k for k in SPEC if k != "incident"),
        )
    return kind


def coerce_fields(kind: str, values: dict[str, Any], *, partial: bool) -> dict[str, Any]:
    """Checked values; with partial=False, missing fields take their defaults."""
    spec = SPEC[kind]
    unknown = set(values) - set(spec)
    if unknown:
        raise InvalidInput.of(
            "field.unknown_field_s", kind=kind_name(kind), choices=", ".join(sorted(unknown))
        )
    assigned = ASSIGNED_FIELDS.get(kind, frozenset()).intersection(values)
    if assigned:
        raise InvalidInput.of(
            "field.s_given_by", kind=kind_name(kind), name=field_word(min(assigned))
        )
    out: dict[str, Any] = {}
    for name, field in spec.items():
        if name in values:
            out[name] = field.coerce(kind, name, values[name])
        elif not partial:
            if field.required:
                raise InvalidInput.of("field.required", field=_where(kind, name))
            out[name] = field.coerce(kind, name, field.default)
    if kind == "damage_item" and not partial:
        out = settle_estimate({}, out)
        if out.get("estimated_cost") is not None and not out.get("currency"):
            raise InvalidInput.of("field.estimate_needs_currency")
    return out
