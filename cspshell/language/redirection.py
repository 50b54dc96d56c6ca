"""Redirection of a command's streams, as Windows PowerShell 5.1 binds it (about_Redirection;
5.1's ``FileRedirection``, ``MergingRedirection`` and ``PipelineOps.AddCommand``).

Streams: 1 success, 2 error, 3 warning, 4 verbose, 5 debug, 6 information, ``*`` all.

* ``n> file`` / ``n>> file`` send stream n to a file the way ``Out-File`` writes it (the text
  the console would show, UTF-16 LE with a byte order mark, CRLF line ends); ``*> file`` sends
  every stream to one file. A ``$null`` or empty target discards the stream.
* ``n>&1`` merges stream n into the success stream as records (ErrorRecord, WarningRecord ...).
* A command's redirections are bound by stream, ``*`` first (the parser sorts them so), and a
  merge joins whatever the success stream is when it is bound: in ``> f 3>&1`` warnings go to
  the file, in ``*>&1 > f`` they go on down the pipeline while the output and the errors (which
  join the success stream when written) go to the file.
* The commands a redirected function or script block runs inherit its redirections (streams
  3 to 6 from any command, errors from script commands and from the file redirection of a
  cmdlet), as do its statement-terminating errors.

Files are bound before the command starts: a missing folder is 5.1's ``out-file : Could not
find a part of the path`` error and the command never runs. ``>`` writes a file beside the
target and puts it in place when the command ends; ``>>`` appends to the target as it goes. An
emulator fault (a Python exception) leaves the target as it was; a PowerShell error keeps what
was written, as in 5.1.
"""
from __future__ import annotations

import itertools
import os
import weakref
from typing import Any, Callable, Iterable, Iterator, Optional

from ..errors import ErrorRecord, Extent, PSError
from ..objects import convert as C
from . import ast as A
from .context import ExecutionContext, FlowSignal

OTHER_STREAMS = ("error", "warning", "verbose", "debug", "information")
_STREAM_NAMES = {"2": "error", "3": "warning", "4": "verbose", "5": "debug", "6": "information"}

_BOM = b"\xff\xfe"  # Out-File's default encoding in 5.1: Unicode (UTF-16 LE)
_CODEC = "utf-16-le"
_NEWLINE = "\r\n"
_OUT_FILE_CLASS = "Microsoft.PowerShell.Commands.OutFileCommand"
_temp_numbers = itertools.count(1)


class Routes:
    """Where a command's error, warning, verbose, debug and information streams go: each is
    None (the console, under the preference variables) or a sink with ``write(obj)``."""

    __slots__ = OTHER_STREAMS

    def __init__(self, base: Optional["Routes"] = None):
        for name in OTHER_STREAMS:
            setattr(self, name, getattr(base, name) if base is not None else None)

    def with_error(self, sink: Any) -> "Routes":
        """A copy whose error stream goes to ``sink``."""
        routes = Routes(self)
        routes.error = sink
        return routes


class Discard:
    """``> $null``: the stream is dropped."""

    def write(self, obj: Any) -> None:
        return None

    def close(self, fault: bool = False) -> None:
        return None


DISCARD = Discard()


class Merge:
    """``n>&1``: records join the command's success stream, in the order they were written."""

    __slots__ = ("queue",)

    def __init__(self, queue: list):
        self.queue = queue

    def write(self, obj: Any) -> None:
        self.queue.append(obj)


