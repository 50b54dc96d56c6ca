"""The parser: the tree it builds for the forms reference 4.1 names, and the parse errors
5.1 raises. Expected error texts are ParserStrings.resx as of PowerShell's first public
commit (60b3b304f2, March 2016, the 5.1 text; v6.0.0 added lines to some of them); ids and
positions follow Parser.cs / tokenizer.cs at v6.0.0 (the 5.1 parser): `After(token)` is the
column just past a token, a token's own extent is its first column."""
from __future__ import annotations

import pytest

from cspshell.language import ast as A
from cspshell.language.parser import is_incomplete, parse

from .lang_helpers import bug, out, parse_failure


def shape(node) -> object:
    """A compact nested form of a tree: class name plus the fields that tell nodes apart."""
    name = type(node).__name__
    if isinstance(node, A.Constant):
        return node.value
    if isinstance(node, A.StringConstant):
        return repr(node.value)
    if isinstance(node, A.Variable):
        return "$" + node.name
    if isinstance(node, A.Binary):
        return (node.op, shape(node.left), shape(node.right))
    if isinstance(node, A.ArrayLiteral):
        return ("array", *[shape(i) for i in node.items])
    return (name, *[shape(c) for c in node.children()])


def statements(text: str) -> list:
    """The top-level statements of ``text``."""
    return parse(text).end


def only_expression(text: str):
    """The expression of a one-statement, one-element pipeline."""
    (pipeline,) = statements(text)
    (element,) = pipeline.elements
    return element.expr


# -- statements and pipelines (reference 4.1) -----------------------------------------------

@pytest.mark.parametrize("text, count", [
    ("1; 2", 2), ("1\n2", 2), ("1;;2", 2), ("\n\n1\n\n", 1), ("1 # c\n2 <# c #>", 2),
    ("Write-Output `\n 1", 1), ("1 |\n Out-Null", 1), ("", 0),
])
def test_statement_separators(text, count):
    assert len(statements(text)) == count


def test_pipeline_of_expression_then_commands():
    (pipeline,) = statements("1..3 | Where-Object { $_ -gt 1 } | Measure-Object")
    kinds = [type(e).__name__ for e in pipeline.elements]
    assert kinds == ["CommandExpression", "Command", "Command"]


def test_command_elements_in_argument_mode():
    (pipeline,) = statements("Get-CsUserPoolInfo -Identity lcarter@beta.deitterick.com")
    (command,) = pipeline.elements
    name, param, value = [command.name, *command.elements] if len(command.elements) == 2 else [None] * 3
    assert name.value == "Get-CsUserPoolInfo"
    assert isinstance(param, A.CommandParameter) and param.name == "Identity"
    assert isinstance(value, A.StringConstant) and value.value == "lcarter@beta.deitterick.com"


def test_parameter_with_colon_carries_its_argument():
    (pipeline,) = statements("Sort-Object -Descending:$false")
    (param,) = pipeline.elements[0].elements
    assert param.name == "Descending" and param.colon
    assert shape(param.argument) == "$false"


def test_comma_list_argument_is_one_array():
    (pipeline,) = statements("Format-List MachineId,Fqdn")
    (arg,) = pipeline.elements[0].elements
    assert shape(arg) == ("array", "'MachineId'", "'Fqdn'")


# -- operator precedence (about_Operator_Precedence) -----------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("1 + 2 * 3", ("+", 1, ("*", 2, 3))),
    ("1 - 2 - 3", ("-", ("-", 1, 2), 3)),
    ("'a','b' -eq 'a'", ("eq", ("array", "'a'", "'b'"), "'a'")),           # comma binds tighter
    ("1 -eq 1 -and 2 -eq 2", ("and", ("eq", 1, 1), ("eq", 2, 2))),
    ("1 -lt 2 -or 3", ("or", ("lt", 1, 2), 3)),
    ("1..3 + 1", ("+", ("..", 1, 3), 1)),                                    # range above +
    ("'{0}' -f 1 + 1", ("+", ("f", "'{0}'", 1), 1)),                         # -f above +
    ("$a -band 1 -eq 1", ("band", "$a", ("eq", 1, 1))),                      # 5.1: bitwise below comparison
])
def test_binary_precedence(text, expected):
    assert shape(only_expression(text)) == expected


@pytest.mark.parametrize("text, value", [
    ("2 + 3 * 4", "14"), ("(2 + 3) * 4", "20"), ("-2 + 5", "3"), ("10 - 2 - 3", "5"),
    ("8 / 2 / 2", "2"), ("-not $false -and $false", "False"), ("!$true -or $true", "True"),
    ("1,2,3 -join '+'", "1+2+3"), ("1 + 1 -eq 2", "True"),
])
def test_precedence_evaluates_as_5_1(text, value):
    assert out(text) == [value]


