"""The typed line as coloured pieces and pipeline elements, for highlighting and completion.

PowerShell's tokenizer changes mode as it goes: after a command name the rest of the
element is read in argument mode (``atl-cs-001.contoso.com`` is one word, ``-eq`` a
parameter), elsewhere in expression mode. The language lexer does the scanning; this
module decides the mode at each point, the way the parser would, and never fails: text
the lexer rejects becomes an ERROR piece, and an unfinished string or comment runs to the
end of the text (the line is still being typed).

``scan(text)`` returns every piece (kind, span) and the pipeline elements they form, so the
completer can ask "which command is being typed, with which arguments, fed by what".
"""
from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field
from typing import Callable, Optional

from ..errors import ParseError, SourceText
from ..language.lexer import ARG, EXPR, Lexer
from ..language.tokens import T, Token


class Kind(enum.Enum):
    """What a piece of the line is."""

    COMMAND = "command"
    FUNCTION_NAME = "function-name"
    ARGUMENT = "argument"
    PARAMETER = "parameter"
    VARIABLE = "variable"
    MEMBER = "member"
    STRING = "string"
    NUMBER = "number"
    OPERATOR = "operator"
    KEYWORD = "keyword"
    TYPE = "type"
    COMMENT = "comment"
    PUNCT = "punct"
    HASHKEY = "hashkey"
    LABEL = "label"
    ERROR = "error"


@dataclass(frozen=True)
class Piece:
    """One coloured span; ``element`` is the pipeline element it belongs to (or -1)."""

    kind: Kind
    start: int
    end: int
    text: str
    element: int = -1
    unterminated: bool = False
    colon: bool = False  # a parameter written ``-Name:`` (its value follows directly)


@dataclass
class Element:
    """One pipeline element: a command with its arguments, or an expression."""

    index: int
    pipeline: int
    position: int                 # 0 for the first element of its pipeline
    parent: int                   # the element whose block or parentheses hold this one, or -1
    head: int = -1                # index of the first piece (the command name when a command)
    is_command: bool = False
    pieces: list[int] = field(default_factory=list)


@dataclass
class Scan:
    """The result of scanning: pieces in order, elements, and the state at the end."""

    text: str
    pieces: list[Piece]
    elements: list[Element]
    end_state: str                # "start", "cmd", "expr", "hashkey", "funcname" or "invoke"
    end_element: int              # the element still open at the end of the text, or -1
    end_parent: int               # the element enclosing the end of the text, or -1
    end_pipeline: int             # the pipeline the end of the text is in
    end_position: int             # the position in it of the element the end would start

    def command_name(self, element: Element) -> Optional[str]:
        """Return the command name of a command element (None for expressions)."""
        return self.pieces[element.head].text if element.is_command else None

    def upstream(self, pipeline: int, position: int) -> list[Element]:
        """Return the elements of ``pipeline`` before ``position``, in order."""
        return [e for e in self.elements if e.pipeline == pipeline and e.position < position]


# States: what the next token may be.
START, CMD, EXPR_STATE, HASHKEY, FUNCNAME, INVOKE = "start", "cmd", "expr", "hashkey", "funcname", "invoke"

_STATEMENT_KEYWORDS = {"return": START, "throw": START, "exit": START, "function": FUNCNAME,
                       "filter": FUNCNAME, "workflow": FUNCNAME, "configuration": FUNCNAME}
_OPENERS = {T.LPAREN: ")", T.DOLLAR_PAREN: ")", T.AT_PAREN: ")", T.LBRACE: "}", T.AT_BRACE: "}",
            T.LBRACKET: "]"}
_CLOSERS = {T.RPAREN: ")", T.RBRACE: "}", T.RBRACKET: "]"}
_UNFINISHED = {"<#": Kind.COMMENT, "`": Kind.PUNCT, "${": Kind.VARIABLE}
_COMMENT = re.compile(r"<#.*?(?:#>|\Z)|#[^\r\n]*", re.S)


@dataclass
class _Frame:
    closer: str
    state_after: str
    element: int
    pipeline: int
    position: int
    hash_frame: bool = False


