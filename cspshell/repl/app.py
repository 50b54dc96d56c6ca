"""The interactive shell: banner, profile, then read-run-print until ``exit`` or Ctrl+D.

``cli.main`` calls ``run_interactive(opts)`` when no -Command/-File is given and both
standard input and output are terminals. Everything terminal-specific (prompt_toolkit,
pygments) is imported from here, never on the one-shot path.

Each input unit goes to ``Engine.run`` on the main thread, so Ctrl+C raises
KeyboardInterrupt inside the running pipeline (a ``while ($true) {}`` loop too); it is
caught here and the prompt comes back. Errors are printed by the engine in the 5.1 layout
and never end the shell.

Start-up draws the first prompt before loading anything it does not need: the banner's
counts come from the default topology's recorded summary (``summary.py``); the topology
itself, the lab state's modules, every command family, the completion engine, the
colouring lexer's modules and the user prefix index load in a background thread started
once the prompt is drawn (``warm``). A command typed meanwhile that needs the topology
waits for that load (the session's lock); the lexer is built at the first key press.
"""
from __future__ import annotations

import gc
import importlib
import os
import sys
import threading
from typing import TYPE_CHECKING, Any, Optional

from ..cmdlets.registry import all_commands, lookup
from ..language.context import CaptureHost
from ..language.deepstack import fit_recursion_limit_to_main_stack
from ..language.engine import Engine
from .host import TerminalHost, colour_wanted
from .keybindings import PendingInput
from .paging import PagingStopped, register_more
from .paths import history_path, profile_path
from .summary import TopologySummary, start_summary
from .toolbar import toolbar_text

if TYPE_CHECKING:
    from .completion import CompletionEngine
    from .typeinfo import TypeCatalog

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
        self.pending = PendingInput()
        self.ready = threading.Event()  # set once the topology and the lab state are loaded (see warm)
        self.summary: Optional[TopologySummary] = None  # the banner's topology line (see start)
        self.warming: Optional[threading.Thread] = None
        self._catalog: Optional[TypeCatalog] = None
        self._completion: Optional[CompletionEngine] = None
        self._making = threading.Lock()  # the warm-up, the completion thread and this one share them

    @property
    def catalog(self) -> TypeCatalog:
        """The types this session's output has shown (for completion), made on first use."""
        if self._catalog is None:
            with self._making:
                if self._catalog is None:
                    from .typeinfo import TypeCatalog
                    self._catalog = TypeCatalog()
        return self._catalog

    @property
    def completion(self) -> CompletionEngine:
        """The completion engine, made on first use (by the warm-up, or at the first Tab)."""
        if self._completion is None:
            catalog = self.catalog
            with self._making:
                if self._completion is None:
                    from .completion import CompletionEngine
                    self._completion = CompletionEngine(self.ctx, catalog)
        return self._completion

    # -- start-up ---------------------------------------------------------------------------
    def start(self) -> None:
        """Declare ``more``, set ``$PROFILE``, print the banner, run the profile."""
        register_more()
        self.ctx.set_var("PROFILE", str(profile_path()), scope="global")
        # Recorded for the default topology, so it does not wait for the load; any other
        # topology is loaded here (a bad file raises TopologyError, as it always did).
        self.summary = start_summary(self.ctx.session)
        if not self.opts.nologo:
            for line in self.banner():
                self.host.write_line(line)
        if not self.opts.noprofile:
            self.run_profile()

    def banner(self) -> list[str]:
        """The 5.1 console banner, then which topology is loaded and where to start."""
        summary = self.summary or start_summary(self.ctx.session)
        return list(BANNER) + [
            f"cspshell: Lync Server 2010 Management Shell emulator on topology '{summary.label}' "
            f"({summary.counts()}).",
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
        if os.environ.get("TERM") == "dumb":
            # No warm-up: plain lines have no toolbar, completion or colouring to prepare,
            # and a thread busy beside input() can delay its reaction to Ctrl+C (a signal
            # that lands just before input() starts reading waits for the next Enter).
            prompt: Any = PlainPrompt(self.host)
        else:
            prompt = self.build_prompt()
            self.warm_after_first_draw(prompt.app)
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
            from .typeinfo import learn_session_output
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
        """The bottom toolbar's text (never fails: a broken toolbar must not stop typing).
        While the background load runs it shows the banner's summary, so drawing never
        waits for the topology."""
        try:
            session = self.ctx.session
            ready = self.ready.is_set()
            waiting = not ready and not session.topology_loaded
            return toolbar_text(session, ready, self.summary if waiting else None)
        except Exception:
            return ""

    def warm_after_first_draw(self, app: Any) -> None:
        """Start the warm-up once the first prompt is on the screen: before, it would
        compete with the drawing for the interpreter."""
        def drawn(_: Any) -> None:
            if self.warming is None:
                self.warm(app)
        app.after_render += drawn

    def warm(self, app: Any = None) -> threading.Thread:
        """Load in the background what the first prompt does not need to appear: the
        topology (the session's lock makes a command that needs it meanwhile wait for this
        load), the lab state's modules (then redraw the toolbar), every command family and
        the completion engine (for completion), the colouring lexer's modules, and the
        user prefix index (a second or two for a million users). A failure here is left
        for the main thread to meet, and report, on first use."""
        def load() -> None:
            try:
                self.ctx.session.topology
                importlib.import_module("cspshell.routing.labstate")
                all_commands()
                self.completion
                if self.colour:
                    importlib.import_module("cspshell.repl.highlight")
            except Exception:  # best effort: whatever failed loads on first use instead
                pass
            finally:
                self.ready.set()
                if app is not None:
                    app.invalidate()
            try:
                users = self.completion.users()
                if users is not None:
                    users.ensure_quietly()
            except Exception:  # completion builds the index itself when it needs it
                pass
            # What is loaded now lives as long as the session: keep the cycle collector
            # from walking it again on every full collection (a pause felt while typing).
            gc.freeze()
        thread = threading.Thread(target=load, name="cspshell-warm-up", daemon=True)
        self.warming = thread
        thread.start()
        return thread

    def build_prompt(self) -> Any:
        """The prompt_toolkit session: history, colouring, completion, keys, toolbar."""
        from prompt_toolkit import PromptSession
        from prompt_toolkit.output import ColorDepth
        from prompt_toolkit.styles import Style

        from .colours import STYLE_RULES, DeferredLexer
        from .completer import ShellCompleter
        from .history import PersistentHistory
        from .keybindings import build_key_bindings

        style = Style.from_dict({**STYLE_RULES, "bottom-toolbar": "noreverse bg:#303030 #d0d0d0"}
                                if self.colour else {})
        return PromptSession(
            history=PersistentHistory(history_path()),
            lexer=DeferredLexer(self.build_lexer) if self.colour else None,
            completer=ShellCompleter(lambda: self.completion),
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

    def build_lexer(self) -> Any:
        """The prompt_toolkit lexer that colours the input: the shell's pygments lexer,
        which also knows the person's functions."""
        from prompt_toolkit.lexers import PygmentsLexer

        from .highlight import lexer_class
        return PygmentsLexer(lexer_class(self.command_exists))


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
    fit_recursion_limit_to_main_stack()  # room for deep recursion without leaving the main thread
    return Shell(engine, opts, colour).run()

