"""Validation attributes on function and script-block parameters, and the mandatory null / empty
checks, as Windows PowerShell 5.1's binder runs them.

Texts: System.Management.Automation resources Metadata.resx (ValidateRange..., ValidateLength...,
ValidatePatternFailure, ValidateCount..., ValidateScriptFailure, ValidateNotNull...) and
ParameterBinderStrings.resx (ParameterArgumentValidationError = "Cannot validate argument on
parameter '{1}'. {6}", ParameterArgumentValidationErrorNullNotAllowed / EmptyStringNotAllowed /
EmptyArrayNotAllowed) at 60b3b304f2; rules: Attributes.cs (ValidateEnumeratedArgumentsAttribute
checks each element; ValidateCount counts the value; ValidateRange converts to the bounds' type)
and ParameterBinderBase.BindParameter (attributes in order, then the mandatory check; the error is
ParameterBindingValidationException, InvalidData, on the argument). Record layout: the 5.1
transcript in MSEndpointMgr/IntuneWin32App PR #142 (ValidateRange on a script function:
`<function> : Cannot validate argument on parameter ...`, the squiggle under the value,
`InvalidData: (:) [<function>], ParameterBindingValidationException`,
`ParameterArgumentValidationError,<function>`)."""
from __future__ import annotations

import pytest

from .lang_helpers import out, run

PREFIX = "Cannot validate argument on parameter '{0}'. "


def _message(define: str, call: str) -> str:
    """The first line(s) of the error record ``call`` prints, joined (the record wraps at 119)."""
    lines = out(define + "\n" + call)
    at = next(i for i, line in enumerate(lines) if line.startswith("At line:"))
    return "".join(lines[:at])


@pytest.mark.parametrize("attribute, value, inner", [
    ("[ValidateRange(1,3)][int]", "5",
     "The 5 argument is greater than the maximum allowed range of 3. Supply an argument that is less than or "
     "equal to 3 and then try the command again."),
    ("[ValidateRange(1,3)][int]", "0",
     "The 0 argument is less than the minimum allowed range of 1. Supply an argument that is greater than or "
     "equal to 1 and then try the command again."),
    # the value is converted to the bounds' type first: '7' is the Int32 7
    ("[ValidateRange(1,3)]", "'7'",
     "The 7 argument is greater than the maximum allowed range of 3. Supply an argument that is less than or "
     "equal to 3 and then try the command again."),
    ("[ValidateRange(1,3)]", "'x'",
     'The argument cannot be validated because its type "String" is not the same type (Int32) as the maximum '
     "and minimum limits of the parameter. Make sure the argument is of type Int32 and then try the command "
     "again."),
    # each element of an array is checked
    ("[ValidateRange(1,3)][int[]]", "1,2,9",
     "The 9 argument is greater than the maximum allowed range of 3. Supply an argument that is less than or "
     "equal to 3 and then try the command again."),
    ("[ValidateLength(2,3)][string]", "abcd",
     'The character length of the 4 argument is too long. Shorten the character length of the argument so it '
     'is fewer than or equal to "3" characters, and then try the command again.'),
    ("[ValidateLength(2,3)][string]", "a",
     'The character length (1) of the argument is too short. Specify an argument with a length that is greater '
     'than or equal to "2", and then try the command again.'),
    ("[ValidateLength(2,3)]", "5",
     "The ValidateLength attribute cannot be applied to a parameter that is not a string or string[] parameter. "
     "Make the parameter a string or string[] parameter."),
    ("[ValidatePattern('^sip:')][string]", "bob@contoso.com",
     'The argument "bob@contoso.com" does not match the "^sip:" pattern. Supply an argument that matches '
     '"^sip:" and try the command again.'),
    ("[ValidateCount(1,2)][string[]]", "a,b,c",
     "The number of provided arguments, (3), exceeds the maximum number of allowed arguments (2). Provide fewer "
     "than 2 arguments, and then try the command again."),
    ("[ValidateCount(2,3)][string[]]", "a",
     "The number of provided arguments (1) is fewer than the minimum number of allowed arguments (2). Provide "
     "more than 2 arguments, and then try the command again."),
    ("[ValidateCount(1,2)][int]", "5",
     "The ValidateCount attribute cannot be applied to a non-array parameter. Either remove the attribute from "
     "the parameter or make the parameter an array parameter."),
    ("[ValidateScript({$_ -gt 2})]", "1",
     'The "$_ -gt 2" validation script for the argument with value "1" did not return a result of True. '
     "Determine why the validation script failed, and then try the command again."),
    ("[ValidateNotNull()]", "$null",
     "The argument is null. Provide a valid value for the argument, and then try running the command again."),
    ("[ValidateNotNull()]", "1,$null",
     "The argument has a null value, or an element of the argument collection contains a null value. Provide a "
     "collection that does not contain any null values, and then try the command again."),
    ("[ValidateNotNullOrEmpty()]", "''",
     "The argument is null or empty. Provide an argument that is not null or empty, and then try the command "
     "again."),
    ("[ValidateNotNullOrEmpty()]", "@()",
     "The argument is null, empty, or an element of the argument collection contains a null value. Supply a "
     "collection that does not contain any null values and then try the command again."),
    ("[ValidateNotNullOrEmpty()][string[]]", "'a',''",
     "The argument is null or empty. Provide an argument that is not null or empty, and then try the command "
     "again."),
])
def test_validation_attribute_messages(attribute, value, inner):
    define = f"function Test-Value {{ param({attribute}$Value) 'bound' }}"
    assert _message(define, f"Test-Value -Value {value}") == \
        "Test-Value : " + PREFIX.format("Value") + inner


