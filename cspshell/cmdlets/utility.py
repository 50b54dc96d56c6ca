"""Microsoft.PowerShell.Utility / Core object cmdlets: Select-Object, Where-Object,
ForEach-Object, Sort-Object, Group-Object, Measure-Object, Get-Member, Compare-Object,
Tee-Object, Add-Member, New-Object, Select-String, Get-Unique and Get-Random.

Each follows Windows PowerShell 5.1's source behaviour (parameter sets, output types,
error texts and ids); the module docstrings of ``calculated`` and ``objects.wildcard``
describe the shared property-expression and wildcard rules.
"""
from __future__ import annotations

import functools
import os
import random
import re
import tempfile
from collections import deque
from typing import Any, Callable, Iterable, Iterator, Optional

from ..errors import PSError
from ..objects import members
from ..objects.convert import (PSConversionError, PSType, compare, equals, is_number,
                               resolve_type, short_type_name, to_bool, to_double, to_int,
                               to_string, type_name, type_names)
from ..objects.psobject import PSCUSTOMOBJECT, LazyValue, PSHashtable, PSObject
from ..objects.wildcard import WildcardPatternError, has_wildcards, match, match_any
from .base import NO_INPUT, Cmdlet
from .calculated import (GROUP, SELECT, SORT, PropertySpec, PropertySpecError, parse_properties,
                         parse_property, script_result)
from .registry import CORE, UTILITY, Parameter, cmdlet

P = Parameter


# --- shared helpers -----------------------------------------------------------------

def current_input(cmd: Cmdlet) -> Any:
    """The object a cmdlet processes now: the pipeline object, else -InputObject, else NO_INPUT."""
    if cmd.input is not NO_INPUT:
        return cmd.input
    return cmd.params.get("InputObject", NO_INPUT)


def as_list(value: Any) -> list:
    """A parameter value as a list (a scalar becomes a one-element list, None an empty one)."""
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return list(value)
    return [value]


def base_type_name(value: Any) -> str:
    """The .NET type of the object under any PSObject wrapping (PSCustomObject for notes)."""
    if isinstance(value, PSObject):
        return PSCUSTOMOBJECT if PSCUSTOMOBJECT in value.typenames else value.typenames[0]
    return type_name(value)


def is_custom_object(value: Any) -> bool:
    return isinstance(value, PSObject) and PSCUSTOMOBJECT in value.typenames


def spec_error(cmd: Cmdlet, exc: PropertySpecError) -> None:
    """Raise a -Property parsing error the way 5.1's ParameterProcessor does."""
    cmd.terminate(exc.message, exc.error_id, "InvalidArgument", exception_type="NotSupportedException")


def parse_specs(cmd: Cmdlet, values: Any, keys: tuple) -> list[PropertySpec]:
    """parse_properties, turning a bad value into the cmdlet's terminating error."""
    try:
        return parse_properties(values, keys)
    except PropertySpecError as exc:
        spec_error(cmd, exc)
        return []


def stop_upstream(cmd: Cmdlet) -> None:
    """Ask the engine to stop the commands before this one (Select-Object -First)."""
    stop = getattr(cmd.ctx, "stop_upstream", None)
    if stop is not None:
        stop(cmd)


def new_object(typename: str, props: Iterable[tuple[str, Any]], bases: tuple[str, ...] = (),
               tostring: Optional[Callable[[PSObject], str]] = None) -> PSObject:
    """A PSObject standing for a .NET object of ``typename``."""
    return PSObject(props, typenames=[typename, *bases, "System.Object"], tostring=tostring)


# --- ordering keys (Sort-Object, Group-Object, Compare-Object, -Unique) --------------

MISSING = object()


def string_key(text: str, case_sensitive: bool) -> str:
    """Culture-style key: case folded, hyphens and apostrophes ignored first; lower case
    before upper case on ties when case matters (en-US). One string, so comparisons are fast."""
    folded = text.casefold()
    key = folded.replace("-", "").replace("'", "") + "\x00" + folded
    return key + "\x00" + text.swapcase() if case_sensitive else key


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "bool"
    if is_number(value):
        return "num"
    if isinstance(value, str):
        return "str"
    if isinstance(value, (PSObject, PSHashtable, list)):
        return "obj"
    return type(value).__name__


def _keyer_for(kinds: set[str], case_sensitive: bool) -> Callable[[Any], Any]:
    """A key function ordering one column's values as ObjectCommandComparer does."""
    kinds = kinds - {"null"}
    if kinds <= {"str"}:
        return lambda v: (0,) if v is None else (1, string_key(v, case_sensitive))
    if kinds == {"num"}:
        # $null against numbers behaves like 0, just below it
        return lambda v: (0, -1) if v is None else (v, 0)
    if kinds == {"bool"}:
        return lambda v: -1 if v is None else int(v)
    if kinds == {"obj"}:
        return lambda v: (0,) if v is None else (1, string_key(to_string(v), case_sensitive))
    if len(kinds) == 1 and kinds != {"obj"}:
        return lambda v: (0,) if v is None else (1, v)
    return functools.cmp_to_key(lambda a, b: compare(a, b, case_sensitive))


def column_keys(values: list[Any], case_sensitive: bool) -> list[Any]:
    """Sort keys for one column; a MISSING value (no such property) gets None."""
    keyer = _keyer_for({_kind(v) for v in values if v is not MISSING}, case_sensitive)
    return [None if v is MISSING else keyer(v) for v in values]


def value_identity(value: Any, case_sensitive: bool = False) -> tuple:
    """A hashable identity under which PowerShell considers two values equal."""
    kind = _kind(value)
    if kind == "str":
        return ("s", value if case_sensitive else value.casefold())
    if kind == "num":
        return ("n", value)
    if kind in ("null", "bool"):
        return (kind, value)
    if isinstance(value, list):
        return ("o", "System.Object[]")
    if kind == "obj":
        text = to_string(value)
        return ("o", text if case_sensitive else text.casefold())
    try:
        hash(value)
        return ("v", value)
    except TypeError:
        return ("o", to_string(value))


# =====================================================================================
# Select-Object
# =====================================================================================

class _Window:
    """Which inputs -First/-Last/-Skip/-SkipLast let through (5.1's SelectObjectQueue)."""

    def __init__(self, first: int, last: int, skip: int, skip_last: int, first_or_last: bool):
        self.first, self.last, self.skip, self.skip_last = first, last, skip, skip_last
        self.first_or_last = first_or_last
        self.queue: deque = deque()
        self.streamed = 0

    def push(self, obj: Any) -> list:
        """Queue one input; return the inputs that can be processed right away."""
        if self.last > 0 and self.first == 0 and len(self.queue) >= self.last + self.skip:
            self.queue.popleft()
        elif self.last > 0 and self.first != 0 and len(self.queue) >= self.last:
            self.queue.popleft()
        self.queue.append(obj)
        return self._stream()

    def _stream(self) -> list:
        if self.skip:
            if self.last == 0 or self.first != 0:
                self.queue.popleft()
                self.skip -= 1
            return []
        if self.skip_last:
            return [self.queue.popleft()] if len(self.queue) > self.skip_last else []
        if self.streamed < self.first or not self.first_or_last:
            self.streamed += 1
            return [self.queue.popleft()]
        if self.last == 0:
            self.queue.popleft()
        return []

    @property
    def done(self) -> bool:
        return self.first_or_last and self.last == 0 and self.first != 0 and self.streamed >= self.first

    def drain(self) -> list:
        """What -Last keeps for the end of input."""
        if self.first != 0:
            out = list(self.queue)
        else:
            out = []
            while len(self.queue) > self.skip:
                out.append(self.queue.popleft())
        self.queue.clear()
        return out


SELECT_SETS = ("DefaultParameter", "SkipLastParameter")


@cmdlet("Select-Object", UTILITY, [
    P("InputObject", "PSObject", from_pipeline=True,
      help="Specifies objects to send to the cmdlet through the pipeline."),
    P("Property", "Object[]", position=0, sets=SELECT_SETS,
      help="Specifies the properties to select: names, wildcards or calculated properties "
           "(hashtables with Name/Label and Expression keys)."),
    P("ExcludeProperty", "String[]", sets=SELECT_SETS,
      help="Specifies the properties that this cmdlet excludes from the operation."),
    P("ExpandProperty", "String", sets=SELECT_SETS,
      help="Specifies a property to select, and indicates that an attempt should be made to "
           "expand that property. A collection is emitted one element at a time."),
    P("Unique", "SwitchParameter",
      help="Specifies that if a subset of the input objects has identical properties and "
           "values, only a single member of the subset will be selected."),
    P("Last", "Int32", sets=("DefaultParameter",),
      help="Specifies the number of objects to select from the end of an array of input objects."),
    P("First", "Int32", sets=("DefaultParameter",),
      help="Specifies the number of objects to select from the beginning of an array of input objects."),
    P("Skip", "Int32", sets=("DefaultParameter",),
      help="Skips (does not select) the specified number of items."),
    P("SkipLast", "Int32", sets=("SkipLastParameter",),
      help="Skips (does not select) the specified number of items from the end of the input."),
    P("Wait", "SwitchParameter", sets=("DefaultParameter", "IndexParameter"),
      help="Indicates that the cmdlet turns off optimization: -First does not stop upstream commands."),
    P("Index", "Int32[]", sets=("IndexParameter",),
      help="Selects objects from an array based on their index values (0-based)."),
], aliases=("select",), default_set="DefaultParameter", output_type="System.Management.Automation.PSObject",
    synopsis="Selects objects or object properties.",
    description="The Select-Object cmdlet selects specified properties of an object or set of objects. "
                "It can also select unique objects, a specified number of objects, or objects in a "
                "specified position in an array. With -ExpandProperty it emits the value of one "
                "property; a collection is emitted one element at a time.",
    examples=(
        ("Get-CsUserPoolInfo -Identity lcarter@beta.deitterick.com | Select-Object -ExpandProperty "
         "PrimaryPoolMachinesInPreferredOrder",
         "Emits each Front End machine of the user's primary pool, in preferred order."),
        ("Get-CsPool | Select-Object Identity, Site",
         "Shows only the Identity and Site properties of each pool."),
        ("1..20 | Select-Object -First 3 -Last 3 -Skip 4",
         "Selects 5, 6, 7, 18, 19 and 20."),
    ))
