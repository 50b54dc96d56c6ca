"""Members added by Add-Member that run script: ScriptMethod, ScriptProperty and AliasProperty
(Add-Member.md Examples 4 and 7, 5.1; PSScriptMethod.InvokeScript, PSScriptProperty.Value and
PSAliasProperty.Value in 5.1's MshMemberInfo.cs; PowerShell issue #23845 for a failing getter),
and values carrying note properties (Compare-Object.md Example 3, ConvertTo-Json's
AddPsProperties in 5.1)."""
from __future__ import annotations

import pytest

from .lang_helpers import out, run_units

OBJECT = "$o = [pscustomobject]@{ Name = 'a'; Size = 2048 }"


def with_members(*lines: str) -> str:
    return "\n".join((OBJECT, *lines))


def error_tail(category: str, error_id: str) -> list[str]:
    return [f"    + CategoryInfo          : {category}", f"    + FullyQualifiedErrorId : {error_id}", " "]


# --- ScriptMethod ---------------------------------------------------------------------------

@pytest.mark.parametrize("members, call, expected", [
    # $this is the object, the output is the method's value
    ("$o | Add-Member ScriptMethod Half { $this.Size / 2 }", "$o.Half()", ["1024"]),
    # the arguments are $args ...
    ("$o | Add-Member ScriptMethod Count { $args.Count }", "$o.Count(1, 2, 3)", ["3"]),
    # ... or bound by a param() block
    ("$o | Add-Member ScriptMethod Scale { param($by, $plus) $this.Size * $by + $plus }", "$o.Scale(2, 1)",
     ["4097"]),
    # several outputs are an array, none is $null
    ("$o | Add-Member ScriptMethod Two { 'x'; 'y' }", "$o.Two().Count", ["2"]),
    ("$o | Add-Member ScriptMethod Nothing { }", "$null -eq $o.Nothing()", ["True"]),
])
def test_script_method_result(members, call, expected):
    assert out(with_members(members, call)) == expected


def test_script_method_runs_in_its_own_scope():
    assert out(with_members("$o | Add-Member ScriptMethod Set { $inner = 1; $this.Name }",
                            "$o.Set()", "$null -eq $inner", "$null -eq $this")) == ["a", "True", "True"]


def test_script_method_is_listed_by_get_member():
    lines = out(with_members("$o | Add-Member ScriptMethod Half { $this.Size / 2 }",
                             "($o | Get-Member -MemberType ScriptMethod).Definition"))
    assert lines == ["System.Object Half();"]


def test_missing_method_keeps_the_5_1_error():
    lines = run_units(OBJECT, "$o.x()")
    assert lines[0] == ("Method invocation failed because [System.Management.Automation.PSCustomObject] does not "
                        "contain a method named 'x'.")
    assert lines[1:4] == ["At line:1 char:1", "+ $o.x()", "+ ~~~~~~"]
    assert lines[-3:] == error_tail("InvalidOperation: (:) [], RuntimeException", "MethodNotFound")


@pytest.mark.parametrize("body, message", [
    ("throw 'boom'", 'Exception calling "Fail" with "1" argument(s): "boom"'),
    ("1 / 0; 'not reached'", 'Exception calling "Fail" with "1" argument(s): "Attempted to divide by zero."'),
])
def test_an_error_inside_a_script_method_is_a_method_invocation_exception(body, message):
    lines = run_units(OBJECT, f"$o | Add-Member ScriptMethod Fail {{ {body} }}", "$o.Fail(1)")
    assert lines[0] == message
    assert lines[1:4] == ["At line:1 char:1", "+ $o.Fail(1)", "+ ~~~~~~~~~~"]
    assert lines[-3:] == error_tail("NotSpecified: (:) [], MethodInvocationException", "ScriptMethodRuntimeException")


