"""The shell around the engine, without a terminal: banner, prompt, profile, history
hooks, Ctrl+C recovery, and the one-shot path staying free of prompt_toolkit."""
from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from cspshell.cmdlets.registry import REGISTRY
from cspshell.language.engine import Engine
from cspshell.repl.app import Shell, default_prompt
from cspshell.repl.host import TerminalHost
from cspshell.repl.paging import PagingStopped


def options(**changes) -> SimpleNamespace:
    values = dict(nologo=False, noprofile=True, noninteractive=False)
    values.update(changes)
    return SimpleNamespace(**values)


@pytest.fixture
def shell(seed_session, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    had_more = "more" in REGISTRY
    out = io.StringIO()
    host = TerminalHost(out, out, 120)
    made = Shell(Engine(host, seed_session, interactive=True), options(), colour=False)
    made.out = out
    yield made
    if not had_more:
        REGISTRY.pop("more", None)


def test_the_prompt_is_the_5_1_default(shell) -> None:
    assert default_prompt(shell.ctx) == "PS C:\\Users\\Administrator> "
    assert shell.prompt_text() == "PS C:\\Users\\Administrator> "


def test_banner_names_the_topology_and_the_first_help_topic(shell) -> None:
    shell.start()
    lines = shell.out.getvalue().split("\n")
    assert lines[:3] == ["Windows PowerShell", "Copyright (C) 2016 Microsoft Corporation. All rights reserved.", ""]
    assert "(1 site, 5 pools, 9 users)" in lines[3]
    assert lines[4] == "Type Get-Help about_cspshell to start."


def test_no_logo(seed_session) -> None:
    out = io.StringIO()
    Shell(Engine(TerminalHost(out, out), seed_session), options(nologo=True), False).start()
    assert out.getvalue() == ""


def test_a_prompt_function_replaces_the_prompt_without_touching_state(shell) -> None:
    shell.run_unit("function prompt { 'LYNC> ' }")
    shell.run_unit("Get-Nothing")
    errors, kept = len(shell.ctx.errors), len(shell.ctx.output_history)
    assert shell.ctx.last_ok is False
    assert shell.prompt_text() == "LYNC> "
    assert shell.ctx.last_ok is False
    assert (len(shell.ctx.errors), len(shell.ctx.output_history)) == (errors, kept)


def test_an_empty_prompt_function_gives_ps(shell) -> None:
    shell.run_unit("function prompt { }")
    assert shell.prompt_text() == "PS>"


def test_the_profile_runs_at_start(shell, tmp_path) -> None:
    profile = tmp_path / "config" / "cspshell" / "profile.ps1"
    profile.parent.mkdir(parents=True)
    profile.write_text("$fromProfile = 'yes'\nWrite-Output 'profile ran'\n", encoding="utf-8")
    shell.opts.noprofile = False
    shell.start()
    assert shell.ctx.get_var("fromProfile") == "yes"
    assert "profile ran" in shell.out.getvalue()
    assert shell.ctx.history == []
    assert shell.ctx.get_var("PROFILE") == str(profile)


def test_ctrl_c_in_a_pipeline_returns_to_the_prompt(shell, monkeypatch) -> None:
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt
    monkeypatch.setattr(shell.engine, "run", interrupted)
    shell.run_unit("while ($true) {}")
    assert shell.ctx.last_ok is False
    assert shell.out.getvalue() == "\n"


def test_q_at_the_pager_returns_without_an_extra_line(shell, monkeypatch) -> None:
    def stopped(*args, **kwargs):
        raise PagingStopped
    monkeypatch.setattr(shell.engine, "run", stopped)
    shell.run_unit("1..100 | more")
    assert shell.out.getvalue() == "" and shell.ctx.last_ok is False


def test_invoke_history_runs_through_the_shell(shell) -> None:
    shell.start()
    shell.run_unit("Write-Output 'first'")
    shell.run_unit("Invoke-History 1")
    assert shell.out.getvalue().rstrip("\n").split("\n")[-2:] == ["Write-Output 'first'", "first"]


def test_the_warm_up_completes_the_toolbar(shell) -> None:
    assert shell.toolbar() == " Seed lab (beta.deitterick.com): 1 site, 5 pools, 9 users "
    shell.warm().join(60)
    assert shell.ready.is_set()
    assert shell.toolbar().endswith("| lab clock 12/20/2010 11:56:00 | all machines up ")


def test_more_and_clear_host_are_wired(shell) -> None:
    shell.start()
    assert REGISTRY["more"].command_type == "Function"
    shell.run_unit("Clear-Host")
    assert shell.out.getvalue().endswith("\x1b[2J\x1b[3J\x1b[H")


def test_the_one_shot_path_imports_neither_prompt_toolkit_nor_pygments() -> None:
    probe = ("import sys; from cspshell.cli import main; main(['-NoProfile', '-Command', '1']); "
             "print(sorted(m for m in sys.modules if m.split('.')[0] in ('prompt_toolkit', 'pygments')))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60,
                          cwd=str(Path(__file__).resolve().parents[3]))
    assert done.stdout.split("\n")[:2] == ["1", "[]"]
