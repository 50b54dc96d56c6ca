"""Figures for redirection. Run on demand, from the repository root:

    python tests/benchmarks/bench_redirection.py [--objects N]

It prints, and never asserts:
  * `1..N > file`, `1..N >> file` and `1..N | Out-File file`: microseconds per object written;
  * `1..N | ForEach-Object { Write-Warning $_ } 3>&1 | Measure-Object`: microseconds per merged
    record (each warning becomes a WarningRecord in the success stream);
  * `1..N | ForEach-Object { $_ } | Measure-Object` with and without a `2>$null` on the middle
    command: what binding a redirection costs a stage that writes nothing to it;
  * the peak memory (tracemalloc) of `1..N > file` beside `1..N | Out-Null`: the file is written
    as objects come, so it adds nothing to what the range itself holds.
In-process figures use CaptureHost, so no console time is included.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO_ROOT))

from cspshell.language.context import CaptureHost  # noqa: E402  (after the path set-up above)
from cspshell.language.engine import Engine  # noqa: E402


def timed(text: str, folder: str) -> float:
    """Seconds a fresh engine (working in ``folder``) takes to run ``text``."""
    engine = Engine(CaptureHost())
    engine.ctx.cwd = folder
    engine.run("$null = 0")  # warm the command table and the formatter outside the timing
    start = time.perf_counter()
    engine.run(text)
    return time.perf_counter() - start


def peak_bytes(text: str, folder: str) -> int:
    """Peak traced memory while ``text`` runs."""
    engine = Engine(CaptureHost())
    engine.ctx.cwd = folder
    engine.run("$null = 0")
    tracemalloc.start()
    engine.run(text)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--objects", type=int, default=100_000)
    n = parser.parse_args().objects
    with tempfile.TemporaryDirectory() as folder:
        cases = [
            ("1..N > file", f"1..{n} > out.txt"),
            ("1..N >> file", f"1..{n} >> append.txt"),
            ("1..N | Out-File file", f"1..{n} | Out-File piped.txt"),
            ("warnings merged 3>&1", f"1..{n} | ForEach-Object {{ Write-Warning $_ }} 3>&1 | Measure-Object"),
            ("ForEach-Object, no redirection", f"1..{n} | ForEach-Object {{ $_ }} | Measure-Object"),
            ("ForEach-Object 2>$null", f"1..{n} | ForEach-Object {{ $_ }} 2>$null | Measure-Object"),
        ]
        print(f"{n} objects:")
        for label, text in cases:
            seconds = timed(text, folder)
            print(f"  {label:32} {seconds / n * 1e6:8.2f} us/object")
        baseline = peak_bytes(f"1..{n} | Out-Null", folder)  # the range itself is an array of N numbers
        small, large = (peak_bytes(f"1..{count} > mem{count}.txt", folder) for count in (n // 10, n))
        print(f"  peak memory of 1..N > file: {small / 1e6:6.2f} MB at N/10, {large / 1e6:6.2f} MB at N "
              f"(1..N | Out-Null: {baseline / 1e6:6.2f} MB)")
        print(f"  file size for N: {os.path.getsize(os.path.join(folder, 'out.txt'))} bytes")


if __name__ == "__main__":
    main()
