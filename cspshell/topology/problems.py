"""Problems found in a topology file, and how they are reported.

Every problem names the file, line and column (1-based) and says what is wrong and how
to fix it. Loading collects all of them in one pass; errors stop the load with a
``TopologyError``, warnings travel on the loaded topology (``Topology.warnings``).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Optional

ERROR = "error"
WARNING = "warning"
# A file with a million broken users must not print a million lines.
MAX_REPORTED = 200


@dataclass(frozen=True, slots=True)
class Mark:
    """A position in a file: 1-based line and column."""

    line: int
    column: int


NOWHERE = Mark(1, 1)


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a topology: where, what, and how bad."""

    file: str
    line: int
    column: int
    message: str
    severity: str = ERROR

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}: {self.severity}: {self.message}"

    @property
    def is_error(self) -> bool:
        """True for an error (the topology cannot be used)."""
        return self.severity == ERROR


class TopologyError(Exception):
    """The topology could not be loaded; ``problems`` lists every problem found."""

    def __init__(self, problems: Iterable[Problem]):
        self.problems = list(problems)
        super().__init__(format_problems(self.problems))


class ProblemLog:
    """Collects the problems of one load, keeping at most ``MAX_REPORTED`` of them.

    ``for_file`` gives a log for another file (a CSV user file) that shares the list.
    """

    def __init__(self, file: str, _shared: Optional["ProblemLog"] = None):
        self.file = file
        self._root = _shared._root if _shared is not None else self
        if _shared is None:
            self.problems: list[Problem] = []
            self.dropped = 0
            self.dropped_errors = 0

    def for_file(self, file: str) -> "ProblemLog":
        """Return a log whose problems name ``file`` and land in this log's list."""
        return ProblemLog(file, self)

    def add(self, mark: Optional[Mark], message: str, severity: str = ERROR) -> None:
        """Record a problem at ``mark`` (the start of the file when None)."""
        root = self._root
        if len(root.problems) >= MAX_REPORTED:
            root.dropped += 1
            root.dropped_errors += severity == ERROR
            return
        mark = mark or NOWHERE
        root.problems.append(Problem(self.file, mark.line, mark.column, message, severity))

    def error(self, mark: Optional[Mark], message: str) -> None:
        """Record an error."""
        self.add(mark, message, ERROR)

    def warning(self, mark: Optional[Mark], message: str) -> None:
        """Record a warning."""
        self.add(mark, message, WARNING)

    def problems_so_far(self) -> list[Problem]:
        """Return every problem recorded so far (in every file of this load)."""
        return self._root.problems

    @property
    def has_errors(self) -> bool:
        """True when at least one error was recorded."""
        root = self._root
        return root.dropped_errors > 0 or any(p.is_error for p in root.problems)

    def sorted(self) -> list[Problem]:
        """Return the problems ordered by file, line and column (stable for ties)."""
        return sorted(self._root.problems, key=lambda p: (p.file != self._root.file, p.file,
                                                           p.line, p.column))

    def raise_if_errors(self) -> None:
        """Raise TopologyError with every problem when any of them is an error."""
        if not self.has_errors:
            return
        problems = self.sorted()
        root = self._root
        if root.dropped:
            last = problems[-1]
            problems.append(Problem(last.file, last.line, last.column,
                                    f"{root.dropped} more problems not shown; fix the ones "
                                    "above and load the file again", ERROR))
        raise TopologyError(problems)


def format_problems(problems: Iterable[Problem]) -> str:
    """Return the problems one per line, then a count such as ``2 errors, 1 warning``."""
    problems = list(problems)
    lines = [str(problem) for problem in problems]
    errors = sum(1 for p in problems if p.is_error)
    warnings = len(problems) - errors
    counts = [f"{errors} error{'s' if errors != 1 else ''}"]
    if warnings:
        counts.append(f"{warnings} warning{'s' if warnings != 1 else ''}")
    if problems:
        lines.append(", ".join(counts) + f" in {problems[0].file}")
    return "\n".join(lines)