class FileSink:
    """A file as a redirection writes it: Out-File's text at the console width minus one.

    5.1 writes the byte order mark with the first object Out-File receives; a command that sends
    nothing leaves an empty file (``>``) or the file as it was (``>>``).
    """

    def __init__(self, ctx: ExecutionContext, path: str, append: bool):
        from ..formatting.out_default import LineRenderer
        if os.path.isdir(path) or (os.path.exists(path) and not os.stat(path).st_mode & 0o200):
            raise PermissionError(path)  # a folder, or a read-only file: 5.1's access denied
        path = os.path.realpath(path)  # a link is written through, not replaced
        self.path = path
        self.renderer = LineRenderer(max(ctx.width - 1, 2), ctx.enumeration_limit)
        self.started = False
        if append:
            self.existed = os.path.exists(path)
            self.handle = open(path, "ab")
            self.size = self.handle.tell()
            self.temp: Optional[str] = None
        else:
            self.existed, self.size = os.path.exists(path), 0
            self.handle, self.temp = _open_beside(path)
        self._finalizer = weakref.finalize(self, _undo, self.handle, self.temp, path, self.existed, self.size)

    def write(self, obj: Any) -> None:
        if not self.started:
            self.started = True
            if self.size == 0:
                self.handle.write(_BOM)
        self._write_lines(self.renderer.feed(obj))

    def _write_lines(self, lines: list[str]) -> None:
        if lines:
            text = "".join(line + _NEWLINE for line in lines)
            self.handle.write(text.encode(_CODEC, errors="surrogatepass"))

    def close(self, fault: bool = False) -> None:
        """Finish the file; after an emulator ``fault`` put the target back as it was."""
        if not self._finalizer.alive:
            return
        if not fault:
            try:
                if self.started:
                    self._write_lines(self.renderer.close())
                self.handle.close()
                if self.temp is not None:
                    if self.existed:
                        os.chmod(self.temp, os.stat(self.path).st_mode & 0o7777)
                    os.replace(self.temp, self.path)
            except Exception:
                self._finalizer()
                raise
            self._finalizer.detach()
            return
        self._finalizer()


def _open_beside(path: str) -> tuple[Any, str]:
    """A new file in the target's folder (created with the default permissions)."""
    folder, name = os.path.split(path)
    while True:
        temp = os.path.join(folder, f".{name}.{os.getpid()}-{next(_temp_numbers)}.tmp")
        try:
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue
        return os.fdopen(fd, "wb"), temp


def _undo(handle: Any, temp: Optional[str], path: str, existed: bool, size: int) -> None:
    """Leave the target as it was before the redirection opened it."""
    try:
        if temp is not None:
            handle.close()
            os.unlink(temp)
        elif existed:
            handle.truncate(size)
            handle.close()
        else:
            handle.close()
            os.unlink(path)
    except OSError:
        pass


def is_fault(exc: BaseException) -> bool:
    """True for an emulator fault; PowerShell errors, flow control (break, exit), a stopped
    pipeline and Ctrl+C are not."""
    return not isinstance(exc, (PSError, FlowSignal, GeneratorExit, KeyboardInterrupt, SystemExit))


# -- binding ---------------------------------------------------------------------------------

def compile_redirections(nodes: list) -> list[tuple[A.Redirection, Optional[Callable[[Any], Any]]]]:
    """Each redirection with its compiled target (None for a merge), compiled once per stage."""
    if not nodes:
        return []
    from .compiler import compile_expr
    return [(node, compile_expr(node.target) if node.target is not None else None) for node in nodes]


