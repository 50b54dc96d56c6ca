"""Reading secrets at the console: a masked line (Read-Host -AsSecureString) and the
console host's credential prompt (Get-Credential, a missing mandatory PSCredential).

The 5.1 console host echoes a ``*`` for each character of a password
(ConsoleHostUserInterface.ReadLineSafe with printToken ``*``) and asks for a credential
in this order (PromptForCredential, console prompting): an empty line and the caption, the
message, ``User: `` until a name is typed (unless one was given), ``Password for user
<name>: ``, then an empty line.
"""
from __future__ import annotations

import os
from typing import Any, Callable, Optional

from ..objects.credential import PSCredential, SecureString

USER_PROMPT = "User: "
PASSWORD_PROMPT = "Password for user {0}: "
_BACKSPACE = ("\x7f", "\x08")
_END_OF_INPUT = ("\x04", "")


def read_masked_line(fd: int, write: Callable[[str], None], mask: str = "*") -> Optional[str]:
    """Read one line from the terminal ``fd`` without echoing it: ``mask`` is written for each
    character typed and taken back by Backspace. Returns the text, or None at end of input
    (Ctrl+D on an empty line); Ctrl+C raises KeyboardInterrupt, as at the prompt."""
    import termios
    import tty
    saved = termios.tcgetattr(fd)
    try:
        tty.setcbreak(fd)
        return _read_keys(lambda: os.read(fd, 1).decode("utf-8", errors="replace"), write, mask)
    finally:
        termios.tcsetattr(fd, termios.TCSADRAIN, saved)


def _read_keys(read_key: Callable[[], str], write: Callable[[str], None], mask: str) -> Optional[str]:
    typed: list[str] = []
    while True:
        key = read_key()
        if key in ("\r", "\n"):
            write("\n")
            return "".join(typed)
        if key == "\x03":
            write("\n")
            raise KeyboardInterrupt
        if key in _END_OF_INPUT and not typed:
            write("\n")
            return None
        if key in _BACKSPACE:
            if typed:
                typed.pop()
                write("\b \b")
            continue
        if key.isprintable():
            typed.append(key)
            write(mask)


def prompt_for_credential(host: Any, caption: Optional[str] = None, message: Optional[str] = None,
                          user_name: Optional[str] = None) -> Optional[PSCredential]:
    """Ask the person at the console for a credential, as 5.1's console host does; None when
    the input ends before a password is read."""
    if caption:
        host.write_line("")
        host.write_line(caption)
    if message:
        host.write_line(message)
    while not user_name:
        user_name = host.read_line(USER_PROMPT)
        if user_name is None:
            return None
    password = host.read_secret(PASSWORD_PROMPT.format(user_name))
    if password is None:
        return None
    host.write_line("")
    return PSCredential(user_name, SecureString(password))


def can_prompt_for_credential(host: Any) -> bool:
    """True when a person at a terminal can answer a credential prompt (not under
    -NonInteractive, and not when the commands come through a pipe)."""
    return bool(getattr(host, "interactive", False) and getattr(host, "at_terminal", False))
