"""Figures for the language engine (issue 2). Run on demand, from the repository root:

    python tests/benchmarks/bench_engine.py [--runs N] [--objects N]

It prints, and never asserts:
  * start-up: median wall time of `python -m cspshell -NoProfile -Command 1` against
    `python -c pass` (target: within 4x of bare Python);
  * `1..N | Where-Object { $_ % 7 -eq 0 } | Measure-Object`: microseconds per object
    (target: under 5; Windows PowerShell 5.1 needs about 24);
  * a `foreach` statement: microseconds per iteration;
  * `for`, `ForEach-Object` and a Where-Object whose block does nothing, for comparison.
In-process figures use CaptureHost, so no console time is included.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO_ROOT))

from cspshell.language.context import CaptureHost  # noqa: E402  (after the path set-up above)
from cspshell.language.engine import Engine  # noqa: E402


def median_seconds(argv: list[str], runs: int) -> float:
    """Median wall time of ``runs`` launches of ``argv`` (output discarded)."""
    env = dict(os.environ, PYTHONPATH=str(REPO_ROOT))
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=str(REPO_ROOT),
                       check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def startup(runs: int) -> None:
    """Print the start-up figures."""
    bare = median_seconds([sys.executable, "-c", "pass"], runs)
    shell = median_seconds([sys.executable, "-m", "cspshell", "-NoProfile", "-Command", "1"], runs)
    print(f"start-up (median of {runs}):")
    print(f"  python -c pass                          {bare * 1000:8.1f} ms")
    print(f"  python -m cspshell -NoProfile -Command 1 {shell * 1000:8.1f} ms   ratio {shell / bare:4.1f}x"
          "   (target <= 4x)")


def timed_run(text: str) -> tuple[float, list[str]]:
    """Seconds one fresh engine takes to run ``text``, and what it printed."""
    host = CaptureHost()
    engine = Engine(host)
    engine.run("$null = 0")  # warm the command table and the formatter outside the timing
    start = time.perf_counter()
    engine.run(text)
    return time.perf_counter() - start, host.lines


def per_item(label: str, text: str, count: int, repeats: int = 3) -> None:
    """Print the best of ``repeats`` runs of ``text`` as microseconds per item."""
    best = min(timed_run(text)[0] for _ in range(repeats))
    print(f"  {label:<58} {best / count * 1e6:8.2f} us/item   ({best:.3f} s for {count})")


def throughput(count: int) -> None:
    """Print the in-process figures for ``count`` objects."""
    print(f"in-process, {count} objects (best of 3):")
    _, lines = timed_run(f"1..{count} | Where-Object {{ $_ % 7 -eq 0 }} | Measure-Object | ForEach-Object Count")
    expected = str(count // 7)
    if lines != [expected]:
        print(f"  WARNING: the Where-Object pipeline printed {lines[:3]}, expected [{expected!r}]")
    per_item("1..N | Where-Object { $_ % 7 -eq 0 } | Measure-Object  [target < 5]",
             f"1..{count} | Where-Object {{ $_ % 7 -eq 0 }} | Measure-Object | Out-Null", count)
    per_item("1..N | Where-Object { $true }  (pipeline cost alone)", f"$null = 1..{count} | Where-Object {{ $true }}",
             count)
    per_item("foreach ($i in 1..N) { $s += $i % 7 }", f"$s = 0; foreach ($i in 1..{count}) {{ $s += $i % 7 }}", count)
    per_item("for ($i = 0; $i -lt N; $i++) { }", f"for ($i = 0; $i -lt {count}; $i++) {{ }}", count)
    per_item("1..N | ForEach-Object { $_ }", f"$null = 1..{count} | ForEach-Object {{ $_ }}", count)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=9, help="process launches per start-up figure")
    parser.add_argument("--objects", type=int, default=100_000, help="objects per throughput figure")
    args = parser.parse_args()
    print(f"Python {sys.version.split()[0]} on {sys.platform}; load average "
          f"{', '.join(f'{x:.2f}' for x in os.getloadavg()) if hasattr(os, 'getloadavg') else 'n/a'}")
    startup(args.runs)
    throughput(args.objects)


if __name__ == "__main__":
    main()
