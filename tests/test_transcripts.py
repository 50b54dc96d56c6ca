"""Transcript tests: console text that Windows PowerShell 5.1 prints, checked end to end.

Each ``tests/transcripts/<area>/<name>.ps1`` is fed on standard input to
``python -m cspshell -NoProfile -NonInteractive [args] -Command -`` (the way 5.1's
``powershell.exe -Command -`` reads a script: statement by statement, as if typed), with a
120-column console, no colour and a fresh empty working directory. Standard error is merged
into standard output in order, and the whole text must equal ``<name>.out`` beside it.

Directives, in the comment lines at the top of a ``.ps1``:

* ``# source: <where the expected text comes from>`` (required);
* ``# args: <extra command-line arguments>`` (placed before ``-Command``);
* ``# exit: <n>`` (the expected exit code; unchecked when absent).

Cases listed in ``tests/transcripts/PENDING.txt`` (``<path> # <reason>``) are expected to
fail until the code behind them lands: they are marked xfail, non-strict, so one that starts
passing shows up as XPASS (``pytest -rxX`` lists both with their reasons).

The only normalisation is CRLF -> LF on both sides: a console shows the two alike. The
selected cases run as separate processes, as many at a time as there are CPUs, before the
first comparison. See tests/transcripts/README.md for how to add a case.
"""
from __future__ import annotations

import difflib
import os
import shlex
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
TRANSCRIPTS = Path(__file__).resolve().parent / "transcripts"
PENDING_FILE = TRANSCRIPTS / "PENDING.txt"
TIMEOUT_SECONDS = 60
CONSOLE_COLUMNS = "120"
INHERITED_VARIABLES = ("PATH", "HOME", "USERPROFILE", "SYSTEMROOT", "TEMP", "TMP", "TMPDIR")


@dataclass(frozen=True)
class Directives:
    """What the leading comment lines of a case ask for."""

    source: Optional[str]
    args: tuple[str, ...]
    exit_code: Optional[int]


@dataclass(frozen=True)
class Case:
    """One transcript: the script fed on stdin and the console text expected back."""

    name: str          # path relative to tests/transcripts, with forward slashes
    script_path: Path
    expected_path: Path

    def script(self) -> str:
        """Return the .ps1 text exactly as stored."""
        return _read_text(self.script_path)

    def expected(self) -> str:
        """Return the expected console text, CRLF normalised to LF."""
        return _normalise(_read_text(self.expected_path))

    def directives(self) -> Directives:
        """Return the directives found in the case's leading comment lines."""
        return parse_directives(self.script())


def _read_text(path: Path) -> str:
    # newline="" keeps every character as stored: trailing blanks and blank lines matter.
    with open(path, encoding="utf-8", newline="") as handle:
        return handle.read()


def _normalise(text: str) -> str:
    return text.replace("\r\n", "\n")


def parse_directives(script: str) -> Directives:
    """Return the ``# source:``, ``# args:`` and ``# exit:`` values of a script's header.

    Only the run of comment lines at the very top counts; the first other line ends it.
    """
    found: dict[str, str] = {}
    for line in script.splitlines():
        stripped = line.strip()
        if not stripped.startswith("#"):
            break
        key, sep, value = stripped[1:].partition(":")
        key = key.strip().lower()
        if sep and key in ("source", "args", "exit") and key not in found:
            found[key] = value.strip()
    exit_text = found.get("exit")
    return Directives(
        source=found.get("source") or None,
        args=tuple(shlex.split(found.get("args", ""))),
        exit_code=int(exit_text) if exit_text else None,
    )


def pending_entries() -> list[tuple[str, str]]:
    """Return PENDING.txt's (case path, reason) pairs in file order, duplicates included.

    Blank lines and lines starting with ``#`` are skipped.
    """
    if not PENDING_FILE.exists():
        return []
    entries = []
    for line in _read_text(PENDING_FILE).splitlines():
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            path, _, reason = stripped.partition(" #")
            entries.append((path.strip(), reason.strip()))
    return entries


def load_pending() -> dict[str, str]:
    """Return PENDING.txt as {case path: reason}."""
    return dict(pending_entries())


def discover() -> list[Case]:
    """Return every case under tests/transcripts, sorted by path (stable test ids)."""
    cases = []
    for script_path in sorted(TRANSCRIPTS.rglob("*.ps1")):
        name = script_path.relative_to(TRANSCRIPTS).as_posix()
        cases.append(Case(name, script_path, script_path.with_suffix(".out")))
    return cases


def _params() -> list:
    pending = load_pending()
    params = []
    for case in discover():
        marks = []
        if case.name in pending:
            reason = pending[case.name] or "listed in PENDING.txt"
            marks.append(pytest.mark.xfail(reason=reason, strict=False))
        params.append(pytest.param(case, id=case.name[: -len(".ps1")], marks=marks))
    return params


