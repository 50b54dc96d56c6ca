"""Running a lab in a shell: starting it, reading the trainee's last pipeline, and
evaluating PowerShell quietly for the checks.

These functions take the engine's execution context (``ctx``: ``session``,
``invoke_script``, ``get_var``, ``remove_var``, ``output_history``) and nothing else of
the engine, so the lab commands and the reference-solution runner share them.
"""
from __future__ import annotations

import time
from typing import Any, Callable, Optional

from ..objects.convert import to_string
from .checks import CheckContext, CheckResult, run_checks
from .loader import topology_path
from .model import LabDefinition
from .progress import RUN_KEY, LabRun
from .values import LabValueError, computed_values, initial_values, substitute

QUIET = "& {{ $ErrorActionPreference = 'SilentlyContinue'\n{0}\n}}"
STRICT = "& {{ $ErrorActionPreference = 'Stop'\n{0}\n}}"


class LabStartError(Exception):
    """The lab could not start: its topology, a pick or a setup statement failed."""


def start(ctx: Any, definition: LabDefinition, seed: int,
          clock: Callable[[], float] = time.time) -> LabRun:
    """Load the lab's topology into the session, pick its values, run its setup and
    return the new run (also kept in ``session.extras``)."""
    from ..topology.loader import load_topology
    from ..topology.problems import TopologyError, format_problems
    path = topology_path(definition)
    try:
        topology = load_topology(path)
    except TopologyError as exc:
        raise LabStartError("the lab's topology has problems:\n" + format_problems(exc.problems)) from None
    session = ctx.session
    session.replace_topology(topology, path)
    try:
        values = initial_values(topology, definition.name, definition.parameters, seed)
        _setup(ctx, definition, values)
        values = computed_values(session, values, definition.values, lambda text: evaluate_quietly(ctx, text))
    except LabValueError as exc:
        raise LabStartError(str(exc)) from None
    for name in definition.variable_names():
        ctx.remove_var(name)
    run = LabRun(definition, seed, values, clock, lab_clock_start=session.lab.clock)
    for unit in _history(ctx):
        run.ignore_unit(unit)
    session.extras[RUN_KEY] = run
    return run


def _setup(ctx: Any, definition: LabDefinition, values: dict[str, Any]) -> None:
    for statement in definition.setup:
        text = substitute(statement, values)
        try:
            ctx.invoke_script(STRICT.format(text))
        except Exception as exc:  # any failure of the lab author's statement stops the start
            raise LabStartError(f"the setup statement '{text}' failed: {_message(exc)}") from None


def evaluate_quietly(ctx: Any, text: str) -> list:
    """Return the output of PowerShell ``text``; errors are neither shown nor kept in
    ``$Error``, and ``$?`` is left as it was. A failure raises LabValueError."""
    errors = getattr(ctx, "errors", None)
    before = len(errors) if errors is not None else 0
    last_ok = getattr(ctx, "last_ok", None)
    try:
        return list(ctx.invoke_script(QUIET.format(text)))
    except Exception as exc:  # a check's expression failing is a failed check, not a crash
        raise LabValueError(f"'{text}' failed: {_message(exc)}") from None
    finally:
        if errors is not None:
            del errors[:max(0, len(errors) - before)]
        if last_ok is not None:
            ctx.last_ok = last_ok


def _message(exc: BaseException) -> str:
    record = getattr(exc, "record", None)
    return to_string(getattr(record, "message", None)) if record is not None else str(exc)


def _history(ctx: Any) -> list[list]:
    return list(getattr(ctx, "output_history", ()))


def mark_lab_command(ctx: Any, run: LabRun) -> None:
    """Note that the running input unit is a lab command: its output is no answer."""
    history = _history(ctx)
    if history:
        run.ignore_unit(history[-1])


def last_pipeline(ctx: Any, run: LabRun) -> Optional[list]:
    """Return the output of the trainee's last input unit since the lab started (lab
    commands skipped), or None when there is none."""
    history = _history(ctx)
    run.forget_units_except(history)
    for unit in reversed(history):
        if not run.is_ignored(unit):
            return unit
    return None


def check_context(ctx: Any, run: LabRun) -> CheckContext:
    """Return the context the current task's checks run in."""
    return CheckContext(
        session=ctx.session, values=run.values,
        last_output=lambda: last_pipeline(ctx, run),
        get_var=ctx.get_var,
        evaluate=lambda text: evaluate_quietly(ctx, text),
        started_clock=run.lab_clock_start)


def check_current_task(ctx: Any, run: LabRun) -> list[CheckResult]:
    """Return the results of the current task's checks (no attempt is counted)."""
    task = run.task
    if task is None:
        return []
    return run_checks(check_context(ctx, run), task.checks)
