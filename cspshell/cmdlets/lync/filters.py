"""The two filter languages of Get-CsUser: PowerShell-style ``-Filter`` and ``-LdapFilter``.

``-Filter {RegistrarPool -eq "ls14pool.beta.deitterick.com" -and Enabled -eq $true}`` is
parsed with the engine's own parser. Text whose first word is a property name parses as a
command (``RegistrarPool`` with parameters ``-eq``, ``-and`` ...), so the filter reads the
command's elements as a token stream: property, comparison operator, value, joined by
``-and`` / ``-or`` (equal precedence, left to right, as in PowerShell), with ``-not`` and
parentheses. Values are evaluated by the engine, so ``$pool`` and ``"$prefix*"`` work.

``-LdapFilter "(&(displayName=*Smith)(msRTCSIP-UserEnabled=TRUE))"`` supports equality with
``*`` wildcards, presence (``attr=*``), ``&``, ``|`` and ``!`` over the attributes Lync
keeps for a user.

Both compile to a predicate over a property reader (``name -> value``), so a filter over a
million users reads only the properties it names.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Optional

from ...errors import PSError
from ...language import ast as A
from ...language.compiler import compile_expr
from ...language.operators import OperatorError, comparison
from ...language.parser import parse
from ...objects import convert as C
from ...objects import wildcard

Reader = Callable[[str], Any]
Predicate = Callable[[Reader], bool]

BASE_COMPARISONS = ("eq", "ne", "gt", "ge", "lt", "le", "like", "notlike", "match", "notmatch")
# Each comparison also has its case-sensitive (c) and explicitly case-insensitive (i) form.
COMPARISONS = frozenset(prefix + name for prefix in ("", "c", "i") for name in BASE_COMPARISONS)
JOINS = frozenset({"and", "or"})
PATTERN_COMPARISONS = frozenset({"like", "notlike", "match", "notmatch"})


class FilterError(ValueError):
    """A filter that cannot be read; ``str()`` says why."""


@dataclass(frozen=True)
class CompiledFilter:
    """A compiled filter: the predicate, and an equality every match must satisfy
    (``(property, value)``), which lets the caller use an index; ``exact`` when that
    equality is the whole filter (the index alone answers it)."""

    predicate: Predicate
    required: Optional[tuple[str, Any]] = None
    exact: bool = False


# -- PowerShell-style filters ----------------------------------------------------------------

def compile_filter(text: str, ctx: Any, known: Callable[[str], bool]) -> CompiledFilter:
    """Compile ``text``; ``known(name)`` says whether a property exists (FilterError if not)."""
    try:
        body = parse(text)
    except PSError as exc:
        # A parse error's text ends with the message of the last error found.
        raise FilterError(exc.record.message.splitlines()[-1].rstrip(".")) from exc
    statements = body.end or body.process or []
    if len(statements) != 1 or not isinstance(statements[0], A.Pipeline):
        raise FilterError("the filter must be one expression")
    reader = _FilterCompiler(ctx, known)
    node = reader.pipeline(statements[0])
    return CompiledFilter(node.predicate, node.required, node.exact)


@dataclass(frozen=True)
class _Node:
    predicate: Predicate
    required: Optional[tuple[str, Any]] = None
    exact: bool = False


class _FilterCompiler:
    """Turns the parsed filter into nested predicates."""

    def __init__(self, ctx: Any, known: Callable[[str], bool]):
        self.ctx = ctx
        self.known = known

    def pipeline(self, node: A.Node) -> _Node:
        if not isinstance(node, A.Pipeline) or len(node.elements) != 1:
            raise FilterError("a filter cannot contain a pipeline")
        element = node.elements[0]
        if isinstance(element, A.Command):
            return self.tokens([element.name, *element.elements])
        if isinstance(element, A.CommandExpression):
            return self.expression(element.expr)
        raise FilterError("unexpected element")

    def expression(self, node: A.Node) -> _Node:
        if isinstance(node, A.Paren):
            return self.pipeline(node.pipeline)
        if isinstance(node, A.Unary) and node.op.lower() in ("not", "!"):
            return _negate(self.expression(node.operand))
        if isinstance(node, A.Binary) and node.op.lower() in JOINS:
            return _join(node.op.lower(), self.expression(node.left), self.expression(node.right))
        raise FilterError("expected a comparison such as RegistrarPool -eq \"pool.contoso.com\"")

    def tokens(self, items: list[A.Node]) -> _Node:
        """Read ``operand (join operand)*`` from a command's elements."""
        stream = _Stream(items)
        result = self.operand(stream)
        while not stream.done:
            join = stream.operator()
            if join not in JOINS:
                raise FilterError(f"unexpected operator -{join}")
            result = _join(join, result, self.operand(stream))
        return result

    def operand(self, stream: "_Stream") -> _Node:
        item = stream.next()
        if isinstance(item, A.CommandParameter) and item.name.lower() == "not":
            return _negate(self.operand(stream))
        if isinstance(item, A.Paren):
            return self.pipeline(item.pipeline)
        if not (isinstance(item, A.StringConstant) and item.bare):
            raise FilterError("expected a property name")
        name = item.value
        if not self.known(name):
            raise FilterError(f'"{name}" is not a property that can be filtered on')
        operator = stream.operator()
        if operator not in COMPARISONS:
            raise FilterError(f"-{operator} is not a comparison operator")
        value = self.value(stream.next())
        return _comparison(name, operator, value)

    def value(self, node: A.Node) -> Any:
        if isinstance(node, A.StringConstant):
            return node.value
        if isinstance(node, A.CommandParameter):
            raise FilterError(f"a value is missing before -{node.name}")
        return compile_expr(node)(self.ctx)


