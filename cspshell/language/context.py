"""The execution context: scopes and variables, preference variables, the error stream,
and the host the engine writes to. One context per shell session.
"""
from __future__ import annotations

import collections
import datetime
import os
from typing import Any, Callable, Optional

from ..errors import ErrorRecord, PSError
from ..objects import convert as C
from ..objects import streams as S
from ..objects.psobject import PSHashtable, PSObject
from ..paths import PathMap, path_info
from .errorinfo import note_origin

PS_VERSION = "5.1.14393.206"


def _route(command: Any, stream: str) -> Any:
    """Where a command's ``stream`` is redirected (a sink), or None for the console."""
    routes = getattr(getattr(command, "processor", command), "routes", None)
    return getattr(routes, stream) if routes is not None else None


class PSArrayList(list):
    """System.Collections.ArrayList (what $Error is): a list that Add() can grow."""

    ps_type_name = "System.Collections.ArrayList"


# -- control flow ---------------------------------------------------------------------------

class FlowSignal(Exception):
    """Base of break/continue/return/exit signals (not errors)."""


class BreakSignal(FlowSignal):
    def __init__(self, label: str = ""):
        super().__init__(label)
        self.label = label


class ContinueSignal(FlowSignal):
    def __init__(self, label: str = ""):
        super().__init__(label)
        self.label = label


class ReturnSignal(FlowSignal):
    pass


class ExitSignal(FlowSignal):
    def __init__(self, code: int):
        super().__init__(code)
        self.code = code


class ScriptTerminatingError(PSError):
    """A terminating error that ends the whole script unless caught (throw, -ErrorAction Stop)."""


# -- host -----------------------------------------------------------------------------------

class Host:
    """Where the engine's text goes. The console host writes to stdout/stderr; tests capture."""

    width = 120

    def write_line(self, line: str) -> None:  # pragma: no cover - interface
        raise NotImplementedError

    def write_error_lines(self, lines: list[str]) -> None:  # pragma: no cover - interface
        raise NotImplementedError

    def write_host(self, text: str, newline: bool = True) -> None:
        self.write_line(text) if newline else self.write_raw(text)

    def write_raw(self, text: str) -> None:  # pragma: no cover - interface
        raise NotImplementedError

    def read_line(self, prompt: str) -> Optional[str]:
        """Interactive hosts read a line from the user (missing mandatory parameters,
        Read-Host); non-interactive hosts return None, which makes the caller fail."""
        return None

    def read_secret(self, prompt: str) -> Optional[str]:
        """Like ``read_line``, for a password: what is typed is not shown (a ``*`` per
        character at a terminal). None when the host cannot ask."""
        return None


class StreamHost(Host):
    """Writes output to one stream and errors to another (stdout/stderr in the one-shot CLI)."""

    def __init__(self, out: Any, err: Any, width: int = 120, colour: bool = False):
        self.out = out
        self.err = err
        self.width = width
        self.colour = colour

    def write_line(self, line: str) -> None:
        self.write_raw(line + "\n")

    def write_raw(self, text: str) -> None:
        try:
            self.out.write(text)
            self.out.flush()
        except BrokenPipeError:
            _output_closed()

    def write_error_lines(self, lines: list[str]) -> None:
        text = "\n".join(lines) + "\n"
        if self.colour:
            text = "\x1b[91m" + text + "\x1b[0m"
        try:
            self.out.flush()
            self.err.write(text)
            self.err.flush()
        except BrokenPipeError:
            _output_closed()

    def write_stream_line(self, prefix: str, text: str, colour: str = "93") -> None:
        line = prefix + text
        if self.colour:
            line = f"\x1b[{colour}m{line}\x1b[0m"
        self.write_line(line)


def _output_closed() -> None:
    """The reader of our output went away (``| head``): stop quietly, as a console program does."""
    import sys
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    raise SystemExit(0)


class CaptureHost(Host):
    """Collects everything in order (tests and Out-String-like captures)."""

    def __init__(self, width: int = 120):
        self.width = width
        self.lines: list[str] = []
        self._partial = ""

    def write_line(self, line: str) -> None:
        self.lines.append(self._partial + line)
        self._partial = ""

    def write_raw(self, text: str) -> None:
        parts = (self._partial + text).split("\n")
        self.lines.extend(parts[:-1])
        self._partial = parts[-1]

    def write_error_lines(self, lines: list[str]) -> None:
        self.lines.extend(lines)

    def write_stream_line(self, prefix: str, text: str, colour: str = "93") -> None:
        self.write_line(prefix + text)

    @property
    def text(self) -> str:
        return "\n".join(self.lines) + ("\n" if self.lines else "")


