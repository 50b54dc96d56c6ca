"""Members of values: property reads with member enumeration, the .NET methods an
administrator calls on strings, arrays, hashtables and dates, and static members of the
common types ([math]::Round, [string]::Join, [int]::MaxValue ...).
"""
from __future__ import annotations

import datetime as _dt
import math
import re
from typing import Any, Callable, Optional

from ..errors import ErrorRecord, Extent, PSError
from ..formatting.dotnet_format import format_timespan_spec, to_culture_string
from ..objects import convert as C
from ..objects.convert import PSLong
from ..objects.generic import dictionary_entries
from ..objects.members import MISSING, get_property, script_method, set_property
from ..objects.psobject import ComputedProperty, HashtableView, PSHashtable, PSObject
from ..objects.timespan import (MAX_TICKS, MILLISECONDS_PER, MIN_TICKS, TICKS_PER_DAY, TICKS_PER_SECOND, TimeSpan,
                                interval, ticks_of)
from . import operators as OPS
from .errorinfo import error_record_member
from .pscmdlet import ERROR_RECORD_TYPE, error_categories, new_error_record


def _err(message: str, error_id: str, span: Optional[Extent], category: str = "InvalidOperation",
         exception_type: str = "RuntimeException") -> PSError:
    return PSError(ErrorRecord(message=message, error_id=error_id, category=category, extent=span,
                               exception_type=exception_type))


def resolve_type_or_fail(name: str, span: Optional[Extent]) -> str:
    full = C.resolve_type(name)
    if full is None:
        known = {"system.collections.arraylist": "System.Collections.ArrayList",
                 "collections.arraylist": "System.Collections.ArrayList",
                 "system.collections.specialized.ordereddictionary": "System.Collections.Specialized.OrderedDictionary",
                 "system.math": "System.Math", "environment": "System.Environment",
                 "system.environment": "System.Environment", "guid": "System.Guid", "system.guid": "System.Guid",
                 "system.text.regularexpressions.regex": "System.Text.RegularExpressions.Regex",
                 "system.io.path": "System.IO.Path", "io.path": "System.IO.Path",
                 "system.management.automation.pscustomobject": "System.Management.Automation.PSObject",
                 "parameter": "System.Management.Automation.ParameterAttribute",
                 "cmdletbinding": "System.Management.Automation.CmdletBindingAttribute",
                 "system.char": "System.Char", "uri": "System.Uri",
                 "system.management.automation.errorrecord": "System.Management.Automation.ErrorRecord",
                 "system.management.automation.errorcategory": "System.Management.Automation.ErrorCategory"}
        full = known.get(name.lower())
    if full is None:
        raise PSError(ErrorRecord(message=f"Unable to find type [{name}].", error_id="TypeNotFound",
                                  category="InvalidOperation", extent=span, target_name=name,
                                  target_type="TypeName", exception_type="RuntimeException"))
    return full


# -- properties ------------------------------------------------------------------------

def member_value(value: Any, name: str) -> Any:
    """``value.name``: a property, or member enumeration over a collection."""
    if isinstance(value, list):
        lname = name.lower()
        if lname in ("count", "length", "longlength"):
            return len(value)
        if lname in ("rank",):
            return 1
        out: list = []
        for item in value:
            v = member_value(item, name)
            if v is None:
                continue
            if isinstance(v, list):
                out.extend(v)
            else:
                out.append(v)
        if not out:
            return None
        return out[0] if len(out) == 1 else out
    if value is None:
        return 0 if name.lower() in ("count", "length") else None
    if isinstance(value, PSHashtable):
        if name in value:
            return value[name]
    if isinstance(value, ErrorRecord):
        return error_record_member(value, name)
    if name.lower() == "psobject" and isinstance(value, PSObject):
        return PSObject([("Properties", [PSObject([("Name", n), ("Value", v), ("MemberType", "NoteProperty"),
                                                   ("TypeNameOfValue", C.type_name(v))],
                                                  typenames=["System.Management.Automation.PSNoteProperty"])
                                         for n, v in value.items()]),
                         ("TypeNames", list(value.typenames))])
    if name.lower() == "pstypenames":
        return C.type_names(value)
    result = get_property(value, name, MISSING)
    if result is MISSING:
        if not isinstance(value, (PSObject, PSHashtable)) and name.lower() in ("count", "length"):
            return 1
        return None
    return result


