"""Get-CsUserPoolInfo: the seed's object and lists, identities, pipeline input, errors.

Expected text comes from the seed (seed/000_f25d19bc74bf594d.txt) and the default
topology (topology/default.yaml), which reproduces the seed's lab.
"""
from __future__ import annotations

from cspshell.objects.convert import to_string

LCARTER = "lcarter@beta.deitterick.com"
SEED_LIST = [
    "PrimaryPoolFqdn                     : ls14pool.beta.deitterick.com",
    "BackupPoolFqdn                      : beta-ls14-se2.beta.deitterick.com",
    "UserServicesPoolFqdn                : ls14pool.beta.deitterick.com",
    "PrimaryPoolMachinesInPreferredOrder : {1:5-2, 1:5-1}",
    "BackupPoolMachinesInPreferredOrder  : {1:3-1}",
]
SEED_MACHINES = [
    "MachineId : 1:5-2",
    "Fqdn      : beta-ls14-ee2.beta.deitterick.com",
    "MachineId : 1:5-1",
    "Fqdn      : beta-ls14-ee1.beta.deitterick.com",
]


def test_seed_output_line_for_line(shell):
    assert shell.lines(f"Get-CsUserPoolInfo -Identity {LCARTER}") == SEED_LIST


def test_seed_expanded_machines(shell):
    text = (f"Get-CsUserPoolInfo -Identity {LCARTER} | Select-Object -ExpandProperty "
            "PrimaryPoolMachinesInPreferredOrder | Format-List MachineId,Fqdn")
    assert shell.lines(text) == SEED_MACHINES


def test_output_type_and_property_order(shell):
    (info,) = shell.objects(f"Get-CsUserPoolInfo {LCARTER}")
    assert info.typenames[0] == "Microsoft.Rtc.Management.Xds.GetOCsUserPoolInfoCmdlet+UserInformation"
    assert info.names() == ["PrimaryPoolFqdn", "BackupPoolFqdn", "UserServicesPoolFqdn",
                            "PrimaryPoolMachinesInPreferredOrder", "BackupPoolMachinesInPreferredOrder"]


def test_machine_tostring_is_machine_id_and_fqdn_comes_first(shell):
    (info,) = shell.objects(f"Get-CsUserPoolInfo {LCARTER}")
    machines = info.get("PrimaryPoolMachinesInPreferredOrder")
    assert [to_string(m) for m in machines] == ["1:5-2", "1:5-1"]
    assert machines[0].names()[:2] == ["MachineId", "Fqdn"]


def test_acooper_pools_match_the_directors_301(shell):
    # The seed's 301 for acooper: Contact se1 q=0.7 (primary), se2 q=0.3 (backup).
    (info,) = shell.objects("Get-CsUserPoolInfo acooper@beta.deitterick.com")
    assert info.get("PrimaryPoolFqdn") == "beta-ls14-se1.beta.deitterick.com"
    assert info.get("BackupPoolFqdn") == "beta-ls14-se2.beta.deitterick.com"


def test_every_identity_form_names_lcarter(shell):
    forms = [f"sip:{LCARTER}", LCARTER, "BETA\\lcarter", "'Lisa Carter'",
             "'CN=Lisa Carter,CN=Users,DC=beta,DC=deitterick,DC=com'", "lcarter"]
    for form in forms:
        (info,) = shell.objects(f"Get-CsUserPoolInfo {form}")
        assert to_string(info.get("PrimaryPoolMachinesInPreferredOrder")[0]) == "1:5-2", form


def test_display_name_wildcard_gives_one_object_per_user(shell):
    # "* Smith": David Smith (ls14pool) and Grace Smith (beta-ls14-se2) in the topology.
    infos = shell.objects("Get-CsUserPoolInfo '* Smith'")
    assert [i.get("PrimaryPoolFqdn") for i in infos] == ["ls14pool.beta.deitterick.com",
                                                          "beta-ls14-se2.beta.deitterick.com"]


