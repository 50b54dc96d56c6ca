"""The tokenizer in its two modes (reference 4.1 and about_Parsing 5.1): what one token is,
its kind, value and source span. Kinds are compared by name so the tables read plainly."""
from __future__ import annotations

from decimal import Decimal

import pytest

from cspshell.errors import ParseError, SourceText
from cspshell.language.lexer import ARG, EXPR, Lexer

from .lang_helpers import out


def tokens(text: str, mode: str) -> list[tuple[str, str, object]]:
    """Every token of ``text`` scanned in one mode, as (kind name, text, value), EOF left out."""
    lexer = Lexer(SourceText(text))
    pos, found = 0, []
    while True:
        tok = lexer.scan(pos, mode)
        if tok.kind.name == "EOF":
            return found
        found.append((tok.kind.name, tok.text, tok.value))
        pos = tok.end


def first(text: str, mode: str):
    """The first token of ``text`` in ``mode``."""
    return Lexer(SourceText(text)).scan(0, mode)


# -- argument mode: bare words are strings, -Name is a parameter (about_Parsing) --------------

@pytest.mark.parametrize("text", [
    "beta-ls14-ee1.beta.deitterick.com",      # the seed's Front End FQDN
    "lcarter@beta.deitterick.com",           # the seed's -Identity argument
    "1:5-2",                                  # reference 4.1: not a number in argument mode
    "sip:acooper@beta.deitterick.com",
    "C:\\temp\\a.txt",
    "*.ps1",
    "http://x.com/?a=1",
])
def test_argument_mode_bare_word_is_one_generic_token(text):
    assert tokens(text, ARG) == [("GENERIC", text, text)]


@pytest.mark.parametrize("text, name, colon", [
    ("-Identity", "Identity", False),
    ("-identity", "identity", False),
    ("-Force:", "Force", True),
    ("-ea", "ea", False),
])
def test_argument_mode_parameter_token(text, name, colon):
    tok = first(text, ARG)
    assert (tok.kind.name, tok.text, tok.value) == ("PARAMETER", name, colon)
    assert (tok.start, tok.end) == (0, len(text))


def test_parameter_with_colon_value_is_two_tokens():
    assert tokens("-Force:$false", ARG) == [("PARAMETER", "Force", True), ("VARIABLE", "false", "false")]


def test_double_dash_is_not_a_parameter():
    # about_Parsing: `--` is the end-of-parameters token.
    assert first("-- -x", ARG).kind.name == "GENERIC"


@pytest.mark.parametrize("text, value", [
    ("12", 12), ("-3", -3), ("0x1F", 31), ("2kb", 2048), ("1.5", 1.5),
])
def test_numbers_stay_numbers_in_argument_mode(text, value):
    # reference 4.1: "numbers are still numbers" in argument mode.
    tok = first(text, ARG)
    assert (tok.kind.name, tok.value) == ("NUMBER", value)


def test_comma_separates_arguments_into_an_array():
    assert tokens("MachineId,Fqdn", ARG) == [
        ("GENERIC", "MachineId", "MachineId"), ("COMMA", ",", None), ("GENERIC", "Fqdn", "Fqdn")]


# -- expression mode: dash words are operators ----------------------------------------------

@pytest.mark.parametrize("text, op", [
    ("-eq", "eq"), ("-EQ", "eq"), ("-ieq", "eq"), ("-ceq", "ceq"), ("-cLike", "clike"),
    ("-notmatch", "notmatch"), ("-creplace", "creplace"), ("-isplit", "split"),
    ("-join", "join"), ("-f", "f"), ("-is", "is"), ("-isnot", "isnot"), ("-as", "as"),
    ("-and", "and"), ("-or", "or"), ("-xor", "xor"), ("-not", "not"), ("-band", "band"),
    ("-bor", "bor"), ("-in", "in"), ("-notin", "notin"), ("-contains", "contains"),
])
def test_expression_mode_dash_operator(text, op):
    # about_Comparison_Operators: case-insensitive names; the i prefix is the default.
    tok = first(text, EXPR)
    assert (tok.kind.name, tok.text) == ("OPERATOR", op)


