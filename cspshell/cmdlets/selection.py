"""Choosing which input objects go on: Select-Object (properties, calculated properties,
-ExpandProperty, -First/-Last/-Skip/-SkipLast/-Index, -Unique) and Get-Random (a random
number, or random picks from the input).
"""
from __future__ import annotations

import random
from collections import deque
from typing import Any, Iterator

from ..objects.convert import PSConversionError, PSLong, parse_number, to_double, to_int, to_string
from ..objects.psobject import PSCUSTOMOBJECT, PSObject, with_notes
from ..objects.wildcard import match_any
from ..language.validation import Range
from .base import NO_INPUT, Cmdlet
from .calculated import SELECT, PropertySpec, PropertySpecError, parse_properties, parse_property
from .registry import UTILITY, Parameter, cmdlet
from .utility import (as_list, base_type_name, current_input, is_custom_object, spec_error,
                      stop_upstream, value_identity)

P = Parameter
_INT32_MAX = 2**31 - 1
# Select-Object -First/-Last/-Skip/-SkipLast: [ValidateRange(0, int.MaxValue)] in 5.1
_NOT_NEGATIVE = Range(0, _INT32_MAX)


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
    P("Last", "Int32", sets=("DefaultParameter",), validators=(_NOT_NEGATIVE,),
      help="Specifies the number of objects to select from the end of an array of input objects."),
    P("First", "Int32", sets=("DefaultParameter",), validators=(_NOT_NEGATIVE,),
      help="Specifies the number of objects to select from the beginning of an array of input objects."),
    P("Skip", "Int32", sets=("DefaultParameter",), validators=(_NOT_NEGATIVE,),
      help="Skips (does not select) the specified number of items."),
    P("SkipLast", "Int32", sets=("SkipLastParameter",), validators=(_NOT_NEGATIVE,),
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
            elif notes:
                item = with_notes(item, notes)
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
# Get-Random
# =====================================================================================

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


_DOUBLE_MAX = 1.7976931348623157e308


def _random_operand(value: Any) -> Any:
    """A Get-Random bound as a number: strings are read as numeric literals."""
    if isinstance(value, str):
        number = parse_number(value)
        return value if number is None else number
    return value


def _fits(value: Any, limit: int) -> bool:
    """An integer (not a Boolean) within [-limit, limit)."""
    return isinstance(value, int) and not isinstance(value, bool) and -limit <= value < limit


@cmdlet("Get-Random", UTILITY, [
    P("SetSeed", "Int32", help="Specifies a seed value for the random number generator (deterministic sequence)."),
    P("Maximum", "Object", position=0, sets=("RandomNumberParameterSet",), help="Specifies a maximum value (exclusive) for the random number."),
    P("Minimum", "Object", sets=("RandomNumberParameterSet",), help="Specifies a minimum value for the random number."),
    P("InputObject", "Object[]", position=0, mandatory=True, from_pipeline=True, sets=("RandomListItemParameterSet",),
      help="Specifies a collection of objects from which to select."),
    P("Count", "Int32", sets=("RandomListItemParameterSet",), validators=(Range(1, _INT32_MAX),),
      help="Specifies the number of objects to return."),
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
        """An Int32 between Int32 bounds, an Int64 when a bound needs one, else a Double
        (GetRandomCommand: the operands' types choose, a string is scanned as a number)."""
        low, high = (_random_operand(self.params.get(name)) for name in ("Minimum", "Maximum"))
        if all(v is None or _fits(v, 2**31) for v in (low, high)):
            low, high = (0 if low is None else int(low)), (2**31 - 1 if high is None else int(high))
            self._check_range(low, high)
            return self.rng.randrange(low, high)
        if all(v is None or _fits(v, 2**63) for v in (low, high)):
            low, high = (0 if low is None else int(low)), (2**63 - 1 if high is None else int(high))
            self._check_range(low, high)
            return PSLong(self.rng.randrange(low, high))
        try:
            low = 0.0 if low is None else to_double(low)
            high = _DOUBLE_MAX if high is None else to_double(high)
        except PSConversionError as exc:
            self.terminate(exc.message, exc.error_id, "InvalidArgument", exception_type="PSInvalidCastException")
        self._check_range(low, high)
        return low + self.rng.random() * (high - low)

    def _check_range(self, low: Any, high: Any) -> None:
        if low >= high:
            self.terminate(f"The Minimum value ({to_string(low)}) cannot be greater than or equal to the "
                           f"Maximum value ({to_string(high)}).", "MinGreaterThanOrEqualMax", "InvalidArgument",
                           exception_type="ArgumentException")