def test_unknown_identity_is_a_non_terminating_lync_error(shell):
    text = shell.run("Get-CsUserPoolInfo -Identity nosuchuser; 'after'")
    assert text.startswith('Get-CsUserPoolInfo : Management object not found for identity "nosuchuser".')
    assert "after" in text
    record = shell.errors[0]
    assert record.category == "ObjectNotFound"
    assert record.fully_qualified_error_id == "Identity,Microsoft.Rtc.Management.Xds.GetOCsUserPoolInfoCmdlet"


def test_get_csuser_pipes_by_value(shell):
    # Nine users; Helen Brown has no Registrar pool and gets an error instead.
    infos = shell.objects("Get-CsUser | Get-CsUserPoolInfo")
    assert len(infos) == 8
    assert shell.errors[0].error_id == "UserNotHomed"


def test_pipeline_by_property_name(shell):
    (info,) = shell.objects(f"[pscustomobject]@{{Identity='{LCARTER}'}} | Get-CsUserPoolInfo")
    assert info.get("PrimaryPoolFqdn") == "ls14pool.beta.deitterick.com"


def test_piped_aduser_is_not_built(shell):
    # Get-CsUserPoolInfo finds the user through the record's source, not its properties.
    from cspshell.cmdlets.lync.adusers import user_view
    view = user_view(shell.session)
    record = view.record(next(iter(shell.session.topology.users.rows())))
    shell.engine.ctx.set_var("rec", record)
    shell.objects("$rec | Get-CsUserPoolInfo")
    assert not record.built


def test_standard_edition_user_has_one_machine_lists(shell):
    (info,) = shell.objects("Get-CsUserPoolInfo cjohnson@beta.deitterick.com")
    assert [to_string(m) for m in info.get("PrimaryPoolMachinesInPreferredOrder")] == ["1:3-1"]
    assert [to_string(m) for m in info.get("BackupPoolMachinesInPreferredOrder")] == ["1:2-1"]


def test_piped_users_get_the_routing_cores_orders(shell):
    # The bulk path (directory rows, one ranker per pool, the backup order computed when
    # first read) gives what routing.user_pool_info gives user by user.
    from cspshell.routing.registrar import user_pool_info
    topology = shell.session.topology
    infos = shell.objects("Get-CsUser | Get-CsUserPoolInfo")
    expected = [user_pool_info(topology, user) for user in topology.iter_users()]
    expected = [info for info in expected if info is not None]
    assert len(infos) == len(expected)
    for info, want in zip(infos, expected):
        assert info.get("PrimaryPoolFqdn") == want.primary_pool.fqdn
        assert [to_string(m) for m in info.get("PrimaryPoolMachinesInPreferredOrder")] == \
            [m.machine_id for m in want.primary_machines]
        assert [to_string(m) for m in info.get("BackupPoolMachinesInPreferredOrder")] == \
            [m.machine_id for m in want.backup_machines]


def test_backup_order_read_after_a_topology_change_is_the_one_of_its_time(shell):
    # A backup pool of two machines: the order is computed when first read, and must be
    # the order the object had when it was emitted.
    from cspshell.routing.registrar import user_pool_info
    topology = shell.session.topology
    se1, pool = "beta-ls14-se1.beta.deitterick.com", "ls14pool.beta.deitterick.com"
    topology.set_backup_pool(se1, pool)
    (info,) = shell.objects("Get-CsUserPoolInfo acooper@beta.deitterick.com")
    want = user_pool_info(topology, topology.user("acooper@beta.deitterick.com"))
    topology.set_backup_pool(se1, "beta-ls14-se2.beta.deitterick.com")
    assert info.get("BackupPoolFqdn") == pool
    assert [to_string(m) for m in info.get("BackupPoolMachinesInPreferredOrder")] == \
        [m.machine_id for m in want.backup_machines]
    (later,) = shell.objects("Get-CsUserPoolInfo acooper@beta.deitterick.com")
    assert [to_string(m) for m in later.get("BackupPoolMachinesInPreferredOrder")] == ["1:3-1"]
