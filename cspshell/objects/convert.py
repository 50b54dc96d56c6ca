"""PowerShell's value conversions and comparisons (LanguagePrimitives), shared by the
language engine, the cmdlets and formatting.

Rules follow Windows PowerShell 5.1 on .NET Framework with the invariant culture:
the right operand of a comparison is converted to the left operand's type, strings
compare case-insensitively unless asked otherwise, doubles print with 15 significant
digits.
"""
from __future__ import annotations

import datetime as _dt
import math
import re
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Optional

from . import timespan as _timespan
from .psobject import PSCUSTOMOBJECT, DictionaryEntry, NotedBool, PSHashtable, PSObject, base_value

INT32_MIN, INT32_MAX = -2**31, 2**31 - 1
INT64_MIN, INT64_MAX = -2**63, 2**63 - 1


class PSConversionError(Exception):
    """A value could not be converted; ``message`` is the 5.1 text, ``error_id`` its id."""

    def __init__(self, message: str, error_id: str = "InvalidCastFromStringToInteger"):
        super().__init__(message)
        self.message = message
        self.error_id = error_id


class PSChar(str):
    """A [char]: a one-character string that displays and compares as a Char."""


class PSLong(int):
    """An integer that is an Int64 whatever its size (``10L``, ``[long]1``)."""

    ps_type_name = "System.Int64"


class SwitchParameter:
    """[switch]: a Boolean wrapper with IsPresent, shown as True/False."""

    __slots__ = ("is_present",)
    ps_type_name = "System.Management.Automation.SwitchParameter"

    def __init__(self, is_present: bool):
        self.is_present = bool(is_present)

    def __bool__(self) -> bool:
        return self.is_present

    def __eq__(self, other: Any) -> bool:
        return self.is_present == bool(other)

    def __hash__(self) -> int:
        return int(self.is_present)

    def ps_to_string(self) -> str:
        return "True" if self.is_present else "False"

    def ps_get(self, name: str, default: Any = None) -> Any:
        return self.is_present if name.lower() == "ispresent" else default

    def ps_property_names(self) -> list:
        return ["IsPresent"]


if TYPE_CHECKING:
    from .dotnet_types import TypeFacts


def _dotnet_types() -> Any:
    """The .NET type facts table, imported on first use: only type values need it, and a
    one-shot -Command should not pay for it at start-up."""
    from . import dotnet_types
    return dotnet_types

class PSType:
    """A System.Type value: a type literal such as ``[int]`` or what ``GetType()`` returns.
    ``bases`` is the rest of the value's PSTypeNames, for types the catalogue does not know."""

    __slots__ = ("name", "full_name", "bases")
    ps_type_name = "System.RuntimeType"

    def __init__(self, name: str, full_name: str, bases: tuple[str, ...] = ()):
        self.name = name
        self.full_name = full_name
        self.bases = bases

    def __repr__(self) -> str:
        return f"PSType({self.full_name})"

    @property
    def facts(self) -> "TypeFacts":
        return _dotnet_types().facts_for(self.full_name, self.bases)

    def base_type(self) -> Optional["PSType"]:
        """Type.BaseType: the base class as a type (None for System.Object and interfaces)."""
        base = self.facts.base
        if base is None:
            return None
        rest = self.bases[1:] if self.bases and self.bases[0] == base else ()
        return PSType(_dotnet_types().short_name_of(base), base, rest)


def _type_property(attribute: str) -> Any:
    return lambda t: getattr(t.facts, attribute)


# The adapted properties of a type, in the order .NET Framework's RuntimeType declares them
# (Format-List * shows them so); Module, Assembly, GUID and the reflection-only members are left out.
PSType.ps_properties = [
    ("BaseType", PSType.base_type),
    ("UnderlyingSystemType", lambda t: t),
    ("FullName", lambda t: t.full_name),
    ("Namespace", lambda t: _dotnet_types().namespace_of(t.full_name)),
    ("IsEnum", _type_property("enum")),
    ("Name", lambda t: _dotnet_types().short_name_of(t.full_name)),
    ("IsPublic", _type_property("public")),
    ("IsClass", lambda t: not (t.facts.value_type or t.facts.interface)),
    ("IsInterface", _type_property("interface")),
    ("IsValueType", _type_property("value_type")),
    ("IsAbstract", _type_property("abstract")),
    ("IsSealed", _type_property("sealed")),
    ("IsArray", lambda t: t.full_name.endswith("]")),
    ("IsSerializable", _type_property("serializable")),
]


