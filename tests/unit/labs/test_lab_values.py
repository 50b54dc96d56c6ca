"""Lab values: placeholders, seeded picks, and the routing library's answers (checked
against the seed post's Get-CsUserPoolInfo output)."""
from __future__ import annotations

from hashlib import blake2b

import pytest

from cspshell.labengine.model import Pick
from cspshell.labengine.values import (FUNCTIONS, LabValueError, Resolver, call, initial_values, pick_index,
                                       pick_values, substitute)
from cspshell.session import Session

LCARTER = "lcarter@beta.deitterick.com"


@pytest.fixture(scope="module")
def session():
    return Session()


def test_substitute_replaces_known_names_only():
    values = {"user": LCARTER, "n": 3}
    assert substitute("Sign {user} in {n} times", values) == f"Sign {LCARTER} in 3 times"
    # Script blocks and unknown names pass through, so PowerShell text is safe.
    assert substitute("% {$_.Fqdn} {other} { user }", values) == "% {$_.Fqdn} {other} { user }"


def test_pick_index_is_blake2b_of_lab_parameter_and_seed():
    digest = blake2b(b"registrars|user|7", digest_size=8).digest()
    assert pick_index("registrars", "user", 7, 4) == int.from_bytes(digest, "little") % 4
    assert pick_index("registrars", "user", 7, 0) == 0


def test_user_picks_are_stable_and_filtered(session):
    pick = Pick("user", "user", {"pool_kind": "EnterpriseFrontEnd"})
    ee_users = {"lcarter@beta.deitterick.com", "dsmith@beta.deitterick.com",
                "ewilson@beta.deitterick.com", "fgarcia@beta.deitterick.com"}
    picked = [pick_values(session.topology, "lab", (pick,), seed)["user"] for seed in range(40)]
    assert set(picked) == ee_users                      # every candidate comes up
    assert picked == [pick_values(session.topology, "lab", (pick,), seed)["user"] for seed in range(40)]


def test_a_pick_nobody_fits_says_why(session):
    with pytest.raises(LabValueError, match="no enabled user of this topology fits pool_kind=SBA"):
        pick_values(session.topology, "lab", (Pick("user", "user", {"pool_kind": "SBA"}),), 0)


def test_pool_and_choice_picks(session):
    picks = (Pick("pool", "pool", {"kind": "StandardEdition"}),
             Pick("colour", "one_of", {"choices": ["red", "blue"]}))
    values = pick_values(session.topology, "lab", picks, 5)
    assert values["pool"] in ("beta-ls14-se1.beta.deitterick.com", "beta-ls14-se2.beta.deitterick.com")
    assert values["colour"] in ("red", "blue")


def test_built_in_values(session):
    values = initial_values(session.topology, "lab", (), 12)
    assert values == {"domain": "beta.deitterick.com", "seed": 12}


