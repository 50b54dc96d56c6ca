"""Tab completion on the seed's lab (default topology): commands, parameters, values from
the topology, properties from the pipeline, variables and members."""
from __future__ import annotations

import pytest

from cspshell.repl.completion import command_matches, matches_humps, quote
from repl_helpers import texts

SEED_USER = "lcarter@beta.deitterick.com"
FIVE = ["BackupPoolFqdn", "BackupPoolMachinesInPreferredOrder", "PrimaryPoolFqdn",
        "PrimaryPoolMachinesInPreferredOrder", "UserServicesPoolFqdn"]


def test_command_names_by_prefix(completer) -> None:
    result = completer.complete("Get-CsUserP")
    assert texts(result) == ["Get-CsUserPoolInfo"]
    assert result.start == 0


def test_command_names_by_verb_noun_initials(completer) -> None:
    found = texts(completer.complete("g-csu"))
    assert "Get-CsUser" in found and "Get-CsUserPoolInfo" in found
    assert all(name.lower().startswith("g") for name in found)
    assert texts(completer.complete("g-csupi")) == ["Get-CsUserPoolInfo"]


def test_commands_after_a_pipe_aliases_included(completer) -> None:
    result = completer.complete("Get-CsUser | Sel")
    assert texts(result) == ["select", "Select-Object", "Select-String", "Select-Xml"]
    assert result.candidates[0].meta == "Alias of Select-Object"


def test_parameter_names_with_type_and_mandatory(completer) -> None:
    result = completer.complete("Get-CsUserPoolInfo -")
    assert texts(result)[:2] == ["-Identity", "-LocalStore"]
    assert result.candidates[0].meta == "UserIdParameter, mandatory"
    assert result.candidates[1].meta == "switch"
    assert "-ErrorAction" in texts(result)


def test_parameters_already_given_are_not_offered_again(completer) -> None:
    found = texts(completer.complete(f"Get-CsUserPoolInfo -Identity {SEED_USER} -"))
    assert "-Identity" not in found and "-LocalStore" in found


def test_identity_completes_sip_addresses(completer) -> None:
    result = completer.complete("Get-CsUserPoolInfo -Identity lc")
    assert texts(result) == [SEED_USER]
    assert result.candidates[0].meta == "Lisa Carter"
    assert result.start == len("Get-CsUserPoolInfo -Identity ")


def test_positional_identity_and_sip_scheme(completer) -> None:
    assert texts(completer.complete("Get-CsUserPoolInfo lc")) == [SEED_USER]
    assert texts(completer.complete("Get-CsUserPoolInfo sip:lc")) == ["sip:" + SEED_USER]


def test_identity_completes_display_names_quoted(completer) -> None:
    result = completer.complete("Get-CsUserPoolInfo Lisa")
    assert texts(result) == ["'Lisa Carter'"]
    assert result.candidates[0].meta == "sip:" + SEED_USER
    assert texts(completer.complete("Get-CsUserPoolInfo 'Lisa C")) == ["'Lisa Carter'"]


def test_pools_for_target_and_machines_for_computers(completer) -> None:
    assert texts(completer.complete(f"Move-CsUser {SEED_USER} ls")) == ["ls14pool.beta.deitterick.com"]
    machines = texts(completer.complete("Get-CsComputer beta-ls14-e"))
    assert machines == ["beta-ls14-ee1.beta.deitterick.com", "beta-ls14-ee2.beta.deitterick.com"]


def test_sites_and_enum_values(completer) -> None:
    assert texts(completer.complete("Get-CsPool -Site ")) == ["Beta"]
    assert texts(completer.complete("Get-Date -ErrorAction Si")) == ["SilentlyContinue"]


def test_select_object_offers_the_five_properties_of_get_csuserpoolinfo(completer) -> None:
    found = texts(completer.complete(f"Get-CsUserPoolInfo {SEED_USER} | Select-Object -ExpandProperty "))
    assert found == FIVE


def test_properties_after_expand_property(completer) -> None:
    line = (f"Get-CsUserPoolInfo -Identity {SEED_USER} | Select-Object -ExpandProperty "
            "PrimaryPoolMachinesInPreferredOrder | Format-List ")
    found = texts(completer.complete(line))
    assert "MachineId" in found and "Fqdn" in found


