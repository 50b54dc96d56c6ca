"""Where-Object (script block or comparison statement form) and ForEach-Object (script
blocks, or a property or method named by -MemberName).
"""
from __future__ import annotations

import re
from typing import Any, Callable, Iterator

from ..errors import PSError
from ..objects import members
from ..objects.convert import (PSConversionError, PSType, compare, equals, resolve_type, to_bool,
                               to_string, type_names)
from ..objects.psobject import PSHashtable, PSObject
from ..objects.wildcard import WildcardPatternError, has_wildcards, match
from .base import NO_INPUT, Cmdlet
from .registry import CORE, Parameter, cmdlet
from .utility import as_list, current_input

P = Parameter


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
