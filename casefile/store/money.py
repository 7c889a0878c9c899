"""Money as integer minor units with an ISO 4217 code: parsing and formatting.

Costs never touch a float: a typed "1 234,50" or "1234.5" becomes 123450 minor
units of a currency whose exponent we know from ISO 4217.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation, localcontext

from casefile.store.errors import InvalidInput, Words, field_word

# ISO 4217 active codes (2024 list) with their minor-unit exponents.
_TWO = (
    "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BRL BSD BTN "
    "BWP BYN BZD CAD CDF CHF CNY COP CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD "
    "FKP GBP GEL GHS GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR "
    "KPW KYD KZT LAK LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN "
    "MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD "
    "SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TOP TRY TTD TWD "
    "TZS UAH USD UYU UZS VES WST XCD YER ZAR ZMW ZWG "
).split()
_ZERO = ("BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF ").split()
_THREE = ("BHD IQD JOD KWD LYD OMR TND ").split()
_FOUR = ("CLF UYW ").split()

EXPONENTS: dict[str, int] = {
    **dict.fromkeys(_TWO, 2),
    **dict.fromkeys(_ZERO, 0),
    **dict.fromkeys(_THREE, 3),
    **dict.fromkeys(_FOUR, 4),
}

#: The largest amount one estimate may hold, in minor units (ten trillion euros): far
#: beyond any damage, and small enough that a case's totals, added up as Python
#: integers, are exact whatever the number of items.
MAX_MINOR_UNITS = 10**15

_AMOUNT = re.compile(r"^\d+(\.\d+)?$")


def check_currency(code: str) -> str:
    """The upper-cased code if ISO 4217 knows it, else InvalidInput."""
    normal = code.strip().upper()
    if normal not in EXPONENTS:
        raise InvalidInput.of("money.unknown_currency_code", code=code)
    return normal


def parse_amount(text: str | int | Decimal, currency: str) -> int:
    """A non-negative decimal amount as minor units of `currency`.

    Accepts "1234.50", "1 234.50", "1,234.50" and an integer. Refuses negatives,
    floats' scientific forms, and more decimals than the currency has.
    """
    code = check_currency(currency)
    exponent = EXPONENTS[code]
    if isinstance(text, bool):
        raise InvalidInput.of("money.cost_decimal_amount", text=text)
    if isinstance(text, int):
        value = Decimal(text)
    elif isinstance(text, Decimal):
        value = text
    elif isinstance(text, str):
        cleaned = text.strip().replace("\u00a0", "").replace(" ", "").replace("_", "")
        if "," in cleaned and "." in cleaned:
            cleaned = cleaned.replace(",", "")
        elif cleaned.count(",") == 1 and len(cleaned.split(",")[1]) != 3:
            cleaned = cleaned.replace(",", ".")
        else:
            cleaned = cleaned.replace(",", "")
        if cleaned.startswith("-"):
            raise InvalidInput.of("money.cost_negative_enter", text=text)
        if not _AMOUNT.match(cleaned):
            raise InvalidInput.of("money.cost_amount_write", text=text)
        try:
            value = Decimal(cleaned)
        except InvalidOperation as exc:  # pragma: no cover - the regex guards this
            raise InvalidInput.of("money.cost_amount", text=text) from exc
    else:
        raise InvalidInput.of("money.cost_decimal_amount_2", type=type(text).__name__)
    if not value.is_finite():
        raise InvalidInput.of("money.cost_amount", text=text)
    if value < 0:
        raise InvalidInput.of("money.cost_negative_enter", text=text)
    if decimals(value) > exponent:
        if exponent:
            raise InvalidInput.of(
                "money.too_many_decimals", text=text, currency=code, exponent=exponent
            )
        raise InvalidInput.of("money.not_whole", text=text, currency=code)
    if value > Decimal(MAX_MINOR_UNITS).scaleb(-exponent):  # compared exactly
        raise InvalidInput.of(
            "money.cost_too_large", text=text, limit=format_money(MAX_MINOR_UNITS, code)
        )
    with localcontext() as exact:  # at most 16 digits before the point and 4 after it
        exact.prec = 40
        return int(value.scaleb(exponent))


def decimals(value: Decimal) -> int:
    """How many digits after the point `value` needs: 12.340 needs 2. Read from the
    number's digits, not computed: arithmetic on a Decimal rounds to the context's 28
    digits, and would make 12.34999… (31 digits) 12.35 without a word."""
    _, digits, exponent = value.as_tuple()
    assert isinstance(exponent, int)  # a finite number
    if exponent >= 0 or not any(digits):
        return 0
    spelled = "".join(map(str, digits))
    return max(0, -exponent - (len(spelled) - len(spelled.rstrip("0"))))


def to_decimal_string(minor: int, currency: str) -> str:
    """Minor units as the plain decimal string of JSON ("1234.50")."""
    exponent = EXPONENTS.get(currency, 2)
    return str(Decimal(minor).scaleb(-exponent).quantize(Decimal(1).scaleb(-exponent)))


def format_money(minor: int, currency: str) -> str:
    """For people: "1,234.50 EUR"."""
    exponent = EXPONENTS.get(currency, 2)
    value = Decimal(minor).scaleb(-exponent)
    return f"{value:,.{exponent}f} {currency}"


#: The largest quantity of one item, and the most decimals it may have (25.5 m², 0.125 t).
MAX_QUANTITY = Decimal(10**9)
QUANTITY_DECIMALS = 3
#: A rate has at most this many significant digits (central banks publish 4 to 8).
RATE_DIGITS = 12

_DECIMAL = re.compile(r"^\d+(\.\d+)?$")


def plain_decimal(value: Decimal) -> str:
    """A decimal without exponent or trailing zeros: "25.5", "12"."""
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text or "0"


def _decimal(text: str | int | Decimal, name: str, example: Words) -> Decimal:
    what = field_word(name)
    if isinstance(text, bool) or not isinstance(text, str | int | Decimal):
        raise InvalidInput.of("money.number_written_as", what=what, example=example)
    if isinstance(text, str):
        cleaned = text.strip().replace("\u00a0", "").replace(" ", "")
        if cleaned.count(",") == 1 and "." not in cleaned:
            cleaned = cleaned.replace(",", ".")
        if not _DECIMAL.match(cleaned):
            raise InvalidInput.of(
                "money.number_write_digits", what=what, text=text, example=example
            )
        return Decimal(cleaned)
    value = Decimal(text)
    if not value.is_finite():
        raise InvalidInput.of("money.not_a_number", what=what, text=text)
    return value


def parse_quantity(text: str | int | Decimal) -> str:
    """A quantity (more than 0, at most 10^9, at most three decimals) as plain text."""
    value = _decimal(text, "quantity", Words("money.example_or", first="12", second="25.5"))
    if value <= 0:
        raise InvalidInput.of("money.quantity_more_than", text=text)
    if decimals(value) > QUANTITY_DECIMALS:
        raise InvalidInput.of("money.quantity_more_than_2", text=text, limit=QUANTITY_DECIMALS)
    if value > MAX_QUANTITY:
        raise InvalidInput.of("money.quantity_too_large", text=text, limit=MAX_QUANTITY)
    return plain_decimal(value)


def parse_rate(text: str | int | Decimal) -> str:
    """An exchange rate (more than 0, at most 12 significant digits) as plain text."""
    value = _decimal(text, "rate", Words("money.example_or", first="1.7", second="0.5882"))
    if value <= 0:
        raise InvalidInput.of("money.rate_more_than", text=text)
    digits = value.normalize().as_tuple().digits
    if len(digits) > RATE_DIGITS or value >= Decimal(10**9):
        raise InvalidInput.of("money.rate_more_than_2", text=text, limit=RATE_DIGITS)
    return plain_decimal(value)


def times_quantity(unit_cost: int, quantity: str) -> int:
    """Quantity x unit cost in minor units, rounded half to even to a whole minor unit."""
    with localcontext() as exact:
        exact.prec = 60
        product = Decimal(unit_cost) * Decimal(quantity)
        return int(product.to_integral_value(rounding=ROUND_HALF_EVEN))


def convert(minor: int, currency: str, rate: str, reporting: str) -> int:
    """`minor` units of `currency` in minor units of `reporting`, at `rate` (one unit of
    `currency` is `rate` units of `reporting`), rounded half to even: exact otherwise."""
    shift = EXPONENTS.get(reporting, 2) - EXPONENTS.get(currency, 2)
    with localcontext() as exact:
        exact.prec = 80
        value = (Decimal(minor) * Decimal(rate)).scaleb(shift)
        return int(value.to_integral_value(rounding=ROUND_HALF_EVEN))
