"""prompt_toolkit's side of completion: turns ``CompletionEngine`` answers into
``Completion`` objects. Completion runs off the prompt's thread (the session is built with
``complete_in_thread``), and a fault while completing never reaches the person typing.

The completion engine is asked for at the first Tab, not when the prompt is built: its
modules are not needed to draw the first prompt (the shell's warm-up builds it in the
background meanwhile).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Iterable

from prompt_toolkit.completion import CompleteEvent, Completer, Completion
from prompt_toolkit.document import Document

if TYPE_CHECKING:
    from .completion import CompletionEngine


class ShellCompleter(Completer):
    """Completions for the cspshell prompt, from the engine ``engine()`` returns."""

    def __init__(self, engine: Callable[[], CompletionEngine]):
        self.engine = engine

    def get_completions(self, document: Document, complete_event: CompleteEvent) -> Iterable[Completion]:
        """Yield the candidates for the word before the cursor, replacing that word."""
        cursor = document.cursor_position
        try:
            found = self.engine().complete(document.text, cursor)
        except Exception:  # a completion fault must not disturb typing
            return
        for candidate in found.candidates:
            yield Completion(candidate.text, start_position=found.start - cursor,
                             display=candidate.display or candidate.text, display_meta=candidate.meta)