# -- assignments -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, op", [("$x = 1", "="), ("$x += 1", "+="), ("$x -= 1", "-="),
                                      ("$x *= 2", "*="), ("$x /= 2", "/="), ("$x %= 2", "%=")])
def test_assignment_operators(text, op):
    (stmt,) = statements(text)
    assert isinstance(stmt, A.Assignment) and stmt.op == op


def test_assignment_right_side_may_be_a_pipeline():
    (stmt,) = statements("$n = 1..5 | Measure-Object")
    assert isinstance(stmt.value, A.Pipeline) and len(stmt.value.elements) == 2


def test_multiple_assignment_targets():
    assert out("$a, $b = 1, 2, 3; $a; $b") == ["1", "2", "3"]


# -- spans --------------------------------------------------------------------------------------

def test_every_node_span_lies_inside_the_text():
    text = 'if ($x -gt 1) { "big $($x)" } else { foreach ($i in 1..2) { $i } }'
    body = parse(text)
    stack = [body]
    while stack:
        node = stack.pop()
        assert 0 <= node.span.start <= node.span.end <= len(text), type(node).__name__
        stack.extend(node.children())


def test_command_span_runs_from_name_to_last_argument():
    text = "1 | Select-Object -First 1 | Out-Null"
    (pipeline,) = statements(text)
    assert pipeline.elements[1].span.text == "Select-Object -First 1"


# -- incomplete input (the REPL's >> prompt) ------------------------------------------------

@pytest.mark.parametrize("text", [
    "if ($true) {", "function f {", "{", "'abc", '"abc', "@'\nabc", '@"\nabc\n', "1 |", "1,2 |\n",
    "foo `", "$x =", "(1 +", "@{a=1", "$(1", "@(1", "switch (1) {", "<# comment", "1,",
    "foreach ($x in 1..3)", "do { 1 }", "try { 1 }", "if ($true) { 1 } else",
    "Get-Thing -Name x |\n",
])
def test_unfinished_input_is_incomplete(text):
    assert is_incomplete(text)


@pytest.mark.parametrize("text", [
    "'ok'", "1 + 1", "if ($true) { 1 }", "function f { 1 }", "1 2", "'a' | 'b'", "",
    "Write-Output a``", "@'\nx\n'@", "$x = 1",
])
def test_finished_or_wrong_input_is_not_incomplete(text):
    assert not is_incomplete(text)


# -- parse errors: id, message, position, incompleteness (ParserStrings.resx / Parser.cs) --------

