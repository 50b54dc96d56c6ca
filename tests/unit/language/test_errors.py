"""Error records as the 5.1 console shows them (reference 6: NormalView), and the error
semantics of $?, $Error, -ErrorAction and $ErrorActionPreference (reference 6.3,
about_Preference_Variables, about_CommonParameters, about_Try_Catch_Finally 5.1).

Layout rules, from PowerShell's source: PositionUtilities.VerboseMessage (Position.cs) for
`At line:L char:C`, the `+ source` line clipped to 69 characters with `... ` / ` ...` and the
`~` run; ComplexWriter's word wrap at width-1 (a word keeps its trailing blank and moves to the
next line when it does not fit); the CategoryInfo / FullyQualifiedErrorId texts cut into
pieces of width-6 characters each given a four-space indent (the 3-space continuation)."""
from __future__ import annotations

import pytest

from .lang_helpers import cases, out, run, run_units

CATEGORY_PARSER = "    + CategoryInfo          : ParserError: (:) [], ParentContainsErrorRecordException"
NOT_RECOGNIZED = ("The term '{0}' is not recognized as the name of a cmdlet, function, script file, or operable "
                  "program. Check the spelling of the name, or if a path was included, verify that the path is "
                  "correct and try again.")


# -- whole records -----------------------------------------------------------------------------

def test_unknown_command_record():
    assert out("Get-Nothing") == [
        "Get-Nothing : The term 'Get-Nothing' is not recognized as the name of a cmdlet, function, script file, or "
        "operable ",
        "program. Check the spelling of the name, or if a path was included, verify that the path is correct and try "
        "again.",
        "At line:1 char:1",
        "+ Get-Nothing",
        "+ ~~~~~~~~~~~",
        "    + CategoryInfo          : ObjectNotFound: (Get-Nothing:String) [], CommandNotFoundException",
        "    + FullyQualifiedErrorId : CommandNotFoundException",
        " ",
    ]


def test_throw_string_record():
    # reference 6.3
    assert out("throw 'msg'") == [
        "msg",
        "At line:1 char:1",
        "+ throw 'msg'",
        "+ ~~~~~~~~~~~",
        "    + CategoryInfo          : OperationStopped: (msg:String) [], RuntimeException",
        "    + FullyQualifiedErrorId : msg",
        " ",
    ]


def test_throw_number_names_its_type():
    lines = out("throw 42")
    assert lines[0] == "42"
    assert lines[4] == "    + CategoryInfo          : OperationStopped: (42:Int32) [], RuntimeException"


def test_bare_throw_is_script_halted():
    assert out("throw")[:2] == ["ScriptHalted", "At line:1 char:1"]


def test_parse_error_record_puts_the_position_first():
    assert out("if ($true) {") == [
        "At line:1 char:12",
        "+ if ($true) {",
        "+            ~",
        "Missing closing '}' in statement block or type definition.",
        CATEGORY_PARSER,
        "    + FullyQualifiedErrorId : MissingEndCurlyBrace",
        " ",
    ]


def test_a_parse_error_runs_nothing_of_the_input():
    lines = out("'before'; if ($true) {")
    assert "before" not in lines
    assert lines[0] == "At line:1 char:22"


def test_several_parse_errors_are_listed_one_after_another():
    # The id is the first error's (ParserException.cs). `(1 +` reports the missing operand, then
    # the missing ')' (Parser.cs ParenthesizedExpressionRule), both just after the '+'. 5.1 shows
    # the errors with no blank line between them (real 5.1 transcripts: gwblok/garytown#14,
    # ecitsolutions/Autotask#69); the blank line of ParserException.cs @60b3b304f2 is PowerShell 6+.
    assert out("(1 +") == [
        "At line:1 char:5",
        "+ (1 +",
        "+     ~",
        "You must provide a value expression following the '+' operator.",
        "At line:1 char:5",
        "+ (1 +",
        "+     ~",
        "Missing closing ')' in expression.",
        CATEGORY_PARSER,
        "    + FullyQualifiedErrorId : ExpectedValueExpression",
        " ",
    ]


