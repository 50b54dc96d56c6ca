"""What a lab is, once its YAML file has been read and validated: plain frozen data.

A lab (``cspshell/labs/<name>.yaml``) names a starting topology, a briefing and ordered
tasks. Each task carries three hints (concept, then cmdlet, then parameters), the checks
that decide whether it is done, and a reference solution; each check may carry a wrong
answer that must fail it. Values that differ per trainee (which user, which pool) are
*parameters* picked from the topology with a seed; *values* are computed from the
session once the lab has started. docs/labs.md describes the file format.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

FORMAT_VERSION = 1
HINT_KINDS = ("concept", "cmdlet", "parameters")


@dataclass(frozen=True)
class Hints:
    """A task's three hints, shown in this order by Get-CsLabHint."""

    concept: str
    cmdlet: str
    parameters: str

    def ordered(self) -> tuple[tuple[str, str], ...]:
        """Return (kind, text) pairs: concept, cmdlet, parameters."""
        return tuple((kind, getattr(self, kind)) for kind in HINT_KINDS)


@dataclass(frozen=True)
class CheckSpec:
    """One check of a task: its kind, what it verifies in words, and its settings.

    ``settings`` is the kind's mapping as written in the file (plain data; placeholders
    are substituted when the check runs). ``wrong`` is an answer the check must reject.
    """

    kind: str
    say: str
    settings: dict[str, Any]
    wrong: tuple[str, ...] = ()
    line: int = 0


@dataclass(frozen=True)
class Task:
    """One step of a lab."""

    title: str
    instructions: str
    hints: Hints
    checks: tuple[CheckSpec, ...]
    solution: tuple[str, ...]


@dataclass(frozen=True)
class Pick:
    """A per-trainee parameter: ``kind`` is user, pool or one_of; ``filters`` narrow it."""

    name: str
    kind: str
    filters: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class LabDefinition:
    """A validated lab file."""

    name: str
    title: str
    order: int
    summary: str
    topology: str
    briefing: str
    tasks: tuple[Task, ...]
    parameters: tuple[Pick, ...] = ()
    values: tuple[tuple[str, Any], ...] = ()
    setup: tuple[str, ...] = ()
    source: Optional[Path] = None

    def variable_names(self) -> list[str]:
        """Return the names of the variables the lab's checks read, in task order."""
        names: list[str] = []
        for task in self.tasks:
            for check in task.checks:
                name = check.settings.get("name") if check.kind == "variable" else None
                if name and name not in names:
                    names.append(str(name))
        return names

    @property
    def check_count(self) -> int:
        """Return how many checks the lab has in all."""
        return sum(len(task.checks) for task in self.tasks)
