"""AST nodes. Every node has a ``span`` (an Extent); ``children()`` and ``dump()`` are
written once on the base class and walk the dataclass fields."""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, Iterator, Optional

from ..errors import Extent


@dataclass(eq=False)
class Node:
    span: Extent

    def children(self) -> Iterator["Node"]:
        """Direct child nodes in field order."""
        for f in fields(self):
            if f.name == "span":
                continue
            yield from _nodes_in(getattr(self, f.name))

    def dump(self, indent: int = 0) -> str:
        """An indented text rendering of the tree (for --dump-ast and tests)."""
        pad = "  " * indent
        scalars = []
        for f in fields(self):
            if f.name == "span":
                continue
            value = getattr(self, f.name)
            if not list(_nodes_in(value)) and value not in (None, [], ()):
                scalars.append(f"{f.name}={value!r}")
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

@dataclass(eq=False)
class Constant(Node):
    value: Any


@dataclass(eq=False)
class StringConstant(Node):
    value: str
    bare: bool = False  # a bare word in argument mode


@dataclass(eq=False)
class ExpandableString(Node):
    parts: list  # str pieces and expression nodes


@dataclass(eq=False)
class Variable(Node):
    name: str       # without the scope prefix
    scope: str = ""  # global, script, local, env ...
    splat: bool = False


@dataclass(eq=False)
class TypeLiteral(Node):
    name: str


@dataclass(eq=False)
class Cast(Node):
    type_name: str
    operand: Node


@dataclass(eq=False)
class Unary(Node):
    op: str
    operand: Node


@dataclass(eq=False)
class IncDec(Node):
    op: str        # ++ or --
    target: Node
    prefix: bool


@dataclass(eq=False)
class Binary(Node):
    op: str
    left: Node
    right: Node


@dataclass(eq=False)
class ArrayLiteral(Node):
    items: list


@dataclass(eq=False)
class ArrayExpr(Node):
    body: list  # statements of @( )


@dataclass(eq=False)
class SubExpr(Node):
    body: list  # statements of $( )


@dataclass(eq=False)
class Paren(Node):
    pipeline: Node


@dataclass(eq=False)
class Hashtable(Node):
    pairs: list  # (key node, value statement)


@dataclass(eq=False)
class ScriptBlockExpr(Node):
    block: "ScriptBlockBody"


@dataclass(eq=False)
class Member(Node):
    target: Node
    member: Any      # str or Node (dynamic member)
    static: bool = False


@dataclass(eq=False)
class InvokeMember(Node):
    target: Node
    member: Any
    args: list
    static: bool = False


@dataclass(eq=False)
class Index(Node):
    target: Node
    index: Node


# -- commands and pipelines ------------------------------------------------------------------

@dataclass(eq=False)
class CommandParameter(Node):
    name: str
    argument: Optional[Node] = None   # for -Name:value
    colon: bool = False


@dataclass(eq=False)
class Redirection(Node):
    op: str
    target: Optional[Node]


@dataclass(eq=False)
class Command(Node):
    name: Node                 # StringConstant (bare) or an expression
    elements: list             # CommandParameter or argument expressions
    invocation: str = ""       # "", "&" or "."
    redirections: list = field(default_factory=list)


@dataclass(eq=False)
class CommandExpression(Node):
    expr: Node
    redirections: list = field(default_factory=list)


@dataclass(eq=False)
class Pipeline(Node):
    elements: list             # Command / CommandExpression


# -- statements -----------------------------------------------------------------------------

@dataclass(eq=False)
class Assignment(Node):
    target: Node
    op: str
    value: Node                # a statement (pipeline, if, ...)


@dataclass(eq=False)
class If(Node):
    clauses: list              # (condition pipeline, block statements)
    else_body: Optional[list] = None


@dataclass(eq=False)
class While(Node):
    condition: Node
    body: list
    label: str = ""


@dataclass(eq=False)
class DoLoop(Node):
    body: list
    condition: Node
    until: bool
    label: str = ""


@dataclass(eq=False)
class For(Node):
    init: Optional[Node]
    condition: Optional[Node]
    step: Optional[Node]
    body: list
    label: str = ""


@dataclass(eq=False)
class ForEach(Node):
    variable: Variable
    iterable: Node
    body: list
    label: str = ""


@dataclass(eq=False)
class Switch(Node):
    subject: Node
    flags: list                # lower-case option names
    clauses: list              # (pattern node, body statements)
    default: Optional[list] = None
    label: str = ""


@dataclass(eq=False)
class Flow(Node):
    kind: str                  # break, continue, return, exit, throw
    value: Optional[Node] = None


@dataclass(eq=False)
class Try(Node):
    body: list
    catches: list              # (type names list, body)
    finally_body: Optional[list] = None


@dataclass(eq=False)
class Trap(Node):
    type_name: str
    body: list


@dataclass(eq=False)
class ParamDecl(Node):
    name: str
    type_name: str = ""
    default: Optional[Node] = None
    attributes: list = field(default_factory=list)   # (attribute name, positional args, named args)


@dataclass(eq=False)
class ScriptBlockBody(Node):
    params: list               # ParamDecl
    begin: Optional[list]
    process: Optional[list]
    end: Optional[list]
    has_param_block: bool = False
    cmdlet_binding: bool = False
    text: str = ""


@dataclass(eq=False)
class FunctionDef(Node):
    name: str
    body: ScriptBlockBody
    is_filter: bool = False
