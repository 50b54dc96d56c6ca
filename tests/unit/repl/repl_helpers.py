"""Helpers shared by the interactive shell's tests."""
from __future__ import annotations

from typing import Any


def texts(result: Any) -> list[str]:
    """The inserted texts of a completion result, in order."""
    return [c.text for c in result.candidates]
