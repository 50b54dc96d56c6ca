"""Client sign-in: the seed's scenarios replayed in its lab, then failover and branches."""
from __future__ import annotations

import re
from fractions import Fraction

from cspshell.routing import ServiceMode, StepKind, all_outcomes, sign_in
from cspshell.routing.signin import CONNECT_REFUSED_MS, CONNECT_TIMEOUT_MS
from cspshell.topology import DnsRecord

from routing_labs import (
    ACOOPER, BRANCH_USER, CHI_POOL, DIRECTOR, DOMAIN, EE1, EE2, LCARTER, POOL, SBA, SE1, SE2,
    SRV_TLS, manual,
)

REDIRECT = "SIP/2.0 301 Redirect request to Home Server"


def _responses(result):
    return [step.message for step in result.steps if step.kind is StepKind.RESPONSE]


def _contacted(result):
    return [step.text.split(" ")[2] for step in result.steps if step.kind is StepKind.CONNECT]


def _sign_in(lab, sip_address, seed=0):
    return sign_in(lab.topology, lab.state, lab.user(sip_address), lab.client, seed)


# -- the seed's scenarios -------------------------------------------------------------------

def test_director_redirects_acooper_to_se1_with_se2_as_backup(seed_lab):
    result = _sign_in(seed_lab, ACOOPER)
    first = _responses(result)[0]
    assert first.start_line == REDIRECT
    assert first.header("Contact") == [
        f"<sip:{SE1}:5061;transport=TLS>;q=0.7", f"<sip:{SE2}:5061;transport=TLS>;q=0.3"]
    assert first.header("Expires") == ["2592000"]
    assert 'targetname="BETA-LS14-DIR.beta.deitterick.com"' in first.header("Authentication-Info")[0]
    assert (result.succeeded, result.registrar_fqdn, result.redirected) == (True, SE1, True)
    assert (result.primary_registrar_fqdn, result.backup_registrar_fqdn) == (SE1, SE2)
    assert _contacted(result) == [DIRECTOR, SE1]


def test_srv_pointing_at_se1_gives_acooper_no_redirect_and_no_backup(seed_lab):
    seed_lab.point_srv_at((SE1, 0, 0))
    result = _sign_in(seed_lab, ACOOPER)
    assert [m.start_line for m in _responses(result)] == ["SIP/2.0 200 OK"]
    assert (result.registrar_fqdn, result.redirected) == (SE1, False)
    assert result.backup_registrar_fqdn == ""


def test_lcarter_at_ee1_is_redirected_to_ee2_with_se2_as_backup(seed_lab):
    seed_lab.point_srv_at((EE1, 0, 0))
    result = _sign_in(seed_lab, LCARTER)
    redirect = _responses(result)[0]
    assert redirect.start_line == REDIRECT
    assert 'targetname="BETA-LS14-EE1.beta.deitterick.com"' in redirect.header("Authentication-Info")[0]
    assert redirect.header("Contact") == [
        f"<sip:{EE2}:5061;transport=TLS>;q=0.7", f"<sip:{SE2}:5061;transport=TLS>;q=0.3"]
    assert (result.registrar_fqdn, result.backup_registrar_fqdn) == (EE2, SE2)


def test_lcarter_at_ee2_gets_200_ok(seed_lab):
    seed_lab.point_srv_at((EE2, 0, 0))
    result = _sign_in(seed_lab, LCARTER)
    assert [m.start_line for m in _responses(result)] == ["SIP/2.0 200 OK"]
    assert (result.registrar_fqdn, result.redirected, result.backup_registrar_fqdn) == (EE2, False, "")


def test_second_sign_in_goes_to_the_cached_registrar_and_learns_no_backup(seed_lab):
    first = _sign_in(seed_lab, LCARTER)
    assert first.backup_registrar_fqdn == SE2
    assert seed_lab.state.cached_registrar("client1", LCARTER) == EE2
    second = _sign_in(seed_lab, LCARTER)
    assert second.used_cache
    assert _contacted(second) == [EE2]
    assert not any(step.kind is StepKind.DNS_QUERY and "SRV" in step.text for step in second.steps)
    assert (second.registrar_fqdn, second.redirected, second.backup_registrar_fqdn) == (EE2, False, "")


def test_cached_registrar_down_falls_back_to_discovery_and_the_next_front_end(seed_lab):
    _sign_in(seed_lab, LCARTER)
    seed_lab.stop(EE2)
    result = _sign_in(seed_lab, LCARTER)
    failed = next(s for s in result.steps if s.kind is StepKind.CONNECT_FAILED)
    assert EE2 in failed.text and "refused" in failed.text
    assert any(s.kind is StepKind.DNS_QUERY and SRV_TLS in s.text for s in result.steps)
    redirect = _responses(result)[0]
    assert redirect.header("Contact")[0] == f"<sip:{EE1}:5061;transport=TLS>;q=0.7"
    assert (result.registrar_fqdn, result.redirected, result.backup_registrar_fqdn) == (EE1, True, SE2)
    assert seed_lab.state.cached_registrar("client1", LCARTER) == EE1


