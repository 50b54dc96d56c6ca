"""The in-memory model: identities, the identity forms Lync accepts, and indexes that stay
right when the lab changes (reference/lync-facts.md §2)."""
from __future__ import annotations

import types

import pytest

from cspshell.topology import (
    AdDomain, Client, DnsRecord, Machine, Pool, PoolKind, Site, SiteKind, Topology, User,
    load_topology, sample_path, wildcard_regex,
)

DOMAIN = "litwareinc.com"


def build() -> Topology:
    """A small topology built in code (no YAML): one site, a Director, an EE pool, an SE."""
    topology = Topology("code", sip_domains=[DOMAIN], domains=[AdDomain(DOMAIN, "LITWAREINC")])
    topology.add_site(Site(1, "Redmond"))
    topology.add_site(Site(2, "Dublin"))
    topology.add_site(Site(3, "Branch", SiteKind.BRANCH, parent="Redmond"))
    topology.add_pool(Pool(f"dir.{DOMAIN}", PoolKind.DIRECTOR, "Redmond", 1,
                           machines=[Machine(f"dir01.{DOMAIN}", 1, ("10.0.1.1",))]))
    topology.add_pool(Pool(f"atl-cs-001.{DOMAIN}", PoolKind.ENTERPRISE_FRONT_END, "Redmond", 2,
                           machines=[Machine(f"atl-fe-02.{DOMAIN}", 2, ("10.0.2.2",)),
                                     Machine(f"atl-fe-01.{DOMAIN}", 1, ("10.0.2.1",))]))
    topology.add_pool(Pool(f"dub-cs-001.{DOMAIN}", PoolKind.STANDARD_EDITION, "Dublin", 1,
                           machines=[Machine(f"dub-cs-001.{DOMAIN}", 1, ("10.1.1.1",))]))
    topology.add_user(User(f"sip:kenmyer@{DOMAIN}", "Ken Myer", "kenmyer", f"kenmyer@{DOMAIN}",
                           "LITWAREINC", f"atl-cs-001.{DOMAIN}"))
    topology.add_user(User(f"sip:pilar@{DOMAIN}", "Pilar Ackerman", "pilar", f"pilar@{DOMAIN}",
                           "LITWAREINC", f"dub-cs-001.{DOMAIN}"))
    topology.add_user(User(f"sip:kenmyer2@{DOMAIN}", "Ken Myer", "kenmyer2",
                           f"kenmyer2@{DOMAIN}", "LITWAREINC", None))
    return topology


def test_machines_are_kept_in_ordinal_order_with_machine_ids():
    pool = build().pool(f"atl-cs-001.{DOMAIN}")
    assert [m.machine_id for m in pool.machines] == ["1:2-1", "1:2-2"]
    assert pool.cluster_id == "1:2"
    assert all(m.pool_fqdn == pool.fqdn for m in pool.machines)


def test_identity_forms_of_a_user():
    topology = build()
    expected = f"sip:kenmyer@{DOMAIN}"
    forms = [f"sip:kenmyer@{DOMAIN}", f"SIP:KenMyer@{DOMAIN.upper()}", f"kenmyer@{DOMAIN}",
             "LITWAREINC\\kenmyer", "litwareinc\\KENMYER",
             "CN=Ken Myer,CN=Users,DC=litwareinc,DC=com", "kenmyer"]
    for form in forms:
        users = topology.resolve_users(form)
        assert [u.sip_address for u in users] == [expected], form


def test_display_name_may_match_several_users_and_takes_wildcards():
    topology = build()
    assert len(topology.resolve_users("Ken Myer")) == 2
    assert topology.user("Ken Myer") is None          # ambiguous: no single user
    assert [u.sam_account_name for u in topology.resolve_users("* Ackerman")] == ["pilar"]
    assert [u.sam_account_name for u in topology.resolve_users("k*n M*")] == ["kenmyer", "kenmyer2"]
    # Lync's display-name wildcard is LDAP's: only * (Get-CsUser help), so ? and [ are literal.
    assert topology.resolve_users("k?n*") == []
    assert topology.resolve_users("[K]en Myer") == []
    # A lone * matches every display name once (and nothing after the last row).
    names = [u.sam_account_name for u in topology.resolve_users("*")]
    assert sorted(names) == sorted(u.sam_account_name for u in topology.iter_users())
    assert topology.resolve_users("Nobody") == []