class _Scanner:
    """The mode-tracking walk over the lexer's tokens (see ``scan``)."""

    def __init__(self, text: str):
        self.text = text
        self.lexer = Lexer(SourceText(text))
        self.pieces: list[Piece] = []
        self.elements: list[Element] = []
        self.frames: list[_Frame] = []
        self.state = START
        self.element = -1
        self.pipeline = 0
        self.position = 0
        self.next_pipeline = 1

    # -- bookkeeping -----------------------------------------------------------------------
    def parent(self) -> int:
        return self.frames[-1].element if self.frames else -1

    def new_statement(self) -> None:
        self.pipeline = self.next_pipeline
        self.next_pipeline += 1
        self.position = 0
        self.element = -1

    def open_element(self, is_command: bool) -> None:
        index = len(self.elements)
        self.elements.append(Element(index, self.pipeline, self.position, self.parent(),
                                     head=len(self.pieces), is_command=is_command))
        self.element = index

    def add(self, kind: Kind, start: int, end: int, **extra: bool) -> None:
        if end <= start:
            return
        if self.element >= 0:
            self.elements[self.element].pieces.append(len(self.pieces))
        self.pieces.append(Piece(kind, start, end, self.text[start:end], self.element, **extra))

    # -- the walk --------------------------------------------------------------------------
    def run(self) -> Scan:
        pos = 0
        n = len(self.text)
        while pos < n:
            mode = ARG if self.state == CMD else EXPR
            try:
                tok = self.lexer.scan(pos, mode)
            except ParseError as exc:
                pos = self.recover(pos, exc)
                continue
            self.gap(pos, tok.start)
            if tok.kind is T.EOF:
                break
            pos = self.token(tok)
        return Scan(self.text, self.pieces, self.elements, self.state, self.element, self.parent(),
                    self.pipeline, self.position)

    def gap(self, start: int, end: int) -> None:
        """Comments between tokens (the lexer skips them)."""
        if end <= start:
            return
        for m in _COMMENT.finditer(self.text, start, end):
            self.add(Kind.COMMENT, m.start(), m.end())

    def recover(self, pos: int, exc: ParseError) -> int:
        """Colour what the lexer refused; an unfinished string or comment ends the text."""
        try:
            start = self.lexer.skip_blanks(pos)
        except ParseError as inner:  # an unfinished <# comment, or a backtick at the very end
            extent = inner.record.extent
            start = max(extent.start, pos) if extent is not None else pos
        self.gap(pos, start)
        if exc.incomplete and start < len(self.text):
            kind = _UNFINISHED.get(self.text[start:start + 2], _UNFINISHED.get(self.text[start], Kind.STRING))
            if kind is Kind.STRING:
                self.head_expression()
            self.add(kind, start, len(self.text), unterminated=True)
            return len(self.text)
        extent = exc.record.extent
        if extent is not None and extent.start >= start:
            start = extent.start
        end = extent.end if extent is not None and extent.end > start else start + 1
        self.add(Kind.ERROR, start, end)
        return end

    def token(self, tok: Token) -> int:
        handler = _HANDLERS.get(tok.kind, _Scanner.on_other)
        return handler(self, tok)

    # -- token handlers (each returns where scanning goes on) -------------------------------
    def on_newline(self, tok: Token) -> int:
        self.state = HASHKEY if self.frames and self.frames[-1].hash_frame else START
        self.new_statement()
        return tok.end

    def on_semi(self, tok: Token) -> int:
        self.add(Kind.PUNCT, tok.start, tok.end)
        return self.on_newline(tok)

    def on_pipe(self, tok: Token) -> int:
        self.element = -1  # the pipe belongs to neither element
        self.add(Kind.OPERATOR, tok.start, tok.end)
        self.state = START
        self.position += 1
        return tok.end

    def on_open(self, tok: Token) -> int:
        if tok.kind is T.LBRACKET and self.state != CMD:
            typed = self.lexer.scan_type(tok.start)
            if typed is not None:
                return self.type_literal(typed)
        if self.state in (START, INVOKE):
            self.open_element(is_command=False)
            self.state = EXPR_STATE
        self.add(Kind.PUNCT, tok.start, tok.end)
        after = CMD if self.state == CMD else EXPR_STATE
        hash_frame = tok.kind is T.AT_BRACE
        self.frames.append(_Frame(_OPENERS[tok.kind], after, self.element, self.pipeline,
                                  self.position, hash_frame))
        if tok.kind is T.LBRACKET:
            self.state = EXPR_STATE
            return tok.end
        self.new_statement()
        self.state = HASHKEY if hash_frame else START
        return tok.end

    def on_close(self, tok: Token) -> int:
        while self.frames and self.frames[-1].closer != _CLOSERS[tok.kind]:
            self.frames.pop()
        if not self.frames:
            self.add(Kind.ERROR, tok.start, tok.end)
            return tok.end
        frame = self.frames.pop()
        self.element, self.pipeline, self.position = frame.element, frame.pipeline, frame.position
        self.state = frame.state_after
        self.add(Kind.PUNCT, tok.start, tok.end)
        return self.members(tok.end)

    def type_literal(self, tok: Token) -> int:
        if self.state in (START, INVOKE):
            self.open_element(is_command=False)
        self.state = EXPR_STATE
        self.add(Kind.TYPE, tok.start, tok.end)
        return self.members(tok.end)

    def on_variable(self, tok: Token) -> int:
        self.head_expression()
        self.add(Kind.VARIABLE, tok.start, tok.end)
        return self.members(tok.end)

    def on_generic(self, tok: Token) -> int:
        if self.state in (START, INVOKE):
            self.open_element(is_command=True)
            self.add(Kind.COMMAND, tok.start, tok.end)
            self.state = CMD
            return tok.end
        if self.state == FUNCNAME:
            self.add(Kind.FUNCTION_NAME, tok.start, tok.end)
            self.state = EXPR_STATE
            return tok.end
        kind = Kind.HASHKEY if self.state == HASHKEY else Kind.ARGUMENT
        self.add(kind, tok.start, tok.end)
        return tok.end if self.state == HASHKEY else self.members(tok.end)

    def on_keyword(self, tok: Token) -> int:
        if self.state == HASHKEY:
            self.add(Kind.HASHKEY, tok.start, tok.end)
            return tok.end
        self.add(Kind.KEYWORD, tok.start, tok.end)
        self.state = _STATEMENT_KEYWORDS.get(tok.text, EXPR_STATE)
        return tok.end

    def on_parameter(self, tok: Token) -> int:
        self.add(Kind.PARAMETER, tok.start, tok.end, colon=bool(tok.value))
        return tok.end

    def on_assign(self, tok: Token) -> int:
        self.add(Kind.OPERATOR, tok.start, tok.end)
        # the right-hand side (also of a hashtable entry) is a pipeline of its own
        self.state = START
        self.new_statement()
        return tok.end

    def on_invoke(self, tok: Token) -> int:
        self.add(Kind.OPERATOR, tok.start, tok.end)
        if self.state == START:
            self.state = INVOKE
        return tok.end

    def on_dot(self, tok: Token) -> int:
        if self.state == START and tok.end < len(self.text) and self.text[tok.end] in " \t":
            return self.on_invoke(tok)
        return self.member_after(tok.start, tok.end)

    def on_literal(self, tok: Token) -> int:
        self.head_expression()
        kind = Kind.NUMBER if tok.kind is T.NUMBER else Kind.STRING
        self.add(kind, tok.start, tok.end)
        return self.members(tok.end)

    def on_operator(self, tok: Token) -> int:
        if self.state in (START, INVOKE):
            self.open_element(is_command=False)
            self.state = EXPR_STATE
        self.add(Kind.OPERATOR, tok.start, tok.end)
        return tok.end

    def on_redirect(self, tok: Token) -> int:
        self.add(Kind.OPERATOR, tok.start, tok.end)
        self.state = CMD
        return tok.end

    def on_other(self, tok: Token) -> int:
        kind = {T.COMMA: Kind.PUNCT, T.LABEL: Kind.LABEL, T.SPLAT: Kind.VARIABLE,
                T.IDENT: Kind.MEMBER}.get(tok.kind, Kind.OPERATOR)
        self.add(kind, tok.start, tok.end)
        if tok.kind is T.COLONCOLON:
            return self.member_after(tok.start, tok.end, punct_added=True)
        return tok.end

    # -- expressions and members -------------------------------------------------------------
    def head_expression(self) -> None:
        """A value at the start of an element opens an expression (after ``&``: a command)."""
        if self.state == START:
            self.open_element(is_command=False)
            self.state = EXPR_STATE
        elif self.state == INVOKE:
            self.open_element(is_command=True)
            self.state = CMD

    def members(self, pos: int) -> int:
        """``.Name``, ``::Name``, ``.Method(`` and ``[index]`` written right after a value."""
        text = self.text
        while pos < len(text):
            if text.startswith("::", pos):
                self.add(Kind.OPERATOR, pos, pos + 2)
                pos = self.member_name(pos + 2)
            elif text[pos] == "." and not text.startswith("..", pos):
                self.add(Kind.OPERATOR, pos, pos + 1)
                pos = self.member_name(pos + 1)
            else:
                return pos
            if pos < len(text) and text[pos] == "(":
                return pos
        return pos

    def member_after(self, start: int, end: int, punct_added: bool = False) -> int:
        if not punct_added:
            self.add(Kind.OPERATOR, start, end)
        return self.members(self.member_name(end))

    def member_name(self, pos: int) -> int:
        tok = self.lexer.scan_member(pos)
        if tok is None:
            return pos
        self.add(Kind.MEMBER, tok.start, tok.end)
        return tok.end