# -- script members (Add-Member's ScriptMethod and ScriptProperty) ------------------------------

def _run_script_member(block: Any, this: Any, args: list, swallow_errors: bool = False) -> Any:
    """Run a member's script block as 5.1's ``DoInvokeReturnAsIs`` does and return its output:
    $null, the one object, or an array.

    The block runs in a new scope where ``$this`` is the object and ``$args`` (or its param()
    block) holds the arguments. An error that would end one of its statements ends the whole
    block instead, for the caller to wrap. With ``swallow_errors`` (a getter) the errors it
    writes are dropped.
    """
    ctx = block.ctx
    saved_scope = ctx.scope
    scope = ctx.push_scope()
    scope.vars["this"] = this
    scope.vars["args"] = []
    if swallow_errors:
        scope.vars["erroractionpreference"] = "Ignore"
    ctx.try_depth += 1
    try:
        out = block.invoke(*args)
    finally:
        ctx.try_depth -= 1
        ctx.scope = saved_scope
    if not out:
        return None
    return out[0] if len(out) == 1 else out


def call_script_method(block: Any, this: Any, name: str, args: list, span: Optional[Extent]) -> Any:
    """``$obj.Name(args)`` for a ScriptMethod: the block's output; an error inside it becomes
    5.1's MethodInvocationException at the call."""
    try:
        return _run_script_member(block, this, args)
    except PSError as exc:
        raise _wrapped(exc, f'Exception calling "{name}" with "{len(args)}" argument(s): "{exc.record.message}"',
                       "ScriptMethodRuntimeException", "MethodInvocationException", span) from exc


def script_property(name: str, getter: Any, setter: Any) -> ComputedProperty:
    """The ComputedProperty of a ScriptProperty with these getter and setter blocks (either
    may be None). Reading runs the getter with ``$this`` = the object; a getter that fails
    reads as $null, as in 5.1. Assigning runs the setter with the value as ``$args[0]``; a
    failing setter raises ``Exception setting "Name": ...``."""
    def read(obj: PSObject) -> Any:
        if getter is None:
            return None
        try:
            return _run_script_member(getter, obj, [], swallow_errors=True)
        except PSError:
            return None

    def write(obj: PSObject, value: Any) -> None:
        try:
            _run_script_member(setter, obj, [value])
        except PSError as exc:
            raise _wrapped(exc, f'Exception setting "{name}": "{exc.record.message}"',
                           "ScriptSetValueRuntimeException", "SetValueInvocationException", None) from exc
    return ComputedProperty(read, write if setter is not None else None)


def _wrapped(exc: PSError, message: str, error_id: str, exception_type: str, span: Optional[Extent]) -> PSError:
    """A new error that wraps ``exc`` (so ``catch`` on the inner type still matches)."""
    err = _err(message, error_id, span, "NotSpecified", exception_type)
    err.record.details["inner_exception"] = exc.record.exception_full_type
    return err


def assign_member(value: Any, name: str, new: Any, span: Optional[Extent]) -> bool:
    """``$value.Name = new``: False when the value has no such property. An error from a
    ScriptProperty (no setter, or a failing one) is reported at ``span``."""
    try:
        return set_property(value, name, new)
    except PSError as exc:
        if exc.record.extent is None:
            exc.record.extent = span
        raise


# -- instance methods ---------------------------------------------------------------------

