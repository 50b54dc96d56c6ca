"""Figures for the guided labs (printed, never asserted):

- verifying each shipped lab (reference solution and every wrong answer, fresh shells);
- picking a trainee's user on the 100,000-user sample (two streaming passes, no list);
- checking a 1,000-object pipeline output (the most the engine keeps for a unit).

    python tests/benchmarks/bench_labs.py
"""
from __future__ import annotations

import time
import tracemalloc
from typing import Callable

from cspshell.labengine import load_lab, shipped_lab_paths, verify
from cspshell.labengine.checks import CheckContext, run_check
from cspshell.labengine.model import CheckSpec, Pick
from cspshell.labengine.values import pick_values
from cspshell.objects.psobject import PSObject
from cspshell.session import Session
from cspshell.topology import load_topology, sample_path


def timed(action: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def bench_verify() -> None:
    print("verify (solution + wrong answers), seed 0:")
    for path in shipped_lab_paths():
        lab = load_lab(path)
        seconds, rows = timed(lambda: verify(lab, 0))
        print(f"  {lab.name:16} {len(rows):3} checks  {seconds:6.2f} s")


def bench_pick() -> None:
    topology = load_topology(sample_path("scale-100k"))
    pick = (Pick("user", "user", {"pool_kind": "EnterpriseFrontEnd"}),)
    tracemalloc.start()
    seconds, values = timed(lambda: pick_values(topology, "bench", pick, 7))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"pick a user among {len(topology.users):,}: {seconds * 1000:.0f} ms, "
          f"peak {peak / 2**20:.1f} MiB ({values['user']})")


def bench_output_check() -> None:
    output = [PSObject([("Name", f"user{n:04}"), ("Fqdn", f"fe{n % 8}.contoso.com")], typenames=["X"])
              for n in range(1000)]
    context = CheckContext(Session(), {}, lambda: output, lambda name, default: default)
    contains = CheckSpec("output_contains", "x", {"values": ["user0999", "fe7.contoso.com"], "in_order": True})
    shaped = CheckSpec("output_object", "x", {"properties": {"Name": "user0999"}})
    for spec in (contains, shaped):
        seconds, result = timed(lambda: run_check(context, spec))
        print(f"{spec.kind} over 1,000 objects: {seconds * 1000:.0f} ms (passed: {result.passed})")


if __name__ == "__main__":
    bench_verify()
    bench_pick()
    bench_output_check()
