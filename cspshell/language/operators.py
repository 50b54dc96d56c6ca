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
from ..objects.psobject import NotedBool, PSHashtable, PSObject
from ..objects import wildcard
from ..formatting.dotnet_format import DotNetFormatError, composite_format, format_datetime
from ..formatting.dotnet_format import format_value as dotnet_format_value


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
def compile_regex(pattern: str, case_sensitive: bool = False, flags: int = 0) -> "re.Pattern[str]":
    """Compile a .NET-style regular expression (named groups ``(?<n>...)`` supported);
    ``flags`` adds Python ``re`` flags (Multiline, Singleline...)."""
    py = re.sub(r"\(\?<([A-Za-z_][A-Za-z0-9_]*)>", r"(?P<\1>", pattern)
    py = re.sub(r"\\k<([A-Za-z_][A-Za-z0-9_]*)>", r"(?P=\1)", py)
    try:
        return re.compile(py, flags | (0 if case_sensitive else re.IGNORECASE))
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
    if C.is_number(left) or isinstance(left, (bool, NotedBool)):
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
    result = fn(a, b)
    if isinstance(result, int) and not isinstance(result, bool):
        return _integer_result(result, a, b)
    return result


def _integer_result(result: int, a: int, b: int) -> Any:
    """IntOps/LongOps (NumericOps.cs): Int32 operands give an Int32, an Int64 operand an
    Int64, and a result that overflows its type becomes a Double."""
    wide = any(isinstance(v, C.PSLong) or not C.INT32_MIN <= v <= C.INT32_MAX for v in (a, b))
    limit = 2**63 if wide else 2**31
    if not -limit <= result < limit:
        return float(result)
    return C.PSLong(result) if wide else result


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


# SplitOptions (5.1 parserutils.cs): the names -split accepts in its third operand, and the
# regular-expression flag each one sets (SimpleMatch and RegexMatch choose the matcher).
SPLIT_OPTIONS = ("SimpleMatch", "RegexMatch", "CultureInvariant", "IgnorePatternWhitespace", "Multiline",
                 "Singleline", "IgnoreCase", "ExplicitCapture")
_SPLIT_FLAGS = {"cultureinvariant": 0, "ignorepatternwhitespace": re.VERBOSE, "multiline": re.MULTILINE,
                "singleline": re.DOTALL, "ignorecase": 0, "explicitcapture": 0}
_SCRIPT_BLOCK = "System.Management.Automation.ScriptBlock"


def op_split(left: Any, right: Any, cs: bool) -> list:
    """``-split``/``-csplit``: a regex (or SimpleMatch) delimiter with an optional limit and
    options, or a script-block predicate deciding which characters are delimiters."""
    args = list(right) if _is_collection(right) else [right]
    delimiter = args[0] if args else None
    limit = int(_numeric(args[1])) if len(args) > 1 else 0
    options = _split_options(args[2]) if len(args) > 2 and args[2] is not None else set()
    values = [C.to_string(v) for v in (left if _is_collection(left) else [left])]
    if getattr(delimiter, "ps_type_name", None) == _SCRIPT_BLOCK:
        if options:
            raise OperatorError("Options are not allowed on the -split operator with a predicate.",
                                "InvalidSplitOptionWithPredicate", "ParserError", "ParseException")
        return [part for value in values for part in _split_by_predicate(delimiter, value, limit)]
    rx = _split_regex(C.to_string(delimiter), options, cs)
    return [part for value in values for part in _regex_split(rx, value, limit)]


def _split_options(value: Any) -> set[str]:
    """The lower-case SplitOptions names in ``'Multiline, IgnoreCase'``; a bad name fails as
    the enum conversion does."""
    text = C.to_string(value)
    names = [name.strip() for name in text.split(",") if name.strip()]
    known = {option.lower() for option in SPLIT_OPTIONS}
    for name in names:
        if name.lower() not in known:
            raise OperatorError(
                f'Cannot convert value "{text}" to type "System.Management.Automation.SplitOptions". Error: '
                f'"Unable to match the identifier name {name} to a valid enumerator name. Specify one of the '
                f'following enumerator names and try again:\n{", ".join(SPLIT_OPTIONS)}"', "RuntimeException",
                "NotSpecified")
    return {name.lower() for name in names}


