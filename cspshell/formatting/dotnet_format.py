""".NET Framework format strings in the en-US culture: what ``ToString(format)`` and
``String.Format`` print for numbers, dates and time spans.

Used by the ``FormatString`` key of Format-Table/Format-List calculated properties; it is
independent of the shell so the ``-f`` operator can share it. Covered: the standard numeric
formats (C D E F G N P R X), custom numeric formats (``0 # . , % ;`` sections, quoted
literals), the standard and custom DateTime formats, TimeSpan ``c g G`` and custom formats,
and composite formatting (``{0,-8:N2}``, ``{{``). Numbers round half away from zero on
their 15 significant digits, as .NET Framework does for doubles.
"""
from __future__ import annotations

import datetime as _dt
import re
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Callable, Sequence

from ..objects.convert import format_double, format_timespan, is_number, to_string
from ..objects.timespan import parts as timespan_parts

DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")


class DotNetFormatError(ValueError):
    """A format string .NET would reject; the message is .NET's FormatException text."""

    error_id = "FormatException"  # the .NET type a method call reports (MethodInvocationException)

    def __init__(self, message: str = "Input string was not in a correct format."):
        super().__init__(message)
        self.message = message


# --- culture ToString() -------------------------------------------------------------

def format_datetime_culture(value: _dt.datetime) -> str:
    """DateTime.ToString() in en-US: ``11/25/2026 8:55:13 AM``."""
    return format_datetime(value, "G")


def long_datetime(value: _dt.datetime) -> str:
    """The DateTime ScriptProperty Get-Date shows: long date and long time, en-US."""
    return format_datetime(value, "D") + " " + format_datetime(value, "T")


def to_culture_string(value: Any) -> str:
    """``value.ToString()`` as the formatter calls it (current culture, en-US)."""
    if isinstance(value, _dt.datetime):
        return format_datetime_culture(value)
    return to_string(value)


# --- composite formatting -----------------------------------------------------------

_ITEM_RE = re.compile(r"\{(\d+)\s*(?:,\s*(-?\d+)\s*)?(?::([^}]*))?\}")


def composite_format(fmt: str, args: Sequence[Any]) -> str:
    """String.Format(en-US, fmt, args)."""
    out: list[str] = []
    i = 0
    while i < len(fmt):
        ch = fmt[i]
        if ch == "{":
            if fmt.startswith("{{", i):
                out.append("{")
                i += 2
                continue
            match = _ITEM_RE.match(fmt, i)
            if not match:
                raise DotNetFormatError()
            out.append(_format_item(match, args))
            i = match.end()
        elif ch == "}":
            if not fmt.startswith("}}", i):
                raise DotNetFormatError()
            out.append("}")
            i += 2
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def _format_item(match: "re.Match[str]", args: Sequence[Any]) -> str:
    index = int(match.group(1))
    if index >= len(args):
        raise DotNetFormatError("Index (zero based) must be greater than or equal to zero and "
                                "less than the size of the argument list.")
    spec = match.group(3)
    text = format_value(args[index], spec) if spec else _plain(args[index])
    align = int(match.group(2) or 0)
    return text.rjust(align) if align > 0 else text.ljust(-align)


def _plain(value: Any) -> str:
    if isinstance(value, list):
        return "System.Object[]"
    return to_culture_string(value)


# --- IFormattable.ToString(format) --------------------------------------------------

def format_value(value: Any, spec: str) -> str:
    """``value.ToString(spec)`` for numbers, dates and time spans; other values ignore it."""
    if isinstance(value, bool) or value is None:
        return _plain(value)
    if is_number(value):
        return format_number(value, spec)
    if isinstance(value, _dt.datetime):
        return format_datetime(value, spec)
    if isinstance(value, _dt.timedelta):
        return format_timespan_spec(value, spec)
    return _plain(value)


# --- numbers ------------------------------------------------------------------------

_STANDARD_RE = re.compile(r"^([CcDdEeFfGgNnPpRrXx])(\d{0,2})$")


def _exact(value: Any) -> Decimal:
    """The decimal value .NET formats: doubles keep 15 significant digits."""
    if isinstance(value, float):
        return Decimal(format(value, ".14e"))
    return Decimal(value)


def _round(value: Decimal, places: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def _group(digits: str) -> str:
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i:i + 3] for i in range(head, len(digits), 3)]
    return ",".join(parts)


def _fixed(value: Decimal, places: int, grouping: bool) -> str:
    text = format(_round(abs(value), places), "f")
    whole, _, frac = text.partition(".")
    if grouping:
        whole = _group(whole)
    body = whole + ("." + frac if places > 0 else "")
    negative = value < 0 and _round(abs(value), places) != 0
    return ("-" if negative else "") + body