def test_wildcard_regex_follows_powershell_rules():
    assert wildcard_regex("a*b").fullmatch("aXXb")
    assert wildcard_regex("[a-c]x").fullmatch("Bx")          # case-insensitive
    assert not wildcard_regex("a?").fullmatch("a")
    assert wildcard_regex("100`*").fullmatch("100*")
    assert not wildcard_regex("100`*").fullmatch("1000")


def test_users_in_pool_streams():
    topology = build()
    stream = topology.users_in_pool(f"ATL-CS-001.{DOMAIN}")
    assert isinstance(stream, types.GeneratorType)
    assert [u.sam_account_name for u in stream] == ["kenmyer"]
    assert list(topology.users_in_pool("nowhere.example.com")) == []
    assert list(topology.sip_addresses_in_pool(f"atl-cs-001.{DOMAIN}")) == \
        [f"sip:kenmyer@{DOMAIN}"]


def test_moving_a_user_keeps_indexes_right():
    topology = build()
    topology.move_user("kenmyer", f"dub-cs-001.{DOMAIN}")
    assert topology.user("kenmyer").registrar_pool == f"dub-cs-001.{DOMAIN}"
    assert [u.sam_account_name for u in topology.users_in_pool(f"dub-cs-001.{DOMAIN}")] == \
        ["kenmyer", "pilar"]
    assert list(topology.users_in_pool(f"atl-cs-001.{DOMAIN}")) == []
    assert topology.users.count_by_pool()[f"dub-cs-001.{DOMAIN}"] == 2


def test_changing_a_sip_address_reindexes():
    topology = build()
    revision = topology.revision
    user = topology.user("pilar")
    user.sip_address = f"sip:pilar.ackerman@{DOMAIN}"
    user.display_name = "Pilar A."
    topology.update_user(user)
    assert topology.user_by_sip(f"sip:pilar@{DOMAIN}") is None
    assert topology.user_by_sip(f"pilar.ackerman@{DOMAIN}").sam_account_name == "pilar"
    assert topology.resolve_users("Pilar Ackerman") == []
    assert topology.resolve_users("Pilar A.")[0].sam_account_name == "pilar"
    assert topology.revision > revision


def test_uniqueness_is_enforced_on_change():
    topology = build()
    with pytest.raises(ValueError, match="SIP address"):
        topology.add_user(User(f"sip:KENMYER@{DOMAIN}", "X", "x", f"x@{DOMAIN}", "LITWAREINC"))
    user = topology.user("pilar")
    user.upn = f"kenmyer@{DOMAIN}"
    with pytest.raises(ValueError, match="UserPrincipalName"):
        topology.update_user(user)


def test_removing_a_user():
    topology = build()
    topology.remove_user(topology.user("pilar"))
    assert topology.user("pilar") is None
    assert len(topology.users) == 2
    assert [u.sam_account_name for u in topology.iter_users()] == ["kenmyer", "kenmyer2"]


def test_dns_records_can_be_added_and_removed():
    topology = build()
    record = DnsRecord(f"_sipinternaltls._tcp.{DOMAIN}", "SRV", f"dir.{DOMAIN}", 5061)
    topology.add_dns_record(record)
    topology.add_dns_record(DnsRecord(f"_SIPINTERNALTLS._tcp.{DOMAIN}.", "srv", f"dir.{DOMAIN}", 5061))
    assert len(topology.dns_lookup(f"_sipinternaltls._tcp.{DOMAIN}", "SRV")) == 1
    topology.add_dns_record(DnsRecord(f"pool.{DOMAIN}", "A", "10.0.2.1"))
    topology.add_dns_record(DnsRecord(f"pool.{DOMAIN}", "A", "10.0.2.2"))
    assert topology.addresses(f"POOL.{DOMAIN}") == ["10.0.2.1", "10.0.2.2"]
    assert topology.remove_dns_record(DnsRecord(f"pool.{DOMAIN}", "A", "10.0.2.1"))
    assert not topology.remove_dns_record(DnsRecord(f"pool.{DOMAIN}", "A", "10.0.2.1"))
    assert topology.addresses(f"pool.{DOMAIN}") == ["10.0.2.2"]


