"""LabState, DNS resolution and RFC 2782, pool phases, registrar answers, distribution."""
from __future__ import annotations

from fractions import Fraction

import pytest

from cspshell.routing import (
    AnswerKind, LabState, Phase, ServiceMode, addresses, all_records, answer_register, features,
    lookup, pool_distribution, pool_status, user_pool_info,
)
from cspshell.routing.dns import draw_chances, in_domain, parse_server, priority_groups
from cspshell.topology import DnsRecord

from routing_labs import (
    ACOOPER, BRANCH_USER, CHI_FE1, CHI_FE2, CHI_POOL, DIRECTOR, EE1, EE2, LCARTER, POOL, SBA,
    SE1, SE2, SRV_TLS,
)


# -- LabState ---------------------------------------------------------------------------------

def test_services_run_until_stopped_and_history_is_kept():
    lab = LabState()
    lab.set_service("FE1.contoso.com", "rtcsrv", False)
    lab.advance(30)
    lab.set_service("fe1.contoso.com", "RTCSRV", True)
    assert lab.registrar_up("fe1.contoso.com")
    assert not lab.registrar_up("fe1.contoso.com", at=29)
    assert lab.change_times(["fe1.contoso.com"]) == [0, 30]


def test_a_change_in_the_same_second_replaces_the_previous_one():
    lab = LabState()
    lab.set_machine_power("m", False)
    lab.set_machine_power("m", True)
    assert lab.machine_on("m") and lab.power["m"] == []


def test_stopped_services_and_refusal():
    lab = LabState()
    lab.set_service("m", "RTCSRV", False)
    lab.set_service("m", "RTCMEDSRV", False)
    assert lab.stopped_services("M") == ["RTCMEDSRV", "RTCSRV"]
    assert lab.registrar_refuses("m")
    lab.set_machine_power("m", False)
    assert not lab.registrar_refuses("m")


def test_clock_only_moves_forward():
    lab = LabState()
    assert lab.advance(90) == 90
    assert lab.now.isoformat() == "2010-12-20T11:57:30"
    with pytest.raises(ValueError):
        lab.advance(-1)


def test_cache_is_kept_per_client_and_user():
    lab = LabState()
    lab.cache_registrar("Client1", "sip:A@x.com", "fe1")
    lab.cache_registrar("client2", "a@x.com", "fe2")
    assert lab.cached_registrar("client1", "a@X.com") == "fe1"
    assert lab.clear_cache(client="client1") == 1
    assert list(lab.cache_entries()) == [("client2", "a@x.com", "fe2")]


def test_reset_forgets_everything():
    lab = LabState()
    lab.advance(10)
    lab.set_site_link("Branch", False)
    lab.cache_registrar("c", "u@x.com", "r")
    lab.reset()
    assert lab == LabState()


# -- DNS ----------------------------------------------------------------------------------------

def test_lab_can_hide_and_add_records(seed_lab):
    topology, lab = seed_lab.topology, seed_lab.state
    original = lookup(topology, lab, SRV_TLS, "SRV")[0]
    lab.hide_dns_record(original)
    lab.add_dns_record(DnsRecord(SRV_TLS, "SRV", SE1, 5061))
    assert [r.target for r in lookup(topology, lab, SRV_TLS, "SRV")] == [SE1]
    lab.add_dns_record(original)
    assert [r.target for r in lookup(topology, lab, SRV_TLS, "SRV")] == [DIRECTOR, SE1]


def test_pool_name_returns_every_front_end_address(seed_lab):
    assert addresses(seed_lab.topology, seed_lab.state, POOL) == ["172.16.8.9", "172.16.8.10"]


def test_machines_have_their_dynamic_host_record(branch_lab):
    assert addresses(branch_lab.topology, branch_lab.state, SBA) == ["10.2.0.5"]
    names = {r.name for r in all_records(branch_lab.topology, branch_lab.state) if r.type == "A"}
    assert {SBA, CHI_FE1, CHI_POOL} <= names