PARSE_ERRORS = [
    # text, error id, message, (line, col), incomplete
    ("if ($true) {", "MissingEndCurlyBrace",
     "Missing closing '}' in statement block or type definition.", (1, 12), True),
    ("{", "MissingEndCurlyBrace", "Missing closing '}' in statement block or type definition.", (1, 1), True),
    ("function f {", "MissingEndCurlyBrace",
     "Missing closing '}' in statement block or type definition.", (1, 12), True),
    ("'abc", "TerminatorExpectedAtEndOfString", "The string is missing the terminator: '.", (1, 1), True),
    ('x "abc', "TerminatorExpectedAtEndOfString", 'The string is missing the terminator: ".', (1, 3),
     True),
    ("1,", "MissingExpressionAfterToken", "Missing expression after ','.", (1, 3), True),
    ("1 +", "ExpectedValueExpression", "You must provide a value expression following the '+' operator.",
     (1, 4), True),
    ("1 -eq", "ExpectedValueExpression", "You must provide a value expression following the '-eq' operator.",
     (1, 6), True),
    ("function", "MissingNameAfterKeyword", "Missing name after function keyword.", (1, 9), True),
    pytest.param("function f", "MissingFunctionBody", "Missing function body in function declaration.", (1, 11), True,
                 marks=bug("B35 MissingFunctionBody at the very end of the input is incomplete input")),
    pytest.param("function f\n", "MissingFunctionBody", "Missing function body in function declaration.", (1, 11),
                 False, marks=bug("B35 MissingFunctionBody is reported After(name), not on the next line")),
    ("try { 1 }", "MissingCatchOrFinally", "The Try statement is missing its Catch or Finally block.",
     (1, 10), True),
    ("do { 1 }", "MissingWhileOrUntilInDoWhile", "Missing while or until keyword in do loop.", (1, 9), True),
    ("if ($true) { 1 } else", "MissingStatementBlockAfterElse",
     "Missing statement block after 'else' keyword.", (1, 22), True),
    ("()", "ExpectedExpression", "An expression was expected after '('.", (1, 2), False),
    ("1 2", "UnexpectedToken", "Unexpected token '2' in expression or statement.", (1, 3), False),
    ("'a' | 'b'", "ExpressionsMustBeFirstInPipeline",
     "Expressions are only allowed as the first element of a pipeline.", (1, 7), False),
    ("1 = 2", "InvalidLeftHandSide",
     "The assignment expression is not valid. The input to an assignment operator must be an object that is "
     "able to accept assignments, such as a variable or a property.", (1, 1), False),
    ("@{a}", "MissingEqualsInHashLiteral", "Missing '=' operator after key in hash literal.", (1, 4), False),
    ("$a.", "MissingPropertyName", "Missing property name after reference operator.", (1, 4), True),
    ("@'abc\n'@", "UnexpectedCharactersAfterHereStringHeader",
     "No characters are allowed after a here-string header but before the end of the line.", (1, 3),
     False),
    ("1 |", "EmptyPipeElement", "An empty pipe element is not allowed.", (1, 4), True),
    ("$x =", "ExpectedValueExpression",
     "You must provide a value expression following the '=' operator.", (1, 5), True),
    ("1 -EQ", "ExpectedValueExpression",
     "You must provide a value expression following the '-EQ' operator.", (1, 6), True),
    ("<# abc", "MissingTerminatorMultiLineComment",
     "The terminator '#>' is missing from the multiline comment.", (1, 1), True),
    ("${abc", "IncompleteDollarVariableReference",
     "${variable} reference starting is missing the closing '}'.", (1, 1), True),
    ("try", "MissingTryStatementBlock", "The Try statement is missing its statement block.",
     (1, 4), True),
    ("switch (1)", "MissingCurlyBraceInSwitchStatement", "Missing '{' in switch statement.", (1, 11), True),
    ("$a[", "MissingArrayIndexExpression", "Array index expression is missing or not valid.",
     (1, 4), True),
    ("Get-Foo -Name:", "ParameterRequiresArgument", "Parameter -Name: requires an argument.",
     (1, 15), False),
    ("@{a=1", "MissingEndCurlyBrace", "Missing closing '}' in statement block or type definition.", (1, 3), True),
    ("$(1", "MissingEndParenthesisInSubexpression", "Missing closing ')' in subexpression.",
     (1, 4), True),
    ("(1", "MissingEndParenthesisInExpression", "Missing closing ')' in expression.",
     (1, 3), True),
    ("if ($true)", "MissingStatementBlock", "Missing statement block after if ( condition ).", (1, 10), True),
    pytest.param("foreach ($x in 1..3)", "MissingForeachStatement", "Missing statement body in foreach loop.",
                 (1, 21), True),
    # ReportIncompleteInput marks the error incomplete only when nothing but blanks follows it
    # (Tokenizer.IsAtEndOfScript); here the ')' follows, so the input is complete.
    pytest.param("foreach ($x in )", "MissingForeachExpression", "Missing expression in foreach loop.",
                 (1, 15), False),
    ("while ($true)", "MissingLoopStatement", "Missing statement body in while loop.",
     (1, 14), True),
    pytest.param("foreach (1 in 2) {}", "MissingVariableNameAfterForeach", "Missing variable name after foreach.",
                 (1, 10), False),
    pytest.param("foreach ($x in 1 {}", "MissingEndParenthesisAfterForeach",
                 "Missing closing ')' after expression part of foreach loop.", (1, 17), False),
    pytest.param("4--", "OperatorRequiresVariableOrProperty",
                 "The '--' operator works only on variables or on properties.", (1, 1), False),
    ("@'\nabc\n  '@", "WhitespaceBeforeHereStringFooter",
     "White space is not allowed before the string terminator.", (3, 1), True),
]


@pytest.mark.parametrize("text, error_id, message, where, incomplete", PARSE_ERRORS)
def test_parse_error(text, error_id, message, where, incomplete):
    failure = parse_failure(text)
    assert failure is not None, "expected a parse error"
    assert (failure.error_id, failure.message) == (error_id, message)
    assert (failure.line, failure.col) == where
    assert failure.incomplete == incomplete


def test_parse_error_on_a_later_line_reports_that_line():
    failure = parse_failure("1\n2\nif ($x) {")
    assert (failure.line, failure.col, failure.error_id) == (3, 9, "MissingEndCurlyBrace")