def type_of(value: Any) -> PSType:
    """``$value.GetType()``: the value's .NET type, knowing its bases from its PSTypeNames."""
    names = type_names(value)
    full = type_name(value)
    if isinstance(value, PSObject) and PSCUSTOMOBJECT in names:
        # Select-Object (Selected.X) and Add-Member -TypeName put ETS names in front of
        # PSTypeNames; GetType() still reports the .NET type
        full = PSCUSTOMOBJECT
    rest = tuple(names[names.index(full) + 1:]) if full in names else ()
    return PSType(_dotnet_types().short_name_of(full), full, rest)


# --- type names ---------------------------------------------------------------------

def type_name(value: Any) -> str:
    """The .NET full type name PowerShell reports for a value."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "System.Boolean"
    if isinstance(value, int):
        if isinstance(value, PSLong):
            return "System.Int64"
        return "System.Int32" if INT32_MIN <= value <= INT32_MAX else "System.Int64"
    if isinstance(value, float):
        return "System.Double"
    if isinstance(value, Decimal):
        return "System.Decimal"
    if isinstance(value, PSChar):
        return "System.Char"
    if isinstance(value, str):
        return "System.String"
    if isinstance(value, list):
        return getattr(value, "ps_type_name", "System.Object[]")
    if isinstance(value, PSHashtable):
        return value.type_name
    if isinstance(value, PSObject):
        return value.type_name
    if isinstance(value, _dt.datetime):
        return "System.DateTime"
    if isinstance(value, _dt.timedelta):
        return "System.TimeSpan"
    if isinstance(value, DictionaryEntry):
        return "System.Collections.DictionaryEntry"
    if isinstance(value, PSType):
        return "System.RuntimeType"
    name = getattr(value, "ps_type_name", None)
    if name:
        return name
    return "System.Object"


def short_type_name(value: Any) -> str:
    """The short type name PowerShell uses in Get-Member definitions."""
    full = type_name(value)
    return SHORT_NAMES.get(full, full)


SHORT_NAMES = {
    "System.Int32": "int", "System.Int64": "long", "System.Double": "double",
    "System.String": "string", "System.Boolean": "bool", "System.Decimal": "decimal",
    "System.Char": "char", "System.Object[]": "Object[]", "System.DateTime": "datetime",
    "System.TimeSpan": "timespan", "System.Collections.Hashtable": "hashtable",
    "null": "object", "System.Object": "System.Object",
}


def type_names(value: Any) -> list[str]:
    """PSTypeNames: the type and its bases, most derived first."""
    if isinstance(value, PSObject):
        return list(value.typenames)
    adapted = getattr(value, "ps_type_names", None)  # a .NET-like class that lists its bases (an XmlNode)
    if adapted is not None:
        return list(adapted)
    full = type_name(value)
    if full == "null":
        return []
    bases = {
        "System.Int32": ["System.ValueType"], "System.Int64": ["System.ValueType"],
        "System.Double": ["System.ValueType"], "System.Boolean": ["System.ValueType"],
        "System.DateTime": ["System.ValueType"], "System.TimeSpan": ["System.ValueType"],
        "System.Object[]": ["System.Array"],
    }.get(full, [])
    return [full, *bases, "System.Object"] if full != "System.Object" else [full]


# --- enumeration --------------------------------------------------------------------

def is_enumerable(value: Any) -> bool:
    """True for values the pipeline enumerates (arrays and lists, not strings or hashtables)."""
    return isinstance(value, (list, tuple)) or is_lazy_stream(value)


def is_lazy_stream(value: Any) -> bool:
    """True for an iterator the pipeline enumerates (a generator, not a string)."""
    return hasattr(value, "__next__") and not isinstance(value, (str, bytes))


def enumerate_value(value: Any) -> Iterator[Any]:
    """Yield the items the pipeline would send for ``value``."""
    if isinstance(value, (list, tuple)) or is_lazy_stream(value):
        yield from value
    else:
        yield value


def is_collection_for_display(value: Any) -> bool:
    """True for values formatting shows as ``{a, b}`` (arrays and hashtables)."""
    return isinstance(value, (list, tuple, PSHashtable))


# --- numbers ------------------------------------------------------------------------

def format_double(value: float) -> str:
    """Double.ToString() as .NET Framework prints it (15 significant digits)."""
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "Infinity" if value > 0 else "-Infinity"
    if value == 0:
        return "0"
    text = format(value, ".15G")
    if "E" in text:
        mantissa, exp = text.split("E")
        sign = exp[0]
        digits = exp[1:].lstrip("0").rjust(2, "0")
        return f"{mantissa}E{sign}{digits}"
    return text


_NUMBER_RE = re.compile(
    r"^\s*(?P<sign>[+-]?)(?:(?P<hex>0x[0-9a-f]+)|(?P<num>(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?))"
    r"(?P<suffix>l|d)?(?P<mult>kb|mb|gb|tb|pb)?\s*$", re.IGNORECASE)
_MULTIPLIERS = {"kb": 1024, "mb": 1024**2, "gb": 1024**3, "tb": 1024**4, "pb": 1024**5}


def parse_number(text: str) -> Any:
    """Parse a PowerShell numeric literal or numeric string; None when it is not one."""
    m = _NUMBER_RE.match(text)
    if not m:
        return None
    mult = _MULTIPLIERS.get((m.group("mult") or "").lower(), 1)
    if m.group("hex"):
        value: Any = int(m.group("hex"), 16)
        if value <= 0xFFFFFFFF and value > INT32_MAX and not m.group("suffix"):
            value -= 2**32  # 0xFFFFFFFF is -1 as an Int32
    else:
        num = m.group("num")
        if m.group("suffix") and m.group("suffix").lower() == "d":
            value = Decimal(num)
        elif m.group("suffix") and m.group("suffix").lower() == "l":
            value = PSLong(int(float(num))) if any(c in num for c in ".eE") else PSLong(int(num))
        elif any(c in num for c in ".eE"):
            value = float(num)
            if mult != 1 and value.is_integer():
                value = float(value)
        else:
            value = int(num)
    long_suffix = isinstance(value, PSLong) or (m.group("suffix") or "").lower() == "l"
    value = value * mult
    if m.group("sign") == "-":
        value = -value
    return PSLong(value) if long_suffix and isinstance(value, int) else value


_THOUSANDS = re.compile(r"^\s*[+-]?\d[\d,]*(\.\d+)?\s*$")
_CAST_IDS = {"System.Double": "InvalidCastFromStringToDoubleOrSingle",
             "System.Single": "InvalidCastFromStringToDoubleOrSingle",
             "System.Decimal": "InvalidCastFromStringToDecimal"}


def is_number(value: Any) -> bool:
    return isinstance(value, (int, float, Decimal)) and not isinstance(value, bool)


def to_number(value: Any, for_type: str = "System.Int32") -> Any:
    """Convert to a number for arithmetic: int, float or Decimal."""
    if value is None:
        return 0
    if isinstance(value, bool):
        return int(value)
    if is_number(value):
        return value
    if isinstance(value, PSChar):
        return ord(value)
    if isinstance(value, str):
        if value.strip() == "":
            return 0
        num = parse_number(value)
        if num is None and _THOUSANDS.match(value):
            # .NET parses with AllowThousands (invariant culture): '1,000' is 1000
            num = parse_number(value.replace(",", ""))
        if num is None:
            raise PSConversionError(
                f'Cannot convert value "{value}" to type "{for_type}". '
                f'Error: "Input string was not in a correct format."', _CAST_IDS.get(for_type,
                                                                                     "InvalidCastFromStringToInteger"))
        return num
    if isinstance(value, list) and len(value) == 1:
        return to_number(value[0], for_type)
    if type(value) is NotedBool:
        return int(value.value)
    raise PSConversionError(
        f'Cannot convert the "{to_string(value)}" value of type "{type_name(value)}" '
        f'to type "{for_type}".', "ConvertToFinalInvalidCastException")


def round_half_even(value: float) -> int:
    """[int] of a double uses banker's rounding."""
    return int(round(value))


