"""Where the interactive shell keeps its files: history in the platform's state
directory, the profile script in its config directory (never the project folder).

``XDG_STATE_HOME`` / ``XDG_CONFIG_HOME`` win when set (tests point them at a temporary
folder); otherwise ``~/.local/state/cspshell`` and ``~/.config/cspshell`` (on Windows,
``%LOCALAPPDATA%\\cspshell`` and ``%APPDATA%\\cspshell``).
"""
from __future__ import annotations

import os
from pathlib import Path

APP = "cspshell"
HISTORY_FILE = "history.txt"
PROFILE_FILE = "profile.ps1"


def _base(variable: str, windows_variable: str, fallback: tuple[str, ...]) -> Path:
    value = os.environ.get(variable)
    if value:
        return Path(value)
    if os.name == "nt" and os.environ.get(windows_variable):
        return Path(os.environ[windows_variable])
    return Path(os.path.expanduser("~")).joinpath(*fallback)


def state_dir() -> Path:
    """Return the folder for the shell's state (history); it may not exist yet."""
    return _base("XDG_STATE_HOME", "LOCALAPPDATA", (".local", "state")) / APP


def config_dir() -> Path:
    """Return the folder for the shell's configuration (profile.ps1); it may not exist yet."""
    return _base("XDG_CONFIG_HOME", "APPDATA", (".config",)) / APP


def history_path() -> Path:
    """Return the path of the persistent command history file."""
    return state_dir() / HISTORY_FILE


def profile_path() -> Path:
    """Return the path of the profile script run at start-up (unless -NoProfile)."""
    return config_dir() / PROFILE_FILE
