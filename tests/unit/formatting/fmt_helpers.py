"""Helpers for the formatting tests: objects, fake script blocks, a fake engine context
and a runner that drives one cmdlet the way the engine does (imported by the tests)."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any, Callable, Optional

import cspshell.cmdlets.format  # noqa: F401  (registers the cmdlets)
from cspshell.cmdlets import registry
from cspshell.errors import ErrorRecord
from cspshell.objects.psobject import PSObject


def obj(*pairs: tuple[str, Any], typename: Optional[str] = None,
        tostring: Optional[Callable[[PSObject], str]] = None) -> PSObject:
    """A PSCustomObject (or an object of ``typename``) with properties in the given order."""
    typenames = [typename, "System.Object"] if typename else None
    return PSObject(pairs, typenames=typenames, tostring=tostring)


class Block:
    """A fake ScriptBlock: ``fn($_)`` returns one value, a list, or None."""

    def __init__(self, fn: Callable[[Any], Any], text: str = " fake "):
        self.fn = fn
        self.text = text

    def invoke(self, *args: Any, dollar_under: Any = None, new_scope: bool = True) -> list:
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
    """The parts of the engine context the Format/Out cmdlets use."""

    cwd: str = "."
    width: int = 120
    enumeration_limit: int = 4
    errors: list = field(default_factory=list)
    host: list = field(default_factory=list)

    def write_error(self, record: ErrorRecord, command: Any = None) -> None:
        self.errors.append(record)

    def write_host(self, text: str, newline: bool = True, **kw: Any) -> None:
        self.host.append(text)

    def resolve_path(self, path: str) -> str:
        return os.path.join(self.cwd, path)


def run(name: str, params: Optional[dict] = None, inputs: Optional[list] = None,
        ctx: Optional[FakeCtx] = None) -> list:
    """Run one command as the engine would: begin, process per input, end."""
    info = registry.lookup(name)
    assert info is not None, name
    ctx = ctx or FakeCtx()
    cmd = info.impl(ctx, Invocation(info.name), dict(params or {}))
    out: list = list(cmd.begin() or [])
    for item in inputs or []:
        cmd.input = item
        cmd.params["InputObject"] = item
        out.extend(cmd.process() or [])
    out.extend(cmd.end() or [])
    return out


def lines(objects: list, columns: int = 119, enum_limit: int = 4) -> list[str]:
    """The console lines Out-Default writes for ``objects`` at a layout width."""
    from cspshell.formatting.out_default import render_lines, split_output
    return list(split_output(render_lines(objects, columns, enum_limit)))