def to_int(value: Any, type_label: str = "System.Int32") -> int:
    num = to_number(value, type_label)
    if isinstance(num, (float, Decimal)):
        if isinstance(num, float) and (math.isnan(num) or math.isinf(num)):
            raise PSConversionError(
                f'Cannot convert value "{format_double(num)}" to type "{type_label}". '
                f'Error: "Value was either too large or too small for an Int32."')
        num = round_half_even(float(num)) if isinstance(num, float) else int(num.to_integral_value())
    lo, hi = (INT32_MIN, INT32_MAX) if type_label == "System.Int32" else (INT64_MIN, INT64_MAX)
    if not lo <= num <= hi:
        short = type_label.split(".")[-1]
        raise PSConversionError(
            f'Cannot convert value "{to_string(value)}" to type "{type_label}". '
            f'Error: "Value was either too large or too small for an {short}."')
    return num


def to_double(value: Any) -> float:
    return float(to_number(value, "System.Double"))


# --- strings ------------------------------------------------------------------------

def format_timespan(td: _dt.timedelta) -> str:
    """TimeSpan.ToString(): [-][d.]hh:mm:ss[.fffffff] (seven digits of 100 ns ticks)."""
    return _timespan.to_string(td)


def format_datetime(value: _dt.datetime) -> str:
    """DateTime as PowerShell converts it to a string (invariant culture)."""
    return value.strftime("%m/%d/%Y %H:%M:%S")