class SelectObjectCommand(Cmdlet):
    """Select-Object."""

    def begin(self) -> None:
        try:
            self.specs = parse_properties(self.params.get("Property"), SELECT)
            expand = self.params.get("ExpandProperty")
            self.expand = parse_property(expand, SELECT) if expand else None
        except PropertySpecError as exc:
            spec_error(self, exc)
        self.exclude = as_list(self.params.get("ExcludeProperty")) or None
        self.unique = self.switch("Unique")
        self.uniques: dict[tuple, Any] = {}
        self.index = sorted(set(as_list(self.params.get("Index")))) if self.bound("Index") else None
        self.position = 0
        self.finished = False
        first, last = self.params.get("First", 0) or 0, self.params.get("Last", 0) or 0
        self.window = _Window(first, last, self.params.get("Skip", 0) or 0,
                              self.params.get("SkipLast", 0) or 0,
                              self.bound("First") or self.bound("Last"))

    def process(self) -> Iterator[Any]:
        obj = current_input(self)
        if obj is NO_INPUT or obj is None or self.finished:
            return
        if self.index is not None:
            yield from self._process_indexed(obj)
            return
        for item in self.window.push(obj):
            yield from self._select(item)
        if self.window.done and not self.switch("Wait"):
            self.finished = True
            stop_upstream(self)

    def _process_indexed(self, obj: Any) -> Iterator[Any]:
        if self.position in self.index:
            yield from self._select(obj)
        self.position += 1
        if self.position > self.index[-1] and not self.switch("Wait"):
            self.finished = True
            stop_upstream(self)

    def end(self) -> Iterator[Any]:
        if self.index is None and not self.bound("SkipLast"):
            for item in self.window.drain():
                yield from self._select(item)
        yield from self.uniques.values()

    # -- one object -----------------------------------------------------------------
    def _select(self, obj: Any) -> Iterator[Any]:
        if not self.specs and self.expand is None:
            yield from self._write(obj, obj, [])
            return
        notes: list[tuple[str, Any]] = []
        for spec in self.specs:
            notes.extend(self._values_of(spec, obj))
        if self.expand is None:
            yield from self._write(self._new_selected(obj, notes), obj, notes)
        else:
            yield from self._expand(obj, notes)

    def _excluded(self, name: str) -> bool:
        return self.exclude is not None and match_any(self.exclude, name)

    def _values_of(self, spec: PropertySpec, obj: Any) -> list[tuple[str, Any]]:
        if spec.is_script:
            results = spec.values(obj) if not self._excluded(spec.text) else []
        elif spec.has_wildcards:
            results = [r for name in spec.resolve_names(obj) if not self._excluded(name)
                       for r in spec.with_name(name).values(obj)]
        else:
            results = [r for r in spec.values(obj) if not self._excluded(r.name)]
        if not results:
            results = [_Result(spec.text, None)]
        elif spec.label and len(results) > 1:
            self.error("Cannot rename multiple results.", "RenamingMultipleResults", "InvalidOperation",
                       obj, exception_type="InvalidOperationException")
            return []
        notes = []
        for result in results:
            if self._excluded(result.name):
                continue
            name = spec.label or result.name
            if not name:
                self.terminate("A property is an empty script block and does not provide a name.",
                               "EmptyScriptBlockAndNoName", "InvalidArgument",
                               exception_type="PSArgumentException")
            notes.append((name, result.value))
        return notes

    def _new_selected(self, obj: Any, notes: list[tuple[str, Any]]) -> PSObject:
        result = PSObject(typenames=[PSCUSTOMOBJECT, "System.Object"])
        for name, value in notes:
            if not result.add(name, value):
                self._already_exists(name, obj, "AlreadyExistingUserSpecifiedPropertyNoExpand")
        return result

    def _already_exists(self, name: str, obj: Any, error_id: str) -> None:
        self.error(f'The property cannot be processed because the property "{name}" already exists.',
                   error_id, "InvalidOperation", obj, exception_type="PSArgumentException")

    def _expand(self, obj: Any, notes: list[tuple[str, Any]]) -> Iterator[Any]:
        results = self.expand.values(obj)
        prop = self.expand.text
        if not results:
            self.error(f'Property "{prop}" cannot be found.', "ExpandPropertyNotFound", "InvalidArgument",
                       obj, exception_type="PSArgumentException")
            return
        if len(results) > 1:
            self.error("Multiple properties cannot be expanded.", "MutlipleExpandProperties",
                       "InvalidArgument", obj, exception_type="PSArgumentException")
            return
        result = results[0]
        if result.error is not None:
            self.error(result.error.record.message, "PropertyEvaluationExpand", "InvalidResult", obj)
            return
        value = result.value
        if value is None:
            return
        items = value if isinstance(value, (list, tuple)) else [value]
        for item in items:
            if item is None:
                continue
            if isinstance(item, PSObject):
                for name, note in notes:
                    if not item.add(name, note):
                        self._already_exists(name, obj, "AlreadyExistingUserSpecifiedPropertyExpand")
            yield from self._write(item, obj, notes)

    def _write(self, out: Any, source: Any, notes: list[tuple[str, Any]]) -> Iterator[Any]:
        if is_custom_object(out):
            out.typenames.insert(0, "Selected." + base_type_name(source))
        if not self.unique:
            yield out
            return
        key = (value_identity(out, True), tuple((n.lower(), value_identity(v, True)) for n, v in notes))
        self.uniques.setdefault(key, out)


class _Result:
    """A name/value pair standing in for an empty expression result."""

    __slots__ = ("name", "value", "error")

    def __init__(self, name: str, value: Any):
        self.name, self.value, self.error = name, value, None


# =====================================================================================
# Where-Object
# =====================================================================================

def _op_eq(cs: bool) -> Callable[[Any, Any], bool]:
    return lambda left, right: equals(left, right, cs)


def _op_ne(cs: bool) -> Callable[[Any, Any], bool]:
    return lambda left, right: not equals(left, right, cs)


def _op_cmp(cs: bool, test: Callable[[int], bool]) -> Callable[[Any, Any], bool]:
    def run(left: Any, right: Any) -> bool:
        if left is None and right is None:
            return test(0)
        return test(compare(left, right, cs))
    return run


def _op_like(cs: bool, negate: bool) -> Callable[[Any, Any], bool]:
    return lambda left, right: match(to_string(right), to_string(left), cs) != negate


def _op_match(cs: bool, negate: bool) -> Callable[[Any, Any], bool]:
    def run(left: Any, right: Any) -> bool:
        flags = 0 if cs else re.IGNORECASE
        return (re.search(to_string(right), to_string(left), flags) is not None) != negate
    return run


def contains(collection: Any, item: Any, cs: bool) -> bool:
    """The -contains test: some element equals ``item`` (element's type wins)."""
    return any(equals(element, item, cs) for element in as_list(collection))


def is_type(value: Any, type_value: Any) -> bool:
    """The -is test against a type literal or a type name."""
    if isinstance(type_value, PSType):
        wanted = type_value.full_name
    else:
        text = to_string(type_value).strip()
        if text.startswith("[") and text.endswith("]") and len(text) > 2:
            text = text[1:-1]
        wanted = resolve_type(text) or text
    if wanted in ("System.Object",):
        return value is not None
    if wanted == "System.Management.Automation.PSObject":
        return isinstance(value, PSObject)
    return any(t.lower() == wanted.lower() for t in type_names(value))


_SCALAR_OPERATORS: dict[str, Callable[[Any, Any], bool]] = {
    "EQ": _op_eq(False), "CEQ": _op_eq(True), "NE": _op_ne(False), "CNE": _op_ne(True),
    "GT": _op_cmp(False, lambda c: c > 0), "CGT": _op_cmp(True, lambda c: c > 0),
    "LT": _op_cmp(False, lambda c: c < 0), "CLT": _op_cmp(True, lambda c: c < 0),
    "GE": _op_cmp(False, lambda c: c >= 0), "CGE": _op_cmp(True, lambda c: c >= 0),
    "LE": _op_cmp(False, lambda c: c <= 0), "CLE": _op_cmp(True, lambda c: c <= 0),
    "Like": _op_like(False, False), "CLike": _op_like(True, False),
    "NotLike": _op_like(False, True), "CNotLike": _op_like(True, True),
    "Match": _op_match(False, False), "CMatch": _op_match(True, False),
    "NotMatch": _op_match(False, True), "CNotMatch": _op_match(True, True),
}

_WHOLE_OPERATORS: dict[str, Callable[[Any, Any], bool]] = {
    "Contains": lambda left, right: contains(left, right, False),
    "CContains": lambda left, right: contains(left, right, True),
    "NotContains": lambda left, right: not contains(left, right, False),
    "CNotContains": lambda left, right: not contains(left, right, True),
    "In": lambda left, right: contains(right, left, False),
    "CIn": lambda left, right: contains(right, left, True),
    "NotIn": lambda left, right: not contains(right, left, False),
    "CNotIn": lambda left, right: not contains(right, left, True),
    "Is": is_type,
    "IsNot": lambda left, right: not is_type(left, right),
}

# (switch name, parameter set, alias) in the order 5.1 declares them
_WHERE_SWITCHES = (
    ("EQ", "EqualSet", "IEQ"), ("CEQ", "CaseSensitiveEqualSet", None),
    ("NE", "NotEqualSet", "INE"), ("CNE", "CaseSensitiveNotEqualSet", None),
    ("GT", "GreaterThanSet", "IGT"), ("CGT", "CaseSensitiveGreaterThanSet", None),
    ("LT", "LessThanSet", "ILT"), ("CLT", "CaseSensitiveLessThanSet", None),
    ("GE", "GreaterOrEqualSet", "IGE"), ("CGE", "CaseSensitiveGreaterOrEqualSet", None),
    ("LE", "LessOrEqualSet", "ILE"), ("CLE", "CaseSensitiveLessOrEqualSet", None),
    ("Like", "LikeSet", "ILike"), ("CLike", "CaseSensitiveLikeSet", None),
    ("NotLike", "NotLikeSet", "INotLike"), ("CNotLike", "CaseSensitiveNotLikeSet", None),
    ("Match", "MatchSet", "IMatch"), ("CMatch", "CaseSensitiveMatchSet", None),
    ("NotMatch", "NotMatchSet", "INotMatch"), ("CNotMatch", "CaseSensitiveNotMatchSet", None),
    ("Contains", "ContainsSet", "IContains"), ("CContains", "CaseSensitiveContainsSet", None),
    ("NotContains", "NotContainsSet", "INotContains"),
    ("CNotContains", "CaseSensitiveNotContainsSet", None),
    ("In", "InSet", "IIn"), ("CIn", "CaseSensitiveInSet", None),
    ("NotIn", "NotInSet", "INotIn"), ("CNotIn", "CaseSensitiveNotInSet", None),
    ("Is", "IsSet", None), ("IsNot", "IsNotSet", None),
)
_COMPARISON_SETS = tuple(s for _, s, _ in _WHERE_SWITCHES)


def _where_parameters() -> list[Parameter]:
    params = [
        P("InputObject", "PSObject", from_pipeline=True,
          help="Specifies the objects to be filtered."),
        P("FilterScript", "ScriptBlock", position=0, mandatory=True, sets=("ScriptBlockSet",),
          help="Specifies the script block that is used to filter the objects."),
        P("Property", "String", position=0, mandatory=True, sets=_COMPARISON_SETS,
          help="Specifies the name of a property of the input object (wildcards allowed)."),
        P("Value", "Object", position=1, sets=_COMPARISON_SETS,
          help="Specifies a property value."),
    ]
    for name, set_name, alias in _WHERE_SWITCHES:
        params.append(P(name, "SwitchParameter", sets=(set_name,), mandatory=set_name != "EqualSet",
                        aliases=(alias,) if alias else (),
                        help=f"Selects objects for which the property value satisfies -{name}."))
    return params


