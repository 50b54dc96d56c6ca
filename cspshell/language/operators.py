"""PowerShell operator semantics over values (no AST, no scopes).

Each binary operator is a function ``(left, right) -> value`` looked up in ``BINARY``;
comparison operators filter when the left operand is a collection. Errors raise
``OperatorError`` with the 5.1 message and error id; the evaluator adds the position.
"""
from __future__ import annotations

import datetime as _dt
import math
import re
from decimal import Decimal
from functools import lru_cache
from typing import Any, Callable, Optional

from ..objects import convert as C
from ..objects.psobject import PSHashtable, PSObject
from ..objects import wildcard


class OperatorError(Exception):
    """An operator failed; ``message``/``error_id``/``category`` as PowerShell reports them."""

    def __init__(self, message: str, error_id: str, category: str = "InvalidOperation",
                 exception_type: str = "RuntimeException"):
        super().__init__(message)
        self.message = message
        self.error_id = error_id
        self.category = category
        self.exception_type = exception_type


def DIVIDE_BY_ZERO() -> "OperatorError":
    """1/0: a RuntimeException wrapping DivideByZeroException (typed catches see the inner one)."""
    err = OperatorError("Attempted to divide by zero.", "RuntimeException", "NotSpecified", "RuntimeException")
    err.inner = "System.DivideByZeroException"
    return err


# -- regular expressions (.NET syntax -> Python) ------------------------------------------

@lru_cache(maxsize=512)
def compile_regex(pattern: str, case_sensitive: bool = False) -> "re.Pattern[str]":
    """Compile a .NET-style regular expression (named groups ``(?<n>...)`` supported)."""
    py = re.sub(r"\(\?<([A-Za-z_][A-Za-z0-9_]*)>", r"(?P<\1>", pattern)
    py = re.sub(r"\\k<([A-Za-z_][A-Za-z0-9_]*)>", r"(?P=\1)", py)
    try:
        return re.compile(py, 0 if case_sensitive else re.IGNORECASE)
    except re.error as exc:
        raise OperatorError(
            f'The regular expression pattern {pattern} is not valid.', "InvalidRegularExpression",
            "InvalidOperation") from exc


def _replacement(repl: str) -> Callable[["re.Match[str]"], str]:
    def expand(m: "re.Match[str]") -> str:
        out = []
        i = 0
        while i < len(repl):
            ch = repl[i]
            if ch == "$" and i + 1 < len(repl):
                nxt = repl[i + 1]
                if nxt == "$":
                    out.append("$")
                    i += 2
                    continue
                if nxt.isdigit():
                    j = i + 1
                    while j < len(repl) and repl[j].isdigit():
                        j += 1
                    idx = int(repl[i + 1:j])
                    if idx <= (m.re.groups or 0):
                        out.append(m.group(idx) or "")
                        i = j
                        continue
                if nxt == "{":
                    j = repl.find("}", i)
                    if j > 0:
                        name = repl[i + 2:j]
                        try:
                            out.append(m.group(int(name) if name.isdigit() else name) or "")
                            i = j + 1
                            continue
                        except IndexError:
                            pass
                if nxt == "&":
                    out.append(m.group(0))
                    i += 2
                    continue
            out.append(ch)
            i += 1
        return "".join(out)
    return expand


# -- helpers ----------------------------------------------------------------------------

def _is_collection(value: Any) -> bool:
    return isinstance(value, (list, tuple))


def _numeric(value: Any, op_type: str = "System.Int32") -> Any:
    try:
        return C.to_number(value, op_type)
    except C.PSConversionError as exc:
        raise OperatorError(exc.message, "InvalidCastFromStringToInteger" if isinstance(value, str)
                            else "ConvertToFinalInvalidCastException", "InvalidArgument") from exc


# -- arithmetic -------------------------------------------------------------------------

