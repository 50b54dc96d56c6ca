"""Inputs an administrator gets wrong: each gives a PowerShell error record, never an
emulator fault (a Python exception surfaces as "cspshell internal error")."""
from __future__ import annotations

import pytest

NULL_IDENTITY = "Cannot bind argument to parameter 'Identity' because it is null."


@pytest.mark.parametrize("command", [
    'Get-CsPool -Filter "[z"',
    'Get-CsSite -Filter "[z"',
    'Get-CsComputer -Filter "["',
    'Get-CsService -Filter "Registrar:[z"',
    'Get-CsRegistrarConfiguration -Filter "[z"',
])
def test_an_invalid_identity_wildcard_is_the_wildcard_pattern_error(shell, command):
    # .NET's WildcardPattern text, the same the -like operator reports.
    name, pattern = command.split()[0], command.split('"')[1]
    lines = shell.lines(command)
    assert lines[0] == f"{name} : The specified wildcard character pattern is not valid: {pattern}"
    assert any("WildcardPattern_Invalid," in line for line in lines)
    assert not shell.objects(command)


@pytest.mark.parametrize("command", [
    'Get-CsUser -Filter {DisplayName -like "[abc"}',
    'Get-CsUser -Filter {DisplayName -match "(unclosed"}',
    'Get-CsUser -Filter "((("',
])
def test_an_invalid_filter_is_the_invalid_filter_error(shell, command):
    lines = shell.lines(command)
    assert lines[0].startswith('Get-CsUser : The Filter "')
    assert any("InvalidFilter,Microsoft.Rtc.Management.AD.Cmdlets.GetOcsUserCmdlet" in line for line in lines)


@pytest.mark.parametrize("command", [
    "Get-CsUserPoolInfo -Identity $null",
    "$null | Get-CsUserPoolInfo",
    "Set-CsUser -Identity $null -EnterpriseVoiceEnabled $false",
    "$null | Disable-CsUser",
    "Move-CsUser $null ls14pool.beta.deitterick.com -Confirm:$false",
])
def test_null_for_a_mandatory_identity_is_refused_by_the_binder(shell, command):
    lines = shell.lines(command)
    assert lines[0].endswith(NULL_IDENTITY)
    assert any("ParameterArgumentValidationErrorNullNotAllowed," in line for line in lines)


def test_a_null_among_piped_identities_fails_alone(shell):
    pools = shell.objects('"lcarter", $null, "acooper" | Get-CsUserPoolInfo')
    assert [p.get("PrimaryPoolFqdn") for p in pools] == ["ls14pool.beta.deitterick.com",
                                                        "beta-ls14-se1.beta.deitterick.com"]
    assert shell.errors[0].error_id == "ParameterArgumentValidationErrorNullNotAllowed"


def test_null_piped_to_get_csuser_leaves_identity_unset(shell):
    # Identity is optional: $null binds, and the cmdlet lists every user as without -Identity.
    assert len(shell.objects("$null | Get-CsUser")) == len(shell.objects("Get-CsUser"))


@pytest.mark.parametrize("command, error_id", [
    ("Set-CsRegistrarConfiguration -MaxEndpointsPerUser 0", "ParameterArgumentValidationError"),
    ("Set-CsRegistrarConfiguration -DefaultEndpointExpiration 901", "ParameterArgumentValidationError"),
    ("New-CsRegistrarConfiguration -Identity site:Beta -MinEndpointExpiration 299",
     "ParameterArgumentValidationError"),
    ('Test-CsRegistration -TargetFqdn ""', "ParameterArgumentValidationErrorEmptyStringNotAllowed"),
])
def test_range_and_empty_checks_run_in_the_binder(shell, command, error_id):
    shell.run(command)
    record = shell.errors[0]
    assert (record.error_id, record.category, record.exception_type) == (
        error_id, "InvalidData", "ParameterBindingValidationException")
    # Positioned on the argument, not on the whole command.
    assert record.extent.text in ("0", "901", "299", '""')


def test_nothing_changes_after_a_range_error(shell):
    shell.run("Set-CsRegistrarConfiguration -MaxEndpointsPerUser 65 -MinEndpointExpiration 300")
    assert shell.objects("Get-CsRegistrarConfiguration global")[0].get("MaxEndpointsPerUser") == 8


@pytest.mark.parametrize("command", [
    'Get-CsUser "日本語ユーザー"',
    'Get-CsUserPoolInfo ("x" * 5000)',
    "Get-CsUser -Identity @(1, 2)",
    "Get-CsUser -ResultSize 99999999999",
    "Get-CsUser -ResultSize -1",
    "42 | Get-CsUserPoolInfo",
    "Get-CsPool -Identity 5",
    'Get-CsService -Identity ""',
])
def test_odd_values_give_error_records(shell, command):
    text = shell.run(command)
    assert "cspshell internal error" not in text
    assert shell.errors and shell.errors[0].message