@cmdlet("Where-Object", CORE, _where_parameters(), aliases=("where", "?"), default_set="EqualSet",
        output_type="System.Object",
        synopsis="Selects objects from a collection based on their property values.",
        description="The Where-Object cmdlet selects objects that have particular property values "
                    "from the collection of objects that are passed to it. Use a script block "
                    "(Where-Object { $_.Fqdn -like '*ee*' }) or the comparison statement form "
                    "(Where-Object Fqdn -like '*ee*').",
        examples=(
            ("Get-CsPool | Where-Object { $_.Services -like 'Registrar*' }",
             "Gets the pools that run a Registrar service."),
            ("Get-CsUserPoolInfo lcarter@beta.deitterick.com | Select-Object -ExpandProperty "
             "PrimaryPoolMachinesInPreferredOrder | Where-Object Fqdn -like '*ee2*'",
             "Keeps the machine whose FQDN matches the wildcard."),
        ))
class WhereObjectCommand(Cmdlet):
    """Where-Object."""

    def begin(self) -> None:
        self.script = self.params.get("FilterScript")
        if self.script is not None:
            return
        self.operator = next((name for name, _, _ in _WHERE_SWITCHES if self.switch(name)), None)
        self.value_given = "Value" in self.params
        self.value = self.params.get("Value", True)

    def process(self) -> Iterator[Any]:
        obj = current_input(self)
        if obj is NO_INPUT:
            return
        if self.script is not None:
            if to_bool(self.script.invoke(dollar_under=obj, new_scope=False)):
                yield obj
            return
        self._check_operator()
        left = self._property_value(obj)
        if left is NO_INPUT:
            return
        try:
            keep = self._evaluate(left)
        except (PSConversionError, re.error, WildcardPatternError) as exc:
            message = getattr(exc, "message", str(exc))
            self.error(f'The operation "-{(self.operator or "EQ").lower()}" failed: {message}', "OperatorFailed",
                       "InvalidOperation", obj, exception_type="PSInvalidOperationException")
            return
        if keep:
            yield obj

    def _check_operator(self) -> None:
        if not self.value_given and self.operator not in (None,):
            self.terminate("The specified operator requires both the -Property and -Value parameters. "
                           "Provide values for both parameters, and then try the command again.",
                           "ValueNotSpecifiedForWhereObject", "InvalidArgument",
                           exception_type="PSArgumentException")
        if self.value_given and self.operator is None:
            self.terminate("An operator is required to compare the two specified values. Include a valid "
                           "operator in the command, and then try the command again. For example, "
                           "Get-Process | Where-Object -Property Name -eq Idle",
                           "OperatorNotSpecified", "InvalidArgument", exception_type="PSArgumentException")

    def _property_value(self, obj: Any) -> Any:
        name = self.params["Property"]
        if obj is None:
            return None
        if isinstance(obj, PSHashtable) and name in obj:
            return obj[name]
        if not has_wildcards(name):
            return members.get_property(obj, name)
        found = [n for n in members.property_names(obj) if match(name, n)]
        if len(found) > 1:
            self.error(f'The input name "{name}" is ambiguous and can be resolved to multiple members: '
                       + "".join(f" {n}" for n in found), "AmbiguousPropertyName", "InvalidArgument",
                       obj, exception_type="PSArgumentException")
            return NO_INPUT
        return members.get_property(obj, found[0]) if found else None

    def _evaluate(self, left: Any) -> bool:
        if self.operator is None:
            return to_bool(left)
        whole = _WHOLE_OPERATORS.get(self.operator)
        if whole is not None:
            return whole(left, self.value)
        test = _SCALAR_OPERATORS[self.operator]
        if isinstance(left, (list, tuple)):
            return to_bool([item for item in left if test(item, self.value)])
        return test(left, self.value)


# =====================================================================================
# ForEach-Object
# =====================================================================================

def call_method(ctx: Any, target: Any, name: str, args: list) -> Any:
    """``target.name(args)`` through the language engine's method table."""
    from ..language.methods import invoke_method
    return invoke_method(ctx, target, name, args, None)


@cmdlet("ForEach-Object", CORE, [
    P("InputObject", "PSObject", from_pipeline=True,
      help="Specifies the input objects."),
    P("Begin", "ScriptBlock", sets=("ScriptBlockSet",),
      help="Specifies a script block that runs before this cmdlet processes any input objects."),
    P("Process", "ScriptBlock[]", position=0, mandatory=True, sets=("ScriptBlockSet",),
      help="Specifies the operation that is performed on each input object."),
    P("End", "ScriptBlock", sets=("ScriptBlockSet",),
      help="Specifies a script block that runs after this cmdlet processes all input objects."),
    P("RemainingScripts", "ScriptBlock[]", sets=("ScriptBlockSet",), remaining=True,
      help="Specifies all script blocks that are not taken by the Process parameter."),
    P("MemberName", "String", position=0, mandatory=True, sets=("PropertyAndMethodSet",),
      help="Specifies the property to get or the method to call."),
    P("ArgumentList", "Object[]", aliases=("Args",), sets=("PropertyAndMethodSet",), remaining=True,
      help="Specifies the arguments of a method call."),
], aliases=("foreach", "%"), default_set="ScriptBlockSet", should_process=True,
    output_type="System.Object",
    synopsis="Performs an operation against each item in a collection of input objects.",
    description="The ForEach-Object cmdlet performs an operation on each item in a collection of "
                "input objects: a script block run with $_ set to the object, or the value of a "
                "property or the result of a method named by -MemberName.",
    examples=(
        ("Get-CsPool | ForEach-Object { $_.Fqdn }", "Outputs the FQDN of each pool."),
        ("Get-CsPool | ForEach-Object -MemberName Fqdn", "Does the same with -MemberName."),
        ('"a.b" | ForEach-Object Split "."', "Calls the String.Split method on the input."),
    ))
class ForEachObjectCommand(Cmdlet):
    """ForEach-Object."""

    def begin(self) -> Iterator[Any]:
        if "MemberName" in self.params:
            self.scripts = None
            return
        scripts = [self.params["Begin"]] if "Begin" in self.params else []
        scripts += as_list(self.params.get("Process")) + as_list(self.params.get("RemainingScripts"))
        self.scripts = scripts
        self.start = 1 if len(scripts) > 1 else 0
        self.stop = len(scripts)
        self.end_script = self.params.get("End")
        if "End" not in self.params and len(scripts) > 2:
            self.stop = len(scripts) - 1
            self.end_script = scripts[-1]
        if self.stop >= 2 and scripts[0] is not None:
            yield from scripts[0].invoke(dollar_under=None, new_scope=False)

    def process(self) -> Iterator[Any]:
        obj = current_input(self)
        if obj is NO_INPUT:
            obj = None
        if self.scripts is None:
            yield from self._member(obj)
            return
        for block in self.scripts[self.start:self.stop]:
            if block is not None:
                yield from block.invoke(dollar_under=obj, new_scope=False)

    def end(self) -> Iterator[Any]:
        if self.scripts is not None and self.end_script is not None:
            yield from self.end_script.invoke(dollar_under=None, new_scope=False)

    def _member(self, obj: Any) -> Iterator[Any]:
        name = self.params["MemberName"]
        args = as_list(self.params.get("ArgumentList"))
        if obj is None:
            if args:
                self.error("You cannot call a method on a null-valued expression.", "InvokeMethodOnNull",
                           "InvalidOperation", exception_type="PSArgumentException")
            else:
                yield None
            return
        if not args:
            if isinstance(obj, PSHashtable) and name in obj:
                yield from _enumerate(obj[name])
                return
            found = self._property_names(obj, name)
            if len(found) == 1:
                yield from _enumerate(members.get_property(obj, found[0]))
                return
            if len(found) > 1:
                self.error(f'The input name "{name}" is ambiguous and can be resolved to multiple members: '
                           + "".join(f" {n}" for n in found), "AmbiguousPropertyOrMethodName",
                           "InvalidArgument", obj, exception_type="PSArgumentException")
                return
        yield from self._call(obj, name, args)

    @staticmethod
    def _property_names(obj: Any, name: str) -> list[str]:
        if has_wildcards(name):
            return [n for n in members.property_names(obj) if match(name, n)]
        real = members.real_property_name(obj, name)
        return [real] if real else []

    def _call(self, obj: Any, name: str, args: list) -> Iterator[Any]:
        try:
            result = call_method(self.ctx, obj, name, args)
        except PSError as exc:
            if exc.record.error_id != "MethodNotFound":
                self.ctx.write_error(exc.record, command=self)
            elif args:
                self.error(f'Input name "{name}" cannot be resolved to a method.', "MethodNotFound",
                           "InvalidArgument", obj, exception_type="PSArgumentException")
            else:
                yield None
            return
        yield from _enumerate(result)


def _enumerate(value: Any) -> Iterator[Any]:
    if isinstance(value, (list, tuple)):
        yield from value
    else:
        yield value


# =====================================================================================
# Sort-Object
# =====================================================================================

def expand_wildcard_specs(specs: list[PropertySpec], objects: list[Any]) -> list[PropertySpec]:
    """Wildcard names replaced by every matching property over all inputs (sorted by name)."""
    out: list[PropertySpec] = []
    for spec in specs:
        if not spec.has_wildcards:
            out.append(spec)
            continue
        names: dict[str, str] = {}
        for obj in objects:
            if obj is not None:
                for name in spec.resolve_names(obj):
                    names[name.lower()] = name
        out.extend(spec.with_name(names[k]) for k in sorted(names, key=str.upper))
    return out


def order_values(cmd: Cmdlet, specs: list[PropertySpec], obj: Any) -> list[Any]:
    """One object's key values under ``specs`` (the object itself when there are none);
    MISSING where the property does not exist. Script errors are written, the value is $null."""
    if not specs:
        return [obj]
    row: list[Any] = []
    for spec in specs:
        results = spec.values(obj)
        if not results:
            row.append(MISSING)
        for result in results:
            if result.error is not None:
                cmd.error(result.error.record.message, "ExpressionEvaluation", "InvalidResult", obj)
            row.append(None if result.error is not None else result.value)
    return row


class OrderRows:
    """Key values of objects under a list of property specs (OrderByProperty in 5.1)."""

    def __init__(self, cmd: Cmdlet, specs: list[PropertySpec], objects: list[Any]):
        self.specs = specs
        self.rows = [order_values(cmd, specs, obj) for obj in objects]

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)

    def column(self, k: int) -> list[Any]:
        return [row[k] if k < len(row) else MISSING for row in self.rows]


def spec_ascending(spec: Optional[PropertySpec], default: bool) -> bool:
    """A Sort-Object hashtable's Ascending/Descending keys, else the command's direction."""
    if spec is None:
        return default
    asc, desc = spec.options.get("ascending"), spec.options.get("descending")
    if asc is not None and desc is not None and asc == desc:
        return default
    if asc is not None:
        return asc
    if desc is not None:
        return not desc
    return default


def _directed_keys(keys: list[Any], ascending: bool) -> list[Any]:
    """Keys that put missing properties last in either direction (they are None in ``keys``)."""
    if all(k is not None for k in keys):
        return keys
    flag_missing, flag_present = (1, 0) if ascending else (0, 1)
    return [(flag_missing,) if k is None else (flag_present, k) for k in keys]