def format_number(value: Any, spec: str) -> str:
    """A number's ToString(spec): standard formats, else a custom pattern."""
    if isinstance(value, float) and (value != value or value in (float("inf"), float("-inf"))):
        return format_double(value)
    match = _STANDARD_RE.match(spec or "G")
    if not match:
        return _custom_number(value, spec)
    letter, digits = match.group(1), match.group(2)
    precision = int(digits) if digits else None
    return _STANDARD_NUMERIC[letter.upper()](value, precision, letter.isupper())


def _fmt_currency(value: Any, precision: int | None, upper: bool) -> str:
    text = _fixed(_exact(value), 2 if precision is None else precision, True)
    return f"(${text[1:]})" if text.startswith("-") else f"${text}"


def _fmt_decimal(value: Any, precision: int | None, upper: bool) -> str:
    if not isinstance(value, int):
        raise DotNetFormatError("Format specifier was invalid.")
    digits = str(abs(value)).rjust(precision or 0, "0")
    return ("-" if value < 0 else "") + digits


def _scientific(number: Decimal, places: int) -> tuple[Decimal, int]:
    """(mantissa rounded half away from zero to ``places`` decimals, exponent)."""
    if number == 0:
        return Decimal(0), 0
    exponent = number.adjusted()
    mantissa = _round(abs(number).scaleb(-exponent), places)
    if mantissa >= 10:
        exponent += 1
        mantissa = _round(abs(number).scaleb(-exponent), places)
    return mantissa, exponent


def _fmt_exponent(value: Any, precision: int | None, upper: bool) -> str:
    places = 6 if precision is None else precision
    number = _exact(value)
    mantissa, exponent = _scientific(number, places)
    sign = "-" if exponent < 0 else "+"
    text = format(mantissa, "f")
    return f"{'-' if number < 0 else ''}{text}{'E' if upper else 'e'}{sign}{abs(exponent):03d}"


def _fmt_fixed(value: Any, precision: int | None, upper: bool) -> str:
    return _fixed(_exact(value), 2 if precision is None else precision, False)


def _fmt_number(value: Any, precision: int | None, upper: bool) -> str:
    return _fixed(_exact(value), 2 if precision is None else precision, True)


def _fmt_percent(value: Any, precision: int | None, upper: bool) -> str:
    return _fixed(_exact(value) * 100, 2 if precision is None else precision, True) + " %"


def _fmt_general(value: Any, precision: int | None, upper: bool) -> str:
    if not precision:
        return format_double(value) if isinstance(value, float) else to_string(value)
    number = _exact(value)
    mantissa, exponent = _scientific(number, precision - 1)
    sign = "-" if number < 0 else ""
    if -5 < exponent < precision:
        text = format(mantissa.scaleb(exponent), "f")
        text = text.rstrip("0").rstrip(".") if "." in text else text
        return sign + text
    digits = format(mantissa, "f")
    digits = digits.rstrip("0").rstrip(".") if "." in digits else digits
    exp_sign = "-" if exponent < 0 else "+"
    return f"{sign}{digits}{'E' if upper else 'e'}{exp_sign}{abs(exponent):02d}"


def _fmt_roundtrip(value: Any, precision: int | None, upper: bool) -> str:
    if isinstance(value, float):
        text = repr(value).upper()
        return text[:-2] if text.endswith(".0") else text
    return to_string(value)


def _fmt_hex(value: Any, precision: int | None, upper: bool) -> str:
    if not isinstance(value, int):
        raise DotNetFormatError("Format specifier was invalid.")
    if value < 0:
        value += 2**32 if value >= -2**31 else 2**64
    text = format(value, "X" if upper else "x")
    return text.rjust(precision or 0, "0")


_STANDARD_NUMERIC: dict[str, Callable[[Any, "int | None", bool], str]] = {
    "C": _fmt_currency, "D": _fmt_decimal, "E": _fmt_exponent, "F": _fmt_fixed,
    "G": _fmt_general, "N": _fmt_number, "P": _fmt_percent, "R": _fmt_roundtrip,
    "X": _fmt_hex,
}


def _split_sections(spec: str) -> list[str]:
    sections, current, quote, i = [], [], "", 0
    while i < len(spec):
        ch = spec[i]
        if quote:
            current.append(ch)
            quote = "" if ch == quote else quote
        elif ch in "'\"":
            quote = ch
            current.append(ch)
        elif ch == "\\" and i + 1 < len(spec):
            current.append(spec[i:i + 2])
            i += 1
        elif ch == ";":
            sections.append("".join(current))
            current = []
        else:
            current.append(ch)
        i += 1
    sections.append("".join(current))
    return sections