def invoke_method(ctx: Any, value: Any, name: str, args: list, span: Optional[Extent]) -> Any:
    """``value.name(args)`` for the supported .NET methods."""
    lname = name.lower()
    if value is None:
        raise _err("You cannot call a method on a null-valued expression.", "InvokeMethodOnNull", span)
    block = script_method(value, name)
    if block is not None:
        return call_script_method(block, value, name, args, span)
    if lname == "gettype":
        return C.type_of(value)
    if lname == "tostring" and not args:
        # .NET's Object.ToString(), not PowerShell's conversion: an array's type name, a date
        # in the en-US culture (1/2/2020 3:04:05 PM)
        return C.type_name(value) if isinstance(value, list) else to_culture_string(value)
    table = _method_table(value)
    fn = table.get(lname) if table else None
    if fn is None and isinstance(value, list) and lname not in ("where", "foreach"):
        results = [invoke_method(ctx, item, name, args, span) for item in value]
        return results
    if fn is None:
        if lname == "equals" and len(args) == 1:
            return C.equals(value, args[0], case_sensitive=isinstance(value, str))
        if lname == "gethashcode":
            return 0
        if type(value).__name__ == "ScriptBlock":
            if lname in ("invoke", "invokereturnasis"):
                out = value.invoke(*args)
                return out if lname == "invoke" else (out[0] if len(out) == 1 else out)
        raise _err(f"Method invocation failed because [{C.type_name(value)}] does not contain a method named "
                   f"'{name}'.", "MethodNotFound", span)
    try:
        return fn(ctx, value, *args)
    except PSError:
        raise
    except TypeError as exc:
        raise _err(f'Cannot find an overload for "{name}" and the argument count: "{len(args)}".',
                   "MethodCountCouldNotFindBest", span, "InvalidOperation", "MethodException") from exc
    except (ValueError, IndexError, KeyError) as exc:
        message = str(exc.args[0]) if exc.args else "The operation failed."
        raise _err(f'Exception calling "{name}" with "{len(args)}" argument(s): "{message}"',
                   _exception_id(exc), span, "NotSpecified", "MethodInvocationException") from exc


def _exception_id(exc: Exception) -> str:
    named = getattr(exc, "error_id", None)  # an engine exception that names its .NET type
    if named:
        return named
    return {ValueError: "ArgumentException", IndexError: "ArgumentOutOfRangeException",
            KeyError: "ArgumentException"}.get(type(exc), "RuntimeException")


def _s(x: Any) -> str:
    return C.to_string(x)


def _split_chars(ctx: Any, s: str, *args: Any) -> list:
    if not args:
        return re.split(r"[ \t\n\r\f\v]", s) if s else [""]
    seps = args[0]
    count = C.to_int(args[1]) if len(args) > 1 and C.is_number(args[1]) else None
    chars = "".join(_s(x) for x in seps) if isinstance(seps, list) else _s(seps)
    if not chars:
        return re.split(r"\s", s)
    pattern = "[" + re.escape(chars) + "]"
    parts = re.split(pattern, s) if count is None else re.split(pattern, s, maxsplit=max(count - 1, 0))
    if len(args) > 1 and _s(args[-1]).lower() == "removeemptyentries":
        parts = [p for p in parts if p]
    return parts


def _substring(ctx: Any, s: str, start: Any, length: Any = None) -> str:
    i = C.to_int(start)
    if i < 0 or i > len(s):
        raise IndexError("startIndex cannot be larger than length of string.\r\nParameter name: startIndex")
    if length is None:
        return s[i:]
    n = C.to_int(length)
    if n < 0 or i + n > len(s):
        raise IndexError("Index and length must refer to a location within the string.\r\nParameter name: length")
    return s[i:i + n]


def _trim_chars(args: tuple) -> Optional[str]:
    if not args:
        return None
    return "".join(_s(a) for a in (args[0] if isinstance(args[0], list) else args))


def _starts(ctx: Any, s: str, prefix: Any, *rest: Any) -> bool:
    ignore = rest and (rest[0] is True or "ignorecase" in _s(rest[0]).lower())
    return s.lower().startswith(_s(prefix).lower()) if ignore else s.startswith(_s(prefix))


def _ends(ctx: Any, s: str, suffix: Any, *rest: Any) -> bool:
    ignore = rest and (rest[0] is True or "ignorecase" in _s(rest[0]).lower())
    return s.lower().endswith(_s(suffix).lower()) if ignore else s.endswith(_s(suffix))