def op_add(left: Any, right: Any) -> Any:
    if left is None:
        if right is None:
            return None
        return list(right) if _is_collection(right) else right
    if _is_collection(left):
        return list(left) + (list(right) if _is_collection(right) else [right])
    if isinstance(left, PSHashtable):
        if not isinstance(right, PSHashtable):
            raise OperatorError("A hash table can only be added to another hash table.",
                                "AddHashTableToNonHashTable")
        merged = PSHashtable()
        for k, v in left.items():
            merged[k] = v
        for k, v in right.items():
            if k in merged:
                raise OperatorError(
                    f"Item has already been added. Key in dictionary: '{k}'  Key being added: '{k}'",
                    "DuplicateKeyInHashLiteral", "InvalidOperation", "ArgumentException")
            merged[k] = v
        return merged
    if isinstance(left, str):
        return left + C.to_string(right)
    if isinstance(left, _dt.datetime):
        if isinstance(right, _dt.timedelta):
            return left + right
        return left + _dt.timedelta(microseconds=_numeric(right) / 10)
    if isinstance(left, _dt.timedelta) and isinstance(right, _dt.timedelta):
        return left + right
    if C.is_number(left) or isinstance(left, bool):
        return _arith(left, right, lambda a, b: a + b, "op_Addition")
    raise OperatorError(
        f"Method invocation failed because [{C.type_name(left)}] does not contain a method named 'op_Addition'.",
        "MethodNotFound")


def _arith(left: Any, right: Any, fn: Callable[[Any, Any], Any], method: str) -> Any:
    if _is_collection(right) or isinstance(right, (PSObject, PSHashtable)):
        raise OperatorError(
            f'Cannot convert the "{C.to_string(right)}" value of type "{C.type_name(right)}" to type "System.Int32".'
            if not _is_collection(right) else
            'Cannot convert the "System.Object[]" value of type "System.Object[]" to type "System.Int32".',
            "ConvertToFinalInvalidCastException", "InvalidArgument")
    a = _numeric(left)
    b = _numeric(right, C.type_name(left) if C.is_number(left) else "System.Int32")
    if isinstance(a, Decimal) or isinstance(b, Decimal):
        a, b = Decimal(str(a)), Decimal(str(b))
    elif isinstance(a, float) or isinstance(b, float):
        a, b = float(a), float(b)
    return fn(a, b)


def op_sub(left: Any, right: Any) -> Any:
    if isinstance(left, _dt.datetime):
        if isinstance(right, _dt.datetime):
            return left - right
        if isinstance(right, _dt.timedelta):
            return left - right
    if isinstance(left, _dt.timedelta) and isinstance(right, _dt.timedelta):
        return left - right
    if _is_collection(left) or isinstance(left, (str, PSHashtable, PSObject)) and not isinstance(left, str):
        raise OperatorError(
            f"Method invocation failed because [{C.type_name(left)}] does not contain a method named 'op_Subtraction'.",
            "MethodNotFound")
    return _arith(left, right, lambda a, b: a - b, "op_Subtraction")


def op_mul(left: Any, right: Any) -> Any:
    if isinstance(left, str):
        count = _numeric(right)
        return left * int(count)
    if _is_collection(left):
        return list(left) * int(_numeric(right))
    if left is None:
        return None
    return _arith(left, right, lambda a, b: a * b, "op_Multiply")


def op_div(left: Any, right: Any) -> Any:
    def div(a: Any, b: Any) -> Any:
        if b == 0:
            raise DIVIDE_BY_ZERO()
        if isinstance(a, int) and isinstance(b, int):
            if a % b == 0:
                return a // b
            return a / b
        return a / b
    if left is None:
        left = 0
    return _arith(left, right, div, "op_Division")


def op_mod(left: Any, right: Any) -> Any:
    def mod(a: Any, b: Any) -> Any:
        if b == 0:
            raise DIVIDE_BY_ZERO()
        if isinstance(a, int) and isinstance(b, int):
            return a - b * int(a / b) if (a < 0) != (b < 0) else a % b
        return math.fmod(a, b)
    if left is None:
        left = 0
    return _arith(left, right, mod, "op_Modulus")


def _ints(left: Any, right: Any) -> tuple[int, int]:
    return int(_numeric(left)), int(_numeric(right))


def op_band(left: Any, right: Any) -> int:
    a, b = _ints(left, right)
    return a & b


def op_bor(left: Any, right: Any) -> int:
    a, b = _ints(left, right)
    return a | b


