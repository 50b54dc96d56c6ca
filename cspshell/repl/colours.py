"""The prompt's colours: PSReadLine's default console colours as prompt_toolkit style
rules, and the lexer that applies them, built at the first key press.

The lexer (``highlight.py``) stands on pygments and the shell's scanner, which the first
prompt does not need: it is drawn empty. ``DeferredLexer`` leaves an empty input alone
and builds the real lexer the first time there is text to colour; by then the background
warm-up has usually imported its modules, so that key press costs nothing noticeable.
"""
from __future__ import annotations

from typing import Callable, Hashable, Optional

from prompt_toolkit.document import Document
from prompt_toolkit.formatted_text import StyleAndTextTuples
from prompt_toolkit.lexers import Lexer

# PSReadLine's default console colours, as prompt_toolkit style rules for pygments tokens.
STYLE_RULES: dict[str, str] = {
    "pygments.name.function": "#e5e510",            # Yellow
    "pygments.name.function.unknown": "#ff5555",    # red: not a command this shell knows
    "pygments.name.attribute": "#8a8a8a",           # DarkGray
    "pygments.operator": "#8a8a8a",
    "pygments.name.variable": "#23d18b",            # Green
    "pygments.keyword": "#23d18b",
    "pygments.string": "#11a8cd",                   # DarkCyan
    "pygments.number": "#e5e5e5",
    "pygments.name.class": "#bcbcbc",               # Gray
    "pygments.name.property": "#e5e5e5",
    "pygments.comment": "#0dbc79",                  # DarkGreen
    "pygments.error": "#ff5555 underline",
}


class DeferredLexer(Lexer):
    """A lexer that calls ``build`` for the real one when the input first holds text."""

    def __init__(self, build: Callable[[], Lexer]):
        self._build = build
        self._lexer: Optional[Lexer] = None

    @property
    def built(self) -> bool:
        """True once the real lexer exists."""
        return self._lexer is not None

    def lex_document(self, document: Document) -> Callable[[int], StyleAndTextTuples]:
        """Return the fragments of each line: plain while the input is empty, else the real
        lexer's (built on this first call with text; the renderer's thread is the only caller)."""
        if self._lexer is None:
            if not document.text:
                lines = document.lines
                return lambda number: [("", lines[number])] if number < len(lines) else []
            self._lexer = self._build()
        return self._lexer.lex_document(document)

    def invalidation_hash(self) -> Hashable:
        """Changes when the real lexer is built, so nothing lexed before is reused."""
        return id(self._lexer)