_STRING_METHODS: dict[str, Callable] = {
    "toupper": lambda ctx, s, *a: s.upper(),
    "tolower": lambda ctx, s, *a: s.lower(),
    "toupperinvariant": lambda ctx, s: s.upper(),
    "tolowerinvariant": lambda ctx, s: s.lower(),
    "trim": lambda ctx, s, *a: s.strip(_trim_chars(a)) if a else s.strip(),
    "trimstart": lambda ctx, s, *a: s.lstrip(_trim_chars(a)) if a else s.lstrip(),
    "trimend": lambda ctx, s, *a: s.rstrip(_trim_chars(a)) if a else s.rstrip(),
    "split": _split_chars,
    "replace": lambda ctx, s, old, new: s.replace(_s(old), _s(new)) if _s(old) else _raise_empty(),
    "contains": lambda ctx, s, sub: _s(sub) in s,
    "startswith": _starts,
    "endswith": _ends,
    "indexof": lambda ctx, s, sub, *a: s.find(_s(sub), C.to_int(a[0]) if a else 0),
    "lastindexof": lambda ctx, s, sub: s.rfind(_s(sub)),
    "substring": _substring,
    "padleft": lambda ctx, s, n, ch=" ": s.rjust(C.to_int(n), _s(ch)),
    "padright": lambda ctx, s, n, ch=" ": s.ljust(C.to_int(n), _s(ch)),
    "insert": lambda ctx, s, i, t: s[:C.to_int(i)] + _s(t) + s[C.to_int(i):],
    "remove": lambda ctx, s, i, n=None: s[:C.to_int(i)] + ("" if n is None else s[C.to_int(i) + C.to_int(n):]),
    "tochararray": lambda ctx, s: [C.PSChar(c) for c in s],
    "compareto": lambda ctx, s, o: C.compare_strings(s, _s(o), True),
    "equals": lambda ctx, s, o, *a: s == _s(o) if not a else s.lower() == _s(o).lower(),
    "normalize": lambda ctx, s, *a: s,
    "tostring": lambda ctx, s, *a: s,
    "isnormalized": lambda ctx, s: True,
}


def _raise_empty() -> str:
    raise ValueError("String cannot be of zero length.\r\nParameter name: oldValue")


def _list_where(ctx: Any, items: list, block: Any, mode: Any = None, count: Any = None) -> list:
    out = [x for x in items if block.invoke_filter(x)]
    if mode is not None and _s(mode).lower() == "first":
        return out[:C.to_int(count) if count is not None else 1]
    if mode is not None and _s(mode).lower() == "last":
        return out[-(C.to_int(count) if count is not None else 1):]
    return out


def _list_foreach(ctx: Any, items: list, block: Any, *args: Any) -> list:
    if isinstance(block, str):
        out: list = []
        for x in items:
            v = member_value(x, block) if not args else invoke_method(ctx, x, block, list(args), None)
            out.extend(v if isinstance(v, list) else [v])
        return out
    out = []
    for x in items:
        out.extend(block.invoke(dollar_under=x, new_scope=False))
    return out


def _fixed_size(*_: Any) -> None:
    raise ValueError("Collection was of a fixed size.")


_LIST_METHODS: dict[str, Callable] = {
    "contains": lambda ctx, a, x: any(C.equals(i, x, True) for i in a),
    "indexof": lambda ctx, a, x, *r: next((i for i, v in enumerate(a) if C.equals(v, x, True)), -1),
    "where": _list_where,
    "foreach": _list_foreach,
    "getvalue": lambda ctx, a, i: a[C.to_int(i)],
    "clone": lambda ctx, a: list(a),
    "add": lambda ctx, a, x: _list_add(a, x),
    "remove": lambda ctx, a, x: _list_remove(a, x),
    "clear": lambda ctx, a: _list_clear(a),
    "insert": lambda ctx, a, i, x: _list_insert(a, i, x),
    "removeat": lambda ctx, a, i: _list_removeat(a, i),
    "toarray": lambda ctx, a: list(a),
}


def _mutable(a: list) -> bool:
    return getattr(a, "ps_type_name", "") == "System.Collections.ArrayList"


def _list_add(a: list, x: Any) -> Any:
    if not _mutable(a):
        _fixed_size()
    a.append(x)
    return len(a) - 1


