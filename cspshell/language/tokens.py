"""Tokens of the PowerShell subset: kinds and the token record with its source span."""
from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any


class T(enum.Enum):
    """Token kinds."""

    NEWLINE = "newline"
    EOF = "eof"
    SEMI = ";"
    PIPE = "|"
    LPAREN = "("
    RPAREN = ")"
    LBRACE = "{"
    RBRACE = "}"
    LBRACKET = "["
    RBRACKET = "]"
    AT_PAREN = "@("
    AT_BRACE = "@{"
    DOLLAR_PAREN = "$("
    COMMA = ","
    DOT = "."
    COLONCOLON = "::"
    DOTDOT = ".."
    AMP = "&"
    OPERATOR = "operator"        # -eq, +, *, ..., text holds the normalised operator
    ASSIGN = "assign"            # = += -= *= /= %=
    INCDEC = "incdec"            # ++ --
    REDIRECT = "redirect"        # > >> 2> 2>&1 *> ...
    VARIABLE = "variable"
    SPLAT = "splat"              # @name
    NUMBER = "number"
    STRING = "string"            # literal '...' or @'...'@
    EXPANDABLE = "expandable"    # "..." or @"..."@ (raw content, expanded by the parser)
    GENERIC = "generic"          # a bare word (argument mode) or a command name
    IDENT = "ident"              # a member name after . or ::
    KEYWORD = "keyword"
    PARAMETER = "parameter"      # -Name or -Name:
    TYPE = "type"                # [int] as a whole token, text holds the type name
    LABEL = "label"              # :loop


KEYWORDS = frozenset({
    "if", "elseif", "else", "switch", "foreach", "for", "while", "do", "until", "function",
    "filter", "param", "begin", "process", "end", "return", "break", "continue", "throw",
    "try", "catch", "finally", "trap", "exit", "in", "data", "dynamicparam", "class",
    "using", "workflow", "parallel", "sequence", "inlinescript", "configuration", "enum",
})

# Dash operators (lower case, without the leading dash) -> canonical operator name.
_BASE_COMPARISON = ("eq", "ne", "gt", "ge", "lt", "le", "like", "notlike", "match", "notmatch",
                    "contains", "notcontains", "in", "notin", "replace", "split")
DASH_OPERATORS: dict[str, str] = {}
for _op in _BASE_COMPARISON:
    DASH_OPERATORS[_op] = _op
    DASH_OPERATORS["i" + _op] = _op
    DASH_OPERATORS["c" + _op] = "c" + _op
for _op in ("join", "f", "is", "isnot", "as", "and", "or", "xor", "not", "band", "bor", "bxor",
            "bnot", "shl", "shr"):
    DASH_OPERATORS[_op] = _op


@dataclass(frozen=True)
class Token:
    """One token: kind, normalised text, optional value, offsets and whether space preceded it."""

    kind: T
    text: str
    start: int
    end: int
    value: Any = None
    space_before: bool = False

    def is_op(self, *names: str) -> bool:
        return self.kind is T.OPERATOR and self.text in names

    def is_kw(self, *names: str) -> bool:
        return self.kind is T.KEYWORD and self.text in names

    def __repr__(self) -> str:
        return f"Token({self.kind.name}, {self.text!r}, {self.start}-{self.end})"