def to_string(value: Any, ofs: str = " ") -> str:
    """PowerShell's conversion of any value to a string."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "True" if value else "False"
    if isinstance(value, int):
        return str(int(value))
    if isinstance(value, float):
        return format_double(value)
    if isinstance(value, Decimal):
        return format(value, "f") if value == value.to_integral_value() or abs(value) >= 1e-5 else str(value)
    if isinstance(value, (list, tuple)):
        # PSObject.ToStringEnumerable does not recurse: a nested array shows its type name
        return ofs.join(type_name(v) if isinstance(v, (list, tuple)) else to_string(v, ofs) for v in value)
    if isinstance(value, PSObject):
        return object_to_string(value)
    if isinstance(value, PSHashtable):
        return value.type_name
    if isinstance(value, _dt.datetime):
        return format_datetime(value)
    if isinstance(value, _dt.timedelta):
        return format_timespan(value)
    if isinstance(value, DictionaryEntry):
        return "System.Collections.DictionaryEntry"
    if isinstance(value, PSType):
        return value.full_name
    method = getattr(value, "ps_to_string", None)
    if method:
        return method()
    return str(value)


def object_to_string(obj: PSObject) -> str:
    """ToString() of a PSObject: its own override, else PSCustomObject's ``@{a=1; b=2}``."""
    if obj.tostring is not None:
        return obj.tostring(obj)
    first = obj.typenames[0] if obj.typenames else PSCUSTOMOBJECT
    if first != PSCUSTOMOBJECT and not first.startswith("Selected.") and first != "System.Management.Automation.PSObject":
        return first
    parts = []
    for name, value in obj.items():
        if isinstance(value, (list, tuple)):
            text = "System.Object[]"
        elif isinstance(value, PSObject) and value.tostring is None:
            text = object_to_string(value)
        else:
            text = to_string(value)
        parts.append(f"{name}={text}")
    return "@{" + "; ".join(parts) + "}"


# --- booleans -----------------------------------------------------------------------

def to_bool(value: Any) -> bool:
    """PowerShell's truthiness."""
    if value is None:
        return False
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        return value != ""
    if is_number(value):
        return value != 0
    if isinstance(value, (list, tuple)):
        if len(value) == 0:
            return False
        if len(value) == 1:
            return to_bool(value[0])
        return True
    if isinstance(value, (SwitchParameter, NotedBool)):
        return bool(value)
    return True


# --- comparison ---------------------------------------------------------------------

def _coerce_right(left: Any, right: Any) -> Any:
    """Convert the right operand to the left operand's type (for comparisons)."""
    right = base_value(right)
    if isinstance(left, (bool, SwitchParameter)):
        return to_bool(right)
    if is_number(left):
        if isinstance(right, str) or isinstance(right, bool) or right is None:
            if right is None:
                return None
            return to_number(right, type_name(left))
        return right
    if isinstance(left, str):
        return to_string(right)
    if isinstance(left, _dt.datetime) and isinstance(right, str):
        return parse_datetime(right)
    if isinstance(left, _dt.timedelta) and isinstance(right, str):
        return parse_timespan(right)
    return right


def is_enum(value: Any) -> bool:
    """Whether ``value`` is a .NET enum value: a PSObject whose PSTypeNames go on with System.Enum."""
    return isinstance(value, PSObject) and len(value.typenames) > 1 and value.typenames[1] == "System.Enum"


_INTEGER_TEXT = re.compile(r"\s*[+-]?\d+\s*")


def _enum_equals(left: PSObject, right: Any) -> bool:
    """``enum -eq x``: 5.1 converts ``x`` to the enum's type first, a name case-insensitively
    (``-eq 'remotesigned'``), a number by its value; an ``x`` that does not convert is unequal."""
    if is_enum(right):
        return right.typenames[0] == left.typenames[0] and to_string(left) == to_string(right)
    if isinstance(right, str) and _INTEGER_TEXT.fullmatch(right):
        right = int(right)
    if is_number(right):
        return left.get("value__") == right
    if isinstance(right, str):
        return to_string(left).lower() == right.strip().lower()
    return False