def sort_order(rows: OrderRows, ascending: bool, case_sensitive: bool) -> tuple[list[int], list[list]]:
    """Indexes of the rows in sorted order (stable, one pass per key from the last), and the
    key columns (equal keys mean equal rows, for -Unique)."""
    order = list(range(len(rows.rows)))
    keys_by_column = [column_keys(rows.column(k), case_sensitive) for k in range(rows.width)]
    for k in reversed(range(rows.width)):
        spec = rows.specs[k] if k < len(rows.specs) else None
        asc = spec_ascending(spec, ascending)
        keys = _directed_keys(keys_by_column[k], asc)
        order.sort(key=keys.__getitem__, reverse=not asc)
    return order, keys_by_column


@cmdlet("Sort-Object", UTILITY, [
    P("Descending", "SwitchParameter", help="Indicates that this cmdlet sorts the objects in descending order."),
    P("Unique", "SwitchParameter", help="Indicates that this cmdlet eliminates duplicates and returns only "
                                          "the unique members of the collection."),
    P("InputObject", "PSObject", from_pipeline=True, help="Specifies the objects to sort."),
    P("Property", "Object[]", position=0,
      help="Specifies the property names (wildcards allowed), script blocks or hashtables "
           "(Expression, Ascending, Descending) that this cmdlet uses to sort the objects."),
    P("Culture", "String", help="Specifies the cultural configuration to use when sorting."),
    P("CaseSensitive", "SwitchParameter", help="Indicates that the sort should be case sensitive."),
], aliases=("sort",), output_type="System.Management.Automation.PSObject",
    synopsis="Sorts objects by property values.",
    description="The Sort-Object cmdlet sorts objects in ascending or descending order based on "
                "the values of properties of the object. Strings compare case-insensitively; "
                "objects lacking a sort property come last.",
    examples=(
        ("Get-CsPool | Sort-Object Fqdn", "Sorts pools by FQDN."),
        ("Get-CsUser | Sort-Object -Property @{Expression='RegistrarPool'; Descending=$true}, DisplayName",
         "Sorts users by pool (descending) then by name."),
    ))
class SortObjectCommand(Cmdlet):
    """Sort-Object."""

    def begin(self) -> None:
        self.items: list[Any] = []

    def process(self) -> None:
        obj = current_input(self)
        if obj is not NO_INPUT and obj is not None:
            self.items.append(obj)

    def end(self) -> Iterator[Any]:
        specs = parse_specs(self, self.params.get("Property"), SORT)
        if not self.items:
            return
        rows = OrderRows(self, expand_wildcard_specs(specs, self.items), self.items)
        order, columns = sort_order(rows, not self.switch("Descending"), self.switch("CaseSensitive"))
        if not self.switch("Unique"):
            yield from (self.items[i] for i in order)
            return
        previous = None
        for i in order:
            if previous is not None and all(col[i] == col[previous] for col in columns):
                continue
            previous = i
            yield self.items[i]


# =====================================================================================
# Group-Object
# =====================================================================================

GROUPINFO = "Microsoft.PowerShell.Commands.GroupInfo"
GROUPINFO_NOELEMENT = "Microsoft.PowerShell.Commands.GroupInfoNoElement"


def group_name(values: list[Any]) -> str:
    """GroupInfo.Name: the key values joined with ', ' ($null skipped, collections in braces)."""
    parts = []
    for value in values:
        if value is None or value is MISSING:
            continue
        if isinstance(value, (list, tuple, PSHashtable)):
            items = value.keys() if isinstance(value, PSHashtable) else value
            parts.append("{" + ", ".join(to_string(v) for v in items) + "}")
        else:
            parts.append(to_string(value))
    return ", ".join(parts)


class _Group:
    __slots__ = ("values", "items", "count")

    def __init__(self, values: list[Any]):
        self.values = values
        self.items: list[Any] = []
        self.count = 0


def group_info(group: _Group, no_element: bool) -> PSObject:
    """The GroupInfo (or GroupInfoNoElement) object for one group."""
    values = [None if v is MISSING else v for v in group.values]
    props = [("Values", values), ("Count", group.count), ("Group", [] if no_element else group.items),
             ("Name", group_name(group.values))]
    if no_element:
        return new_object(GROUPINFO_NOELEMENT, props, (GROUPINFO,))
    return new_object(GROUPINFO, props)


@cmdlet("Group-Object", UTILITY, [
    P("NoElement", "SwitchParameter", help="Indicates that this cmdlet omits the members of a group from the results."),
    P("AsHashTable", "SwitchParameter", aliases=("AHT",), sets=("HashTable",),
      help="Indicates that this cmdlet returns the group as a hash table."),
    P("AsString", "SwitchParameter", sets=("HashTable",),
      help="Indicates that this cmdlet converts the hash table keys to strings."),
    P("InputObject", "PSObject", from_pipeline=True, help="Specifies the objects to group."),
    P("Property", "Object[]", position=0, help="Specifies the properties for grouping."),
    P("Culture", "String", help="Specifies the culture to use when comparing strings."),
    P("CaseSensitive", "SwitchParameter", help="Indicates that this cmdlet makes the grouping case-sensitive."),
], aliases=("group",), output_type="Microsoft.PowerShell.Commands.GroupInfo",
    synopsis="Groups objects that contain the same value for specified properties.",
    description="The Group-Object cmdlet displays objects in groups based on the value of a "
                "specified property. Groups appear in the order their first member arrived.",
    examples=(
        ("Get-CsUser | Group-Object RegistrarPool", "Counts users per Registrar pool."),
        ("Get-CsUser | Group-Object RegistrarPool -NoElement", "Shows only Count and Name."),
    ))
class GroupObjectCommand(Cmdlet):
    """Group-Object."""

    def begin(self) -> None:
        self.specs: Optional[list[PropertySpec]] = None
        self.groups: dict[tuple, _Group] = {}
        self.case_sensitive = self.switch("CaseSensitive")
        self.keep_items = not self.switch("NoElement")

    def process(self) -> None:
        obj = current_input(self)
        if obj is NO_INPUT or obj is None:
            return
        if self.specs is None:
            self.specs = parse_specs(self, self.params.get("Property"), GROUP)
        values = order_values(self, self.specs, obj)
        key = tuple(value_identity(None if v is MISSING else v, self.case_sensitive) for v in values)
        group = self.groups.get(key)
        if group is None:
            group = self.groups[key] = _Group(values)
        group.count += 1
        if self.keep_items:
            group.items.append(obj)

    def end(self) -> Iterator[Any]:
        if not self.groups:
            return
        if self.switch("AsHashTable"):
            yield from self._as_hashtable()
            return
        if self.switch("AsString"):
            self.terminate("The command cannot be run because the AsString parameter requires that you "
                           "specify the AsHashtable parameter.", "ArgumentException", "InvalidArgument",
                           True, exception_type="ArgumentException")
        no_element = self.switch("NoElement")
        for group in self.groups.values():
            yield group_info(group, no_element)

    def _as_hashtable(self) -> Iterator[Any]:
        table = PSHashtable()
        for group in self.groups.values():
            if self.switch("AsString"):
                key: Any = group_name(group.values)
            elif len(group.values) == 1:
                key = None if group.values[0] is MISSING else group.values[0]
            else:
                self.terminate("The command cannot be run because using the AsHashTable parameter with more "
                               "than one property requires adding the AsString parameter.",
                               "ArgumentException", "InvalidArgument", self.params.get("Property"),
                               exception_type="ArgumentException")
            if key is None or not table.add(key, group.items):
                message = ("The objects grouped by this property cannot be expanded because there is a key "
                           "duplication. Provide a valid value for the property, and then try again.")
                self.error(message, message, "InvalidArgument", exception_type="Exception")
                return
        yield table


# =====================================================================================
# Measure-Object
# =====================================================================================

MEASUREINFO = "Microsoft.PowerShell.Commands.MeasureInfo"


class _Stats:
    __slots__ = ("count", "sum", "min", "max", "lines", "words", "chars")

    def __init__(self) -> None:
        self.count = 0
        self.sum = 0.0
        self.min: Any = None
        self.max: Any = None
        self.lines = self.words = self.chars = 0


def try_double(value: Any) -> Optional[float]:
    """LanguagePrimitives.TryConvertTo<double>: the double, or None when not convertible."""
    if isinstance(value, (PSObject, PSHashtable)) or (isinstance(value, list) and len(value) != 1):
        return None
    try:
        return to_double(value)
    except (PSConversionError, ValueError, OverflowError):
        return None


def _extreme(current: Any, best: Any, is_min: bool) -> Any:
    cur, old = current, best
    cur_num = try_double(cur) if cur is not None else None
    old_num = try_double(old) if old is not None else None
    cur = cur_num if cur_num is not None else cur
    old = old_num if old_num is not None else old
    if cur is not None and old is not None and type(cur) is not type(old):
        cur, old = to_string(cur), to_string(old)
    if old is None or compare(old, cur) * (1 if is_min else -1) > 0:
        return current
    return best


def count_words(text: str) -> int:
    """Runs of non-whitespace characters."""
    return len(text.split())


def count_lines(text: str) -> int:
    """Newline count, plus one when the text does not end with a newline."""
    if not text:
        return 0
    return text.count("\n") + (0 if text.endswith("\n") else 1)


@cmdlet("Measure-Object", UTILITY, [
    P("InputObject", "PSObject", from_pipeline=True, help="Specifies the objects to be measured."),
    P("Property", "String[]", position=0, help="Specifies one or more properties to measure."),
    P("Sum", "SwitchParameter", sets=("GenericMeasure",), help="Indicates that the cmdlet displays the sum of the values of the specified properties."),
    P("Average", "SwitchParameter", sets=("GenericMeasure",), help="Indicates that the cmdlet displays the average value of the specified properties."),
    P("Maximum", "SwitchParameter", sets=("GenericMeasure",), help="Indicates that the cmdlet displays the maximum value of the specified properties."),
    P("Minimum", "SwitchParameter", sets=("GenericMeasure",), help="Indicates that the cmdlet displays the minimum value of the specified properties."),
    P("Line", "SwitchParameter", sets=("TextMeasure",), help="Indicates that the cmdlet counts the number of lines in the input object."),
    P("Word", "SwitchParameter", sets=("TextMeasure",), help="Indicates that the cmdlet counts the number of words in the input object."),
    P("Character", "SwitchParameter", sets=("TextMeasure",), help="Indicates that the cmdlet counts the number of characters in the input object."),
    P("IgnoreWhiteSpace", "SwitchParameter", sets=("TextMeasure",), help="Indicates that the cmdlet ignores white space in character counts."),
], aliases=("measure",), default_set="GenericMeasure",
    output_type="Microsoft.PowerShell.Commands.GenericMeasureInfo",
    synopsis="Calculates the numeric properties of objects, and the characters, words, and lines in string objects.",
    description="The Measure-Object cmdlet calculates the property values of certain types of object: "
                "counts, and the sum, average, minimum and maximum of numeric property values; or the "
                "lines, words and characters of text.",
    examples=(
        ("Get-CsUser | Measure-Object", "Counts the users."),
        ("1,2,3 | Measure-Object -Sum -Average", "Sum 6 and Average 2."),
        ('"One two three" | Measure-Object -Line -Word -Character', "Counts the text's lines, words and characters."),
    ))