def test_manual_configuration_never_uses_dns_discovery(seed_lab):
    manual(seed_lab, SE1)
    seed_lab.stop(SE1)
    result = _sign_in(seed_lab, ACOOPER)
    assert not result.succeeded
    assert not any("SRV" in step.text for step in result.steps)
    assert "manual configuration" in result.failure


def test_manual_configuration_to_the_director_still_redirects(seed_lab):
    manual(seed_lab, DIRECTOR)
    result = _sign_in(seed_lab, ACOOPER)
    assert (result.redirected, result.backup_registrar_fqdn) == (True, SE2)


def test_manual_configuration_to_the_home_server_gives_no_backup(seed_lab):
    manual(seed_lab, SE1)
    result = _sign_in(seed_lab, ACOOPER)
    assert (result.registrar_fqdn, result.redirected, result.backup_registrar_fqdn) == (SE1, False, "")


def test_dns_load_balancing_reaches_the_primary_directly_half_the_time(seed_lab):
    seed_lab.point_srv_at((POOL, 0, 0))
    outcomes = all_outcomes(seed_lab.topology, seed_lab.state, seed_lab.user(LCARTER), seed_lab.client)
    summary = {(o.redirected, o.backup_registrar_fqdn): o.probability for o in outcomes}
    assert summary == {(True, SE2): Fraction(1, 2), (False, ""): Fraction(1, 2)}
    assert all(o.registrar_fqdn == EE2 for o in outcomes)
    assert seed_lab.state.endpoint_cache == {}


def test_one_seeded_sign_in_is_one_of_the_outcomes_and_repeatable(seed_lab):
    seed_lab.point_srv_at((POOL, 0, 0))
    seen = set()
    for seed in range(12):
        seed_lab.state.clear_cache()
        result = _sign_in(seed_lab, LCARTER, seed)
        seed_lab.state.clear_cache()
        again = _sign_in(seed_lab, LCARTER, seed)
        assert again.trace() == result.trace()
        seen.add(result.redirected)
    assert seen == {True, False}


# -- discovery details ----------------------------------------------------------------------

def test_srv_weights_follow_rfc_2782(seed_lab):
    seed_lab.point_srv_at((DIRECTOR, 0, 3), (SE1, 0, 1))
    outcomes = all_outcomes(seed_lab.topology, seed_lab.state, seed_lab.user(ACOOPER), seed_lab.client)
    summary = {o.redirected: o.probability for o in outcomes}
    # r is drawn from 0..4: the first record wins 0..3, the second 4.
    assert summary == {True: Fraction(4, 5), False: Fraction(1, 5)}


def test_srv_priorities_let_the_client_reach_the_backup_registrar(seed_lab):
    seed_lab.point_srv_at((SE1, 0, 0), (SE2, 10, 0))
    seed_lab.stop(SE1)
    seed_lab.state.advance(120)
    result = _sign_in(seed_lab, ACOOPER)
    assert _contacted(result) == [SE2]
    assert (result.registrar_fqdn, result.service_mode, result.resiliency_mode) == \
        (SE2, ServiceMode.BACKUP_REGISTRAR, True)


def test_without_a_redirect_the_client_cannot_find_the_backup(seed_lab):
    seed_lab.point_srv_at((SE1, 0, 0))
    _sign_in(seed_lab, ACOOPER)
    seed_lab.stop(SE1)
    seed_lab.state.advance(600)
    result = _sign_in(seed_lab, ACOOPER)
    assert not result.succeeded
    assert result.registrar_fqdn == ""


def test_first_srv_name_with_records_is_the_only_one_used(seed_lab):
    seed_lab.point_srv_at((SE1, 0, 0))
    seed_lab.state.add_dns_record(DnsRecord(f"_sip._tls.{DOMAIN}", "SRV", DIRECTOR, 5061))
    seed_lab.stop(SE1)
    result = _sign_in(seed_lab, ACOOPER)
    queried = [s.text for s in result.steps if s.kind is StepKind.DNS_QUERY]
    assert queried[0] == f"DNS SRV query {SRV_TLS}"
    assert not any("_sip._tls" in text for text in queried)
    assert not result.succeeded


def test_a_record_fallback_when_no_srv_exists(seed_lab):
    seed_lab.point_srv_at()
    seed_lab.state.add_dns_record(DnsRecord(f"sip.{DOMAIN}", "A", "172.16.8.8"))
    result = _sign_in(seed_lab, ACOOPER)
    queried = [s.text for s in result.steps if s.kind is StepKind.DNS_QUERY]
    assert queried[:6] == [f"DNS SRV query _sipinternaltls._tcp.{DOMAIN}",
                           f"DNS SRV query _sipinternal._tcp.{DOMAIN}",
                           f"DNS SRV query _sip._tls.{DOMAIN}",
                           f"DNS A query sipinternal.{DOMAIN}",
                           f"DNS A query sip.{DOMAIN}",
                           f"DNS A query {SE1}"]
    assert (result.registrar_fqdn, result.redirected) == (SE1, True)


