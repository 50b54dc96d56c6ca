"""The built-in default topology is the lab of the seed post, with its names and numbers.

Expected values are read off the seed (shared/seed/000_f25d19bc74bf594d.txt of the brief): the
301 traces, the Get-CsUserPoolInfo output for lcarter and the text around them.
"""
from __future__ import annotations

import re

from cspshell.topology import (
    ClientConfiguration, PoolKind, load_default_topology, sample_names, sample_path,
)

DOMAIN = "beta.deitterick.com"
DIRECTOR = f"beta-ls14-dir.{DOMAIN}"
SE1 = f"beta-ls14-se1.{DOMAIN}"
SE2 = f"beta-ls14-se2.{DOMAIN}"
EE_POOL = f"ls14pool.{DOMAIN}"
EE1 = f"beta-ls14-ee1.{DOMAIN}"
EE2 = f"beta-ls14-ee2.{DOMAIN}"


def test_the_samples_are_shipped():
    assert {"default", "two-datacenter", "scale-100k", "scale-1m"} <= set(sample_names())


def test_default_topology_is_the_seed_lab(seed_lab):
    assert load_default_topology().summary() == seed_lab.summary()
    assert seed_lab.sip_domains == [DOMAIN]
    assert seed_lab.warnings == []


def test_director_holds_the_address_of_the_first_trace(seed_lab):
    # "Data Received - 172.16.8.8:5061" from targetname BETA-LS14-DIR
    director = seed_lab.pool(DIRECTOR)
    assert director.kind is PoolKind.DIRECTOR
    assert director.is_director and director.is_registrar and not director.can_home_users
    assert seed_lab.machine(DIRECTOR).ip_addresses == ("172.16.8.8",)


def test_enterprise_pool_machines_match_get_csuserpoolinfo(seed_lab):
    # PrimaryPoolMachinesInPreferredOrder : {1:5-2, 1:5-1}; 172.16.8.9 answers as EE1
    pool = seed_lab.pool(EE_POOL)
    assert pool.kind is PoolKind.ENTERPRISE_FRONT_END
    assert pool.cluster == 5
    assert [(m.fqdn, m.machine_id, m.ip_addresses) for m in pool.machines] == [
        (EE1, "1:5-1", ("172.16.8.9",)),
        (EE2, "1:5-2", ("172.16.8.10",)),
    ]
    assert seed_lab.machine_by_id("1:5-2").fqdn == EE2


def test_backup_pool_machine_is_1_3_1(seed_lab):
    # BackupPoolMachinesInPreferredOrder  : {1:3-1} for BackupPoolFqdn beta-ls14-se2
    se2 = seed_lab.pool(SE2)
    assert se2.kind is PoolKind.STANDARD_EDITION
    assert [m.machine_id for m in se2.machines] == ["1:3-1"]
    assert se2.machines[0].fqdn == SE2


def test_backup_relationships(seed_lab):
    # Contact ...se1...;q=0.7 / ...se2...;q=0.3 for acooper; ee2 q=0.7 / se2 q=0.3 for lcarter
    assert seed_lab.pool(SE1).backup_pool == SE2
    assert seed_lab.pool(EE_POOL).backup_pool == SE2
    assert seed_lab.pool(SE2).backup_pool == SE1
    for fqdn in (SE1, SE2, EE_POOL):
        pool = seed_lab.pool(fqdn)
        assert (pool.failure_detection_interval, pool.failback_interval) == (120, 240)


def test_the_two_users_of_the_post(seed_lab):
    acooper = seed_lab.user(f"sip:acooper@{DOMAIN}")
    lcarter = seed_lab.user(f"lcarter@{DOMAIN}")
    assert acooper.registrar_pool == SE1
    assert lcarter.registrar_pool == EE_POOL
    assert lcarter.sip_address == f"sip:lcarter@{DOMAIN}"
    assert lcarter.upn == f"lcarter@{DOMAIN}"
    assert seed_lab.user("BETA\\lcarter").sip_address == lcarter.sip_address
    assert len(seed_lab.users) >= 6          # "and a handful more users"
    assert all(u.upn.endswith(f"@{DOMAIN}") for u in seed_lab.iter_users())


def test_client1_signs_in_automatically_with_an_empty_cache(seed_lab):
    # "(To Local Address: 172.16.8.7:50327)"
    client = seed_lab.client("client1")
    assert client.ip == "172.16.8.7"
    assert client.configuration is ClientConfiguration.AUTOMATIC
    assert client.cache == {}


def test_srv_record_points_at_the_director(seed_lab):
    records = seed_lab.dns_lookup(f"_sipinternaltls._tcp.{DOMAIN}", "SRV")
    assert [(r.target, r.port) for r in records] == [(DIRECTOR, 5061)]


def test_dns_load_balancing_and_a_records_for_every_machine(seed_lab):
    # "The IP addresses for both Front End Servers will be returned to the client"
    assert seed_lab.addresses(EE_POOL) == ["172.16.8.9", "172.16.8.10"]
    for machine in seed_lab.machines():
        assert seed_lab.addresses(machine.fqdn) == list(machine.ip_addresses)


def test_hash_seed_key_and_its_comment_are_in_the_file():
    source = sample_path("default").read_text(encoding="utf-8")
    block = source[source.index(f"fqdn: {EE_POOL}"):]
    block = block[:block.index("machines:")]
    assert re.search(r"^\s+hash_seed: \d+\s*$", block, re.MULTILINE)
    assert "{1:5-2, 1:5-1}" in block and "chosen" in block.lower()


def test_derived_identities(seed_lab):
    pool = seed_lab.pool(EE_POOL)
    assert pool.registrar_identity == f"Registrar:{EE_POOL}"
    assert pool.site_identity == "Site:Beta"
    assert seed_lab.site("Beta").identity == "Site:Beta"
    director_registrar = seed_lab.service(f"Registrar:{DIRECTOR}")
    assert director_registrar.service_id == "1-Registrar-1"
    web = seed_lab.service(f"WebServer:{EE_POOL}")
    assert web.role_name == "WebServices" and web.service_id.startswith("1-WebServices-")
