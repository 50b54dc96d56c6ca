"""The terminal host and the toolbar."""
from __future__ import annotations

import io

from cspshell.repl.host import TerminalHost, colour_wanted
from cspshell.repl.toolbar import down_list, toolbar_text, topology_counts


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_colour_needs_a_terminal_and_respects_no_color_and_dumb() -> None:
    assert colour_wanted({"TERM": "xterm"}, Tty())
    assert not colour_wanted({"TERM": "xterm"}, io.StringIO())
    assert not colour_wanted({"TERM": "xterm", "NO_COLOR": "1"}, Tty())
    assert not colour_wanted({"TERM": "dumb"}, Tty())
    assert colour_wanted({"TERM": "xterm", "NO_COLOR": ""}, Tty())


def test_errors_are_red_when_colour_is_on() -> None:
    err = io.StringIO()
    TerminalHost(io.StringIO(), err, colour=True).write_error_lines(["Get-X : oops"])
    assert err.getvalue() == "\x1b[91mGet-X : oops\n\x1b[0m"
    plain = io.StringIO()
    TerminalHost(io.StringIO(), plain, colour=False).write_error_lines(["Get-X : oops"])
    assert plain.getvalue() == "Get-X : oops\n"


def test_read_line_asks_unless_non_interactive() -> None:
    asked = []
    host = TerminalHost(io.StringIO(), io.StringIO(), reader=lambda prompt: asked.append(prompt) or "lcarter")
    assert host.read_line("Identity: ") == "lcarter" and asked == ["Identity: "]
    assert TerminalHost(io.StringIO(), io.StringIO(), interactive=False).read_line("Identity: ") is None


def test_read_line_at_end_of_input_is_none() -> None:
    def eof(prompt: str) -> str:
        raise EOFError
    assert TerminalHost(io.StringIO(), io.StringIO(), reader=eof).read_line("x: ") is None


def test_clear_screen() -> None:
    out = io.StringIO()
    TerminalHost(out, io.StringIO()).clear()
    assert out.getvalue() == "\x1b[2J\x1b[3J\x1b[H"


def test_toolbar_counts_clock_and_machines_down(seed_session) -> None:
    assert topology_counts(seed_session.topology) == "1 site, 5 pools, 9 users"
    text = toolbar_text(seed_session)
    assert "lab clock 12/20/2010 11:56:00" in text and "all machines up" in text
    lab = seed_session.lab
    lab.set_machine_power("beta-ls14-ee1.beta.deitterick.com", False)
    lab.set_service("beta-ls14-se1.beta.deitterick.com", "RTCSRV", False)
    lab.set_site_link("Beta", False)
    lab.advance(90)
    try:
        assert down_list(seed_session) == ["beta-ls14-ee1.beta.deitterick.com (off)",
                                           "beta-ls14-se1.beta.deitterick.com (Front-End stopped)",
                                           "site beta (WAN down)"]
        assert "lab clock 12/20/2010 11:57:30" in toolbar_text(seed_session)
    finally:
        seed_session.reset()