@pytest.mark.parametrize("text, message, error_id, col, squiggle", [
    ("$x = $null; $x.Foo()", "You cannot call a method on a null-valued expression.", "InvokeMethodOnNull", 13,
     "~~~~~~~~"),
    ("$n = $null; $n[0]", "Cannot index into a null array.", "NullArray", 13, "~~~~~"),
    ("'abc'.NoSuch()", "Method invocation failed because [System.String] does not contain a method named 'NoSuch'.",
     "MethodNotFound", 1, "~~~~~~~~~~~~~~"),
])
def test_runtime_error_records(text, message, error_id, col, squiggle):
    lines = out(text)
    assert lines == [
        message,
        f"At line:1 char:{col}",
        "+ " + text,
        "+ " + " " * (col - 1) + squiggle,
        "    + CategoryInfo          : InvalidOperation: (:) [], RuntimeException",
        f"    + FullyQualifiedErrorId : {error_id}",
        " ",
    ]


def test_write_error_at_the_prompt_names_the_whole_line_and_has_no_position():
    # WriteErrorCommand uses the caller's $MyInvocation: at the prompt that is the typed line.
    assert out("Write-Error 'direct'") == [
        "Write-Error 'direct' : direct",
        "    + CategoryInfo          : NotSpecified: (:) [Write-Error], WriteErrorException",
        "    + FullyQualifiedErrorId : Microsoft.PowerShell.Commands.WriteErrorException",
        " ",
    ]


def test_write_error_with_category_id_and_target():
    assert out("Write-Error -Message 'm' -Category ObjectNotFound -ErrorId MyId -TargetObject tgt")[1:3] == [
        "    + CategoryInfo          : ObjectNotFound: (tgt:String) [Write-Error], WriteErrorException",
        "    + FullyQualifiedErrorId : MyId",
    ]


def test_write_error_in_a_function_names_the_function_call():
    # The caller's $MyInvocation is the function call; the id gets the function's name
    # (ErrorRecord.GetInvocationTypeName for script commands).
    assert out("function Emit-Err { Write-Error 'inner' }; Emit-Err") == [
        "Emit-Err : inner",
        "At line:1 char:44",
        "+ function Emit-Err { Write-Error 'inner' }; Emit-Err",
        "+                                            ~~~~~~~~",
        "    + CategoryInfo          : NotSpecified: (:) [Write-Error], WriteErrorException",
        "    + FullyQualifiedErrorId : Microsoft.PowerShell.Commands.WriteErrorException,Emit-Err",
        " ",
    ]


def test_aliases_win_over_functions():
    # 5.1 command precedence: alias, function, cmdlet. `fw` is Format-Wide's alias, so a
    # function named fw is never reached by that name.
    assert out("function fw { 'function' }; fw") == []


def test_errorview_categoryview_prints_only_the_category():
    # reference 6.1: $ErrorView = 'CategoryView'
    assert out("$ErrorView = 'CategoryView'; Get-Nothing") == [
        "ObjectNotFound: (Get-Nothing:String) [], CommandNotFoundException"]


# -- the position block: clipping, tabs, lines (Position.cs VerboseMessage) -------------------------

def test_long_line_with_the_error_at_its_start_is_cut_after_69_characters():
    text = "Get-Nothing; '" + "a" * 70 + "'"
    lines = out(text)
    assert lines[3:5] == ["+ Get-Nothing; '" + "a" * 55 + " ...", "+ ~~~~~~~~~~~"]


def test_long_line_with_the_error_at_its_end_keeps_the_last_69_characters():
    text = "'" + "a" * 68 + "'; Get-Nothing"
    lines = out(text)            # the string prints first, then the two-line message
    assert lines[3] == "At line:1 char:73"
    assert lines[4:6] == ["+ ... " + "a" * 55 + "'; Get-Nothing", "+ " + " " * 62 + "~" * 11]


def test_error_longer_than_69_characters_is_cut_with_its_squiggles():
    text = "throw '" + "x" * 77 + "'"
    lines = out(text)
    assert lines[2:4] == ["+ throw '" + "x" * 62 + " ...", "+ " + "~" * 69]


def test_error_in_the_middle_of_a_long_line():
    text = "'" + "a" * 29 + "'; Get-Nothing; '" + "b" * 41 + "'"
    lines = out(text)
    assert lines[3] == "At line:1 char:34"
    assert lines[4:6] == ["+ '" + "a" * 29 + "'; Get-Nothing; '" + "b" * 22 + " ...",
                          "+ " + " " * 33 + "~" * 11]


def test_tabs_before_the_error_are_shown_as_four_spaces():
    assert out("\tGet-Nothing")[2:5] == ["At line:1 char:2", "+     Get-Nothing", "+     ~~~~~~~~~~~"]


