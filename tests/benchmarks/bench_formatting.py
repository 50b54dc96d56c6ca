"""Formatting throughput and memory: N objects through Format-Table / Format-List into
Out-File, the way ``... | Format-Table | Out-File x.txt`` runs.

Prints objects per second for N objects (default 100,000), then the peak traced memory for
N/100 and N/10 objects: the peak must not grow with the count (the formatter streams; a
table keeps only its look-ahead rows). Run from the repo root:
python tests/benchmarks/bench_formatting.py [N]
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
import tracemalloc
from typing import Any, Iterator

sys.path.insert(0, os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..")))

import cspshell.cmdlets.format  # noqa: E402,F401  (registers the cmdlets)
from cspshell.cmdlets import registry  # noqa: E402
from cspshell.objects.psobject import PSObject  # noqa: E402


class _Ctx:
    width = 120
    enumeration_limit = 4

    def __init__(self, folder: str):
        self.folder = folder

    def resolve_path(self, path: str) -> str:
        return os.path.join(self.folder, path)


class _Invocation:
    def __init__(self, name: str):
        self.name = name
        self.extent = None


def users(count: int) -> Iterator[PSObject]:
    """Synthetic user objects, made one at a time (nothing is kept)."""
    for i in range(count):
        yield PSObject([("SipAddress", f"sip:user{i:07d}@contoso.com"), ("Enabled", i % 7 != 0),
                        ("RegistrarPool", f"pool{i % 12:02d}.contoso.com"), ("Index", i)])


def _command(ctx: _Ctx, name: str, params: dict) -> Any:
    info = registry.lookup(name)
    cmd = info.impl(ctx, _Invocation(name), params)
    cmd.begin()
    return cmd


def pipeline(count: int, formatter: str, folder: str) -> None:
    """users | <formatter> | Out-File, streaming object by object."""
    ctx = _Ctx(folder)
    fmt = _command(ctx, formatter, {})
    out = _command(ctx, "Out-File", {"FilePath": f"{formatter}.txt", "Encoding": "utf8"})
    for user in users(count):
        fmt.input = user
        for record in fmt.process() or ():
            out.input = record
            out.process()
    for record in fmt.end() or ():
        out.input = record
        out.process()
    out.end()


def throughput(count: int, formatter: str) -> tuple[float, int]:
    """(objects per second, file size) for one untraced run."""
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        pipeline(count, formatter, folder)
        elapsed = time.perf_counter() - start
        size = os.path.getsize(os.path.join(folder, f"{formatter}.txt"))
    return count / elapsed, size


def peak_memory(count: int, formatter: str) -> int:
    """Peak traced bytes while formatting ``count`` objects (tracing slows the run down)."""
    with tempfile.TemporaryDirectory() as folder:
        tracemalloc.start()
        pipeline(count, formatter, folder)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return peak


def main() -> None:
    large = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    print(f"{'command':<14}{'objects':>10}{'objects/s':>12}{'file size':>12}")
    for formatter in ("Format-Table", "Format-List"):
        rate, size = throughput(large, formatter)
        print(f"{formatter:<14}{large:>10}{rate:>12,.0f}{size / 1e6:>10.1f}MB")
    print(f"\n{'command':<14}{'objects':>10}{'peak memory':>14}   (flat: the formatter streams)")
    for formatter in ("Format-Table", "Format-List"):
        for count in (max(large // 100, 1), max(large // 10, 1)):
            print(f"{formatter:<14}{count:>10}{peak_memory(count, formatter) / 1e6:>12.2f}MB")


if __name__ == "__main__":
    main()
