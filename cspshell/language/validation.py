"""Validation attributes of function and script-block parameters, checked as Windows
PowerShell 5.1's parameter binder checks them (ParameterBinderBase.BindParameter): after the
argument is converted to the parameter's type, each attribute in declaration order, then, for a
mandatory parameter, the null / empty check that AllowNull, AllowEmptyString and
AllowEmptyCollection relax.

Every check raises ``ValidationFailure``; the binder turns it into the ParameterBindingValidation
error record. Texts are System.Management.Automation's Metadata.resx and
ParameterBinderStrings.resx.
"""
from __future__ import annotations

from typing import Any, Callable, Optional

from ..objects import convert as C
from ..objects.psobject import PSHashtable
from . import ast as A

NULL_FAILURE = ("The argument is null. Provide a valid value for the argument, and then try running the command "
                "again.")
NULL_COLLECTION_FAILURE = ("The argument has a null value, or an element of the argument collection contains a null "
                           "value. Provide a collection that does not contain any null values, and then try the "
                           "command again.")
NULL_OR_EMPTY_FAILURE = ("The argument is null or empty. Provide an argument that is not null or empty, and then try "
                         "the command again.")
NULL_OR_EMPTY_COLLECTION_FAILURE = ("The argument is null, empty, or an element of the argument collection contains "
                                    "a null value. Supply a collection that does not contain any null values and then "
                                    "try the command again.")


class ValidationFailure(Exception):
    """A value refused by a parameter's metadata.

    ``wrapped`` failures come from a validation attribute: the binder prefixes them with
    ``Cannot validate argument on parameter 'X'.`` and reports ParameterArgumentValidationError;
    the mandatory null/empty checks carry their own whole message and error id.
    """

    def __init__(self, message: str, error_id: str = "ParameterArgumentValidationError", wrapped: bool = True):
        super().__init__(message)
        self.message = message
        self.error_id = error_id
        self.wrapped = wrapped


def _elements(value: Any) -> list:
    """What a ValidateEnumeratedArguments attribute checks: each element of a collection."""
    if value is None:
        raise ValidationFailure(NULL_OR_EMPTY_COLLECTION_FAILURE)
    if isinstance(value, (list, tuple)):
        return list(value)
    return [value]


def _count(value: Any) -> Optional[int]:
    """ValidateCount's length: None counts 0; a string counts its characters (it is IEnumerable)."""
    if value is None:
        return 0
    if isinstance(value, (list, tuple, str, PSHashtable)):
        return len(value)
    return None


class NotNull:
    """[ValidateNotNull()]: the value, or an element of a collection, must not be null."""

    def __call__(self, value: Any) -> None:
        if value is None:
            raise ValidationFailure(NULL_FAILURE)
        if isinstance(value, (list, tuple)) and any(v is None for v in value):
            raise ValidationFailure(NULL_COLLECTION_FAILURE)


class NotNullOrEmpty:
    """[ValidateNotNullOrEmpty()]: no null, no empty string, no empty collection."""

    def __call__(self, value: Any) -> None:
        if value is None or (isinstance(value, str) and not value):
            raise ValidationFailure(NULL_OR_EMPTY_FAILURE)
        if isinstance(value, PSHashtable) and not len(value):
            raise ValidationFailure(NULL_OR_EMPTY_COLLECTION_FAILURE)
        if not isinstance(value, (list, tuple)):
            return
        if not value or any(v is None for v in value):
            raise ValidationFailure(NULL_OR_EMPTY_COLLECTION_FAILURE)
        if any(isinstance(v, str) and not v for v in value):
            raise ValidationFailure(NULL_OR_EMPTY_FAILURE)


