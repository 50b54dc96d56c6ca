"""Property expressions: names, wildcards, script blocks and calculated-property hashtables.

Select-Object, Sort-Object, Group-Object, Format-Table/List/Wide, ConvertTo-Html and
Measure-Object all take ``-Property`` values of the same shape (PowerShell's
``MshParameter`` / ``MshExpression``). This module parses them once and evaluates them
per object, with Windows PowerShell 5.1's rules and error texts.

API (for the formatting cmdlets too)::

    specs = parse_properties(values, FORMAT_TABLE)      # raises PropertySpecError
    for spec in specs:
        spec.label            # Name/Label key, or None
        spec.display_name     # label, else the expression text (column header)
        spec.expression       # str (name or wildcard) or a script block
        spec.is_script        # True for a script block expression
        spec.has_wildcards    # True for a wildcard name
        spec.options          # other keys: "width" (int), "alignment" ("left"|"center"|
                              # "right"), "formatstring" (str), "ascending"/"descending"
                              # (bool), "depth" (int)
        spec.resolve_names(obj) -> list[str]      # property names it selects on obj
        spec.values(obj) -> list[ExpressionResult] # (name, value, error) per match

Key sets (``SELECT``, ``SORT``, ``GROUP``, ``FORMAT_TABLE``, ``FORMAT_LIST``,
``FORMAT_WIDE``, ``GROUP_BY``, ``HTML``) say which hashtable keys a command accepts.
Keys match case-insensitively by unique prefix (``n``, ``l``, ``e``, ``ex``, ``fo``...).
``PropertySpecError`` carries PowerShell's message and ErrorId; the cmdlet turns it into
a terminating error (category InvalidArgument, exception NotSupportedException).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Optional

from ..errors import PSError
from ..objects import members
from ..objects.convert import to_bool, type_name
from ..objects.psobject import PSHashtable, PSObject
from ..objects.wildcard import has_wildcards, match

SCRIPT_BLOCK_TYPE = "System.Management.Automation.ScriptBlock"
STRING_TYPE = "System.String"
INT_TYPE = "System.Int32"


class PropertySpecError(Exception):
    """A -Property value PowerShell rejects; ``message`` and ``error_id`` are 5.1's."""

    def __init__(self, message: str, error_id: str):
        super().__init__(message)
        self.message = message
        self.error_id = error_id


def is_script_block(value: Any) -> bool:
    """True for the engine's ScriptBlock values (they have ``text`` and ``invoke``)."""
    return callable(getattr(value, "invoke", None)) and isinstance(getattr(value, "text", None), str)


def script_result(block: Any, target: Any) -> Any:
    """Run a script block with ``$_`` = target: None, one object, or a list of several.

    An error that would end one of the block's statements ends the block and reaches the
    caller, as in 5.1, where MshExpression.GetValues catches it: a format cell shows #ERR
    (with -DisplayError) or nothing, Select-Object stores $null.
    """
    ctx = block.ctx
    ctx.try_depth += 1
    try:
        return block.invoke_value(dollar_under=target)
    finally:
        ctx.try_depth -= 1


# --- key definitions ----------------------------------------------------------------

@dataclass(frozen=True)
class KeyDef:
    """One accepted hashtable key: its name, other names, allowed value types, checks."""

    name: str
    secondary: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    mandatory: bool = False
    verify: Optional[Callable[["KeyDef", Any, bool], Any]] = None

    def matches(self, key: str) -> bool:
        """True when ``key`` is the name (or an alias) or a prefix of one."""
        lkey = key.lower()
        return any(n.lower().startswith(lkey) for n in (self.name, *self.secondary))


def _type_matches(value: Any, allowed: str) -> bool:
    if allowed == STRING_TYPE:
        return isinstance(value, str)
    if allowed == SCRIPT_BLOCK_TYPE:
        return is_script_block(value)
    if allowed == INT_TYPE:
        return isinstance(value, int) and not isinstance(value, bool)
    return True


def _verify_expression(no_globbing: bool) -> Callable[[KeyDef, Any, bool], Any]:
    def verify(key: KeyDef, value: Any, from_hash: bool) -> Any:
        if isinstance(value, str):
            if value == "":
                if from_hash:
                    raise PropertySpecError(
                        f'The "{key.name}" key cannot have an empty string value.', "ExpressionEmptyString1")
                raise PropertySpecError("An empty string value is not allowed.", "ExpressionEmptyString2")
            if no_globbing and has_wildcards(value):
                if from_hash:
                    raise PropertySpecError(
                        f'The "{key.name}" key cannot have wildcard characters in value "{value}".',
                        "ExpressionGlobbing1")
                raise PropertySpecError(f'Wildcard characters are not allowed in "{value}".',
                                        "ExpressionGlobbing2")
        return value
    return verify


