"""Figures for the Lync cmdlets on the 100,000-user sample (prints them; asserts nothing).

Run from the repository root: ``python tests/benchmarks/bench_lync.py [sample] [repeats]``.
Each figure is the median and the best of ``repeats`` runs of one input unit through the
engine, output formatted into a capture host (what a console would print, minus the
terminal), after the topology is loaded. Targets (issue 6): the ``Group-Object`` pipeline
under 2 s. The machine's load average is printed first: on a shared machine the figures
move with it, so compare before/after runs made in the same minute.
"""
from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from cspshell.language.context import CaptureHost  # noqa: E402
from cspshell.language.engine import Engine  # noqa: E402
from cspshell.session import Session  # noqa: E402
from cspshell.topology import sample_path  # noqa: E402

POOL = "dal-pool01.scale.contoso.com"
CASES = (
    ("Get-CsUserPoolInfo, one user", "Get-CsUserPoolInfo -Identity user000042@scale.contoso.com"),
    ("Get-CsUser | Measure-Object", "Get-CsUser | Measure-Object"),
    ("Get-CsUser -Filter {RegistrarPool -eq ...} | Measure-Object",
     f'Get-CsUser -Filter {{RegistrarPool -eq "{POOL}"}} | Measure-Object'),
    ("Get-CsUser -Filter {DisplayName -like ...} | Measure-Object (no index)",
     'Get-CsUser -Filter {DisplayName -like "*7"} | Measure-Object'),
    ("Get-CsUser | Group-Object RegistrarPool -NoElement (every ADUser record filled)",
     "Get-CsUser | Group-Object RegistrarPool -NoElement"),
    ("Get-CsUser | Get-CsUserPoolInfo | Group-Object {$_.PrimaryPoolMachinesInPreferredOrder[0]}",
     "Get-CsUser | Get-CsUserPoolInfo | Group-Object {$_.PrimaryPoolMachinesInPreferredOrder[0]}"),
)


def first_user(session: Session) -> str:
    """Return the SIP address of the sample's first user (the one-user case's identity)."""
    return next(iter(session.topology.iter_users())).sip_address


def timed(engine: Engine, text: str, repeats: int) -> tuple[float, float, float, int]:
    """Return (median seconds, best seconds, best CPU seconds, lines printed) of running
    ``text`` ``repeats`` times. CPU time moves less than wall time with the machine's load."""
    times = []
    cpu = []
    lines = 0
    for _ in range(repeats):
        engine.host.lines.clear()
        start, start_cpu = time.perf_counter(), time.process_time()
        engine.run(text, history=False)
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
        lines = len(engine.host.lines)
    return statistics.median(times), min(times), min(cpu), lines


def load_average() -> str:
    """Return the 1, 5 and 15-minute load averages (empty where the system has none)."""
    try:
        return " ".join(f"{load:.2f}" for load in os.getloadavg())
    except (AttributeError, OSError):
        return ""


def calibration() -> float:
    """Return the best of three runs of a fixed pure-Python loop, in seconds: this machine's
    speed at the moment (on a shared virtual machine it moves by 1.5x within minutes), to
    read the figures against."""
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        total = 0
        for i in range(2_000_000):
            total += i & 7
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    sample = sys.argv[1] if len(sys.argv) > 1 else "scale-100k"
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    print(f"load average {load_average()} on {os.cpu_count()} CPUs; median / best of {repeats} runs; "
          f"calibration loop {calibration():.3f} s")
    start = time.perf_counter()
    session = Session(sample_path(sample))   # loads on first use, as the shell does
    topology = session.topology
    print(f"load {sample}: {time.perf_counter() - start:.2f} s ({len(topology.users):,} users)")
    engine = Engine(CaptureHost(), session)
    user = first_user(session)
    print(f"{'median':>10} {'best':>10} {'best CPU':>10}")
    for label, text in CASES:
        text = text.replace("user000042@scale.contoso.com", user)
        median, best, best_cpu, lines = timed(engine, text, repeats)
        print(f"{median:8.3f} s {best:8.3f} s {best_cpu:8.3f} s  {label}  ({lines} lines)")


if __name__ == "__main__":
    main()
