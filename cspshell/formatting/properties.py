"""Property expressions as the formatter reads them.

The Format-* cmdlets parse ``-Property``/``-GroupBy`` with ``cmdlets.calculated`` (5.1's
``MshParameter`` rules and errors) and hand the parsed specs to the formatter. This layer
cannot import that module, so it relies only on the specs' shape, which
``PropertyExpression`` below also has (for the plain property names of views and of
objects without a view):

* ``text`` (the name, or a script block's text), ``label`` (None unless given),
  ``display_name`` (the label, else the text), ``options`` (``width``, ``alignment``,
  ``formatstring`` keys), ``is_script``, ``has_wildcards``;
* ``resolve_names(obj) -> list[str]``, ``with_name(name)`` (a copy bound to one name) and
  ``values(obj)`` -> results with ``name``, ``value`` and ``error``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional

from ..objects.members import MISSING, get_property, property_names, real_property_name
from ..objects.wildcard import has_wildcards, match


@dataclass(frozen=True)
class ExpressionResult:
    """One value an expression read: the resolved name, the value, any error."""

    name: str
    value: Any
    error: Optional[BaseException] = None


@dataclass(frozen=True)
class PropertyExpression:
    """A property name, possibly with wildcards; ``resolved`` names exist on the object."""

    name: str
    resolved: bool = False
    label: Optional[str] = None
    options: dict = field(default_factory=dict, compare=False, hash=False)

    is_script = False

    @property
    def text(self) -> str:
        return self.name

    @property
    def display_name(self) -> str:
        return self.label if self.label else self.name

    @property
    def has_wildcards(self) -> bool:
        return not self.resolved and has_wildcards(self.name)

    def resolve_names(self, obj: Any) -> list[str]:
        """The property names of ``obj`` this expression selects, declared spelling."""
        if self.resolved:
            return [self.name]
        if self.has_wildcards:
            return [n for n in property_names(obj) if match(self.name, n)]
        real = real_property_name(obj, self.name)
        return [real] if real is not None else []

    def with_name(self, name: str) -> "PropertyExpression":
        return PropertyExpression(name, True, self.label, self.options)

    def values(self, obj: Any) -> list[ExpressionResult]:
        """The value of each selected property."""
        out = []
        for name in self.resolve_names(obj):
            value = get_property(obj, name, MISSING)
            out.append(ExpressionResult(name, None if value is MISSING else value))
        return out


def option(spec: Any, key: str) -> Any:
    """A spec's optional key (``width``, ``alignment``, ``formatstring``) or None."""
    options = getattr(spec, "options", None) or {}
    return options.get(key)