_ALIGNMENTS = ("left", "center", "right")


def _verify_alignment(key: KeyDef, value: Any, from_hash: bool) -> Any:
    text = value if isinstance(value, str) else ""
    for legal in _ALIGNMENTS:
        if text and legal.startswith(text.lower()):
            return legal
    raise PropertySpecError(
        f'The value "{text}" for key "{key.name}" is not valid; valid values are {{left, center, right}}.',
        "AlignmentIllegalValue")


def _verify_width(key: KeyDef, value: Any, from_hash: bool) -> Any:
    if value <= 0:
        raise PropertySpecError(f'The value "{value}" for key "{key.name}" should be greater than 0.',
                                "WidthOutOfRange")
    return value


def _verify_format_string(key: KeyDef, value: Any, from_hash: bool) -> Any:
    if not value:
        raise PropertySpecError(f'Cannot have an empty formatting string for key "{key.name}".',
                                "FormatStringEmpty")
    return value


def _verify_bool(key: KeyDef, value: Any, from_hash: bool) -> Any:
    return to_bool(value)


_EXPRESSION_TYPES = (STRING_TYPE, SCRIPT_BLOCK_TYPE)
EXPRESSION = KeyDef("expression", types=_EXPRESSION_TYPES, mandatory=True, verify=_verify_expression(False))
EXPRESSION_NO_GLOB = KeyDef("expression", types=_EXPRESSION_TYPES, mandatory=True,
                            verify=_verify_expression(True))
NAME = KeyDef("name", ("label",), (STRING_TYPE,))
LABEL = KeyDef("label", ("name",), (STRING_TYPE,))
FORMAT_STRING = KeyDef("formatString", types=(STRING_TYPE,), verify=_verify_format_string)
WIDTH = KeyDef("width", types=(INT_TYPE,), verify=_verify_width)
ALIGNMENT = KeyDef("alignment", types=(STRING_TYPE,), verify=_verify_alignment)
ASCENDING = KeyDef("ascending", verify=_verify_bool)
DESCENDING = KeyDef("descending", verify=_verify_bool)
DEPTH = KeyDef("depth", types=(INT_TYPE,))

# Entry order matters: it decides the two names an "ambiguous key" error quotes.
SELECT = (EXPRESSION, NAME)
SORT = (EXPRESSION, ASCENDING, DESCENDING)
GROUP = (EXPRESSION_NO_GLOB,)
FORMAT_TABLE = (EXPRESSION, FORMAT_STRING, WIDTH, ALIGNMENT, LABEL)
FORMAT_LIST = (EXPRESSION, FORMAT_STRING, LABEL)
FORMAT_WIDE = (EXPRESSION, FORMAT_STRING)
GROUP_BY = (EXPRESSION, FORMAT_STRING, LABEL)
FORMAT_CUSTOM = (EXPRESSION, DEPTH)
HTML = (EXPRESSION, KeyDef("label", types=(STRING_TYPE,)), KeyDef("alignment", types=(STRING_TYPE,)),
        KeyDef("width", types=(STRING_TYPE,)))


# --- evaluation ---------------------------------------------------------------------

@dataclass
class ExpressionResult:
    """One value an expression produced: the resolved name, the value, any error."""

    name: str
    value: Any
    error: Optional[PSError] = None