def test_rfc_2782_draw_chances():
    group = priority_groups([DnsRecord("s", "SRV", "a", weight=3), DnsRecord("s", "SRV", "b", weight=0),
                             DnsRecord("s", "SRV", "c", weight=1)])[0]
    assert [r.target for r in group] == ["b", "a", "c"]
    assert draw_chances(group) == [Fraction(1, 5), Fraction(3, 5), Fraction(1, 5)]
    assert draw_chances([DnsRecord("s", "SRV", "x"), DnsRecord("s", "SRV", "y")]) == [1, 0]


def test_priority_groups_lowest_first():
    groups = priority_groups([DnsRecord("s", "SRV", "late", priority=20),
                              DnsRecord("s", "SRV", "early", priority=10)])
    assert [[r.target for r in g] for g in groups] == [["early"], ["late"]]


def test_strict_domain_and_manual_server_parsing():
    assert in_domain("pool.Contoso.com", "contoso.com")
    assert not in_domain("pool.fabrikam.com", "contoso.com")
    assert not in_domain("notcontoso.com", "contoso.com")
    assert parse_server("fe.contoso.com:5062").port == 5062
    assert parse_server("fe.contoso.com").port == 5061


# -- pool phases ----------------------------------------------------------------------------------

def test_pool_phases_on_the_clock(seed_lab):
    topology, lab = seed_lab.topology, seed_lab.state
    pool = topology.pool(SE1)
    assert pool_status(topology, lab, pool).phase is Phase.NORMAL
    lab.advance(10)
    seed_lab.stop(SE1)
    lab.advance(100)
    status = pool_status(topology, lab, pool)
    assert (status.phase, status.since, status.changes_at) == (Phase.DETECTING, 10, 130)
    lab.advance(20)
    assert pool_status(topology, lab, pool).phase is Phase.FAILED_OVER
    seed_lab.start(SE1)
    lab.advance(100)
    status = pool_status(topology, lab, pool)
    assert (status.phase, status.changes_at) == (Phase.FAILING_BACK, 130 + 240)
    seed_lab.stop(SE1)
    assert pool_status(topology, lab, pool).phase is Phase.FAILED_OVER
    seed_lab.start(SE1)
    lab.advance(240)
    assert pool_status(topology, lab, pool).phase is Phase.NORMAL


def test_a_short_outage_never_fails_over(seed_lab):
    topology, lab = seed_lab.topology, seed_lab.state
    seed_lab.stop(SE1)
    lab.advance(119)
    seed_lab.start(SE1)
    lab.advance(1000)
    assert pool_status(topology, lab, topology.pool(SE1)).phase is Phase.NORMAL


def test_one_front_end_up_keeps_the_pool_available(seed_lab):
    seed_lab.stop(EE2)
    seed_lab.state.advance(1000)
    assert pool_status(seed_lab.topology, seed_lab.state, seed_lab.topology.pool(POOL)).phase \
        is Phase.NORMAL


def test_a_pool_without_backup_is_down(seed_lab):
    topology, lab = seed_lab.topology, seed_lab.state
    seed_lab.stop(DIRECTOR)
    assert pool_status(topology, lab, topology.pool(DIRECTOR)).phase is Phase.DOWN


def test_a_cut_wan_link_looks_like_an_outage_to_the_central_pool(branch_lab):
    branch_lab.state.set_site_link("Branch1", False)
    branch_lab.state.advance(120)
    assert pool_status(branch_lab.topology, branch_lab.state, branch_lab.topology.pool(SBA)).phase \
        is Phase.FAILED_OVER


def test_feature_lists():
    available, unavailable = features(ServiceMode.BACKUP_REGISTRAR)
    assert "Outbound PSTN calls" in available
    assert "Response Group and Call Park" in unavailable
    assert features(ServiceMode.NORMAL) == ((), ())
    assert "Presence" in features(ServiceMode.BRANCH_SURVIVAL)[1]


# -- registrar -------------------------------------------------------------------------------------

def test_user_pool_info_of_the_post(seed_lab):
    info = user_pool_info(seed_lab.topology, seed_lab.user(LCARTER))
    assert (info.primary_pool.fqdn, info.backup_pool.fqdn, info.user_services_pool.fqdn) == \
        (POOL, SE2, POOL)
    assert [m.machine_id for m in info.primary_machines] == ["1:5-2", "1:5-1"]
    assert [m.machine_id for m in info.backup_machines] == ["1:3-1"]