@pytest.mark.parametrize("text, kind, op", [
    ("++", "INCDEC", "++"), ("--", "INCDEC", "--"), ("+=", "ASSIGN", "+="), ("-=", "ASSIGN", "-="),
    ("*=", "ASSIGN", "*="), ("/=", "ASSIGN", "/="), ("%=", "ASSIGN", "%="), ("=", "ASSIGN", "="),
    ("!", "OPERATOR", "!"), ("+", "OPERATOR", "+"), ("-", "OPERATOR", "-"), ("..", "DOTDOT", ".."),
    ("::", "COLONCOLON", "::"),
])
def test_expression_mode_symbol_operators(text, kind, op):
    tok = first(text, EXPR)
    assert (tok.kind.name, tok.text) == (kind, op)


# -- numeric literals (reference 4.3, about_Numeric_Literals) -------------------------------

@pytest.mark.parametrize("text, value", [
    ("42", 42), ("0x1F", 31), ("0xFF", 255), ("1.5", 1.5), ("1e3", 1000.0), (".5", 0.5),
    ("1kb", 1024), ("1KB", 1024), ("1mb", 1048576), ("1gb", 1073741824), ("1.5kb", 1536.0),
    ("1.5d", Decimal("1.5")), ("0xFFFFFFFF", -1),
])
def test_numeric_literal_values(text, value):
    tok = first(text, EXPR)
    assert tok.kind.name == "NUMBER"
    assert tok.value == value and type(tok.value) is type(value)


@pytest.mark.parametrize("text, type_name", [
    ("1kb", "Int32"), ("0x10", "Int32"), ("1.5d", "Decimal"), ("1e3", "Double"), ("2147483648", "Int64"),
    ("1.5kb", "Double"), ("10L", "Int64"),
])
def test_numeric_literal_types(text, type_name):
    assert out(f"({text}).GetType().Name") == [type_name]


def test_a_number_glued_to_letters_is_a_command_name():
    # 5.1 reads `1abc` as a command name, not a number followed by a word.
    assert first("1abc", EXPR).kind.name == "GENERIC"


# -- strings -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("'plain'", "plain"),
    ("'it''s'", "it's"),              # about_Quoting_Rules: '' inside single quotes
    ("'no $expansion `n'", "no $expansion `n"),
    ("''", ""),
])
def test_single_quoted_string_values(text, value):
    tok = first(text, EXPR)
    assert (tok.kind.name, tok.value, tok.end) == ("STRING", value, len(text))


def test_double_quoted_string_is_one_expandable_token_with_raw_content():
    tok = first('"a $x `" b" + 1', EXPR)
    assert tok.kind.name == "EXPANDABLE"
    assert tok.text == 'a $x `" b'
    assert (tok.start, tok.end) == (0, 11)


def test_subexpression_with_quotes_does_not_end_the_string():
    tok = first('"x $("in")" tail', EXPR)
    assert (tok.kind.name, tok.end) == ("EXPANDABLE", 11)


def test_literal_here_string_drops_first_and_last_line_breaks():
    text = "@'\nline 1\n  line 2 $x\n'@"
    tok = first(text, EXPR)
    assert (tok.kind.name, tok.value, tok.end) == ("STRING", "line 1\n  line 2 $x", len(text))


def test_expandable_here_string_token():
    tok = first('@"\nHello $name\n"@', EXPR)
    assert (tok.kind.name, tok.text) == ("EXPANDABLE", "Hello $name")


def test_here_string_header_must_end_its_line():
    with pytest.raises(ParseError) as err:
        first("@'abc\n'@", EXPR)
    assert err.value.record.error_id == "UnexpectedCharactersAfterHereStringHeader"
    assert err.value.record.message == (
        "No characters are allowed after a here-string header but before the end of the line.")