def test_an_extent_over_several_lines_underlines_to_the_end_of_its_first_line():
    lines = out("1 | Sort-Object a `\n b")
    assert lines[1:4] == ["At line:1 char:5", "+ 1 | Sort-Object a `", "+     ~~~~~~~~~~~~~~~"]


def test_error_on_a_later_line_reports_that_line():
    lines = out("'x'\n  Get-Nothing")
    assert lines[0] == "x"
    assert lines[3:6] == ["At line:2 char:3", "+   Get-Nothing", "+   ~~~~~~~~~~~"]


def test_narrow_console_wraps_and_cuts_the_category_lines():
    # Width 80: text wraps at 79; the CategoryInfo text is cut into 74-character pieces, each with
    # a four-space indent, and the joined line wraps to a 3-space continuation.
    lines = run("Get-Nothing", width=80).lines
    assert lines == [
        "Get-Nothing : The term 'Get-Nothing' is not recognized as the name of a ",
        "cmdlet, function, script file, or operable program. Check the spelling of the ",
        "name, or if a path was included, verify that the path is correct and try again.",
        "At line:1 char:1",
        "+ Get-Nothing",
        "+ ~~~~~~~~~~~",
        "    + CategoryInfo          : ObjectNotFound: (Get-Nothing:String) [], Command ",
        "   NotFoundException",
        "    + FullyQualifiedErrorId : CommandNotFoundException",
        " ",
    ]


def test_long_category_info_parts_are_shortened_to_15_dots_15():
    lines = out("throw '" + "x" * 45 + "'")
    assert lines[4] == ("    + CategoryInfo          : OperationStopped: "
                        "(xxxxxxxxxxxxxxx...xxxxxxxxxxxxxxx:String) [], "
                        "RuntimeException")


# -- $?, $Error and the error actions -------------------------------------------------------------

@pytest.mark.parametrize("text, expected", cases([
    ("Write-Error 'x' -ErrorAction SilentlyContinue; $?; 'ok'; $?", ["False", "ok", "True"]),
    ("$Error.Clear(); Write-Error 'x' -ErrorAction SilentlyContinue; $?; $Error.Count", ["False", "1"]),
    ("$Error.Clear(); Write-Error 'one' -ea SilentlyContinue; Write-Error 'two' -ea SilentlyContinue; "
     "$Error.Count; \"$($Error[0])\"", ["2", "two"]),         # newest first
    ("$Error.Clear(); Write-Error 'x' -ErrorAction Ignore; $Error.Count", ["0"]),
    ("$ErrorActionPreference = 'SilentlyContinue'; Get-Nothing; 'went on'; $Error.Count -ge 1", ["went on", "True"]),
    ("$Error.Clear(); try { Write-Error 'c' -ErrorAction Stop } catch { } ; $Error.Count", ["1"]),
    ("$Error.GetType().FullName", ["System.Collections.ArrayList"]),
]))
def test_error_state(text, expected):
    assert out(text) == expected


@pytest.mark.parametrize("text", [
    "$ErrorActionPreference = 'Stop'; Write-Error 'stops'; 'not printed'",
    "Write-Error 'x' -ErrorAction Stop; 'not printed'",
    "Get-Variable nope -ErrorAction Stop; 'not printed'",
])
def test_stop_turns_an_error_into_a_script_terminating_one(text):
    # reference 6.3: uncaught, it is displayed and the rest of the input is skipped.
    lines = out(text)
    assert "not printed" not in lines
    assert lines[-1] == " "


def test_non_terminating_error_lets_the_pipeline_continue():
    lines = out("1,2,3 | ForEach-Object { if ($_ -eq 2) { Write-Error \"bad $_\" } else { $_ } }")
    assert lines[0] == "1"
    assert lines[-1] == "3"
    assert any(line.endswith(" : bad 2") for line in lines)


def test_error_stream_redirected_to_null_still_fails_the_statement():
    assert out("Write-Error 'x' 2>$null; $?") == ["False"]


@pytest.mark.parametrize("text", ["Get-Nothing", "[int]'x'"])
def test_terminating_errors_are_not_in_the_redirected_stream(text):
    # A command that cannot be found, or an expression that throws, never writes to stream 2:
    # `2>$null` does not hide it, and $? is $false after it.
    lines = out(text + " 2>$null; $?")
    assert lines[-2:] == [" ", "False"]
    assert len(lines) > 2


def test_errors_persist_across_input_units():
    lines = run_units("$Error.Clear()", "Write-Error 'x' -ea SilentlyContinue", "$Error.Count")
    assert lines == ["1"]
