"""Broken topologies: every problem is found in one pass, at the right line and column,
with a message that says what is wrong and how to fix it; warnings do not stop a load."""
from __future__ import annotations

import pytest

from cspshell.topology import TopologyError, format_problems, load_topology_text

from topo_helpers import MINIMAL, find, load_ok, problems_of


def at(source: str, token: str, occurrence: int = 1) -> tuple[int, int]:
    """Return the 1-based (line, column) of the n-th occurrence of ``token`` in ``source``."""
    index = -1
    for _ in range(occurrence):
        index = source.index(token, index + 1)
    line = source.count("\n", 0, index) + 1
    column = index - (source.rfind("\n", 0, index) + 1) + 1
    return line, column


def change(old: str, new: str, source: str = MINIMAL) -> str:
    """Return MINIMAL with ``old`` (which must occur once) replaced by ``new``."""
    assert source.count(old) == 1, old
    return source.replace(old, new)


# (case id, broken source, message fragment, token whose position the problem names)
CASES = [
    ("unknown key", change("    cluster: 3\n", "    cluster: 3\n    bakup: {pool: pool.contoso.com}\n"),
     "unknown key 'bakup' in pool 'se.contoso.com'; did you mean 'backup'?", "bakup"),
    ("unknown key, CamelCase", change("    display_name: Ken Myer\n", "    DisplayName: Ken Myer\n"),
     "did you mean 'display_name'?", "DisplayName"),
    ("unknown top-level key", MINIMAL + "client:\n  - name: pc1\n",
     "unknown key 'client' in the topology; did you mean 'clients'?", "client:"),
    ("wrong type", change("    cluster: 3\n", "    cluster: three\n"),
     "'cluster' in pool 'se.contoso.com' must be a whole number, not the text 'three'", "three"),
    ("bad choice", change("    kind: StandardEdition\n", "    kind: StandardEditon\n"),
     "did you mean 'StandardEdition'?", "StandardEditon"),
    ("out of range", change("    cluster: 3\n", "    cluster: 0\n"),
     "'cluster' in pool 'se.contoso.com' is 0; it must be from 1 to 65535", "0\n"),
    ("bad address", change("    ip: 10.0.3.1\n", "    ip: 10.0.3.256\n"),
     "is not an IPv4 address", "10.0.3.256"),
    ("bad fqdn", change("  - fqdn: se.contoso.com\n", "  - fqdn: se_server\n"),
     "is not a fully qualified domain name", "se_server"),
    ("duplicate pool fqdn", change("  - fqdn: se.contoso.com\n", "  - fqdn: pool.contoso.com\n"),
     "the FQDN 'pool.contoso.com' is already used by pool 'pool.contoso.com'", "pool.contoso.com", 2),
    ("duplicate machine fqdn", change("{fqdn: fe02.contoso.com", "{fqdn: dir01.contoso.com"),
     "already used by a machine of pool 'dir.contoso.com'", "dir01.contoso.com", 2),
    ("duplicate cluster", change("    cluster: 3\n", "    cluster: 2\n"),
     "cluster 2 in site 'Redmond' is already used by pool 'pool.contoso.com'", "2\n    ip"),
    ("duplicate site id", change("    name: Redmond\n", "    name: Redmond\n  - id: 1\n    name: Dublin\n"),
     "SiteId 1 of site 'Dublin' is already used by site 'Redmond'", "1\n    name: Dublin"),
    ("unknown site", change("    site: Redmond\n    cluster: 3", "    site: Redmnd\n    cluster: 3"),
     "the site 'Redmnd' of pool 'se.contoso.com' does not exist; did you mean 'Redmond'?", "Redmnd"),
    ("user on a Director", change("    registrar_pool: pool.contoso.com\n", "    registrar_pool: dir.contoso.com\n"),
     "Lync Server 2010 cannot home users on a Director", "dir.contoso.com\n", 2),
    ("user on a missing pool", change("    registrar_pool: pool.contoso.com\n", "    registrar_pool: pol.contoso.com\n"),
     "the registrar pool 'pol.contoso.com' does not exist; did you mean 'pool.contoso.com'?", "pol.contoso.com"),
    ("SIP address outside the SIP domains", change("sip:ken@contoso.com", "sip:ken@fabrikam.com"),
     "is outside the SIP domains (contoso.com)", "sip:ken@fabrikam.com"),
    ("duplicate SIP address", MINIMAL + "  - sip_address: sip:KEN@contoso.com\n    registrar_pool: se.contoso.com\n",
     "the SIP address 'sip:KEN@contoso.com' is already used by a user at bad.yaml:", "sip_address: sip:KEN"),
    ("backup is itself", change("      pool: se.contoso.com\n", "      pool: pool.contoso.com\n"),
     "cannot be its own backup registrar pool", "pool.contoso.com\n  - fqdn: se"),
    ("backup is a Director", change("      pool: se.contoso.com\n", "      pool: dir.contoso.com\n"),
     "is a Director; a Director homes no users and cannot be a backup registrar", "dir.contoso.com\n  - fqdn: se"),
    ("backup does not exist", change("      pool: se.contoso.com\n", "      pool: sx.contoso.com\n"),
     "the backup registrar pool 'sx.contoso.com' of pool 'pool.contoso.com' does not exist", "sx.contoso.com"),
    ("duplicate key", change("    cluster: 3\n", "    cluster: 3\n    cluster: 4\n"),
     "the key 'cluster' appears twice in this mapping (first at line", "cluster: 4"),
    ("missing required key", change("    kind: StandardEdition\n", ""),
     "pool 'se.contoso.com' has no 'kind'; add 'kind:'", "fqdn: se.contoso.com"),
    ("yaml syntax", change("    cluster: 3\n", "   cluster: 3\n"),
     "YAML syntax error", "cluster: 3"),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_each_broken_topology_gets_a_precise_message(case):
    _, source, fragment, token, *occurrence = case
    line, column = at(source, token, *occurrence)
    problems = problems_of(source)
    if fragment == "YAML syntax error":
        problem = find(problems, fragment)
        assert problem.line in (line - 1, line, line + 1)
    else:
        find(problems, fragment, line, column)
    assert all(p.file == "bad.yaml" for p in problems)


def test_all_problems_are_reported_in_one_pass():
    source = change("    cluster: 3\n", "    cluster: 3\n    bakup: 1\n")
    source = change("sip:ken@contoso.com", "sip:ken@fabrikam.com", source)
    source = change("    kind: Director\n", "    kind: Directr\n", source)
    problems = problems_of(source)
    find(problems, "unknown key 'bakup'")
    find(problems, "is not one of: EnterpriseFrontEnd")
    find(problems, "is outside the SIP domains")
    assert len(problems) == 3
    text = format_problems(problems)
    assert text.splitlines()[-1].startswith(f"{len(problems)} errors")


def test_sba_backup_must_be_a_front_end_pool():
    source = MINIMAL.replace("sites:\n", "sites:\n  - {id: 2, name: Branch, kind: branch, parent: Redmond}\n")
    source += ""
    source = source.replace("users:\n", """\
  - fqdn: sba.contoso.com
    kind: SBA
    site: Branch
    cluster: 1
    ip: 10.2.1.1
    backup: {pool: dir.contoso.com}
users:
""")
    problems = problems_of(source)
    find(problems, "is a Director", *at(source, "dir.contoso.com}"))


def test_sba_backup_cannot_be_another_sba():
    source = MINIMAL.replace("sites:\n", "sites:\n  - {id: 2, name: Branch, kind: branch, parent: Redmond}\n")
    source = source.replace("users:\n", """\
  - {fqdn: sba1.contoso.com, kind: SBA, site: Branch, cluster: 1, ip: 10.2.1.1, backup: {pool: pool.contoso.com}}
  - {fqdn: sba2.contoso.com, kind: SBA, site: Branch, cluster: 2, ip: 10.2.2.1, backup: {pool: sba1.contoso.com}}
users:
""")
    problems = problems_of(source)
    problem = find(problems, "must be an Enterprise Edition Front End pool or a Standard Edition server")
    assert "associated pool of a survivable branch appliance" in problem.message


def test_backup_on_a_role_without_registrar():
    source = MINIMAL.replace("users:\n", """\
  - fqdn: edge.contoso.com
    kind: Edge
    site: Redmond
    cluster: 4
    backup: {pool: pool.contoso.com}
users:
""")
    find(problems_of(source), "which has no Registrar service, so it cannot have a backup")


def test_branch_rules():
    source = MINIMAL.replace("sites:\n", "sites:\n  - {id: 2, name: Branch, kind: branch}\n"
                                         "  - {id: 3, name: Far, kind: branch, parent: Nowhere}\n")
    problems = problems_of(source)
    find(problems, "branch site 'Branch' needs 'parent:'")
    find(problems, "the parent site 'Nowhere' of branch site 'Far' does not exist")


def test_standard_edition_is_one_machine():
    source = change("    ip: 10.0.3.1\n", "    machines:\n      - {fqdn: se.contoso.com, ip: 10.0.3.1}\n"
                                         "      - {fqdn: se2.contoso.com, ip: 10.0.3.2}\n")
    find(problems_of(source), "a single computer, but lists 2 machines")


def test_product_limits_are_warnings():
    machines = "".join(f"      - {{fqdn: fe{i:02d}.contoso.com, ip: 10.0.2.{i}}}\n" for i in range(1, 12))
    source = change("      - {fqdn: fe01.contoso.com, ip: 10.0.2.1}\n      - {fqdn: fe02.contoso.com, ip: 10.0.2.2}\n",
                    machines)
    topology = load_ok(source)
    warning = find(topology.warnings, "has 11 machines; Lync Server 2010 supports at most 10",
                   severity="warning")
    assert warning.line == at(source, "{fqdn: fe01")[0]


def test_users_beyond_the_standard_edition_limit_warn():
    source = MINIMAL + "  - generate: {count: 5001, pools: [se.contoso.com]}\n"
    topology = load_ok(source)
    find(topology.warnings, "has 5,001 users; a Standard Edition server supports 5,000",
         severity="warning")


def test_srv_target_without_a_record_warns():
    source = MINIMAL + ("dns:\n  - {name: _sipinternaltls._tcp.contoso.com, type: SRV, "
                        "target: nowhere.contoso.com}\n")
    topology = load_ok(source)
    find(topology.warnings, "has no A record", severity="warning")


def test_dns_record_shapes():
    source = MINIMAL + ("dns:\n  - {name: pool.contoso.com, type: A, target: 10.0.0.1}\n"
                        "  - {name: _sip._tls.contoso.com, type: SRV, address: 10.0.0.1}\n")
    problems = problems_of(source)
    find(problems, "takes no 'target'; an A record has only 'address'")
    find(problems, "needs 'address:'")
    find(problems, "not 'address'")


def test_clients_are_checked():
    source = MINIMAL + """\
clients:
  - {name: pc1, ip: 10.9.0.1, user: "sip:nobody@contoso.com", configuration: Manual}
  - {name: PC1, ip: 10.9.0.2}
  - name: pc2
    ip: 10.9.0.3
    cache: {"sip:ken@contoso.com": dir01.contoso.com, "sip:ken@contoso.com ": nowhere.contoso.com}
"""
    problems = problems_of(source)
    find(problems, "the user 'sip:nobody@contoso.com' of client 'pc1' does not exist")
    find(problems, "uses Manual configuration but names no server")
    find(problems, "the client name 'PC1' is already used")
    find(problems, "points 'sip:ken@contoso.com ' at 'nowhere.contoso.com', which is not a registrar")


def test_registrar_configuration_scopes_and_ranges():
    source = MINIMAL + """\
registrar_configurations:
  - {identity: site:Nowhere}
  - {identity: service:Registrar:pool.contoso.com, min_endpoint_expiration: 900, default_endpoint_expiration: 600}
  - {identity: Global, max_endpoints_per_user: 65}
  - {identity: pool.contoso.com}
"""
    problems = problems_of(source)
    find(problems, "the site 'Nowhere' in identity 'site:Nowhere' does not exist")
    find(problems, "min_endpoint_expiration <= default_endpoint_expiration")
    find(problems, "'max_endpoints_per_user' in a registrar configuration is 65; it must be from 1 to 64")
    find(problems, "is not a registrar configuration scope")


def test_a_valid_registrar_configuration_scope_resolves():
    topology = load_ok(MINIMAL + "registrar_configurations:\n  - {identity: SITE:redmond, "
                                 "max_endpoints_per_user: 4}\n")
    assert [c.identity for c in topology.registrar_configurations] == ["Global", "site:Redmond"]
    assert topology.effective_registrar_configuration("pool.contoso.com").max_endpoints_per_user == 4
    assert topology.effective_registrar_configuration("se.contoso.com").max_endpoints_per_user == 4


def test_defaults_fill_in():
    topology = load_ok(MINIMAL)
    ken = topology.user("sip:ken@contoso.com")
    assert (ken.sam_account_name, ken.upn, ken.domain, ken.enabled) == \
        ("ken", "ken@contoso.com", "CONTOSO", True)
    assert ken.distinguished_name == "CN=Ken Myer,CN=Users,DC=contoso,DC=com"
    pool = topology.pool("pool.contoso.com")
    assert (pool.failure_detection_interval, pool.failback_interval) == (120, 240)
    assert pool.enable_automatic_failover is False
    assert pool.services[0] == "Registrar" and pool.hash_seed == 0


def test_problem_text_format():
    problems = problems_of(change("    cluster: 3\n", "    cluster: x\n"))
    line, column = at(change("    cluster: 3\n", "    cluster: x\n"), "x\n")
    assert str(problems[0]) == (f"bad.yaml:{line}:{column}: error: 'cluster' in pool "
                                "'se.contoso.com' must be a whole number, not the text 'x'")


def test_error_is_an_exception_with_the_formatted_text():
    with pytest.raises(TopologyError) as caught:
        load_topology_text("sites: 5\n", "x.yaml")
    assert str(caught.value) == format_problems(caught.value.problems)
    assert "x.yaml:1:1: error: the topology has no 'sip_domains'; add 'sip_domains:'" in str(caught.value)


def test_newer_format_is_refused():
    find(problems_of("format: 2\n" + MINIMAL), "this file is format 2, newer than this "
                                               "cspshell reads (1)", 1, 9)


@pytest.mark.parametrize("source, fragment", [
    (change("sites:\n  - id: 1\n    name: Redmond\n", "sites:\n  id: 1\n  name: Redmond\n"),
     "'sites' in the topology must be a list"),
    (change("name: Redmond", "name: yes"), "must be text, not the boolean true; put the value "
                                           "in quotes"),
    (change("    machines:\n      - {fqdn: fe01.contoso.com, ip: 10.0.2.1}\n"
            "      - {fqdn: fe02.contoso.com, ip: 10.0.2.2}\n", "    machines: fe01.contoso.com\n"),
     "'machines' in pool 'pool.contoso.com' must be a list"),
    (change("    kind: StandardEdition\n", "    kind: Standard\n"), "is not one of"),
    (change("id: 1", "id: one"), "'id' in site 'Redmond' must be a whole number"),
], ids=["sites not a list", "site name not text", "machines not a list", "bad pool kind",
        "bad site id"])
def test_one_mistake_gives_one_message(source, fragment):
    problems = problems_of(source)
    assert [fragment in p.message for p in problems] == [True], format_problems(problems)
