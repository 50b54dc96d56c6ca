"""Shared helpers of the lab tests: a whole shell (engine, captured host, session) that
runs PowerShell text as typed, a fake wall clock, and a small lab file to play with."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from cspshell.language.context import CaptureHost
from cspshell.language.engine import Engine
from cspshell.session import Session

REPO_ROOT = Path(__file__).resolve().parents[3]
LABS_DIR = REPO_ROOT / "cspshell" / "labs"


class Shell:
    """An engine over a fresh session; ``run`` returns what one input unit printed."""

    def __init__(self, width: int = 120):
        self.host = CaptureHost(width)
        self.engine = Engine(self.host, Session())

    @property
    def ctx(self) -> Any:
        return self.engine.ctx

    def run(self, text: str) -> str:
        """Run one input unit; return the text it added to the host."""
        before = len(self.host.lines)
        self.engine.run(text)
        return "\n".join(self.host.lines[before:])


class FakeClock:
    """A wall clock that moves only when told to."""

    def __init__(self, start: float = 1_000_000.0):
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


# A two-task lab on the seed's topology; tests write it to a temporary folder.
SMALL_LAB = """\
format: 1
name: small
order: 9
title: A small lab
summary: Two tasks for the tests.
topology: default
parameters:
  user:
    pick: user
    pool: ls14pool.beta.deitterick.com
values:
  first: {fn: preferred_fqdn, user: "{user}", index: 0}
briefing: |
  Work with {user}.
tasks:
  - title: Show the pools
    instructions: Show {user}'s pools.
    hints:
      concept: The concept of {user}.
      cmdlet: The cmdlet.
      parameters: "Get-CsUserPoolInfo {user}"
    checks:
      - say: shows the primary pool
        output_contains:
          values: [ls14pool.beta.deitterick.com]
        wrong:
          - Get-CsUser {user} | Select-Object SipAddress
    solution:
      - Get-CsUserPoolInfo {user}
  - title: Name the registrar
    instructions: Store it in $registrar.
    hints:
      concept: First machine.
      cmdlet: Index it.
      parameters: "$registrar = ..."
    checks:
      - say: $registrar holds the primary registrar
        variable:
          name: registrar
          equals: "{first}"
        wrong:
          - $registrar = 'nobody.beta.deitterick.com'
    solution:
      - $registrar = (Get-CsUserPoolInfo {user}).PrimaryPoolMachinesInPreferredOrder[0].Fqdn
"""


def write_small_lab(folder: Path, text: str = SMALL_LAB, name: str = "small.yaml") -> Path:
    """Write a lab file into ``folder``; return its path."""
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path
