"""Write-*, *-Variable, Get-Command, Get-Alias, Get-Help, Get-Date, history (5.1 docs)."""
import datetime as dt

import pytest

from cspshell.cmdlets import registry
from cspshell.cmdlets.core import format_dotnet_date, format_uformat
from cspshell.cmdlets.help import help_text, syntax_lines
from cspshell.errors import Extent, SourceText

from tests.support.fakes import FakeCtx, Invocation, run


def test_write_output_enumerates_unless_told_not_to():
    assert run("Write-Output", {"InputObject": [1, 2]}) == [1, 2]
    assert run("Write-Output", {"InputObject": [1, 2], "NoEnumerate": True}) == [[1, 2]]


def test_write_host_joins_with_separator():
    ctx = FakeCtx()
    run("Write-Host", {"Object": [1, [2, 3]], "Separator": "-", "NoNewline": True}, None, ctx)
    assert ctx.host[0][:2] == ("1-2-3", False)


def test_write_warning_verbose_debug_go_to_their_streams():
    ctx = FakeCtx()
    run("Write-Warning", {"Message": "w"}, None, ctx)
    run("Write-Verbose", {"Message": "v"}, None, ctx)
    run("Write-Debug", {"Message": "d"}, None, ctx)
    assert (ctx.warnings, ctx.verbose, ctx.debug) == (["w"], ["v"], ["d"])


def test_write_error_at_top_level_names_the_input_line():
    """about_Preference_Variables (5.1): 'Write-Error -Message  'Test Error' ; Write-Host ...' : Test Error."""
    line = "Write-Error -Message  'Test Error' ; Write-Host 'Hello World'"
    source = SourceText(line)
    ctx = FakeCtx()
    info = registry.lookup("Write-Error")
    cmd = info.impl(ctx, Invocation("Write-Error", Extent(source, 0, 33)), {"Message": "Test Error"})
    cmd.process()
    record = ctx.errors[0]
    assert (record.command, record.message, record.extent) == (line, "Test Error", None)
    assert record.fully_qualified_error_id == "Microsoft.PowerShell.Commands.WriteErrorException"
    assert (record.category, record.activity, record.exception_type) == ("NotSpecified", "Write-Error",
                                                                         "WriteErrorException")


def test_write_error_in_a_function_names_the_function():
    ctx = FakeCtx()
    ctx.caller_invocation = lambda: ("Test-WriteError", "call-extent")
    run("Write-Error", {"Message": "Bad"}, None, ctx)
    record = ctx.errors[0]
    assert (record.command, record.extent) == ("Test-WriteError", "call-extent")
    assert record.fully_qualified_error_id == "Microsoft.PowerShell.Commands.WriteErrorException,Test-WriteError"


def test_variables_round_trip():
    ctx = FakeCtx()
    run("Set-Variable", {"Name": ["pools"], "Value": 3}, None, ctx)
    assert run("Get-Variable", {"Name": ["pools"], "ValueOnly": True}, None, ctx) == [3]
    variable = run("Get-Variable", {"Name": ["p*"]}, None, ctx)[0]
    assert variable.typenames[0] == "System.Management.Automation.PSVariable"
    assert (variable.get("Name"), variable.get("Value")) == ("pools", 3)
    run("Clear-Variable", {"Name": ["pools"]}, None, ctx)
    assert ctx.get_var("pools") is None
    run("Remove-Variable", {"Name": ["pools"]}, None, ctx)
    assert run("Get-Variable", {"Name": ["pools"]}, None, ctx) == []
    assert ctx.errors[-1].message == "Cannot find a variable with the name 'pools'."
    assert ctx.errors[-1].fully_qualified_error_id == "VariableNotFound,Microsoft.PowerShell.Commands.GetVariableCommand"


def test_new_variable_refuses_an_existing_name():
    ctx = FakeCtx()
    run("New-Variable", {"Name": "days", "Value": 7}, None, ctx)
    run("New-Variable", {"Name": "days", "Value": 8}, None, ctx)
    assert ctx.get_var("days") == 7
    assert ctx.errors[0].message == "A variable with name 'days' already exists."


def test_set_variable_from_pipeline_collects_values():
    ctx = FakeCtx()
    run("Set-Variable", {"Name": ["x"]}, [1, 2], ctx)
    assert ctx.get_var("x") == [1, 2]
    run("Set-Variable", {"Name": ["y"]}, ["one"], ctx)
    assert ctx.get_var("y") == "one"


def test_set_variable_what_if_only_reports():
    ctx = FakeCtx()
    run("Set-Variable", {"Name": ["desc"], "Value": "A description", "WhatIf": True}, None, ctx)
    assert ctx.get_var("desc") is None
    assert ctx.host[0][0] == 'What if: Performing the operation "Set variable" on target "Name: desc Value: A description".'


def test_set_variable_without_value_keeps_an_existing_value():
    ctx = FakeCtx()
    ctx.set_var("kept", "here")
    out = run("Set-Variable", {"Name": ["kept"], "Description": "note", "Option": "ReadOnly", "PassThru": True},
              None, ctx)
    assert ctx.get_var("kept") == "here"
    assert (out[0].get("Description"), out[0].get("Options")) == ("note", "ReadOnly")


def test_set_variable_wildcards_with_include_and_exclude():
    """Set-Variable.Tests.ps1 @v6.1.0: '-Name *aV* -Include *Var* -Exclude bcd*' changes matching variables only."""
    ctx = FakeCtx()
    for name, value in (("abcaVar", "bar"), ("bcdaVar", "anotherVal"), ("aVarfoo", "bogusval")):
        ctx.set_var(name, value)
    run("Set-Variable", {"Name": ["*aV*"], "Value": "overwrite", "Include": ["*Var*"], "Exclude": ["bcd*"]}, None, ctx)
    assert [ctx.get_var(n) for n in ("abcaVar", "aVarfoo", "bcdaVar")] == ["overwrite", "overwrite", "anotherVal"]
    run("Set-Variable", {"Name": ["foo1", "foo2"], "Value": "hello", "Exclude": ["foo2"]}, None, ctx)
    assert (ctx.get_var("foo1"), ctx.get_var("foo2")) == ("hello", None)


