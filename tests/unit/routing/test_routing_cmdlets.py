"""The CsLab cmdlets over the seed's lab, through the real engine."""
from __future__ import annotations

import pytest

from tests.support.sessions import session_runner

from routing_labs import DIRECTOR, EE1, EE2, LCARTER, POOL, SE2, SRV_TLS


@pytest.fixture
def shell():
    """Return a function running PowerShell text in one session; it returns the output lines."""
    run = session_runner()
    return lambda text: [line.rstrip() for line in run(text) if line.strip()]


def test_sign_in_properties_of_the_seed(shell):
    assert shell(f"$r = Invoke-CsLabSignIn {LCARTER}; $r.RegistrarFqdn; $r.Redirected; "
                 "$r.BackupRegistrarFqdn") == [EE2, "True", SE2]
    assert shell(f"$r = Invoke-CsLabSignIn {LCARTER}; $r.UsedCache; $r.Redirected; "
                 "[string]::IsNullOrEmpty($r.BackupRegistrarFqdn)") == ["True", "False", "True"]


def test_sign_in_default_view_leaves_out_the_steps(shell):
    lines = shell(f"Invoke-CsLabSignIn {LCARTER}")
    assert lines[0].split(":")[0].strip() == "Identity"
    assert not any(line.startswith("Steps") for line in lines)
    assert any(line.startswith("Steps") for line in shell(f"Invoke-CsLabSignIn {LCARTER} | Format-List *"))


def test_show_trace_prints_the_client_log(shell):
    lines = shell(f"Invoke-CsLabSignIn {LCARTER} -ShowTrace -Seed 3")
    assert lines[0].endswith(f"INFO :: EndpointConfiguration.cache has no registrar for {LCARTER}")
    assert any(line.endswith("INFO :: SIP/2.0 301 Redirect request to Home Server") for line in lines)
    assert f"Contact: <sip:{EE2}:5061;transport=TLS>;q=0.7" in lines


def test_all_outcomes_with_dns_load_balancing(shell):
    shell(f"Remove-CsLabDnsRecord {SRV_TLS} -Target {DIRECTOR}; "
          f"Add-CsLabDnsRecord {SRV_TLS} -Type SRV -Target {POOL}")
    lines = shell(f"Invoke-CsLabSignIn {LCARTER} -AllOutcomes | Sort-Object Redirected | "
                  "ForEach-Object { '{0} {1} {2}' -f $_.Probability, $_.Redirected, $_.BackupRegistrarFqdn }")
    assert lines == ["0.5 False", f"0.5 True {SE2}"]
    assert shell("(Get-CsLabClient client1).EndpointCache.Count") == ["0"]


def test_clear_cache_sends_the_client_back_through_the_director(shell):
    shell(f"Invoke-CsLabSignIn {LCARTER} | Out-Null")
    assert shell("(Get-CsLabClient client1).EndpointCache") == [f"{LCARTER} -> {EE2}"]
    shell("Clear-CsLabEndpointCache -Client client1")
    assert shell(f"(Invoke-CsLabSignIn {LCARTER}).Redirected") == ["True"]


def test_manual_client_configuration(shell):
    shell(f"Set-CsLabClient client1 -Configuration Manual -InternalServer {EE1}")
    assert shell("(Get-CsLabClient client1).Configuration") == ["Manual"]
    result = shell(f"$r = Invoke-CsLabSignIn {LCARTER}; $r.RegistrarFqdn; $r.PrimaryRegistrarFqdn; "
                   "@($r.Steps | Where-Object { $_ -like '*SRV*' }).Count")
    assert result == [EE2, EE2, "0"]


def test_clock_failover_and_reset(shell):
    shell(f"Invoke-CsLabSignIn {LCARTER} | Out-Null")
    shell("Step-CsLabClock 30")
    assert shell("(Get-CsLabClock).Elapsed.TotalSeconds") == ["30"]
    assert shell("(Get-CsLabClock).Time.ToString('HH:mm:ss')") == ["11:56:30"]
    shell("Reset-CsLab")
    assert shell("(Get-CsLabClock).Elapsed.TotalSeconds") == ["0"]
    assert shell("(Get-CsLabClient client1).EndpointCache.Count") == ["0"]


def test_dns_listing_and_errors(shell):
    lines = shell("Get-CsLabDnsRecord -Type SRV")
    assert lines[0].split() == ["Name", "Type", "Priority", "Weight", "Port", "Target", "Source"]
    assert lines[2].split() == [SRV_TLS, "SRV", "0", "0", "5061", DIRECTOR, "Topology"]
    error = shell("Remove-CsLabDnsRecord nothing.beta.deitterick.com")
    assert error[0] == ('Remove-CsLabDnsRecord : Cannot find a DNS record named '
                        '"nothing.beta.deitterick.com".')


def test_unknown_user_is_a_lync_not_found_error(shell):
    lines = shell("Invoke-CsLabSignIn nobody@beta.deitterick.com")
    assert lines[0] == 'Invoke-CsLabSignIn : Management object not found for identity "nobody@beta.deitterick.com".'


def test_routing_distribution_table(shell):
    lines = shell(f"Get-CsLabRoutingDistribution {POOL}")
    assert lines[0].split() == ["MachineId", "Fqdn", "Users", "Share"]
    rows = [line.split() for line in lines[2:]]
    assert [row[0] for row in rows] == ["1:5-1", "1:5-2"]
    assert sum(int(row[2]) for row in rows) == 4
    moved = shell(f"Get-CsLabRoutingDistribution {POOL} -RemoveMachine {EE1} | "
                  "Measure-Object MovedOut -Sum | ForEach-Object Sum")
    assert moved == [rows[0][2]]


def test_site_link_validation(shell):
    assert shell("Set-CsLabSiteLink Nowhere Down")[0] == \
        'Set-CsLabSiteLink : Management object not found for identity "Nowhere".'
    shell("Set-CsLabSiteLink Beta Down")
    assert shell(f"(Invoke-CsLabSignIn {LCARTER}).RegistrarFqdn") == [EE2]
    assert shell("Get-CsLabClient client1 | ForEach-Object Site") == ["Beta"]
