"""Syntax colouring: a pygments lexer built on the shell's own tokenizer.

pygments' stock PowerShell lexer splits ``atl-cs-001.contoso.com`` at the dashes and dots
and cannot tell a command from an argument. This one walks ``scan.scan`` (the language
lexer with PowerShell's mode switching), so an FQDN stays one argument, ``-eq`` is an
operator in an expression but a parameter after a command, and a command name is
coloured by whether the command table knows it (unknown commands in red).

The colours (``colours.STYLE_RULES``) follow PSReadLine's defaults on the Windows console:
commands yellow, parameters and operators grey, variables and keywords green, strings dark
cyan, comments dark green.
"""
from __future__ import annotations

import re
from typing import Callable, Iterator, Optional

from pygments.lexer import Lexer
from pygments.token import (Comment, Error, Keyword, Name, Number, Operator, Punctuation, String,
                            Text, _TokenType)

from .scan import Kind, Piece, scan

UnknownCommand = Name.Function.Unknown

_TOKEN_OF_KIND: dict[Kind, _TokenType] = {
    Kind.COMMAND: Name.Function,
    Kind.FUNCTION_NAME: Name.Function,
    Kind.ARGUMENT: Text,
    Kind.PARAMETER: Name.Attribute,
    Kind.VARIABLE: Name.Variable,
    Kind.MEMBER: Name.Property,
    Kind.STRING: String,
    Kind.NUMBER: Number,
    Kind.OPERATOR: Operator,
    Kind.KEYWORD: Keyword,
    Kind.TYPE: Name.Class,
    Kind.COMMENT: Comment,
    Kind.PUNCT: Punctuation,
    Kind.HASHKEY: Name.Property,
    Kind.LABEL: Name.Label,
    Kind.ERROR: Error,
}

# $name, ${any name}, $$ $? $^ and $( inside a double-quoted string (not after a backtick)
_EMBEDDED_VARIABLE = re.compile(r"(?<!`)\$(?:\{[^}]*\}|[A-Za-z_][\w]*(?::[\w]+)?|[$?^]|(?=\())")

_DOUBLE_QUOTES = ('"', "\u201c", "\u201d")


def default_command_exists(name: str) -> bool:
    """True when the command table (cmdlets and aliases) knows ``name``."""
    from ..cmdlets.registry import lookup
    return lookup(name) is not None


class CspshellLexer(Lexer):
    """pygments lexer for what a person types at the cspshell prompt.

    Option ``command_exists``: a callable saying whether a command name is known (the
    interactive shell passes one that also sees the user's functions).
    """

    name = "cspshell"
    aliases = ["cspshell"]
    filenames: list[str] = []
    command_exists: Callable[[str], bool] = staticmethod(default_command_exists)

    def __init__(self, **options: object) -> None:
        super().__init__(**options)
        given = options.get("command_exists")
        if callable(given):
            self.command_exists = given  # type: ignore[assignment]

    def get_tokens_unprocessed(self, text: str) -> Iterator[tuple[int, _TokenType, str]]:
        """Yield (offset, token type, text) covering all of ``text``, in order."""
        pos = 0
        for piece in scan(text).pieces:
            if piece.start > pos:
                yield pos, Text, text[pos:piece.start]
            yield from self._piece_tokens(piece)
            pos = piece.end
        if pos < len(text):
            yield pos, Text, text[pos:]

    def _piece_tokens(self, piece: Piece) -> Iterator[tuple[int, _TokenType, str]]:
        if piece.kind is Kind.COMMAND:
            known = self.command_exists(piece.text)
            yield piece.start, Name.Function if known else UnknownCommand, piece.text
        elif piece.kind is Kind.STRING and piece.text.lstrip("@")[:1] in _DOUBLE_QUOTES:
            yield from _expandable_tokens(piece)
        else:
            yield piece.start, _TOKEN_OF_KIND[piece.kind], piece.text


def _expandable_tokens(piece: Piece) -> Iterator[tuple[int, _TokenType, str]]:
    """A double-quoted string with the variables inside it coloured as variables."""
    pos = 0
    text = piece.text
    for m in _EMBEDDED_VARIABLE.finditer(text):
        if m.start() > pos:
            yield piece.start + pos, String, text[pos:m.start()]
        yield piece.start + m.start(), Name.Variable, m.group(0)
        pos = m.end()
    if pos < len(text):
        yield piece.start + pos, String, text[pos:]


def lexer_class(command_exists: Optional[Callable[[str], bool]] = None) -> type:
    """Return a CspshellLexer subclass bound to ``command_exists`` (prompt_toolkit's
    PygmentsLexer instantiates the class itself, so the option travels on the class)."""
    if command_exists is None:
        return CspshellLexer
    return type("BoundCspshellLexer", (CspshellLexer,), {"command_exists": staticmethod(command_exists)})