class MeasureObjectCommand(Cmdlet):
    """Measure-Object."""

    def begin(self) -> None:
        self.stats: dict[str, _Stats] = {}
        self.names: dict[str, str] = {}
        self.total = 0
        self.non_numeric = False
        self.text = any(self.switch(s) for s in ("Line", "Word", "Character", "IgnoreWhiteSpace"))

    def _entry(self, name: str) -> _Stats:
        key = name.lower()
        if key not in self.stats:
            self.stats[key] = _Stats()
            self.names[key] = name
        return self.stats[key]

    def process(self) -> None:
        obj = current_input(self)
        if obj is NO_INPUT or obj is None:
            return
        self.total += 1
        if not self.bound("Property"):
            self._analyze("$_", obj)
            return
        seen: set[str] = set()
        for pattern in as_list(self.params["Property"]):
            spec = PropertySpec(pattern)
            names = spec.resolve_names(obj)
            if not names and not spec.has_wildcards:
                self._entry(pattern)
            for name in names:
                if name.lower() not in seen:
                    seen.add(name.lower())
                    self._analyze(name, members.get_property(obj, name))

    def _analyze(self, name: str, value: Any) -> None:
        stat = self._entry(name)
        stat.count += 1
        if self.text:
            text = to_string(value)
            if self.switch("Character"):
                stat.chars += len("".join(text.split())) if self.switch("IgnoreWhiteSpace") else len(text)
            stat.words += count_words(text) if self.switch("Word") else 0
            stat.lines += count_lines(text) if self.switch("Line") else 0
        if self.switch("Sum") or self.switch("Average"):
            number = try_double(value)
            if number is None:
                self.non_numeric = True
                self.error(f'Input object "{to_string(value)}" is not numeric.', "NonNumericInputObject",
                           "InvalidType", value, exception_type="PSInvalidOperationException")
                return
            stat.sum += number
        if self.switch("Minimum"):
            stat.min = _extreme(value, stat.min, True)
        if self.switch("Maximum"):
            stat.max = _extreme(value, stat.max, False)

    def end(self) -> Iterator[Any]:
        if self.total == 0 and not self.bound("Property"):
            self._entry("$_")
        for key, stat in self.stats.items():
            name = self.names[key]
            if stat.count == 0 and self.bound("Property"):
                error_id = "TextMeasurePropertyNotFound" if self.text else "GenericMeasurePropertyNotFound"
                message = f'The property "{name}" cannot be found in the input for any objects.'
                record = self.make_error(message, error_id, "InvalidArgument",
                                         exception_type="PSArgumentException")
                record.error_details = message
                self.ctx.write_error(record, command=self)
                continue
            prop = name if self.bound("Property") else None
            yield self._text_info(stat, prop) if self.text else self._generic_info(stat, prop)

    def _text_info(self, stat: _Stats, prop: Optional[str]) -> PSObject:
        return new_object("Microsoft.PowerShell.Commands.TextMeasureInfo", [
            ("Lines", stat.lines if self.switch("Line") else None),
            ("Words", stat.words if self.switch("Word") else None),
            ("Characters", stat.chars if self.switch("Character") else None),
            ("Property", prop)], (MEASUREINFO,))

    def _generic_info(self, stat: _Stats, prop: Optional[str]) -> PSObject:
        numeric = all(v is None or try_double(v) is not None for v in (stat.min, stat.max))
        total = stat.sum if self.switch("Sum") and not self.non_numeric else None
        average = (stat.sum / stat.count if self.switch("Average") and stat.count and not self.non_numeric
                   else None)

        def extreme(value: Any, wanted: bool) -> Any:
            if not wanted or value is None:
                return None
            return try_double(value) if numeric else value
        typename = ("Microsoft.PowerShell.Commands.GenericMeasureInfo" if numeric
                    else "Microsoft.PowerShell.Commands.GenericObjectMeasureInfo")
        return new_object(typename, [
            ("Count", stat.count), ("Average", average), ("Sum", total),
            ("Maximum", extreme(stat.max, self.switch("Maximum"))),
            ("Minimum", extreme(stat.min, self.switch("Minimum"))), ("Property", prop)], (MEASUREINFO,))


# =====================================================================================
# Get-Member
# =====================================================================================

MEMBERDEFINITION = "Microsoft.PowerShell.Commands.MemberDefinition"

_OBJECT_METHODS = (
    ("Equals", "Method", "bool Equals(System.Object obj)"),
    ("GetHashCode", "Method", "int GetHashCode()"),
    ("GetType", "Method", "type GetType()"),
    ("ToString", "Method", "string ToString()"),
)

_CONVERTIBLE = tuple(
    (f"To{t}", "Method", f"{r} IConvertible.To{t}(System.IFormatProvider provider)")
    for t, r in (("Boolean", "bool"), ("Byte", "byte"), ("Char", "char"), ("DateTime", "datetime"),
                 ("Decimal", "decimal"), ("Double", "double"), ("Int16", "int16"), ("Int32", "int"),
                 ("Int64", "long"), ("SByte", "sbyte"), ("Single", "float"), ("UInt16", "uint16"),
                 ("UInt32", "uint32"), ("UInt64", "uint64")))

_STRING_MEMBERS = (
    ("Clone", "Method", "System.Object Clone(), System.Object ICloneable.Clone()"),
    ("CompareTo", "Method", "int CompareTo(System.Object value), int CompareTo(string strB), "
                            "int IComparable.CompareTo(System.Object obj), int IComparable[string].CompareTo(string other)"),
    ("Contains", "Method", "bool Contains(string value)"),
    ("CopyTo", "Method", "void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count)"),
    ("EndsWith", "Method", "bool EndsWith(string value), bool EndsWith(string value, System.StringComparison "
                           "comparisonType), bool EndsWith(string value, bool ignoreCase, cultureinfo culture)"),
    ("Equals", "Method", "bool Equals(System.Object obj), bool Equals(string value), bool Equals(string value, "
                         "System.StringComparison comparisonType), bool IEquatable[string].Equals(string other)"),
    ("GetEnumerator", "Method", "System.CharEnumerator GetEnumerator(), System.Collections.IEnumerator "
                                "IEnumerable.GetEnumerator(), System.Collections.Generic.IEnumerator[char] "
                                "IEnumerable[char].GetEnumerator()"),
    ("GetHashCode", "Method", "int GetHashCode()"),
    ("GetType", "Method", "type GetType()"),
    ("GetTypeCode", "Method", "System.TypeCode GetTypeCode(), System.TypeCode IConvertible.GetTypeCode()"),
    ("IndexOf", "Method", "int IndexOf(char value), int IndexOf(char value, int startIndex), int IndexOf(string "
                          "value), int IndexOf(string value, int startIndex), int IndexOf(string value, int "
                          "startIndex, int count), int IndexOf(char value, int startIndex, int count)"),
    ("IndexOfAny", "Method", "int IndexOfAny(char[] anyOf), int IndexOfAny(char[] anyOf, int startIndex), "
                             "int IndexOfAny(char[] anyOf, int startIndex, int count)"),
    ("Insert", "Method", "string Insert(int startIndex, string value)"),
    ("IsNormalized", "Method", "bool IsNormalized(), bool IsNormalized(System.Text.NormalizationForm normalizationForm)"),
    ("LastIndexOf", "Method", "int LastIndexOf(char value), int LastIndexOf(char value, int startIndex), int "
                              "LastIndexOf(string value), int LastIndexOf(string value, int startIndex)"),
    ("LastIndexOfAny", "Method", "int LastIndexOfAny(char[] anyOf), int LastIndexOfAny(char[] anyOf, int startIndex)"),
    ("Normalize", "Method", "string Normalize(), string Normalize(System.Text.NormalizationForm normalizationForm)"),
    ("PadLeft", "Method", "string PadLeft(int totalWidth), string PadLeft(int totalWidth, char paddingChar)"),
    ("PadRight", "Method", "string PadRight(int totalWidth), string PadRight(int totalWidth, char paddingChar)"),
    ("Remove", "Method", "string Remove(int startIndex, int count), string Remove(int startIndex)"),
    ("Replace", "Method", "string Replace(char oldChar, char newChar), string Replace(string oldValue, string newValue)"),
    ("Split", "Method", "string[] Split(Params char[] separator), string[] Split(char[] separator, int count), "
                        "string[] Split(char[] separator, System.StringSplitOptions options), string[] "
                        "Split(string[] separator, System.StringSplitOptions options)"),
    ("StartsWith", "Method", "bool StartsWith(string value), bool StartsWith(string value, System.StringComparison "
                             "comparisonType), bool StartsWith(string value, bool ignoreCase, cultureinfo culture)"),
    ("Substring", "Method", "string Substring(int startIndex), string Substring(int startIndex, int length)"),
    *_CONVERTIBLE,
    ("ToCharArray", "Method", "char[] ToCharArray(), char[] ToCharArray(int startIndex, int length)"),
    ("ToLower", "Method", "string ToLower(), string ToLower(cultureinfo culture)"),
    ("ToLowerInvariant", "Method", "string ToLowerInvariant()"),
    ("ToString", "Method", "string ToString(), string ToString(System.IFormatProvider provider), string "
                           "IConvertible.ToString(System.IFormatProvider provider)"),
    ("ToUpper", "Method", "string ToUpper(), string ToUpper(cultureinfo culture)"),
    ("ToUpperInvariant", "Method", "string ToUpperInvariant()"),
    ("Trim", "Method", "string Trim(Params char[] trimChars), string Trim()"),
    ("TrimEnd", "Method", "string TrimEnd(Params char[] trimChars)"),
    ("TrimStart", "Method", "string TrimStart(Params char[] trimChars)"),
    ("Chars", "ParameterizedProperty", "char Chars(int index) {get;}"),
    ("Length", "Property", "int Length {get;}"),
)


def _number_members(short: str) -> tuple:
    return (
        ("CompareTo", "Method", f"int CompareTo(System.Object value), int CompareTo({short} value), "
                                f"int IComparable.CompareTo(System.Object obj), int IComparable[{short}].CompareTo({short} other)"),
        ("Equals", "Method", f"bool Equals(System.Object obj), bool Equals({short} obj), "
                             f"bool IEquatable[{short}].Equals({short} other)"),
        ("GetHashCode", "Method", "int GetHashCode()"),
        ("GetType", "Method", "type GetType()"),
        ("GetTypeCode", "Method", "System.TypeCode GetTypeCode(), System.TypeCode IConvertible.GetTypeCode()"),
        *_CONVERTIBLE,
        ("ToString", "Method", "string ToString(), string ToString(string format), string "
                               "ToString(System.IFormatProvider provider), string ToString(string format, "
                               "System.IFormatProvider provider), string IFormattable.ToString(string format, "
                               "System.IFormatProvider formatProvider), string IConvertible.ToString(System.IFormatProvider provider)"),
    )