def _list_remove(a: list, x: Any) -> None:
    if not _mutable(a):
        _fixed_size()
    for i, v in enumerate(a):
        if C.equals(v, x, True):
            del a[i]
            break
    return []


def _list_clear(a: list) -> Any:
    if not _mutable(a):
        a[:] = [None] * len(a)
        return []
    a.clear()
    return []


def _list_insert(a: list, i: Any, x: Any) -> Any:
    if not _mutable(a):
        _fixed_size()
    a.insert(C.to_int(i), x)
    return []


def _list_removeat(a: list, i: Any) -> Any:
    if not _mutable(a):
        _fixed_size()
    del a[C.to_int(i)]
    return []


def _ht_add(ctx: Any, h: PSHashtable, k: Any, v: Any) -> Any:
    if k in h:
        raise ValueError(f"Item has already been added. Key in dictionary: '{_s(k)}'  Key being added: '{_s(k)}'")
    h[k] = v
    return []


def _ht_remove(ctx: Any, h: PSHashtable, k: Any) -> Any:
    del h[k]
    return []


_HASHTABLE_METHODS: dict[str, Callable] = {
    "add": _ht_add,
    "remove": _ht_remove,
    "containskey": lambda ctx, h, k: k in h,
    "contains": lambda ctx, h, k: k in h,
    "containsvalue": lambda ctx, h, v: any(C.equals(x, v, True) for x in h.values()),
    "clear": lambda ctx, h: (h.clear(), [])[1],
    "getenumerator": lambda ctx, h: HashtableView(dictionary_entries(h), h),
    "clone": lambda ctx, h: h.copy(),
    # the parameterized Item property: $h.Item('k') reads like $h['k'] ($null when absent)
    "item": lambda ctx, h, k: h[k] if k in h else None,
}


def _dt_tostring(ctx: Any, d: _dt.datetime, fmt: Any = None, *rest: Any) -> str:
    return to_culture_string(d) if fmt is None else OPS.format_date(d, _s(fmt))


_DATETIME_METHODS: dict[str, Callable] = {
    "adddays": lambda ctx, d, n: d + _dt.timedelta(days=C.to_double(n)),
    "addhours": lambda ctx, d, n: d + _dt.timedelta(hours=C.to_double(n)),
    "addminutes": lambda ctx, d, n: d + _dt.timedelta(minutes=C.to_double(n)),
    "addseconds": lambda ctx, d, n: d + _dt.timedelta(seconds=C.to_double(n)),
    "addmilliseconds": lambda ctx, d, n: d + _dt.timedelta(milliseconds=C.to_double(n)),
    "add": lambda ctx, d, t: d + t,
    "subtract": lambda ctx, d, t: d - t,
    "tostring": _dt_tostring,
    "toshortdatestring": lambda ctx, d: OPS.format_date(d, "d"),
    "tolongdatestring": lambda ctx, d: OPS.format_date(d, "D"),
    "toshorttimestring": lambda ctx, d: OPS.format_date(d, "t"),
    "tolongtimestring": lambda ctx, d: OPS.format_date(d, "T"),
    "touniversaltime": lambda ctx, d: d,
    "tolocaltime": lambda ctx, d: d,
}


def _span_arg(value: Any) -> _dt.timedelta:
    """A TimeSpan method's TimeSpan argument, converted as PowerShell converts arguments."""
    return C.convert_to(value, "System.TimeSpan")


def _span_tostring(ctx: Any, span: _dt.timedelta, fmt: Any = None, *rest: Any) -> str:
    return C.format_timespan(span) if fmt is None else format_timespan_spec(span, _s(fmt))


_TIMESPAN_METHODS: dict[str, Callable] = {
    "add": lambda ctx, t, o: TimeSpan.from_ticks(ticks_of(t) + ticks_of(_span_arg(o))),
    "subtract": lambda ctx, t, o: TimeSpan.from_ticks(ticks_of(t) - ticks_of(_span_arg(o))),
    "negate": lambda ctx, t: TimeSpan.from_ticks(-ticks_of(t)),
    "duration": lambda ctx, t: TimeSpan.from_ticks(abs(ticks_of(t))),
    "compareto": lambda ctx, t, o: C.compare(ticks_of(t), ticks_of(_span_arg(o))),
    "equals": lambda ctx, t, o: isinstance(o, _dt.timedelta) and ticks_of(t) == ticks_of(o),
    "tostring": _span_tostring,
}