def equals(left: Any, right: Any, case_sensitive: bool = False) -> bool:
    """The ``-eq`` test for two scalars (left-operand conversion)."""
    if left is None or right is None:
        return left is None and right is None
    if isinstance(left, (SwitchParameter, NotedBool)):
        left = bool(left)
    try:
        right = _coerce_right(left, right)
    except PSConversionError:
        return False
    if right is None:
        return False
    if isinstance(left, str):
        return left == right if case_sensitive else left.lower() == right.lower()
    if is_number(left) and is_number(right):
        return left == right
    if is_enum(left):
        return _enum_equals(left, right)
    if isinstance(left, PSObject) or isinstance(left, PSHashtable):
        return left is right
    if isinstance(left, PSType) and isinstance(right, PSType):
        # .NET has one RuntimeType object per type: [int] -eq [int32] is the same instance
        return left.full_name == right.full_name
    return left == right


def compare(left: Any, right: Any, case_sensitive: bool = False) -> int:
    """-1, 0 or 1 comparing two values with PowerShell's rules (left-operand type wins).

    ``$null`` sorts before everything; values that cannot be converted compare as strings.
    """
    if left is None and right is None:
        return 0
    if left is None:
        return -1 if not (is_number(right) and right < 0) else 1
    if right is None:
        return 1 if not (is_number(left) and left < 0) else -1
    left = base_value(left)
    try:
        right = _coerce_right(left, right)
    except PSConversionError:
        left, right = to_string(left), to_string(right)
    if isinstance(left, str) and isinstance(right, str):
        return compare_strings(left, right, case_sensitive)
    if is_number(left) and is_number(right):
        return (left > right) - (left < right)
    if isinstance(left, bool) and isinstance(right, bool):
        return (left > right) - (left < right)
    try:
        return (left > right) - (left < right)
    except TypeError:
        return compare_strings(to_string(left), to_string(right), case_sensitive)


def compare_strings(a: str, b: str, case_sensitive: bool = False) -> int:
    """Culture-style string comparison: case folded first, lower case before upper on ties."""
    ka, kb = a.casefold(), b.casefold()
    if ka != kb:
        return _culture_key(ka) < _culture_key(kb) and -1 or 1
    if not case_sensitive or a == b:
        return 0
    # en-US puts lower case before upper case when the letters are the same
    return -1 if a.swapcase() < b.swapcase() else 1


def _culture_key(s: str) -> tuple:
    # Culture comparison ignores hyphens and apostrophes at the first level.
    stripped = s.replace("-", "").replace("'", "")
    return (stripped, s)


def sort_key(case_sensitive: bool = False):
    """A key function ordering values as Sort-Object does (numbers numerically, strings by culture)."""
    import functools
    return functools.cmp_to_key(lambda a, b: compare(a, b, case_sensitive))


# --- dates --------------------------------------------------------------------------

_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december")
_MONTH_NUMBERS = {**{name: i for i, name in enumerate(_MONTH_NAMES, start=1)},
                  **{name[:3]: i for i, name in enumerate(_MONTH_NAMES, start=1)}}
_WEEKDAY = r"(?:[A-Za-z]+,?\s+)?"
_DATE_PATTERNS = (
    r"(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})",
    r"(?P<m>\d{1,2})[-/.](?P<d>\d{1,2})[-/.](?P<y>\d{4}|\d{2})",
    _WEEKDAY + r"(?P<mon>[A-Za-z]{3,})\.?\s+(?P<d>\d{1,2}),?\s+(?P<y>\d{4})",
    _WEEKDAY + r"(?P<d>\d{1,2})\s+(?P<mon>[A-Za-z]{3,})\.?,?\s+(?P<y>\d{4})",
    r"(?P<mon>[A-Za-z]{3,}),?\s+(?P<y>\d{4})",
)
_TIME_PATTERN = (r"(?:(?:\s+|T)(?P<h>\d{1,2}):(?P<mi>\d{1,2})(?::(?P<s>\d{1,2})(?:\.(?P<f>\d{1,7}))?)?"
                 r"\s*(?P<ampm>[AaPp][Mm])?)?\s*(?P<zone>Z|[+-]\d{2}:?\d{2})?")
_DATE_RES = tuple(re.compile(r"^\s*" + date + _TIME_PATTERN + r"\s*$") for date in _DATE_PATTERNS)


