"""A small XPath 1.0 for ``SelectNodes`` / ``SelectSingleNode`` / Select-Xml over the
``xmldom`` nodes.

Supported: absolute and relative location paths with ``/`` and ``//``; ``.``, ``..``, ``*``,
``@name``, ``@*``, ``text()``, ``node()``, ``comment()``; the axes ``child``, ``descendant``,
``descendant-or-self``, ``self``, ``parent``, ``ancestor``, ``following-sibling``,
``preceding-sibling`` and ``attribute``; predicates with positions, ``= != < <= > >=``,
``and``, ``or``, ``|`` and the functions ``last position count local-name name
namespace-uri string concat contains starts-with normalize-space not true false number``.

As in .NET, a name without a prefix matches only nodes in no namespace (the Lync topology's
elements are in a default namespace, so ``//Cluster`` finds nothing there), and a prefix needs
a namespace manager: ``Namespace Manager or XsltContext needed...``.
"""
from __future__ import annotations

import re
from typing import Any, Callable, Optional

Eval = Callable[[Any, int, int], Any]

_TOKEN = re.compile(r"""\s*(?:
    (?P<str>"[^"]*"|'[^']*')
  | (?P<num>\d+(?:\.\d*)?|\.\d+)
  | (?P<op>//|::|!=|<=|>=|\.\.|[/\[\]()@,|=<>*.])
  | (?P<name>[A-Za-z_][\w.\-]*(?::(?:[A-Za-z_][\w.\-]*|\*))?)
)""", re.VERBOSE)

NO_MANAGER = ("Namespace Manager or XsltContext needed. This query has a prefix, variable, or "
              "user-defined function.")
AXES = ("child", "descendant", "descendant-or-self", "self", "parent", "ancestor", "following-sibling",
        "preceding-sibling", "attribute")


class XPathError(ValueError):
    """An expression .NET's XPath would refuse (the message is .NET's)."""

    error_id = "XPathException"


def _tokens(text: str) -> list[str]:
    out, pos = [], 0
    while pos < len(text):
        if text[pos:].strip() == "":
            break
        match = _TOKEN.match(text, pos)
        if match is None or match.end() == pos:
            raise XPathError(f"'{text}' has an invalid token.")
        out.append(match.group().strip())
        pos = match.end()
    return out


