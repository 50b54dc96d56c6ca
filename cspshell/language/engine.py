"""The engine's front door: run one input unit (a typed line, a -Command text, a script)
through parse, compile and execute, and send its output through Out-Default to the host.

Nothing a user types escapes as a Python exception: parse errors, runtime errors and
internal faults all become error records on the host, and the engine goes on.
"""
from __future__ import annotations

from typing import Any, Iterator, Optional

from ..errors import ErrorRecord, ParseError, PSError, SourceText
from .compiler import CompiledBody
from .context import (BreakSignal, ContinueSignal, ExecutionContext, ExitSignal, Host, ReturnSignal,
                      ScriptTerminatingError)
from .parser import Parser


class Engine:
    """Runs PowerShell text in one ExecutionContext."""

    def __init__(self, host: Host, session: Any = None, interactive: bool = False):
        self.ctx = ExecutionContext(host, session, interactive)
        self.ctx.engine = self
        self.exit_code: Optional[int] = None
        self.terminated = False  # the last input unit ended with a script-terminating error

    @property
    def host(self) -> Host:
        return self.ctx.host

    def parse(self, text: str, name: str = "") -> Any:
        return Parser(SourceText(text, name)).parse_script()

    def run(self, text: str, name: str = "", args: Optional[list] = None, history: bool = True) -> bool:
        """Run one input unit; returns ``$?``. Sets ``exit_code`` when the script called exit."""
        try:
            return self._run(text, name, args)
        finally:
            if history and text.strip():
                self.ctx.history.append((len(self.ctx.history) + 1, text.rstrip("\n")))

    def _run(self, text: str, name: str, args: Optional[list]) -> bool:
        ctx = self.ctx
        try:
            body = self.parse(text, name)
        except ParseError as exc:
            self._report(exc.record)
            ctx.last_ok = False
            return False
        except RecursionError:
            self._report(call_depth_overflow())
            ctx.last_ok = False
            return False
        except Exception as exc:  # a parser fault must not end the shell
            self._report(internal_error(exc))
            ctx.last_ok = False
            return False
        self.terminated = False
        try:
            code = CompiledBody(body)
        except RecursionError:  # nesting deeper than the compiler's recursion allows
            self._report(call_depth_overflow())
            ctx.last_ok = False
            return False
        except Exception as exc:  # a compiler fault must not end the shell
            self._report(internal_error(exc))
            ctx.last_ok = False
            return False
        if body.params and args is not None:
            from .functions import bind_script_arguments
            try:
                bind_script_arguments(ctx, body, code, list(args), name)
            except PSError as exc:
                self._report(exc.record)
                ctx.last_ok = False
                self.terminated = True
                return False
        elif args is not None or body.params:
            code.bind_simple(ctx, list(args or []))
        self._format(self._execute(code))
        return ctx.last_ok

    def _execute(self, code: CompiledBody) -> Iterator[Any]:
        ctx = self.ctx
        try:
            for block in (code.begin, code.process, code.end):
                if block is not None:
                    yield from block(ctx)
        except ExitSignal:
            raise
        except ScriptTerminatingError as exc:
            self._report(exc.record)
            ctx.last_ok = False
            self.terminated = True
        except PSError as exc:
            self._report(exc.record)
            ctx.last_ok = False
        except (BreakSignal, ContinueSignal, ReturnSignal):
            return
        except RecursionError:
            ctx.last_ok = False
            self._report(call_depth_overflow())
        except KeyboardInterrupt:
            raise
        except Exception as exc:  # an emulator fault must not end the shell
            ctx.last_ok = False
            self._report(internal_error(exc))

    def _format(self, stream: Iterator[Any]) -> None:
        from ..formatting.out_default import format_stream
        ctx = self.ctx
        kept: list = []
        ctx.output_history.append(kept)
        try:
            for line in format_stream(_recording(stream, kept), ctx.host.width, ctx.enumeration_limit):
                ctx.host.write_line(line)
        except ExitSignal as sig:
            self.exit_code = sig.code
        except KeyboardInterrupt:
            raise
        except Exception as exc:  # a formatting fault must not end the shell
            ctx.last_ok = False
            self._report(internal_error(exc))

    def _report(self, record: ErrorRecord) -> None:
        ctx = self.ctx
        if not ctx.errors or ctx.errors[0] is not record:
            ctx.errors.insert(0, record)
        ctx.show_error(record)


OUTPUT_KEPT = 1000


def _recording(stream: Iterator[Any], kept: list) -> Iterator[Any]:
    """Pass objects through to Out-Default, keeping the first OUTPUT_KEPT of them (lab checks
    look at what the trainee's last pipeline produced)."""
    for item in stream:
        if len(kept) < OUTPUT_KEPT:
            kept.append(item)
        yield item


def call_depth_overflow() -> ErrorRecord:
    """5.1's error when scripts nest deeper than the stack allows (ScriptCallDepthException)."""
    return ErrorRecord(message="The script failed due to call depth overflow.", error_id="CallDepthOverflow",
                       category="InvalidOperation", exception_type="ScriptCallDepthException")


def internal_error(exc: BaseException) -> ErrorRecord:
    """An emulator fault as an error record (with the Python exception type for bug reports)."""
    return ErrorRecord(
        message=f"cspshell internal error: {type(exc).__name__}: {exc}. The command did not complete; "
                "please report this with the command you typed.",
        error_id="CspshellInternalError", category="NotSpecified", exception_type=type(exc).__name__)


def debug_tokens(text: str) -> list[str]:
    """Token dump for ``--dump-tokens`` (expression-mode scan, for debugging the lexer)."""
    from .lexer import EXPR, Lexer
    from .tokens import T
    lexer = Lexer(SourceText(text))
    pos = 0
    out = []
    while True:
        tok = lexer.scan(pos, EXPR)
        out.append(repr(tok))
        if tok.kind is T.EOF:
            return out
        pos = tok.end


__all__ = ["Engine", "internal_error", "debug_tokens"]
