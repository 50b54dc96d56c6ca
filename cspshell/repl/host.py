"""The console host of the interactive shell: output to the terminal (errors in red,
warnings in yellow when colour is on), prompts for missing mandatory parameters and
Read-Host, Clear-Host, and paging for Out-Host -Paging and ``more``.
"""
from __future__ import annotations

import os
import shutil
import sys
from typing import Any, Callable, Optional

from ..language.context import StreamHost
from ..language.hostinput import read_masked_line
from .paging import OUT_HOST_PROMPT, Pager, read_key_from


def colour_wanted(environ: Any = None, stream: Any = None) -> bool:
    """Colour is off under NO_COLOR (any non-empty value), TERM=dumb, or when the output is
    not a terminal."""
    environ = os.environ if environ is None else environ
    if environ.get("NO_COLOR"):
        return False
    if environ.get("TERM", "") == "dumb":
        return False
    return bool(stream is not None and stream.isatty())


class TerminalHost(StreamHost):
    """A StreamHost that can ask the person at the terminal and page its output."""

    def __init__(self, out: Any, err: Any, width: int = 120, colour: bool = False,
                 interactive: bool = True, read_key: Optional[Callable[[], str]] = None,
                 rows: Optional[Callable[[], int]] = None, reader: Callable[[str], str] = input,
                 secret_reader: Optional[Callable[[], Optional[str]]] = None):
        super().__init__(out, err, width, colour)
        self.interactive = interactive
        self.at_terminal = interactive
        self.read_key = read_key or read_key_from(out)
        self.rows = rows or (lambda: shutil.get_terminal_size((120, 24)).lines)
        self.reader = reader
        self.secret_reader = secret_reader or self._masked_line
        self.pager: Optional[Pager] = None

    # -- output ----------------------------------------------------------------------------
    def write_line(self, line: str) -> None:
        if self.pager is not None:
            self.pager.line(line)
            self.out.flush()
            return
        super().write_line(line)

    def _raw(self, text: str) -> None:
        self.out.write(text)

    def start_paging(self, prompt: str = OUT_HOST_PROMPT) -> None:
        """Pause after every screenful until ``stop_paging`` (Out-Host -Paging, ``more``)."""
        if self.interactive and self.pager is None:
            self.pager = Pager(self.rows, self.read_key, self._raw, prompt)

    def stop_paging(self) -> None:
        """Write freely again."""
        self.pager = None

    def clear(self) -> None:
        """Clear-Host: blank the screen and put the cursor at the top left."""
        self.out.write("\x1b[2J\x1b[3J\x1b[H")
        self.out.flush()

    # -- input -----------------------------------------------------------------------------
    def read_line(self, prompt: str) -> Optional[str]:
        """Ask the person at the terminal (None under -NonInteractive or at end of input)."""
        if not self.interactive:
            return None
        self.out.flush()
        try:
            return self.reader(prompt)
        except EOFError:
            return None

    def read_secret(self, prompt: str) -> Optional[str]:
        """Ask for a password: a ``*`` is shown for each character (None under -NonInteractive
        or at end of input)."""
        if not self.interactive:
            return None
        self.out.write(prompt)
        self.out.flush()
        return self.secret_reader()

    def _masked_line(self) -> Optional[str]:
        def echo(text: str) -> None:
            self.out.write(text)
            self.out.flush()
        return read_masked_line(sys.stdin.fileno(), echo)
