"""Bulk users: generator blocks (patterns, spreading, the count override) and CSV files."""
from __future__ import annotations

import pytest

from cspshell.topology import load_topology, load_topology_text
from cspshell.topology.generators import PatternError, compile_pattern, uses_number

from topo_helpers import MINIMAL, find, load_ok, problems_of


@pytest.mark.parametrize("pattern, n, sam, expected", [
    ("user{n}", 7, "", "user7"),
    ("user{n:06}", 7, "", "user000007"),
    ("User {n:3}", 42, "", "User 042"),
    ("sip:{sam}@{sip_domain}", 1, "ken", "sip:ken@contoso.com"),
    ("no placeholder", 1, "", "no placeholder"),
])
def test_patterns(pattern, n, sam, expected):
    assert compile_pattern(pattern).format(n, sam, "contoso.com") == expected


@pytest.mark.parametrize("pattern, fragment", [
    ("{x}", "unknown placeholder {x}"),
    ("user{n", "stray brace"),
    ("{sam:04}", "only {n} takes a width"),
    ("{n.__class__}", "stray brace"),
])
def test_bad_patterns(pattern, fragment):
    with pytest.raises(PatternError, match=fragment.replace("{", r"\{").replace("}", r"\}")
                       .replace(".", r"\.")):
        compile_pattern(pattern)


def test_uses_number():
    assert uses_number("u{n:04}") and not uses_number("{sam}x")


GENERATED = MINIMAL + """\
  - generate:
      count: 5
      pools: [pool.contoso.com, se.contoso.com]
      line_uri: "tel:+1425555{n:04}"
      enterprise_voice_enabled: true
      policies: {VoicePolicy: Redmond}
"""


def test_generator_block_makes_users_round_robin():
    topology = load_ok(GENERATED)
    generated = [u for u in topology.iter_users() if u.sam_account_name.startswith("user")]
    assert [u.sam_account_name for u in generated] == [f"user{n:06}" for n in range(1, 6)]
    assert [u.registrar_pool for u in generated] == ["pool.contoso.com", "se.contoso.com"] * 2 \
        + ["pool.contoso.com"]
    first = generated[0]
    assert (first.sip_address, first.upn, first.display_name, first.line_uri) == \
        ("sip:user000001@contoso.com", "user000001@contoso.com", "User 000001", "tel:+14255550001")
    assert first.enterprise_voice_enabled and first.policies == {"VoicePolicy": "Redmond"}
    assert topology.user("user000003@contoso.com").registrar_pool == "pool.contoso.com"


def test_generated_users_override_scales_the_blocks():
    source = GENERATED + "  - generate: {count: 15, start: 100, sam_account_name: 'x{n}', pools: [se.contoso.com]}\n"
    topology = load_topology_text(source, generated_users=40)
    counts = topology.users.count_by_pool()
    # 1 named user + 40 generated: 40 * 5/20 = 10 from the first block, 30 from the second
    assert len(topology.users) == 41
    assert topology.user("x129") is not None and topology.user("x130") is None
    assert counts["pool.contoso.com"] == 1 + 5


def test_generator_errors():
    source = MINIMAL + """\
  - generate: {count: 3, pools: [dir.contoso.com]}
  - generate: {count: 3, pools: [se.contoso.com], sam_account_name: fixed}
  - generate: {count: 2, pools: [se.contoso.com], sip_domain: fabrikam.com}
  - generate: {count: 2, pools: [se.contoso.com], display_name: "{nn}"}
  - generate: {count: 2, pools: [se.contoso.com]}
    extra: 1
"""
    problems = problems_of(source)
    find(problems, "cannot home users on a Director")
    find(problems, "the pattern 'fixed' for sam_account_name has no {n}")
    find(problems, "is outside the SIP domains")
    find(problems, "unknown placeholder {nn}")
    find(problems, "unknown key 'extra' beside 'generate'")


def test_duplicates_between_blocks_name_the_generated_user():
    source = MINIMAL + """\
  - generate: {count: 3, pools: [se.contoso.com]}
  - generate: {count: 3, start: 3, pools: [pool.contoso.com]}
"""
    problem = find(problems_of(source), "the SIP address 'sip:user000003@contoso.com' is "
                                        "already used by generated user number 3")
    assert problem.line == source.count("\n", 0, source.index("  - generate: {count: 3, start")) + 1


