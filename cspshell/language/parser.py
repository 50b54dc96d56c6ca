"""The parser: text -> AST, one ``parse_<rule>`` method per grammar rule.

Binary operators climb a precedence ladder (PowerShell's own: logical < bitwise <
comparison < additive < multiplicative < format < range); the comma binds tighter than
any binary operator and unary operators tighter still. Every error goes through
``fail`` which raises ParseError; errors at the end of the input are marked incomplete
so an interactive shell can ask for more lines.
"""
from __future__ import annotations

from typing import Any, Callable, Optional

from ..errors import ErrorRecord, Extent, ParseError, SourceText
from . import ast as A
from .lexer import ARG, EXPR, Lexer, parse_error, unescape_backticks
from .tokens import T, Token

PRECEDENCE = {
    "and": 1, "or": 1, "xor": 1,
    "band": 2, "bor": 2, "bxor": 2, "shl": 2, "shr": 2,
    "+": 4, "-": 4, "*": 5, "/": 5, "%": 5, "f": 6, "..": 7,
}
COMPARISON = {"eq", "ne", "gt", "ge", "lt", "le", "like", "notlike", "match", "notmatch",
              "contains", "notcontains", "in", "notin", "replace", "split", "join", "is",
              "isnot", "as"}
for _op in list(COMPARISON):
    PRECEDENCE[_op] = 3
    if _op not in ("join", "is", "isnot", "as"):
        PRECEDENCE["c" + _op] = 3

_STATEMENT_END = (T.NEWLINE, T.SEMI, T.EOF, T.RBRACE, T.RPAREN)
_BLOCK_STATEMENTS = (A.If, A.While, A.DoLoop, A.For, A.ForEach, A.Switch, A.FunctionDef, A.Try, A.Trap)
_ARG_END = (T.NEWLINE, T.SEMI, T.EOF, T.RBRACE, T.RPAREN, T.PIPE, T.REDIRECT)
_STREAM_ORDER = "*123456"
_STREAM_NAMES = {"*": "* stream", "1": "output stream", "2": "error stream", "3": "warning stream",
                 "4": "verbose stream", "5": "debug stream", "6": "information stream"}
_OPERAND_START = (T.VARIABLE, T.NUMBER, T.STRING, T.EXPANDABLE, T.LPAREN, T.DOLLAR_PAREN,
                  T.AT_PAREN, T.AT_BRACE, T.LBRACE, T.LBRACKET, T.SPLAT)
# after an unexpected token that can begin a statement, parsing resumes at it (5.1's
# PipelineRule leaves the token for the next statement); any other such token is skipped
_RESUMES_STATEMENT = _OPERAND_START + (T.GENERIC, T.KEYWORD, T.AMP, T.DOT, T.LABEL)


def parse(text: str, name: str = "") -> A.ScriptBlockBody:
    """Parse a whole script; raises ParseError."""
    return Parser(SourceText(text, name)).parse_script()