_HASHTABLE_MEMBERS = (
    ("Add", "Method", "void Add(System.Object key, System.Object value), void IDictionary.Add(System.Object key, System.Object value)"),
    ("Clear", "Method", "void Clear(), void IDictionary.Clear()"),
    ("Clone", "Method", "System.Object Clone(), System.Object ICloneable.Clone()"),
    ("Contains", "Method", "bool Contains(System.Object key), bool IDictionary.Contains(System.Object key)"),
    ("ContainsKey", "Method", "bool ContainsKey(System.Object key)"),
    ("ContainsValue", "Method", "bool ContainsValue(System.Object value)"),
    ("CopyTo", "Method", "void CopyTo(array array, int arrayIndex), void ICollection.CopyTo(array array, int index)"),
    ("Equals", "Method", "bool Equals(System.Object obj)"),
    ("GetEnumerator", "Method", "System.Collections.IDictionaryEnumerator GetEnumerator(), System.Collections."
                                "IDictionaryEnumerator IDictionary.GetEnumerator(), System.Collections.IEnumerator "
                                "IEnumerable.GetEnumerator()"),
    ("GetHashCode", "Method", "int GetHashCode()"),
    ("GetObjectData", "Method", "void GetObjectData(System.Runtime.Serialization.SerializationInfo info, "
                                "System.Runtime.Serialization.StreamingContext context), void ISerializable."
                                "GetObjectData(System.Runtime.Serialization.SerializationInfo info, "
                                "System.Runtime.Serialization.StreamingContext context)"),
    ("GetType", "Method", "type GetType()"),
    ("OnDeserialization", "Method", "void OnDeserialization(System.Object sender), void IDeserializationCallback."
                                    "OnDeserialization(System.Object sender)"),
    ("Remove", "Method", "void Remove(System.Object key), void IDictionary.Remove(System.Object key)"),
    ("ToString", "Method", "string ToString()"),
    ("Item", "ParameterizedProperty", "System.Object Item(System.Object key) {get;set;}"),
    ("Count", "Property", "int Count {get;}"),
    ("IsFixedSize", "Property", "bool IsFixedSize {get;}"),
    ("IsReadOnly", "Property", "bool IsReadOnly {get;}"),
    ("IsSynchronized", "Property", "bool IsSynchronized {get;}"),
    ("Keys", "Property", "System.Collections.ICollection Keys {get;}"),
    ("SyncRoot", "Property", "System.Object SyncRoot {get;}"),
    ("Values", "Property", "System.Collections.ICollection Values {get;}"),
)

TYPE_MEMBERS: dict[str, tuple] = {
    "System.String": _STRING_MEMBERS,
    "System.Int32": _number_members("int"),
    "System.Int64": _number_members("long"),
    "System.Double": _number_members("double"),
    "System.Decimal": _number_members("decimal"),
    "System.Boolean": (
        ("CompareTo", "Method", "int CompareTo(System.Object obj), int CompareTo(bool value), int "
                                "IComparable.CompareTo(System.Object obj), int IComparable[bool].CompareTo(bool other)"),
        ("Equals", "Method", "bool Equals(System.Object obj), bool Equals(bool obj), bool IEquatable[bool].Equals(bool other)"),
        ("GetHashCode", "Method", "int GetHashCode()"),
        ("GetType", "Method", "type GetType()"),
        ("GetTypeCode", "Method", "System.TypeCode GetTypeCode(), System.TypeCode IConvertible.GetTypeCode()"),
        *_CONVERTIBLE,
        ("ToString", "Method", "string ToString(), string ToString(System.IFormatProvider provider), "
                               "string IConvertible.ToString(System.IFormatProvider provider)"),
    ),
    "System.Collections.Hashtable": _HASHTABLE_MEMBERS,
}


def register_type_members(type_name_: str, member_rows: Iterable[tuple[str, str, str]]) -> None:
    """Declare the members Get-Member lists for objects whose first type name is ``type_name_``.

    Rows are (name, member type, definition), e.g. ``("Fqdn", "Property", "string Fqdn {get;}")``.
    Properties of such an object that no row names are listed as NoteProperty.
    """
    TYPE_MEMBERS[type_name_] = tuple(member_rows)


def note_definition(name: str, value: Any) -> str:
    """PSNoteProperty.ToString(): ``<type> <name>=<value>``."""
    if value is None:
        return f"object {name}=null"
    text = "System.Object[]" if isinstance(value, (list, tuple)) else to_string(value)
    return f"{short_type_name(value)} {name}={text}"


def member_rows(value: Any) -> list[tuple[str, str, str]]:
    """Every (name, member type, definition) Get-Member shows for one value."""
    declared = TYPE_MEMBERS.get(type_name(value) if not isinstance(value, PSObject) else value.typenames[0])
    if not isinstance(value, PSObject):
        return list(declared or _OBJECT_METHODS)
    rows = list(declared) if declared else list(_OBJECT_METHODS)
    known = {r[0].lower() for r in rows}
    for name, prop in value.items():
        if name.lower() not in known:
            rows.append((name, "NoteProperty", note_definition(name, prop)))
    return rows


_MEMBER_TYPE_GROUPS = {
    "properties": {"AliasProperty", "CodeProperty", "Property", "NoteProperty", "ScriptProperty"},
    "methods": {"Method", "CodeMethod", "ScriptMethod"},
    "all": None,
}


def _member_type_filter(value: Any) -> Optional[set[str]]:
    wanted: set[str] = set()
    for item in as_list(value):
        for part in to_string(item).split(","):
            part = part.strip()
            group = _MEMBER_TYPE_GROUPS.get(part.lower(), {part})
            if group is None:
                return None
            wanted |= {g.lower() for g in group}
    return wanted or None


def member_definition(typename: str, name: str, member_type: str, definition: str) -> PSObject:
    """A MemberDefinition object (ToString() is the definition)."""
    return new_object(MEMBERDEFINITION, [("TypeName", typename), ("Name", name),
                                         ("MemberType", member_type), ("Definition", definition)],
                      tostring=lambda o: o.get("Definition"))


@cmdlet("Get-Member", UTILITY, [
    P("InputObject", "PSObject", from_pipeline=True, help="Specifies the object whose members are retrieved."),
    P("Name", "String[]", position=0, help="Specifies the names of one or more properties or methods of the object (wildcards allowed)."),
    P("MemberType", "PSMemberTypes", aliases=("Type",), help="Specifies the member type that this cmdlet gets (Property, NoteProperty, Method, All...)."),
    P("View", "PSMemberViewTypes", help="Specifies the type of members that this cmdlet gets: Extended, Adapted, Base or All."),
    P("Static", "SwitchParameter", help="Indicates that this cmdlet gets only the static properties and methods of the object."),
    P("Force", "SwitchParameter", help="Adds the intrinsic members and the compiler-generated get_ and set_ methods to the display."),
], aliases=("gm",), output_type="Microsoft.PowerShell.Commands.MemberDefinition",
    synopsis="Gets the properties and methods of objects.",
    description="The Get-Member cmdlet gets the members, the properties and methods, of objects. "
                "One group per distinct type, sorted by member type and then by name.",
    examples=(
        ("Get-CsUserPoolInfo lcarter@beta.deitterick.com | Get-Member", "Lists the members of the pool information object."),
        ("Get-CsPool | Get-Member -MemberType Property", "Lists only the properties."),
    ))
class GetMemberCommand(Cmdlet):
    """Get-Member."""

    def begin(self) -> None:
        self.seen: set[str] = set()
        self.names = as_list(self.params.get("Name")) or ["*"]
        self.types = _member_type_filter(self.params.get("MemberType"))

    def process(self) -> Iterator[Any]:
        obj = current_input(self)
        if obj is NO_INPUT or obj is None:
            return
        typename = obj.typenames[0] if isinstance(obj, PSObject) else type_name(obj)
        if typename in self.seen:
            return
        self.seen.add(typename)
        rows = member_rows(obj)
        if self.types is not None:
            rows = [r for r in rows if r[1].lower() in self.types]
        for pattern in self.names:
            chosen = [r for r in rows if match(pattern, r[0])]
            chosen.sort(key=lambda r: (r[1].upper(), r[0].upper()))
            for name, kind, definition in chosen:
                yield member_definition(typename, name, kind, definition)

    def end(self) -> None:
        if not self.seen:
            self.error("You must specify an object for the Get-Member cmdlet.", "NoObjectInGetMember",
                       "CloseError", exception_type="InvalidOperationException")


# =====================================================================================
# Compare-Object
# =====================================================================================

@cmdlet("Compare-Object", UTILITY, [
    P("ReferenceObject", "PSObject[]", position=0, mandatory=True, help="Specifies an array of objects used as a reference for comparison."),
    P("DifferenceObject", "PSObject[]", position=1, mandatory=True, from_pipeline=True,
      help="Specifies the objects that are compared to the reference objects."),
    P("SyncWindow", "Int32", help="Specifies how far around each object to look for a match (default [Int32]::MaxValue)."),
    P("Property", "Object[]", help="Specifies an array of properties of the reference and difference objects to compare."),
    P("ExcludeDifferent", "SwitchParameter", help="Indicates that this cmdlet displays only the characteristics of compared objects that are equal."),
    P("IncludeEqual", "SwitchParameter", help="Indicates that this cmdlet displays characteristics of compared objects that are equal."),
    P("PassThru", "SwitchParameter", help="Returns the compared objects with a SideIndicator property instead of a new object."),
    P("Culture", "String", help="Specifies the culture to use for comparisons."),
    P("CaseSensitive", "SwitchParameter", help="Indicates that comparisons should be case-sensitive."),
], aliases=("compare", "diff"), output_type="System.Management.Automation.PSCustomObject",
    synopsis="Compares two sets of objects.",
    description="The Compare-Object cmdlet compares two sets of objects: a reference set and a "
                "difference set. '<=' marks objects only in the reference set, '=>' objects only in "
                "the difference set and, with -IncludeEqual, '==' objects in both.",
    examples=(
        ("Compare-Object -ReferenceObject 'a','b' -DifferenceObject 'b','c'",
         "Shows c with => and a with <=."),
    ))
