"""``$_`` in a catch block and ``$Error[0]`` as objects: ErrorRecord's properties in 5.1's order,
CategoryInfo's text (ErrorCategoryInfo.GetMessage, the error view's line), InvocationInfo's
17 properties in declaration order (engine/InvocationInfo.cs) with PositionMessage the view's
``At line:L char:C`` block, and ScriptStackTrace (``at <name>, <No file>: line n``)."""
from __future__ import annotations

import pytest

from cspshell.session import Session

from .lang_helpers import on_seed, run_units

INVOCATION_INFO_PROPERTIES = [
    "MyCommand", "BoundParameters", "UnboundArguments", "ScriptLineNumber", "OffsetInLine", "HistoryId", "ScriptName",
    "Line", "PositionMessage", "PSScriptRoot", "PSCommandPath", "InvocationName", "PipelineLength",
    "PipelinePosition", "ExpectingInput", "CommandOrigin", "DisplayScriptPosition"]


@pytest.fixture(scope="module")
def seed() -> Session:
    session = Session()
    session.topology
    return session


def test_a_cmdlet_error_in_a_catch_block(seed):
    lines = on_seed(seed, "try { Get-CsUser nobody@beta.deitterick.com -ErrorAction Stop } catch { "
                          "\"$($_.CategoryInfo)\"; $_.InvocationInfo.MyCommand.Name; $_.InvocationInfo.InvocationName; "
                          "$_.InvocationInfo.ScriptLineNumber; $_.InvocationInfo.OffsetInLine; "
                          "$_.Exception.GetType().FullName; $_.FullyQualifiedErrorId; $_.ToString() }")
    assert lines == [
        "ObjectNotFound: (:) [Get-CsUser], ManagementException",
        "Get-CsUser",
        "Get-CsUser",
        "1",
        "7",
        "Microsoft.Rtc.Management.ManagementException",
        "Identity,Microsoft.Rtc.Management.AD.Cmdlets.GetOcsUserCmdlet",
        'Management object not found for identity "nobody@beta.deitterick.com".',
    ]


def test_position_message_is_the_error_views_position_block():
    assert run_units("try { throw 'boom' } catch { $_.InvocationInfo.PositionMessage }") == [
        "At line:1 char:7", "+ try { throw 'boom' } catch { $_.InvocationInfo.PositionMessage }",
        "+       ~~~~~~~~~~~~"]


def test_invocation_info_properties_in_declaration_order():
    assert run_units("try { throw 'boom' } catch { $_.InvocationInfo.psobject.Properties.Name }") == \
        INVOCATION_INFO_PROPERTIES


def test_invocation_info_of_a_statement_error():
    lines = run_units("try { throw 'boom' } catch { $i = $_.InvocationInfo; $i.MyCommand -eq $null; $i.Line; "
                      "$i.InvocationName.Length; $i.PipelineLength; $i.CommandOrigin }")
    assert lines == ["True", "try { throw 'boom' } catch { $i = $_.InvocationInfo; $i.MyCommand -eq $null; $i.Line; "
                             "$i.InvocationName.Length; $i.PipelineLength; $i.CommandOrigin }", "0", "0", "Internal"]


def test_error_record_properties_in_order_with_force():
    lines = run_units("Write-Error 'bad thing' -ErrorAction SilentlyContinue",
                      "$Error[0] | Format-List * -Force")
    labels = [line.split(":")[0].strip() for line in lines if " : " in line]
    assert labels == ["PSMessageDetails", "Exception", "TargetObject", "CategoryInfo", "FullyQualifiedErrorId",
                      "ErrorDetails", "InvocationInfo", "ScriptStackTrace", "PipelineIterationInfo"]


def test_script_stack_trace_lists_the_functions_innermost_first():
    assert run_units("function Get-Inner { throw 'deep' }",
                     "function Get-Outer {\n  Get-Inner\n}",
                     "try { Get-Outer } catch { $_.ScriptStackTrace }") == [
        "at Get-Inner, <No file>: line 1",
        "at Get-Outer, <No file>: line 2",
        "at <ScriptBlock>, <No file>: line 1",
    ]


def test_script_stack_trace_at_top_level():
    assert run_units("try { throw 'x' } catch { $_.ScriptStackTrace }") == ["at <ScriptBlock>, <No file>: line 1"]


def test_category_info_is_an_object_with_five_properties():
    assert run_units("try { throw 'x' } catch { $c = $_.CategoryInfo; $c.Category; $c.Reason; "
                     "$c.GetType().FullName }") == [
        "OperationStopped", "RuntimeException", "System.Management.Automation.ErrorCategoryInfo"]