@pytest.mark.parametrize("text, terminator", [
    ("'abc", "'"), ('"abc', '"'), ("@'\nabc", "'@"), ('@"\nabc\n', '"@'),
])
def test_unterminated_strings_are_incomplete(text, terminator):
    with pytest.raises(ParseError) as err:
        first(text, EXPR)
    assert err.value.incomplete
    assert err.value.record.error_id == "TerminatorExpectedAtEndOfString"
    assert err.value.record.message == f"The string is missing the terminator: {terminator}."


# -- variables (reference 4.2) -----------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("$x", "x"), ("$Long_Name1", "Long_Name1"), ("${a b}", "a b"), ("$env:Path", "env:Path"),
    ("$_", "_"), ("$?", "?"), ("$$", "$"), ("$^", "^"), ("$global:y", "global:y"),
    ("$script:z", "script:z"), ("$PSItem", "PSItem"), ("$args", "args"),
])
def test_variable_tokens(text, name):
    tok = first(text, EXPR)
    assert (tok.kind.name, tok.value, tok.end) == ("VARIABLE", name, len(text))


def test_splat_and_openers():
    assert tokens("@( @{ $( @params", EXPR) == [
        ("AT_PAREN", "@(", None), ("AT_BRACE", "@{", None), ("DOLLAR_PAREN", "$(", None),
        ("SPLAT", "params", None)]


def test_variable_before_dot_ends_at_the_name():
    # `$x.Name` in argument mode: the variable token stops before the member access.
    tok = first("$x.Name", ARG)
    assert (tok.kind.name, tok.end) == ("VARIABLE", 2)


# -- blanks, comments, continuation, spans -----------------------------------------------------

def test_line_comment_runs_to_the_newline():
    assert tokens("1 # comment\n2", EXPR) == [
        ("NUMBER", "1", 1), ("NEWLINE", "\n", None), ("NUMBER", "2", 2)]


def test_block_comment_is_skipped():
    assert tokens("1 <# a\nb #> 2", EXPR) == [("NUMBER", "1", 1), ("NUMBER", "2", 2)]


def test_backtick_at_end_of_line_continues_the_line():
    assert tokens("1 `\n+ 2", EXPR) == [("NUMBER", "1", 1), ("OPERATOR", "+", None), ("NUMBER", "2", 2)]


def test_crlf_is_one_newline_token():
    assert tokens("1\r\n2", EXPR) == [("NUMBER", "1", 1), ("NEWLINE", "\n", None), ("NUMBER", "2", 2)]


def test_token_spans_are_offsets_into_the_text():
    lexer = Lexer(SourceText("Get-CsUserPoolInfo -Identity lcarter@beta.deitterick.com"))
    name = lexer.scan(0, ARG)
    param = lexer.scan(name.end, ARG)
    value = lexer.scan(param.end, ARG)
    assert [(t.start, t.end) for t in (name, param, value)] == [(0, 18), (19, 28), (29, 56)]
    assert param.space_before and value.space_before


@pytest.mark.parametrize("text, op", [("2>", "2>"), ("2>&1", "2>&1"), (">", ">"), (">>", ">>"), ("*>", "*>")])
def test_redirection_tokens(text, op):
    tok = first(text, ARG)
    assert (tok.kind.name, tok.text) == ("REDIRECT", op)


def test_type_literal_is_scanned_whole():
    tok = Lexer(SourceText("[System.Int32]")).scan_type(0)
    assert (tok.text, tok.end) == ("System.Int32", 14)


def test_array_type_literal():
    tok = Lexer(SourceText("[string[]]$x")).scan_type(0)
    assert (tok.text, tok.end) == ("string[]", 10)


def test_loop_label_token():
    tok = first(":outer foreach", EXPR)
    assert (tok.kind.name, tok.text) == ("LABEL", "outer")


@pytest.mark.parametrize("text, token", [("||", "||"), ("&&", "&&")])
def test_pipeline_chain_operators_do_not_exist_in_5_1(text, token):
    # ParserStrings.InvalidEndOfLine; && and || arrived in PowerShell 7.
    with pytest.raises(ParseError) as err:
        first(f"a {text} b"[2:], EXPR)
    assert err.value.record.error_id == "InvalidEndOfLine"
    assert err.value.record.message == f"The token '{token}' is not a valid statement separator in this version."
