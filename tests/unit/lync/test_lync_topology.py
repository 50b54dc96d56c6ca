"""Get-CsSite, Get-CsPool, Get-CsComputer, Get-CsTopology (-AsXml), Get-CsService and
Set-CsRegistrar over the default topology (lync-facts.md §1.3-1.7, §2.2, §2.4)."""
from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

from cspshell.objects.convert import to_string

NS = "{urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008}"
LS14POOL = "ls14pool.beta.deitterick.com"


def test_site(shell):
    (site,) = shell.objects("Get-CsSite")
    assert site.typenames[0] == "Microsoft.Rtc.Management.Deploy.Internal.Site+CentralSite"
    assert (site.get("Identity"), site.get("SiteId"), site.get("SiteType")) == ("Site:Beta", 1, "CentralSite")
    assert site.get("Pools")[-1] == LS14POOL
    assert shell.objects("Get-CsSite -Identity Beta")[0].get("DisplayName") == "Beta"
    assert shell.objects("Get-CsSite -Filter '*Bet*'")[0].get("Identity") == "Site:Beta"


def test_pool(shell):
    (pool,) = shell.objects(f"Get-CsPool {LS14POOL}")
    assert pool.typenames[0] == "Microsoft.Rtc.Management.Deploy.Internal.Cluster"
    # Computers holds Machine objects (Get-CsPool help, example 2), each shown as its FQDN.
    computers = pool.get("Computers")
    assert [c.typenames[0] for c in computers] == ["Microsoft.Rtc.Management.Deploy.Internal.Machine"] * 2
    assert [to_string(c) for c in computers] == ["beta-ls14-ee1.beta.deitterick.com", "beta-ls14-ee2.beta.deitterick.com"]
    assert computers[1].get("Pool") == LS14POOL
    assert pool.get("Site") == "Site:Beta"
    assert f"Registrar:{LS14POOL}" in pool.get("Services")
    assert [p.get("Fqdn") for p in shell.objects("Get-CsPool -Filter 'beta-ls14-se*'")] == [
        "beta-ls14-se1.beta.deitterick.com", "beta-ls14-se2.beta.deitterick.com"]
    assert len(shell.objects("Get-CsPool -Site Beta")) == 5


def test_unknown_pool_is_reported(shell):
    assert shell.lines("Get-CsPool nopool.beta.deitterick.com")[0] == \
        'Get-CsPool : Management object not found for identity "nopool.beta.deitterick.com".'


def test_computers_in_topology_order(shell):
    computers = shell.objects(f"Get-CsComputer -Pool {LS14POOL}")
    assert [c.get("Identity") for c in computers] == ["beta-ls14-ee1.beta.deitterick.com",
                                                      "beta-ls14-ee2.beta.deitterick.com"]
    assert computers[0].names() == ["Identity", "Pool", "Fqdn"]


def test_director_service_identity(shell):
    (director,) = shell.objects("Get-CsService -Director")
    assert director.get("Identity") == "Director:beta-ls14-dir.beta.deitterick.com"
    assert director.get("Role") == "Director"
    assert all(s.get("Role") == "Registrar" for s in shell.objects("Get-CsService -Registrar"))


def test_registrar_service_shows_backup_and_intervals(shell):
    (registrar,) = shell.objects(f"Get-CsService -Identity Registrar:{LS14POOL}")
    assert registrar.typenames[0] == "Microsoft.Rtc.Management.Xds.DisplayRegistrar"
    assert registrar.get("BackupRegistrar") == "Registrar:beta-ls14-se2.beta.deitterick.com"
    assert registrar.get("EnableAutomaticFailover") is True
    # Topology Builder defaults: detection 120 s, failback 240 s (lync-facts.md §4.4).
    assert registrar.get("FailureDetectionInterval") == dt.timedelta(seconds=120)
    assert registrar.get("FailbackDetectionInterval") == dt.timedelta(seconds=240)
    assert registrar.names()[-6:] == ["DependentServiceList", "ServiceId", "SiteId", "PoolFqdn", "Version", "Role"]
    assert (registrar.get("SiteId"), registrar.get("PoolFqdn"), registrar.get("Version")) == (
        "Site:Beta", LS14POOL, 5)