class CompareObjectCommand(Cmdlet):
    """Compare-Object."""

    def begin(self) -> None:
        self.specs = parse_specs(self, self.params.get("Property"), SORT)
        self.case_sensitive = self.switch("CaseSensitive")
        self.window = self.params.get("SyncWindow", 2**31 - 1)
        self.include_equal = self.switch("IncludeEqual")
        self.exclude_different = self.switch("ExcludeDifferent")
        if self.exclude_different and not self.bound("IncludeEqual"):
            self.include_equal = True
        self.reference: Optional[list] = None
        self.ref_index = 0
        self.ref_backlog: list = []
        self.diff_backlog: list = []

    def _rows(self, objects: list[Any]) -> list[tuple[Any, list]]:
        return [(obj, order_values(self, self.specs, obj)) for obj in objects if obj is not None]

    def _equal(self, a: tuple, b: tuple) -> bool:
        left, right = a[1], b[1]
        for k in range(max(len(left), len(right))):
            x = left[k] if k < len(left) else MISSING
            y = right[k] if k < len(right) else MISSING
            if x is MISSING or y is MISSING:
                if x is not y:
                    return False
                continue
            if not (x is None and y is None) and compare(x, y, self.case_sensitive) != 0:
                return False
        return True

    def process(self) -> Iterator[Any]:
        refs = as_list(self.params.get("ReferenceObject"))
        diffs = as_list(current_input(self) if self.input is not NO_INPUT else self.params.get("DifferenceObject"))
        if not refs:
            for entry in self._rows(diffs):
                yield from self._emit(entry, "=>")
            return
        if self.reference is None:
            self.reference = self._rows(refs)
        for entry in self._rows(diffs):
            yield from self._step(entry)

    def _take(self, entry: Any, backlog: list) -> Optional[tuple]:
        if entry is None:
            return None
        for i, other in enumerate(backlog):
            if self._equal(entry, other):
                return backlog.pop(i)
        return None

    def _step(self, diff: Optional[tuple]) -> Iterator[Any]:
        ref = None
        if self.ref_index < len(self.reference):
            ref = self.reference[self.ref_index]
            self.ref_index += 1
        if ref is not None and diff is not None and self._equal(ref, diff):
            yield from self._emit(ref, "==")
            return
        matched = self._take(diff, self.ref_backlog)
        if matched is not None:
            yield from self._emit(matched, "==")
            diff = None
        if self._take(ref, self.diff_backlog) is not None:
            yield from self._emit(ref, "==")
            ref = None
        yield from self._backlog(diff, self.diff_backlog, "=>")
        yield from self._backlog(ref, self.ref_backlog, "<=")

    def _backlog(self, entry: Optional[tuple], backlog: list, side: str) -> Iterator[Any]:
        if entry is None:
            return
        if self.window <= 0:
            yield from self._emit(entry, side)
            return
        while len(backlog) >= self.window:
            yield from self._emit(backlog.pop(0), side)
        backlog.append(entry)

    def end(self) -> Iterator[Any]:
        if self.reference is None and as_list(self.params.get("ReferenceObject")) and \
                not as_list(self.params.get("DifferenceObject")):
            self.reference = self._rows(as_list(self.params.get("ReferenceObject")))
        if self.reference is not None:
            while self.ref_index < len(self.reference):
                yield from self._step(None)
        for entry in self.diff_backlog:
            yield from self._emit(entry, "=>")
        for entry in self.ref_backlog:
            yield from self._emit(entry, "<=")
        self.diff_backlog, self.ref_backlog = [], []

    def _emit(self, entry: tuple, side: str) -> Iterator[Any]:
        if side == "==" and not self.include_equal:
            return
        if side != "==" and self.exclude_different:
            return
        obj, values = entry
        if self.switch("PassThru"):
            if isinstance(obj, PSObject):
                obj.set("SideIndicator", side)
            yield obj
            return
        if not self.specs:
            props = [("InputObject", obj)]
        else:
            props = [(spec.text, None if v is MISSING else v) for spec, v in zip(self.specs, values)]
        result = PSObject(props)
        result.set("SideIndicator", side)
        yield result


# =====================================================================================
# Tee-Object
# =====================================================================================

