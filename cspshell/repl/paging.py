"""A one-screen-at-a-time pager for the interactive shell: ``Out-Host -Paging`` and ``more``.

After a screenful it shows the console host's prompt (``<SPACE> next page; <CR> next line;
Q quit`` for Out-Host -Paging, ``-- More  --`` for ``more``, which in Windows PowerShell
5.1 pipes to more.com) and waits for one key: Space shows the next page, Enter the next
line, Q stops the pipeline quietly, as Ctrl+C would.

``more`` is declared here, as the function Windows PowerShell defines, because paging only
means something at an interactive console; ``register_more()`` adds it to the command
table when the shell starts.
"""
from __future__ import annotations

import os
from typing import Any, Callable, Iterator

from ..cmdlets.base import NO_INPUT, Cmdlet
from ..cmdlets.registry import CommandInfo, Parameter, cmdlet, lookup
from ..objects.convert import to_string

OUT_HOST_PROMPT = "<SPACE> next page; <CR> next line; Q quit"
MORE_PROMPT = "-- More  --"


class PagingStopped(KeyboardInterrupt):
    """Q at the pager prompt: the pipeline stops like after Ctrl+C, without a message."""


class Pager:
    """Counts the lines written and pauses after each screenful.

    ``rows`` gives the terminal height, ``read_key`` one key press, ``write`` writes text.
    """

    def __init__(self, rows: Callable[[], int], read_key: Callable[[], str], write: Callable[[str], None],
                 prompt: str = OUT_HOST_PROMPT):
        self.rows = rows
        self.read_key = read_key
        self.write = write
        self.prompt = prompt
        self.left = max(self.rows() - 1, 1)

    def line(self, text: str) -> None:
        """Write one line (it may hold newlines), pausing whenever the screen is full."""
        for part in text.split("\n"):
            if self.left <= 0:
                self._pause()
            self.write(part + "\n")
            self.left -= 1

    def _pause(self) -> None:
        self.write(self.prompt)
        while True:
            key = self.read_key()
            if key in ("q", "Q", "\x03", ""):
                self.write("\n")
                raise PagingStopped()
            if key == " ":
                self.left = max(self.rows() - 1, 1)
                break
            if key in ("\r", "\n"):
                self.left = 1
                break
        self.write("\n")


def read_key_from(stream: Any) -> Callable[[], str]:
    """A function reading one key press from a terminal stream, unbuffered and unechoed
    ('' at end of input or when the stream is no terminal)."""
    try:
        import termios
        import tty
    except ImportError:  # not a POSIX terminal: no paging prompt can be answered
        return lambda: ""

    def read_key() -> str:
        fd = stream.fileno()
        if not os.isatty(fd):
            return ""
        saved = termios.tcgetattr(fd)
        try:
            tty.setcbreak(fd)
            return os.read(fd, 1).decode("utf-8", errors="replace")
        finally:
            termios.tcsetattr(fd, termios.TCSADRAIN, saved)
    return read_key


class MoreCommand(Cmdlet):
    """``more``: page the input's formatted text (or files) through the host's pager."""

    def begin(self) -> None:
        from ..formatting.out_default import CONSOLE_STREAM_PREFIXES, LineRenderer
        # the pager is the console: a merged warning, verbose or debug record keeps the
        # WARNING: / VERBOSE: / DEBUG: its lines carry on screen
        self.renderer = LineRenderer(max(self.ctx.width - 1, 10), self.ctx.enumeration_limit,
                                     stream_prefixes=CONSOLE_STREAM_PREFIXES)
        self.paging = _start(self.ctx.host, MORE_PROMPT)

    def process(self) -> None:
        if self.input is NO_INPUT:
            return
        self._write(self.renderer.feed(self.input))

    def end(self) -> None:
        self._write(self.renderer.close())
        for path in self.params.get("paths") or []:
            self._write(self._file_lines(to_string(path)))
        if self.paging:
            self.ctx.host.stop_paging()

    def _write(self, lines: Any) -> None:
        for line in lines:
            self.ctx.host.write_line(line)

    def _file_lines(self, path: str) -> Iterator[str]:
        """The lines of a file (Get-Content's error when it is missing, as 5.1's more does)."""
        full = self.ctx.resolve_path(path)
        try:
            with open(full, encoding="utf-8-sig", errors="replace") as handle:
                for line in handle:
                    yield line.rstrip("\r\n")
        except OSError:
            shown = self.ctx.display_path(full)
            self.error(f"Cannot find path '{shown}' because it does not exist.", "PathNotFound",
                       "ObjectNotFound", shown, exception_type="ItemNotFoundException")


MORE_PARAMETERS = (
    Parameter("paths", "String[]", position=0, help="Files whose content is shown a screen at a time."),
    Parameter("InputObject", "PSObject", from_pipeline=True, help="The objects to show a screen at a time."),
)


def register_more() -> CommandInfo:
    """Declare ``more`` in the command table (once); return its CommandInfo."""
    existing = lookup("more")
    if existing is not None:
        return existing
    cmdlet("more", "", MORE_PARAMETERS, synopsis="Displays output or files one screen at a time.",
           description="Shows the formatted text of its pipeline input, or the content of the given files, "
                       "one screen at a time: Space for the next screen, Enter for the next line, Q to stop.",
           examples=(("Get-Help about_cspshell | more", "Reads the introduction a screen at a time."),),
           command_class="more")(MoreCommand)
    MoreCommand.info.command_type = "Function"
    return MoreCommand.info


def _start(host: Any, prompt: str) -> bool:
    start = getattr(host, "start_paging", None)
    if start is None:
        return False
    start(prompt)
    return True
