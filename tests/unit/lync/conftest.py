"""A shell over the default (seed) topology for the Lync cmdlet tests.

``shell.run(text)`` runs one input unit through the real engine into a capture host and
returns the console text; ``shell.objects(text)`` returns the objects a pipeline emits
(no formatting); ``shell.session`` is the session the cmdlets change. Each test gets a
fresh session, so changes never leak between tests.
"""
from __future__ import annotations

from typing import Any

import pytest

from cspshell.language.context import CaptureHost
from cspshell.language.engine import Engine
from cspshell.session import Session


class Shell:
    """One engine on a fresh default-topology session."""

    def __init__(self) -> None:
        self.session = Session()
        self.engine = Engine(CaptureHost(), self.session)

    def run(self, text: str) -> str:
        """Return everything the console shows for ``text`` (output, errors, warnings)."""
        self.engine.host.lines.clear()
        self.engine.run(text, history=False)
        return self.engine.host.text

    def lines(self, text: str) -> list[str]:
        """Return the console lines of ``text`` without the blank ones."""
        return [line for line in self.run(text).split("\n") if line.strip()]

    def objects(self, text: str) -> list[Any]:
        """Return the objects ``text`` (a pipeline) emits, captured before formatting."""
        self.engine.ctx.set_var("__lync_out", None)
        self.run(f"$__lync_out = @({text})")
        return list(self.engine.ctx.get_var("__lync_out") or [])

    @property
    def errors(self) -> list[Any]:
        """Return ``$Error`` (newest first)."""
        return list(self.engine.ctx.errors)


@pytest.fixture
def shell() -> Shell:
    """Return a shell on a fresh copy of the default topology."""
    return Shell()
