"""Registrar configuration (lync-facts.md §1.10), Windows services over the lab state (§1.11)
and Test-CsRegistration (§1.12)."""
from __future__ import annotations

import datetime as dt

import pytest

LCARTER = "sip:lcarter@beta.deitterick.com"
EE1 = "beta-ls14-ee1.beta.deitterick.com"
EE2 = "beta-ls14-ee2.beta.deitterick.com"
LS14POOL = "ls14pool.beta.deitterick.com"


# -- registrar configuration -------------------------------------------------------------------

def test_global_defaults(shell):
    (config,) = shell.objects("Get-CsRegistrarConfiguration")
    assert config.typenames[0] == "Microsoft.Rtc.Management.WritableConfig.Settings.Registrar.RegistrarSettings"
    assert [(n, v) for n, v in config.items()] == [
        ("Identity", "Global"), ("MinEndpointExpiration", 300), ("MaxEndpointExpiration", 900),
        ("DefaultEndpointExpiration", 600), ("MaxEndpointsPerUser", 8), ("EnableDHCPServer", False)]


def test_new_site_and_service_scopes_are_what_registrars_use(shell):
    shell.run("New-CsRegistrarConfiguration -Identity site:Beta -MaxEndpointsPerUser 4")
    topology = shell.session.topology
    assert topology.effective_registrar_configuration(LS14POOL).max_endpoints_per_user == 4
    shell.run(f"New-CsRegistrarConfiguration -Identity service:Registrar:{LS14POOL} -MaxEndpointsPerUser 2")
    assert topology.effective_registrar_configuration(LS14POOL).max_endpoints_per_user == 2
    identities = [c.get("Identity") for c in shell.objects("Get-CsRegistrarConfiguration")]
    assert identities == ["Global", "Site:Beta", f"Service:Registrar:{LS14POOL}"]
    assert [c.get("Identity") for c in shell.objects("Get-CsRegistrarConfiguration -Filter 'site:*'")] == [
        "Site:Beta"]


def test_new_refuses_existing_unknown_and_non_registrar_scopes(shell):
    shell.run("New-CsRegistrarConfiguration -Identity global")
    assert shell.errors[0].error_id == "ItemAlreadyExists"
    shell.run("New-CsRegistrarConfiguration -Identity site:Nowhere")
    assert shell.errors[0].message == 'Management object not found for identity "site:Nowhere".'
    shell.run(f"New-CsRegistrarConfiguration -Identity service:WebServer:{LS14POOL}")
    assert shell.errors[0].error_id == "InvalidScope"


@pytest.mark.parametrize("setting, value, bound", [
    ("MaxEndpointsPerUser", 65, "greater than the maximum allowed range of 64"),
    ("MaxEndpointsPerUser", 0, "less than the minimum allowed range of 1"),
    ("DefaultEndpointExpiration", 299, "less than the minimum allowed range of 300"),
    ("MaxEndpointExpiration", 901, "greater than the maximum allowed range of 900"),
])
def test_ranges(shell, setting, value, bound):
    shell.run(f"Set-CsRegistrarConfiguration -{setting} {value}")
    record = shell.errors[0]
    assert record.message.startswith(f"Cannot validate argument on parameter '{setting}'. The {value} argument is ")
    assert bound in record.message
    assert record.category == "InvalidData"


def test_min_default_max_order(shell):
    shell.run("Set-CsRegistrarConfiguration -MinEndpointExpiration 700")
    assert shell.errors[0].error_id == "InvalidEndpointExpiration"
    assert shell.session.topology.registrar_configuration("Global").min_endpoint_expiration == 300


def test_set_from_an_instance(shell):
    shell.run("$c = Get-CsRegistrarConfiguration global; $c.MaxEndpointsPerUser = 5; "
              "Set-CsRegistrarConfiguration -Instance $c")
    assert shell.session.topology.registrar_configuration("Global").max_endpoints_per_user == 5


def test_remove_global_resets_it(shell):
    shell.run("Set-CsRegistrarConfiguration -MaxEndpointsPerUser 3; Remove-CsRegistrarConfiguration global")
    assert shell.session.topology.registrar_configuration("Global").max_endpoints_per_user == 8


def test_remove_site_scope(shell):
    shell.run("New-CsRegistrarConfiguration -Identity site:Beta -MaxEndpointsPerUser 4 | Out-Null")
    assert shell.session.topology.effective_registrar_configuration(LS14POOL).max_endpoints_per_user == 4
    assert shell.run("Remove-CsRegistrarConfiguration site:Beta") == ""
    assert shell.session.topology.registrar_configuration("site:Beta") is None
    assert [c.get("Identity") for c in shell.objects("Get-CsRegistrarConfiguration")] == ["Global"]
    # The pool's Registrar falls back to the global settings.
    assert shell.session.topology.effective_registrar_configuration(LS14POOL).max_endpoints_per_user == 8
    shell.run("Remove-CsRegistrarConfiguration site:Beta")
    assert shell.errors[0].message == 'Management object not found for identity "site:Beta".'


