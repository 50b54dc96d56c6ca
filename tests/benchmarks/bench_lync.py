"""Figures for the Lync cmdlets on the 100,000-user sample (prints them; asserts nothing).

Run from the repository root: ``python tests/benchmarks/bench_lync.py [sample] [repeats]``.
Each figure is the best of ``repeats`` runs of one input unit through the engine, output
formatted into a capture host (what a console would print, minus the terminal), after
the topology is loaded. Targets (issue 6): the ``Group-Object`` pipeline under 2 s.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from cspshell.language.context import CaptureHost  # noqa: E402
from cspshell.language.engine import Engine  # noqa: E402
from cspshell.session import Session  # noqa: E402
from cspshell.topology import load_topology, sample_path  # noqa: E402

POOL = "dal-pool01.scale.contoso.com"
CASES = (
    ("Get-CsUserPoolInfo, one user", "Get-CsUserPoolInfo -Identity user000042@scale.contoso.com"),
    ("Get-CsUser | Measure-Object", "Get-CsUser | Measure-Object"),
    ("Get-CsUser -Filter {RegistrarPool -eq ...} | Measure-Object",
     f'Get-CsUser -Filter {{RegistrarPool -eq "{POOL}"}} | Measure-Object'),
    ("Get-CsUser -Filter {DisplayName -like ...} | Measure-Object (no index)",
     'Get-CsUser -Filter {DisplayName -like "*7"} | Measure-Object'),
    ("Get-CsUser | Get-CsUserPoolInfo | Group-Object {$_.PrimaryPoolMachinesInPreferredOrder[0]}",
     "Get-CsUser | Get-CsUserPoolInfo | Group-Object {$_.PrimaryPoolMachinesInPreferredOrder[0]}"),
)


def first_user(session: Session) -> str:
    """Return the SIP address of the sample's first user (the one-user case's identity)."""
    return next(iter(session.topology.iter_users())).sip_address


def timed(engine: Engine, text: str, repeats: int) -> tuple[float, int]:
    """Return (best seconds, lines printed) of running ``text`` ``repeats`` times."""
    best = float("inf")
    lines = 0
    for _ in range(repeats):
        engine.host.lines.clear()
        start = time.perf_counter()
        engine.run(text, history=False)
        best = min(best, time.perf_counter() - start)
        lines = len(engine.host.lines)
    return best, lines


def main() -> None:
    sample = sys.argv[1] if len(sys.argv) > 1 else "scale-100k"
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    start = time.perf_counter()
    topology = load_topology(sample_path(sample))
    print(f"load {sample}: {time.perf_counter() - start:.2f} s ({len(topology.users):,} users)")
    session = Session(sample_path(sample), topology)
    engine = Engine(CaptureHost(), session)
    user = first_user(session)
    for label, text in CASES:
        text = text.replace("user000042@scale.contoso.com", user)
        seconds, lines = timed(engine, text, repeats)
        print(f"{seconds:8.3f} s  {label}  ({lines} lines)")


if __name__ == "__main__":
    main()