class _Stream:
    """The elements of a filter read left to right."""

    def __init__(self, items: list[A.Node]):
        self.items = items
        self.index = 0

    @property
    def done(self) -> bool:
        return self.index >= len(self.items)

    def next(self) -> A.Node:
        if self.done:
            raise FilterError("the filter ends too early")
        item = self.items[self.index]
        self.index += 1
        return item

    def operator(self) -> str:
        item = self.next()
        if not isinstance(item, A.CommandParameter) or item.argument is not None:
            raise FilterError("expected an operator such as -eq, -like, -and")
        return item.name.lower()


def _comparison(name: str, operator: str, value: Any) -> _Node:
    if operator.startswith("i") and operator[1:] in BASE_COMPARISONS:
        operator = operator[1:]
    base = operator[1:] if operator.startswith("c") else operator
    if base in PATTERN_COMPARISONS:
        _check_pattern(operator, value)

    def test(read: Reader) -> bool:
        return C.to_bool(comparison(operator, read(name), value))
    required = (name, value) if base == "eq" and isinstance(value, str) else None
    return _Node(test, required, required is not None)


def _check_pattern(operator: str, value: Any) -> None:
    """Refuse an invalid wildcard or regular expression when the filter is read, not at the
    first user compared (Lync turns the whole filter into an LDAP query first)."""
    try:
        comparison(operator, "", value)
    except OperatorError as exc:
        raise FilterError(exc.message.rstrip(".")) from exc


def _negate(node: _Node) -> _Node:
    inner = node.predicate
    return _Node(lambda read: not inner(read))


def _join(op: str, left: _Node, right: _Node) -> _Node:
    first, second = left.predicate, right.predicate
    if op == "and":
        return _Node(lambda read: first(read) and second(read), left.required or right.required)
    return _Node(lambda read: first(read) or second(read))


# -- LDAP filters ----------------------------------------------------------------------------

def compile_ldap(text: str, attribute: Callable[[str], Optional[str]]) -> Predicate:
    """Compile an LDAP filter; ``attribute(name)`` maps an LDAP attribute to a property
    name (None: the attribute is not kept, so it is never present)."""
    parser = _LdapParser(text.strip(), attribute)
    predicate = parser.filter()
    if parser.pos != len(parser.text):
        raise FilterError("unexpected text after the filter")
    return predicate


class _LdapParser:
    """RFC 4515 filters: ``(&...)``, ``(|...)``, ``(!...)``, ``(attr=value)``."""

    def __init__(self, text: str, attribute: Callable[[str], Optional[str]]):
        self.text = text if text.startswith("(") else f"({text})"
        self.pos = 0
        self.attribute = attribute

    def expect(self, char: str) -> None:
        if self.pos >= len(self.text) or self.text[self.pos] != char:
            raise FilterError(f"expected '{char}' at position {self.pos + 1}")
        self.pos += 1

    def filter(self) -> Predicate:
        self.expect("(")
        kind = self.text[self.pos:self.pos + 1]
        if kind in ("&", "|"):
            self.pos += 1
            parts = []
            while self.text[self.pos:self.pos + 1] == "(":
                parts.append(self.filter())
            combine = all if kind == "&" else any
            result: Predicate = lambda read: combine(p(read) for p in parts)
        elif kind == "!":
            self.pos += 1
            inner = self.filter()
            result = lambda read: not inner(read)
        else:
            result = self.item()
        self.expect(")")
        return result

    def item(self) -> Predicate:
        end = self.text.find(")", self.pos)
        if end < 0:
            raise FilterError("unclosed parenthesis")
        name, sep, value = self.text[self.pos:end].partition("=")
        if not sep or not name:
            raise FilterError(f"expected attribute=value at position {self.pos + 1}")
        self.pos = end
        prop = self.attribute(name.strip())
        if prop is None:
            return lambda read: False
        if value == "*":
            return lambda read: read(prop) not in (None, "")
        pattern = wildcard.escape(value).replace("`*", "*")
        return lambda read: _ldap_match(read(prop), pattern)


def _ldap_match(actual: Any, pattern: str) -> bool:
    if actual is None:
        return False
    text = C.to_string(actual).upper() if isinstance(actual, bool) else C.to_string(actual)
    return wildcard.match(pattern, text)
