"""Modules, snap-ins, host, culture, execution policy, Invoke-Expression, Measure-Command and
New-TimeSpan, run through the engine (expected texts: Microsoft's 5.1 cmdlet docs and the
PowerShell source's resource strings)."""
from __future__ import annotations

import re

import pytest

from tests.support.sessions import session_runner

TIMESPAN_LIST = ("Days", "Hours", "Minutes", "Seconds", "Milliseconds", "Ticks", "TotalDays", "TotalHours",
                 "TotalMinutes", "TotalSeconds", "TotalMilliseconds")


@pytest.fixture
def shell():
    return session_runner()


def test_get_module_lists_lync_with_the_5_1_table_header(shell):
    out = shell("Get-Module")
    assert out[1].rstrip() == "ModuleType Version    Name                                ExportedCommands"
    assert out[2].rstrip() == "---------- -------    ----                                ----------------"
    assert out[3].startswith("Manifest   4.0.7577.0 Lync                                {")
    assert [line.split()[2] for line in out[3:6]] == ["Lync", "Microsoft.PowerShell.Management",
                                                      "Microsoft.PowerShell.Utility"]


def test_lync_exported_commands_are_the_lync_cmdlets_in_name_order(shell):
    names = shell("(Get-Module Lync).ExportedCommands.Keys")
    assert "Get-CsUser" in names and "Get-CsPool" in names
    assert names == sorted(names, key=str.upper)
    assert all("-Cs" in n for n in names)


def test_import_module_lync_is_silent_and_by_path_too(shell):
    assert shell("Import-Module Lync") == []
    assert shell("ipmo 'C:\\Program Files\\Common Files\\Microsoft Lync Server 2010\\Modules\\Lync\\Lync.psd1'") == []
    assert shell("(Import-Module Lync -PassThru).Name") == ["Lync"]


def test_import_module_unknown_is_modules_module_not_found(shell):
    out = "".join(shell("Import-Module ActiveDirectoryX"))  # the console wraps the message at 119 columns
    assert out.startswith("Import-Module : The specified module 'ActiveDirectoryX' was not loaded because no valid "
                          "module file was found in any module directory.")
    assert "ResourceUnavailable: (ActiveDirectoryX:String) [Import-Module], FileNotFoundException" in out
    assert "Modules_ModuleNotFound,Microsoft.PowerShell.Commands.ImportModuleCommand" in out


def test_remove_module_then_import_brings_it_back(shell):
    shell("Remove-Module Lync")
    assert shell("Get-Module Lync") == []
    shell("Import-Module Lync")
    assert shell("(Get-Module Lync).Name") == ["Lync"]


def test_remove_module_of_nothing_loaded_reports_no_modules_removed(shell):
    out = "\n".join(shell("Remove-Module Nothing"))
    assert "No modules were removed." in out and "Modules_NoModulesRemoved" in out


def test_get_pssnapin_lists_the_core_snapin_only(shell):
    out = shell("Get-PSSnapin")
    assert [line for line in out if line] == [
        "Name        : Microsoft.PowerShell.Core", "PSVersion   : 5.1.14393.206",
        "Description : This Windows PowerShell snap-in contains cmdlets used to manage components of "
        "Windows PowerShell."]


def test_add_pssnapin_unknown_is_not_installed(shell):
    out = "\n".join(shell("Add-PSSnapin Microsoft.Rtc.Management"))
    assert out.startswith("Add-PSSnapin : The Windows PowerShell snap-in 'Microsoft.Rtc.Management' is not "
                          "installed on this computer.")
    assert "AddPSSnapInRead,Microsoft.PowerShell.Commands.AddPSSnapinCommand" in out


def test_measure_command_returns_a_timespan_list_and_runs_in_the_current_scope(shell):
    out = shell("Measure-Command { $measured = 42 }")
    labels = [line.split(":")[0].rstrip() for line in out if line]
    assert tuple(labels) == TIMESPAN_LIST
    assert out[:2] == ["", ""] and out[-2:] == ["", ""]
    assert all(re.match(r"^\w+ +: [-\d.E]+$", line) for line in out if line)
    assert shell("$measured") == ["42"]
    assert shell("(Measure-Command { 1..3 }).GetType().FullName") == ["System.TimeSpan"]


