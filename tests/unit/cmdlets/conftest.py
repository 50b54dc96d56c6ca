"""Fakes standing in for the language engine, so cmdlets can be driven directly.

``run(name, params, inputs)`` does what the engine does for one command in a pipeline:
create the cmdlet, call begin, bind each input to ``self.input`` (and ``InputObject``) and
call process, then end; it returns the output objects and collects the errors written.
``Block(fn, text)`` is a script block whose body is a Python function of ``$_``.
"""
from __future__ import annotations

import importlib
import os
from dataclasses import dataclass, field
from typing import Any, Callable, Optional

import pytest

from cspshell.cmdlets import registry
from cspshell.cmdlets.base import NO_INPUT
from cspshell.errors import ErrorRecord, PSError





for _family in ("selection", "filtering", "sorting", "measure", "members", "text",
                "core", "help", "history", "data"):  # registers the cmdlets under test
    importlib.import_module(f"cspshell.cmdlets.{_family}")


class Block:
    """A fake ScriptBlock: ``fn($_)`` returns one value, a list of values, or None."""

    def __init__(self, fn: Callable[[Any], Any], text: str = " fake "):
        self.fn = fn
        self.text = text
        self.calls: list[tuple[Any, bool]] = []

    def invoke(self, *args: Any, dollar_under: Any = None, new_scope: bool = True) -> list:
        self.calls.append((dollar_under, new_scope))
        out = self.fn(dollar_under)
        if out is None:
            return []
        return list(out) if isinstance(out, list) else [out]


@dataclass
class Invocation:
    name: str
    extent: Any = None


@dataclass
class FakeCtx:
    """The parts of the engine context the cmdlets use."""

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

    def get_var(self, name: str) -> Any:
        return self.variables_.get(name.lower(), (name, None))[1]

    def set_var(self, name: str, value: Any) -> None:
        key = name.lower()
        old = self.variables_.get(key)
        self.variables_[key] = (old[0] if old else name, value)

    def remove_var(self, name: str) -> bool:
        return self.variables_.pop(name.lower(), None) is not None

    def variables(self) -> list[tuple[str, Any]]:
        return [v for v in self.variables_.values()]

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
        return os.path.join(self.cwd, path)

    def stop_upstream(self, command: Any) -> None:
        self.stopped = True

    def user_commands(self) -> list:
        return list(self.functions)


def run(name: str, params: Optional[dict] = None, inputs: Optional[list] = None,
        ctx: Optional[FakeCtx] = None, invoked_as: Optional[str] = None) -> list:
    """Run one command as the engine would; errors land in ``ctx.errors``."""
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
    return FakeCtx(cwd=str(tmp_path))


__all__ = ["Block", "FakeCtx", "run", "PSError", "NO_INPUT"]