class Range:
    """[ValidateRange(min, max)]: each element, converted to the bounds' type, within them."""

    def __init__(self, low: Any, high: Any):
        self.low, self.high = low, high
        self.type = C.type_name(low)

    def __call__(self, value: Any) -> None:
        for element in _elements(value):
            self._check(element)

    def _check(self, element: Any) -> None:
        if element is None:
            raise ValidationFailure(NULL_FAILURE)
        if C.type_name(element) != self.type:
            try:
                element = C.convert_to(element, self.type)
            except C.PSConversionError:
                short = self.type.split(".")[-1]
                raise ValidationFailure(
                    f'The argument cannot be validated because its type "{C.type_name(element).split(".")[-1]}" '
                    f"is not the same type ({short}) as the maximum and minimum limits of the parameter. Make sure "
                    f"the argument is of type {short} and then try the command again.") from None
        shown, low, high = C.to_string(element), C.to_string(self.low), C.to_string(self.high)
        if C.compare(self.low, element) > 0:
            raise ValidationFailure(
                f"The {shown} argument is less than the minimum allowed range of {low}. Supply an argument that is "
                f"greater than or equal to {low} and then try the command again.")
        if C.compare(self.high, element) < 0:
            raise ValidationFailure(
                f"The {shown} argument is greater than the maximum allowed range of {high}. Supply an argument "
                f"that is less than or equal to {high} and then try the command again.")


class Length:
    """[ValidateLength(min, max)]: each element a string of min..max characters."""

    def __init__(self, low: Any, high: Any):
        self.low, self.high = C.to_int(low), C.to_int(high)

    def __call__(self, value: Any) -> None:
        for element in _elements(value):
            if not isinstance(element, str):
                raise ValidationFailure(
                    "The ValidateLength attribute cannot be applied to a parameter that is not a string or string[] "
                    "parameter. Make the parameter a string or string[] parameter.")
            if len(element) < self.low:
                raise ValidationFailure(
                    f"The character length ({len(element)}) of the argument is too short. Specify an argument with a "
                    f'length that is greater than or equal to "{self.low}", and then try the command again.')
            if len(element) > self.high:
                raise ValidationFailure(
                    f"The character length of the {len(element)} argument is too long. Shorten the character length "
                    f'of the argument so it is fewer than or equal to "{self.high}" characters, and then try the '
                    "command again.")


class Pattern:
    """[ValidatePattern(regex)]: each element's text matches (case-insensitively)."""

    def __init__(self, pattern: Any):
        self.pattern = C.to_string(pattern)

    def __call__(self, value: Any) -> None:
        from .operators import compile_regex
        regex = compile_regex(self.pattern)
        for element in _elements(value):
            if element is None:
                raise ValidationFailure(NULL_FAILURE)
            text = C.to_string(element)
            if not regex.search(text):
                raise ValidationFailure(
                    f'The argument "{text}" does not match the "{self.pattern}" pattern. Supply an argument that '
                    f'matches "{self.pattern}" and try the command again.')


class Count:
    """[ValidateCount(min, max)]: the number of values given."""

    def __init__(self, low: Any, high: Any):
        self.low, self.high = C.to_int(low), C.to_int(high)

    def __call__(self, value: Any) -> None:
        count = _count(value)
        if count is None:
            raise ValidationFailure(
                "The ValidateCount attribute cannot be applied to a non-array parameter. Either remove the attribute "
                "from the parameter or make the parameter an array parameter.")
        if count < self.low:
            raise ValidationFailure(
                f"The number of provided arguments ({count}) is fewer than the minimum number of allowed arguments "
                f"({self.low}). Provide more than {self.low} arguments, and then try the command again.")
        if count > self.high:
            raise ValidationFailure(
                f"The number of provided arguments, ({count}), exceeds the maximum number of allowed arguments "
                f"({self.high}). Provide fewer than {self.high} arguments, and then try the command again.")


class Script:
    """[ValidateScript({ ... })]: the block, run with ``$_`` set to each element, returns true.

    An error the block raises is the failure's message (5.1 reports the inner exception's text).
    """

    def __init__(self, block: Any):
        self.block = block

    def __call__(self, value: Any) -> None:
        from ..errors import PSError
        for element in _elements(value):
            if element is None:
                raise ValidationFailure(NULL_FAILURE)
            try:
                ok = C.to_bool(self.block.invoke(dollar_under=element))
            except PSError as exc:
                raise ValidationFailure(exc.record.message) from exc
            if not ok:
                raise ValidationFailure(
                    f'The "{self.block.text}" validation script for the argument with value "{C.to_string(element)}" '
                    "did not return a result of True. Determine why the validation script failed, and then try the "
                    "command again.")