def _split_regex(pattern: str, options: set[str], cs: bool) -> "re.Pattern[str]":
    if "simplematch" in options:
        if options - {"simplematch", "ignorecase"}:
            raise OperatorError("The combination of options with the -split operator is not valid.",
                                "InvalidSplitOptionCombination", "ParserError", "ParseException")
        pattern = re.escape(pattern)
    if "explicitcapture" in options:
        pattern = _without_unnamed_groups(pattern)
    flags = 0
    for name in options:
        flags |= _SPLIT_FLAGS.get(name, 0)
    return compile_regex(pattern, cs and "ignorecase" not in options, flags)


def _without_unnamed_groups(pattern: str) -> str:
    """ExplicitCapture: every ``(`` that opens an unnamed group stops capturing."""
    out, i, in_class = [], 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if ch == "[":
            in_class = True
        elif ch == "]":
            in_class = False
        elif ch == "(" and not in_class and not pattern.startswith("?", i + 1):
            ch = "(?:"
        out.append(ch)
        i += 1
    return "".join(out)


def _regex_split(rx: "re.Pattern[str]", text: str, limit: int) -> list:
    """.NET Regex.Split(text, limit): at most ``limit`` pieces (all when limit <= 0); the
    groups a match captured are kept between the pieces."""
    if limit == 1:
        return [text]
    parts, pos = [], 0
    for count, m in enumerate(rx.finditer(text), start=1):
        parts.append(text[pos:m.start()])
        parts.extend(g for g in m.groups() if g is not None)
        pos = m.end()
        if limit > 0 and count == limit - 1:
            break
    parts.append(text[pos:])
    return parts


def _split_by_predicate(predicate: Any, text: str, limit: int) -> list:
    """-split { $_ -eq ',' }: each character for which the block is true ends a piece (the
    block gets the character as ``$_`` and the string and index as arguments)."""
    if limit == 1:
        return [text]
    parts: list = []
    piece: list = []
    for index, char in enumerate(text):
        output = predicate.invoke(text, index, dollar_under=char)
        if not C.to_bool(output[0] if len(output) == 1 else output):
            piece.append(char)
            continue
        parts.append("".join(piece))
        piece = []
        if limit > 0 and len(parts) >= limit - 1:
            parts.append(text[index + 1:])
            return parts
        if index == len(text) - 1:
            parts.append("")
    if piece and (limit <= 0 or len(parts) < limit):
        parts.append("".join(piece))
    return parts


def unary_split(value: Any) -> list:
    values = value if _is_collection(value) else [value]
    out: list = []
    for v in values:
        out.extend(C.to_string(v).split())
    return out


def op_join(left: Any, right: Any) -> str:
    """``-join``: each element's string (a nested array shows its type name) between ``right``."""
    values = left if _is_collection(left) else [left]
    return C.to_string(list(values), C.to_string(right))


def unary_join(value: Any) -> str:
    """Unary ``-join``: the elements' strings run together."""
    return op_join(value, "")


# -- -f ---------------------------------------------------------------------------------

def op_format(left: Any, right: Any) -> str:
    """``fmt -f args``: String.Format in en-US; a bad format string or index is a FormatError."""
    args = list(right) if _is_collection(right) else [right]
    try:
        return composite_format(C.to_string(left), args)
    except DotNetFormatError as exc:
        # 5.1 appends its own period to the .NET message, hence the doubled '..'
        raise OperatorError(f"Error formatting a string: {exc.message}.", "FormatError",
                            "InvalidOperation", "FormatException") from exc


def format_value(value: Any, spec: str) -> str:
    """``value.ToString(spec)`` for numbers, dates and time spans (en-US .NET format strings)."""
    return dotnet_format_value(value, spec) if spec else C.to_string(value)


def format_date(value: _dt.datetime, spec: str) -> str:
    """``DateTime.ToString(spec)`` in en-US, standard (``d``, ``G``, ``o``...) or custom."""
    return format_datetime(value, spec)


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
