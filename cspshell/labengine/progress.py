"""A lab in progress: which task is current, attempts, hints used and time per task.

``LabRun`` is plain state with methods; the wall clock is a function handed in (tests
give a fake one), and it is used only for the instructor's report, never for what the
shell prints. The toolbar of the interactive shell shows ``toolbar_segment``.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any, Callable, Optional

from .model import LabDefinition, Task

RUN_KEY = "lab"
NOT_STARTED, CURRENT, PASSED, STOPPED = "NotStarted", "Current", "Passed", "Stopped"


@dataclass
class TaskProgress:
    """What happened on one task."""

    attempts: int = 0
    hints: int = 0
    started: Optional[float] = None
    finished: Optional[float] = None
    status: str = NOT_STARTED

    def seconds(self, now: float) -> float:
        """Return the wall seconds spent on the task so far (0 before it started)."""
        if self.started is None:
            return 0.0
        return max(0.0, (self.finished if self.finished is not None else now) - self.started)


@dataclass
class LabRun:
    """One trainee's run of one lab with one seed."""

    definition: LabDefinition
    seed: int
    values: dict[str, Any]
    clock: Callable[[], float] = time.time
    lab_clock_start: int = 0
    current: int = 0
    started: float = 0.0
    finished: Optional[float] = None
    stopped: bool = False
    tasks: list[TaskProgress] = field(default_factory=list)
    # Output lists of input units that are not the trainee's answers (lab commands, and
    # everything before the lab started); compared by identity.
    ignored_units: list[list] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.started = self.clock()
        self.tasks = [TaskProgress() for _ in self.definition.tasks]
        if self.tasks:
            self._begin(0)

    # -- where the trainee is -------------------------------------------------------------
    @property
    def complete(self) -> bool:
        """True when every task has passed."""
        return self.current >= len(self.definition.tasks)

    @property
    def active(self) -> bool:
        """True while the lab runs (not complete, not stopped)."""
        return not self.complete and not self.stopped

    @property
    def task(self) -> Optional[Task]:
        """Return the current task, or None when the lab is complete."""
        return None if self.complete else self.definition.tasks[self.current]

    @property
    def progress(self) -> TaskProgress:
        """Return the progress record of the current task."""
        return self.tasks[min(self.current, len(self.tasks) - 1)]

    @property
    def passed(self) -> int:
        """Return how many tasks have passed."""
        return sum(1 for task in self.tasks if task.status == PASSED)

    # -- events ---------------------------------------------------------------------------
    def attempt(self, passed: bool) -> None:
        """Count a Test-CsLabTask on the current task; on success move to the next one."""
        progress = self.progress
        progress.attempts += 1
        if not passed:
            return
        progress.finished = self.clock()
        progress.status = PASSED
        self.current += 1
        if self.complete:
            self.finished = progress.finished
        else:
            self._begin(self.current)

    def next_hint(self) -> tuple[int, bool]:
        """Return the number (1-based) of the hint to show and whether it is new; a new
        hint is counted, asking again after the last one shows the last one again."""
        progress = self.progress
        available = len(self.task.hints.ordered()) if self.task is not None else 0
        if progress.hints < available:
            progress.hints += 1
            return progress.hints, True
        return available, False

    def stop(self) -> None:
        """End the run before it is complete; the current task is marked stopped."""
        if self.active:
            self.progress.status = STOPPED
            self.progress.finished = self.clock()
        self.stopped = True
        if self.finished is None:
            self.finished = self.clock()

    def _begin(self, index: int) -> None:
        self.tasks[index].status = CURRENT
        self.tasks[index].started = self.clock()

    # -- totals ---------------------------------------------------------------------------
    def elapsed(self) -> float:
        """Return the wall seconds since the lab started (until it ended)."""
        return max(0.0, (self.finished if self.finished is not None else self.clock()) - self.started)

    def total_attempts(self) -> int:
        """Return the attempts on every task."""
        return sum(task.attempts for task in self.tasks)

    def total_hints(self) -> int:
        """Return the hints used on every task."""
        return sum(task.hints for task in self.tasks)

    # -- the trainee's pipelines ----------------------------------------------------------
    def ignore_unit(self, unit: list) -> None:
        """Remember an input unit whose output is not an answer (a lab command's)."""
        if not any(unit is known for known in self.ignored_units):
            self.ignored_units.append(unit)

    def is_ignored(self, unit: list) -> bool:
        """True when the unit's output is not an answer."""
        return any(unit is known for known in self.ignored_units)

    def forget_units_except(self, live: list) -> None:
        """Drop remembered units that the engine no longer keeps (bounded memory)."""
        self.ignored_units = [unit for unit in self.ignored_units if any(unit is kept for kept in live)]


def current_run(session: Any) -> Optional[LabRun]:
    """Return the session's lab run (running, complete or stopped), or None."""
    extras = getattr(session, "extras", None)
    return extras.get(RUN_KEY) if extras is not None else None


def toolbar_segment(session: Any) -> str:
    """Return the toolbar text of the running lab (empty when none):
    ``lab registrars: task 2/4, 1 hint``."""
    run = current_run(session)
    if run is None or run.stopped:
        return ""
    total = len(run.definition.tasks)
    if run.complete:
        return f"lab {run.definition.name}: complete ({total}/{total})"
    hints = run.total_hints()
    suffix = f", {hints} hint{'s' if hints != 1 else ''}" if hints else ""
    return f"lab {run.definition.name}: task {run.current + 1}/{total}{suffix}"
