"""Fixtures for the formatting tests."""
from __future__ import annotations

import pytest

from fmt_helpers import FakeCtx


@pytest.fixture
def ctx(tmp_path) -> FakeCtx:
    """A fake engine context whose current directory is a fresh temporary one."""
    return FakeCtx(cwd=str(tmp_path))