def test_srv_target_outside_the_sip_domain_is_refused(seed_lab):
    seed_lab.point_srv_at(("pool01.fabrikam.com", 0, 0))
    result = _sign_in(seed_lab, ACOOPER)
    assert not result.succeeded
    assert any("strict DNS naming" in step.text for step in result.steps)


def test_powered_off_times_out_and_stopped_service_is_refused(seed_lab):
    seed_lab.point_srv_at((SE1, 0, 0))
    seed_lab.state.set_machine_power(SE1, False)
    off = _sign_in(seed_lab, ACOOPER)
    seed_lab.state.set_machine_power(SE1, True)
    seed_lab.stop(SE1)
    stopped = _sign_in(seed_lab, ACOOPER)
    assert off.duration_ms - stopped.duration_ms == CONNECT_TIMEOUT_MS - CONNECT_REFUSED_MS
    assert "timed out" in off.steps[-2].text and "refused" in stopped.steps[-2].text


def test_unknown_user_gets_404(seed_lab):
    result = _sign_in(seed_lab, "sip:hbrown@beta.deitterick.com")
    assert _responses(result)[-1].start_line == "SIP/2.0 404 Not Found"
    assert not result.succeeded and "404" in result.failure


def test_trace_byte_counts_equal_message_sizes(seed_lab):
    result = _sign_in(seed_lab, LCARTER)
    text = result.trace()
    counts = [int(n) for n in re.findall(r"\) (\d+) bytes:$", text, re.MULTILINE)]
    assert counts == [m.size for m in (s.message for s in result.steps) if m is not None]
    assert text.count("End of Sending Packet") == 2 and text.count("End of Data Received") == 2


# -- failover and failback --------------------------------------------------------------------

def test_backup_accepts_only_after_the_failure_detection_interval(seed_lab):
    _sign_in(seed_lab, LCARTER)
    seed_lab.stop(EE1, EE2)
    seed_lab.state.advance(119)
    early = _sign_in(seed_lab, LCARTER)
    assert not early.succeeded
    assert "failure detection interval 120 s, 1 s to go" in early.failure
    seed_lab.state.advance(1)
    late = _sign_in(seed_lab, LCARTER)
    assert (late.registrar_fqdn, late.service_mode) == (SE2, ServiceMode.BACKUP_REGISTRAR)
    assert late.resiliency_mode


def test_users_fail_back_after_the_failback_interval(seed_lab):
    _sign_in(seed_lab, LCARTER)
    seed_lab.stop(EE1, EE2)
    seed_lab.state.advance(300)
    assert _sign_in(seed_lab, LCARTER).registrar_fqdn == SE2
    seed_lab.start(EE1, EE2)
    seed_lab.state.advance(239)
    staying = _sign_in(seed_lab, LCARTER)
    assert (staying.registrar_fqdn, staying.redirected) == (SE2, False)
    seed_lab.state.advance(1)
    home = _sign_in(seed_lab, LCARTER)
    assert (home.registrar_fqdn, home.redirected, home.service_mode) == (EE2, True, ServiceMode.NORMAL)


# -- branch sites ---------------------------------------------------------------------------------

def test_director_redirects_a_branch_user_to_the_sba_with_the_central_pool_as_backup(branch_lab):
    result = _sign_in(branch_lab, BRANCH_USER)
    assert _responses(result)[0].header("Contact") == [
        f"<sip:{SBA}:5061;transport=TLS>;q=0.7", f"<sip:{CHI_POOL}:5061;transport=TLS>;q=0.3"]
    assert (result.registrar_fqdn, result.service_mode) == (SBA, ServiceMode.NORMAL)


def test_wan_link_down_keeps_branch_users_on_the_sba_voice_only(branch_lab):
    _sign_in(branch_lab, BRANCH_USER)
    branch_lab.state.set_site_link("Branch1", False)
    branch_lab.state.advance(600)
    result = _sign_in(branch_lab, BRANCH_USER)
    assert (result.registrar_fqdn, result.service_mode, result.resiliency_mode) == \
        (SBA, ServiceMode.BRANCH_SURVIVAL, True)


def test_sba_down_fails_branch_users_over_to_the_central_pool(branch_lab):
    _sign_in(branch_lab, BRANCH_USER)
    branch_lab.stop(SBA)
    branch_lab.state.advance(120)
    outcomes = all_outcomes(branch_lab.topology, branch_lab.state, branch_lab.user(BRANCH_USER),
                            branch_lab.client)
    assert sum(o.probability for o in outcomes) == 1
    assert {o.registrar_fqdn.split(".")[0] for o in outcomes} <= {"chi-fe01", "chi-fe02"}
    assert all(o.service_mode is ServiceMode.BACKUP_REGISTRAR and o.succeeded for o in outcomes)
    assert len({o.registrar_fqdn for o in outcomes}) == 1


def test_central_client_cannot_reach_the_sba_across_a_cut_link(branch_lab):
    branch_lab.client = branch_lab.topology.client("hqpc")
    branch_lab.state.set_site_link("Branch1", False)
    result = _sign_in(branch_lab, BRANCH_USER)
    assert not result.succeeded
    assert any(step.kind is StepKind.CONNECT_FAILED and SBA in step.text for step in result.steps)
