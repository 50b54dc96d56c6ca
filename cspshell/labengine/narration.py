"""The text the lab commands print: briefing, task, hint, check results, summaries.

Pure functions returning lines. Prose from the lab file is re-flowed to the width asked
for: paragraphs are separated by blank lines, lines starting with "- " are bullets with
a hanging indent, and lines indented by spaces (PowerShell examples) are kept as written.
"""
from __future__ import annotations

import textwrap
from typing import Optional

from .checks import CheckResult
from .model import Task
from .progress import LabRun
from .values import substitute

MAX_TEXT_WIDTH = 100
TASK_FOOTER = "When you are done, run Test-CsLabTask. Get-CsLabHint gives a hint."
DETAIL_INDENT = "      "


def text_width(console_width: int) -> int:
    """Return the width prose is wrapped to on a console this wide."""
    return max(20, min(console_width - 1, MAX_TEXT_WIDTH))


def reflow(text: str, width: int) -> list[str]:
    """Return ``text`` as lines of at most ``width`` columns (code lines kept whole)."""
    lines: list[str] = []
    for block in _blocks(text):
        if lines:
            lines.append("")
        lines.extend(_block_lines(block, width))
    return lines


def _blocks(text: str) -> list[list[str]]:
    blocks: list[list[str]] = [[]]
    for line in text.strip("\n").splitlines():
        if line.strip():
            blocks[-1].append(line.rstrip())
        elif blocks[-1]:
            blocks.append([])
    return [block for block in blocks if block]


def _block_lines(block: list[str], width: int) -> list[str]:
    """A bullet ("- ") takes the indented lines after it; other indented lines are code,
    kept as written; the rest are paragraph text."""
    lines: list[str] = []
    paragraph: list[str] = []
    for line in block:
        indented = line[:1].isspace()
        if line.startswith("- ") or (indented and not _is_bullet(paragraph)):
            lines += _flush(paragraph, width)
        if indented and not _is_bullet(paragraph):
            lines.append(line)
        else:
            paragraph.append(line.strip())
    return lines + _flush(paragraph, width)


def _is_bullet(paragraph: list[str]) -> bool:
    return bool(paragraph) and paragraph[0].startswith("- ")


def _flush(paragraph: list[str], width: int) -> list[str]:
    if not paragraph:
        return []
    indent = "  " if _is_bullet(paragraph) else ""
    text = " ".join(paragraph)
    paragraph.clear()
    return _fill(text, width, indent)


def _fill(text: str, width: int, indent: str) -> list[str]:
    return textwrap.wrap(text, width, subsequent_indent=indent, break_long_words=False,
                         break_on_hyphens=False) or [""]


# -- what the commands print ------------------------------------------------------------

def briefing_lines(run: LabRun, topology_name: str, width: int) -> list[str]:
    """Return Start-CsLab's text: title, seed and topology, briefing, first task."""
    definition = run.definition
    heading = f"Lab {definition.order}: {definition.title}" if definition.order else definition.title
    lines = [heading, f"Lab {definition.name}, seed {run.seed}, topology {topology_name}.", ""]
    lines += reflow(substitute(definition.briefing, run.values), width)
    return lines + [""] + task_lines(run, width)


def task_lines(run: LabRun, width: int) -> list[str]:
    """Return the current task's text (or the summary of a finished lab)."""
    task = run.task
    if task is None:
        return complete_lines(run)
    lines = [task_heading(run), ""]
    lines += reflow(substitute(task.instructions, run.values), width)
    return lines + ["", TASK_FOOTER]


def task_heading(run: LabRun, index: Optional[int] = None) -> str:
    """Return ``Task 2 of 4: <title>`` for the current (or the given) task."""
    number = run.current if index is None else index
    task: Task = run.definition.tasks[number]
    return f"Task {number + 1} of {len(run.definition.tasks)}: {substitute(task.title, run.values)}"


def result_lines(results: list[CheckResult], width: int) -> list[str]:
    """Return one checkbox line per check, with what was found under a failed one."""
    lines: list[str] = []
    for result in results:
        mark = "[x]" if result.passed else "[ ]"
        lines += _fill(f"  {mark} {result.say}", width, DETAIL_INDENT)
        if result.detail:
            lines += _fill(DETAIL_INDENT + result.detail, width, DETAIL_INDENT)
    return lines


def attempt_lines(run: LabRun, index: int, results: list[CheckResult], width: int) -> list[str]:
    """Return Test-CsLabTask's text for task ``index`` (already counted in ``run``)."""
    lines = [task_heading(run, index)] + result_lines(results, width)
    passed = sum(1 for r in results if r.passed)
    progress = run.tasks[index]
    if passed < len(results):
        return lines + [f"Not yet: {passed} of {len(results)} checks pass. Get-CsLabHint gives a hint."]
    lines.append(f"Task {index + 1} of {len(run.definition.tasks)} passed "
                 f"({_count(progress.attempts, 'attempt')}, {_count(progress.hints, 'hint')}).")
    return lines + [""] + task_lines(run, width)


def hint_lines(run: LabRun, number: int, new: bool, width: int) -> list[str]:
    """Return Get-CsLabHint's text for hint ``number`` (1-based) of the current task."""
    hints = run.task.hints.ordered()
    kind, text = hints[number - 1]
    again = "" if new else ", again: there are no more"
    return reflow(f"Hint {number} of {len(hints)} ({kind}{again}): {substitute(text, run.values)}", width)


def complete_lines(run: LabRun) -> list[str]:
    """Return the summary of a completed lab."""
    total = len(run.definition.tasks)
    return [f"Lab {run.definition.name} complete: {total} of {total} tasks, "
            f"{_count(run.total_attempts(), 'attempt')}, {_count(run.total_hints(), 'hint')}.",
            "Export-CsLabReport -Path <file.json or file.csv> writes the report for your instructor."]


def stop_lines(run: LabRun) -> list[str]:
    """Return Stop-CsLab's summary."""
    total = len(run.definition.tasks)
    where = "after completing it" if run.complete else f"at task {run.current + 1} of {total}"
    return [f"Lab {run.definition.name} stopped {where}: {_count(run.passed, 'task')} passed, "
            f"{_count(run.total_attempts(), 'attempt')}, {_count(run.total_hints(), 'hint')}.",
            "Export-CsLabReport -Path <file.json or file.csv> writes the report for your instructor."]


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"

