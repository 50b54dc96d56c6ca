"""Small helpers shared by the language tests: run PowerShell text in-process and look at
what a 120-column console would show, or at the parse error a text raises."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

import pytest

from cspshell.errors import ParseError, SourceText
from cspshell.language.context import CaptureHost
from cspshell.language.engine import Engine
from cspshell.language.parser import Parser


@dataclass
class Result:
    """What one run printed (output and error lines interleaved, as a console shows them)."""

    lines: list[str]
    ok: bool
    engine: Engine

    @property
    def text(self) -> str:
        """The console text, one newline after every line."""
        return "".join(line + "\n" for line in self.lines)


def run(text: str, width: int = 120) -> Result:
    """Run ``text`` as one input unit in a fresh engine; returns the lines it printed and $?."""
    host = CaptureHost(width)
    engine = Engine(host)
    ok = engine.run(text)
    return Result(host.lines, ok, engine)


def out(text: str) -> list[str]:
    """The console lines ``text`` prints in a fresh engine."""
    return run(text).lines


def run_units(*units: str, width: int = 120, session: Any = None) -> list[str]:
    """Run several input units (as lines typed one after another) in one engine (over
    ``session``'s topology when given); returns the lines they printed."""
    host = CaptureHost(width)
    engine = Engine(host, session)
    for unit in units:
        engine.run(unit)
    return host.lines


def on_seed(session: Any, *units: str) -> list[str]:
    """Return the lines several input units print in one engine over ``session``'s topology."""
    return run_units(*units, session=session)


@dataclass
class ParseFailure:
    """The first parse error of a text, as 5.1 reports it."""

    error_id: str
    message: str
    line: int
    col: int
    length: int
    incomplete: bool


def parse_failure(text: str) -> Optional[ParseFailure]:
    """The parse error ``text`` raises, or None when it parses."""
    try:
        Parser(SourceText(text)).parse_script()
    except ParseError as exc:
        record = exc.record
        extent = record.extent
        line, col = extent.source.line_col(extent.start)
        return ParseFailure(record.error_id, record.message, line, col, extent.end - extent.start,
                            exc.incomplete)
    return None


def bug(reason: str):
    """The mark of a case 5.1 prints differently today (reported to the lead as engine bug Bn): a strict
    xfail, so the case turns red as soon as the engine is fixed and the mark must go."""
    return pytest.mark.xfail(reason="engine bug: " + reason, strict=True)


def cases(table) -> list:
    """(text, expected[, mark...]) rows as pytest params identified by their text."""
    return [pytest.param(row[0], row[1], marks=row[2:], id=row[0][:70]) for row in table]