def _environment() -> dict[str, str]:
    # Only what a process needs to start: the machine's other variables would leak into
    # $env: and make output depend on where the suite runs.
    env = {name: os.environ[name] for name in INHERITED_VARIABLES if name in os.environ}
    env.update(
        COLUMNS=CONSOLE_COLUMNS,
        NO_COLOR="1",
        PYTHONIOENCODING="utf-8",
        PYTHONUTF8="1",
        PYTHONPATH=str(REPO_ROOT),
    )
    return env


@dataclass(frozen=True)
class Outcome:
    """What one run of a case printed (merged, CRLF normalised) and its exit code."""

    text: str
    exit_code: Optional[int]   # None when the run was stopped after TIMEOUT_SECONDS


def run_case(case: Case, workdir: Path) -> Outcome:
    """Run a case's script through the cspshell entry point; return what it printed."""
    command = [
        sys.executable, "-m", "cspshell", "-NoProfile", "-NonInteractive",
        *case.directives().args, "-Command", "-",
    ]
    try:
        finished = subprocess.run(
            command,
            input=case.script().encode("utf-8"),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            cwd=workdir,
            env=_environment(),
            timeout=TIMEOUT_SECONDS,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        return Outcome(_decode(exc.output or b""), None)
    return Outcome(_decode(finished.stdout), finished.returncode)


def _decode(output: bytes) -> str:
    return _normalise(output.decode("utf-8", errors="replace"))


def _visible(lines: list[str]) -> list[str]:
    # Mark line ends so trailing blanks, which 5.1 tables carry, show in the diff.
    return [line + "$\n" for line in lines]


def render_diff(expected: str, actual: str, name: str) -> str:
    """Return a unified diff of expected vs actual text, line ends marked with ``$``."""
    diff = difflib.unified_diff(
        _visible(expected.split("\n")),
        _visible(actual.split("\n")),
        fromfile=f"{name} (expected)",
        tofile=f"{name} (actual)",
    )
    return "".join(diff)


@pytest.fixture(scope="session")
def outcomes(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Outcome]:
    """Return {case name: Outcome} for every selected case, run several at a time.

    Each case is a separate process in its own fresh directory, so running them side by
    side changes nothing but the wall-clock time.
    """
    params = (getattr(getattr(item, "callspec", None), "params", {}) for item in request.session.items)
    selected = [p["case"] for p in params if isinstance(p.get("case"), Case)]
    workdirs = [tmp_path_factory.mktemp("transcript") for _ in selected]
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        results = pool.map(run_case, selected, workdirs)
        return {case.name: outcome for case, outcome in zip(selected, results)}


@pytest.mark.parametrize("case", _params())
def test_transcript(case: Case, outcomes: dict[str, Outcome]) -> None:
    """The console text (and exit code, when asked) equals the case's .out file."""
    outcome = outcomes[case.name]
    if outcome.exit_code is None:
        pytest.fail(f"{case.name}: no exit after {TIMEOUT_SECONDS}s; output so far:\n{outcome.text}")
    expected = case.expected()
    if outcome.text != expected:
        pytest.fail("console text differs:\n" + render_diff(expected, outcome.text, case.name))
    wanted_exit = case.directives().exit_code
    if wanted_exit is not None:
        assert outcome.exit_code == wanted_exit, (
            f"{case.name}: exit code {outcome.exit_code}, expected {wanted_exit}"
        )


def test_every_case_is_complete() -> None:
    """Every .ps1 has its .out file and names the source of its expected text."""
    problems = []
    for case in discover():
        if not case.expected_path.exists():
            problems.append(f"{case.name}: no {case.expected_path.name}")
        if not case.directives().source:
            problems.append(f"{case.name}: no '# source:' line at the top")
    assert not problems, "\n".join(problems)


def test_every_expected_file_has_a_script() -> None:
    """No .out file is left without the .ps1 it belongs to."""
    orphans = [
        path.relative_to(TRANSCRIPTS).as_posix()
        for path in sorted(TRANSCRIPTS.rglob("*.out"))
        if not path.with_suffix(".ps1").exists()
    ]
    assert not orphans, "expected output without a script: " + ", ".join(orphans)


def test_pending_names_existing_cases_with_reasons() -> None:
    """PENDING.txt lists only cases that exist, each once, each with a reason."""
    names = {case.name for case in discover()}
    problems = []
    seen: set[str] = set()
    for path, reason in pending_entries():
        if path not in names:
            problems.append(f"{path}: no such case")
        if path in seen:
            problems.append(f"{path}: listed twice")
        if not reason:
            problems.append(f"{path}: no reason given")
        seen.add(path)
    assert not problems, "\n".join(problems)