def op_bxor(left: Any, right: Any) -> int:
    a, b = _ints(left, right)
    return a ^ b


def op_shl(left: Any, right: Any) -> int:
    a, b = _ints(left, right)
    return a << b


def op_shr(left: Any, right: Any) -> int:
    a, b = _ints(left, right)
    return a >> b


def op_range(left: Any, right: Any) -> list:
    try:
        a = C.to_int(left)
        b = C.to_int(right)
    except C.PSConversionError as exc:
        raise OperatorError(exc.message, "InvalidCastFromStringToInteger", "InvalidArgument") from exc
    if b - a > 50_000_000 or a - b > 50_000_000:
        raise OperatorError("The range operator (..) could not create a range; the range is too large.",
                            "RangeTooBig")
    return list(range(a, b + 1)) if a <= b else list(range(a, b - 1, -1))


# -- comparison -------------------------------------------------------------------------

def _cmp_scalar(name: str, left: Any, right: Any, cs: bool) -> bool:
    if name == "eq":
        return C.equals(left, right, cs)
    if name == "ne":
        return not C.equals(left, right, cs)
    if name in ("gt", "ge", "lt", "le"):
        if left is None and right is None:
            return name in ("ge", "le")
        if right is None:
            return name in ("gt", "ge")
        if left is None:
            return name in ("lt", "le")
        try:
            r = C.compare(left, right, cs)
        except C.PSConversionError as exc:
            raise OperatorError(exc.message, "ComparisonFailure", "InvalidOperation") from exc
        return {"gt": r > 0, "ge": r >= 0, "lt": r < 0, "le": r <= 0}[name]
    if name in ("like", "notlike"):
        try:
            hit = wildcard.match(C.to_string(right), C.to_string(left), cs)
        except wildcard.WildcardPatternError as exc:
            raise OperatorError(exc.message, "WildcardPattern_Invalid", "InvalidArgument") from exc
        return hit if name == "like" else not hit
    raise KeyError(name)


def comparison(name: str, left: Any, right: Any, matches_sink: Optional[Callable[[Any], None]] = None) -> Any:
    """Apply a comparison operator (``name`` possibly prefixed with ``c``)."""
    cs = name.startswith("c") and name not in ("contains",)
    base = name[1:] if cs else name
    if base in ("contains", "notcontains"):
        coll = left if _is_collection(left) else [left]
        found = any(C.equals(item, right, cs) for item in coll)
        return found if base == "contains" else not found
    if base in ("in", "notin"):
        coll = right if _is_collection(right) else [right]
        found = any(C.equals(item, left, cs) for item in coll)
        return found if base == "in" else not found
    if base in ("match", "notmatch"):
        rx = compile_regex(C.to_string(right), cs)
        if _is_collection(left):
            want = base == "match"
            return [x for x in left if (rx.search(C.to_string(x)) is not None) == want]
        m = rx.search(C.to_string(left))
        if m and matches_sink is not None:
            matches_sink(match_table(m))
        return (m is not None) == (base == "match")
    if _is_collection(left):
        return [x for x in left if _cmp_scalar(base, x, right, cs)]
    return _cmp_scalar(base, left, right, cs)


def match_table(m: "re.Match[str]") -> PSHashtable:
    """``$Matches`` for a successful match, built as 5.1 builds it: an empty table, then the
    numbered groups 0, 1, 2... and then the named ones (its enumeration order follows)."""
    table = PSHashtable()
    names = {v: k for k, v in m.re.groupindex.items()}
    for idx in range(0, m.re.groups + 1):
        if idx in names or m.group(idx) is None:
            continue
        table[idx] = m.group(idx)
    for name, idx in sorted(m.re.groupindex.items(), key=lambda kv: kv[1]):
        if m.group(idx) is not None:
            table[name] = m.group(idx)
    return table


def op_replace(left: Any, right: Any, cs: bool) -> Any:
    items = right if _is_collection(right) else [right]
    if len(items) > 2:
        raise OperatorError(
            "The -replace operator allows only two elements to follow it, not " + str(len(items)) + ".",
            "BadReplaceArgument")
    pattern = C.to_string(items[0])
    repl = C.to_string(items[1]) if len(items) > 1 else ""
    rx = compile_regex(pattern, cs)
    sub = _replacement(repl)
    if _is_collection(left):
        return [rx.sub(sub, C.to_string(x)) for x in left]
    return rx.sub(sub, C.to_string(left))


