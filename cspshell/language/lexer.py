"""The tokenizer. PowerShell tokenizes differently in expression mode and argument mode,
so the parser asks for one token at a time, saying which mode applies at that point.

``Lexer.scan(pos, mode)`` returns the token starting at or after ``pos`` (skipping blanks,
comments and backtick line continuations). Errors raise ``ParseError`` with the span.
"""
from __future__ import annotations

import re
from typing import Optional

from ..errors import ErrorRecord, Extent, ParseError, SourceText  # noqa: F401
from ..objects.convert import parse_number
from .tokens import DASH_OPERATORS, KEYWORDS, T, Token

EXPR, ARG = "expr", "arg"

_WS = " \t\f\v\u00a0"
_ARG_DELIMS = set(" \t\f\v\r\n;|(){},&") | {"\u00a0"}
_VAR_CHARS = re.compile(r"[A-Za-z0-9_?]*")
_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_NUMBER_EXPR = re.compile(
    r"(?:0[xX][0-9a-fA-F]+|(?:\d+(?:\.(?!\.)\d*)?|\.\d+)(?:[eE][+-]?\d+)?)"
    r"(?:[lLdD])?(?:[kKmMgGtTpP][bB])?")
def _type_name_pattern() -> str:
    """A type name: dotted words, generic arguments two levels deep (``List[string]``,
    ``Dictionary[string,List[int]]``) and an array rank (``[]``, ``[,]``)."""
    name, rank = r"[A-Za-z_][A-Za-z0-9_.`]*", r"(?:\s*\[\s*,*\s*\])?"
    plain = name + rank

    def generic(argument: str) -> str:
        return name + r"\s*\[\s*" + argument + r"(?:\s*,\s*" + argument + r")*\s*\]" + rank

    inner = f"(?:{generic(plain)}|{plain})"
    return f"(?:{generic(inner)}|{plain})"


_TYPE_NAME = re.compile(r"\s*(" + _type_name_pattern() + r"(?:\s*,\s*[A-Za-z_][\w.]*)*)\s*\]")
_SCOPES = ("global", "script", "local", "private", "env", "variable", "using", "function")
_PUNCT = {
    "(": T.LPAREN, ")": T.RPAREN, "{": T.LBRACE, "}": T.RBRACE, "[": T.LBRACKET, "]": T.RBRACKET,
    ";": T.SEMI, ",": T.COMMA,
}


def parse_error(source: SourceText, start: int, end: int, message: str, error_id: str,
                incomplete: bool = False) -> ParseError:
    """A ParseError record positioned at [start, end)."""
    record = ErrorRecord(
        message=message, error_id=error_id, category="ParserError",
        exception_type="ParentContainsErrorRecordException",
        extent=Extent(source, start, max(end, start)))
    return ParseError(record, incomplete=incomplete)


