"""The interactive shell: banner, profile, then read-run-print until ``exit`` or Ctrl+D.

``cli.main`` calls ``run_interactive(opts)`` when no -Command/-File is given and both
standard input and output are terminals. Everything terminal-specific (prompt_toolkit,
pygments) is imported from here, never on the one-shot path.

Each input unit goes to ``Engine.run`` on the main thread, so Ctrl+C raises
KeyboardInterrupt inside the running pipeline (a ``while ($true) {}`` loop too); it is
caught here and the prompt comes back. Errors are printed by the engine in the 5.1 layout
and never end the shell.
"""
from __future__ import annotations

import gc
import importlib
import os
import sys
import threading
from typing import Any

from ..cmdlets.registry import all_commands, lookup
from ..language.context import CaptureHost
from ..language.engine import Engine
from .completion import CompletionEngine
from .host import TerminalHost, colour_wanted
from .keybindings import PendingInput
from .paging import PagingStopped, register_more
from .paths import history_path, profile_path
from .toolbar import topology_counts, topology_label, toolbar_text
from .typeinfo import TypeCatalog, learn_session_output

BANNER = ("Windows PowerShell", "Copyright (C) 2016 Microsoft Corporation. All rights reserved.", "")
CONTINUATION = ">> "


def default_prompt(ctx: Any) -> str:
    """``PS C:\\Users\\Administrator> `` (the 5.1 prompt function's text)."""
    return f"PS {ctx.cwd_display}> "


class Shell:
    """One interactive session around an Engine."""

    def __init__(self, engine: Engine, opts: Any, colour: bool):
        self.engine = engine
        self.opts = opts
        self.colour = colour
        self.ctx = engine.ctx
        self.host: TerminalHost = engine.ctx.host  # type: ignore[assignment]
        self.catalog = TypeCatalog()
        self.completion = CompletionEngine(self.ctx, self.catalog)
        self.pending = PendingInput()
        self.ready = threading.Event()  # set once the lab state is loaded (see warm)

    # -- start-up ---------------------------------------------------------------------------
    def start(self) -> None:
        """Declare ``more``, set ``$PROFILE``, print the banner, run the profile."""
        register_more()
        self.ctx.set_var("PROFILE", str(profile_path()), scope="global")
        if not self.opts.nologo:
            for line in self.banner():
                self.host.write_line(line)
        if not self.opts.noprofile:
            self.run_profile()

    def banner(self) -> list[str]:
        """The 5.1 console banner, then which topology is loaded and where to start."""
        session = self.ctx.session
        return list(BANNER) + [
            f"cspshell: Lync Server 2010 Management Shell emulator on topology '{topology_label(session)}' "
            f"({topology_counts(session.topology)}).",
            "Type Get-Help about_cspshell to start.", ""]

    def run_profile(self) -> None:
        """Run profile.ps1 from the config directory, if there is one."""
        path = profile_path()
        try:
            text = path.read_text(encoding="utf-8-sig")
        except OSError:
            return
        self.run_unit(text, name=str(path), history=False)

    # -- the loop -----------------------------------------------------------------------------
    def run(self) -> int:
        """Read and run input units until ``exit`` or end of input; return the exit code."""
        self.start()
        if self.engine.exit_code is not None:
            return self.engine.exit_code
        self.ctx.session.topology  # loaded here, never first by a background thread
        prompt = PlainPrompt(self.host) if os.environ.get("TERM") == "dumb" else self.build_prompt()
        self.warm(prompt.app)
        while True:
            try:
                text = self.next_input(prompt)
            except KeyboardInterrupt:  # Ctrl+C cancels the line being typed
                continue
            except EOFError:  # Ctrl+D on an empty line
                return 0
            self.run_unit(text)
            if self.engine.exit_code is not None:
                return self.engine.exit_code

    def next_input(self, prompt: Any) -> str:
        """The next input unit: a pasted one still waiting (shown as if typed), else what
        the person types at the prompt."""
        if self.pending.units:
            text = self.pending.units.popleft()
            self.echo(text)
            prompt.history.append_string(text)
            return text
        return prompt.prompt(self.prompt_text(), default=self.pending.take_default())

    def run_unit(self, text: str, name: str = "", history: bool = True) -> None:
        """Run one input unit; Ctrl+C stops it and brings the prompt back."""
        if not text.strip():
            return
        from ..cli import console_width
        self.host.width = console_width()
        try:
            self.engine.run(text, name=name, history=history)
        except PagingStopped:  # Q at the pager: the pager has ended its line already
            self.ctx.last_ok = False
        except KeyboardInterrupt:  # the terminal echoed ^C; the prompt starts on a new line
            self.host.write_raw("\n")
            self.ctx.last_ok = False
        finally:
            self.host.stop_paging()
            learn_session_output(self.catalog, self.ctx)

    def echo(self, text: str) -> None:
        """Show a pasted unit after the prompt, as if it had been typed."""
        self.host.write_line(self.prompt_text() + text.replace("\n", "\n" + CONTINUATION))

    # -- the prompt -----------------------------------------------------------------------------
    def prompt_text(self) -> str:
        """The prompt: the user's ``prompt`` function's output when defined, else the default."""
        if self.ctx.find_function("prompt") is None:
            return default_prompt(self.ctx)
        return self._custom_prompt() or "PS>"

    def _custom_prompt(self) -> str:
        """Run the ``prompt`` function without touching $?, $Error or the lab's record of
        the last output (PowerShell does not count it as a command)."""
        ctx = self.ctx
        saved = (ctx.host, ctx.last_ok, len(ctx.errors), len(ctx.output_history))
        capture = CaptureHost(self.host.width)
        ctx.host = capture
        try:
            self.engine.run("prompt", history=False)
        except KeyboardInterrupt:
            pass
        finally:
            ctx.host, ctx.last_ok = saved[0], saved[1]
            del ctx.errors[:len(ctx.errors) - saved[2]]
            while len(ctx.output_history) > saved[3]:
                ctx.output_history.pop()
        return "\n".join(capture.lines)

    def command_exists(self, name: str) -> bool:
        """True when a command name is a cmdlet, an alias or one of the user's functions."""
        return lookup(name) is not None or self.ctx.find_function(name) is not None

    def toolbar(self) -> str:
        """The bottom toolbar's text (never fails: a broken toolbar must not stop typing)."""
        try:
            return toolbar_text(self.ctx.session, self.ready.is_set())
        except Exception:
            return ""

    def warm(self, app: Any = None) -> threading.Thread:
        """Load in the background what the first prompt does not need to appear: the lab
        state's modules (then redraw the toolbar), every command family (for completion),
        and the user prefix index (a second or two for a million users). Only modules and
        the index: the session's objects are created on the main thread alone."""
        def load() -> None:
            try:
                importlib.import_module("cspshell.routing.labstate")
                all_commands()
            except Exception:  # best effort: whatever failed loads on first use instead
                pass
            finally:
                self.ready.set()
                if app is not None:
                    app.invalidate()
            users = self.completion.users()
            if users is not None:
                users.ensure_quietly()
            # What is loaded now lives as long as the session: keep the cycle collector
            # from walking it again on every full collection (a pause felt while typing).
            gc.freeze()
        thread = threading.Thread(target=load, name="cspshell-warm-up", daemon=True)
        thread.start()
        return thread

    def build_prompt(self) -> Any:
        """The prompt_toolkit session: history, colouring, completion, keys, toolbar."""
        from prompt_toolkit import PromptSession
        from prompt_toolkit.lexers import PygmentsLexer
        from prompt_toolkit.output import ColorDepth
        from prompt_toolkit.styles import Style

        from .completer import ShellCompleter
        from .highlight import STYLE_RULES, lexer_class
        from .history import PersistentHistory
        from .keybindings import build_key_bindings

        style = Style.from_dict({**STYLE_RULES, "bottom-toolbar": "noreverse bg:#303030 #d0d0d0"}
                                if self.colour else {})
        return PromptSession(
            history=PersistentHistory(history_path()),
            lexer=PygmentsLexer(lexer_class(self.command_exists)) if self.colour else None,
            completer=ShellCompleter(self.completion),
            complete_in_thread=True,
            complete_while_typing=False,
            enable_history_search=True,
            multiline=True,
            prompt_continuation=lambda width, line_number, soft_wrap: "" if soft_wrap else CONTINUATION,
            key_bindings=build_key_bindings(self.pending),
            bottom_toolbar=self.toolbar,
            style=style,
            include_default_pygments_style=False,
            color_depth=None if self.colour else ColorDepth.MONOCHROME,
            reserve_space_for_menu=8,
        )


