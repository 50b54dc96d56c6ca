"""Fixtures for the formatting tests; the fakes themselves live in ``tests/support/fakes.py``."""
from __future__ import annotations

from tests.support.fakes import ctx

__all__ = ["ctx"]