def _custom_number(value: Any, spec: str) -> str:
    """A custom numeric format such as ``0.00``, ``#,##0`` or ``0.0 %;(0.0)``."""
    number = _exact(value)
    sections = _split_sections(spec)
    section = sections[0]
    if number < 0 and len(sections) > 1 and sections[1]:
        section, number = sections[1], -number
    elif number == 0 and len(sections) > 2 and sections[2]:
        section = sections[2]
    return _apply_custom(number, section)


def _custom_tokens(section: str) -> list[tuple[str, str]]:
    """(kind, text) tokens: 'digit' for 0/#, 'point', 'comma', 'percent', 'literal'."""
    tokens: list[tuple[str, str]] = []
    i = 0
    while i < len(section):
        ch = section[i]
        if ch in "'\"":
            end = section.find(ch, i + 1)
            end = len(section) if end < 0 else end
            tokens.append(("literal", section[i + 1:end]))
            i = end + 1
            continue
        if ch == "\\" and i + 1 < len(section):
            tokens.append(("literal", section[i + 1]))
            i += 2
            continue
        kind = {"0": "digit", "#": "digit", ".": "point", ",": "comma", "%": "percent"}.get(ch, "literal")
        tokens.append((kind, ch))
        i += 1
    return tokens


def _apply_custom(number: Decimal, section: str) -> str:
    tokens = _custom_tokens(section)
    point = next((i for i, (k, _) in enumerate(tokens) if k == "point"), len(tokens))
    int_tokens, frac_tokens = tokens[:point], tokens[point + 1:]
    if any(k == "percent" for k, _ in tokens):
        number *= 100
    # commas right after the last integer placeholder divide by 1000 each
    while int_tokens and int_tokens[-1][0] == "comma":
        number /= 1000
        int_tokens = int_tokens[:-1]
    grouping = any(k == "comma" for k, _ in int_tokens)
    frac_places = [t for k, t in frac_tokens if k == "digit"]
    rounded = _round(abs(number), len(frac_places))
    whole, _, frac = format(rounded, "f").partition(".")
    int_digits = [t for k, t in int_tokens if k == "digit"]
    min_int = len(int_digits) - next((i for i, t in enumerate(int_digits) if t == "0"), len(int_digits))
    whole = whole.lstrip("0").rjust(min_int, "0")
    if grouping and whole:
        whole = _group(whole)
    frac_text = _fraction(frac, frac_places)
    body = _fill_integer(int_tokens, whole) + ("." + frac_text if frac_text else "")
    body += "".join(t for k, t in frac_tokens if k in ("literal", "percent"))
    negative = number < 0 and rounded != 0
    return ("-" if negative else "") + body


def _fraction(frac: str, places: list[str]) -> str:
    keep = len(places)
    while keep and places[keep - 1] == "#" and frac[keep - 1] == "0":
        keep -= 1
    return frac[:keep]


def _fill_integer(tokens: list[tuple[str, str]], whole: str) -> str:
    """Literals before the first placeholder, the digits, then the remaining literals."""
    first = next((i for i, (k, _) in enumerate(tokens) if k == "digit"), len(tokens))
    before = "".join(t for k, t in tokens[:first] if k in ("literal", "percent"))
    after = "".join(t for k, t in tokens[first:] if k in ("literal", "percent"))
    return before + whole + after


# --- dates --------------------------------------------------------------------------

_STANDARD_DATE = {
    "d": "M/d/yyyy", "D": "dddd, MMMM d, yyyy", "f": "dddd, MMMM d, yyyy h:mm tt",
    "F": "dddd, MMMM d, yyyy h:mm:ss tt", "g": "M/d/yyyy h:mm tt", "G": "M/d/yyyy h:mm:ss tt",
    "m": "MMMM d", "M": "MMMM d", "o": "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffff",
    "O": "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffff", "r": "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'",
    "R": "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'", "s": "yyyy'-'MM'-'dd'T'HH':'mm':'ss",
    "t": "h:mm tt", "T": "h:mm:ss tt", "u": "yyyy'-'MM'-'dd HH':'mm':'ss'Z'",
    "U": "dddd, MMMM d, yyyy h:mm:ss tt", "y": "MMMM yyyy", "Y": "MMMM yyyy",
}

_DATE_TOKEN_RE = re.compile(r"d{1,4}|M{1,4}|y{1,5}|h{1,2}|H{1,2}|m{1,2}|s{1,2}|f{1,7}|F{1,7}"
                            r"|t{1,2}|z{1,3}|K|g{1,2}|'[^']*'|\"[^\"]*\"|\\.|%|.", re.S)


