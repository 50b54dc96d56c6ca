"""Several parse errors in one input, as 5.1 reports them: one ParseException record listing each
error (its `At line:L char:C` block and message, in the order found), then one CategoryInfo and
the first error's FullyQualifiedErrorId; incomplete input only when the first error is.

Rules: Parser.cs at 60b3b304f2 — StatementBlockRule / CompleteScriptBlockBody ("ErrorRecovery:
pretend we saw the closing curly", the error at the '{'; at the top level "eat the unexpected
token, and continue parsing"), PipelineRule ("don't eat the token, assume it belongs to something
else"), SaveError (one error per id and position), ParenthesizedExpressionRule (After(pipeline));
AutomationEngine.ParseScriptBlock (IncompleteParseException when errors[0] is incomplete).
Layout: real 5.1 transcripts in gwblok/garytown#14 (inner errors first, then each unclosed
block's "Missing closing '}'" from the innermost out, no blank lines) and microsoft/MSLab#342."""
from __future__ import annotations

import pytest

from cspshell.errors import ParseError, SourceText
from cspshell.language.parser import Parser, is_incomplete

from .lang_helpers import out

MISSING_BRACE = "Missing closing '}' in statement block or type definition."


def _errors(text: str) -> list[tuple[str, int, int]]:
    """(error id, line, char) of every error ``text`` raises, in order."""
    try:
        Parser(SourceText(text)).parse_script()
    except ParseError as exc:
        records = exc.record.details.get("parse_errors", [exc.record])
        return [(r.error_id, r.extent.line, r.extent.col) for r in records]
    return []


@pytest.mark.parametrize("text, expected", [
    # a stray ')' ends each statement: each is reported, the rest still parsed
    ("1 + 2)\n3 + 4)", [("UnexpectedToken", 1, 6), ("UnexpectedToken", 2, 6)]),
    # the block stops at ')': its '}' is missing (at the '{'), then the ')' and the '}' are stray
    ("Get-CsUser | Where-Object { $_.Enabled -eq $true ) }",
     [("MissingEndCurlyBrace", 1, 27), ("UnexpectedToken", 1, 50), ("UnexpectedToken", 1, 52)]),
    ("if ($true) {\n    1 + 2)\n    'x' 'y'\n}",
     [("MissingEndCurlyBrace", 1, 12), ("UnexpectedToken", 2, 10), ("UnexpectedToken", 3, 9),
      ("UnexpectedToken", 4, 1)]),
    # a token after a whole statement is reported and parsing resumes at it
    ("'a' 'b'\n'c' 'd'", [("UnexpectedToken", 1, 5), ("UnexpectedToken", 2, 5)]),
    # the input ends inside nested blocks: the inner error, then each '{' from the innermost out
    ('function f {\n  if ($x) {\n    "abc\n',
     [("TerminatorExpectedAtEndOfString", 3, 5), ("MissingEndCurlyBrace", 2, 11),
      ("MissingEndCurlyBrace", 1, 12)]),
    ("(1 +", [("ExpectedValueExpression", 1, 5), ("MissingEndParenthesisInExpression", 1, 5)]),
    ("$(1 +", [("ExpectedValueExpression", 1, 6), ("MissingEndParenthesisInSubexpression", 1, 6)]),
    ("& { 1 +", [("ExpectedValueExpression", 1, 8), ("MissingEndCurlyBrace", 1, 3)]),
    # one error only: the others are not there
    ("if ($true) {", [("MissingEndCurlyBrace", 1, 12)]),
    ("1 2", [("UnexpectedToken", 1, 3)]),
])
def test_every_error_is_reported_in_order(text, expected):
    assert _errors(text) == expected


def test_the_record_lists_every_error_then_the_first_id():
    assert out("if ($true) {\n    1 + 2)\n    'x' 'y'\n}") == [
        "At line:1 char:12",
        "+ if ($true) {",
        "+            ~",
        MISSING_BRACE,
        "At line:2 char:10",
        "+     1 + 2)",
        "+          ~",
        "Unexpected token ')' in expression or statement.",
        "At line:3 char:9",
        "+     'x' 'y'",
        "+         ~~~",
        "Unexpected token ''y'' in expression or statement.",
        "At line:4 char:1",
        "+ }",
        "+ ~",
        "Unexpected token '}' in expression or statement.",
        "    + CategoryInfo          : ParserError: (:) [], ParentContainsErrorRecordException",
        "    + FullyQualifiedErrorId : MissingEndCurlyBrace",
        " ",
    ]


def test_nothing_of_an_input_with_errors_runs():
    assert "ran" not in out("'ran'\n1 + 2)\n'ran too'")


@pytest.mark.parametrize("text, incomplete", [
    ("function f {\n  if ($x) {", True),          # the first error is at the end: more lines may come
    ('function f {\n  "abc', True),
    ("foreach ($u in $users) { )", False),          # the first error (the '{') is followed by ')'
    ("1 + 2)\nif ($x) {", False),
])
def test_incomplete_only_when_the_first_error_is(text, incomplete):
    assert is_incomplete(text) == incomplete


def test_an_error_inside_a_string_subexpression_is_kept():
    assert _errors('"$(1 2)"\n3 4') == [("UnexpectedToken", 1, 6), ("UnexpectedToken", 2, 3)]
