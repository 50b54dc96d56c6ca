"""prompt_toolkit's side of completion: turns ``CompletionEngine`` answers into
``Completion`` objects. Completion runs off the prompt's thread (the session is built with
``complete_in_thread``), and a fault while completing never reaches the person typing."""
from __future__ import annotations

from typing import Iterable

from prompt_toolkit.completion import CompleteEvent, Completer, Completion
from prompt_toolkit.document import Document

from .completion import CompletionEngine


class ShellCompleter(Completer):
    """Completions for the cspshell prompt."""

    def __init__(self, engine: CompletionEngine):
        self.engine = engine

    def get_completions(self, document: Document, complete_event: CompleteEvent) -> Iterable[Completion]:
        """Yield the candidates for the word before the cursor, replacing that word."""
        cursor = document.cursor_position
        try:
            found = self.engine.complete(document.text, cursor)
        except Exception:  # a completion fault must not disturb typing
            return
        for candidate in found.candidates:
            yield Completion(candidate.text, start_position=found.start - cursor,
                             display=candidate.display or candidate.text, display_meta=candidate.meta)
