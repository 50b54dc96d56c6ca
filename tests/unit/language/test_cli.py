"""The one-shot command line, run as a user runs it (reference 7; about_PowerShell_exe 5.1):
`python -m cspshell [-NoProfile] [-NonInteractive] (-Command <text> | -Command - | -File <ps1> args)`.
Output goes to stdout, error records to stderr; exit codes as powershell.exe gives them; a
120-column console when stdout is not a terminal, COLUMNS overriding it.

Every process the tests need is declared in RUNS and started once, several at a time, so
the file costs about as much as its slowest few start-ups."""
from __future__ import annotations

import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import pytest

REPO_ROOT = Path(__file__).resolve().parents[3]
TIMEOUT = 120
PARALLEL = 6


@dataclass(frozen=True)
class Run:
    """One cspshell invocation: its arguments, standard input and COLUMNS."""

    args: tuple[str, ...]
    stdin: str = ""
    columns: Optional[str] = None


@dataclass
class Completed:
    """A finished cspshell process."""

    code: int
    out: str
    err: str


def command(text: str, columns: Optional[str] = None) -> Run:
    """``-NoProfile -NonInteractive -Command <text>``."""
    return Run(("-NoProfile", "-NonInteractive", "-Command", text), columns=columns)


def stdin_run(text: str) -> Run:
    """``-NoProfile -NonInteractive -Command -`` with ``text`` on standard input."""
    return Run(("-NoProfile", "-NonInteractive", "-Command", "-"), stdin=text)


SCRIPTS = {
    "args.ps1": '"count=$($args.Count)"; $args | ForEach-Object { "[$_]" }\n',
    "param.ps1": "param($Name, $Count = 1)\n\"$Name x$Count\"\n",
    "exit.ps1": "'x'\nexit 5\n'y'\n",
    "throw.ps1": "'before'\nthrow 'stop'\n'after'\n",
    "soft.ps1": "Write-Error 'soft'\n'after'\nGet-Nothing\n'last'\n",
}

EXIT_CODES = [
    ("1 + 1", 0),
    ("exit 7", 7),
    ("throw 'x'", 1),
    ("Get-Nothing", 1),                    # the last statement failed
    ("Get-Nothing; 'ok'", 0),              # only the last statement counts
    ("if ($true) {", 1),                   # a parse error
]
BROKEN = ["$(", "[int", "}}}"]


def runs(folder: Path) -> dict[str, Run]:
    """Every invocation the tests look at, by name (scripts live in ``folder``)."""
    table = {f"exit:{text}": command(text) for text, _ in EXIT_CODES}
    table.update({f"broken:{text}": command(text) for text in BROKEN})
    table.update({
        "streams": command("'out'; Get-Nothing; 'more'"),
        "narrow": command("Get-Nothing", columns="80"),
        "short-c": Run(("-noprofile", "-c", "2 * 21")),
        "joined": Run(("-NoProfile", "-Command", "'a'", "+", "'b'")),
        "stdin": stdin_run("'one'\nfunction Get-Twice($n) { $n * 2 }\nGet-Twice 21\nexit 4\n'never'\n"),
        "version": Run(("--version",)),
        "file-args": Run(("-NoProfile", "-File", str(folder / "args.ps1"), "a", "b c", "3")),
        "file-param": Run(("-NoProfile", "-File", str(folder / "param.ps1"), "-Name", "pool", "-Count", "2")),
        "file-exit": Run(("-NoProfile", "-File", str(folder / "exit.ps1"))),
        "file-throw": Run(("-NoProfile", "-File", str(folder / "throw.ps1"))),
        "file-soft": Run(("-NoProfile", "-File", str(folder / "soft.ps1"))),
        "file-missing": Run(("-NoProfile", "-File", str(folder / "nope.ps1"))),
    })
    return table


