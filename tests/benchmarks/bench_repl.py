"""Interactive shell figures: time to first prompt, and completion latency per key press
on the 1,000,000-user topology.

1. Time to first prompt: starts ``python -m cspshell -NoProfile -NoLogo`` in a
   pseudo-terminal (pexpect) on the default topology and times until the prompt is drawn;
   the median of RUNS starts (target: under 0.25 s). Then, in this process, where the time
   goes: imports, topology, engine, prompt_toolkit session.
2. Completion latency: loads ``scale-1m`` (the first load generates and caches the million
   users; later loads read the compiled cache), builds the user prefix index once (the
   shell does this in a background thread at start) and the command table, then completes
   each line of LINES
   character by character, as typing with Tab after every key would, and prints the
   median and worst time per key press (target: under 50 ms).

Run from the repo root: python tests/benchmarks/bench_repl.py [RUNS]
"""
from __future__ import annotations

import gc
import io
import os
import statistics
import sys
import tempfile
import time
from types import SimpleNamespace

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
sys.path.insert(0, REPO)

LINES = (
    "Get-CsUserPoolInfo -Identity user0004242@scale.contoso.com",
    "Get-CsUserPoolInfo 'User 0777",
    "Move-CsUser sip:user0123456@scale.contoso.com dal-pool0",
    "Get-CsUserPoolInfo user0000001@scale.contoso.com | Select-Object -ExpandProperty Prim",
    "Get-CsUser -Identity user0999999@scale.contoso.com | Where-Object { $_.Regis",
    "g-csupi -Ide",
)


def time_to_first_prompt(runs: int) -> list[float]:
    """Seconds from spawning the shell to its prompt, ``runs`` times."""
    import pexpect
    times = []
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, XDG_STATE_HOME=os.path.join(home, "state"),
                   XDG_CONFIG_HOME=os.path.join(home, "config"), TERM="xterm", NO_COLOR="1",
                   PROMPT_TOOLKIT_NO_CPR="1", PYTHONPATH=REPO)
        for _ in range(runs):
            started = time.perf_counter()
            child = pexpect.spawn(sys.executable, ["-m", "cspshell", "-NoProfile", "-NoLogo"], cwd=REPO,
                                  env=env, encoding="utf-8", dimensions=(40, 120), timeout=60)
            child.expect_exact("PS C:\\Users\\Administrator>")
            times.append(time.perf_counter() - started)
            child.sendeof()
            child.expect(pexpect.EOF)
            child.close()
    return times


def start_up_breakdown() -> dict[str, float]:
    """Where the start-up time goes, measured in this process (imports are cold only on
    the first call)."""
    marks = [time.perf_counter()]
    from cspshell.cli import make_session
    from cspshell.language.engine import Engine
    from cspshell.repl.app import Shell
    from cspshell.repl.host import TerminalHost
    import prompt_toolkit.shortcuts  # noqa: F401
    marks.append(time.perf_counter())
    opts = SimpleNamespace(topology=None, nologo=True, noprofile=True, noninteractive=False)
    session = make_session(opts)
    session.topology
    marks.append(time.perf_counter())
    host = TerminalHost(io.StringIO(), io.StringIO())
    shell = Shell(Engine(host, session, interactive=True), opts, colour=False)
    shell.start()
    marks.append(time.perf_counter())
    shell.build_prompt()
    marks.append(time.perf_counter())
    names = ("imports", "topology", "engine", "prompt session")
    return {name: marks[i + 1] - marks[i] for i, name in enumerate(names)}


def completion_latency() -> None:
    from cspshell.language.context import CaptureHost
    from cspshell.language.engine import Engine
    from cspshell.repl.completion import CompletionEngine
    from cspshell.session import Session, sample_topology_path
    started = time.perf_counter()
    session = Session(sample_topology_path("scale-1m"))
    users = len(session.topology.users)
    print(f"scale-1m: {users:,} users loaded in {time.perf_counter() - started:.2f} s")
    engine = Engine(CaptureHost(), session)
    completer = CompletionEngine(engine.ctx)
    started = time.perf_counter()
    completer.users().ensure()
    print(f"user prefix index built in {time.perf_counter() - started:.2f} s (background thread in the shell)")
    gc.freeze()  # as the shell's warm-up does once the index is built
    started = time.perf_counter()
    completer.complete("Get-")
    print(f"first completion (imports every command family; the shell warms this up in the "
          f"background): {(time.perf_counter() - started) * 1000:.1f} ms")
    timed: list[tuple[float, str]] = []
    for line in LINES:
        for end in range(1, len(line) + 1):
            started = time.perf_counter()
            completer.complete(line[:end])
            timed.append(((time.perf_counter() - started) * 1000, line[:end]))
    timed.sort()
    per_key = [ms for ms, _ in timed]
    print(f"completion on {len(per_key)} key presses: median {statistics.median(per_key):.2f} ms, "
          f"95th {per_key[int(len(per_key) * 0.95)]:.2f} ms, worst {per_key[-1]:.2f} ms (target < 50 ms)")
    print(f"  slowest: {timed[-1][1]!r}")


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    times = time_to_first_prompt(runs)
    print(f"time to first prompt (default topology, {runs} runs): median {statistics.median(times):.3f} s, "
          f"best {min(times):.3f} s (target < 0.25 s)")
    for name, seconds in start_up_breakdown().items():
        print(f"  {name:<15} {seconds:.3f} s")
    completion_latency()


if __name__ == "__main__":
    main()
