"""A PowerShell session on the default topology for tests that run text through the engine."""
from __future__ import annotations

from typing import Callable

from cspshell.language.context import CaptureHost
from cspshell.language.engine import Engine
from cspshell.session import Session


def session_runner(width: int = 120) -> Callable[[str], list[str]]:
    """Return a function that runs PowerShell text in one session (state kept between calls)
    and returns the console lines that text printed."""
    engine = Engine(CaptureHost(width), Session())

    def run(text: str) -> list[str]:
        engine.host.lines.clear()
        engine.run(text)
        return list(engine.host.lines)
    return run