def parse_datetime(text: str) -> _dt.datetime:
    """DateTime.Parse in the invariant culture (month before day), as PowerShell casts do.

    Returns the parsed DateTime. A UTC ``Z`` or ``+hh:mm`` offset is converted to local time,
    which the emulator takes to be UTC so results never depend on the machine's time zone.
    """
    for pattern in _DATE_RES:
        match = pattern.match(text)
        if match:
            try:
                return _build_datetime(match)
            except ValueError:
                break
    raise PSConversionError(
        f'Cannot convert value "{text}" to type "System.DateTime". Error: "String was not '
        f'recognized as a valid DateTime."', "InvalidCastParseTargetInvocation")


def _build_datetime(match: "re.Match[str]") -> _dt.datetime:
    """The DateTime a matched date/time pattern names; ValueError when a field is out of range."""
    fields = match.groupdict()
    year = int(fields["y"])
    if len(fields["y"]) == 2:
        year += 2000 if year < 30 else 1900  # the invariant calendar's TwoDigitYearMax is 2029
    month = int(fields["m"]) if fields.get("m") else _month_number(fields["mon"])
    hour = int(fields["h"] or 0)
    if fields["ampm"]:
        if not 1 <= hour <= 12:
            raise ValueError("hour out of range for AM/PM")
        hour = hour % 12 + (12 if fields["ampm"].lower() == "pm" else 0)
    micros = int((fields["f"] or "0").ljust(7, "0")) // 10
    value = _dt.datetime(year, month, int(fields.get("d") or 1), hour, int(fields["mi"] or 0),
                         int(fields["s"] or 0), micros)
    return value - _zone_offset(fields["zone"])


def _month_number(name: str) -> int:
    """1-12 for an English month name or its three-letter abbreviation."""
    number = _MONTH_NUMBERS.get(name.lower())
    if number is None:
        raise ValueError(f"unknown month {name!r}")
    return number


def _zone_offset(zone: "str | None") -> _dt.timedelta:
    """The UTC offset a ``Z``/``+hh:mm`` suffix names (zero when absent)."""
    if not zone or zone == "Z":
        return _dt.timedelta(0)
    digits = zone[1:].replace(":", "")
    offset = _dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
    return -offset if zone[0] == "-" else offset


_TS_RE = re.compile(r"^\s*(-)?(?:(\d+)\.)?(\d+):(\d+)(?::(\d+)(?:\.(\d{1,7}))?)?\s*$")


def parse_timespan(text: str) -> _dt.timedelta:
    m = _TS_RE.match(text)
    if not m:
        if re.fullmatch(r"\s*-?\d+\s*", text):
            return _dt.timedelta(days=int(text))
        raise PSConversionError(
            f'Cannot convert value "{text}" to type "System.TimeSpan". Error: "String was not '
            f'recognized as a valid TimeSpan."', "InvalidCastParseTargetInvocation")
    neg, days, hours, minutes, seconds, frac = m.groups()
    whole_seconds = ((int(days or 0) * 24 + int(hours)) * 60 + int(minutes)) * 60 + int(seconds or 0)
    ticks = whole_seconds * _timespan.TICKS_PER_SECOND + int((frac or "0").ljust(7, "0"))
    return _timespan.from_ticks(-ticks if neg else ticks)


# --- casts --------------------------------------------------------------------------