_NUMBER_METHODS: dict[str, Callable] = {
    "tostring": lambda ctx, n, fmt=None, *r: C.to_string(n) if fmt is None else OPS.format_value(n, _s(fmt)),
    "compareto": lambda ctx, n, o: C.compare(n, o),
}


def _method_table(value: Any) -> Optional[dict]:
    if isinstance(value, str):
        return _STRING_METHODS
    if isinstance(value, list):
        return _LIST_METHODS
    if isinstance(value, PSHashtable):
        return _HASHTABLE_METHODS
    if isinstance(value, _dt.datetime):
        return _DATETIME_METHODS
    if isinstance(value, _dt.timedelta):
        return _TIMESPAN_METHODS
    if C.is_number(value):
        return _NUMBER_METHODS
    methods = getattr(value, "ps_methods", None)
    if methods:
        return methods
    return None


# -- static members --------------------------------------------------------------------------

_STATIC_PROPS: dict[tuple[str, str], Callable[[], Any]] = {
    ("System.Int32", "maxvalue"): lambda: 2**31 - 1,
    ("System.Int32", "minvalue"): lambda: -2**31,
    ("System.Int64", "maxvalue"): lambda: 2**63 - 1,
    ("System.Int64", "minvalue"): lambda: -2**63,
    ("System.Double", "maxvalue"): lambda: 1.7976931348623157e308,
    ("System.Math", "pi"): lambda: math.pi,
    ("System.Math", "e"): lambda: math.e,
    ("System.String", "empty"): lambda: "",
    ("System.Environment", "newline"): lambda: "\r\n",
    ("System.Environment", "machinename"): lambda: "BETA-LS14-EE1",
    ("System.Environment", "username"): lambda: "Administrator",
    ("System.TimeSpan", "zero"): lambda: TimeSpan(0),
    ("System.TimeSpan", "maxvalue"): lambda: TimeSpan.from_ticks(MAX_TICKS),
    ("System.TimeSpan", "minvalue"): lambda: TimeSpan.from_ticks(MIN_TICKS),
    ("System.TimeSpan", "tickspersecond"): lambda: PSLong(TICKS_PER_SECOND),
    ("System.TimeSpan", "ticksperday"): lambda: PSLong(TICKS_PER_DAY),
}


def get_static_member(type_full: str, name: str, span: Optional[Extent]) -> Any:
    fn = _STATIC_PROPS.get((type_full, name.lower()))
    if fn is not None:
        return fn()
    if type_full == "System.DateTime" and name.lower() in ("now", "today", "utcnow"):
        return _lab_now(name.lower())
    return None


def _lab_now(which: str) -> _dt.datetime:
    now = _dt.datetime.now().replace(microsecond=0)
    return now.replace(hour=0, minute=0, second=0) if which == "today" else now


def _span_factory(milliseconds_per_unit: int) -> Callable[[Any], TimeSpan]:
    """``[TimeSpan]::FromSeconds(n)`` and its siblings (rounded to the millisecond, as .NET 4.x does)."""
    return lambda n: interval(C.to_double(n), milliseconds_per_unit)


def _round(value: Any, digits: Any = 0, *rest: Any) -> Any:
    v = C.to_double(value)
    d = C.to_int(digits) if not isinstance(digits, str) else 0
    if rest or (isinstance(digits, str) and "awayfromzero" in digits.lower()):
        q = 10 ** d
        return math.floor(abs(v) * q + 0.5) / q * (1 if v >= 0 else -1)
    result = round(v, d)
    return float(result)


