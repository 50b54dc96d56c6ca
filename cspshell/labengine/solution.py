"""Running a lab's reference solution, and its wrong answers, through the checks.

Each run gets a fresh engine and session, so nothing the trainee did leaks in:

- the solution: start the lab, then for each task run its solution statements and its
  checks, and move on (every check must pass);
- each wrong answer: start the lab afresh, play the solutions of the tasks before, run
  the wrong statements, and run the one check they belong to (it must fail).

Test-CsLabDefinition prints these rows; the test suite asserts them for every shipped
lab and several seeds. The engine is imported here, on first use, because this module
drives whole shells (the rest of labengine only needs the context they hand in).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from .checks import CheckResult, run_check
from .model import LabDefinition
from .progress import LabRun
from .runtime import check_context, check_current_task, start
from .values import substitute


@dataclass(frozen=True)
class VerifyRow:
    """One check of a lab, verified: did the solution pass it, did its wrong answer fail it
    (None: the check has no wrong answer), and what went wrong if anything."""

    task: int
    check: str
    solution_passed: bool
    wrong_rejected: Optional[bool]
    detail: str = ""

    @property
    def ok(self) -> bool:
        """True when the solution passes and the wrong answer (if any) is rejected."""
        return self.solution_passed and self.wrong_rejected is not False


def verify(definition: LabDefinition, seed: int = 0, width: int = 120) -> list[VerifyRow]:
    """Return one row per check of the lab, in task order; LabStartError when the lab
    cannot even start."""
    solved = _solution_results(definition, seed, width)
    rows = []
    for index, task in enumerate(definition.tasks):
        for check, (result, note) in zip(task.checks, solved[index]):
            rejected = _wrong_rejected(definition, seed, width, index, check) if check.wrong else None
            detail = "; ".join(part for part in (result.detail, note) if part)
            if rejected is False:
                detail = "; ".join(part for part in (detail, "the wrong answer passes this check") if part)
            rows.append(VerifyRow(index + 1, result.say, result.passed, rejected, detail))
    return rows


def _shell(definition: LabDefinition, seed: int, width: int) -> tuple[Any, LabRun]:
    from ..language.context import CaptureHost
    from ..language.engine import Engine
    from ..session import Session
    engine = Engine(CaptureHost(width), Session())
    return engine, start(engine.ctx, definition, seed, clock=lambda: 0.0)


def _play(engine: Any, run: LabRun, statements: tuple[str, ...]) -> str:
    """Run statements as typed; return the first error they wrote (empty when none)."""
    errors = engine.ctx.errors
    before = len(errors)
    for statement in statements:
        engine.run(substitute(statement, run.values))
    if len(errors) > before:
        return f"the statements wrote an error: {errors[len(errors) - before - 1].message}"
    return ""


def _solution_results(definition: LabDefinition, seed: int,
                      width: int) -> list[list[tuple[CheckResult, str]]]:
    engine, run = _shell(definition, seed, width)
    results = []
    for task in definition.tasks:
        note = _play(engine, run, task.solution)
        checked = check_current_task(engine.ctx, run)
        results.append([(result, note if not result.passed else "") for result in checked])
        # Move on even after a failure, so every later task is still verified.
        run.attempt(True)
    return results


def _wrong_rejected(definition: LabDefinition, seed: int, width: int, index: int, check: Any) -> bool:
    engine, run = _shell(definition, seed, width)
    for task in definition.tasks[:index]:
        _play(engine, run, task.solution)
        run.attempt(True)
    _play(engine, run, check.wrong)
    return not run_check(check_context(engine.ctx, run), check).passed