def test_the_method_error_is_statement_terminating_and_catchable():
    lines = out(with_members("$o | Add-Member ScriptMethod Fail { throw 'boom' }",
                             "try { $o.Fail() } catch { $_.Exception.GetType().FullName }", "'next'"))
    assert lines == ["System.Management.Automation.MethodInvocationException", "next"]


# --- ScriptProperty -------------------------------------------------------------------------

def test_getter_runs_on_every_read():
    assert out(with_members("$o | Add-Member ScriptProperty KB { $this.Size / 1KB }",
                            "$o.KB", "$o.Size = 4096", "$o.KB")) == ["2", "4"]


def test_setter_gets_the_value_as_args_0_and_this():
    assert out(with_members("$o | Add-Member ScriptProperty KB { $this.Size / 1KB } { $this.Size = $args[0] * 1KB }",
                            "$o.KB = 3", "$o.Size", "$o.KB")) == ["3072", "3"]


def test_assigning_a_property_without_setter_is_5_1_s_error():
    lines = run_units(OBJECT, "$o | Add-Member ScriptProperty KB { $this.Size / 1KB }", "$o.KB = 1", "$o.KB")
    assert lines[0] == 'Set accessor for property "KB" is unavailable.'
    assert lines[1] == "At line:1 char:1"
    assert lines[-4:] == [*error_tail("NotSpecified: (:) [], SetValueException",
                                      "SetWithoutSetterFromScriptProperty"), "2"]


def test_a_failing_setter_is_reported_as_exception_setting():
    lines = out(with_members("$o | Add-Member ScriptProperty P { 1 } { throw 'Set' }", "$o.P = 2"))
    assert lines[0] == 'Exception setting "P": "Set"'
    assert lines[-3:] == error_tail("NotSpecified: (:) [], SetValueInvocationException",
                                    "ScriptSetValueRuntimeException")


def test_a_failing_getter_reads_as_null_silently():
    assert out(with_members("$o | Add-Member ScriptProperty P { 'first'; throw 'Get' }",
                            "$null -eq $o.P")) == ["True"]


def test_select_object_copies_the_script_property_value():
    lines = run_units(with_members("$o | Add-Member ScriptProperty KB { $this.Size / 1KB }"),
                      "$o | Select-Object Name, KB | ConvertTo-Json -Compress")
    assert lines == ['{"Name":"a","KB":2}']


# --- AliasProperty --------------------------------------------------------------------------

def test_alias_reads_and_writes_its_target():
    assert out(with_members("$o | Add-Member AliasProperty Label Name", "$o.Label = 'b'", "$o.Name",
                            "$o.Name = 'c'", "$o.Label")) == ["b", "c"]


# --- values carrying note properties -------------------------------------------------------------

PASSTHRU = "$x = Compare-Object -IncludeEqual $false $false -PassThru"


@pytest.mark.parametrize("expression, expected", [
    ("$x", ["False"]),
    ("$x.SideIndicator", ["=="]),
    ("if ($x) { 'yes' } else { 'no' }", ["no"]),
    ("$x -eq $false", ["True"]),
    ("$x -is [bool]", ["True"]),
    ("$x.GetType().FullName", ["System.Boolean"]),
    ("\"[$x]\"", ["[False]"]),
    ("$x + 1", ["1"]),
    ("$x | ConvertTo-Json -Compress", ['{"value":false,"SideIndicator":"=="}']),
])
def test_a_boolean_with_a_side_indicator_still_is_the_boolean(expression, expected):
    assert out(f"{PASSTHRU}\n{expression}") == expected


def test_a_string_with_a_note_serializes_as_value_and_notes():
    # 5.1's ConvertTo-Json adds the extended properties of a wrapped primitive (Get-Content's
    # strings famously come out as {"value": ..., "PSPath": ...}).
    assert out("'a' | Add-Member -NotePropertyName N -NotePropertyValue 1 -PassThru | ConvertTo-Json -Compress") \
        == ['{"value":"a","N":1}']