_STATIC_METHODS: dict[tuple[str, str], Callable] = {
    ("System.Math", "round"): _round,
    ("System.Math", "floor"): lambda v: float(math.floor(C.to_double(v))),
    ("System.Math", "ceiling"): lambda v: float(math.ceil(C.to_double(v))),
    ("System.Math", "truncate"): lambda v: float(math.trunc(C.to_double(v))),
    ("System.Math", "abs"): lambda v: abs(C.to_number(v)),
    ("System.Math", "max"): lambda a, b: max(C.to_number(a), C.to_number(b)),
    ("System.Math", "min"): lambda a, b: min(C.to_number(a), C.to_number(b)),
    ("System.Math", "pow"): lambda a, b: float(C.to_double(a) ** C.to_double(b)),
    ("System.Math", "sqrt"): lambda a: math.sqrt(C.to_double(a)),
    ("System.String", "join"): lambda sep, *vals: _s(sep).join(
        _s(v) for v in (vals[0] if len(vals) == 1 and isinstance(vals[0], list) else vals)),
    ("System.String", "isnullorempty"): lambda v: v is None or _s(v) == "",
    ("System.String", "isnullorwhitespace"): lambda v: v is None or _s(v).strip() == "",
    ("System.String", "format"): lambda fmt, *vals: OPS.op_format(fmt, list(vals[0]) if len(vals) == 1 and isinstance(vals[0], list) else list(vals)),
    ("System.String", "concat"): lambda *vals: "".join(_s(v) for v in vals),
    ("System.String", "compare"): lambda a, b, *r: C.compare_strings(_s(a), _s(b), not (r and r[0] is True)),
    ("System.Int32", "parse"): lambda v: C.to_int(_s(v)),
    ("System.Double", "parse"): lambda v: C.to_double(_s(v)),
    ("System.DateTime", "parse"): lambda v: C.parse_datetime(_s(v)),
    **{("System.TimeSpan", "from" + unit): _span_factory(per) for unit, per in MILLISECONDS_PER.items()},
    ("System.TimeSpan", "fromticks"): lambda n: TimeSpan.from_ticks(C.to_int(n, "System.Int64")),
    ("System.TimeSpan", "parse"): lambda v: C.parse_timespan(_s(v)),
    ("System.Text.RegularExpressions.Regex", "escape"): lambda v: re.escape(_s(v)),
    ("System.Text.RegularExpressions.Regex", "replace"): lambda s, p, r: OPS.op_replace(_s(s), [p, r], True),
    ("System.Text.RegularExpressions.Regex", "ismatch"): lambda s, p: OPS.compile_regex(_s(p), True).search(_s(s)) is not None,
    ("System.Text.RegularExpressions.Regex", "split"): lambda s, p: OPS.compile_regex(_s(p), True).split(_s(s)),
    (ERROR_RECORD_TYPE, "new"): new_error_record,
}
_STATIC_PROPS.update(error_categories())


def invoke_static(ctx: Any, type_full: str, name: str, args: list, span: Optional[Extent]) -> Any:
    """``[Type]::Name(args)``."""
    if type_full == "System.Collections.ArrayList" and name.lower() == "new":
        from .context import PSArrayList
        return PSArrayList()
    if type_full in C.EXCEPTION_BASES and name.lower() == "new":
        return C.make_exception(type_full, args[0] if args else f"Exception of type '{type_full}' was thrown.")
    fn = _STATIC_METHODS.get((type_full, name.lower()))
    if fn is None:
        raise _err(f"Method invocation failed because [{type_full}] does not contain a method named '{name}'.",
                   "MethodNotFound", span)
    try:
        return fn(*args)
    except C.PSConversionError as exc:
        raise _err(f'Exception calling "{name}" with "{len(args)}" argument(s): "{exc.message}"',
                   "FormatException", span, "NotSpecified", "MethodInvocationException") from exc
    except TypeError as exc:
        raise _err(f'Cannot find an overload for "{name}" and the argument count: "{len(args)}".',
                   "MethodCountCouldNotFindBest", span, "InvalidOperation", "MethodException") from exc
    except (ValueError, OverflowError) as exc:
        raise _err(f'Exception calling "{name}" with "{len(args)}" argument(s): "{exc}"',
                   "ArgumentException", span, "NotSpecified", "MethodInvocationException") from exc