# -- Windows services --------------------------------------------------------------------------

def test_front_end_services_and_status(shell):
    services = shell.objects(f"Get-CsWindowsService -ComputerName {EE2}")
    assert services[0].typenames[0] == "Microsoft.Rtc.Management.Deployment.Core.NTService"
    names = [s.get("Name") for s in services]
    assert "RTCSRV" in names and names == sorted(names)
    assert {s.get("Status") for s in services} == {"Running"}


def test_stop_rtcsrv_takes_the_registrar_down_for_routing(shell):
    lab = shell.session.lab
    shell.run(f"Stop-CsWindowsService -Name RTCSRV -ComputerName {EE2}")
    assert not lab.registrar_up(EE2)
    (service,) = shell.objects(f"Get-CsWindowsService RTCSRV -ComputerName {EE2}")
    assert service.get("Status") == "Stopped"
    # Lisa Carter's preferred order is {1:5-2, 1:5-1}: with ee2 down she registers on ee1.
    shell.run(f"Test-CsRegistration -TargetFqdn beta-ls14-dir.beta.deitterick.com -UserSipAddress {LCARTER} "
              "-OutVerboseVariable log")
    assert f"Registration succeeded on {EE1}." in shell.engine.ctx.get_var("log")
    shell.run(f"Start-CsWindowsService -Name RTCSRV -ComputerName {EE2}")
    assert lab.registrar_up(EE2)


def test_stop_all_services_and_pipeline_input(shell):
    lab = shell.session.lab
    shell.run(f"Stop-CsWindowsService -ComputerName {EE1}")
    assert lab.stopped_services(EE1) == sorted(s.get("Name") for s in
                                               shell.objects(f"Get-CsWindowsService -ComputerName {EE1}"))
    shell.run(f"Get-CsWindowsService RTCSRV -ComputerName {EE1} | Start-CsWindowsService")
    assert lab.registrar_up(EE1)


def test_unknown_service_and_computer(shell):
    shell.run(f"Get-CsWindowsService -Name W3SVC -ComputerName {EE1}")
    assert shell.errors[0].message == "Cannot find any service with service name 'W3SVC'."
    shell.run("Get-CsWindowsService -ComputerName nohost.beta.deitterick.com")
    assert shell.errors[0].error_id == "CouldNotOpenServiceControlManager"


def test_whatif_stops_nothing(shell):
    shell.run(f"Stop-CsWindowsService RTCSRV -ComputerName {EE1} -WhatIf")
    assert shell.session.lab.registrar_up(EE1)


# -- Test-CsRegistration -----------------------------------------------------------------------

def test_task_output_on_success(shell):
    (result,) = shell.objects(f"Test-CsRegistration -TargetFqdn {LS14POOL} -UserSipAddress {LCARTER}")
    assert result.typenames[0] == "Microsoft.Rtc.SyntheticTransactions.TaskOutput"
    assert result.names() == ["TargetFqdn", "Result", "Latency", "Error", "Diagnosis"]
    assert (result.get("TargetFqdn"), result.get("Result"), result.get("Error")) == (LS14POOL, "Success", None)
    assert result.get("Latency") > dt.timedelta(0)


def test_task_output_for_an_unknown_user(shell):
    (result,) = shell.objects(f"Test-CsRegistration {LS14POOL} -UserSipAddress sip:nobody@beta.deitterick.com")
    assert (result.get("Result"), result.get("Latency"), result.get("Error")) == (
        "Failure", dt.timedelta(0), "404, Not Found")
    assert result.get("Diagnosis").startswith("ErrorCode=1003,source=")
    assert result.get("Diagnosis").endswith(",Reason=User does not exist\nMicrosoft.Rtc.Signaling.DiagnosticHeader")


def test_verbose_log_begins_as_documented(shell):
    shell.run(f"Test-CsRegistration -TargetFqdn {LS14POOL} -UserSipAddress {LCARTER} -OutVerboseVariable log")
    assert shell.engine.ctx.get_var("log").split("\n")[:6] == [
        "'Register' activity started.", "Sending Registration request:", f" Target Fqdn = {LS14POOL}",
        f" User Sip Address = {LCARTER}", " Registrar Port = 5061.", "Auth Type 'Trusted' is selected."]


def test_whole_pool_down(shell):
    shell.run(f"Stop-CsWindowsService RTCSRV -ComputerName {EE1}; Stop-CsWindowsService RTCSRV -ComputerName {EE2}")
    (result,) = shell.objects(f"Test-CsRegistration {LS14POOL} -UserSipAddress {LCARTER}")
    assert result.get("Result") == "Failure"
    assert result.get("Error").startswith("10061, ")