def op_split(left: Any, right: Any, cs: bool) -> list:
    args = right if _is_collection(right) else [right]
    pattern = C.to_string(args[0])
    limit = int(_numeric(args[1])) if len(args) > 1 else 0
    options = {o.strip().lower() for o in C.to_string(args[2]).split(",")} if len(args) > 2 else set()
    if "simplematch" in options:
        pattern = re.escape(pattern)
    if "ignorecase" in options:
        cs = False
    values = left if _is_collection(left) else [left]
    rx = compile_regex(pattern, cs)
    out: list = []
    for value in values:
        out.extend(_split_limited(rx, C.to_string(value), limit))
    return out


def _split_limited(rx: "re.Pattern[str]", text: str, limit: int) -> list:
    if limit <= 0:
        parts = []
        pos = 0
        for m in rx.finditer(text):
            if m.end() == m.start() and m.start() in (0, len(text)):
                continue
            parts.append(text[pos:m.start()])
            parts.extend(g for g in m.groups() if g is not None)
            pos = m.end()
        parts.append(text[pos:])
        return parts
    return rx.split(text, maxsplit=limit - 1)


def unary_split(value: Any) -> list:
    values = value if _is_collection(value) else [value]
    out: list = []
    for v in values:
        out.extend(C.to_string(v).split())
    return out


def op_join(left: Any, right: Any) -> str:
    sep = C.to_string(right)
    values = left if _is_collection(left) else [left]
    return sep.join(C.to_string(v) for v in values)


def unary_join(value: Any) -> str:
    values = value if _is_collection(value) else [value]
    return "".join(C.to_string(v) for v in values)


# -- -f ---------------------------------------------------------------------------------

_FORMAT_ITEM = re.compile(r"\{\{|\}\}|\{(\d+)(?:\s*,\s*(-?\d+))?(?::([^}]*))?\}")


def op_format(left: Any, right: Any) -> str:
    fmt = C.to_string(left)
    args = list(right) if _is_collection(right) else [right]

    def item(m: "re.Match[str]") -> str:
        whole = m.group(0)
        if whole == "{{":
            return "{"
        if whole == "}}":
            return "}"
        idx = int(m.group(1))
        if idx >= len(args):
            raise OperatorError(
                'Error formatting a string: Index (zero based) must be greater than or equal to zero and less than the size of the argument list..',
                "FormatError", "InvalidOperation", "FormatException")
        text = format_value(args[idx], m.group(3) or "")
        width = int(m.group(2)) if m.group(2) else 0
        return text.rjust(width) if width > 0 else text.ljust(-width)

    stray = re.sub(_FORMAT_ITEM, "", fmt)
    if "{" in stray or "}" in stray:
        raise OperatorError(
            'Error formatting a string: Input string was not in a correct format..', "FormatError",
            "InvalidOperation", "FormatException")
    return _FORMAT_ITEM.sub(item, fmt)


def format_value(value: Any, spec: str) -> str:
    """A value formatted with a .NET format specifier (N2, D3, X, F1, P, C, dates...)."""
    if not spec:
        return C.to_string(value)
    if isinstance(value, _dt.datetime):
        return format_date(value, spec)
    m = re.fullmatch(r"([NnDdXxFfPpCcEeGg])(\d*)", spec)
    if m and (C.is_number(value) or isinstance(value, str)):
        try:
            num = C.to_number(value)
        except C.PSConversionError:
            return C.to_string(value)
        kind, digits = m.group(1), m.group(2)
        return _format_number(num, kind, digits)
    if re.fullmatch(r"[0#,.%]+", spec) and C.is_number(value):
        decimals = len(spec.split(".")[1]) if "." in spec else 0
        grouping = "," in spec.split(".")[0]
        return format(value, f"{',' if grouping else ''}.{decimals}f")
    return C.to_string(value)