def test_backup_pool_can_change():
    topology = build()
    topology.set_backup_pool(f"atl-cs-001.{DOMAIN}", f"dub-cs-001.{DOMAIN}",
                             enable_automatic_failover=True, failure_detection_interval=300)
    pool = topology.pool(f"atl-cs-001.{DOMAIN}")
    assert (pool.backup_pool, pool.enable_automatic_failover, pool.failure_detection_interval,
            pool.failback_interval) == (f"dub-cs-001.{DOMAIN}", True, 300, 240)
    assert topology.backup_pool_of(pool).kind is PoolKind.STANDARD_EDITION
    with pytest.raises(ValueError):
        topology.set_backup_pool(f"atl-cs-001.{DOMAIN}", "nowhere.example.com")


def test_clients_and_their_cache():
    topology = build()
    topology.add_client(Client("pc1", "10.9.0.1", f"sip:kenmyer@{DOMAIN}"))
    topology.set_client_cache("PC1", f"sip:KenMyer@{DOMAIN}", f"atl-fe-02.{DOMAIN}")
    assert topology.client("pc1").cached_registrar(f"kenmyer@{DOMAIN}") == f"atl-fe-02.{DOMAIN}"
    topology.set_client_cache("pc1", f"sip:kenmyer@{DOMAIN}", None)
    assert topology.client("pc1").cache == {}
    with pytest.raises(ValueError):
        topology.add_client(Client("PC1", "10.9.0.2"))


def test_lookups_of_sites_pools_machines_and_services():
    topology = build()
    assert topology.site("site:redmond").site_id == 1
    assert topology.site(2).name == "Dublin"
    assert topology.branch_sites("Redmond")[0].name == "Branch"
    assert topology.pool(f"Registrar:ATL-CS-001.{DOMAIN}").cluster == 2
    assert topology.machine(f"ATL-FE-01.{DOMAIN}").machine_id == "1:2-1"
    assert topology.pool_of(topology.machine(f"atl-fe-01.{DOMAIN}")).kind is \
        PoolKind.ENTERPRISE_FRONT_END
    registrars = [s.service_id for s in topology.services() if s.role == "Registrar"]
    assert registrars == ["1-Registrar-1", "1-Registrar-2", "2-Registrar-1"]
    assert topology.service(f"registrar:dub-cs-001.{DOMAIN}").identity == \
        f"Registrar:dub-cs-001.{DOMAIN}"
    assert topology.service(f"EdgeServer:dub-cs-001.{DOMAIN}") is None


def test_million_user_layout_is_columnar(seed_lab):
    # Users are rows of packed columns, not objects: a User is built on each access.
    first = seed_lab.user("acooper")
    second = seed_lab.user("acooper")
    assert first == second and first is not second


def test_two_datacenter_sample(two_datacenter):
    topology = two_datacenter
    assert [s.name for s in topology.sites if s.kind is SiteKind.CENTRAL] == ["Redmond", "Dublin"]
    assert [s.parent for s in topology.sites if s.is_branch] == ["Redmond", "Dublin"]
    red, dub = topology.pool("red-pool.contoso.com"), topology.pool("dub-pool.contoso.com")
    assert (red.backup_pool, dub.backup_pool) == (dub.fqdn, red.fqdn)
    sbas = [p for p in topology.pools if p.kind is PoolKind.SBA]
    assert [p.backup_pool for p in sbas] == [red.fqdn, dub.fqdn]
    assert [p.fqdn for p in topology.pools if p.is_director] == ["red-dir.contoso.com",
                                                                   "dub-dir.contoso.com"]
    assert 200 <= len(topology.users) <= 1000
    assert topology.warnings == []


def test_summary_counts(seed_lab):
    summary = seed_lab.summary()
    assert (summary["Sites"], summary["Pools"], summary["Machines"]) == (1, 5, 6)
    assert summary["Users"] == len(list(seed_lab.iter_users()))
    assert str(summary["Source"]).endswith("default.yaml")


def test_reload_gives_an_independent_model():
    first = load_topology(sample_path("default"))
    second = load_topology(sample_path("default"))
    first.move_user("acooper", "ls14pool.beta.deitterick.com")
    assert second.user("acooper").registrar_pool == "beta-ls14-se1.beta.deitterick.com"