# The seed: PrimaryPoolFqdn ls14pool, BackupPoolFqdn se2, PrimaryPoolMachinesInPreferredOrder
# {1:5-2, 1:5-1}, BackupPoolMachinesInPreferredOrder {1:3-1}; 1:5-2 is ee2, 1:5-1 is ee1.
SEED_FACTS = [
    ("primary_pool", {"user": LCARTER}, "ls14pool.beta.deitterick.com"),
    ("backup_pool", {"user": LCARTER}, "beta-ls14-se2.beta.deitterick.com"),
    ("preferred_ids", {"user": LCARTER}, ["1:5-2", "1:5-1"]),
    ("preferred_ids", {"user": LCARTER, "pool": "backup"}, ["1:3-1"]),
    ("preferred_fqdns", {"user": LCARTER},
     ["beta-ls14-ee2.beta.deitterick.com", "beta-ls14-ee1.beta.deitterick.com"]),
    ("preferred_fqdn", {"user": LCARTER, "index": 1}, "beta-ls14-ee1.beta.deitterick.com"),
    ("preferred_id", {"user": LCARTER}, "1:5-2"),
    ("machine_fqdn", {"machine_id": "1:5-2"}, "beta-ls14-ee2.beta.deitterick.com"),
    ("backup_registrar", {"user": LCARTER}, "beta-ls14-se2.beta.deitterick.com"),
    ("home_registrar", {"user": LCARTER}, "beta-ls14-ee2.beta.deitterick.com"),
    ("sip_address", {"user": LCARTER}, "sip:lcarter@beta.deitterick.com"),
    ("primary_pool", {"user": "acooper@beta.deitterick.com"}, "beta-ls14-se1.beta.deitterick.com"),
    ("backup_registrar", {"user": "acooper@beta.deitterick.com"}, "beta-ls14-se2.beta.deitterick.com"),
    ("pool_users", {"pool": "beta-ls14-se1.beta.deitterick.com"},
     ["sip:acooper@beta.deitterick.com", "sip:bmiller@beta.deitterick.com"]),
    ("failure_detection_interval", {"pool": "ls14pool.beta.deitterick.com"}, 120),
    ("failback_interval", {"pool": "ls14pool.beta.deitterick.com"}, 240),
    ("pool_site", {"pool": "ls14pool.beta.deitterick.com"}, "Beta"),
    ("feature_available", {"mode": "BackupRegistrar", "feature": "Outbound PSTN calls"}, True),
    ("feature_available", {"mode": "BackupRegistrar", "feature": "Presence"}, False),
    ("feature_available", {"mode": "BranchSurvival", "feature": "Two-party IM"}, True),
]


@pytest.mark.parametrize("name,arguments,expected", SEED_FACTS)
def test_value_functions_give_the_seed_answers(session, name, arguments, expected):
    assert call(session, name, arguments) == expected


def test_every_function_is_exercised():
    assert {name for name, _, _ in SEED_FACTS} | {"is_branch_registrar", "pool_machines"} == set(FUNCTIONS)


def test_home_registrar_follows_the_lab_state():
    session = Session()
    session.lab.set_service("beta-ls14-ee2.beta.deitterick.com", "RTCSRV", False)
    assert call(session, "home_registrar", {"user": LCARTER}) == "beta-ls14-ee1.beta.deitterick.com"


@pytest.mark.parametrize("name,arguments,words", [
    ("primary_pool", {"user": "nobody@beta.deitterick.com"}, "is not a user homed"),
    ("primary_pool", {"user": "hbrown@beta.deitterick.com"}, "is not a user homed"),
    ("preferred_fqdn", {"user": LCARTER, "index": 5}, "no machine number 5"),
    ("preferred_ids", {"user": LCARTER, "pool": "third"}, "primary or backup"),
    ("pool_machines", {"pool": "nowhere.example.com"}, "no pool nowhere.example.com"),
    ("feature_available", {"mode": "Normal", "feature": "Presence"}, "no feature of Normal mode"),
    ("nosuch", {}, "no value function 'nosuch'"),
])
def test_value_function_failures_are_lab_value_errors(session, name, arguments, words):
    with pytest.raises(LabValueError, match=words):
        call(session, name, arguments)


def test_resolver_evaluates_text_lists_functions_and_powershell(session):
    resolver = Resolver(session, {"user": LCARTER}, evaluate=lambda text: [f"ran {text}"])
    assert resolver.value("{user}") == LCARTER
    assert resolver.value(["{user}", 7, True]) == [LCARTER, 7, True]
    assert resolver.value({"fn": "preferred_id", "user": "{user}", "index": 1}) == "1:5-1"
    assert resolver.value({"ps": "(Get-X {user})"}) == f"ran (Get-X {LCARTER})"


def test_resolver_without_engine_refuses_powershell(session):
    with pytest.raises(LabValueError, match="cannot run here"):
        Resolver(session, {}).value({"ps": "1"})


def test_a_disabled_user_is_never_picked():
    session = Session()
    topology = session.topology
    user = topology.user("dsmith@beta.deitterick.com")
    user.enabled = False
    topology.update_user(user)
    pick = (Pick("user", "user", {"pool": "ls14pool.beta.deitterick.com"}),)
    picked = {pick_values(topology, "lab", pick, seed)["user"] for seed in range(40)}
    assert picked == {"lcarter@beta.deitterick.com", "ewilson@beta.deitterick.com", "fgarcia@beta.deitterick.com"}
