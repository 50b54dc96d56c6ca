"""Fixtures for the interactive shell's tests: a real engine on the built-in default
topology (the seed's lab), talking to a capturing host."""
from __future__ import annotations

import pytest

from cspshell.language.context import CaptureHost
from cspshell.language.engine import Engine
from cspshell.repl.completion import CompletionEngine
from cspshell.repl.typeinfo import TypeCatalog
from cspshell.session import Session


@pytest.fixture(scope="module")
def seed_session() -> Session:
    """The default topology, loaded once per module."""
    session = Session()
    session.topology
    return session


@pytest.fixture
def engine(seed_session: Session) -> Engine:
    """An engine on the seed's lab; its host captures everything written."""
    return Engine(CaptureHost(), seed_session, interactive=False)


@pytest.fixture
def completer(engine: Engine) -> CompletionEngine:
    """A completion engine over ``engine``'s session."""
    return CompletionEngine(engine.ctx, TypeCatalog())