# -- scopes -----------------------------------------------------------------------------------

class Scope:
    """One variable scope; lookups walk to the parent."""

    __slots__ = ("vars", "parent", "functions")

    def __init__(self, parent: Optional["Scope"] = None):
        self.vars: dict[str, Any] = {}
        self.parent = parent
        self.functions: dict[str, Any] = {}


_MISSING = object()

_SPECIAL_READ: dict[str, Callable[["ExecutionContext"], Any]] = {
    "?": lambda ctx: ctx.last_ok,
    "error": lambda ctx: ctx.errors,
    "null": lambda ctx: None,
    "true": lambda ctx: True,
    "false": lambda ctx: False,
    "psitem": lambda ctx: ctx.lookup("_"),
    "host": lambda ctx: ctx.host_object(),
    "pwd": lambda ctx: path_info(ctx.cwd_display),
}


class ExecutionContext:
    """State shared by everything one shell session runs."""

    def __init__(self, host: Host, session: Any = None, interactive: bool = False):
        self.host = host
        self.session = session
        self.interactive = interactive
        self.global_scope = Scope()
        self.scope = self.global_scope
        self.errors = PSArrayList()
        self.last_ok = True
        self.try_depth = 0
        self.history: list[tuple[int, str]] = []
        # the FileSystem drive: C:\Users\Administrator is the folder the shell started in
        self.paths = PathMap(os.getcwd())
        self.env: dict[str, str] = {
            "COMPUTERNAME": "BETA-LS14-EE1", "USERNAME": "Administrator", "USERDOMAIN": "BETA",
            "USERPROFILE": "C:\\Users\\Administrator", "windir": "C:\\Windows",
            "PSModulePath": "C:\\Program Files\\Common Files\\Microsoft Lync Server 2010\\Modules",
        }
        self.command_hook: Optional[Callable[[str], Any]] = None
        self.pipeline_failed = False
        self.catch_stack: list = []  # error records of the catch blocks running (bare `throw` rethrows)
        self.call_stack: list = []   # (function name, call extent) of running user functions
        self.engine: Any = None      # set by Engine; lets Invoke-History run text
        self.stop_requests: set = set()
        # the objects each recent input unit sent to Out-Default (newest last; lab checks read it)
        self.output_history: collections.deque = collections.deque(maxlen=8)
        # the redirections (redirection.Routes) the commands created now inherit: those of the
        # redirected function or script block running (None: the console)
        self.stream_routes: Any = None
        # (processor, caller scope) of the advanced functions running with -ErrorVariable or
        # -WarningVariable: what the commands inside them write reaches those variables too
        self.stream_collectors: list[tuple[Any, Any]] = []
        self._init_variables()

    # -- variables -------------------------------------------------------------------------
    def _init_variables(self) -> None:
        g = self.global_scope.vars
        g["formatenumerationlimit"] = 4
        g["erroractionpreference"] = "Continue"
        g["warningpreference"] = "Continue"
        g["verbosepreference"] = "SilentlyContinue"
        g["debugpreference"] = "SilentlyContinue"
        g["informationpreference"] = "SilentlyContinue"
        g["confirmpreference"] = "High"
        g["whatifpreference"] = False
        g["ofs"] = " "
        g["lastexitcode"] = 0
        g["maximumhistorycount"] = 4096
        g["errorview"] = "NormalView"
        g["home"] = "C:\\Users\\Administrator"
        g["pshome"] = "C:\\Windows\\System32\\WindowsPowerShell\\v1.0"
        g["psculture"] = "en-US"
        g["psuiculture"] = "en-US"
        g["nestedpromptlevel"] = 0
        g["pid"] = 4242
        # built as 5.1 builds it (OrdinalIgnoreCase, empty, then these adds), so it lists in 5.1's order
        g["psversiontable"] = PSHashtable([
            ("PSVersion", PS_VERSION), ("BuildVersion", "10.0.14393.206"), ("PSEdition", "Desktop"),
            ("CLRVersion", "4.0.30319.42000"),
            ("PSCompatibleVersions", ["1.0", "2.0", "3.0", "4.0", "5.0", "5.1.14393.206"]),
            ("SerializationVersion", "1.1.0.1"), ("PSRemotingProtocolVersion", "2.3"),
            ("WSManStackVersion", "3.0"),
        ], comparer="OrdinalIgnoreCase", capacity=0)
        self._names = {k.lower(): k for k in (
            "FormatEnumerationLimit", "ErrorActionPreference", "WarningPreference", "VerbosePreference",
            "DebugPreference", "InformationPreference", "ConfirmPreference", "WhatIfPreference", "OFS",
            "LASTEXITCODE", "MaximumHistoryCount", "ErrorView", "HOME", "PSHOME", "PSCulture", "PSUICulture",
            "NestedPromptLevel", "PID", "PSVersionTable")}

    def lookup(self, name: str, default: Any = None) -> Any:
        """A variable's value by lower-case name, walking the scope chain."""
        scope = self.scope
        while scope is not None:
            vars_ = scope.vars
            if name in vars_:
                return vars_[name]
            scope = scope.parent
        return default

    def get_var(self, name: str, default: Any = None) -> Any:
        """``$name`` (case-insensitive; automatic variables included)."""
        key = name.lower()
        special = _SPECIAL_READ.get(key)
        if special is not None:
            return special(self)
        if key.startswith("env:"):
            return self.get_env(name[4:])
        return self.lookup(key, default)

    def has_var(self, name: str) -> bool:
        key = name.lower()
        if key in _SPECIAL_READ:
            return True
        return self.lookup(key, _MISSING) is not _MISSING

    def set_var(self, name: str, value: Any, scope: str = "") -> None:
        """Assign ``$name`` in the given scope (default: the current one)."""
        key = name.lower()
        if key.startswith("env:"):
            self.set_env(name[4:], value)
            return
        target = self._scope_for(scope)
        if key not in self._names:
            self._names[key] = name
        target.vars[key] = value

    def _scope_for(self, scope: str) -> Scope:
        if scope == "global":
            return self.global_scope
        if scope == "script":
            # -Command, -File and the prompt all run in the global scope, so the script scope is it
            return self.global_scope
        return self.scope

    def remove_var(self, name: str) -> bool:
        key = name.lower()
        scope = self.scope
        while scope is not None:
            if key in scope.vars:
                del scope.vars[key]
                return True
            scope = scope.parent
        return False

    def variables(self) -> list[tuple[str, Any]]:
        """Visible variables (name as first written, value), sorted by name."""
        seen: dict[str, Any] = {}
        scope = self.scope
        while scope is not None:
            for k, v in scope.vars.items():
                seen.setdefault(k, v)
            scope = scope.parent
        seen.setdefault("?", self.last_ok)
        seen.setdefault("error", self.errors)
        seen.setdefault("null", None)
        seen.setdefault("true", True)
        seen.setdefault("false", False)
        items = [(self._names.get(k, k), v) for k, v in seen.items() if k != "_"]
        return sorted(items, key=lambda kv: kv[0].lower())

    def get_env(self, name: str) -> Optional[str]:
        for k, v in self.env.items():
            if k.lower() == name.lower():
                return v
        return None

    def set_env(self, name: str, value: Any) -> None:
        for k in list(self.env):
            if k.lower() == name.lower():
                del self.env[k]
        if value is not None and value != "":
            self.env[name] = C.to_string(value)

    def push_scope(self) -> Scope:
        self.scope = Scope(self.scope)
        return self.scope

    def pop_scope(self, scope: Scope) -> None:
        self.scope = scope.parent or self.global_scope

    # -- functions ---------------------------------------------------------------------------
    def define_function(self, name: str, info: Any) -> None:
        self.scope.functions[name.lower()] = info

    def find_function(self, name: str) -> Any:
        key = name.lower()
        scope = self.scope
        while scope is not None:
            if key in scope.functions:
                return scope.functions[key]
            scope = scope.parent
        return None

    def user_commands(self) -> list:
        seen: dict[str, Any] = {}
        scope = self.scope
        while scope is not None:
            for k, v in scope.functions.items():
                seen.setdefault(k, v)
            scope = scope.parent
        return list(seen.values())

    # -- output streams ------------------------------------------------------------------------
    @property
    def width(self) -> int:
        return self.host.width

    @property
    def enumeration_limit(self) -> int:
        value = self.get_var("FormatEnumerationLimit", 4)
        try:
            return C.to_int(value)
        except C.PSConversionError:
            return 4

    def _preference(self, command: Any, common: str, variable: str) -> str:
        common_params = getattr(command, "common", None) or {}
        if common in common_params:
            return common_params[common]
        return C.to_string(self.get_var(variable, "Continue"))

    def write_error(self, record: ErrorRecord, command: Any = None) -> None:
        """The error stream: record in $Error, honour -ErrorAction/-ErrorVariable, display."""
        self.pipeline_failed = True
        processor = getattr(command, "processor", command)
        pref = self._preference(processor, "ErrorAction", "ErrorActionPreference")
        if pref == "Ignore":
            return
        note_origin(record, self)
        self.errors.insert(0, record)
        self.collect(processor, "ErrorVariable", record)
        if pref == "Stop":
            stop = ScriptTerminatingError(record)
            stop.action_stop = True
            raise stop
        if pref == "SilentlyContinue":
            return  # recorded, but neither shown nor redirected
        sink = _route(processor, "error")
        if sink is not None:
            sink.write(record)
            return
        self.show_error(record)

    def collect(self, processor: Any, parameter: str, value: Any) -> None:
        """Add a record to the command's ``-ErrorVariable``/``-WarningVariable`` and to those of
        the advanced functions it runs inside (their error pipe carries what it writes)."""
        own = (getattr(processor, "common", None) or {}).get(parameter)
        if own:
            scope = next((s for p, s in self.stream_collectors if p is processor), self.scope)
            self._append_to_variable(own, value, scope)
        for outer, scope in self.stream_collectors:
            name = outer.common.get(parameter)
            if name and outer is not processor:
                self._append_to_variable(name, value, scope)

    def _append_to_variable(self, name: str, value: Any, scope: Optional[Scope] = None) -> None:
        """Append to the ArrayList the command start put in the variable (``start_collecting``);
        a ``+name`` or a value replaced since is copied into a new one first."""
        key = name.lstrip("+").lower()
        target = scope or self.scope
        holder = target
        while holder is not None and key not in holder.vars:
            holder = holder.parent
        current = holder.vars[key] if holder is not None else None
        if type(current) is not PSArrayList:
            current = PSArrayList(current if isinstance(current, list) else [])
            target.vars[key] = current
        current.append(value)

    def start_collecting(self, common: dict) -> None:
        """A command starts: ``-ErrorVariable name`` (not ``+name``) empties the variable, as
        5.1 puts a new ArrayList in it whether or not anything is written."""
        for parameter in ("ErrorVariable", "WarningVariable"):
            name = common.get(parameter)
            if name and not name.startswith("+"):
                self.scope.vars[name.lower()] = PSArrayList()

    def show_error(self, record: ErrorRecord) -> None:
        from ..formatting.errors import render_category_view, render_error
        if C.to_string(self.get_var("ErrorView", "NormalView")).lower() == "categoryview":
            self.host.write_error_lines([render_category_view(record)])
            return
        self.host.write_error_lines(render_error(record, self.host.width))

    def write_warning(self, text: str, command: Any = None) -> None:
        processor = getattr(command, "processor", command)
        pref = self._preference(processor, "WarningAction", "WarningPreference")
        if pref == "Ignore":
            return
        variable = (getattr(processor, "common", None) or {}).get("WarningVariable")
        if variable or self.stream_collectors:  # kept even when the warning is not shown
            name = getattr(getattr(processor, "info", None), "name", None)
            self.collect(processor, "WarningVariable", S.informational_record(S.WARNING, text, name))
        if pref == "SilentlyContinue":
            return
        self._informational(processor, S.WARNING, "WARNING: ", text)
        if pref == "Stop":
            raise ScriptTerminatingError(ErrorRecord(
                message=f'The running command stopped because the preference variable "WarningPreference" or '
                        f'common parameter is set to Stop: {text}', error_id="ActionPreferenceStop",
                category="OperationStopped", exception_type="ActionPreferenceStopException"))

    def write_verbose(self, text: str, command: Any = None) -> None:
        processor = getattr(command, "processor", command)
        common_params = getattr(processor, "common", None) or {}
        on = common_params.get("Verbose")
        if on is None:
            on = C.to_string(self.get_var("VerbosePreference")) == "Continue"
        if on:
            self._informational(processor, S.VERBOSE, "VERBOSE: ", text)

    def write_debug(self, text: str, command: Any = None) -> None:
        processor = getattr(command, "processor", command)
        common_params = getattr(processor, "common", None) or {}
        on = common_params.get("Debug")
        if on is None:
            on = C.to_string(self.get_var("DebugPreference")) == "Continue"
        if on:
            self._informational(processor, S.DEBUG, "DEBUG: ", text)

    def _informational(self, processor: Any, stream: str, prefix: str, text: str) -> None:
        """A warning, verbose or debug message: to its redirection as a record, else shown."""
        sink = _route(processor, stream)
        if sink is None:
            self._stream(prefix, text, "93")
        else:
            sink.write(S.informational_record(stream, text, getattr(getattr(processor, "info", None), "name", None)))

    def write_information(self, data: Any, command: Any = None, tags: Any = ()) -> None:
        """Write-Information: shown under 'Continue'; a redirected information stream takes the
        record whatever the preference (5.1), unless it is 'Ignore'."""
        processor = getattr(command, "processor", command)
        pref = self._preference(processor, "InformationAction", "InformationPreference")
        if pref == "Ignore":
            return
        sink = _route(processor, S.INFORMATION)
        if sink is not None:
            sink.write(S.information_record(data, "Write-Information", tags or (), self._host_facts()))
        elif pref == "Continue":
            self.host.write_line(S.message_text(data))

    def write_host(self, text: str, newline: bool = True, command: Any = None, **colours: Any) -> None:
        """Write-Host text (colours are accepted; the plain-text hosts ignore them). Write-Host
        writes to the information stream: its redirection takes the text as a record."""
        sink = _route(command, S.INFORMATION)
        if sink is None:
            self.host.write_host(text, newline)
        else:
            sink.write(S.information_record(S.host_message(text, newline), "Write-Host", ["PSHOST"],
                                            self._host_facts()))

    def _host_facts(self) -> dict[str, Any]:
        """What an InformationRecord says about where it was written."""
        clock = getattr(self.session, "clock", None)
        return {"user": f"{self.env.get('USERDOMAIN', '')}\\{self.env.get('USERNAME', '')}",
                "computer": self.env.get("COMPUTERNAME", ""), "pid": self.get_var("PID"),
                "time": clock if callable(clock) else datetime.datetime.now}

    def caller_invocation(self) -> Optional[tuple]:
        """(name, call extent) of the innermost running user function, or None at top level."""
        for frame in reversed(self.call_stack):
            if frame is not None:
                return frame
        return None

    def stop_upstream(self, command: Any) -> None:
        """Select-Object -First asks that nothing more be sent to it: its stage stops pulling."""
        processor = getattr(command, "processor", None)
        if processor is not None:
            processor.stopped = True

    def invoke_script(self, text: str) -> list:
        """Run PowerShell text in the current scope and return its output (Invoke-History)."""
        from .compiler import CompiledBody
        from .parser import Parser
        from ..errors import SourceText
        body = Parser(SourceText(text)).parse_script()
        code = CompiledBody(body)
        out: list = []
        for block in (code.begin, code.process, code.end):
            if block is not None:
                out.extend(block(self))
        return out

    def clear_host(self) -> None:
        clear = getattr(self.host, "clear", None)
        if clear is not None:
            clear()

    def sleep(self, seconds: float) -> None:
        import time
        time.sleep(max(0.0, seconds))

    def _stream(self, prefix: str, text: str, colour: str) -> None:
        writer = getattr(self.host, "write_stream_line", None)
        for i, line in enumerate(str(text).split("\n")):
            lead = prefix if i == 0 else ""
            if writer:
                writer(lead, line, colour)
            else:
                self.host.write_line(lead + line)

    @property
    def cwd(self) -> str:
        """The host folder of the current location."""
        return self.paths.host(self.paths.location)

    @cwd.setter
    def cwd(self, folder: str) -> None:
        # a caller (a test, a benchmark) chooses the host folder the lab lives in
        self.paths = PathMap(folder)

    @property
    def cwd_display(self) -> str:
        """The current location as 5.1 shows it (``C:\\Users\\Administrator``)."""
        return self.paths.location

    def resolve_path(self, path: str) -> str:
        """A user path (Windows style, relative to the current location) as a host path
        (see cspshell/paths.py)."""
        return self.paths.resolve(C.to_string(path))

    def display_path(self, host: str) -> str:
        """A host path as the Windows path messages show."""
        return self.paths.windows(host)

    def host_object(self) -> PSObject:
        """``$Host``: the object Get-Host returns (one definition, built on demand)."""
        from ..cmdlets.hostinfo import host_object
        return host_object()


