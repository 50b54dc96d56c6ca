"""Parameter binding: arguments as evaluated from the command line (and, per object, from
the pipeline) onto a command's declared parameters, with Windows PowerShell 5.1's rules
and error texts.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import Any, Callable, Optional

from ..cmdlets.registry import ALL_SETS, DOTNET_TYPES, CommandInfo, Parameter
from ..errors import ErrorRecord, Extent, PSError
from ..objects import convert as C
from ..objects.credential import PS_CREDENTIAL
from ..objects.members import MISSING, get_property
from ..objects.psobject import PSHashtable, PSObject
from .validation import ValidationFailure, validation_error

ACTION_PREFERENCES = ("SilentlyContinue", "Stop", "Continue", "Inquire", "Ignore", "Suspend")
NO_VALUE = object()


@dataclass
class Arg:
    """One evaluated command element: a parameter name (with optional value) or a value."""

    value: Any = NO_VALUE
    name: Optional[str] = None     # the parameter name as typed, without the dash
    extent: Optional[Extent] = None
    colon: bool = False            # -Name:value
    splatted: bool = False


class Bound:
    """The result of binding: parameter values and the parameter sets still possible."""

    def __init__(self, info: CommandInfo):
        self.info = info
        self.values: dict[str, Any] = {}
        self.sets: list[str] = list(info.parameter_sets)
        self.extra_args: list[Any] = []   # unbound positional values ($args of simple functions)


def binding_error(info: CommandInfo, invocation_name: str, extent: Optional[Extent], message: str,
                  error_id: str, category: str = "InvalidArgument", target: Any = None,
                  exception_type: str = "ParameterBindingException") -> PSError:
    return PSError(ErrorRecord(
        message=message, error_id=error_id, category=category, target=target,
        exception_type=exception_type, command=invocation_name, command_class=info.command_class or None,
        extent=extent, activity=info.name))


class Binder:
    """Binds the arguments of one command invocation."""

    def __init__(self, info: CommandInfo, invocation_name: str, command_extent: Optional[Extent],
                 simple_function: bool = False):
        self.info = info
        self.name = invocation_name
        self.command_extent = command_extent
        self.simple_function = simple_function
        # Per-object work is repeated 100,000 times in a long pipeline, while what it depends
        # on (the names bound from the command line, the sets still possible) rarely changes:
        # both caches are keyed on exactly that state.
        self._pipe_candidates: dict[tuple, tuple[list[Parameter], list[Parameter]]] = {}
        self._mandatory_ok: set[tuple] = set()
        self._converters: dict[str, Callable[[Any], Any]] = {}

    def fail(self, message: str, error_id: str, extent: Optional[Extent] = None,
             category: str = "InvalidArgument", target: Any = None) -> PSError:
        return binding_error(self.info, self.name, extent or self.command_extent, message, error_id,
                             category, target)

    # -- names ---------------------------------------------------------------------------
    def resolve_name(self, typed: str, extent: Optional[Extent]) -> Parameter:
        """A parameter by exact name/alias, then by unique prefix (declared ones win)."""
        key = typed.lower()
        params = self.info.all_parameters
        for p in params:
            if p.name.lower() == key or key in (a.lower() for a in p.aliases):
                return p
        matches = [p for p in params if p.name.lower().startswith(key)
                   or any(a.lower().startswith(key) for a in p.aliases)]
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            declared = [p for p in matches if not p.common]
            if len(declared) == 1:
                return declared[0]
            names = " ".join("-" + p.name for p in matches)
            raise self.fail(
                f"Parameter cannot be processed because the parameter name '{typed}' is ambiguous. "
                f"Possible matches include: {names}.", "AmbiguousParameter", self.command_extent)
        raise self.fail(f"A parameter cannot be found that matches parameter name '{typed}'.",
                        "NamedParameterNotFound", extent)

    # -- whole binding -------------------------------------------------------------------------
    def bind(self, args: list[Arg], expects_input: bool, prompt: Any = None) -> Bound:
        bound = Bound(self.info)
        positional: list[Arg] = []
        i = 0
        while i < len(args):
            arg = args[i]
            if arg.name is None:
                positional.append(arg)
                i += 1
                continue
            if self.simple_function and not self._knows(arg.name):
                bound.extra_args.append(self._literal_parameter(arg))
                i += 1
                continue
            remaining = self._remaining_for_unknown(arg.name)
            if remaining is not None:
                literal = self._literal_parameter(arg)
                current = bound.values.get(remaining.name)
                extra = literal if isinstance(literal, list) else [literal]
                bound.values[remaining.name] = (list(current) if current else []) + extra
                i += 1
                continue
            param = self.resolve_name(arg.name, arg.extent)
            if param.name in bound.values:
                raise self.fail(
                    f"Cannot bind parameter because parameter '{param.name}' is specified more than once. "
                    "To provide multiple values to parameters that can accept multiple values, use the array "
                    'syntax. For example, "-parameter value1,value2,value3".', "ParameterAlreadyBound", arg.extent)
            if arg.value is not NO_VALUE:
                value = arg.value
            elif param.is_switch:
                value = True
            else:
                nxt = args[i + 1] if i + 1 < len(args) else None
                if nxt is None or nxt.name is not None:
                    raise self.fail(
                        f"Missing an argument for parameter '{param.name}'. Specify a parameter of type "
                        f"'{param.dotnet_type}' and try again.", "MissingArgument", arg.extent)
                value = nxt.value
                arg = Arg(value, arg.name, nxt.extent or arg.extent)
                i += 1
            bound.values[param.name] = self.coerce(param, value, arg.extent)
            self._narrow_sets(bound, param)
            i += 1
        self._bind_positional(bound, positional)
        self._check_sets(bound)
        if not expects_input:
            if prompt is not None:
                self._prompt_missing(bound, prompt)
            self.check_mandatory(bound, pipeline_done=True)
        else:
            self.check_mandatory(bound, pipeline_done=False)
        return bound

    def _prompt_missing(self, bound: Bound, prompt: Any) -> None:
        """Ask an interactive host for missing mandatory values, as the 5.1 console does."""
        missing = self.missing_mandatory(bound)
        if not missing:
            return
        header = (f"cmdlet {self.info.name} at command pipeline position 1\n"
                  "Supply values for the following parameters:")
        first = True
        for param in missing:
            # a PSCredential field is asked by its name alone, then the console's credential prompt
            credential = param.dotnet_type == PS_CREDENTIAL
            answer = prompt(header if first else None, param.name if credential else f"{param.name}: ", credential)
            first = False
            if answer is None:
                return
            if answer == "" and not param.type.endswith("[]"):
                raise self.fail(f"Cannot bind argument to parameter '{param.name}' because it is an empty string.",
                                "ParameterArgumentValidationErrorEmptyStringNotAllowed", self.command_extent,
                                "InvalidData")
            bound.values[param.name] = self.coerce(param, answer, None)

    def _remaining_for_unknown(self, typed: str) -> Optional[Parameter]:
        """The ValueFromRemainingArguments parameter an unknown -Name goes to (5.1's binder)."""
        if self._knows(typed):
            return None
        return next((p for p in self.info.parameters if p.remaining), None)

    def _knows(self, typed: str) -> bool:
        key = typed.lower()
        return any(p.name.lower().startswith(key) or any(a.lower().startswith(key) for a in p.aliases)
                   for p in self.info.all_parameters)

    @staticmethod
    def _literal_parameter(arg: Arg) -> Any:
        text = "-" + arg.name + (":" if arg.colon else "")
        return text if arg.value is NO_VALUE else [text, arg.value]

    def _narrow_sets(self, bound: Bound, param: Parameter) -> None:
        if param.sets:
            remaining = [s for s in bound.sets if s in param.sets]
            if not remaining:
                raise self.fail("Parameter set cannot be resolved using the specified named parameters.",
                                "AmbiguousParameterSet", self.command_extent)
            bound.sets = remaining

    def _bind_positional(self, bound: Bound, positional: list[Arg]) -> None:
        for arg in positional:
            candidates = [p for p in self.info.parameters
                          if p.position is not None and p.name not in bound.values
                          and any(p.in_set(s) for s in bound.sets)]
            if not candidates:
                remaining = next((p for p in self.info.parameters if p.remaining
                                  and any(p.in_set(s) for s in bound.sets)), None)
                if remaining is not None:
                    current = bound.values.get(remaining.name)
                    bound.values[remaining.name] = (list(current) if current else []) + \
                        list(self.coerce(remaining, [arg.value], arg.extent) or [])
                    self._narrow_sets(bound, remaining)
                    continue
                if self.simple_function:
                    bound.extra_args.append(arg.value)
                    continue
                raise self.fail(f"A positional parameter cannot be found that accepts argument "
                                f"'{C.to_string(arg.value)}'.", "PositionalParameterNotFound", self.command_extent)
            lowest = min(p.position for p in candidates)
            at = [p for p in candidates if p.position == lowest]
            param = _prefer_by_type(at, arg.value)
            if param.remaining:
                value = arg.value if isinstance(arg.value, list) else [arg.value]
                bound.values[param.name] = self.coerce(param, value, arg.extent)
            else:
                bound.values[param.name] = self.coerce(param, arg.value, arg.extent)
            self._narrow_sets(bound, param)

    def _check_sets(self, bound: Bound) -> None:
        if len(bound.sets) > 1 and self.info.default_set in bound.sets:
            # keep every candidate; the default one is preferred when nothing else decides
            bound.sets.remove(self.info.default_set)
            bound.sets.insert(0, self.info.default_set)

    def missing_mandatory(self, bound: Bound) -> list[Parameter]:
        """The mandatory parameters of the first remaining set that are still unbound."""
        best: Optional[list[Parameter]] = None
        for set_name in bound.sets:
            missing = [p for p in self.info.parameters
                       if p.mandatory and p.in_set(set_name) and p.name not in bound.values]
            if not missing:
                return []
            if best is None:
                best = missing
        return best or []

    def check_mandatory(self, bound: Bound, pipeline_done: bool) -> None:
        """Fail when no remaining parameter set has all its mandatory parameters bound."""
        key = (pipeline_done, frozenset(bound.values), tuple(bound.sets))
        if key in self._mandatory_ok:
            return
        self._check_mandatory(bound, pipeline_done)
        self._mandatory_ok.add((pipeline_done, frozenset(bound.values), tuple(bound.sets)))

    def _check_mandatory(self, bound: Bound, pipeline_done: bool) -> None:
        missing_by_set = []
        for set_name in bound.sets:
            missing = [p for p in self.info.parameters
                       if p.mandatory and p.in_set(set_name) and p.name not in bound.values
                       and (pipeline_done or not (p.from_pipeline or p.from_pipeline_by_name))]
            if missing and not pipeline_done and set_name == self.info.default_set \
                    and not self._other_set_fits(bound):
                # 5.1 asks for the default set's own parameters ('x' | Out-File -> FilePath)
                # rather than hope an input property binds another set's
                missing_by_set = [missing]
                break
            if not missing:
                bound.sets = [set_name] + [s for s in bound.sets if s != set_name]
                return
            missing_by_set.append(missing)
        if not missing_by_set:
            return
        missing = missing_by_set[0]
        names = ", ".join(p.name for p in missing)
        raise self.fail(f"Cannot process command because of one or more missing mandatory parameters: {names}.",
                        "MissingMandatoryParameter", self.command_extent)

    def _other_set_fits(self, bound: Bound) -> bool:
        """True when a remaining set other than the default one has every mandatory parameter
        bound already, or takes the input object itself (a mandatory ValueFromPipeline one)."""
        for set_name in bound.sets:
            if set_name == self.info.default_set:
                continue
            unbound = [p for p in self.info.parameters
                       if p.mandatory and p.in_set(set_name) and p.name not in bound.values]
            if not unbound or any(p.from_pipeline for p in unbound):
                return True
        return False

    # -- pipeline ------------------------------------------------------------------------------
    def bind_pipeline(self, bound: Bound, item: Any) -> dict[str, Any]:
        """Values of the pipeline parameters for one input object (empty when none binds)."""
        result: dict[str, Any] = {}
        key = (frozenset(bound.values), tuple(bound.sets))
        candidates = self._pipe_candidates.get(key)
        if candidates is None:
            params = [p for p in self.info.parameters if p.name not in bound.values
                      and any(p.in_set(s) for s in bound.sets)]
            candidates = self._pipe_candidates[key] = (
                [p for p in params if p.from_pipeline], [p for p in params if p.from_pipeline_by_name])
        by_value, by_name = candidates
        for p in by_value:
            if accepts_without_coercion(p, item):
                result[p.name] = self.coerce(p, item, None)
                break
        for p in by_name:
            if p.name not in result:
                value = _property_for(item, p)
                if value is not MISSING:
                    result[p.name] = self.coerce(p, value, None)
        if result:
            return result
        for p in by_value:
            if p.type in _COERCE or accepts_without_coercion(p, item):
                try:
                    result[p.name] = self.coerce(p, item, None)
                    return result
                except PSError:
                    continue
        return result

    # -- conversion --------------------------------------------------------------------------
    def coerce(self, param: Parameter, value: Any, extent: Optional[Extent]) -> Any:
        """Convert an argument to the parameter's type, with PowerShell's error text."""
        conv = self._converters.get(param.name)
        if conv is None:
            conv = self._converters[param.name] = self._converter(param)
        try:
            value = conv(value)
        except C.PSConversionError as exc:
            if self.info.function is not None:
                raise binding_error(self.info, self.name, extent,
                                    f"Cannot process argument transformation on parameter '{param.name}'. {exc.message}",
                                    "ParameterArgumentTransformationError", "InvalidData",
                                    exception_type="ParameterBindingArgumentTransformationException") from exc
            raise self.fail(f"Cannot bind parameter '{param.name}'. {exc.message}",
                            "CannotConvertArgumentNoMessage", extent) from exc
        except _NotConvertible as exc:
            if self.info.function is not None and exc.error_id == "ParameterArgumentTransformationError":
                raise binding_error(self.info, self.name, extent, exc.message.format(name=param.name),
                                    exc.error_id, "InvalidData",
                                    exception_type="ParameterBindingArgumentTransformationException") from exc
            raise self.fail(exc.message.format(name=param.name), exc.error_id, extent) from exc
        if param.validate_set and value is not None:
            allowed = {v.lower(): v for v in param.validate_set}
            for v in (value if isinstance(value, list) else [value]):
                if C.to_string(v).lower() not in allowed:
                    raise binding_error(
                        self.info, self.name, extent,
                        f"Cannot validate argument on parameter '{param.name}'. The argument \"{C.to_string(v)}\" "
                        f"does not belong to the set \"{','.join(param.validate_set)}\" specified by the "
                        "ValidateSet attribute. Supply an argument that is in the set and then try the command again.",
                        "ParameterArgumentValidationError", "InvalidData",
                        exception_type="ParameterBindingValidationException")
        if param.validators:
            try:
                for check in param.validators:
                    check(value)
            except ValidationFailure as exc:
                raise validation_error(self.info, self.name, extent, param, exc) from exc
        return value

    def _converter(self, param: Parameter) -> Callable[[Any], Any]:
        """The conversion ``coerce`` applies to values of ``param`` (built once per binder:
        a pipeline converts every input object with it)."""
        conv = _COERCE.get(param.type)
        if conv is not None:
            return conv
        full = C.resolve_type(param.type) if self.info.function is not None else None
        if full is None or full in ("System.Object", "System.Management.Automation.PSObject"):
            return _one_value(param) if self.info.function is None and _declared_scalar(param) else _as_is
        return lambda v: C.convert_to(v, full)


def _as_is(value: Any) -> Any:
    return value


def _declared_scalar(param: Parameter) -> bool:
    """True for a cmdlet parameter of a declared .NET class that is neither an array nor Object
    (a Lync UserIdParameter, Fqdn, XdsIdentity ...)."""
    return param.type in DOTNET_TYPES and not param.type.endswith("[]") and param.type not in ("Object", "PSObject")


def _one_value(param: Parameter) -> Any:
    """5.1's CoerceTypeAsNeeded for a scalar parameter: a one-element array gives its element,
    a longer one is refused (NotSupportedException, "Specified method is not supported.")."""
    message = (f"Cannot convert 'System.Object[]' to the type '{param.dotnet_type}' required by parameter "
               "'{name}'. Specified method is not supported.")

    def convert(value: Any) -> Any:
        if not isinstance(value, list):
            return value
        if len(value) == 1:
            return value[0]
        raise _NotConvertible(message, "CannotConvertArgument")
    return convert


class _NotConvertible(Exception):
    def __init__(self, message: str, error_id: str = "CannotConvertArgumentNoMessage"):
        super().__init__(message)
        self.message = message
        self.error_id = error_id


def _to_str(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, list):
        if len(value) == 1:
            return C.to_string(value[0])
        raise _NotConvertible(
            "Cannot convert 'System.Object[]' to the type 'System.String' required by parameter '{name}'. "
            "Specified method is not supported.", "CannotConvertArgument")
    return C.to_string(value)


def _to_str_array(value: Any) -> Any:
    if value is None:
        return None
    return [C.to_string(v) for v in C.enumerate_value(value)]


def _to_int(value: Any) -> Any:
    if isinstance(value, list) and len(value) == 1:
        value = value[0]
    if isinstance(value, list):
        raise _NotConvertible(
            "Cannot convert 'System.Object[]' to the type 'System.Int32' required by parameter '{name}'. "
            "Specified method is not supported.", "CannotConvertArgument")
    return C.to_int(value)


def _to_int_array(value: Any) -> Any:
    return [C.to_int(v) for v in C.enumerate_value(value)]


def _to_double(value: Any) -> Any:
    return C.to_double(value[0] if isinstance(value, list) and len(value) == 1 else value)


def _to_bool(value: Any) -> bool:
    if isinstance(value, list) and len(value) == 1:
        value = value[0]
    if isinstance(value, str):
        raise _NotConvertible(
            "Cannot process argument transformation on parameter '{name}'. Cannot convert value "
            '"System.String" to type "System.Boolean". Boolean parameters accept only Boolean values and '
            "numbers, such as $True, $False, 1 or 0.", "ParameterArgumentTransformationError")
    return C.to_bool(value)


def _to_scriptblock(value: Any) -> Any:
    if type(value).__name__ == "ScriptBlock" or value is None:
        return value
    raise _NotConvertible(
        'Cannot bind parameter \'{name}\'. Cannot convert the "' + C.to_string(value).replace("{", "{{").replace("}", "}}")
        + '" value of type "' + C.type_name(value) + '" to type "System.Management.Automation.ScriptBlock".')


def _to_scriptblocks(value: Any) -> list:
    return [_to_scriptblock(v) for v in C.enumerate_value(value)]


def _to_object_array(value: Any) -> Any:
    if value is None:
        return None
    return list(value) if isinstance(value, (list, tuple)) else [value]


def _to_hashtable(value: Any) -> Any:
    if value is None or isinstance(value, PSHashtable):
        return value
    raise C.PSConversionError(
        f'Cannot convert the "{C.to_string(value)}" value of type "{C.type_name(value)}" to type '
        f'"System.Collections.Hashtable".')


def _enum_member(value: Any, names: tuple[str, ...], dotnet_type: str) -> str:
    """An enum parameter's value: a member name (any case) or its number, as .NET's Enum.Parse
    reads it, with PowerShell's conversion error for anything else."""
    if C.is_number(value) and 0 <= int(value) < len(names):
        return names[int(value)]
    text = C.to_string(value).strip()
    if text.isdigit() and int(text) < len(names):
        return names[int(text)]
    for name in names:
        if name.lower() == text.lower():
            return name
    raise C.PSConversionError(
        f'Cannot convert value "{text}" to type "{dotnet_type}". Error: "Unable to match the identifier '
        f'name {text} to a valid enumerator name. Specify one of the following enumerator names and try '
        f'again:\n{", ".join(names)}"')


def _to_action(value: Any) -> str:
    return _enum_member(value, ACTION_PREFERENCES, "System.Management.Automation.ActionPreference")


def _to_timespan(value: Any) -> _dt.timedelta:
    return C.convert_to(value, "System.TimeSpan")


CONSOLE_COLORS = ("Black", "DarkBlue", "DarkGreen", "DarkCyan", "DarkRed", "DarkMagenta", "DarkYellow", "Gray",
                  "DarkGray", "Blue", "Green", "Cyan", "Red", "Magenta", "Yellow", "White")


def _to_console_color(value: Any) -> str:
    """A System.ConsoleColor name from a name (any case) or its number 0-15."""
    return _enum_member(value, CONSOLE_COLORS, "System.ConsoleColor")


_COERCE = {
    "SwitchParameter": C.to_bool, "Boolean": _to_bool, "String": _to_str, "String[]": _to_str_array,
    "Int32": _to_int, "Int64": lambda v: C.PSLong(_to_int(v)), "UInt16": _to_int, "Int32[]": _to_int_array,
    "Double": _to_double, "ScriptBlock": _to_scriptblock, "ScriptBlock[]": _to_scriptblocks,
    "Object[]": _to_object_array, "Hashtable": _to_hashtable, "ActionPreference": _to_action,
    "TimeSpan": _to_timespan, "ConsoleColor": _to_console_color,
}


def _prefer_by_type(params: list[Parameter], value: Any) -> Parameter:
    if len(params) == 1:
        return params[0]
    is_block = type(value).__name__ == "ScriptBlock"
    for p in params:
        if is_block == p.type.startswith("ScriptBlock"):
            return p
    return params[0]


def accepts_without_coercion(param: Parameter, item: Any) -> bool:
    """True when a pipeline object binds by value to ``param`` as it is (5.1 tries these
    bindings before any by-property-name or converting one)."""
    t = param.type
    if t in ("Object", "PSObject", "Object[]"):
        return True
    if t in ("String", "String[]"):
        return isinstance(item, str)
    if t in ("Int32", "Int64", "Double"):
        return C.is_number(item)
    if t.startswith("ScriptBlock"):
        return type(item).__name__ == "ScriptBlock"
    if t == "Hashtable":
        return isinstance(item, PSHashtable)
    if isinstance(item, str) or item is None:
        # $null is assignable to any reference type: it binds, and a mandatory parameter's
        # validation then refuses it ("Cannot bind argument ... because it is null.").
        return True
    # A Lync identity parameter takes the Lync object itself (an ADUser, a pool...), not any object.
    return isinstance(item, PSObject) and item.type_name.startswith("Microsoft.Rtc.")


def _property_for(item: Any, param: Parameter) -> Any:
    if item is None or isinstance(item, (str, int, float, bool)):
        return MISSING
    for name in (param.name, *param.aliases):
        value = get_property(item, name, MISSING)
        if value is not MISSING:
            return value
    return MISSING


__all__ = ["Arg", "Bound", "Binder", "NO_VALUE", "ALL_SETS", "accepts_without_coercion", "binding_error"]
