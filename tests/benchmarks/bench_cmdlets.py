"""Figures for the core cmdlets: Sort-Object and Group-Object on 100,000 objects, and the
per-object cost of Where-Object / ForEach-Object through the language engine.

Run from the repository root: ``python tests/benchmarks/bench_cmdlets.py [count]``. It
prints figures; it asserts nothing (pytest does not collect bench_*.py).
"""
from __future__ import annotations

import os
import sys
import time
import tracemalloc
from typing import Any, Callable

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))

from cspshell.cmdlets import load_all, registry  # noqa: E402
from cspshell.objects.psobject import PSObject  # noqa: E402

POOLS = ("ls14pool.beta.deitterick.com", "beta-ls14-se1.beta.deitterick.com", "beta-ls14-se2.beta.deitterick.com")


class _Ctx:
    """The few context members Sort-Object and Group-Object touch."""

    width = 120
    enumeration_limit = 4
    session = None

    def write_error(self, record: Any, command: Any = None) -> None:
        raise AssertionError(record.message)


class _Invocation:
    def __init__(self, name: str):
        self.name = name
        self.extent = None


def users(count: int) -> list[PSObject]:
    """Deterministic user-like objects (no randomness: a multiplicative hash of the index)."""
    out = []
    for i in range(count):
        key = (i * 2654435761) % 1000003
        out.append(PSObject([("SipAddress", f"sip:user{key:07d}@beta.deitterick.com"),
                             ("RegistrarPool", POOLS[key % 3]), ("Ordinal", key)]))
    return out


def run_cmdlet(name: str, params: dict, inputs: list) -> list:
    info = registry.lookup(name)
    cmd = info.impl(_Ctx(), _Invocation(name), dict(params))
    out = list(cmd.begin() or [])
    for item in inputs:
        cmd.input = item
        out.extend(cmd.process() or [])
    out.extend(cmd.end() or [])
    return out


def measure(label: str, count: int, action: Callable[[], Any], memory: bool = False) -> None:
    """Time one run; with ``memory``, a second traced run reports the peak allocation."""
    start = time.perf_counter()
    action()
    elapsed = time.perf_counter() - start
    line = f"{label:<48} {elapsed:8.3f} s  {count / elapsed:>11,.0f} objects/s"
    if memory:
        tracemalloc.start()
        action()
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        line += f"  peak {peak / 2**20:7.1f} MiB"
    print(line)


def engine_figures(count: int) -> None:
    from cspshell.language.context import CaptureHost
    from cspshell.language.engine import Engine
    engine = Engine(CaptureHost())
    for label, text in (
        ("engine: 1..N | Where-Object { $_ % 3 -eq 0 }", f"$null = 1..{count} | Where-Object {{ $_ % 3 -eq 0 }}"),
        ("engine: 1..N | Where-Object { $_ } | Measure-Object", f"$null = 1..{count} | Where-Object {{ $_ }} | Measure-Object"),
        ("engine: 1..N | ForEach-Object { $_ * 2 }", f"$null = 1..{count} | ForEach-Object {{ $_ * 2 }}"),
        ("engine: 1..N | Sort-Object -Descending", f"$null = 1..{count} | Sort-Object -Descending"),
    ):
        start = time.perf_counter()
        engine.run(text, history=False)
        elapsed = time.perf_counter() - start
        print(f"{label:<48} {elapsed:8.3f} s  {elapsed / count * 1e6:8.2f} us/object")


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    load_all()
    data = users(count)
    print(f"{count:,} objects")
    measure("Sort-Object SipAddress (strings)", count, lambda: run_cmdlet("Sort-Object", {"Property": ["SipAddress"]}, data))
    measure("Sort-Object Ordinal -Descending (numbers)", count,
            lambda: run_cmdlet("Sort-Object", {"Property": ["Ordinal"], "Descending": True}, data))
    measure("Sort-Object RegistrarPool, Ordinal", count,
            lambda: run_cmdlet("Sort-Object", {"Property": ["RegistrarPool", "Ordinal"]}, data))
    measure("Group-Object RegistrarPool", count, lambda: run_cmdlet("Group-Object", {"Property": ["RegistrarPool"]}, data))
    measure("Group-Object RegistrarPool -NoElement", count,
            lambda: run_cmdlet("Group-Object", {"Property": ["RegistrarPool"], "NoElement": True}, data), memory=True)
    measure("Select-Object SipAddress, RegistrarPool", count,
            lambda: run_cmdlet("Select-Object", {"Property": ["SipAddress", "RegistrarPool"]}, data))
    measure("Measure-Object Ordinal -Sum -Average", count,
            lambda: run_cmdlet("Measure-Object", {"Property": ["Ordinal"], "Sum": True, "Average": True}, data),
            memory=True)
    engine_figures(count)


if __name__ == "__main__":
    main()