class PlainPrompt:
    """Line input for terminals that cannot be drawn on (TERM=dumb): the prompt, then
    ``>> `` continuation lines until the input is complete; history is still saved."""

    app = None  # nothing to redraw

    def __init__(self, host: TerminalHost):
        from .history import HistoryFile
        self.host = host
        self.history = _PlainHistory(HistoryFile(history_path()))

    def prompt(self, message: str, default: str = "") -> str:
        """Read one input unit (EOFError at end of input, KeyboardInterrupt on Ctrl+C)."""
        from .keybindings import needs_more
        try:
            lines = [default + input(message + default)]
            while needs_more("\n".join(lines)):
                lines.append(input(CONTINUATION))
        except KeyboardInterrupt:
            self.host.write_raw("\n")  # the next prompt starts on a fresh line
            raise
        text = "\n".join(lines)
        self.history.append_string(text)
        return text


class _PlainHistory:
    """The history file without prompt_toolkit (blank lines are not kept)."""

    def __init__(self, file: Any):
        self.file = file

    def append_string(self, text: str) -> None:
        if text.strip():
            self.file.append(text)


def run_interactive(opts: Any) -> int:
    """Run the interactive shell with the command-line options; return the exit code."""
    from ..cli import console_width, make_session
    try:
        session = make_session(opts)
    except SystemExit as exc:
        return int(exc.code or 0)
    colour = colour_wanted(stream=sys.stdout)
    interactive = not opts.noninteractive
    host = TerminalHost(sys.stdout, sys.stderr, console_width(), colour, interactive=interactive)
    engine = Engine(host, session, interactive=interactive)
    return Shell(engine, opts, colour).run()

