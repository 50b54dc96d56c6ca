"""A console whose user answers prompts, for the tests of confirmation and ShouldContinue."""
from __future__ import annotations

from typing import Optional

from cspshell.language.context import CaptureHost


class AnsweringHost(CaptureHost):
    """A console whose user gives ``answers`` in turn (then ends the input); ``prompts`` keeps
    each choice line it was shown."""

    def __init__(self, answers: list[str]):
        super().__init__()
        self.answers = list(answers)
        self.prompts: list[str] = []

    def read_line(self, prompt: str) -> Optional[str]:
        self.prompts.append(prompt)
        return self.answers.pop(0) if self.answers else None