def launch(run: Run) -> Completed:
    """Start ``python -m cspshell`` with no terminal attached and wait for it."""
    env = {key: value for key, value in os.environ.items() if key != "COLUMNS"}
    env["PYTHONPATH"] = str(REPO_ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    if run.columns is not None:
        env["COLUMNS"] = run.columns
    proc = subprocess.run([sys.executable, "-m", "cspshell", *run.args], input=run.stdin, capture_output=True,
                          text=True, env=env, cwd=str(REPO_ROOT), timeout=TIMEOUT)
    return Completed(proc.returncode, proc.stdout, proc.stderr)


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    """A folder holding the test scripts."""
    path = tmp_path_factory.mktemp("cli")
    for name, text in SCRIPTS.items():
        (path / name).write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def done(folder) -> dict[str, Completed]:
    """The finished processes of every declared run, started a few at a time."""
    table = runs(folder)
    with ThreadPoolExecutor(PARALLEL) as pool:
        results = dict(zip(table, pool.map(launch, table.values())))
    return results


# -- exit codes (reference 7) -------------------------------------------------------------------

@pytest.mark.parametrize("text, code", EXIT_CODES)
def test_command_exit_code(done, text, code):
    assert done[f"exit:{text}"].code == code


def test_output_goes_to_stdout_and_errors_to_stderr(done):
    result = done["streams"]
    assert result.out == "out\nmore\n"
    assert result.err.startswith("Get-Nothing : The term 'Get-Nothing' is not recognized")
    assert result.err.endswith("    + FullyQualifiedErrorId : CommandNotFoundException\n \n")
    assert result.code == 0


def test_short_form_c_and_lower_case_names(done):
    assert (done["short-c"].code, done["short-c"].out) == (0, "42\n")


def test_command_words_after_command_are_joined(done):
    # about_PowerShell_exe: everything after -Command is the command text.
    assert done["joined"].out == "ab\n"


# -- the console width --------------------------------------------------------------------------

def test_console_is_120_columns_when_not_a_terminal(done):
    assert done["streams"].err.splitlines()[0] == (
        "Get-Nothing : The term 'Get-Nothing' is not recognized as the name of a cmdlet, function, script file, or "
        "operable ")


def test_columns_overrides_the_width(done):
    err = done["narrow"].err.splitlines()
    assert err[0] == "Get-Nothing : The term 'Get-Nothing' is not recognized as the name of a "
    assert err[6:8] == ["    + CategoryInfo          : ObjectNotFound: (Get-Nothing:String) [], Command ",
                        "   NotFoundException"]


# -- -Command - (standard input, statement by statement) ----------------------------------------

def test_command_dash_runs_each_statement_keeps_state_and_stops_at_exit(done):
    result = done["stdin"]
    assert (result.code, result.out) == (4, "one\n42\n")


# -- -File ---------------------------------------------------------------------------------------

def test_file_receives_its_arguments_as_strings(done):
    assert (done["file-args"].code, done["file-args"].out) == (0, "count=3\n[a]\n[b c]\n[3]\n")


def test_file_with_param_block_binds_named_arguments(done):
    assert done["file-param"].out == "pool x2\n"


def test_file_exit_code_from_exit_statement(done):
    assert (done["file-exit"].code, done["file-exit"].out) == (5, "x\n")


def test_file_with_a_script_terminating_error_exits_1(done):
    assert (done["file-throw"].code, done["file-throw"].out) == (1, "before\n")


def test_file_with_only_statement_errors_exits_0(done, folder):
    # about_PowerShell_exe: with -File the exit code is 0 unless exit or a terminating error.
    result = done["file-soft"]
    assert (result.code, result.out) == (0, "after\nlast\n")
    assert f"At {folder / 'soft.ps1'}:3 char:1" in result.err.splitlines()


def test_missing_file_is_reported_and_fails(done, folder):
    result = done["file-missing"]
    assert result.code != 0
    assert f"The argument '{folder / 'nope.ps1'}' to the -File parameter does not exist." in result.err


# -- robustness and packaging --------------------------------------------------------------------

def test_version_flag(done):
    assert done["version"].code == 0
    assert done["version"].out.startswith("cspshell ")


@pytest.mark.parametrize("text", BROKEN)
def test_broken_input_never_prints_a_traceback(done, text):
    result = done[f"broken:{text}"]
    assert "Traceback" not in result.out + result.err
    assert result.code == 1


def test_command_run_does_not_import_the_interactive_libraries():
    # In-process: the one-shot path must not pull in prompt_toolkit or pygments.
    code = ("import sys, io, contextlib; from cspshell.cli import main\n"
            "with contextlib.redirect_stdout(io.StringIO()): main(['-NoProfile', '-Command', '1'])\n"
            "print(sorted(m for m in ('prompt_toolkit', 'pygments') if m in sys.modules))")
    env = dict(os.environ, PYTHONPATH=str(REPO_ROOT))
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=TIMEOUT)
    assert proc.stdout.splitlines()[-1] == "[]"