class _Parser:
    """Recursive descent over the tokens; each rule returns a function of (node, position, size)."""

    def __init__(self, text: str, namespaces: Optional[dict[str, str]], dom: Any):
        self.text = text
        self.toks = _tokens(text)
        self.i = 0
        self.namespaces = namespaces
        self.dom = dom

    def fail(self) -> XPathError:
        return XPathError(f"'{self.text}' has an invalid token.")

    def peek(self, ahead: int = 0) -> Optional[str]:
        j = self.i + ahead
        return self.toks[j] if j < len(self.toks) else None

    def take(self, expected: Optional[str] = None) -> str:
        tok = self.peek()
        if tok is None or (expected is not None and tok != expected):
            raise self.fail()
        self.i += 1
        return tok

    def parse(self) -> Eval:
        expr = self.or_expr()
        if self.peek() is not None:
            raise self.fail()
        return expr

    def _binary(self, operand: Callable[[], Eval], ops: tuple[str, ...],
                combine: Callable[[str, Any, Any], Any]) -> Eval:
        """A left-associative chain of ``operand (op operand)*``."""
        left = operand()
        while self.peek() in ops:
            op = self.take()
            left = _combined(combine, op, left, operand())
        return left

    def or_expr(self) -> Eval:
        return self._binary(self.and_expr, ("or",), lambda o, a, b: to_boolean(a) or to_boolean(b))

    def and_expr(self) -> Eval:
        return self._binary(self.eq_expr, ("and",), lambda o, a, b: to_boolean(a) and to_boolean(b))

    def eq_expr(self) -> Eval:
        return self._binary(self.rel_expr, ("=", "!="), lambda o, a, b: self._compare(o, a, b))

    def rel_expr(self) -> Eval:
        return self._binary(self.union_expr, ("<", ">", "<=", ">="), lambda o, a, b: self._compare(o, a, b))

    def union_expr(self) -> Eval:
        return self._binary(self.path_expr, ("|",), lambda o, a, b: self.dom.document_order(_nodes(a) + _nodes(b)))

    def _compare(self, op: str, a: Any, b: Any) -> bool:
        left = [self.dom.string_value(n) for n in a] if isinstance(a, list) else [a]
        right = [self.dom.string_value(n) for n in b] if isinstance(b, list) else [b]
        return any(_compare_values(op, x, y) for x in left for y in right)

    # -- paths -------------------------------------------------------------------------
    def path_expr(self) -> Eval:
        tok = self.peek()
        if tok is not None and (tok[0] in "\"'" or tok[0].isdigit() or (tok == "(")
                                or (self.peek(1) == "(" and tok not in _NODE_TYPES and ":" not in tok)):
            return self.primary()
        return self.location_path()

    def location_path(self) -> Eval:
        tok = self.peek()
        if tok == "/":
            self.take()
            start: Eval = lambda n, p, s: [self.dom.root_of(n)]  # noqa: E731
            if self.peek() is None or self.peek() in ("|", "]", ")", "=", "!=", "and", "or"):
                return start
            return self._steps(start)
        if tok == "//":
            self.take()
            start = lambda n, p, s: self.dom.descendants_or_self(self.dom.root_of(n))  # noqa: E731
            return self._steps(start)
        return self._steps(lambda n, p, s: [n])

    def _steps(self, start: Eval) -> Eval:
        path = start
        path = self._apply(path, self.step())
        while self.peek() in ("/", "//"):
            sep = self.take()
            if sep == "//":
                path = self._apply(path, lambda node: self.dom.descendants_or_self(node))
            path = self._apply(path, self.step())
        return path

    def _apply(self, path: Eval, step: Callable[[Any], list]) -> Eval:
        def run(n: Any, p: int, s: int) -> list:
            out: list = []
            for context in path(n, p, s):
                out.extend(step(context))
            return self.dom.document_order(out)
        return run

    def step(self) -> Callable[[Any], list]:
        tok = self.peek()
        if tok == ".":
            self.take()
            return lambda node: [node]
        if tok == "..":
            self.take()
            return lambda node: [node.parent] if node.parent is not None else []
        axis = "child"
        if tok == "@":
            self.take()
            axis = "attribute"
        elif self.peek(1) == "::":
            axis = self.take()
            self.take("::")
            if axis not in AXES:
                raise self.fail()
        test = self.node_test(axis)
        predicates = []
        while self.peek() == "[":
            self.take()
            predicates.append(self.or_expr())
            self.take("]")

        def run(node: Any) -> list:
            found = [c for c in self.dom.axis(node, axis) if test(c)]
            for predicate in predicates:
                size = len(found)
                found = [c for i, c in enumerate(found, 1) if _predicate_true(predicate(c, i, size), i)]
            return found
        return run

    def node_test(self, axis: str) -> Callable[[Any], bool]:
        tok = self.take()
        principal = "Attribute" if axis == "attribute" else "Element"
        if tok in _NODE_TYPES and self.peek() == "(":
            self.take("(")
            self.take(")")
            wanted = _NODE_TYPES[tok]
            return lambda node: wanted is None or node.node_type in wanted
        if tok == "*":
            return lambda node: node.node_type == principal
        if not re.match(r"^[A-Za-z_]", tok):
            raise self.fail()
        prefix, _, local = tok.rpartition(":")
        uri = self._namespace(prefix) if prefix else ""
        if local == "*":
            return lambda node: node.node_type == principal and node.namespace_uri == uri
        return lambda node: (node.node_type == principal and node.local_name == local
                             and node.namespace_uri == uri)

    def _namespace(self, prefix: str) -> str:
        if self.namespaces is None:
            raise XPathError(NO_MANAGER)
        uri = self.namespaces.get(prefix)
        if uri is None:
            raise XPathError(f"Namespace prefix '{prefix}' is not defined.")
        return uri

    # -- primaries -----------------------------------------------------------------------
    def primary(self) -> Eval:
        tok = self.take()
        if tok[0] in "\"'":
            text = tok[1:-1]
            return lambda n, p, s: text
        if tok[0].isdigit() or tok[0] == ".":
            number = float(tok)
            return lambda n, p, s: number
        if tok == "(":
            inner = self.or_expr()
            self.take(")")
            return inner
        return self.function(tok)

    def function(self, name: str) -> Eval:
        self.take("(")
        args: list[Eval] = []
        while self.peek() != ")":
            args.append(self.or_expr())
            if self.peek() == ",":
                self.take()
        self.take(")")
        impl = _FUNCTIONS.get(name)
        if impl is None:
            raise XPathError(f"'{self.text}' has an invalid qualified name." if ":" in name else
                             f"'{name}()' is an unknown XSLT function.")
        dom = self.dom
        return lambda n, p, s: impl(dom, n, p, s, [a(n, p, s) for a in args])


