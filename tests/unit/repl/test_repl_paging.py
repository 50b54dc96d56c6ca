"""The pager of Out-Host -Paging and ``more``."""
from __future__ import annotations

import io

import pytest

from cspshell.cmdlets.registry import REGISTRY
from cspshell.language.engine import Engine
from cspshell.repl.host import TerminalHost
from cspshell.repl.paging import MORE_PROMPT, OUT_HOST_PROMPT, Pager, PagingStopped, register_more


def pager(keys: str, rows: int = 4):
    out = io.StringIO()
    pressed = iter(keys)
    return Pager(lambda: rows, lambda: next(pressed, ""), out.write), out


def test_the_out_host_prompt_is_the_console_hosts() -> None:
    assert OUT_HOST_PROMPT == "<SPACE> next page; <CR> next line; Q quit"


def test_space_shows_the_next_page_and_enter_one_line() -> None:
    page, out = pager(" \r")
    for n in range(7):
        page.line(f"line {n}")
    assert out.getvalue().split("\n") == [
        "line 0", "line 1", "line 2", OUT_HOST_PROMPT, "line 3", "line 4", "line 5",
        OUT_HOST_PROMPT, "line 6", ""]


def test_q_stops_the_pipeline_quietly() -> None:
    page, out = pager("q")
    with pytest.raises(PagingStopped):
        for n in range(10):
            page.line(f"line {n}")
    assert isinstance(PagingStopped(), KeyboardInterrupt)
    assert "line 3" not in out.getvalue()


def test_other_keys_are_ignored_at_the_prompt() -> None:
    page, out = pager("x ")
    for n in range(5):
        page.line(f"line {n}")
    assert out.getvalue().count(OUT_HOST_PROMPT) == 1 and "line 4" in out.getvalue()


def test_multi_line_text_counts_each_line() -> None:
    page, out = pager("q", rows=3)
    with pytest.raises(PagingStopped):
        page.line("a\nb\nc")
    assert out.getvalue().startswith("a\nb\n" + OUT_HOST_PROMPT)


@pytest.fixture
def more_registered():
    had = "more" in REGISTRY
    info = register_more()
    yield info
    if not had:
        REGISTRY.pop("more", None)


def test_more_pages_the_formatted_input(seed_session, more_registered) -> None:
    out = io.StringIO()
    keys = iter(" q")
    host = TerminalHost(out, io.StringIO(), 80, rows=lambda: 5, read_key=lambda: next(keys, ""))
    engine = Engine(host, seed_session, interactive=True)
    with pytest.raises(KeyboardInterrupt):
        engine.run("1..20 | more")
    lines = out.getvalue().split("\n")
    assert lines[:4] == ["1", "2", "3", "4"]
    assert lines[4] == MORE_PROMPT
    assert "12" not in lines
    assert host.pager is not None
    host.stop_paging()
    assert more_registered.command_type == "Function"


def test_without_paging_lines_are_written_straight(seed_session) -> None:
    out = io.StringIO()
    host = TerminalHost(out, io.StringIO(), 80, rows=lambda: 3, read_key=lambda: "q")
    Engine(host, seed_session).run("1..5")
    assert out.getvalue() == "1\n2\n3\n4\n5\n"


@pytest.mark.parametrize("command", [
    "& { Write-Warning careful; Write-Verbose busy -Verbose; Write-Debug probe -Debug; 1 } *>&1 | more",
    "& { Write-Warning careful; Write-Verbose busy -Verbose; Write-Debug probe -Debug; 1 } *>&1 | Out-Host -Paging",
])
def test_paged_stream_records_keep_their_console_prefixes(seed_session, more_registered, command) -> None:
    # the pager writes to the console, where a merged record's lines carry their stream's prefix
    out = io.StringIO()
    host = TerminalHost(out, io.StringIO(), 80, rows=lambda: 50, read_key=lambda: " ")
    Engine(host, seed_session, interactive=True).run(command)
    host.stop_paging()
    assert out.getvalue() == "WARNING: careful\nVERBOSE: busy\nDEBUG: probe\n1\n"