def test_properties_learned_from_output(engine, completer) -> None:
    engine.run(f"Get-CsUserPoolInfo {SEED_USER} | Select-Object -ExpandProperty PrimaryPoolMachinesInPreferredOrder")
    completer.catalog.learn(engine.ctx.output_history[-1])
    line = f"Get-CsUserPoolInfo {SEED_USER} | Select-Object -ExpandProperty PrimaryPoolMachinesInPreferredOrder | fl "
    assert {"MachineId", "Fqdn"} <= set(texts(completer.complete(line)))


def test_properties_for_measure_and_group(completer) -> None:
    assert texts(completer.complete("1,2,3 | Measure-Object | Select-Object -ExpandProperty Ma")) == ["Maximum"]
    assert texts(completer.complete("1,2 | Group-Object | Sort-Object C")) == ["Count"]


def test_select_object_property_narrows_the_type(completer) -> None:
    line = f"Get-CsUserPoolInfo {SEED_USER} | Select-Object PrimaryPoolFqdn,BackupPoolFqdn | Format-Table "
    assert texts(completer.complete(line)) == ["BackupPoolFqdn", "PrimaryPoolFqdn"]


def test_dollar_underscore_inside_a_script_block(completer) -> None:
    found = texts(completer.complete(f"Get-CsUserPoolInfo {SEED_USER} | Where-Object {{ $_.Prim"))
    assert found == ["PrimaryPoolFqdn", "PrimaryPoolMachinesInPreferredOrder"]


def test_variables_and_their_members(engine, completer) -> None:
    engine.run("$pool = [pscustomobject]@{Fqdn = 'ls14pool.beta.deitterick.com'; Site = 'Beta'}")
    assert texts(completer.complete("$poo")) == ["$pool"]
    assert texts(completer.complete("$pool.F")) == ["Fqdn"]
    assert texts(completer.complete("$pool | Select-Object S")) == ["Site"]
    engine.run("$h = @{alpha = 1}")
    assert texts(completer.complete("$h.al")) == ["alpha"]


def test_variable_names_for_get_variable(engine, completer) -> None:
    engine.run("$trainee = 1")
    assert texts(completer.complete("Get-Variable -Name trai")) == ["trainee"]


def test_user_functions_are_commands_with_parameters(engine, completer) -> None:
    engine.run("function Test-Lab { param([Microsoft.Rtc.Management.AD.UserIdParameter]$Identity, $Pool) }")
    assert texts(completer.complete("Test-L")) == ["Test-Lab"]
    assert texts(completer.complete("Test-Lab -")) [:2] == ["-Identity", "-Pool"]
    assert texts(completer.complete("Test-Lab lc")) == [SEED_USER]
    assert texts(completer.complete("Test-Lab x -Pool ls")) == ["ls14pool.beta.deitterick.com"]


def test_nothing_on_a_blank_line_or_unknown_context(completer) -> None:
    assert completer.complete("").candidates == ()
    assert completer.complete("Get-Nothing -").candidates == ()


def test_completing_mid_line_uses_the_text_before_the_cursor(completer) -> None:
    line = "Get-CsUserP | Format-List"
    result = completer.complete(line, len("Get-CsUserP"))
    assert texts(result) == ["Get-CsUserPoolInfo"]


@pytest.mark.parametrize("pattern, name, expected", [
    ("csu", "CsUserPoolInfo", True), ("csupi", "CsUserPoolInfo", True), ("cup", "CsUserPoolInfo", True),
    ("pool", "CsUserPoolInfo", False), ("", "CsUser", True), ("csuserpoolinfox", "CsUserPoolInfo", False),
])
def test_humps(pattern: str, name: str, expected: bool) -> None:
    assert matches_humps(pattern, name) is expected


def test_command_matches_needs_the_verb_prefix() -> None:
    assert command_matches("g-csu", "Get-CsUser")
    assert not command_matches("s-csu", "Get-CsUser")
    assert command_matches("get-csu", "Get-CsUser")


@pytest.mark.parametrize("value, quote_char, expected", [
    ("lcarter@beta.deitterick.com", "", "lcarter@beta.deitterick.com"),
    ("Lisa Carter", "", "'Lisa Carter'"),
    ("O'Brien Pat", "", "'O''Brien Pat'"),
    ("Lisa Carter", '"', '"Lisa Carter"'),
    ("-dash", "", "'-dash'"),
])
def test_quote(value: str, quote_char: str, expected: str) -> None:
    assert quote(value, quote_char) == expected
