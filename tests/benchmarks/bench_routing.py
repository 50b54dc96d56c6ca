"""Routing core figures (targets, not asserts): run ``python tests/benchmarks/bench_routing.py``.

- preferred order of one user in a 12-machine pool (target: under 10 microseconds);
- distribution of 1,000,000 users over a 12-machine pool (target: under 2 seconds);
- one automatic sign-in through the Director in the seed's lab, for scale.

A calibration line (an empty Python loop of 10 million turns) tells how fast the
machine is: on a typical 2020s desktop it takes about 0.2 s. The load average comes
first: on a shared machine compare before/after runs made in the same minute.
"""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from cspshell.routing import LabState, sign_in  # noqa: E402
from cspshell.routing.distribution import distribute  # noqa: E402
from cspshell.routing.hashing import Ranker, user_key  # noqa: E402
from cspshell.topology import load_default_topology  # noqa: E402

MACHINES = [f"1:5-{n}" for n in range(1, 13)]


def best_of(runs: int, action) -> float:
    """Return the best wall time of ``runs`` calls of ``action``, in seconds."""
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - started)
    return best


def calibration() -> float:
    """Return the time of an empty loop of 10 million turns."""
    def loop() -> None:
        for _ in range(10_000_000):
            pass
    return best_of(3, loop)


def preferred_order_micros(calls: int = 100_000) -> float:
    """Return microseconds per preferred order (hash the user, rank 12 machines)."""
    ranker = Ranker(MACHINES, seed=1)
    users = [f"sip:user{n}@contoso.com" for n in range(calls)]

    def run() -> None:
        for user in users:
            ranker.order(user_key(user))
    return best_of(3, run) / calls * 1e6


def distribution_seconds(users: int = 1_000_000) -> float:
    """Return the seconds to distribute ``users`` users (streamed) over 12 machines."""
    machines = [(m, f"fe{n}.contoso.com") for n, m in enumerate(MACHINES, 1)]

    def run() -> None:
        addresses = (f"sip:user{n}@contoso.com" for n in range(users))
        distribute("pool.contoso.com", machines, addresses, seed=1)
    return best_of(2, run)


def sign_in_millis(runs: int = 200) -> float:
    """Return milliseconds per first sign-in of lcarter in the seed's lab."""
    topology = load_default_topology()
    user, client = topology.user("sip:lcarter@beta.deitterick.com"), topology.client("client1")

    def run() -> None:
        for seed in range(runs):
            sign_in(topology, LabState(), user, client, seed)
    return best_of(3, run) / runs * 1e3


def load_average() -> str:
    """Return the 1, 5 and 15-minute load averages (empty where the system has none)."""
    try:
        return " ".join(f"{load:.2f}" for load in os.getloadavg())
    except (AttributeError, OSError):
        return ""


def main() -> None:
    print(f"load average {load_average()} on {os.cpu_count()} CPUs")
    print(f"calibration: empty loop of 10M turns      {calibration():8.2f} s (typical desktop ~0.2 s)")
    print(f"preferred order, 12-machine pool         {preferred_order_micros():8.2f} us (target < 10 us)")
    print(f"distribution, 1,000,000 users, 12 FEs    {distribution_seconds():8.2f} s  (target < 2 s)")
    print(f"sign-in through the Director (seed lab)  {sign_in_millis():8.2f} ms")


if __name__ == "__main__":
    main()