class Binding:
    """One command's redirections, bound.

    ``output`` is the sink of its success stream (None: down the pipeline); ``routes`` where it
    writes its other streams; ``inner`` the routes the commands it runs inherit; ``outer`` the
    routes in force where it was called. Records merged into the success stream wait in
    ``merged`` until its output reaches them.
    """

    def __init__(self, ctx: ExecutionContext):
        self.ctx = ctx
        self.outer: Optional[Routes] = ctx.stream_routes
        self.merged: list = []
        self.output: Any = None
        self.routes = Routes(self.outer)
        self.inner = self.routes
        self.sinks: list = []
        self.paths: set[str] = set()

    # -- setting up -------------------------------------------------------------------------
    def bind(self, redirections: list, script: bool, statement: Extent) -> "Binding":
        """Open the files and set the routes (``script``: the command runs PowerShell code,
        so its errors' redirection reaches the commands inside it)."""
        downstream = Merge(self.merged)
        merge_errors = False
        try:
            for node, target in redirections:
                here = self.output if self.output is not None else downstream
                if node.merge:
                    merge_errors |= node.stream in ("2", "*")
                    self._route(node.stream, here, with_error=False)
                else:
                    sink = self._open(node, target, statement)
                    if node.stream in ("1", "*"):
                        self.output = sink
                    self._route(node.stream, sink, with_error=True)
        except BaseException as exc:
            self.close(fault=is_fault(exc))
            raise
        if merge_errors:
            # 5.1 resolves a merged error stream when an error is written: to the output as bound
            merged = self.routes.with_error(self.output if self.output is not None else downstream)
            self.inner = merged if script else self.routes
            self.routes = merged
        return self

    def _route(self, stream: str, sink: Any, with_error: bool) -> None:
        if stream == "*":
            for name in OTHER_STREAMS:
                if with_error or name != "error":
                    setattr(self.routes, name, sink)
        elif stream in _STREAM_NAMES and (with_error or stream != "2"):
            setattr(self.routes, _STREAM_NAMES[stream], sink)

    def _open(self, node: A.Redirection, target: Callable[[Any], Any], statement: Extent) -> Any:
        name = C.to_string(target(self.ctx))
        if not name.strip():
            return DISCARD
        path = self.ctx.resolve_path(name)
        shown = self.ctx.display_path(path)
        if path in self.paths:
            raise _open_error(f"The process cannot access the file '{shown}' because it is being used by "
                              "another process.", "IOException", "System.IO.IOException", statement)
        try:
            sink = FileSink(self.ctx, path, node.op.endswith(">>"))
        except (FileNotFoundError, NotADirectoryError):
            raise _open_error(f"Could not find a part of the path '{shown}'.", "DirectoryNotFoundException",
                              "System.IO.DirectoryNotFoundException", statement) from None
        except OSError:
            raise _open_error(f"Access to the path '{shown}' is denied.", "UnauthorizedAccessException",
                              "System.UnauthorizedAccessException", statement) from None
        self.paths.add(path)
        self.sinks.append(sink)
        return sink

    def close(self, fault: bool = False) -> None:
        """Close the files (see ``FileSink.close``)."""
        sinks, self.sinks = self.sinks, []
        for sink in sinks:
            sink.close(fault)

    # -- running ------------------------------------------------------------------------------
    def evaluate(self, expr: Callable[[ExecutionContext], Any]) -> Any:
        """An expression's value, worked out with its redirections in force."""
        return self._call(lambda: expr(self.ctx))

    def begin(self, impl: Any) -> list:
        """The command's begin output, run with its redirections in force."""
        return self._call(lambda: list(impl.begin() or ()))

    def _call(self, fn: Callable[[], Any]) -> Any:
        ctx = self.ctx
        saved, ctx.stream_routes = ctx.stream_routes, self.inner
        try:
            return fn()
        except BaseException as exc:
            self.close(fault=is_fault(exc))
            raise
        finally:
            ctx.stream_routes = saved

    def upstream(self, items: Optional[Iterator[Any]]) -> Optional[Iterator[Any]]:
        """The previous command's output: that command runs with the routes of the caller."""
        return None if items is None else _scoped(self.ctx, self.outer, items)

    def stream(self, items: Iterator[Any]) -> Iterator[Any]:
        """What the next command receives: the command's output with the merged records in the
        order they were written, or nothing when its output goes to a file (merged records
        bound before that file still go on)."""
        merged, output = self.merged, self.output
        try:
            for item in _scoped(self.ctx, self.inner, items):
                if merged:
                    yield from _drain(merged)
                if output is None:
                    yield item
                else:
                    output.write(item)
            if merged:
                yield from _drain(merged)
        except BaseException as exc:
            self.close(fault=is_fault(exc))
            raise
        self.close()


def _drain(queue: list) -> Iterator[Any]:
    items = queue[:]
    queue.clear()
    yield from items


def _scoped(ctx: ExecutionContext, routes: Optional[Routes], items: Iterable[Any]) -> Iterator[Any]:
    """``items`` computed with ``routes`` as the routes commands created meanwhile inherit."""
    iterator = iter(items)
    try:
        while True:
            saved, ctx.stream_routes = ctx.stream_routes, routes
            try:
                item = next(iterator)
            except StopIteration:
                return
            finally:
                ctx.stream_routes = saved
            yield item
    finally:
        close = getattr(iterator, "close", None)
        if close is not None:
            saved, ctx.stream_routes = ctx.stream_routes, routes
            try:
                close()
            finally:
                ctx.stream_routes = saved


def _open_error(message: str, exception: str, full_name: str, statement: Extent) -> PSError:
    """The error Out-File reports when the redirection cannot open its file (5.1 runs Out-File
    under the name ``out-file``, and the error points at the whole statement)."""
    return PSError(ErrorRecord(message=message, error_id="FileOpenFailure", category="OpenError",
                               exception_type=exception, exception_full_type=full_name, command="out-file",
                               command_class=_OUT_FILE_CLASS, activity="Out-File", extent=statement))


def bind(ctx: ExecutionContext, redirections: list, script: bool, statement: Extent) -> Binding:
    """Bind a command's (compiled) redirections; raises the Out-File error when a file cannot
    be opened."""
    return Binding(ctx).bind(redirections, script, statement)


__all__ = ["Binding", "Routes", "bind", "compile_redirections", "is_fault", "DISCARD"]
