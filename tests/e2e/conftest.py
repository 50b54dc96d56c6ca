"""Drive the real ``cspshell`` in a pseudo-terminal (pexpect).

Each test starts a fresh shell with its state and config directories in a temporary
folder, so history and profile never touch the person's own. The terminal is 40x120,
colour is off (NO_COLOR) so the output is plain text among prompt_toolkit's cursor
movements, and cursor position requests are off (PROMPT_TOOLKIT_NO_CPR) because nothing
answers them here, unless a test asks for them (``cpr=True``) and answers itself: without
an answer prompt_toolkit does not draw the bottom toolbar. Assertions look for output text that differs from what was typed, so
a redraw of the input line can never satisfy them.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Optional

import pytest

pexpect = pytest.importorskip("pexpect")

REPO = Path(__file__).resolve().parents[2]
PROMPT = "PS C:\\Users\\Administrator>"
TIMEOUT = 15


class Shell:
    """A running cspshell in a pseudo-terminal."""

    def __init__(self, home: Path, args: Optional[list[str]] = None, colour: bool = False, term: str = "xterm",
                 cpr: bool = False):
        env = dict(os.environ)
        env.update(XDG_STATE_HOME=str(home / "state"), XDG_CONFIG_HOME=str(home / "config"),
                   TERM=term, NO_COLOR="1", PROMPT_TOOLKIT_NO_CPR="1", PYTHONPATH=str(REPO))
        for name in ("COLUMNS", "LINES") + (("NO_COLOR",) if colour else ()) + (("PROMPT_TOOLKIT_NO_CPR",) if cpr else ()):
            env.pop(name, None)
        self.home = home
        self.child = pexpect.spawn(sys.executable, ["-m", "cspshell"] + list(args or []), cwd=str(REPO),
                                   env=env, encoding="utf-8", dimensions=(40, 120), timeout=TIMEOUT)

    def expect(self, text: str) -> str:
        """Wait for ``text`` in the output; return everything before it."""
        self.child.expect_exact(text)
        return self.child.before

    def prompt(self) -> None:
        self.expect(PROMPT)

    def send(self, keys: str) -> None:
        self.child.send(keys)

    def line(self, text: str) -> None:
        """Type a line and press Enter."""
        self.child.send(text + "\r")

    def exit_status(self) -> Optional[int]:
        self.child.expect(pexpect.EOF)
        self.child.close()
        return self.child.exitstatus

    def close(self) -> None:
        if self.child.isalive():
            self.child.terminate(force=True)


@pytest.fixture
def start(tmp_path):
    """``start(*args, colour=False, term="xterm", cpr=False)`` launches a shell (closed at
    the end of the test)."""
    shells: list[Shell] = []

    def launch(*args: str, colour: bool = False, term: str = "xterm", cpr: bool = False) -> Shell:
        shell = Shell(tmp_path, list(args), colour, term, cpr)
        shells.append(shell)
        return shell
    yield launch
    for shell in shells:
        shell.close()