class Mandatory:
    """A mandatory parameter refuses null, an empty string and an empty array unless an Allow*
    attribute says otherwise (ParameterBinderBase.ValidateNullOrEmptyArgument)."""

    def __init__(self, name: str, param_type: str, allow_null: bool, allow_empty_string: bool,
                 allow_empty_collection: bool):
        self.name = name
        self.is_string = param_type == "String"
        self.is_array = param_type.endswith("[]")
        self.element_string = param_type == "String[]"
        self.allow_null = allow_null
        self.allow_empty_string = allow_empty_string
        self.allow_empty_collection = allow_empty_collection

    def __call__(self, value: Any) -> None:
        if not self.is_array:
            # Inline: this runs for every object piped to a mandatory parameter.
            if value is None:
                if not self.allow_null:
                    self._fail("because it is null.", "ParameterArgumentValidationErrorNullNotAllowed")
            elif self.is_string and value == "" and isinstance(value, str) and not self.allow_empty_string:
                self._fail("because it is an empty string.", "ParameterArgumentValidationErrorEmptyStringNotAllowed")
            return
        self._check_one(value, self.is_string)
        if value is None:
            return
        items = value if isinstance(value, (list, tuple)) else [value]
        for item in items:
            self._check_one(item, self.element_string)
        if not items and not self.allow_empty_collection:
            self._fail("because it is an empty array.", "ParameterArgumentValidationErrorEmptyArrayNotAllowed")

    def _check_one(self, value: Any, is_string: bool) -> None:
        if value is None and not self.allow_null:
            self._fail("because it is null.", "ParameterArgumentValidationErrorNullNotAllowed")
        if is_string and isinstance(value, str) and not value and not self.allow_empty_string:
            self._fail("because it is an empty string.", "ParameterArgumentValidationErrorEmptyStringNotAllowed")

    def _fail(self, why: str, error_id: str) -> None:
        raise ValidationFailure(f"Cannot bind argument to parameter '{self.name}' {why}", error_id, wrapped=False)


def _bounds(make: Callable[[Any, Any], Callable[[Any], None]]) -> Callable[[list], Optional[Callable[[Any], None]]]:
    return lambda args: make(args[0], args[1]) if len(args) >= 2 else None


_BUILDERS: dict[str, Callable[[list], Optional[Callable[[Any], None]]]] = {
    "validatenotnull": lambda args: NotNull(),
    "validatenotnullorempty": lambda args: NotNullOrEmpty(),
    "validaterange": _bounds(Range),
    "validatelength": _bounds(Length),
    "validatecount": _bounds(Count),
    "validatepattern": lambda args: Pattern(args[0]) if args else None,
    "validatescript": lambda args: Script(args[0]) if args and type(args[0]).__name__ == "ScriptBlock" else None,
}
_ALLOW = {"allownull": "allow_null", "allowemptystring": "allow_empty_string",
          "allowemptycollection": "allow_empty_collection"}


def build_validators(ctx: Any, decl: A.ParamDecl, param_type: str, mandatory: bool) -> tuple:
    """The checks for one declared parameter, in declaration order (the mandatory check last).

    Attribute arguments are evaluated once, here, in ``ctx`` (they are constants, or the
    script block of ValidateScript). Returns an empty tuple when nothing is to be checked.
    """
    from .compiler import compile_expr
    checks: list = []
    allowed = {flag: False for flag in _ALLOW.values()}
    for name, args, _named in decl.attributes:
        key = name.lower()
        if key in _ALLOW:
            allowed[_ALLOW[key]] = True
            continue
        builder = _BUILDERS.get(key)
        if builder is None or ctx is None:
            continue
        check = builder([compile_expr(arg)(ctx) for arg in args])
        if check is not None:
            checks.append(check)
    if mandatory:
        checks.append(Mandatory(decl.name, param_type, **allowed))
    return tuple(checks)


def needs_validators(decl: A.ParamDecl) -> bool:
    """True when a parameter declares a validation or Allow* attribute."""
    return any(name.lower() in _BUILDERS or name.lower() in _ALLOW for name, _, _ in decl.attributes)


def validation_error(info: Any, invocation_name: str, extent: Any, param: Any, exc: ValidationFailure) -> Any:
    """The binding PSError for a value ``param``'s checks refused (ParameterBindingValidationException,
    category InvalidData, positioned on the argument)."""
    from .binder import binding_error   # binder imports this module
    message = f"Cannot validate argument on parameter '{param.name}'. {exc.message}" if exc.wrapped \
        else exc.message
    return binding_error(info, invocation_name, extent, message, exc.error_id, "InvalidData",
                         exception_type="ParameterBindingValidationException")
