"""What Get-Command's objects hold about parameters (5.1's CommandInfo.Parameters, a
Dictionary<string, ParameterMetadata> shown as a Key/Value table; CommandInfo.ParameterSets,
CommandParameterSetInfo objects) and Get-Command -Syntax (CmdletInfo.Definition: an empty line
before each set, about_Command_Syntax; type names as ToStringCodeMethods.Type writes them)."""
from __future__ import annotations

from cspshell.language.context import CaptureHost
from cspshell.language.engine import Engine


def run(*units: str) -> list[str]:
    host = CaptureHost(120)
    engine = Engine(host)
    for unit in units:
        engine.run(unit)
    return host.lines


def test_syntax_puts_an_empty_line_before_each_parameter_set():
    assert run("Get-Command Get-Alias -Syntax") == [
        "",
        "Get-Alias [[-Name] <string[]>] [-Exclude <string[]>] [-Scope <string>] [<CommonParameters>]",
        "",
        "Get-Alias [-Exclude <string[]>] [-Scope <string>] [-Definition <string[]>] [<CommonParameters>]",
        "",
    ]


def test_syntax_names_types_by_their_accelerators_and_generics():
    line = run("Get-Command Get-CsUser -Syntax")[1]
    assert "[-Credential <pscredential>]" in line and "[-ResultSize <Unlimited[uint32]>]" in line
    assert line.startswith("Get-CsUser [[-Identity] <UserIdParameter>] ")


def test_get_credential_syntax():
    assert run("Get-Command Get-Credential -Syntax") == [
        "", "Get-Credential [-Credential] <pscredential> [<CommonParameters>]",
        "", "Get-Credential [[-UserName] <string>] -Message <string> [<CommonParameters>]", ""]


def test_parameters_is_a_dictionary_keyed_by_name():
    lines = run("(Get-Command Get-CsUser).Parameters")
    assert lines[1].split() == ["Key", "Value"]
    assert lines[3].split() == ["Identity", "System.Management.Automation.ParameterMetadata"]
    assert [line.split()[0] for line in lines[3:-2]][-3:] == ["OutVariable", "OutBuffer", "PipelineVariable"]


def test_parameter_metadata_members():
    assert run("$p = (Get-Command Get-CsUser).Parameters",
               "$p.Count",
               "$p['identity'].ParameterType.FullName",
               "$p.Identity.Name",
               "$p['ErrorAction'].Aliases",
               "$p.Keys | Select-Object -First 2",
               "$p['OnLyncServer'].SwitchParameter",
               "$p['Filter'].ParameterSets.Keys",
               "$p['Identity'].Attributes[0].Position",
               "$p.ContainsKey('Credential')") == [
        "21", "Microsoft.Rtc.Management.AD.UserIdParameter", "Identity", "ea", "Identity", "Credential", "True",
        "Filter", "1", "True"]


def test_parameter_sets_objects():
    assert run("$s = (Get-Command Get-Credential).ParameterSets",
               "$s | ForEach-Object { $_.Name + ' ' + $_.IsDefault }",
               "$s[1].Parameters.Name",
               "$s[1].Parameters[0].IsMandatory",
               "$s[0].Parameters[0].Position",
               "$s[1].Parameters[0].Position") == [
        "CredentialSet True", "MessageSet False",
        "Message", "UserName", "Verbose", "Debug", "ErrorAction", "WarningAction", "InformationAction",
        "ErrorVariable", "WarningVariable", "InformationVariable", "OutVariable", "OutBuffer", "PipelineVariable",
        "True", "0", "-2147483648"]


def test_parameter_set_view():
    lines = run("(Get-Command Get-Credential).ParameterSets[0]")
    assert lines[:5] == ["", "Parameter Set Name: CredentialSet", "Is default parameter set: True", "",
                         "  Parameter Name: Credential"]
    assert lines[5:8] == ["    ParameterType = System.Management.Automation.PSCredential", "    Position = 0",
                          "    IsMandatory = True"]


def test_a_cmdlets_list_view_names_its_sets():
    lines = run("Get-Command Get-Credential | Format-List")
    assert "ParameterSets    : {CredentialSet, MessageSet}" in lines