CSV = """\
sip_address,display_name,sam_account_name,registrar_pool,enabled,line_uri,enterprise_voice_enabled
sip:ann@contoso.com,"Smith, Ann",ann,pool.contoso.com,True,tel:+14255550111,True
sip:bob@contoso.com,Bob Jones,bob,,false,,
"""


def write_lab(folder, csv_text: str, extra: str = "") -> object:
    (folder / "users.csv").write_text(csv_text, encoding="utf-8")
    path = folder / "lab.yaml"
    path.write_text(MINIMAL + f"  - csv: users.csv\n{extra}", encoding="utf-8")
    return path


def test_csv_users(tmp_path):
    topology = load_topology(write_lab(tmp_path, CSV), use_cache=False)
    ann = topology.user("sip:ann@contoso.com")
    assert (ann.display_name, ann.registrar_pool, ann.line_uri, ann.enterprise_voice_enabled) == \
        ("Smith, Ann", "pool.contoso.com", "tel:+14255550111", True)
    assert ann.distinguished_name == "CN=Smith\\, Ann,CN=Users,DC=contoso,DC=com"
    bob = topology.user("bob")
    assert (bob.registrar_pool, bob.enabled) == (None, False)


def test_csv_default_pool_and_powershell_headers(tmp_path):
    exported = ('#TYPE Microsoft.Rtc.Management.ADConnect.Schema.ADUser\n'
                '"SipAddress","DisplayName","SamAccountName","Identity"\n'
                '"sip:cy@contoso.com","Cy Young","cy","CN=Cy Young"\n')
    (tmp_path / "users.csv").write_text(exported, encoding="utf-8-sig")
    path = tmp_path / "lab.yaml"
    path.write_text(MINIMAL + "  - {csv: users.csv, registrar_pool: se.contoso.com}\n")
    topology = load_topology(path, use_cache=False)
    assert topology.user("cy").registrar_pool == "se.contoso.com"
    find(topology.warnings, "the CSV column 'Identity' is not a user key", severity="warning")


def test_csv_problems_name_the_csv_file_line_and_column(tmp_path):
    bad = CSV + "sip:ann@contoso.com,Again,ann2,pool.contoso.com,True,,\n" \
                "sip:cat@contoso.com,Cat,cat,dir.contoso.com,perhaps,555,\n"
    with pytest.raises(Exception) as caught:
        load_topology(write_lab(tmp_path, bad), use_cache=False)
    problems = caught.value.problems
    duplicate = find(problems, "the SIP address 'sip:ann@contoso.com' is already used by a user "
                               "at users.csv:2:1")
    assert (duplicate.file, duplicate.line) == ("users.csv", 4)
    find(problems, "cannot home users on a Director", 5, 29)
    find(problems, "'enabled' in this CSV row is 'perhaps'; write True or False", 5, 45)
    find(problems, "is not a tel: URI", 5, 53)


def test_missing_csv_file(tmp_path):
    path = tmp_path / "lab.yaml"
    path.write_text(MINIMAL + "  - csv: nowhere.csv\n")
    with pytest.raises(Exception) as caught:
        load_topology(path, use_cache=False)
    find(caught.value.problems, "the CSV file 'nowhere.csv' does not exist")


def test_csv_without_sip_address_column(tmp_path):
    with pytest.raises(Exception) as caught:
        load_topology(write_lab(tmp_path, "name,pool\nx,y\n"), use_cache=False)
    find(caught.value.problems, "the CSV header has no 'sip_address' column")


def test_generated_values_are_checked_once_from_the_first_user():
    source = MINIMAL + """\
  - generate: {count: 1000, pools: [se.contoso.com], sip_address: "sip:{sam} x@{sip_domain}"}
  - generate: {count: 1000, pools: [se.contoso.com], sam_account_name: "b{n}", line_uri: "555-{n}"}
"""
    problems = problems_of(source)
    find(problems, "which is not a SIP address")
    find(problems, "is not a tel: URI")
    assert len(problems) == 2


def test_sip_prefix_is_added_to_generated_addresses():
    topology = load_ok(MINIMAL + "  - generate: {count: 2, pools: [se.contoso.com], "
                                 "sip_address: 'SIP:{sam}@{sip_domain}'}\n")
    assert topology.user("user000002@contoso.com").sip_address == "sip:user000002@contoso.com"