_NODE_TYPES = {"node": None, "text": ("Text", "CDATA"), "comment": ("Comment",),
               "processing-instruction": ("ProcessingInstruction",)}


def _combined(combine: Callable[[str, Any, Any], Any], op: str, left: Eval, right: Eval) -> Eval:
    return lambda n, p, s: combine(op, left(n, p, s), right(n, p, s))


def _nodes(value: Any) -> list:
    if not isinstance(value, list):
        raise XPathError("Expression must evaluate to a node-set.")
    return value


def _predicate_true(value: Any, position: int) -> bool:
    if isinstance(value, float) and not isinstance(value, bool):
        return value == position
    return to_boolean(value)


def to_boolean(value: Any) -> bool:
    """XPath's boolean(): a non-empty node-set, a non-empty string, a non-zero number."""
    if isinstance(value, (list, str)):
        return len(value) > 0
    if isinstance(value, float):
        return value != 0 and value == value
    return bool(value)


def _number(value: Any) -> float:
    try:
        return float(str(value).strip())
    except ValueError:
        return float("nan")


def _compare_values(op: str, a: Any, b: Any) -> bool:
    if op in ("=", "!="):
        if isinstance(a, bool) or isinstance(b, bool):
            equal = to_boolean(a) == to_boolean(b)
        elif isinstance(a, float) or isinstance(b, float):
            equal = _number(a) == _number(b)
        else:
            equal = str(a) == str(b)
        return equal if op == "=" else not equal
    x, y = _number(a), _number(b)
    return {"<": x < y, ">": x > y, "<=": x <= y, ">=": x >= y}[op]


def _string(dom: Any, value: Any) -> str:
    if isinstance(value, list):
        return dom.string_value(value[0]) if value else ""
    if isinstance(value, float):
        return str(int(value)) if value == int(value) else str(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _first_or_context(node: Any, args: list) -> Optional[Any]:
    if not args:
        return node
    nodes = _nodes(args[0])
    return nodes[0] if nodes else None


_FUNCTIONS: dict[str, Callable[..., Any]] = {
    "last": lambda dom, n, p, s, a: float(s),
    "position": lambda dom, n, p, s, a: float(p),
    "count": lambda dom, n, p, s, a: float(len(_nodes(a[0]))),
    "local-name": lambda dom, n, p, s, a: getattr(_first_or_context(n, a), "local_name", "") or "",
    "name": lambda dom, n, p, s, a: getattr(_first_or_context(n, a), "name", "") or "",
    "namespace-uri": lambda dom, n, p, s, a: getattr(_first_or_context(n, a), "namespace_uri", "") or "",
    "string": lambda dom, n, p, s, a: _string(dom, a[0]) if a else dom.string_value(n),
    "concat": lambda dom, n, p, s, a: "".join(_string(dom, x) for x in a),
    "contains": lambda dom, n, p, s, a: _string(dom, a[1]) in _string(dom, a[0]),
    "starts-with": lambda dom, n, p, s, a: _string(dom, a[0]).startswith(_string(dom, a[1])),
    "normalize-space": lambda dom, n, p, s, a: " ".join((_string(dom, a[0]) if a else dom.string_value(n)).split()),
    "not": lambda dom, n, p, s, a: not to_boolean(a[0]),
    "true": lambda dom, n, p, s, a: True,
    "false": lambda dom, n, p, s, a: False,
    "number": lambda dom, n, p, s, a: _number(_string(dom, a[0]) if a else dom.string_value(n)),
}


def select(dom: Any, node: Any, text: str, namespaces: Optional[dict[str, str]] = None) -> list:
    """The nodes ``text`` selects from ``node``, in document order (``dom`` gives the tree
    walks: axis, root_of, descendants_or_self, document_order, string_value)."""
    result = _Parser(text, namespaces, dom).parse()(node, 1, 1)
    if not isinstance(result, list):
        raise XPathError("Expression must evaluate to a node-set.")
    return result