@dataclass
class PropertySpec:
    """One parsed -Property entry."""

    expression: Any
    label: Optional[str] = None
    options: dict = field(default_factory=dict)
    resolved: bool = False  # a name already matched against an object (no wildcard pass)
    _wild: bool = field(default=False, init=False, repr=False, compare=False)
    _script: bool = field(default=False, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # computed once: specs are evaluated against every object of a pipeline
        self._script = not isinstance(self.expression, str)
        self._wild = not self._script and not self.resolved and has_wildcards(self.expression)

    @property
    def is_script(self) -> bool:
        return self._script

    @property
    def text(self) -> str:
        """The expression as PowerShell prints it: the name, or the script's text."""
        return self.expression if isinstance(self.expression, str) else self.expression.text

    @property
    def display_name(self) -> str:
        """The label when given, else the expression text."""
        return self.label if self.label else self.text

    @property
    def has_wildcards(self) -> bool:
        return self._wild

    def resolve_names(self, target: Any) -> list[str]:
        """Property names this expression selects on ``target`` (a script block: none)."""
        if self.is_script:
            return []
        if self.resolved:
            return [self.expression]
        if self._wild:
            return [n for n in members.property_names(target) if match(self.expression, n)]
        if isinstance(target, PSObject):
            real = target.real_name(self.expression)
        else:
            real = members.real_property_name(target, self.expression)
        return [real] if real is not None else []

    def with_name(self, name: str) -> "PropertySpec":
        """A copy bound to one resolved property name (wildcard expansion)."""
        return PropertySpec(name, self.label, dict(self.options), resolved=True)

    def values(self, target: Any) -> list[ExpressionResult]:
        """MshExpression.GetValues: a script's result, or each matched property's value."""
        if self._script:
            try:
                return [ExpressionResult(self.expression.text, script_result(self.expression, target))]
            except PSError as exc:
                return [ExpressionResult(self.expression.text, None, exc)]
        if isinstance(target, PSObject) and not self._wild and not self.resolved:
            real = target.real_name(self.expression)
            return [] if real is None else [ExpressionResult(real, target.get(real))]
        return [ExpressionResult(name, members.get_property(target, name))
                for name in self.resolve_names(target)]


# --- parsing ------------------------------------------------------------------------

def _types_text(types: tuple[str, ...]) -> str:
    return "{" + ", ".join(types) + "}"


def _match_key(keys: tuple[KeyDef, ...], key: str) -> KeyDef:
    found: Optional[KeyDef] = None
    for definition in keys:
        if definition.matches(key):
            if found is not None:
                raise PropertySpecError(
                    f"The {key} key is ambiguous; {found.name} and {definition.name} conflict.",
                    "DictionaryKeyAmbiguous")
            found = definition
    if found is None:
        raise PropertySpecError(f"The {key} key is not valid.", "DictionaryKeyIllegal")
    return found


def _check_value_type(definition: KeyDef, key: str, value: Any) -> None:
    if not definition.types:
        return
    if value is None:
        raise PropertySpecError(f"The {key} key has no value.", "DictionaryKeyMissingValue")
    if any(_type_matches(value, t) for t in definition.types):
        return
    actual = type_name(value)
    if len(definition.types) > 1:
        raise PropertySpecError(
            f'The "{key}" key has a type, {actual}, that is not valid; expected types are '
            f"{_types_text(definition.types)}.", "DictionaryKeyIllegalValue1")
    raise PropertySpecError(
        f'The "{key}" key has a type, {actual}, that is not valid; expected type is '
        f"{definition.types[0]}.", "DictionaryKeyIllegalValue2")


def _parse_hashtable(table: PSHashtable, keys: tuple[KeyDef, ...]) -> dict[str, Any]:
    entries: dict[str, Any] = {}
    for key, value in table.items():
        if key is None:
            raise PropertySpecError("The value of a key cannot be null.", "DictionaryKeyNull")
        if not isinstance(key, str):
            raise PropertySpecError(
                f"The {type_name(key).rsplit('.', 1)[-1]} key type is not valid. The key must be a string.",
                "DictionaryKeyNonString")
        definition = _match_key(keys, key)
        if definition.name in entries:
            raise PropertySpecError(f'The duplicated key "{key}" conflicts with "{definition.name}".',
                                    "DictionaryKeyDuplicate")
        _check_value_type(definition, key, value)
        entries[definition.name] = value
    return entries


def _normalize(entries: dict[str, Any], keys: tuple[KeyDef, ...], from_hash: bool) -> dict[str, Any]:
    for definition in keys:
        if definition.name in entries:
            if definition.verify is not None:
                entries[definition.name] = definition.verify(definition, entries[definition.name], from_hash)
        elif definition.mandatory:
            raise PropertySpecError(f"A mandatory entry for {definition.name} is missing.",
                                    "DictionaryKeyMandatoryEntry")
    return entries


def parse_property(value: Any, keys: tuple[KeyDef, ...]) -> PropertySpec:
    """One -Property value (name, wildcard, script block or hashtable) as a PropertySpec."""
    first = keys[0]
    if isinstance(value, PSHashtable):
        entries = _normalize(_parse_hashtable(value, keys), keys, True)
    elif value is not None and any(_type_matches(value, t) for t in first.types):
        entries = _normalize({first.name: value}, keys, False)
    elif value is None:
        raise PropertySpecError(
            "The value of a parameter was null; one of the following types was expected: "
            f"{_types_text(first.types)}.", "DictionaryKeyUnknownType")
    else:
        raise PropertySpecError(
            f"Cannot convert {type_name(value)} to one of the following types {_types_text(first.types)}.",
            "DictionaryKeyUnknownType")
    expression = entries.pop(first.name)
    label = entries.pop("name", None) if "name" in entries else entries.pop("label", None)
    return PropertySpec(expression, label, {k.lower(): v for k, v in entries.items()})


def parse_properties(values: Any, keys: tuple[KeyDef, ...]) -> list[PropertySpec]:
    """Every -Property value parsed; ``values`` may be one value or a list."""
    if values is None:
        return []
    items = values if isinstance(values, list) else [values]
    return [parse_property(v, keys) for v in items]