def _format_number(num: Any, kind: str, digits: str) -> str:
    k = kind.upper()
    if k == "N":
        return format(float(num), f",.{int(digits) if digits else 2}f")
    if k == "F":
        return format(float(num), f".{int(digits) if digits else 2}f")
    if k == "D":
        return str(int(num)).rjust(int(digits) if digits else 0, "0") if num >= 0 else \
            "-" + str(-int(num)).rjust(int(digits) if digits else 0, "0")
    if k == "X":
        text = format(int(num) & 0xFFFFFFFF if num < 0 else int(num), "X" if kind == "X" else "x")
        return text.rjust(int(digits) if digits else 0, "0")
    if k == "P":
        return format(float(num) * 100, f",.{int(digits) if digits else 2}f") + " %"
    if k == "C":
        return "$" + format(float(num), f",.{int(digits) if digits else 2}f")
    if k == "E":
        return format(float(num), f".{int(digits) if digits else 6}{'E' if kind == 'E' else 'e'}").replace("e+", "e+0").replace("E+", "E+0")
    return C.to_string(num)


_DATE_TOKENS = [
    ("yyyy", "%Y"), ("yy", "%y"), ("MMMM", "%B"), ("MMM", "%b"), ("MM", "%m"), ("dddd", "%A"),
    ("ddd", "%a"), ("dd", "%d"), ("HH", "%H"), ("hh", "%I"), ("mm", "%M"), ("ss", "%S"), ("tt", "%p"),
]


def format_date(value: _dt.datetime, spec: str) -> str:
    """A DateTime with a .NET custom or standard format string (common subset)."""
    standard = {"d": "%m/%d/%Y", "D": "%A, %B %d, %Y", "t": "%I:%M %p", "T": "%I:%M:%S %p",
                "s": "%Y-%m-%dT%H:%M:%S", "u": "%Y-%m-%d %H:%M:%SZ", "g": "%m/%d/%Y %I:%M %p",
                "G": "%m/%d/%Y %I:%M:%S %p", "o": "%Y-%m-%dT%H:%M:%S.%f0"}
    if spec in standard:
        text = value.strftime(standard[spec])
        return _strip_leading_zeros(text, spec)
    out = []
    i = 0
    while i < len(spec):
        for token, code in _DATE_TOKENS:
            if spec.startswith(token, i):
                out.append(value.strftime(code))
                i += len(token)
                break
        else:
            ch = spec[i]
            if ch == "d":
                out.append(str(value.day))
            elif ch == "M":
                out.append(str(value.month))
            elif ch == "H":
                out.append(str(value.hour))
            elif ch == "h":
                out.append(str(value.hour % 12 or 12))
            elif ch == "f":
                j = i
                while j < len(spec) and spec[j] == "f":
                    j += 1
                out.append(f"{value.microsecond:06d}{'0'}"[: j - i])
                i = j
                continue
            elif ch == "\\" and i + 1 < len(spec):
                out.append(spec[i + 1])
                i += 2
                continue
            else:
                out.append(ch)
            i += 1
    return "".join(out)


def _strip_leading_zeros(text: str, spec: str) -> str:
    if spec in ("d", "g", "G"):
        month, day, rest = text.split("/", 2)
        text = f"{int(month)}/{int(day)}/{rest}"
    if spec in ("t", "T", "g", "G"):
        text = re.sub(r"(^| )0(\d:)", r"\1\2", text)
    if spec == "D":
        text = re.sub(r" 0(\d),", r" \1,", text)
    return text


# -- type operators -----------------------------------------------------------------------

def is_instance(value: Any, full_name: str) -> bool:
    """``-is``: does the value's type (or a base) have this full name."""
    if full_name == "System.Object":
        return value is not None
    if full_name in ("System.Array", "System.Object[]"):
        return isinstance(value, list)
    if full_name == "System.Management.Automation.PSObject":
        return value is not None
    if full_name == "System.ValueType":
        return isinstance(value, (bool, int, float, Decimal, _dt.datetime, _dt.timedelta))
    return full_name in C.type_names(value)


def op_as(value: Any, full_name: str) -> Any:
    try:
        return C.convert_to(value, full_name)
    except C.PSConversionError:
        return None
