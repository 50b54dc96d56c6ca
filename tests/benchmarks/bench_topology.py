"""Topology benchmarks: prints figures, asserts nothing (pytest does not collect bench_*).

    python tests/benchmarks/bench_topology.py            # 100k and 1M users
    python tests/benchmarks/bench_topology.py --quick    # 100k only

Targets (issue 4): the 100,000-user sample ready in under 0.15 s from the compiled cache;
1,000,000 users under 1.5 s from cache and under 1.5 GiB resident; user look-ups by SIP
address, UPN, SamAccountName and display name in constant time (the same at 100k and 1M).
Every load runs in a fresh subprocess so that timings and peak RSS are its own.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Runs in a child process: load, then time look-ups; prints one JSON line.
CHILD = r"""
import json, resource, sys, time
from cspshell.topology import load_topology, sample_path
sample, cache_dir, users = sys.argv[1], sys.argv[2], sys.argv[3]
start = time.perf_counter()
topology = load_topology(sample_path(sample), cache_dir=cache_dir,
                         generated_users=int(users) if users != "-" else None)
load = time.perf_counter() - start
count = len(topology.users)
step = max(count // 2000, 1)
numbers = range(1, count, step)
def per_call(make, lookup):
    keys = [make(n) for n in numbers]
    begin = time.perf_counter()
    for key in keys:
        lookup(key)
    return (time.perf_counter() - begin) / len(keys) * 1e6
figures = {
    "users": count,
    "load_s": load,
    "rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    "sip_us": per_call(lambda n: f"sip:user{n:07}@scale.contoso.com", topology.user_by_sip),
    "upn_us": per_call(lambda n: f"user{n:07}@scale.contoso.com", topology.user_by_upn),
    "sam_us": per_call(lambda n: f"SCALE\\user{n:07}", topology.user_by_logon),
    "display_us": per_call(lambda n: f"User {n:07}", topology.users_by_display_name),
    "resolve_us": per_call(lambda n: f"user{n:07}@scale.contoso.com", topology.resolve_users),
}
begin = time.perf_counter()
first = next(topology.users_in_pool("sea-pool01.scale.contoso.com"))
figures["first_in_pool_ms"] = (time.perf_counter() - begin) * 1e3
begin = time.perf_counter()
matches = sum(1 for _ in topology.users_by_display_name("User 00012*"))
figures["wildcard_ms"] = (time.perf_counter() - begin) * 1e3
print(json.dumps(figures))
"""


def run_child(sample: str, cache_dir: str, users: str = "-") -> dict:
    """Return the figures a fresh process measures for one load."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    output = subprocess.run([sys.executable, "-c", CHILD, sample, cache_dir, users],
                            capture_output=True, text=True, env=env, check=True).stdout
    return json.loads(output.strip().splitlines()[-1])


def report(label: str, figures: dict, target_s: float = 0.0, target_mib: float = 0.0) -> None:
    verdict = ""
    if target_s:
        verdict = "  (target < %.2f s: %s)" % (target_s, "met" if figures["load_s"] < target_s
                                                else "MISSED")
    if target_mib:
        verdict += "  (RSS target < %.0f MiB: %s)" % (
            target_mib, "met" if figures["rss_mib"] < target_mib else "MISSED")
    print(f"{label:<34} {figures['users']:>9,} users  load {figures['load_s']:7.3f} s  "
          f"peak RSS {figures['rss_mib']:7.1f} MiB{verdict}")
    print(f"{'':<34} look-ups (µs): SIP {figures['sip_us']:.1f}  UPN {figures['upn_us']:.1f}  "
          f"DOMAIN\\sam {figures['sam_us']:.1f}  display name {figures['display_us']:.1f}  "
          f"any form {figures['resolve_us']:.1f}")
    print(f"{'':<34} first user of a pool {figures['first_in_pool_ms']:.2f} ms; "
          f"display-name wildcard over all users {figures['wildcard_ms']:.1f} ms")


def bench_scale(sample: str, users: str, cache_dir: str, label: str, target_s: float,
                target_mib: float = 0.0) -> None:
    report(f"{label}, cache miss (build)", run_child(sample, cache_dir, users))
    runs = [run_child(sample, cache_dir, users) for _ in range(3)]
    best = min(runs, key=lambda figures: figures["load_s"])
    report(f"{label}, from cache (best of 3)", best, target_s, target_mib)


def bench_small(cache_dir: str) -> None:
    from cspshell.topology import load_topology, sample_path
    for name in ("default", "two-datacenter"):
        begin = time.perf_counter()
        topology = load_topology(sample_path(name), cache_dir=cache_dir)
        print(f"{name + '.yaml':<34} {len(topology.users):>9,} users  load "
              f"{time.perf_counter() - begin:7.3f} s (parsed and validated, not cached)")


def bench_yaml_parsing(folder: Path) -> None:
    """How fast explicit users in YAML load: why big lists belong in generators or CSV."""
    from cspshell.topology import load_topology, sample_path
    from cspshell.topology.writer import dump_topology
    topology = load_topology(sample_path("scale-100k"), generated_users=20_000,
                             cache_dir=str(folder / "c"))
    for threshold, kind in ((10**9, "YAML"), (0, "CSV")):
        [*_, written] = dump_topology(topology, folder / f"explicit-{kind}.yaml",
                                      csv_threshold=threshold)
        begin = time.perf_counter()
        load_topology(written, use_cache=False)
        seconds = time.perf_counter() - begin
        print(f"20,000 explicit users in {kind:<5}          load {seconds:7.3f} s "
              f"(about {seconds * 5:.1f} s per 100,000)")
    begin = time.perf_counter()
    dump_topology(topology, folder / "export.yaml")
    print(f"export of 20,000 users (atomic, CSV)  {time.perf_counter() - begin:7.3f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="skip the 1,000,000-user runs")
    arguments = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    with tempfile.TemporaryDirectory(prefix="cspshell-bench-") as folder:
        bench_small(folder)
        bench_scale("scale-100k", "-", folder, "scale-100k.yaml", 0.15)
        if not arguments.quick:
            bench_scale("scale-1m", "-", folder, "scale-1m.yaml", 1.5, 1536)
        bench_yaml_parsing(Path(folder))


if __name__ == "__main__":
    main()
