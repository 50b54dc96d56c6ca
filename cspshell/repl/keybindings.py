"""Keys of the interactive shell, beyond prompt_toolkit's Emacs defaults (Ctrl+R reverse
search, Ctrl+A/E, Alt+B/F, Ctrl+L):

- Tab inserts the first completion at once and shows the menu (PowerShell's
  TabCompleteNext); more Tabs cycle, Shift+Tab goes back, Ctrl+Space opens the menu
  without inserting anything.
- Enter runs the input when it is complete; after an open brace, parenthesis, quote,
  here-string, trailing pipe or backtick it starts a ``>> `` continuation line instead. An
  Enter on an empty continuation line runs what is there (showing the parse error), as the
  Windows console does, so nobody is stuck in continuation.
- Alt+Enter always starts a new line.
- Ctrl+Space opens the completion menu.
- A bracketed paste of several lines runs each complete statement in order, as if typed;
  an unfinished last line stays in the buffer for editing.
- Ctrl+C (prompt_toolkit's default) cancels the line; Ctrl+D on an empty line leaves.
"""
from __future__ import annotations

from collections import deque
from typing import Iterable

from prompt_toolkit.key_binding import KeyBindings, KeyPressEvent
from prompt_toolkit.keys import Keys

from ..language.parser import is_incomplete


class PendingInput:
    """Input units waiting to run (from a paste), and text to start the next prompt with."""

    def __init__(self) -> None:
        self.units: deque[str] = deque()
        self.default = ""

    def take_default(self) -> str:
        """Return the text the next prompt starts with, and forget it."""
        text, self.default = self.default, ""
        return text


def needs_more(text: str) -> bool:
    """True when Enter should open a continuation line rather than run ``text``."""
    if "\n" in text and not text.rsplit("\n", 1)[1].strip():
        return False
    return is_incomplete(text)


def split_units(lines: Iterable[str]) -> tuple[list[str], list[str]]:
    """Group entered lines into complete input units, in order; return (units, the lines of
    an unfinished statement at the end). Blank units are dropped."""
    units: list[str] = []
    current: list[str] = []
    for line in lines:
        current.append(line)
        text = "\n".join(current)
        if not is_incomplete(text):
            if text.strip():
                units.append(text)
            current = []
    return units, current


def plan_paste(before: str, data: str, after: str) -> tuple[list[str], str]:
    """What a paste does: (units to run now, text left in the buffer). Lines the paste
    ended with a newline count as entered; a last line without one stays for editing."""
    text = (before + data).replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    tail = lines.pop()
    units, rest = split_units(lines)
    return units, "\n".join(rest + [tail]) + after


def build_key_bindings(pending: PendingInput) -> KeyBindings:
    """Return the shell's key bindings (added on top of prompt_toolkit's defaults)."""
    bindings = KeyBindings()

    @bindings.add("enter")
    def _enter(event: KeyPressEvent) -> None:
        buffer = event.current_buffer
        state = buffer.complete_state
        if state is not None and state.current_completion is not None:
            buffer.apply_completion(state.current_completion)
        buffer.complete_state = None
        if needs_more(buffer.text):
            buffer.insert_text("\n")
        else:
            buffer.validate_and_handle()

    @bindings.add("escape", "enter")
    def _new_line(event: KeyPressEvent) -> None:
        event.current_buffer.insert_text("\n")

    @bindings.add("tab")
    def _tab(event: KeyPressEvent) -> None:
        buffer = event.current_buffer
        if buffer.complete_state is not None:
            buffer.complete_next()
        else:
            buffer.start_completion(select_first=True)

    @bindings.add("s-tab")
    def _shift_tab(event: KeyPressEvent) -> None:
        buffer = event.current_buffer
        if buffer.complete_state is not None:
            buffer.complete_previous()
        else:
            buffer.start_completion(select_last=True)

    @bindings.add("c-space")
    def _menu(event: KeyPressEvent) -> None:
        event.current_buffer.start_completion(select_first=False)

    @bindings.add(Keys.BracketedPaste)
    def _paste(event: KeyPressEvent) -> None:
        buffer = event.current_buffer
        data = event.data
        if "\n" not in data and "\r" not in data:
            buffer.insert_text(data)
            return
        after = buffer.document.text_after_cursor
        units, left = plan_paste(buffer.document.text_before_cursor, data, after)
        if not units:
            buffer.text = left
            buffer.cursor_position = len(left) - len(after)
            return
        pending.units.extend(units[1:])
        pending.default = left
        buffer.text = units[0]
        buffer.validate_and_handle()

    return bindings