_HANDLERS: dict[T, Callable[[_Scanner, Token], int]] = {
    T.NEWLINE: _Scanner.on_newline, T.SEMI: _Scanner.on_semi, T.PIPE: _Scanner.on_pipe,
    T.LPAREN: _Scanner.on_open, T.DOLLAR_PAREN: _Scanner.on_open, T.AT_PAREN: _Scanner.on_open,
    T.LBRACE: _Scanner.on_open, T.AT_BRACE: _Scanner.on_open, T.LBRACKET: _Scanner.on_open,
    T.RPAREN: _Scanner.on_close, T.RBRACE: _Scanner.on_close, T.RBRACKET: _Scanner.on_close,
    T.VARIABLE: _Scanner.on_variable, T.GENERIC: _Scanner.on_generic, T.KEYWORD: _Scanner.on_keyword,
    T.PARAMETER: _Scanner.on_parameter, T.ASSIGN: _Scanner.on_assign, T.AMP: _Scanner.on_invoke,
    T.DOT: _Scanner.on_dot, T.NUMBER: _Scanner.on_literal, T.STRING: _Scanner.on_literal,
    T.EXPANDABLE: _Scanner.on_literal, T.OPERATOR: _Scanner.on_operator,
    T.INCDEC: _Scanner.on_operator, T.DOTDOT: _Scanner.on_operator, T.REDIRECT: _Scanner.on_redirect,
}


def scan(text: str) -> Scan:
    """Return the pieces and pipeline elements of ``text`` (never raises)."""
    return _Scanner(text).run()