TYPE_ALIASES = {
    "int": "System.Int32", "int32": "System.Int32", "system.int32": "System.Int32",
    "long": "System.Int64", "int64": "System.Int64", "system.int64": "System.Int64",
    "double": "System.Double", "system.double": "System.Double", "float": "System.Single",
    "single": "System.Single", "decimal": "System.Decimal", "system.decimal": "System.Decimal",
    "string": "System.String", "system.string": "System.String",
    "bool": "System.Boolean", "boolean": "System.Boolean", "system.boolean": "System.Boolean",
    "char": "System.Char", "system.char": "System.Char",
    "array": "System.Array", "system.array": "System.Array", "object[]": "System.Object[]", "string[]": "System.String[]",
    "int[]": "System.Int32[]",
    **{name.lower(): name for name in (
        "System.Exception", "System.SystemException", "System.ArgumentException", "System.ArgumentNullException",
        "System.ArgumentOutOfRangeException", "System.InvalidOperationException", "System.NotImplementedException",
        "System.NotSupportedException", "System.FormatException", "System.DivideByZeroException",
        "System.IO.IOException", "System.Management.Automation.RuntimeException",
        "System.Management.Automation.ItemNotFoundException")},
    "exception": "System.Exception", "argumentexception": "System.ArgumentException",
    "invalidoperationexception": "System.InvalidOperationException",
    "hashtable": "System.Collections.Hashtable", "system.collections.hashtable": "System.Collections.Hashtable",
    "ordered": "System.Collections.Specialized.OrderedDictionary",
    "datetime": "System.DateTime", "system.datetime": "System.DateTime",
    "timespan": "System.TimeSpan", "system.timespan": "System.TimeSpan",
    "pscustomobject": "System.Management.Automation.PSObject",
    "psobject": "System.Management.Automation.PSObject",
    "object": "System.Object", "system.object": "System.Object",
    "scriptblock": "System.Management.Automation.ScriptBlock",
    "switch": "System.Management.Automation.SwitchParameter",
    "regex": "System.Text.RegularExpressions.Regex",
    "void": "System.Void", "math": "System.Math",
    "byte": "System.Byte", "uint32": "System.UInt32", "uint16": "System.UInt16",
    "int16": "System.Int16", "uint64": "System.UInt64",
    "xml": "System.Xml.XmlDocument", "system.xml.xmldocument": "System.Xml.XmlDocument",
    "xml.xmldocument": "System.Xml.XmlDocument", "system.xml.xmlelement": "System.Xml.XmlElement",
    "system.xml.xmlnode": "System.Xml.XmlNode", "system.xml.xmlattribute": "System.Xml.XmlAttribute",
    "pscredential": "System.Management.Automation.PSCredential",
    "system.management.automation.pscredential": "System.Management.Automation.PSCredential",
    "securestring": "System.Security.SecureString", "system.security.securestring": "System.Security.SecureString",
}


def resolve_type(name: str) -> str | None:
    """The full .NET name of a type literal's text, or None when unknown."""
    return TYPE_ALIASES.get(name.lower().strip())


EXCEPTION_BASES = {
    "System.Exception": [],
    "System.SystemException": ["System.Exception"],
    "System.ArgumentException": ["System.SystemException", "System.Exception"],
    "System.ArgumentNullException": ["System.ArgumentException", "System.SystemException", "System.Exception"],
    "System.ArgumentOutOfRangeException": ["System.ArgumentException", "System.SystemException", "System.Exception"],
    "System.InvalidOperationException": ["System.SystemException", "System.Exception"],
    "System.NotImplementedException": ["System.SystemException", "System.Exception"],
    "System.NotSupportedException": ["System.SystemException", "System.Exception"],
    "System.FormatException": ["System.SystemException", "System.Exception"],
    "System.DivideByZeroException": ["System.ArithmeticException", "System.SystemException", "System.Exception"],
    "System.IO.IOException": ["System.SystemException", "System.Exception"],
    "System.Management.Automation.RuntimeException": ["System.SystemException", "System.Exception"],
    "System.Management.Automation.ItemNotFoundException": ["System.Management.Automation.RuntimeException",
                                                            "System.SystemException", "System.Exception"],
}


def make_exception(full_name: str, message: Any) -> PSObject:
    """An exception object (what ``[System.ArgumentException]'msg'`` creates)."""
    text = to_string(message)
    return PSObject([("Message", text), ("InnerException", None)],
                    typenames=[full_name, *EXCEPTION_BASES.get(full_name, ["System.Exception"]), "System.Object"],
                    tostring=lambda o: f"{full_name}: {text}")


def is_exception(value: Any) -> bool:
    return isinstance(value, PSObject) and "System.Exception" in value.typenames


def convert_to(value: Any, full_name: str) -> Any:
    """``[type]value``: convert to the named .NET type or raise PSConversionError."""
    if full_name in EXCEPTION_BASES:
        return value if is_exception(value) else make_exception(full_name, value)
    if full_name.endswith("[]") and full_name != "System.Object[]":
        elem = full_name[:-2]
        return [convert_to(v, elem) for v in enumerate_value(value)] if value is not None else []
    conv = _CONVERTERS.get(full_name)
    if conv is None:
        return value
    return conv(value)


def _to_xml(value: Any) -> Any:
    from .xmldom import to_xml_document  # the XML model imports this module
    return to_xml_document(value)


def _to_string_cast(value: Any) -> Any:
    return to_string(value)


def _to_char(value: Any) -> PSChar:
    if isinstance(value, str) and len(value) == 1:
        return PSChar(value)
    if is_number(value):
        return PSChar(chr(int(value)))
    raise PSConversionError(
        f'Cannot convert value "{to_string(value)}" to type "System.Char". Error: "String must '
        f'be exactly one character long."', "InvalidCastParseTargetInvocation")