def test_new_timespan_from_parts_and_dates(shell):
    assert shell("(New-TimeSpan -Days 1 -Hours 2 -Minutes 3 -Seconds 4).ToString()") == ["1.02:03:04"]
    assert shell("(New-TimeSpan -Minutes 90).TotalHours") == ["1.5"]
    assert shell("(New-TimeSpan -Start '2011-01-01' -End '2011-01-02 12:00').TotalHours") == ["36"]
    out = shell("New-TimeSpan -Hours 1")
    assert "Ticks             : 36000000000" in out and "TotalMinutes      : 60" in out


def test_get_culture_is_en_us_table(shell):
    out = shell("Get-Culture")
    assert out[1:4] == ["LCID             Name             DisplayName".ljust(119),
                        "----             ----             -----------".ljust(119),
                        "1033             en-US            English (United States)".ljust(119)]
    assert shell("(Get-UICulture).Name") == ["en-US"]


def test_get_host_and_dollar_host_agree(shell):
    out = [line for line in shell("Get-Host") if line]
    assert [line.split(":")[0].rstrip() for line in out] == [
        "Name", "Version", "InstanceId", "UI", "CurrentCulture", "CurrentUICulture", "PrivateData",
        "DebuggerEnabled", "IsRunspacePushed", "Runspace"]
    assert out[0] == "Name             : ConsoleHost"
    assert shell("$Host.Version.Major") == ["5"]
    assert shell("$Host.InstanceId -eq (Get-Host).InstanceId") == ["True"]


def test_invoke_expression_runs_in_the_current_scope(shell):
    assert shell("Invoke-Expression '$x = 6 * 7'; $x") == ["42"]
    assert shell("'1 + 1' | iex") == ["2"]


def test_invoke_expression_parse_error_shows_the_inner_position(shell):
    out = shell('iex "1 +"')
    assert out[:7] == [
        "iex : At line:1 char:4", "+ 1 +", "+    ~", "You must provide a value expression following the '+' operator.",
        "At line:1 char:1", '+ iex "1 +"', "+ ~~~~~~~~~"]
    assert "ParserError: (:) [Invoke-Expression], ParseException" in "\n".join(out)
    assert "ExpectedValueExpression,Microsoft.PowerShell.Commands.InvokeExpressionCommand" in "\n".join(out)


def test_write_progress_prints_nothing(shell):
    assert shell("Write-Progress -Activity 'Moving users' -Status 'Half' -PercentComplete 50") == []


def test_execution_policy_defaults_to_remote_signed_and_set_changes_it(shell):
    assert shell("Get-ExecutionPolicy") == ["RemoteSigned"]
    assert shell("Set-ExecutionPolicy Bypass -WhatIf") == [
        'What if: Performing the operation "Set-ExecutionPolicy" on target "Bypass".']
    assert shell("Get-ExecutionPolicy") == ["RemoteSigned"]
    shell("Set-ExecutionPolicy Unrestricted -Force")
    assert shell("Get-ExecutionPolicy") == ["Unrestricted"]
    shell("Set-ExecutionPolicy AllSigned -Scope Process -Force")
    assert shell("Get-ExecutionPolicy") == ["AllSigned"]
    assert shell("Get-ExecutionPolicy -Scope LocalMachine") == ["Unrestricted"]


def test_execution_policy_list_is_right_aligned_in_precedence_order(shell):
    out = shell("Get-ExecutionPolicy -List")
    assert out[1:8] == ["        Scope ExecutionPolicy", "        ----- ---------------",
                        "MachinePolicy       Undefined", "   UserPolicy       Undefined",
                        "      Process       Undefined", "  CurrentUser       Undefined",
                        " LocalMachine    RemoteSigned"]