def test_a_valid_argument_binds():
    define = ("function Test-Value { param([ValidateRange(1,3)][int]$N, [ValidatePattern('^sip:')][string]$Uri, "
              "[ValidateSet('a','b')][string]$S) \"$N $Uri $S\" }")
    assert out(define + "\nTest-Value -N 2 -Uri sip:bob@contoso.com -S b") == ["2 sip:bob@contoso.com b"]


def test_validation_record_layout():
    # the IntuneWin32App transcript's layout, for a function of our own
    lines = out("function Set-Grace { param([ValidateRange(1,20)][int]$Minutes) }\nSet-Grace -Minutes 30")
    assert lines[-6:] == [
        "At line:2 char:20",
        "+ Set-Grace -Minutes 30",
        "+                    ~~",
        "    + CategoryInfo          : InvalidData: (:) [Set-Grace], ParameterBindingValidationException",
        "    + FullyQualifiedErrorId : ParameterArgumentValidationError,Set-Grace",
        " ",
    ]


def test_a_failed_validation_runs_nothing_of_the_function():
    result = run("function f { param([ValidateRange(1,3)][int]$n) 'ran' }\nf 9\n'next'")
    assert "ran" not in result.lines
    assert result.lines[-1] == "next"


def test_positional_and_pipeline_arguments_are_validated():
    define = ("function Test-Value { param([Parameter(ValueFromPipeline=$true)][ValidateRange(1,3)][int]$N) "
              "process { \"ok $N\" } }")
    assert _message(define, "Test-Value 4").startswith("Test-Value : " + PREFIX.format("N") + "The 4 argument")
    lines = out(define + "\n2, 5 | Test-Value")
    assert lines[0] == "ok 2"
    assert lines[1].startswith("Test-Value : " + PREFIX.format("N") + "The 5 argument")


def test_validate_script_that_throws_reports_its_message():
    define = "function Test-Value { param([ValidateScript({ throw 'not a pool' })]$Pool) }"
    assert _message(define, "Test-Value -Pool x") == "Test-Value : " + PREFIX.format("Pool") + "not a pool"


def test_script_block_parameters_are_validated():
    lines = out("& { param([ValidateRange(1,3)][int]$n) $n } 7")
    assert lines[0].startswith(PREFIX.format("n") + "The 7 argument is greater")


@pytest.mark.parametrize("declaration, value, message, error_id", [
    ("[Parameter(Mandatory=$true)][string]", "$null", "Cannot bind argument to parameter 'Name' because it is null.",
     "ParameterArgumentValidationErrorNullNotAllowed"),
    ("[Parameter(Mandatory=$true)][string]", "''",
     "Cannot bind argument to parameter 'Name' because it is an empty string.",
     "ParameterArgumentValidationErrorEmptyStringNotAllowed"),
    ("[Parameter(Mandatory=$true)][string[]]", "@()",
     "Cannot bind argument to parameter 'Name' because it is an empty array.",
     "ParameterArgumentValidationErrorEmptyArrayNotAllowed"),
    ("[Parameter(Mandatory=$true)][string[]]", "'a',''",
     "Cannot bind argument to parameter 'Name' because it is an empty string.",
     "ParameterArgumentValidationErrorEmptyStringNotAllowed"),
    ("[Parameter(Mandatory=$true)]", "$null", "Cannot bind argument to parameter 'Name' because it is null.",
     "ParameterArgumentValidationErrorNullNotAllowed"),
])
def test_mandatory_parameters_refuse_null_and_empty(declaration, value, message, error_id):
    lines = out(f"function Test-Name {{ param({declaration}$Name) 'bound' }}\nTest-Name -Name {value}")
    assert lines[0] == "Test-Name : " + message
    assert lines[-2] == f"    + FullyQualifiedErrorId : {error_id},Test-Name"
    assert lines[-3] == "    + CategoryInfo          : InvalidData: (:) [Test-Name], ParameterBindingValidationException"


@pytest.mark.parametrize("declaration, value", [
    ("[Parameter(Mandatory=$true)][AllowNull()]", "$null"),
    ("[Parameter(Mandatory=$true)][AllowEmptyString()][string]", "''"),
    ("[Parameter(Mandatory=$true)][AllowEmptyCollection()][string[]]", "@()"),
    ("[string]", "''"),          # not mandatory: nothing to check
    ("[string]", "$null"),
])
def test_allow_attributes_and_optional_parameters_accept_null_and_empty(declaration, value):
    assert out(f"function Test-Name {{ param({declaration}$Name) 'bound' }}\nTest-Name -Name {value}") == ["bound"]


def test_default_values_are_not_validated():
    # ParameterBinderBase: "No validation is done for default values"
    assert out("function f { param([ValidateRange(1,3)][int]$n = 10) $n }\nf") == ["10"]
