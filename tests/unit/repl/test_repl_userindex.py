"""The SIP-address / display-name prefix index used by completion."""
from __future__ import annotations

from cspshell.repl.userindex import SortedRows, UserIndex, sip_key
from cspshell.topology import User, load_default_topology


def seed_index() -> tuple[object, UserIndex]:
    topology = load_default_topology()
    return topology, UserIndex(topology)


def test_sip_prefix_with_or_without_scheme() -> None:
    _, index = seed_index()
    assert index.by_sip("lc") == [("sip:lcarter@beta.deitterick.com", "Lisa Carter")]
    assert index.by_sip("sip:LC") == [("sip:lcarter@beta.deitterick.com", "Lisa Carter")]
    assert index.by_sip("zz") == []


def test_results_are_in_address_order_and_limited() -> None:
    _, index = seed_index()
    everyone = index.by_sip("", limit=100)
    keys = [sip_key(address) for address, _ in everyone]
    assert keys == sorted(keys) and len(everyone) == 9
    assert len(index.by_sip("", limit=3)) == 3


def test_display_name_prefix_is_case_insensitive() -> None:
    _, index = seed_index()
    assert index.by_display("lisa") == [("Lisa Carter", "sip:lcarter@beta.deitterick.com")]


def test_users_added_later_are_found_and_removed_ones_are_not() -> None:
    topology, index = seed_index()
    assert index.by_sip("newhire") == []
    topology.add_user(User("sip:newhire@beta.deitterick.com", "New Hire", "newhire",
                           "newhire@beta.deitterick.com", "BETA", "ls14pool.beta.deitterick.com"))
    assert index.by_sip("newhire") == [("sip:newhire@beta.deitterick.com", "New Hire")]
    topology.remove_user(topology.user_by_sip("sip:lcarter@beta.deitterick.com"))
    assert index.by_sip("lc") == [] and index.by_display("Lisa") == []


def test_sorted_rows_binary_search() -> None:
    values = ["delta", "Alpha", "charlie", "alpine", "bravo"]
    rows = SortedRows(None, [v.lower() for v in values], values.__getitem__)
    assert [values[r] for r in rows.with_prefix("al")] == ["Alpha", "alpine"]
    assert list(rows.with_prefix("e")) == []
    assert rows.first_at_or_after("c") == 3