class Lexer:
    """Scans tokens out of one SourceText on demand."""

    def __init__(self, source: SourceText):
        self.source = source
        self.text = source.text
        self.n = len(self.text)

    # -- whitespace, comments ------------------------------------------------------------
    def skip_blanks(self, pos: int) -> int:
        """Skip spaces, tabs, comments and line continuations (not newlines)."""
        text, n = self.text, self.n
        while pos < n:
            ch = text[pos]
            if ch in _WS:
                pos += 1
            elif ch == "`" and pos + 1 < n and text[pos + 1] in "\r\n":
                pos += 2
                if text[pos - 1] == "\r" and pos < n and text[pos] == "\n":
                    pos += 1
            elif ch == "`" and pos + 1 == n:
                raise parse_error(self.source, pos, pos + 1, "Missing expression after '`'.",
                                  "IncompleteLineContinuation", incomplete=True)
            elif ch == "#":
                end = self._line_end(pos)
                pos = end
            elif ch == "<" and text.startswith("<#", pos):
                end = text.find("#>", pos + 2)
                if end < 0:
                    raise parse_error(self.source, pos, n, "The terminator '#>' is missing from the multiline comment.",
                                      "MissingTerminatorMultiLineComment", incomplete=True)
                pos = end + 2
            else:
                break
        return pos

    def _line_end(self, pos: int) -> int:
        end = self.text.find("\n", pos)
        if end < 0:
            return self.n
        return end - 1 if end > pos and self.text[end - 1] == "\r" else end

    # -- main entry ----------------------------------------------------------------------
    def scan(self, pos: int, mode: str) -> Token:
        """The next token at or after ``pos`` in the given mode."""
        start0 = pos
        pos = self.skip_blanks(pos)
        space = pos > start0 or pos == 0
        text, n = self.text, self.n
        if pos >= n:
            return Token(T.EOF, "", n, n, space_before=space)
        ch = text[pos]
        nxt = text[pos + 1] if pos + 1 < n else ""
        if ch in "\r\n":
            end = pos + (2 if text.startswith("\r\n", pos) else 1)
            return Token(T.NEWLINE, "\n", pos, end, space_before=space)
        if ch in _PUNCT:
            return Token(_PUNCT[ch], ch, pos, pos + 1, space_before=space)
        if ch == "|":
            if nxt == "|":
                raise parse_error(self.source, pos, pos + 2,
                                  "The token '||' is not a valid statement separator in this version.",
                                  "InvalidEndOfLine")
            return Token(T.PIPE, "|", pos, pos + 1, space_before=space)
        if ch == "&":
            if nxt == "&":
                raise parse_error(self.source, pos, pos + 2,
                                  "The token '&&' is not a valid statement separator in this version.",
                                  "InvalidEndOfLine")
            return Token(T.AMP, "&", pos, pos + 1, space_before=space)
        if ch == "'" or ch in "\u2018\u2019":
            return self._single_quoted(pos, space)
        if ch == '"' or ch in "\u201c\u201d":
            return self._double_quoted(pos, space)
        if ch == "@":
            return self._at(pos, space, mode)
        if ch == "$":
            tok = self._dollar(pos, space)
            if mode == ARG and self._continues_argument(tok):
                return self._arg_token(pos, space, mixed=True, scan_from=tok.end)
            return tok
        tok = self._redirection(pos, space)
        if tok:
            return tok
        if mode == ARG:
            return self._arg_token(pos, space)
        return self._expr_token(pos, space)

    # -- strings ---------------------------------------------------------------------------
    def _single_quoted(self, pos: int, space: bool) -> Token:
        text, n = self.text, self.n
        i = pos + 1
        out = []
        while i < n:
            ch = text[i]
            if ch in "'\u2018\u2019":
                if i + 1 < n and text[i + 1] in "'\u2018\u2019":
                    out.append("'")
                    i += 2
                    continue
                return Token(T.STRING, "".join(out), pos, i + 1, value="".join(out), space_before=space)
            out.append(ch)
            i += 1
        raise parse_error(self.source, pos, n,
                          "The string is missing the terminator: '.", "TerminatorExpectedAtEndOfString",
                          incomplete=True)

    def _double_quoted(self, pos: int, space: bool) -> Token:
        try:
            end = self.skip_expandable(pos + 1, '"')
        except ParseError as exc:
            if exc.record.error_id != "TerminatorExpectedAtEndOfString":
                raise
            raise parse_error(self.source, pos, self.n, exc.record.message, exc.record.error_id,
                              incomplete=True) from None
        raw = self.text[pos + 1:end]
        return Token(T.EXPANDABLE, raw, pos, end + 1, value=(raw, pos + 1), space_before=space)

    def skip_expandable(self, i: int, quote: str) -> int:
        """Index of the closing quote of an expandable string starting at ``i``."""
        text, n = self.text, self.n
        quotes = '"\u201c\u201d' if quote == '"' else quote
        while i < n:
            ch = text[i]
            if ch == "`":
                i += 2
                continue
            if ch in quotes:
                if i + 1 < n and text[i + 1] in quotes:
                    i += 2
                    continue
                return i
            if ch == "$" and i + 1 < n and text[i + 1] == "(":
                i = self.skip_balanced(i + 1)
                continue
            i += 1
        raise parse_error(self.source, i - 1 if i else 0, n,
                          'The string is missing the terminator: ".', "TerminatorExpectedAtEndOfString",
                          incomplete=True)

    def skip_balanced(self, i: int) -> int:
        """Index just past the ``)`` matching the ``(`` at ``i`` (skipping nested strings)."""
        text, n = self.text, self.n
        depth = 0
        while i < n:
            ch = text[i]
            if ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
                if depth == 0:
                    return i + 1
            elif ch == "'":
                i = self._single_quoted(i, False).end
                continue
            elif ch == '"':
                i = self.skip_expandable(i + 1, '"') + 1
                continue
            elif ch == "`":
                i += 2
                continue
            i += 1
        raise parse_error(self.source, n, n, "Missing closing ')' in subexpression.",
                          "MissingEndParenthesisInSubexpression", incomplete=True)

    def _here_string(self, pos: int, space: bool) -> Token:
        quote = self.text[pos + 1]
        text, n = self.text, self.n
        i = pos + 2
        while i < n and text[i] in " \t":
            i += 1
        if i < n and text[i] not in "\r\n":
            raise parse_error(self.source, pos + 2, pos + 3,
                              "No characters are allowed after a here-string header but before the end of the line.",
                              "UnexpectedCharactersAfterHereStringHeader")
        if i >= n:
            raise parse_error(self.source, pos, n, "The string is missing the terminator: " + quote + "@.",
                              "TerminatorExpectedAtEndOfString", incomplete=True)
        body_start = i + (2 if text.startswith("\r\n", i) else 1)
        closer = re.compile(r"(?m)^" + re.escape(quote) + "@")
        m = closer.search(text, body_start)
        if not m:
            false = re.compile(r"(?m)^[ \t]+" + re.escape(quote) + "@").search(text, body_start)
            if false:
                raise parse_error(self.source, false.start(), false.end(),
                                  "White space is not allowed before the string terminator.",
                                  "WhitespaceBeforeHereStringFooter", incomplete=True)
            raise parse_error(self.source, pos, n,
                              "The string is missing the terminator: " + quote + "@.",
                              "TerminatorExpectedAtEndOfString", incomplete=True)
        body_end = m.start()
        if body_end > body_start:
            body_end -= 1
            if body_end > body_start and text[body_end - 1] == "\r":
                body_end -= 1
        body = text[body_start:max(body_end, body_start)]
        stop = m.end()
        if quote == "'":
            return Token(T.STRING, body, pos, stop, value=body, space_before=space)
        return Token(T.EXPANDABLE, body, pos, stop, value=(body, body_start), space_before=space)

    # -- @ and $ -----------------------------------------------------------------------------
    def _at(self, pos: int, space: bool, mode: str) -> Token:
        nxt = self.text[pos + 1] if pos + 1 < self.n else ""
        if nxt == "(":
            return Token(T.AT_PAREN, "@(", pos, pos + 2, space_before=space)
        if nxt == "{":
            return Token(T.AT_BRACE, "@{", pos, pos + 2, space_before=space)
        if nxt and nxt in "'\"":
            return self._here_string(pos, space)
        m = _IDENT.match(self.text, pos + 1)
        if m:
            return Token(T.SPLAT, m.group(0), pos, m.end(), space_before=space)
        raise parse_error(self.source, pos, pos + 1,
                          "Unrecognized token in source text.", "UnrecognizedToken")

    def _dollar(self, pos: int, space: bool) -> Token:
        text, n = self.text, self.n
        nxt = text[pos + 1] if pos + 1 < n else ""
        if nxt == "(":
            return Token(T.DOLLAR_PAREN, "$(", pos, pos + 2, space_before=space)
        if nxt == "{":
            end = text.find("}", pos + 2)
            if end < 0:
                raise parse_error(self.source, pos, n, "${variable} reference starting is missing the closing '}'.",
                                  "IncompleteDollarVariableReference", incomplete=True)
            name = text[pos + 2:end]
            return Token(T.VARIABLE, name, pos, end + 1, value=name, space_before=space)
        if nxt in ("_", "?", "$", "^") and not (nxt == "_" and pos + 2 < n and (text[pos + 2].isalnum() or text[pos + 2] == "_")):
            return Token(T.VARIABLE, nxt, pos, pos + 2, value=nxt, space_before=space)
        m = re.compile(r"[A-Za-z0-9_]+").match(text, pos + 1)
        if not m:
            # a lone $ is a literal in argument mode; the parser decides
            return Token(T.GENERIC, "$", pos, pos + 1, value="$", space_before=space)
        name = m.group(0)
        end = m.end()
        if end < n and text[end] == ":" and name.lower() in _SCOPES and end + 1 < n and (
                text[end + 1].isalnum() or text[end + 1] == "_"):
            m2 = re.compile(r"[A-Za-z0-9_.]+").match(text, end + 1)
            inner = m2.group(0)
            if name.lower() != "env":
                inner = re.compile(r"[A-Za-z0-9_]+").match(text, end + 1).group(0)
            name = f"{name}:{inner}"
            end = end + 1 + len(inner)
        return Token(T.VARIABLE, name, pos, end, value=name, space_before=space)

    # -- redirections ------------------------------------------------------------------------
    # ``n>&2`` and ``<`` are scanned as redirections, as 5.1 scans them, so that the parser can
    # report them as reserved operators.
    _REDIR = re.compile(r"[1-6]>&[12]|\*>&1|[1-6*]?>>?")

    def _redirection(self, pos: int, space: bool) -> Optional[Token]:
        ch = self.text[pos]
        if ch not in ">123456*<":
            return None
        if ch == "<":
            return Token(T.REDIRECT, "<", pos, pos + 1, space_before=space)
        if ch != ">" and not (pos + 1 < self.n and self.text[pos + 1] == ">"):
            return None
        if ch in "123456*" and not space:
            return None
        m = self._REDIR.match(self.text, pos)
        if not m:
            return None
        return Token(T.REDIRECT, m.group(0), pos, m.end(), space_before=space)

    # -- argument mode -----------------------------------------------------------------------
    def _continues_argument(self, tok: Token) -> bool:
        """A variable in argument mode followed, without a space, by a character that does not
        end a token (``$dir/users.csv``): 5.1's tokenizer rescans it all as one expandable word.
        ``.`` and ``[`` (member access, indexing), ``=``, ``:`` and a line continuation do not."""
        end = tok.end
        if tok.kind is not T.VARIABLE or end >= self.n:
            return False
        nxt = self.text[end]
        if nxt == "`" and self.text[end + 1:end + 2] in ("\r", "\n", ""):
            return False
        return nxt not in _ARG_DELIMS and nxt not in ".[=:"

    def _arg_token(self, pos: int, space: bool, mixed: bool = False, scan_from: Optional[int] = None) -> Token:
        """A command argument word; ``mixed`` when it starts with a variable to expand, whose
        end is ``scan_from``."""
        text, n = self.text, self.n
        ch = text[pos]
        if ch == "-" and pos + 1 < n and (text[pos + 1].isalpha() or text[pos + 1] in "_?"):
            return self._parameter(pos, space)
        if ch == "-" and text.startswith("--", pos) and (pos + 2 >= n or text[pos + 2] in _ARG_DELIMS):
            return Token(T.GENERIC, "--", pos, pos + 2, value="--", space_before=space)
        end = pos if scan_from is None else scan_from
        while end < n and text[end] not in _ARG_DELIMS:
            ch2 = text[end]
            if ch2 == "`" and end + 1 < n:
                end += 2
                continue
            if ch2 == "'" and end > pos:
                end = self._single_quoted(end, False).end
                mixed = True
                continue
            if ch2 == '"' and end > pos:
                end = self.skip_expandable(end + 1, '"') + 1
                mixed = True
                continue
            if ch2 == "$" and end + 1 < n and end > pos:
                nxt2 = text[end + 1]
                if nxt2 == "(":
                    end = self.skip_balanced(end + 1)
                    mixed = True
                    continue
                if nxt2.isalnum() or nxt2 in "_{?":
                    mixed = True
            end += 1
        word = text[pos:end]
        if end == pos:
            raise parse_error(self.source, pos, pos + 1, "Unexpected token '%s' in expression or statement." % ch,
                              "UnexpectedToken")
        if mixed:
            return Token(T.GENERIC, word, pos, end, value=None, space_before=space)
        num = parse_number(word) if (word[0].isdigit() or word[0] in ".-+") else None
        if num is not None and not word.startswith("+"):
            return Token(T.NUMBER, word, pos, end, value=num, space_before=space)
        value = re.sub(r"`(.)", lambda m: _backtick_char(m.group(1), literal_other=True), word)
        return Token(T.GENERIC, word, pos, end, value=value, space_before=space)

    def _parameter(self, pos: int, space: bool) -> Token:
        text, n = self.text, self.n
        end = pos + 1
        while end < n and text[end] not in _ARG_DELIMS and text[end] not in ":'\"":
            end += 1
        name = text[pos + 1:end]
        colon = end < n and text[end] == ":"
        if colon:
            end += 1
        return Token(T.PARAMETER, name, pos, end, value=colon, space_before=space)

    # -- expression mode ---------------------------------------------------------------------
    def _expr_token(self, pos: int, space: bool) -> Token:
        text, n = self.text, self.n
        ch = text[pos]
        nxt = text[pos + 1] if pos + 1 < n else ""
        if ch.isdigit() or (ch == "." and nxt.isdigit() and (pos == 0 or not (text[pos - 1].isalnum() or text[pos - 1] in ")]_"))):
            m = _NUMBER_EXPR.match(text, pos)
            end = m.end()
            if end < n and (text[end].isalnum() or text[end] == "_"):
                # 1abc: not a number; PowerShell reads it as a command name
                return self._generic_word(pos, space)
            value = parse_number(m.group(0))
            if value is None:
                raise parse_error(self.source, pos, end,
                                  f"The numeric constant {m.group(0)} is not valid.", "BadNumericConstant")
            return Token(T.NUMBER, m.group(0), pos, end, value=value, space_before=space)
        if ch == "-" or ch in "\u2013\u2014":
            if nxt.isalpha():
                m = _IDENT.match(text, pos + 1)
                word = m.group(0).lower()
                if word in DASH_OPERATORS:
                    return Token(T.OPERATOR, DASH_OPERATORS[word], pos, m.end(), space_before=space)
                return Token(T.PARAMETER, m.group(0), pos, m.end(), value=False, space_before=space)
            if nxt == "-":
                return Token(T.INCDEC, "--", pos, pos + 2, space_before=space)
            if nxt == "=":
                return Token(T.ASSIGN, "-=", pos, pos + 2, space_before=space)
            return Token(T.OPERATOR, "-", pos, pos + 1, space_before=space)
        if ch == "+":
            if nxt == "+":
                return Token(T.INCDEC, "++", pos, pos + 2, space_before=space)
            if nxt == "=":
                return Token(T.ASSIGN, "+=", pos, pos + 2, space_before=space)
            return Token(T.OPERATOR, "+", pos, pos + 1, space_before=space)
        if ch in "*/%":
            if nxt == "=":
                return Token(T.ASSIGN, ch + "=", pos, pos + 2, space_before=space)
            return Token(T.OPERATOR, ch, pos, pos + 1, space_before=space)
        if ch == "=":
            return Token(T.ASSIGN, "=", pos, pos + 1, space_before=space)
        if ch == "!":
            if nxt == "=":
                raise parse_error(self.source, pos, pos + 2,
                                  "The '!=' operator is not allowed here; use -ne instead.",
                                  "InvalidOperator")
            return Token(T.OPERATOR, "!", pos, pos + 1, space_before=space)
        if ch == ".":
            if nxt == ".":
                return Token(T.DOTDOT, "..", pos, pos + 2, space_before=space)
            return Token(T.DOT, ".", pos, pos + 1, space_before=space)
        if ch == ":" and nxt == ":":
            return Token(T.COLONCOLON, "::", pos, pos + 2, space_before=space)
        if ch == ":" and (nxt.isalpha() or nxt == "_"):
            m = _IDENT.match(text, pos + 1)
            return Token(T.LABEL, m.group(0), pos, m.end(), space_before=space)
        return self._generic_word(pos, space)

    def _generic_word(self, pos: int, space: bool) -> Token:
        text, n = self.text, self.n
        end = pos
        while end < n and text[end] not in _ARG_DELIMS and text[end] not in "'\"=":
            if text[end] == "`" and end + 1 < n:
                end += 2
                continue
            end += 1
        if end == pos:
            raise parse_error(self.source, pos, pos + 1,
                              f"Unexpected token '{text[pos]}' in expression or statement.", "UnexpectedToken")
        word = text[pos:end]
        if word.lower() in KEYWORDS:
            return Token(T.KEYWORD, word.lower(), pos, end, value=word, space_before=space)
        return Token(T.GENERIC, word, pos, end, value=word, space_before=space)

    # -- helpers the parser calls in specific positions ----------------------------------
    def scan_member(self, pos: int) -> Optional[Token]:
        """A member name right at ``pos`` (after ``.`` or ``::``), or None."""
        m = _IDENT.match(self.text, pos)
        if not m:
            return None
        return Token(T.IDENT, m.group(0), pos, m.end())

    def scan_type(self, pos: int) -> Optional[Token]:
        """A type literal ``[name]`` starting at the ``[`` at ``pos``, or None."""
        m = _TYPE_NAME.match(self.text, pos + 1)
        if not m:
            return None
        name = re.sub(r"\s+", "", m.group(1))
        return Token(T.TYPE, name, pos, m.end())


_BACKTICK = {"0": "\0", "a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v"}


def _backtick_char(ch: str, literal_other: bool = True) -> str:
    return _BACKTICK.get(ch, ch)


def unescape_backticks(text: str) -> str:
    """Process backtick escapes of an expandable string's literal part."""
    return re.sub(r"`(.)", lambda m: _BACKTICK.get(m.group(1), m.group(1)), text, flags=re.S)