def test_set_variable_declares_its_pipeline_input():
    params = {p.name: p for p in registry.lookup("Set-Variable").parameters}
    assert params["Name"].from_pipeline_by_name and not params["Name"].from_pipeline
    assert params["Value"].from_pipeline and params["Value"].from_pipeline_by_name


def test_built_in_aliases_of_commands_not_provided():
    aliases = registry.all_aliases()
    assert (aliases["ls"], aliases["sp"], aliases["curl"], aliases["md"]) == (
        "Get-ChildItem", "Set-ItemProperty", "Invoke-WebRequest", "mkdir")
    assert registry.lookup("sp") is None  # Set-ItemProperty is not provided (ls is, items.py)
    names = [a.get("Name") for a in run("Get-Alias", {"Definition": ["Remove-Item"]})]
    assert names == ["del", "erase", "rd", "ri", "rm", "rmdir"]


def test_get_command_by_noun_sorted_by_type_then_name():
    names = [c.get("Name") for c in run("Get-Command", {"Noun": ["Object"]})]
    assert names == sorted(names, key=str.upper)
    assert {"Select-Object", "Where-Object", "Sort-Object"} <= set(names)
    where = run("Get-Command", {"Name": ["Where-Object"]})[0]
    assert (where.get("CommandType"), where.get("Source"), where.get("Version")) == (
        "Cmdlet", "Microsoft.PowerShell.Core", "3.0.0.0")


def test_get_command_alias_and_unknown_name():
    ctx = FakeCtx()
    alias = run("Get-Command", {"Name": ["select"]}, None, ctx)[0]
    assert alias.get("DisplayName") == "select -> Select-Object"
    assert run("Get-Command", {"Name": ["Start-Process"]}, None, ctx) == []
    assert ctx.errors[0].message.startswith("The term 'Start-Process' is not recognized as the name of a cmdlet")
    assert ctx.errors[0].error_id == "CommandNotFoundException"


def test_get_alias_definition_and_missing():
    ctx = FakeCtx()
    names = [a.get("Name") for a in run("Get-Alias", {"Definition": ["Where-Object"]}, None, ctx)]
    assert names == ["?", "where"]
    run("Get-Alias", {"Name": ["nosuch"]}, None, ctx)
    assert ctx.errors[0].message == ("This command cannot find a matching alias because an alias with the name "
                                     "'nosuch' does not exist.")


def test_syntax_generated_like_5_1():
    """Positional by position, then mandatory named, then optional named, then common parameters."""
    assert syntax_lines(registry.lookup("Select-Object"))[2] == (
        "Select-Object [-InputObject <PSObject>] [-Unique] [-Wait] [-Index <Int32[]>] [<CommonParameters>]")
    assert syntax_lines(registry.lookup("Get-History")) == [
        "Get-History [[-Id] <Int64[]>] [[-Count] <Int32>] [<CommonParameters>]"]


def test_help_views():
    info = registry.lookup("Get-History")
    default = help_text(info)
    assert default[:5] == ["", "NAME", "    Get-History", "", "SYNOPSIS"]
    assert "SYNTAX" in default and "REMARKS" in default and "PARAMETERS" not in default
    full = help_text(info, "full")
    assert "    -Count <Int32>" in full and "        Position?                    1" in full
    assert "EXAMPLES" not in help_text(info, "examples") and "SYNTAX" not in help_text(info, "examples")


def test_get_help_cmdlet_and_about_topic():
    text = run("Get-Help", {"Name": "about_cspshell"})[0]
    assert text.startswith("TOPIC\n    about_cspshell")
    assert "Get-CsUserPoolInfo" in text
    assert run("Get-Help", {"Name": "Get-Unique"})[0].splitlines()[2] == "    Get-Unique"


DATE = dt.datetime(2011, 1, 1, 13, 9, 59, 182000)


@pytest.mark.parametrize("fmt,expected", [
    ("yyyy-MM-dd HH:mm:ss", "2011-01-01 13:09:59"),
    ("MM/dd/yyyy|HH:mm:ss.fff", "01/01/2011|13:09:59.182"),
    ("d", "1/1/2011"),
    ("G", "1/1/2011 1:09:59 PM"),
    ("D", "Saturday, January 1, 2011"),
    ("s", "2011-01-01T13:09:59"),
    ("dddd MMM h tt", "Saturday Jan 1 PM"),
])
def test_dotnet_date_formats(fmt, expected):
    assert format_dotnet_date(DATE, fmt) == expected


def test_uformat():
    assert format_uformat(DATE, "%Y/%m/%d %A %j %%") == "2011/01/01 Saturday 001 %"


def test_get_date_uses_the_session_clock():
    ctx = FakeCtx()
    ctx.session = type("Session", (), {"clock": staticmethod(lambda: DATE)})()
    assert run("Get-Date", {}, None, ctx) == [DATE]
    assert run("Get-Date", {"Format": "yyyy", "Year": 2020}, None, ctx) == ["2020"]


def test_get_history_last_entries():
    ctx = FakeCtx(history=[(i, f"cmd{i}") for i in range(1, 40)])
    out = run("Get-History", {}, None, ctx)
    assert len(out) == 32 and out[-1].get("CommandLine") == "cmd39"
    assert [h.get("Id") for h in run("Get-History", {"Count": 2}, None, ctx)] == [38, 39]
