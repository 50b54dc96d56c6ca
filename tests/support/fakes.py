"""Fakes standing in for the language engine, so cmdlets can be driven directly.

``run(name, params, inputs)`` does what the engine does for one command in a pipeline:
create the cmdlet, call begin, bind each input to ``self.input`` (and ``InputObject``) and
call process, then end; it returns the output objects. Errors, warnings and host text land
in the ``FakeCtx``. ``Block(fn, text)`` is a script block whose body is a Python function of
``$_``; ``obj`` builds a PSObject and ``lines`` renders objects as Out-Default would.
"""
from __future__ import annotations

import importlib
import os
from dataclasses import dataclass, field
from typing import Any, Callable, Optional

import pytest

from cspshell.cmdlets import registry
from cspshell.errors import ErrorRecord
from cspshell.objects.psobject import PSObject
from cspshell.paths import PathMap

for _family in ("selection", "filtering", "sorting", "measure", "members", "text",
                "core", "help", "history", "data", "format"):  # registers the cmdlets under test
    importlib.import_module(f"cspshell.cmdlets.{_family}")


def obj(*pairs: tuple[str, Any], typename: Optional[str] = None,
        tostring: Optional[Callable[[PSObject], str]] = None) -> PSObject:
    """A PSCustomObject (or an object of ``typename``) with properties in the given order."""
    typenames = [typename, "System.Object"] if typename else None
    return PSObject(pairs, typenames=typenames, tostring=tostring)


class Block:
    """A fake ScriptBlock: ``fn($_)`` returns one value, a list of values, or None.
    ``calls`` records each invocation's ``($_, new_scope)``; ``ctx`` is the context it runs in,
    as the engine's script blocks carry theirs."""

    def __init__(self, fn: Callable[[Any], Any], text: str = " fake ", ctx: Optional["FakeCtx"] = None):
        self.fn = fn
        self.text = text
        self.ctx = ctx if ctx is not None else FakeCtx()
        self.calls: list[tuple[Any, bool]] = []

    def invoke(self, *args: Any, dollar_under: Any = None, new_scope: bool = True) -> list:
        """The script block's output as a list."""
        self.calls.append((dollar_under, new_scope))
        out = self.fn(dollar_under)
        if out is None:
            return []
        return list(out) if isinstance(out, list) else [out]

    def invoke_value(self, dollar_under: Any = None, new_scope: bool = True) -> Any:
        """The engine's ScriptBlock.invoke_value: None, the one object, or a list."""
        out = self.invoke(dollar_under=dollar_under, new_scope=new_scope)
        if not out:
            return None
        return out[0] if len(out) == 1 else out


@dataclass
class Invocation:
    """How a command was called: the name typed and its source extent."""

    name: str
    extent: Any = None


@dataclass
class FakeCtx:
    """The parts of the engine context the cmdlets use; what they write is kept in lists
    (``host`` holds ``(text, newline, colours)`` triples)."""

    cwd: str = "."
    width: int = 120
    enumeration_limit: int = 4
    session: Any = None
    variables_: dict = field(default_factory=dict)
    errors: list = field(default_factory=list)
    warnings: list = field(default_factory=list)
    verbose: list = field(default_factory=list)
    debug: list = field(default_factory=list)
    host: list = field(default_factory=list)
    information: list = field(default_factory=list)
    history: list = field(default_factory=list)
    stopped: bool = False
    functions: list = field(default_factory=list)
    try_depth: int = 0

    @property
    def host_lines(self) -> list[str]:
        """The texts written to the host, in order."""
        return [text for text, _newline, _colours in self.host]

    def get_var(self, name: str, default: Any = None) -> Any:
        return self.variables_.get(name.lower(), (name, default))[1]

    def set_var(self, name: str, value: Any) -> None:
        key = name.lower()
        old = self.variables_.get(key)
        self.variables_[key] = (old[0] if old else name, value)

    def remove_var(self, name: str) -> bool:
        return self.variables_.pop(name.lower(), None) is not None

    def variables(self) -> list[tuple[str, Any]]:
        return list(self.variables_.values())

    def write_error(self, record: ErrorRecord, command: Any = None) -> None:
        self.errors.append(record)

    def write_warning(self, text: str, command: Any = None) -> None:
        self.warnings.append(text)

    def write_verbose(self, text: str, command: Any = None) -> None:
        self.verbose.append(text)

    def write_debug(self, text: str, command: Any = None) -> None:
        self.debug.append(text)

    def write_host(self, text: str, newline: bool = True, **kw: Any) -> None:
        self.host.append((text, newline, kw))

    def write_information(self, text: Any, command: Any = None, **kw: Any) -> None:
        self.information.append(text)

    def resolve_path(self, path: str) -> str:
        return PathMap(self.cwd).resolve(path)

    def display_path(self, host: str) -> str:
        return PathMap(self.cwd).windows(host)

    def stop_upstream(self, command: Any) -> None:
        self.stopped = True

    def user_commands(self) -> list:
        return list(self.functions)


def run(name: str, params: Optional[dict] = None, inputs: Optional[list] = None,
        ctx: Optional[FakeCtx] = None, invoked_as: Optional[str] = None) -> list:
    """Run one command as the engine would and return its output objects. With ``inputs``
    None the command runs first in its pipeline (process is called once, without input)."""
    info = registry.lookup(name)
    assert info is not None, name
    ctx = ctx or FakeCtx()
    cmd = info.impl(ctx, Invocation(invoked_as or info.name), dict(params or {}))
    out: list = []
    out.extend(cmd.begin() or [])
    if inputs is None:
        out.extend(cmd.process() or [])
    else:
        for item in inputs:
            cmd.input = item
            cmd.params["InputObject"] = item
            out.extend(cmd.process() or [])
    out.extend(cmd.end() or [])
    return out


@pytest.fixture
def ctx(tmp_path) -> FakeCtx:
    """A fake engine context whose current directory is a fresh temporary one (a conftest
    that imports this function offers it as the ``ctx`` fixture)."""
    return FakeCtx(cwd=str(tmp_path))


def lines(objects: list, columns: int = 119, enum_limit: int = 4) -> list[str]:
    """The console lines Out-Default writes for ``objects`` at a layout width."""
    from cspshell.formatting.out_default import render_lines, split_output
    return list(split_output(render_lines(objects, columns, enum_limit)))


__all__ = ["Block", "FakeCtx", "Invocation", "ctx", "lines", "obj", "run"]