def _to_array(value: Any) -> list:
    if value is None:
        return []
    if isinstance(value, list):
        return value
    return list(enumerate_value(value))


def _to_hashtable(value: Any) -> PSHashtable:
    if isinstance(value, PSHashtable):
        # casting an ordered dictionary builds a new case-sensitive Hashtable, as 5.1 does
        return PSHashtable(value.items(), comparer="Default") if value.ordered else value
    raise PSConversionError(
        f'Cannot convert the "{to_string(value)}" value of type "{type_name(value)}" to type '
        f'"System.Collections.Hashtable".', "ConvertToFinalInvalidCastException")


def _to_psobject(value: Any) -> Any:
    if isinstance(value, PSHashtable):
        return PSObject((str(k), v) for k, v in value.items())
    return value


def _to_datetime(value: Any) -> _dt.datetime:
    if isinstance(value, _dt.datetime):
        return value
    if isinstance(value, str):
        return parse_datetime(value)
    raise PSConversionError(
        f'Cannot convert value "{to_string(value)}" to type "System.DateTime".',
        "InvalidCastParseTargetInvocation")


def _to_timespan(value: Any) -> _dt.timedelta:
    if isinstance(value, _dt.timedelta):
        return value
    if isinstance(value, str):
        return parse_timespan(value)
    if is_number(value):
        return _timespan.from_ticks(to_int(value, "System.Int64"))  # new TimeSpan(long ticks)
    raise PSConversionError(
        f'Cannot convert value "{to_string(value)}" to type "System.TimeSpan".',
        "InvalidCastParseTargetInvocation")


def _to_decimal(value: Any) -> Decimal:
    num = to_number(value, "System.Decimal")
    try:
        return Decimal(str(num)) if isinstance(num, float) else Decimal(num)
    except InvalidOperation as exc:  # pragma: no cover - Decimal accepts any number text
        raise PSConversionError(str(exc)) from exc


# range and .NET overflow wording (mscorlib Overflow_*) of the integer types narrower than Int32
_SMALL_INTEGERS = {
    "System.Byte": (0, 255, "an unsigned byte"), "System.Int16": (-32768, 32767, "an Int16"),
    "System.UInt16": (0, 65535, "a UInt16"), "System.UInt32": (0, 4294967295, "a UInt32"),
}


def _to_small_int(value: Any, type_label: str) -> int:
    """[byte] / [int16] / [uint16] / [uint32]: the number, or .NET's OverflowException text."""
    num = to_int(value, "System.Int64")
    lo, hi, noun = _SMALL_INTEGERS[type_label]
    if not lo <= num <= hi:
        raise PSConversionError(
            f'Cannot convert value "{to_string(value)}" to type "{type_label}". '
            f'Error: "Value was either too large or too small for {noun}."',
            "InvalidCastFromStringToInteger" if isinstance(value, str) else "InvalidCastIConvertible")
    return num


_CONVERTERS = {
    "System.Int32": lambda v: to_int(v, "System.Int32"),
    "System.Int64": lambda v: PSLong(to_int(v, "System.Int64")),
    "System.Int16": lambda v: _to_small_int(v, "System.Int16"),
    "System.Byte": lambda v: _to_small_int(v, "System.Byte"),
    "System.UInt32": lambda v: _to_small_int(v, "System.UInt32"),
    "System.UInt16": lambda v: _to_small_int(v, "System.UInt16"),
    "System.UInt64": lambda v: to_int(v, "System.Int64"),
    "System.Double": to_double,
    "System.Single": to_double,
    "System.Decimal": _to_decimal,
    "System.String": _to_string_cast,
    "System.Boolean": to_bool,
    "System.Char": _to_char,
    "System.Array": _to_array,
    "System.Object[]": _to_array,
    "System.Collections.Hashtable": _to_hashtable,
    "System.Management.Automation.PSObject": _to_psobject,
    "System.DateTime": _to_datetime,
    "System.TimeSpan": _to_timespan,
    "System.Management.Automation.SwitchParameter": lambda v: SwitchParameter(to_bool(v)),
    "System.Xml.XmlDocument": _to_xml,
}


def flatten_args(values: Iterable[Any]) -> list:
    """Flatten one level of arrays (how -join and member enumeration see their input)."""
    out: list = []
    for v in values:
        if isinstance(v, list):
            out.extend(v)
        else:
            out.append(v)
    return out