def test_sba_users_take_user_services_from_the_central_pool(branch_lab):
    info = user_pool_info(branch_lab.topology, branch_lab.user(BRANCH_USER))
    assert (info.primary_pool.fqdn, info.backup_pool.fqdn, info.user_services_pool.fqdn) == \
        (SBA, CHI_POOL, CHI_POOL)
    assert sorted(m.fqdn for m in info.backup_machines) == [CHI_FE1, CHI_FE2]


def test_answers_by_server(seed_lab):
    topology, lab = seed_lab.topology, seed_lab.state
    lcarter = seed_lab.user(LCARTER)

    def answer(fqdn):
        return answer_register(topology, lab, lcarter, topology.machine(fqdn))

    assert answer(EE2).kind is AnswerKind.OK
    for server in (EE1, DIRECTOR, SE1, SE2):
        assert (answer(server).kind, answer(server).primary, answer(server).backup) == \
            (AnswerKind.REDIRECT, EE2, SE2)
    seed_lab.stop(EE2)
    assert answer(EE1).kind is AnswerKind.OK
    assert answer(DIRECTOR).primary == EE1


def test_failed_over_backup_front_ends_redirect_to_the_one_holding_the_user(branch_lab):
    topology, lab = branch_lab.topology, branch_lab.state
    user = branch_lab.user(BRANCH_USER)
    branch_lab.stop(SBA)
    lab.advance(120)
    holder = user_pool_info(topology, user).backup_machines[0]
    other = user_pool_info(topology, user).backup_machines[1]
    assert answer_register(topology, lab, user, holder).mode is ServiceMode.BACKUP_REGISTRAR
    redirect = answer_register(topology, lab, user, other)
    assert (redirect.kind, redirect.primary) == (AnswerKind.REDIRECT, holder.fqdn)


# -- distribution over a topology -----------------------------------------------------------------

def test_pool_distribution_counts_the_pools_users(seed_lab):
    result = pool_distribution(seed_lab.topology, seed_lab.topology.pool(POOL))
    homed = sum(1 for _ in seed_lab.topology.users_in_pool(POOL))
    assert result.users == homed == sum(m.users for m in result.machines)
    assert [m.machine_id for m in result.machines] == ["1:5-1", "1:5-2"]


def test_pool_distribution_what_if_adds_the_next_machine_id(seed_lab):
    result = pool_distribution(seed_lab.topology, seed_lab.topology.pool(POOL),
                               add_fqdn="beta-ls14-ee3.beta.deitterick.com")
    assert result.machines[-1].machine_id == "1:5-3"
    assert result.moved == result.machines[-1].users_after


def test_removing_an_unknown_machine_is_an_error(seed_lab):
    with pytest.raises(ValueError):
        pool_distribution(seed_lab.topology, seed_lab.topology.pool(POOL), remove_fqdn=ACOOPER)


def test_the_topology_client_cache_is_where_sign_in_starts(branch_lab):
    from cspshell.routing import sign_in
    branch_lab.client.cache["buser@contoso.com"] = SBA
    result = sign_in(branch_lab.topology, branch_lab.state, branch_lab.user(BRANCH_USER),
                     branch_lab.client)
    assert (result.used_cache, result.redirected, result.registrar_fqdn) == (True, False, SBA)
    branch_lab.state.clear_cache()
    assert branch_lab.state.cached_registrar("branchpc", BRANCH_USER) is None
    assert branch_lab.client.cache == {"buser@contoso.com": SBA}


def test_serving_registrar_through_failover_and_a_wan_cut(branch_lab):
    from cspshell.routing import serving
    topology, lab = branch_lab.topology, branch_lab.state
    info = user_pool_info(topology, branch_lab.user(BRANCH_USER))
    assert serving(topology, lab, info).machine.fqdn == SBA
    lab.set_site_link("Branch1", False)
    lab.advance(300)
    now = serving(topology, lab, info)
    assert (now.machine.fqdn, now.mode, now.status.phase) == (SBA, ServiceMode.BRANCH_SURVIVAL, Phase.FAILED_OVER)
    branch_lab.stop(SBA)
    assert serving(topology, lab, info).machine.fqdn == info.backup_machines[0].fqdn