def test_backup_pool_lists_the_pools_it_backs_up_as_dependents(shell):
    (se2,) = shell.objects("Get-CsService -Identity Registrar:beta-ls14-se2.beta.deitterick.com")
    dependents = se2.get("DependentServiceList")
    assert "Registrar:beta-ls14-se1.beta.deitterick.com" in dependents
    assert f"Registrar:{LS14POOL}" in dependents


def test_one_role_switch_at_a_time(shell):
    shell.run("Get-CsService -ArchivingServer -MonitoringServer")
    assert shell.errors[0].error_id == "AmbiguousParameterSet"


def test_pool_fqdn_lists_a_pools_services(shell):
    roles = [s.get("Role") for s in shell.objects(f"Get-CsService -PoolFqdn {LS14POOL}")]
    assert roles == ["Registrar", "UserServer", "WebServer", "ConferencingServer", "ApplicationServer"]


def test_set_registrar_backup_reaches_routing(shell):
    shell.run(f"Set-CsRegistrar Registrar:{LS14POOL} -BackupRegistrar Registrar:beta-ls14-se1.beta.deitterick.com")
    (info,) = shell.objects("Get-CsUserPoolInfo lcarter@beta.deitterick.com")
    assert info.get("BackupPoolFqdn") == "beta-ls14-se1.beta.deitterick.com"


def test_set_registrar_intervals(shell):
    shell.run(f"Set-CsRegistrar {LS14POOL} -FailureDetectionInterval 00:01:00")
    assert shell.session.topology.pool(LS14POOL).failure_detection_interval == 60
    shell.run(f"Set-CsRegistrar {LS14POOL} -FailbackDetectionInterval 00:00:10")
    assert shell.errors[0].error_id == "ParameterArgumentValidationError"
    assert "The 00:00:10 argument is less than the minimum allowed range of 00:00:30." in shell.errors[0].message


def test_set_registrar_refuses_a_director_backup_and_removes_a_backup(shell):
    shell.run(f"Set-CsRegistrar {LS14POOL} -BackupRegistrar beta-ls14-dir.beta.deitterick.com")
    assert shell.errors[0].error_id == "InvalidBackupRegistrar"
    shell.run(f"Set-CsRegistrar {LS14POOL} -BackupRegistrar $null")
    assert shell.session.topology.pool(LS14POOL).backup_pool is None
    shell.run(f"Set-CsRegistrar {LS14POOL} -FailureDetectionInterval 00:03:00")
    assert shell.errors[0].error_id == "NoBackupRegistrar"


def test_set_registrar_from_the_pipeline(shell):
    shell.run("Get-CsService -Registrar | Set-CsRegistrar -FailbackDetectionInterval 00:05:00")
    assert {p.failback_interval for p in shell.session.topology.registrar_pools() if p.backup_pool} == {300}


def test_topology_object_and_xml(shell):
    (topology,) = shell.objects("Get-CsTopology")
    # Get-CsTopology help, example 2: expanding Machines gives "detailed information" on each computer.
    machines = topology.get("Machines")
    assert "beta-ls14-ee2.beta.deitterick.com" in [to_string(m) for m in machines]
    assert machines[0].typenames[0] == "Microsoft.Rtc.Management.Deploy.Internal.Machine"
    assert [to_string(s) for s in topology.get("Sites")] == ["Site:Beta"]
    (xml,) = shell.objects("Get-CsTopology -AsXml")
    root = ET.fromstring(xml.split("?>", 1)[1])
    assert root.tag == f"{NS}Topology"
    site = root.find(f"{NS}Sites/{NS}CentralSite")
    assert (site.get("SiteId"), site.find(f"{NS}Name").text) == ("1", "Beta")
    cluster = next(c for c in root.iter(f"{NS}Cluster") if c.get("Fqdn") == LS14POOL)
    assert (cluster.find(f"{NS}ClusterId").get("Number"), len(cluster.findall(f"{NS}Machine"))) == ("5", 2)
    registrars = [s for s in root.iter(f"{NS}Service")
                  if s.find(f"{NS}ServiceId").get("RoleName") == "Registrar"]
    assert {s.find(f"{NS}RegistrarService").get("IsDirector") for s in registrars} == {"false"}