def write_text_atomic(path: str, text: str, encoding: str, append: bool = False) -> None:
    """Write (or append) ``text`` to ``path`` through a temporary file and os.replace."""
    directory = os.path.dirname(os.path.abspath(path)) or "."
    old = b""
    if append and os.path.exists(path):
        with open(path, "rb") as handle:
            old = handle.read()
    data = text.encode(encoding)
    if old and encoding.startswith("utf-16") and data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        data = data[2:]
    fd, tmp = tempfile.mkstemp(prefix=".cspshell-", dir=directory)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(old + data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def formatted_lines(objects: list[Any], width: int) -> list[str]:
    """The console lines Out-Default would show for ``objects``."""
    from ..formatting.out_default import format_stream
    return list(format_stream(objects, width))


@cmdlet("Tee-Object", UTILITY, [
    P("InputObject", "PSObject", from_pipeline=True, help="Specifies the object to be saved and displayed."),
    P("FilePath", "String", position=0, mandatory=True, aliases=("Path",), sets=("File",),
      help="Specifies a file that this cmdlet saves the object to."),
    P("Append", "SwitchParameter", sets=("File",), help="Indicates that the cmdlet appends the output to the specified file."),
    P("LiteralPath", "String", mandatory=True, aliases=("PSPath",), sets=("LiteralFile",),
      help="Specifies a file that this cmdlet saves the object to, taken literally."),
    P("Variable", "String", mandatory=True, sets=("Variable",),
      help="Specifies a variable that the cmdlet saves the object to (without the $)."),
], aliases=("tee",), default_set="File", output_type="System.Management.Automation.PSObject",
    synopsis="Saves command output in a file or variable and also sends it down the pipeline.",
    description="The Tee-Object cmdlet writes output in two directions: it stores it in a file or "
                "variable and also sends it down the pipeline.",
    examples=(("Get-CsPool | Tee-Object -Variable pools | Select-Object Fqdn",
               "Saves the pools in $pools and shows their FQDNs."),))
class TeeObjectCommand(Cmdlet):
    """Tee-Object."""

    def begin(self) -> None:
        self.collected: list[Any] = []

    def process(self) -> Iterator[Any]:
        obj = current_input(self)
        if obj is NO_INPUT:
            return
        self.collected.append(obj)
        yield obj

    def end(self) -> None:
        if self.bound("Variable"):
            items = self.collected
            self.ctx.set_var(self.params["Variable"], items[0] if len(items) == 1 else (items or None))
            return
        path = self.params.get("FilePath") or self.params.get("LiteralPath")
        text = "".join(line + "\r\n" for line in formatted_lines(self.collected, self.ctx.width))
        write_text_atomic(self.ctx.resolve_path(path), "\ufeff" + text if not self.switch("Append") else text,
                          "utf-16-le", self.switch("Append"))


# =====================================================================================
# Add-Member / New-Object
# =====================================================================================

_MEMBER_TYPES = ("AliasProperty", "CodeProperty", "Property", "NoteProperty", "ScriptProperty",
                 "Properties", "PropertySet", "Method", "CodeMethod", "ScriptMethod", "Methods",
                 "ParameterizedProperty", "MemberSet", "Event", "Dynamic", "All")


@cmdlet("Add-Member", UTILITY, [
    P("InputObject", "PSObject", mandatory=True, from_pipeline=True, help="Specifies the object to which the new member is added."),
    P("MemberType", "PSMemberTypes", position=0, mandatory=True, aliases=("Type",), sets=("MemberSet",),
      validate_set=_MEMBER_TYPES, help="Specifies the type of the member to add (NoteProperty, AliasProperty, ScriptProperty, ScriptMethod...)."),
    P("Name", "String", position=1, mandatory=True, sets=("MemberSet",), help="Specifies the name of the member that this cmdlet adds."),
    P("Value", "Object", position=2, sets=("MemberSet",), help="Specifies the initial value of the added member."),
    P("SecondValue", "Object", position=3, sets=("MemberSet",), help="Specifies optional additional information about the member."),
    P("NotePropertyName", "String", position=0, mandatory=True, sets=("NotePropertySingleMemberSet",),
      help="Specifies the note property name."),
    P("NotePropertyValue", "Object", position=1, mandatory=True, sets=("NotePropertySingleMemberSet",),
      help="Specifies the note property value."),
    P("NotePropertyMembers", "IDictionary", position=0, mandatory=True, sets=("NotePropertyMultiMemberSet",),
      help="Specifies a hash table or ordered dictionary of note property names and values."),
    P("TypeName", "String", help="Specifies a name for the type (added to PSTypeNames)."),
    P("Force", "SwitchParameter", help="Adds a new member even if the object has a member of that name."),
    P("PassThru", "SwitchParameter", help="Returns the object with the added member."),
], default_set="TypeNameSet", output_type="System.Object",
    synopsis="Adds custom properties and methods to an instance of a PowerShell object.",
    description="The Add-Member cmdlet lets you add members (properties and methods) to an instance "
                "of a PowerShell object.",
    examples=(("$o = [pscustomobject]@{Name='x'}; $o | Add-Member -NotePropertyName Size -NotePropertyValue 3 -PassThru",
               "Adds a note property and returns the object."),))
class AddMemberCommand(Cmdlet):
    """Add-Member."""

    def process(self) -> Iterator[Any]:
        obj = current_input(self)
        if obj is NO_INPUT:
            return
        for name, value in self._members():
            if not isinstance(obj, PSObject):
                break
            if obj.has(name) and not self.switch("Force"):
                self.error(f'Cannot add a member with the name "{name}" because a member with that name already '
                           "exists. To overwrite the member anyway, add the Force parameter to your command.",
                           "MemberAlreadyExists", "InvalidOperation", obj, exception_type="InvalidOperationException")
                return
            obj.set(name, value)
        typename = self.params.get("TypeName")
        if typename and isinstance(obj, PSObject):
            obj.typenames.insert(0, typename)
        if self.switch("PassThru"):
            yield obj

    def _members(self) -> list[tuple[str, Any]]:
        if "NotePropertyMembers" in self.params:
            table = self.params["NotePropertyMembers"]
            return [(to_string(k), v) for k, v in table.items()]
        if "NotePropertyName" in self.params:
            return [(self.params["NotePropertyName"], self.params.get("NotePropertyValue"))]
        if "Name" not in self.params:
            return []
        return [(self.params["Name"], self._member_value(to_string(self.params.get("MemberType"))))]

    def _member_value(self, kind: str) -> Any:
        value = self.params.get("Value")
        lkind = kind.lower()
        if lkind == "aliasproperty":
            target_name = to_string(value)
            obj = current_input(self)
            return LazyValue(lambda: members.get_property(obj, target_name))
        if lkind == "scriptproperty":
            obj = current_input(self)
            return LazyValue(lambda: script_result(value, obj))
        if lkind == "noteproperty":
            return value
        self.terminate(f'Cannot add a member with type "{kind}". Specify a different type for the MemberTypes '
                       "parameter.", "CannotAddMemberType", "InvalidOperation", exception_type="InvalidOperationException")
        return None


_CUSTOM_OBJECT_TYPES = {"psobject", "system.management.automation.psobject", "pscustomobject",
                        "system.management.automation.pscustomobject", "object", "system.object"}


@cmdlet("New-Object", UTILITY, [
    P("TypeName", "String", position=0, mandatory=True, sets=("Net",), help="Specifies the fully qualified name of the .NET class."),
    P("ArgumentList", "Object[]", position=1, aliases=("Args",), sets=("Net",), help="Specifies the arguments of the constructor."),
    P("ComObject", "String", position=0, mandatory=True, sets=("Com",), help="Specifies the programmatic identifier of a COM object."),
    P("Strict", "SwitchParameter", sets=("Com",), help="Generates an error when a COM object uses an interop assembly."),
    P("Property", "IDictionary", help="Sets property values and invokes methods of the new object."),
], default_set="Net", output_type="System.Object",
    synopsis="Creates an instance of a Microsoft .NET Framework or COM object.",
    description="The New-Object cmdlet creates an instance of a .NET Framework object. In cspshell "
                "it creates PSObject (with -Property), hashtables, and a few simple types.",
    examples=(("New-Object PSObject -Property @{Name='x'; Size=3}", "Creates a custom object."),))
class NewObjectCommand(Cmdlet):
    """New-Object."""

    def process(self) -> Iterator[Any]:
        if "ComObject" in self.params:
            self.terminate("Retrieving the COM class factory for component with CLSID {} failed. COM objects "
                           "are not available in cspshell.", "NoCOMClassIdentified", "ResourceUnavailable")
        typename = self.params["TypeName"].strip()
        key = typename.lower().strip("[]")
        props = self.params.get("Property")
        if key in _CUSTOM_OBJECT_TYPES:
            obj = PSObject()
            for name, value in (props.items() if props is not None else []):
                obj.set(to_string(name), value)
            yield obj
            return
        if key in ("hashtable", "system.collections.hashtable"):
            yield PSHashtable(props.items() if props is not None else [])
            return
        if key in ("string", "system.string"):
            yield "".join(to_string(a) for a in as_list(self.params.get("ArgumentList")))
            return
        self.terminate(f"Cannot find type [{typename}]: verify that the assembly containing this type is loaded.",
                       "TypeNotFound", "InvalidType", exception_type="PSArgumentException")


# =====================================================================================
# Select-String / Get-Unique / Get-Random
# =====================================================================================

MATCHINFO = "Microsoft.PowerShell.Commands.MatchInfo"


def match_info(line: str, number: int, path: Optional[str], pattern: str, ignore_case: bool,
               matches: list) -> PSObject:
    """A MatchInfo; ToString() is the line, or ``path:number:line`` for a file match."""
    display = "InputStream" if path is None else path

    def text(obj: PSObject) -> str:
        return line if path is None else f"{display}:{number}:{line}"
    return new_object(MATCHINFO, [
        ("IgnoreCase", ignore_case), ("LineNumber", number), ("Line", line),
        ("Filename", "InputStream" if path is None else os.path.basename(path)), ("Path", display),
        ("Pattern", pattern), ("Context", None), ("Matches", matches)], tostring=text)


@cmdlet("Select-String", UTILITY, [
    P("Pattern", "String[]", position=0, mandatory=True, help="Specifies the text to find (a regular expression unless -SimpleMatch)."),
    P("Path", "String[]", position=1, mandatory=True, sets=("File",), help="Specifies the path to the files to search."),
    P("LiteralPath", "String[]", mandatory=True, aliases=("PSPath",), sets=("LiteralFile",), help="Specifies the path to the files to search, taken literally."),
    P("InputObject", "PSObject", mandatory=True, from_pipeline=True, sets=("Object",), help="Specifies the text to be searched."),
    P("SimpleMatch", "SwitchParameter", help="Indicates that the cmdlet uses a simple match rather than a regular expression match."),
    P("CaseSensitive", "SwitchParameter", help="Indicates that the cmdlet matches are case-sensitive."),
    P("Quiet", "SwitchParameter", help="Indicates that the cmdlet returns a Boolean value (True or False) instead of a MatchInfo object."),
    P("List", "SwitchParameter", help="Only the first instance of matching text is returned from each input file."),
    P("NotMatch", "SwitchParameter", help="Finds text that does not match the specified pattern."),
    P("AllMatches", "SwitchParameter", help="Indicates that the cmdlet searches for more than one match in each line of text."),
    P("Encoding", "String", help="Specifies the type of encoding for the target file."),
    P("Context", "Int32[]", help="Captures the specified number of lines before and after the line that matches the pattern."),
], aliases=("sls",), default_set="File", output_type=MATCHINFO,
    synopsis="Finds text in strings and files.",
    description="The Select-String cmdlet searches for text and text patterns in input strings and files.",
    examples=(("'beta-ls14-ee1','beta-ls14-se2' | Select-String 'ee'", "Returns the matching line."),))
class SelectStringCommand(Cmdlet):
    """Select-String."""

    def begin(self) -> None:
        self.patterns = [to_string(p) for p in as_list(self.params.get("Pattern"))]
        flags = 0 if self.switch("CaseSensitive") else re.IGNORECASE
        sources = [re.escape(p) for p in self.patterns] if self.switch("SimpleMatch") else self.patterns
        try:
            self.regexes = [re.compile(s, flags) for s in sources]
        except re.error as exc:
            self.terminate(f'The string {self.patterns[0]} is not a valid regular expression: {exc}',
                           "InvalidRegex", "InvalidArgument", self.patterns[0], exception_type="ArgumentException")
        self.line_number = 0
        self.found = False

    def _test(self, line: str, number: int, path: Optional[str]) -> Optional[Any]:
        for pattern, regex in zip(self.patterns, self.regexes):
            hit = regex.search(line)
            if (hit is not None) != self.switch("NotMatch"):
                found = [hit.group(0)] if hit else []
                if hit and self.switch("AllMatches"):
                    found = [m.group(0) for m in regex.finditer(line)]
                return match_info(line, number, path, pattern, not self.switch("CaseSensitive"), found)
        return None

    def process(self) -> Iterator[Any]:
        if self.switch("Quiet") and self.found:
            return
        obj = current_input(self)
        if obj is not NO_INPUT:
            if obj is None:
                return
            self.line_number += 1
            yield from self._emit(self._test(to_string(obj), self.line_number, None))
            return
        for path in as_list(self.params.get("Path")) + as_list(self.params.get("LiteralPath")):
            yield from self._search_file(path)

    def _search_file(self, path: str) -> Iterator[Any]:
        real = self.ctx.resolve_path(path)
        try:
            with open(real, encoding="utf-8-sig", errors="replace") as handle:
                lines = handle.read().splitlines()
        except OSError:
            self.error(f"Cannot find path '{real}' because it does not exist.", "PathNotFound", "ObjectNotFound",
                       path, exception_type="ItemNotFoundException")
            return
        for number, line in enumerate(lines, 1):
            info = self._test(line, number, real)
            if info is not None:
                yield from self._emit(info)
                if self.switch("List"):
                    return

    def _emit(self, info: Optional[Any]) -> Iterator[Any]:
        if info is None:
            return
        if self.switch("Quiet"):
            if not self.found:
                self.found = True
                yield True
            return
        yield info

    def end(self) -> Iterator[Any]:
        if self.switch("Quiet") and not self.found:
            yield False


@cmdlet("Get-Unique", UTILITY, [
    P("InputObject", "PSObject", from_pipeline=True, help="Specifies input for Get-Unique."),
    P("AsString", "SwitchParameter", sets=("AsString",), help="Indicates that this cmdlet uses the data as a string."),
    P("OnType", "SwitchParameter", sets=("UniqueByType",), help="Indicates that this cmdlet returns only one object of each type."),
], aliases=("gu",), default_set="AsString", output_type="System.Management.Automation.PSObject",
    synopsis="Returns unique items from a sorted list.",
    description="The Get-Unique cmdlet compares each item in a sorted list to the next item, "
                "eliminates duplicates, and returns only one instance of each item. Strings compare "
                "case-sensitively.",
    examples=(("1,1,2,2,3 | Get-Unique", "Returns 1, 2 and 3."),))
class GetUniqueCommand(Cmdlet):
    """Get-Unique."""

    def begin(self) -> None:
        self.last: Any = NO_INPUT

    def process(self) -> Iterator[Any]:
        obj = current_input(self)
        if obj is NO_INPUT:
            return
        if self.last is not NO_INPUT and not self._differs(obj, self.last):
            return
        self.last = obj
        yield obj

    def _differs(self, obj: Any, last: Any) -> bool:
        if self.switch("OnType"):
            return type_names(obj)[:1] != type_names(last)[:1]
        if self.switch("AsString"):
            return to_string(obj) != to_string(last)
        if obj is None or last is None:
            return (obj is None) != (last is None)
        return compare(obj, last, True) != 0


def session_random(ctx: Any) -> random.Random:
    """The session's random generator (seeded 0 until Get-Random -SetSeed reseeds it)."""
    session = getattr(ctx, "session", None)
    holder = session if session is not None else ctx
    rng = getattr(holder, "cspshell_random", None)
    if rng is None:
        rng = random.Random(0)
        try:
            setattr(holder, "cspshell_random", rng)
        except AttributeError:
            return rng
    return rng


@cmdlet("Get-Random", UTILITY, [
    P("SetSeed", "Int32", help="Specifies a seed value for the random number generator (deterministic sequence)."),
    P("Maximum", "Object", position=0, sets=("RandomNumberParameterSet",), help="Specifies a maximum value (exclusive) for the random number."),
    P("Minimum", "Object", sets=("RandomNumberParameterSet",), help="Specifies a minimum value for the random number."),
    P("InputObject", "Object[]", position=0, mandatory=True, from_pipeline=True, sets=("RandomListItemParameterSet",),
      help="Specifies a collection of objects from which to select."),
    P("Count", "Int32", sets=("RandomListItemParameterSet",), help="Specifies the number of objects to return."),
], default_set="RandomNumberParameterSet", output_type="System.Int32",
    synopsis="Gets a random number, or selects objects randomly from a collection.",
    description="The Get-Random cmdlet gets a randomly selected number, or selects objects randomly "
                "from a collection. cspshell's generator starts from a fixed seed so runs repeat; "
                "-SetSeed reseeds it.",
    examples=(("Get-Random -Maximum 100 -SetSeed 23", "Returns the same number every time."),
              ("Get-CsUser | Get-Random", "Picks one user at random.")))
class GetRandomCommand(Cmdlet):
    """Get-Random."""

    def begin(self) -> None:
        self.rng = session_random(self.ctx)
        if self.bound("SetSeed"):
            self.rng.seed(self.params["SetSeed"])
        self.pool: list[Any] = []

    def process(self) -> None:
        if self.input is not NO_INPUT:
            self.pool.append(self.input)
        elif "InputObject" in self.params:
            self.pool.extend(as_list(self.params["InputObject"]))

    def end(self) -> Iterator[Any]:
        if self.pool or "InputObject" in self.params:
            count = min(self.params.get("Count", 1), len(self.pool))
            yield from self.rng.sample(self.pool, count)
            return
        yield self._number()

    def _number(self) -> Any:
        low, high = self.params.get("Minimum"), self.params.get("Maximum")
        floats = any(isinstance(v, float) for v in (low, high))
        low = 0 if low is None else low
        if floats:
            high = float(2**31 - 1) if high is None else float(high)
            self._check_range(low, high)
            return low + self.rng.random() * (high - float(low))
        low = to_int(low)
        high = 2**31 - 1 if high is None else to_int(high)
        self._check_range(low, high)
        return self.rng.randrange(low, high)

    def _check_range(self, low: Any, high: Any) -> None:
        if low >= high:
            self.terminate(f"The Minimum value ({to_string(low)}) cannot be greater than or equal to the "
                           f"Maximum value ({to_string(high)}).", "MinGreaterThanOrEqualMax", "InvalidArgument",
                           exception_type="ArgumentException")
