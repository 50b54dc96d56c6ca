"""Rendezvous hashing: the documented formula, stability, balance, minimal disruption."""
from __future__ import annotations

import json
import subprocess
import sys
from hashlib import blake2b

from hypothesis import given, settings
from hypothesis import strategies as st

from cspshell.routing.distribution import distribute
from cspshell.routing.hashing import Ranker, preferred_order, ranker_for, user_key, weight
from cspshell.routing.registrar import preferred_machines

from routing_labs import LCARTER, POOL

MACHINES_8 = [f"1:7-{n}" for n in range(1, 9)]
USERS_100K = [f"sip:user{n:06d}@contoso.com" for n in range(100_000)]


def _formula_order(sip_uri: str, machine_ids: list[str], seed: int) -> list[str]:
    """The formula of docs/routing.md, written out again with nothing but hashlib."""
    text = sip_uri.strip().lower().removeprefix("sip:").encode("utf-8")
    key = int.from_bytes(blake2b(text).digest()[:8], "little")

    def machine_weight(machine_id: str) -> int:
        digest = blake2b(f"{seed}|{machine_id}".encode("utf-8")).digest()
        a = int.from_bytes(digest[:16], "little") | 1
        b = int.from_bytes(digest[16:32], "little")
        return ((a * key + b) % 2 ** 128) >> 72

    positions = sorted(range(len(machine_ids)), key=lambda p: (-machine_weight(machine_ids[p]), p))
    return [machine_ids[p] for p in positions]


@settings(max_examples=200, deadline=None)
@given(user=st.text(min_size=1, max_size=40), count=st.integers(1, 16),
       seed=st.integers(0, 2 ** 63 - 1))
def test_ranker_follows_the_documented_formula(user, count, seed):
    ids = [f"1:5-{n}" for n in range(1, count + 1)]
    expected = _formula_order(user, ids, seed)
    assert Ranker(ids, seed).ordered_ids(user) == expected
    assert preferred_order(user, ids, seed) == expected


def test_bulk_columns_equal_single_user_weights():
    ranker = Ranker(MACHINES_8, 3)
    users = USERS_100K[:5000]
    batches = list(ranker.batches(users, batch_size=777))
    rows = [row for batch in batches for row in zip(*batch.columns())]
    assert rows == [ranker.tagged(user_key(u)) for u in users]
    best = [winner for batch in batches for winner in batch.best([1, 4, 6])]
    assert best == [max(row[1], row[4], row[6]) for row in rows]


def test_sip_prefix_and_case_do_not_change_the_order():
    ids = MACHINES_8
    assert preferred_order("sip:LCarter@Beta.Deitterick.com", ids) == \
        preferred_order("lcarter@beta.deitterick.com", ids)


def test_the_pool_seed_reshuffles_assignments():
    before, after = Ranker(MACHINES_8, 0), Ranker(MACHINES_8, 1)
    keys = [user_key(u) for u in USERS_100K[:2000]]
    moved = sum(before.preferred(k) != after.preferred(k) for k in keys)
    # A new seed is a new draw: about 7 users in 8 change machine.
    assert 0.8 < moved / 2000 < 0.95


def test_seed_lab_gives_lcarter_the_order_the_post_shows(seed_lab):
    pool = seed_lab.topology.pool(POOL)
    assert [m.machine_id for m in preferred_machines(pool, LCARTER)] == ["1:5-2", "1:5-1"]


def test_orders_are_identical_in_another_process():
    ids = [f"2:1-{n}" for n in range(1, 13)]
    users = [f"sip:person{n}@fabrikam.com" for n in range(50)]
    script = ("import json, sys\n"
              "from cspshell.routing.hashing import preferred_order\n"
              "ids, users = json.loads(sys.stdin.read())\n"
              "print(json.dumps([preferred_order(u, ids, 42) for u in users]))\n")
    child = subprocess.run([sys.executable, "-c", script], input=json.dumps([ids, users]),
                           capture_output=True, text=True, check=True,
                           env={"PYTHONHASHSEED": "12345", "PATH": ""}, cwd=".")
    assert json.loads(child.stdout) == [preferred_order(u, ids, 42) for u in users]


def test_balance_over_eight_machines():
    result = distribute("pool", [(m, m) for m in MACHINES_8], USERS_100K)
    mean = result.users / len(MACHINES_8)
    busiest = max(share.users for share in result.machines)
    assert result.users == 100_000
    assert busiest <= mean * 1.02


def test_adding_a_ninth_machine_moves_about_a_ninth_all_to_it():
    result = distribute("pool", [(m, m) for m in MACHINES_8], USERS_100K, add=("1:7-9", "new"))
    new = result.machines[-1]
    assert new.users == 0 and new.moved_in == result.moved
    assert abs(result.moved / result.users - 1 / 9) < 0.01
    assert all(share.moved_in == 0 for share in result.machines[:-1])


def test_removing_a_machine_moves_only_its_own_users():
    result = distribute("pool", [(m, m) for m in MACHINES_8], USERS_100K, remove="1:7-3")
    gone = result.machines[2]
    assert gone.users_after == 0
    assert result.moved == gone.users == gone.moved_out
    assert all(share.moved_out == 0 for share in result.machines if share is not gone)
    assert sum(share.users_after for share in result.machines) == result.users


def test_rankers_are_cached_per_machines_and_seed():
    assert ranker_for(("1:5-1", "1:5-2"), 1) is ranker_for(("1:5-1", "1:5-2"), 1)
    assert ranker_for(("1:5-1", "1:5-2"), 1) is not ranker_for(("1:5-1", "1:5-2"), 2)


def test_weight_is_a_56_bit_number():
    assert 0 <= weight(user_key(LCARTER), "1:5-2", 1) < 2 ** 56


@settings(max_examples=100, deadline=None)
@given(users=st.lists(st.text(alphabet="abcXYZ \t\n\u3000ΣσİSIPsip:@.é", max_size=12), max_size=40),
       batch_size=st.integers(1, 9))
def test_batches_hash_every_address_as_user_key_does(users, batch_size):
    # A batch is lower-cased and stripped of sip: as one string; URIs with a newline,
    # spaces, upper case, a repeated prefix or final sigma must still give user_key's keys.
    ranker = Ranker(MACHINES_8, 5)
    batches = list(ranker.batches(users, batch_size=batch_size))
    rows = [row for batch in batches for row in zip(*batch.columns())]
    assert rows == [ranker.tagged(user_key(u)) for u in users]
    winners = [p for batch in batches for p in batch.winners([0, 2, 7])]
    assert winners == [max((0, 2, 7), key=row.__getitem__) for row in rows]


def test_positions_and_order_agree_with_the_formula():
    ids = [f"1:5-{n}" for n in range(1, 13)]
    ranker = Ranker(ids, 9)
    for user in USERS_100K[:300]:
        order = ranker.order(user_key(user))
        assert list(ranker.positions(user_key(user))) == order
        assert [ids[p] for p in order] == _formula_order(user, ids, 9)