def format_datetime(value: _dt.datetime, spec: str) -> str:
    """DateTime.ToString(spec) in en-US; an empty spec is ``G``."""
    spec = spec or "G"
    if len(spec) == 1:
        if spec not in _STANDARD_DATE:
            raise DotNetFormatError()
        spec = _STANDARD_DATE[spec]
    return "".join(_date_token(value, tok) for tok in _DATE_TOKEN_RE.findall(spec))


def _date_token(d: _dt.datetime, tok: str) -> str:
    head = tok[0]
    if head in "'\"":
        return tok[1:-1]
    if head == "\\":
        return tok[1:]
    if tok == "%":
        return ""
    handler = _DATE_FIELDS.get(head)
    return handler(d, len(tok)) if handler else tok


def _day(d: _dt.datetime, n: int) -> str:
    if n >= 3:
        name = DAY_NAMES[d.weekday()]
        return name if n == 4 else name[:3]
    return str(d.day).rjust(n, "0")


def _month(d: _dt.datetime, n: int) -> str:
    if n >= 3:
        name = MONTH_NAMES[d.month - 1]
        return name if n == 4 else name[:3]
    return str(d.month).rjust(n, "0")


def _year(d: _dt.datetime, n: int) -> str:
    if n <= 2:
        return str(d.year % 100).rjust(n, "0")
    return str(d.year).rjust(n, "0")


def _hour12(d: _dt.datetime, n: int) -> str:
    return str(d.hour % 12 or 12).rjust(n, "0")


def _fraction_field(d: _dt.datetime, n: int, trim: bool) -> str:
    digits = f"{d.microsecond:06d}0"[:n]
    return digits.rstrip("0") if trim else digits


def _offset(d: _dt.datetime, n: int) -> str:
    offset = d.utcoffset()
    if offset is None:
        return "" if n == 0 else "+00" if n < 3 else "+00:00"
    minutes = int(offset.total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    hours, mins = divmod(abs(minutes), 60)
    if n == 1:
        return f"{sign}{hours}"
    if n == 2:
        return f"{sign}{hours:02d}"
    return f"{sign}{hours:02d}:{mins:02d}"


_DATE_FIELDS: dict[str, Callable[[_dt.datetime, int], str]] = {
    "d": _day, "M": _month, "y": _year, "h": _hour12,
    "H": lambda d, n: str(d.hour).rjust(n, "0"),
    "m": lambda d, n: str(d.minute).rjust(n, "0"),
    "s": lambda d, n: str(d.second).rjust(n, "0"),
    "f": lambda d, n: _fraction_field(d, n, False),
    "F": lambda d, n: _fraction_field(d, n, True),
    "t": lambda d, n: ("AM" if d.hour < 12 else "PM")[:2 if n == 2 else 1],
    "z": _offset, "K": lambda d, n: _offset(d, 3 if d.utcoffset() is not None else 0),
    "g": lambda d, n: "A.D.",
}


# --- time spans ---------------------------------------------------------------------

_SPAN_TOKEN_RE = re.compile(r"d{1,8}|h{1,2}|m{1,2}|s{1,2}|f{1,7}|F{1,7}|'[^']*'|\\.|%|.", re.S)


def format_timespan_spec(value: _dt.timedelta, spec: str) -> str:
    """TimeSpan.ToString(spec): ``c``/``t``/``T`` constant, ``g`` short, ``G`` long, or custom."""
    if spec in ("", "c", "t", "T"):
        return format_timespan(value)
    sign, days, hours, minutes, seconds, fraction = timespan_parts(value)
    if spec in ("g", "G"):
        ticks = f"{fraction:07d}"
        day_part = f"{days}:" if days or spec == "G" else ""
        hour_part = f"{hours:02d}" if spec == "G" else str(hours)
        frac = "." + ticks if spec == "G" else ("." + ticks.rstrip("0") if fraction else "")
        return f"{sign}{day_part}{hour_part}:{minutes:02d}:{seconds:02d}{frac}"
    fields = {"d": days, "h": hours, "m": minutes, "s": seconds}
    out = []
    for tok in _SPAN_TOKEN_RE.findall(spec):
        head = tok[0]
        if head in fields:
            out.append(str(fields[head]).rjust(len(tok), "0"))
        elif head in "fF":
            digits = f"{fraction:07d}"[:len(tok)]
            out.append(digits.rstrip("0") if head == "F" else digits)
        elif head == "'":
            out.append(tok[1:-1])
        elif head == "\\":
            out.append(tok[1:])
        elif tok != "%":
            raise DotNetFormatError()
    return "".join(out)