class Parser:
    """Recursive-descent parser over a mode-aware Lexer."""

    def __init__(self, source: SourceText, start: int = 0, errors: Optional[list] = None):
        self.source = source
        self.lexer = Lexer(source)
        self.pos = start
        # errors the parser recovered from (5.1 reports them all in one ParseException)
        self.errors: list[ParseError] = [] if errors is None else errors
        self._cache: dict[tuple[int, str], Token] = {}

    # -- token stream --------------------------------------------------------------------
    def peek(self, mode: str = EXPR) -> Token:
        key = (self.pos, mode)
        tok = self._cache.get(key)
        if tok is None:
            tok = self.lexer.scan(self.pos, mode)
            self._cache[key] = tok
        return tok

    def next(self, mode: str = EXPR) -> Token:
        tok = self.peek(mode)
        self.pos = tok.end
        return tok

    def accept(self, kind: T, mode: str = EXPR) -> Optional[Token]:
        tok = self.peek(mode)
        if tok.kind is kind:
            self.pos = tok.end
            return tok
        return None

    def skip_newlines(self) -> None:
        while self.peek().kind is T.NEWLINE:
            self.next()

    def skip_separators(self) -> None:
        while self.peek().kind in (T.NEWLINE, T.SEMI):
            self.next()

    def span(self, start: int, end: Optional[int] = None) -> Extent:
        return Extent(self.source, start, self.pos if end is None else end)

    def fail(self, message: str, error_id: str, start: int, end: Optional[int] = None,
             incomplete: bool = False) -> ParseError:
        return parse_error(self.source, start, end if end is not None else start + 1,
                           message, error_id, incomplete)

    def expect(self, kind: T, message: str, error_id: str, anchor: int, after: bool = False) -> Token:
        """Consume a token of ``kind`` or fail; at end of input the failure is 'incomplete'.

        The error sits on the unexpected token, or (at the end of input) on ``anchor``; with
        ``after`` it is an empty extent at ``anchor`` (5.1's ``After(ast)`` positions).
        """
        tok = self.peek()
        if tok.kind is kind:
            return self.next()
        at_end = tok.kind is T.EOF
        if after:
            raise self.fail(message, error_id, anchor, anchor, incomplete=at_end)
        raise self.fail(message, error_id, anchor if at_end else tok.start,
                        (anchor + 1) if at_end else tok.end, incomplete=at_end)

    def unexpected(self, tok: Token) -> ParseError:
        if tok.kind is T.EOF:
            return self.fail("Unexpected end of input.", "UnexpectedEndOfInput", tok.start, tok.end,
                             incomplete=True)
        text = self.source.text[tok.start:tok.end]
        return self.fail(f"Unexpected token '{text}' in expression or statement.", "UnexpectedToken",
                         tok.start, tok.end)

    # -- error recovery ----------------------------------------------------------------------
    # 5.1's parser records an error and goes on where its grammar knows how to (Parser.cs
    # "ErrorRecovery" comments); the cases handled here: a block whose statement list stops at
    # ')' or the end of input reports its missing '}' at the '{' and counts as closed; a
    # stray ')' or '}' at the top level is reported and skipped; a token after a complete
    # statement is reported and parsing resumes at it; and when the input ends inside a
    # block or parentheses, the error is kept and each construct still open reports its own
    # missing closer. Any other error ends the parse at once (after the ones kept so far).
    def keep(self, error: ParseError) -> None:
        """Record an error and go on (one error per id and position, as SaveError does)."""
        extent = error.record.extent
        for seen in self.errors:
            if seen.record.error_id == error.record.error_id and seen.record.extent == extent:
                return
        self.errors.append(error)

    def _inside(self, parse: Callable[[], Any], standin: Callable[[], Any]) -> Any:
        """Parse the inside of a bracketed construct; when the input ends in it, keep the error,
        skip to the end and return ``standin()`` so the enclosing constructs can report theirs."""
        try:
            return parse()
        except ParseError as exc:
            if not exc.incomplete:
                raise
            self.keep(exc)
            self.pos = len(self.source.text)
            return standin()

    def close_brace(self, anchor: int) -> None:
        """Consume the '}' of the block opened at ``anchor``, or report it missing (at the '{')."""
        tok = self.peek()
        if tok.kind is T.RBRACE:
            self.next()
            return
        self.keep(self.fail("Missing closing '}' in statement block or type definition.", "MissingEndCurlyBrace",
                            anchor, anchor + 1, incomplete=tok.kind is T.EOF))

    def close_paren(self, message: str, error_id: str, anchor: int) -> None:
        """Consume a ')', or report it missing just after ``anchor`` (5.1's ``After(...)``) and go on
        as if it were there."""
        tok = self.peek()
        if tok.kind is T.RPAREN:
            self.next()
            return
        self.keep(self.fail(message, error_id, anchor, anchor, incomplete=tok.kind is T.EOF))

    # -- script and blocks -----------------------------------------------------------------
    def parse_script(self) -> A.ScriptBlockBody:
        """The whole input; every error found raises one ParseError (see ``combined_error``)."""
        start = self.pos
        try:
            body = self.parse_block_body(end_kind=T.EOF, start=start)
        except ParseError as exc:
            self.keep(exc)
            raise combined_error(self.errors) from exc
        if self.errors:
            raise combined_error(self.errors)
        return body

    def parse_block_body(self, end_kind: T, start: int) -> A.ScriptBlockBody:
        """Param block, then either named begin/process/end blocks or a statement list."""
        self.skip_separators()
        params, has_param, binding = self.parse_param_block()
        self.skip_separators()
        named = self.parse_named_blocks(end_kind)
        if named is not None:
            begin, process, end = named
        else:
            begin, process, end = None, None, self.parse_statements(end_kind)
        text = self.source.text[start:self.pos]
        return A.ScriptBlockBody(self.span(start), params, begin, process, end, has_param, binding is not None,
                                 text, binding)

    def parse_param_block(self) -> tuple[list, bool, Optional[dict]]:
        """The param block: its parameters, whether there is one, and the named arguments of
        ``[CmdletBinding(...)]`` (None without that attribute)."""
        saved = self.pos
        binding = None
        attrs = self.parse_attributes()
        for name, _, named in attrs:
            if name.lower() == "cmdletbinding":
                binding = named or {}
        self.skip_newlines()
        tok = self.peek()
        if not tok.is_kw("param"):
            self.pos = saved
            return [], False, None
        self.next()
        self.skip_newlines()
        lp = self.expect(T.LPAREN, "Missing '(' in the param block.", "MissingOpenParenthesisInFunctionParameterList", tok.end)
        params = self.parse_param_list(lp.start)
        return params, True, binding

    def parse_named_blocks(self, end_kind: T):
        tok = self.peek()
        if not tok.is_kw("begin", "process", "end"):
            return None
        blocks: dict[str, list] = {}
        while True:
            self.skip_separators()
            tok = self.peek()
            if tok.kind is end_kind or tok.kind is T.EOF:
                break
            if not tok.is_kw("begin", "process", "end"):
                raise self.unexpected(tok)
            self.next()
            self.skip_newlines()
            blocks[tok.text] = self.parse_brace_block(tok.start)
        return blocks.get("begin"), blocks.get("process"), blocks.get("end")

    def parse_param_list(self, anchor: int) -> list:
        params: list[A.ParamDecl] = []
        self.skip_newlines()
        if self.accept(T.RPAREN):
            return params
        while True:
            self.skip_newlines()
            start = self.lexer.skip_blanks(self.pos)
            attrs = self.parse_attributes()
            type_name = ""
            plain = []
            for name, args, named in attrs:
                if args is None:
                    type_name = name
                else:
                    plain.append((name, args, named))
            self.skip_newlines()
            tok = self.next()
            if tok.kind is not T.VARIABLE:
                raise self.fail("Missing variable name in the parameter list." if tok.kind is not T.EOF
                                else "Missing ')' in function parameter list.",
                                "InvalidFunctionParameter" if tok.kind is not T.EOF else "MissingEndParenthesisInFunctionParameterList",
                                tok.start, tok.end, incomplete=tok.kind is T.EOF)
            default = None
            self.skip_newlines()
            if self.peek().kind is T.ASSIGN and self.peek().text == "=":
                self.next()
                self.skip_newlines()
                default = self.parse_expression(allow_comma=False)
            params.append(A.ParamDecl(self.span(start), tok.value, type_name, default, plain))
            self.skip_newlines()
            if self.accept(T.COMMA):
                continue
            self.expect(T.RPAREN, "Missing ')' in function parameter list.",
                        "MissingEndParenthesisInFunctionParameterList", anchor)
            return params

    def parse_attributes(self) -> list:
        """``[type]`` or ``[Name(args)]`` items; a type yields (name, None, None)."""
        attrs = []
        while True:
            self.skip_newlines()
            tok = self.peek()
            if tok.kind is not T.LBRACKET:
                return attrs
            typ = self.lexer.scan_type(tok.start)
            if typ is not None:
                self.pos = typ.end
                attrs.append((typ.text, None, None))
                continue
            self.next()
            name_tok = self.lexer.scan_member(self.pos)
            if name_tok is None:
                raise self.unexpected(self.peek())
            self.pos = name_tok.end
            args, named = [], {}
            if self.accept(T.LPAREN):
                self.skip_newlines()
                while not self.accept(T.RPAREN):
                    key = self.lexer.scan_member(self.lexer.skip_blanks(self.pos))
                    after = self.lexer.skip_blanks(key.end) if key else 0
                    if key and (after >= len(self.source.text) or self.source.text[after] in "=,)"):
                        self.pos = key.end
                        if self.peek().kind is T.ASSIGN:
                            self.next()
                            named[key.text.lower()] = self.parse_expression(allow_comma=False)
                        else:
                            named[key.text.lower()] = A.Constant(self.span(key.start), True)
                    else:
                        args.append(self.parse_expression(allow_comma=False))
                    self.skip_newlines()
                    self.accept(T.COMMA)
                    self.skip_newlines()
            self.expect(T.RBRACKET, "Missing ] at end of attribute or type literal.", "EndSquareBracketExpectedAtEndOfAttribute", tok.start)
            attrs.append((name_tok.text, args, named))

    def parse_brace_block(self, anchor: int) -> list:
        lb = self.expect(T.LBRACE, "Missing statement block.", "MissingStatementBlock", anchor)
        body = self._inside(lambda: self.parse_statements(T.RBRACE), list)
        self.close_brace(lb.start)
        return body

    def parse_statements(self, end_kind: T) -> list:
        stmts = []
        while True:
            self.skip_separators()
            tok = self.peek()
            if tok.kind is end_kind or tok.kind is T.EOF:
                return stmts
            if tok.kind in (T.RBRACE, T.RPAREN):
                if end_kind is T.RBRACE:
                    return stmts     # the block reports its missing '}'
                if end_kind is not T.EOF:
                    raise self.unexpected(tok)
                self.keep(self.unexpected(tok))
                self.next()
                continue
            before = self.pos
            statement = self.parse_statement()
            stmts.append(statement)
            tok = self.peek()
            # 5.1's grammar ends only pipelines and flow statements with a terminator: after
            # the closing brace of `if`, a loop, `function`, `try`... a statement may follow
            if tok.kind not in _STATEMENT_END and not isinstance(statement, _BLOCK_STATEMENTS):
                self.keep(self.unexpected(tok))
                if tok.kind not in _RESUMES_STATEMENT or self.pos == before:
                    self.next()

    # -- statements --------------------------------------------------------------------------
    def parse_statement(self) -> A.Node:
        tok = self.peek()
        label = ""
        if tok.kind is T.LABEL:
            self.next()
            label = tok.text
            self.skip_newlines()
            tok = self.peek()
        if tok.kind is T.KEYWORD:
            handler = self._keyword_handlers().get(tok.text)
            if handler is not None:
                return handler(label) if tok.text in ("foreach", "for", "while", "do", "switch") else handler()
            if tok.text not in ("in",):
                raise self.unexpected(tok)
        return self.parse_pipeline_statement()

    def _keyword_handlers(self) -> dict[str, Callable]:
        return {
            "if": self.parse_if, "while": self.parse_while, "do": self.parse_do,
            "for": self.parse_for, "foreach": self.parse_foreach, "switch": self.parse_switch,
            "function": self.parse_function, "filter": self.parse_function,
            "try": self.parse_try, "trap": self.parse_trap,
            "return": lambda: self.parse_flow("return"), "throw": lambda: self.parse_flow("throw"),
            "exit": lambda: self.parse_flow("exit"), "break": lambda: self.parse_flow("break"),
            "continue": lambda: self.parse_flow("continue"),
        }

    def parse_condition(self, keyword: Token) -> A.Node:
        self.skip_newlines()
        lp = self.peek()
        if lp.kind is not T.LPAREN:
            raise self.fail(f"Missing '(' after '{keyword.text}' in {keyword.text} statement.",
                            "MissingOpenParenthesisInIfStatement" if keyword.text == "if" else "MissingOpenParenthesisAfterKeyword",
                            keyword.end if lp.kind is T.EOF else lp.start,
                            incomplete=lp.kind is T.EOF)
        self.next()
        self.skip_newlines()
        if self.peek().kind is T.RPAREN:
            raise self.fail(f"Missing condition in {keyword.text} statement after '{keyword.text} ('.",
                            "IfStatementMissingCondition", self.peek().start)
        cond = self.parse_pipeline_statement()
        self.skip_newlines()
        self.expect(T.RPAREN, f"Missing closing ')' after expression in '{keyword.text}' statement.",
                    "MissingEndParenthesisAfterStatement", lp.start)
        return cond

    def parse_if(self) -> A.If:
        start = self.lexer.skip_blanks(self.pos)
        clauses = []
        kw = self.next()
        while True:
            cond = self.parse_condition(kw)
            rparen = self.pos - 1
            self.skip_newlines()
            if self.peek().kind is not T.LBRACE:
                tok = self.peek()
                raise self.fail(f"Missing statement block after {kw.text} ( condition ).", "MissingStatementBlock",
                                rparen, incomplete=tok.kind is T.EOF)
            clauses.append((cond, self.parse_brace_block(kw.start)))
            saved = self.pos
            self.skip_newlines()
            tok = self.peek()
            if tok.is_kw("elseif"):
                kw = self.next()
                continue
            if tok.is_kw("else"):
                self.next()
                self.skip_newlines()
                if self.peek().kind is not T.LBRACE:
                    tok2 = self.peek()
                    raise self.fail("Missing statement block after 'else' keyword.", "MissingStatementBlockAfterElse",
                                    tok2.start, incomplete=tok2.kind is T.EOF)
                return A.If(self.span(start), clauses, self.parse_brace_block(tok.start))
            self.pos = saved
            return A.If(self.span(start), clauses, None)

    def parse_while(self, label: str = "") -> A.While:
        start = self.lexer.skip_blanks(self.pos)
        kw = self.next()
        cond = self.parse_condition(kw)
        self.skip_newlines()
        body = self._loop_body(kw)
        return A.While(self.span(start), cond, body, label)

    def _loop_body(self, kw: Token) -> list:
        tok = self.peek()
        if tok.kind is not T.LBRACE:
            raise self.fail(f"Missing statement body in {kw.text} loop.", "MissingLoopStatement",
                            tok.start if tok.kind is not T.EOF else self.pos, incomplete=tok.kind is T.EOF)
        return self.parse_brace_block(kw.start)

    def parse_do(self, label: str = "") -> A.DoLoop:
        start = self.lexer.skip_blanks(self.pos)
        kw = self.next()
        self.skip_newlines()
        body = self._loop_body(kw)
        self.skip_newlines()
        tok = self.peek()
        if not tok.is_kw("while", "until"):
            raise self.fail("Missing while or until keyword in do loop.", "MissingWhileOrUntilInDoWhile",
                            tok.start if tok.kind is not T.EOF else self.pos, incomplete=tok.kind is T.EOF)
        self.next()
        cond = self.parse_condition(tok)
        return A.DoLoop(self.span(start), body, cond, tok.text == "until", label)

    def parse_for(self, label: str = "") -> A.For:
        start = self.lexer.skip_blanks(self.pos)
        kw = self.next()
        self.skip_newlines()
        lp = self.expect(T.LPAREN, "Missing opening '(' after keyword 'for'.", "MissingOpenParenthesisAfterKeyword", kw.end)
        parts: list[Optional[A.Node]] = []
        for i in range(3):
            self.skip_newlines()
            tok = self.peek()
            if tok.kind in (T.SEMI, T.RPAREN):
                parts.append(None)
            else:
                parts.append(self.parse_pipeline_statement())
            self.skip_newlines()
            if i < 2 and not self.accept(T.SEMI):
                if self.peek().kind is T.RPAREN:
                    parts.extend([None] * (2 - i))
                    break
        self.expect(T.RPAREN, "Missing closing ')' after expression in 'for' statement.",
                    "MissingEndParenthesisAfterStatement", lp.start)
        self.skip_newlines()
        body = self._loop_body(kw)
        return A.For(self.span(start), parts[0], parts[1], parts[2], body, label)

    def parse_foreach(self, label: str = "") -> A.ForEach:
        start = self.lexer.skip_blanks(self.pos)
        kw = self.next()
        self.skip_newlines()
        self.expect(T.LPAREN, "Missing opening '(' after keyword 'foreach'.",
                    "MissingOpenParenthesisAfterKeyword", kw.end)
        self.skip_newlines()
        var_tok = self.next()
        if var_tok.kind is not T.VARIABLE:
            raise self.fail("Missing variable name after foreach.",
                            "MissingVariableNameAfterForeach",
                            var_tok.start, var_tok.end, incomplete=var_tok.kind is T.EOF)
        self.skip_newlines()
        in_tok = self.peek()
        if not in_tok.is_kw("in"):
            raise self.fail("Missing 'in' after variable in foreach loop.",
                            "MissingInInForeach", var_tok.end, var_tok.end, incomplete=in_tok.kind is T.EOF)
        self.next()
        self.skip_newlines()
        if self.peek().kind in (T.RPAREN, T.EOF):
            raise self.fail("Missing expression in foreach loop.", "MissingForeachExpression",
                            in_tok.end, in_tok.end, incomplete=self.peek().kind is T.EOF)
        iterable = self.parse_pipeline_statement()
        self.skip_newlines()
        self.expect(T.RPAREN, "Missing closing ')' after expression part of foreach loop.",
                    "MissingEndParenthesisAfterForeach", iterable.span.end, after=True)
        rparen = self.pos
        self.skip_newlines()
        if self.peek().kind is not T.LBRACE:
            nxt = self.peek()
            raise self.fail("Missing statement body in foreach loop.", "MissingForeachStatement",
                            rparen, rparen, incomplete=nxt.kind is T.EOF)
        body = self._loop_body(kw)
        return A.ForEach(self.span(start), self._variable_node(var_tok), iterable, body, label)

    def parse_switch(self, label: str = "") -> A.Switch:
        start = self.lexer.skip_blanks(self.pos)
        kw = self.next()
        flags = []
        while True:
            self.skip_newlines()
            tok = self.peek(ARG)
            if tok.kind is T.PARAMETER:
                self.next(ARG)
                flags.append(tok.text.lower())
                continue
            break
        subject = self.parse_condition(kw)
        after_condition = self.pos
        self.skip_newlines()
        lb = self.expect(T.LBRACE, "Missing '{' in switch statement.", "MissingCurlyBraceInSwitchStatement",
                         after_condition, after=True)
        clauses, default = [], None
        while True:
            self.skip_separators()
            tok = self.peek(ARG)
            if tok.kind is T.RBRACE:
                self.next()
                break
            if tok.kind is T.EOF:
                raise self.fail("Missing closing '}' in statement block or type definition.",
                                "MissingEndCurlyBrace", lb.start, incomplete=True)
            if tok.kind is T.GENERIC and tok.text.lower() == "default":
                self.next(ARG)
                self.skip_newlines()
                default = self.parse_brace_block(tok.start)
                continue
            pattern = self.parse_command_argument_primary()
            self.skip_newlines()
            clauses.append((pattern, self.parse_brace_block(tok.start)))
        return A.Switch(self.span(start), subject, flags, clauses, default, label)

    def parse_function(self) -> A.FunctionDef:
        start = self.lexer.skip_blanks(self.pos)
        kw = self.next()
        name_tok = self.next(ARG)
        if name_tok.kind not in (T.GENERIC, T.NUMBER):
            raise self.fail("Missing name after function keyword.", "MissingNameAfterKeyword",
                            name_tok.start if name_tok.kind is not T.EOF else kw.end,
                            incomplete=name_tok.kind is T.EOF)
        self.skip_newlines()
        params: list = []
        if self.peek().kind is T.LPAREN:
            lp = self.next()
            params = self.parse_param_list(lp.start)
            self.skip_newlines()
        lb = self.peek()
        if lb.kind is not T.LBRACE:
            raise self.fail("Missing function body in function declaration.", "MissingFunctionBody",
                            lb.start if lb.kind is not T.EOF else self.pos)
        self.next()
        body = self._block_body_inside(self.pos)
        self.close_brace(lb.start)
        if params and not body.params:
            body.params = params
            body.has_param_block = True
        return A.FunctionDef(self.span(start), name_tok.text, body, kw.text == "filter")

    def parse_try(self) -> A.Try:
        start = self.lexer.skip_blanks(self.pos)
        kw = self.next()
        self.skip_newlines()
        if self.peek().kind is not T.LBRACE:
            tok = self.peek()
            raise self.fail("The Try statement is missing its statement block.", "MissingTryStatementBlock",
                            tok.start if tok.kind is not T.EOF else self.pos, incomplete=tok.kind is T.EOF)
        body = self.parse_brace_block(kw.start)
        catches, final = [], None
        while True:
            saved = self.pos
            self.skip_newlines()
            tok = self.peek()
            if tok.is_kw("catch"):
                self.next()
                types = []
                while True:
                    self.skip_newlines()
                    t2 = self.peek()
                    if t2.kind is T.LBRACKET:
                        typ = self.lexer.scan_type(t2.start)
                        if typ is None:
                            raise self.unexpected(t2)
                        self.pos = typ.end
                        types.append(typ.text)
                        self.skip_newlines()
                        self.accept(T.COMMA)
                        continue
                    break
                catches.append((types, self.parse_brace_block(tok.start)))
                continue
            if tok.is_kw("finally"):
                self.next()
                self.skip_newlines()
                final = self.parse_brace_block(tok.start)
                break
            self.pos = saved
            break
        if not catches and final is None:
            raise self.fail("The Try statement is missing its Catch or Finally block.", "MissingCatchOrFinally",
                            self.pos, incomplete=self.peek().kind is T.EOF)
        return A.Try(self.span(start), body, catches, final)

    def parse_trap(self) -> A.Trap:
        start = self.lexer.skip_blanks(self.pos)
        kw = self.next()
        self.skip_newlines()
        type_name = ""
        if self.peek().kind is T.LBRACKET:
            typ = self.lexer.scan_type(self.peek().start)
            if typ:
                self.pos = typ.end
                type_name = typ.text
        self.skip_newlines()
        return A.Trap(self.span(start), type_name, self.parse_brace_block(kw.start))

    def parse_flow(self, kind: str) -> A.Flow:
        start = self.lexer.skip_blanks(self.pos)
        self.next()
        tok = self.peek()
        value = None
        if tok.kind not in _STATEMENT_END and tok.kind is not T.PIPE:
            if kind in ("break", "continue"):
                label_tok = self.next(ARG)
                value = A.StringConstant(self.span(label_tok.start), label_tok.value or label_tok.text)
            else:
                value = self.parse_pipeline_statement()
        return A.Flow(self.span(start), kind, value)

    # -- pipelines -------------------------------------------------------------------------
    def parse_pipeline_statement(self) -> A.Node:
        """A pipeline, or an assignment whose right side is a statement."""
        start = self.lexer.skip_blanks(self.pos)
        first = self.parse_pipeline_element(first=True)
        tok = self.peek()
        if tok.kind is T.ASSIGN and isinstance(first, A.CommandExpression) and not first.redirections:
            target = first.expr
            if not _assignable(target):
                raise self.fail("The assignment expression is not valid. The input to an assignment operator "
                                "must be an object that is able to accept assignments, such as a variable or a property.",
                                "InvalidLeftHandSide", target.span.start, target.span.end)
            self.next()
            self.skip_newlines()
            rhs_tok = self.peek()
            if rhs_tok.kind in _STATEMENT_END:
                raise self.fail(f"You must provide a value expression following the '{tok.text}' operator.",
                                "ExpectedValueExpression", tok.end, incomplete=rhs_tok.kind is T.EOF)
            value = self.parse_statement()
            return A.Assignment(self.span(start), target, tok.text, value)
        elements = [first]
        while self.peek().kind is T.PIPE:
            bar = self.next()
            self.skip_newlines()
            nxt = self.peek(ARG)
            if nxt.kind in _STATEMENT_END or nxt.kind is T.PIPE:
                raise self.fail("An empty pipe element is not allowed.", "EmptyPipeElement", bar.end, bar.end,
                                incomplete=nxt.kind is T.EOF)
            element = self.parse_pipeline_element(first=False)
            if isinstance(element, A.CommandExpression):
                raise self.fail("Expressions are only allowed as the first element of a pipeline.",
                                "ExpressionsMustBeFirstInPipeline", element.span.start, element.span.end)
            elements.append(element)
        return A.Pipeline(self.span(start), elements)

    def parse_pipeline_element(self, first: bool) -> A.Node:
        start = self.lexer.skip_blanks(self.pos)
        if self._starts_command():
            return self.parse_command()
        expr = self.parse_expression()
        redirs = self.parse_redirections([])
        return A.CommandExpression(self.span(start), expr, redirs)

    def _starts_command(self) -> bool:
        pos = self.lexer.skip_blanks(self.pos)
        text = self.source.text
        if pos >= len(text):
            return False
        ch = text[pos]
        nxt = text[pos + 1] if pos + 1 < len(text) else ""
        if ch == "&":
            return True
        if ch == "." and (nxt in " \t" or nxt in "'\"$({"):
            return True
        if ch in "$@('\"[{,!\u2018\u2019\u201c\u201d":
            return False
        if ch.isdigit() or (ch == "." and nxt.isdigit()):
            tok = self.lexer.scan(pos, EXPR)
            return tok.kind is not T.NUMBER
        if ch in "+-":
            if nxt.isdigit() or nxt in "$(.'\"[@!":
                return False
            tok = self.lexer.scan(pos, EXPR)
            return tok.kind not in (T.OPERATOR, T.INCDEC)
        return True

    def parse_command(self) -> A.Command:
        start = self.lexer.skip_blanks(self.pos)
        invocation = ""
        tok = self.peek(ARG)
        if tok.kind is T.AMP:
            self.next(ARG)
            invocation = "&"
        elif tok.kind is T.GENERIC and tok.text == "." and self.peek(ARG).end < len(self.source.text):
            nxt_pos = self.lexer.skip_blanks(tok.end)
            if nxt_pos > tok.end or self.source.text[tok.end:tok.end + 1] in ("'", '"', "$", "(", "{"):
                self.next(ARG)
                invocation = "."
        if invocation:
            name = self.parse_command_argument_primary()
        else:
            name_tok = self.next(ARG)
            if name_tok.kind is T.GENERIC and name_tok.value is None:
                name = self.parse_bare_word(name_tok)
            elif name_tok.kind is T.GENERIC:
                name = A.StringConstant(self.span(name_tok.start), name_tok.value, bare=True)
            elif name_tok.kind is T.NUMBER:
                name = A.StringConstant(self.span(name_tok.start), name_tok.text, bare=True)
            elif name_tok.kind is T.PARAMETER:  # 5.1: a '-word' in command position names a command
                name = A.StringConstant(self.span(name_tok.start), self.source.text[name_tok.start:name_tok.end],
                                        bare=True)
            else:
                raise self.unexpected(name_tok)
        elements = []
        redirs = []
        literal_params = False
        while True:
            tok = self.peek(ARG)
            if tok.kind in (T.NEWLINE, T.SEMI, T.EOF, T.RBRACE, T.RPAREN, T.PIPE):
                break
            if tok.kind is T.GENERIC and tok.text == "--" and not literal_params:
                self.next(ARG)
                literal_params = True
                continue
            if tok.kind is T.PARAMETER and literal_params:
                self.next(ARG)
                elements.append(A.StringConstant(self.span(tok.start), self.source.text[tok.start:tok.end], bare=True))
                continue
            if tok.kind is T.REDIRECT:
                redirs = self.parse_redirections(redirs)
                continue
            if tok.kind is T.AMP:
                raise self.fail("The ampersand (&) character is not allowed. The & operator is reserved for future use; "
                                "wrap an ampersand in double quotation marks (\"&\") to pass it as part of a string.",
                                "AmpersandNotAllowed", tok.start, tok.end)
            if tok.kind is T.PARAMETER:
                self.next(ARG)
                if tok.value:  # -Name:value
                    if self.peek(ARG).kind in _ARG_END:
                        raise self.fail(f"Parameter -{tok.text}: requires an argument.", "ParameterRequiresArgument",
                                        tok.end, tok.end)
                    arg = self.parse_command_argument()
                    elements.append(A.CommandParameter(self.span(tok.start), tok.text, arg, True))
                else:
                    elements.append(A.CommandParameter(self.span(tok.start), tok.text))
                continue
            elements.append(self.parse_command_argument())
        return A.Command(self.span(start), name, elements, invocation, redirs)

    def parse_redirections(self, earlier: list) -> list:
        """The redirections up to the next other token, with a command's ``earlier`` ones, in
        5.1's binding order: by stream, ``*`` first (5.1 files them by stream, not as typed)."""
        redirs = list(earlier)
        while self.peek(ARG).kind is T.REDIRECT:
            redirs.append(self.parse_redirection(redirs))
        return sorted(redirs, key=lambda r: _STREAM_ORDER.index(r.stream))

    def parse_redirection(self, earlier: list) -> A.Redirection:
        tok = self.next(ARG)
        op = tok.text
        target = None
        if not op.endswith(("&1", "&2")):
            nxt = self.peek(ARG)
            if nxt.kind in _ARG_END:
                raise self.fail("Missing file specification after redirection operator.",
                                "MissingFileSpecification", tok.end, incomplete=nxt.kind is T.EOF)
            target = self.parse_command_argument_primary()
        if op == "<" or op.endswith("&2") or op == "1>&1":
            # input redirection and merges into anything but the success stream
            raise self.fail(f"The '{op}' operator is reserved for future use.", "RedirectionNotSupported",
                            tok.start, tok.end)
        redirection = A.Redirection(self.span(tok.start), op, target)
        if any(r.stream == redirection.stream for r in earlier):
            raise self.fail(f"The {_STREAM_NAMES[redirection.stream]} for this command is already redirected.",
                            "StreamAlreadyRedirected", tok.start, redirection.span.end)
        return redirection

    def parse_command_argument(self) -> A.Node:
        start = self.lexer.skip_blanks(self.pos)
        items = [self.parse_command_argument_primary()]
        while self.peek(ARG).kind is T.COMMA:
            comma = self.next(ARG)
            self.skip_newlines()
            if self.peek(ARG).kind in _ARG_END:
                raise self.fail("Missing argument in parameter list.", "MissingArgument", comma.end,
                                incomplete=self.peek(ARG).kind is T.EOF)
            items.append(self.parse_command_argument_primary())
        if len(items) == 1:
            return items[0]
        return A.ArrayLiteral(self.span(start), items)

    def parse_command_argument_primary(self) -> A.Node:
        tok = self.peek(ARG)
        start = tok.start
        if tok.kind is T.GENERIC:
            self.next(ARG)
            if tok.value is None:
                return self.parse_bare_word(tok)
            return A.StringConstant(self.span(start), tok.value, bare=True)
        if tok.kind is T.NUMBER:
            self.next(ARG)
            return A.Constant(self.span(start), tok.value)
        if tok.kind is T.SPLAT:
            self.next(ARG)
            return A.Variable(self.span(start), tok.text, "", True)
        if tok.kind is T.PARAMETER:
            self.next(ARG)
            return A.StringConstant(self.span(start), self.source.text[tok.start:tok.end], bare=True)
        if tok.kind in (T.VARIABLE, T.STRING, T.EXPANDABLE, T.LPAREN, T.DOLLAR_PAREN, T.AT_PAREN,
                        T.AT_BRACE, T.LBRACE):
            return self.parse_postfix(self.parse_primary(), arg_mode=True)
        if tok.kind is T.LBRACKET:
            end = self.lexer._arg_token(tok.start, tok.space_before)
            self.pos = end.end
            return A.StringConstant(self.span(start), end.value, bare=True)
        raise self.unexpected(tok)

    # -- expressions -----------------------------------------------------------------------
    def parse_expression(self, allow_comma: bool = True) -> A.Node:
        return self.parse_binary(1, allow_comma)

    def parse_binary(self, min_prec: int, allow_comma: bool) -> A.Node:
        left = self.parse_array_literal() if allow_comma else self.parse_unary()
        while True:
            tok = self.peek()
            if tok.kind is T.OPERATOR:
                op = tok.text
            elif tok.kind is T.DOTDOT:
                op = ".."
            else:
                return left
            prec = PRECEDENCE.get(op)
            if prec is None or prec < min_prec:
                if prec is None and op in ("!", "not", "bnot"):
                    raise self.unexpected(tok)
                return left
            self.next()
            self.skip_newlines()
            nxt = self.peek()
            if nxt.kind in _STATEMENT_END or nxt.kind in (T.PIPE, T.COMMA):
                typed = self.source.text[tok.start:tok.end]
                raise self.fail(f"You must provide a value expression following the '{typed}' operator.",
                                "ExpectedValueExpression", tok.end, incomplete=nxt.kind is T.EOF)
            right = self.parse_binary(prec + 1, allow_comma)
            left = A.Binary(left.span.join(right.span), op, left, right)

    def parse_array_literal(self) -> A.Node:
        first = self.parse_unary()
        if self.peek().kind is not T.COMMA:
            return first
        items = [first]
        while self.accept(T.COMMA):
            self.skip_newlines()
            nxt = self.peek()
            if nxt.kind in _STATEMENT_END:
                raise self.fail("Missing expression after ','.", "MissingExpressionAfterToken",
                                self.pos, incomplete=nxt.kind is T.EOF)
            items.append(self.parse_unary())
        return A.ArrayLiteral(first.span.join(items[-1].span), items)

    def parse_unary(self) -> A.Node:
        tok = self.peek()
        start = tok.start
        if tok.kind is T.OPERATOR and tok.text in ("-", "+", "!", "not", "bnot", "split", "join"):
            self.next()
            self.skip_newlines()
            nxt = self.peek()
            if nxt.kind in _STATEMENT_END or nxt.kind is T.PIPE:
                name = tok.text if tok.text in "-+!" else "-" + tok.text
                raise self.fail(f"You must provide a value expression following the '{name}' operator.",
                                "ExpectedValueExpression", tok.end, incomplete=nxt.kind is T.EOF)
            operand = self.parse_unary()
            if tok.text == "-" and isinstance(operand, A.Constant) and isinstance(operand.value, (int, float)) \
                    and not isinstance(operand.value, bool) and operand.span.start == tok.end:
                return A.Constant(self.span(start), -operand.value)
            return A.Unary(self.span(start), tok.text, operand)
        if tok.kind is T.COMMA:
            self.next()
            operand = self.parse_unary()
            return A.ArrayLiteral(self.span(start), [operand])
        if tok.kind is T.INCDEC:
            self.next()
            operand = self.parse_unary()
            self._check_incdec(tok, operand)
            return A.IncDec(self.span(start), tok.text, operand, True)
        if tok.kind is T.LBRACKET:
            typ = self.lexer.scan_type(tok.start)
            if typ is not None:
                self.pos = typ.end
                nxt = self.peek()
                if nxt.kind is T.COLONCOLON:
                    return self.parse_postfix(A.TypeLiteral(self.span(start), typ.text))
                if nxt.kind in _OPERAND_START or (nxt.kind is T.OPERATOR and nxt.text in ("-", "+", "!", "not")) \
                        or nxt.kind is T.INCDEC:
                    operand = self.parse_unary()
                    return A.Cast(self.span(start), typ.text, operand)
                return self.parse_postfix(A.TypeLiteral(self.span(start), typ.text))
        return self.parse_postfix(self.parse_primary())

    def parse_primary(self) -> A.Node:
        tok = self.peek()
        start = tok.start
        kind = tok.kind
        if kind is T.NUMBER:
            self.next()
            return A.Constant(self.span(start), tok.value)
        if kind is T.STRING:
            self.next()
            return A.StringConstant(self.span(start), tok.value)
        if kind is T.EXPANDABLE:
            self.next()
            return self.parse_expandable(tok)
        if kind is T.VARIABLE:
            self.next()
            return self._variable_node(tok)
        if kind is T.SPLAT:
            self.next()
            return A.Variable(self.span(start), tok.text, "", True)
        if kind is T.LPAREN:
            self.next()
            self.skip_newlines()
            if self.peek().kind is T.RPAREN:
                raise self.fail("An expression was expected after '('.", "ExpectedExpression", self.peek().start)
            inner = self._inside(self.parse_statement, lambda: A.Constant(self.span(self.pos), None))
            self.skip_newlines()
            self.close_paren("Missing closing ')' in expression.", "MissingEndParenthesisInExpression",
                             inner.span.end)
            return A.Paren(self.span(start), inner)
        if kind in (T.DOLLAR_PAREN, T.AT_PAREN):
            self.next()
            body = self._inside(lambda: self.parse_statements(T.RPAREN), list)
            self.close_paren("Missing closing ')' in subexpression.", "MissingEndParenthesisInSubexpression",
                             self.pos)
            return (A.SubExpr if kind is T.DOLLAR_PAREN else A.ArrayExpr)(self.span(start), body)
        if kind is T.AT_BRACE:
            return self.parse_hashtable()
        if kind is T.LBRACE:
            return self.parse_scriptblock_expr()
        if kind is T.LBRACKET:
            typ = self.lexer.scan_type(tok.start)
            if typ is not None:
                self.pos = typ.end
                return A.TypeLiteral(self.span(start), typ.text)
        raise self.unexpected(tok)

    def _variable_node(self, tok: Token) -> A.Variable:
        name = tok.value
        scope = ""
        if ":" in name:
            scope, _, name = name.partition(":")
            scope = scope.lower()
        return A.Variable(Extent(self.source, tok.start, tok.end), name, scope)

    def parse_postfix(self, node: A.Node, arg_mode: bool = False) -> A.Node:
        while True:
            tok = self.peek()
            if tok.space_before and tok.start > 0:
                return node
            if tok.kind is T.DOT or tok.kind is T.COLONCOLON:
                static = tok.kind is T.COLONCOLON
                member_pos = tok.end
                self.pos = member_pos
                name_tok = self.lexer.scan_member(member_pos)
                if name_tok is not None:
                    self.pos = name_tok.end
                    member = name_tok.text
                else:
                    nxt = self.peek()
                    if nxt.kind in (T.VARIABLE, T.STRING, T.EXPANDABLE, T.LPAREN, T.DOLLAR_PAREN):
                        member = self.parse_primary()
                    else:
                        raise self.fail("Missing property name after reference operator.",
                                        "MissingPropertyName", tok.end, incomplete=nxt.kind is T.EOF)
                nxt = self.peek()
                if nxt.kind is T.LPAREN and not nxt.space_before:
                    self.next()
                    args = self.parse_method_args(nxt.start)
                    node = A.InvokeMember(self.span(node.span.start), node, member, args, static)
                else:
                    node = A.Member(self.span(node.span.start), node, member, static)
                continue
            if tok.kind is T.LBRACKET:
                self.next()
                self.skip_newlines()
                if self.peek().kind in (T.EOF, T.RBRACKET):
                    raise self.fail("Array index expression is missing or not valid.", "MissingArrayIndexExpression",
                                    tok.end, tok.end, incomplete=self.peek().kind is T.EOF)
                index = self.parse_expression()
                self.skip_newlines()
                self.expect(T.RBRACKET, "Missing ']' after array index expression.",
                            "MissingEndSquareBracket", tok.start)
                node = A.Index(self.span(node.span.start), node, index)
                continue
            if tok.kind is T.INCDEC and not arg_mode:
                self.next()
                self._check_incdec(tok, node)
                node = A.IncDec(self.span(node.span.start), tok.text, node, False)
                continue
            return node

    def _check_incdec(self, tok: Token, operand: A.Node) -> None:
        if not _assignable(operand) or isinstance(operand, A.ArrayLiteral):
            raise self.fail(f"The '{tok.text}' operator works only on variables or on properties.",
                            "OperatorRequiresVariableOrProperty", operand.span.start, operand.span.end)

    def parse_method_args(self, anchor: int) -> list:
        args = []
        self.skip_newlines()
        if self.accept(T.RPAREN):
            return args
        while True:
            self.skip_newlines()
            args.append(self.parse_expression(allow_comma=False))
            self.skip_newlines()
            if self.accept(T.COMMA):
                continue
            self.expect(T.RPAREN, "Missing ')' in method call.", "MissingEndParenthesisInMethodCall", anchor)
            return args

    def parse_hashtable(self) -> A.Hashtable:
        lb = self.next()
        start = lb.start
        pairs = []
        while True:
            self.skip_separators()
            tok = self.peek()
            if tok.kind is T.RBRACE:
                self.next()
                return A.Hashtable(self.span(start), pairs)
            if tok.kind is T.EOF:
                raise self.fail("Missing closing '}' in statement block or type definition.",
                                "MissingEndCurlyBrace", start + 2, start + 2, incomplete=True)
            key = self.parse_hash_key()
            self.skip_newlines()
            eq = self.peek()
            if eq.kind is not T.ASSIGN or eq.text != "=":
                raise self.fail("Missing '=' operator after key in hash literal.", "MissingEqualsInHashLiteral",
                                eq.start if eq.kind is not T.EOF else key.span.end, incomplete=eq.kind is T.EOF)
            self.next()
            self.skip_newlines()
            if self.peek().kind in (T.RBRACE, T.SEMI, T.EOF):
                tok2 = self.peek()
                raise self.fail("Missing statement after '=' in hash literal.", "MissingStatementInHashLiteral",
                                tok2.start, incomplete=tok2.kind is T.EOF)
            value = self.parse_statement()
            if isinstance(key, (A.StringConstant, A.Constant)):
                norm = key.value.lower() if isinstance(key.value, str) else key.value
                if any(isinstance(k, (A.StringConstant, A.Constant)) and
                       (k.value.lower() if isinstance(k.value, str) else k.value) == norm for k, _ in pairs):
                    raise self.fail(f"Duplicate keys '{key.value}' are not allowed in hash literals.",
                                    "DuplicateKeyInHashLiteral", key.span.start, key.span.end)
            pairs.append((key, value))
            tok = self.peek()
            if tok.kind not in (T.NEWLINE, T.SEMI, T.RBRACE):
                # 5.1 (HashExpressionRule) reports any other token as a missing '}' after '@{'
                raise self.fail("Missing closing '}' in statement block or type definition.",
                                "MissingEndCurlyBrace", start + 2, start + 2, incomplete=tok.kind is T.EOF)

    def parse_hash_key(self) -> A.Node:
        tok = self.peek()
        if tok.kind is T.GENERIC or tok.kind is T.KEYWORD:
            self.next()
            return A.StringConstant(self.span(tok.start), tok.value if tok.kind is T.GENERIC else tok.value)
        if tok.kind is T.PARAMETER:
            self.next()
            return A.StringConstant(self.span(tok.start), self.source.text[tok.start:tok.end])
        return self.parse_unary()

    def parse_scriptblock_expr(self) -> A.ScriptBlockExpr:
        lb = self.next()
        body = self._block_body_inside(lb.end)
        end = self.lexer.skip_blanks(self.pos)
        self.close_brace(lb.start)
        body.text = self.source.text[lb.end:end]
        return A.ScriptBlockExpr(self.span(lb.start), body)

    def _block_body_inside(self, start: int) -> A.ScriptBlockBody:
        """The body of a function or script block literal, up to its '}' (see ``_inside``)."""
        return self._inside(lambda: self.parse_block_body(T.RBRACE, start),
                            lambda: A.ScriptBlockBody(self.span(start), [], None, None, [], False, False,
                                                      self.source.text[start:]))

    # -- expandable strings --------------------------------------------------------------
    def parse_bare_word(self, tok: Token) -> A.Node:
        """An argument-mode word mixing bare text with quotes, $variables or $(...)."""
        text = self.source.text
        parts: list = []
        i, end = tok.start, tok.end
        while i < end:
            ch = text[i]
            if ch == "'":
                lit = self.lexer._single_quoted(i, False)
                parts.append(lit.value)
                i = lit.end
            elif ch == '"':
                close = self.lexer.skip_expandable(i + 1, '"')
                inner = Token(T.EXPANDABLE, text[i + 1:close], i, close + 1, value=(text[i + 1:close], i + 1))
                node = self.parse_expandable(inner)
                parts.extend(node.parts if isinstance(node, A.ExpandableString) else [node.value])
                i = close + 1
            elif ch == "$" and i + 1 < end and text[i + 1] == "(":
                close = self.lexer.skip_balanced(i + 1)
                body = Parser(self.source, i + 2, self.errors).parse_statements(T.RPAREN)
                parts.append(A.SubExpr(Extent(self.source, i, close), body))
                i = close
            elif ch == "$":
                var = self.lexer._dollar(i, False)
                if var.kind is T.VARIABLE:
                    parts.append(self._variable_node(var))
                    i = var.end
                else:
                    parts.append("$")
                    i += 1
            elif ch == "`" and i + 1 < end:
                parts.append(unescape_backticks(text[i:i + 2]))
                i += 2
            else:
                parts.append(ch)
                i += 1
        merged: list = []
        for part in parts:
            if isinstance(part, str) and merged and isinstance(merged[-1], str):
                merged[-1] += part
            else:
                merged.append(part)
        span = Extent(self.source, tok.start, tok.end)
        if all(isinstance(p, str) for p in merged):
            return A.StringConstant(span, "".join(merged), bare=True)
        return A.ExpandableString(span, merged)

    def parse_expandable(self, tok: Token) -> A.Node:
        raw, offset = tok.value
        here = self.source.text.startswith("@", tok.start)
        parts: list = []
        buf: list[str] = []
        i, n = 0, len(raw)
        text = self.source.text
        while i < n:
            ch = raw[i]
            if ch == "`" and i + 1 < n:
                buf.append(unescape_backticks(raw[i:i + 2]))
                i += 2
                continue
            if ch == '"' and not here and i + 1 < n and raw[i + 1] == '"':
                buf.append('"')
                i += 2
                continue
            if ch == "$" and i + 1 < n:
                abs_pos = offset + i
                if raw[i + 1] == "(":
                    end = self.lexer.skip_balanced(abs_pos + 1)
                    sub = Parser(self.source, abs_pos + 2, self.errors)
                    body = sub.parse_statements(T.RPAREN)
                    if buf:
                        parts.append("".join(buf))
                        buf = []
                    parts.append(A.SubExpr(Extent(self.source, abs_pos, end), body))
                    i = end - offset
                    continue
                var = self.lexer._dollar(abs_pos, False)
                if var.kind is T.VARIABLE:
                    if buf:
                        parts.append("".join(buf))
                        buf = []
                    parts.append(self._variable_node(var))
                    i = var.end - offset
                    continue
            buf.append(ch)
            i += 1
        if buf:
            parts.append("".join(buf))
        span = Extent(self.source, tok.start, tok.end)
        if all(isinstance(p, str) for p in parts):
            return A.StringConstant(span, "".join(parts))
        del text
        return A.ExpandableString(span, parts)


