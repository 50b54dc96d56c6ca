"""AST nodes. Every node has a ``span`` (an Extent); each class lists its fields in
``_fields`` (and defaults in ``_defaults``); ``children()`` and ``dump()`` are written once
on the base class and walk those fields."""
from __future__ import annotations

from typing import Any, Iterator

from ..errors import Extent


class Node:
    """Base of every node: ``span`` plus the fields a subclass names in ``_fields``."""

    __slots__ = ("span",)
    _fields: tuple[str, ...] = ()
    _defaults: dict[str, Any] = {}

    def __init__(self, span: Extent, *args: Any, **kwargs: Any):
        self.span = span
        names = self._fields
        for name, value in zip(names, args):
            setattr(self, name, value)
        for name in names[len(args):]:
            if name in kwargs:
                setattr(self, name, kwargs[name])
            else:
                default = self._defaults[name]
                setattr(self, name, list(default) if isinstance(default, list) else default)

    def children(self) -> Iterator["Node"]:
        """Direct child nodes in field order."""
        for name in self._fields:
            yield from _nodes_in(getattr(self, name))

    def dump(self, indent: int = 0) -> str:
        """An indented text rendering of the tree (for --dump-ast and tests)."""
        pad = "  " * indent
        scalars = []
        for name in self._fields:
            value = getattr(self, name)
            if not list(_nodes_in(value)) and value not in (None, [], ()):
                scalars.append(f"{name}={value!r}")
        lines = [f"{pad}{type(self).__name__}" + (f" {' '.join(scalars)}" if scalars else "")]
        for child in self.children():
            lines.append(child.dump(indent + 1))
        return "\n".join(lines)


def _nodes_in(value: Any) -> Iterator[Node]:
    if isinstance(value, Node):
        yield value
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _nodes_in(item)


# -- expressions ---------------------------------------------------------------------------

class Constant(Node):
    __slots__ = ("value",)
    _fields = __slots__


class StringConstant(Node):
    __slots__ = ("value", "bare")
    _fields = __slots__
    _defaults = {"bare": False}


class ExpandableString(Node):
    __slots__ = ("parts",)
    _fields = __slots__


class Variable(Node):
    __slots__ = ("name", "scope", "splat")
    _fields = __slots__
    _defaults = {"scope": "", "splat": False}


class TypeLiteral(Node):
    __slots__ = ("name",)
    _fields = __slots__


class Cast(Node):
    __slots__ = ("type_name", "operand")
    _fields = __slots__


class Unary(Node):
    __slots__ = ("op", "operand")
    _fields = __slots__


class IncDec(Node):
    __slots__ = ("op", "target", "prefix")
    _fields = __slots__


class Binary(Node):
    __slots__ = ("op", "left", "right")
    _fields = __slots__


class ArrayLiteral(Node):
    __slots__ = ("items",)
    _fields = __slots__


class ArrayExpr(Node):
    __slots__ = ("body",)
    _fields = __slots__


class SubExpr(Node):
    __slots__ = ("body",)
    _fields = __slots__


class Paren(Node):
    __slots__ = ("pipeline",)
    _fields = __slots__


class Hashtable(Node):
    __slots__ = ("pairs",)
    _fields = __slots__


class ScriptBlockExpr(Node):
    __slots__ = ("block",)
    _fields = __slots__


class Member(Node):
    __slots__ = ("target", "member", "static")
    _fields = __slots__
    _defaults = {"static": False}


class InvokeMember(Node):
    __slots__ = ("target", "member", "args", "static")
    _fields = __slots__
    _defaults = {"static": False}


class Index(Node):
    __slots__ = ("target", "index")
    _fields = __slots__


# -- commands and pipelines ------------------------------------------------------------------

class CommandParameter(Node):
    __slots__ = ("name", "argument", "colon")
    _fields = __slots__
    _defaults = {"argument": None, "colon": False}


class Redirection(Node):
    """``op`` as typed (``>``, ``2>>``, ``3>&1``, ``*>`` ...); ``target`` the file name
    expression (None for a merge)."""

    __slots__ = ("op", "target")
    _fields = __slots__

    @property
    def stream(self) -> str:
        """The stream redirected: ``1`` to ``6``, or ``*`` for all of them."""
        return self.op[0] if self.op[0] in "*123456" else "1"

    @property
    def merge(self) -> bool:
        """True for ``n>&1`` (the stream joins the success stream)."""
        return self.target is None


class Command(Node):
    __slots__ = ("name", "elements", "invocation", "redirections")
    _fields = __slots__
    _defaults = {"invocation": "", "redirections": []}


class CommandExpression(Node):
    __slots__ = ("expr", "redirections")
    _fields = __slots__
    _defaults = {"redirections": []}


class Pipeline(Node):
    __slots__ = ("elements",)
    _fields = __slots__


# -- statements -----------------------------------------------------------------------------

class Assignment(Node):
    __slots__ = ("target", "op", "value")
    _fields = __slots__


class If(Node):
    __slots__ = ("clauses", "else_body")
    _fields = __slots__
    _defaults = {"else_body": None}


class While(Node):
    __slots__ = ("condition", "body", "label")
    _fields = __slots__
    _defaults = {"label": ""}


class DoLoop(Node):
    __slots__ = ("body", "condition", "until", "label")
    _fields = __slots__
    _defaults = {"label": ""}


class For(Node):
    __slots__ = ("init", "condition", "step", "body", "label")
    _fields = __slots__
    _defaults = {"label": ""}


class ForEach(Node):
    __slots__ = ("variable", "iterable", "body", "label")
    _fields = __slots__
    _defaults = {"label": ""}


class Switch(Node):
    __slots__ = ("subject", "flags", "clauses", "default", "label")
    _fields = __slots__
    _defaults = {"default": None, "label": ""}


class Flow(Node):
    __slots__ = ("kind", "value")
    _fields = __slots__
    _defaults = {"value": None}


class Try(Node):
    __slots__ = ("body", "catches", "finally_body")
    _fields = __slots__
    _defaults = {"finally_body": None}


class Trap(Node):
    __slots__ = ("type_name", "body")
    _fields = __slots__


class ParamDecl(Node):
    __slots__ = ("name", "type_name", "default", "attributes")
    _fields = __slots__
    _defaults = {"type_name": "", "default": None, "attributes": []}


class ScriptBlockBody(Node):
    # binding_args: the named arguments of [CmdletBinding(...)] (lower-case name -> expression node)
    __slots__ = ("params", "begin", "process", "end", "has_param_block", "cmdlet_binding", "text", "binding_args")
    _fields = __slots__
    _defaults = {"has_param_block": False, "cmdlet_binding": False, "text": "", "binding_args": None}


class FunctionDef(Node):
    __slots__ = ("name", "body", "is_filter")
    _fields = __slots__
    _defaults = {"is_filter": False}