def combined_error(errors: list[ParseError]) -> ParseError:
    """One ParseError for all of ``errors``, as 5.1's ParseException shows them: the first
    error's position block and message, then each further error's own position block and
    message, one line after another (no blank line between, as 5.1 transcripts show). Its id
    and extent are the first error's; it is incomplete input when the first error is."""
    first = errors[0]
    if len(errors) == 1:
        return first
    from ..formatting.errors import position_lines
    lines = [first.record.message]
    for error in errors[1:]:
        lines.extend(position_lines(error.record.extent))
        lines.append(error.record.message)
    record = first.record
    joined = ErrorRecord(message="\n".join(lines), error_id=record.error_id, category=record.category,
                         exception_type=record.exception_type, extent=record.extent,
                         details={"parse_errors": [e.record for e in errors]})
    return ParseError(joined, incomplete=first.incomplete)


def _assignable(node: A.Node) -> bool:
    if isinstance(node, (A.Variable, A.Member, A.Index)):
        return not (isinstance(node, A.Variable) and node.splat)
    if isinstance(node, A.Cast):
        return _assignable(node.operand)
    if isinstance(node, A.ArrayLiteral):
        return all(_assignable(i) for i in node.items)
    return False


def is_incomplete(text: str) -> bool:
    """True when ``text`` is an unfinished statement that more lines could complete."""
    try:
        parse(text)
    except ParseError as exc:
        return exc.incomplete
    except RecursionError:  # too deep to parse here: running it reports the overflow
        return False
    stripped = text.rstrip()
    return stripped.endswith("|") or (stripped.endswith("`") and not stripped.endswith("``"))
