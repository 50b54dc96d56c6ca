"""The FileSystem drive as a trainee sees it: Windows paths over one host folder.

The shell starts in ``C:\\Users\\Administrator``, the location the prompt shows. That folder
is the host folder the shell was started in (its "root"); every Windows path under it maps
onto the host file system below the root, and every host path below the root is shown back
as a Windows path, so no message ever shows where the lab really keeps its files.

Paths outside ``C:\\Users\\Administrator`` (``C:\\``, ``C:\\Users``, ``D:\\x``) do not exist
in the lab. They map to host paths inside a folder named ``<outside>`` under the root: a name
no Windows path can produce (``<`` is illegal in Windows file names) and nothing ever creates,
so reads fail with "Cannot find path ..." and writes with "Could not find a part of the path
...", exactly as 5.1 does for a missing folder, and the message shows the Windows path typed.
"""
from __future__ import annotations

import os
import re
from typing import Optional

HOME = "C:\\Users\\Administrator"
OUTSIDE = "<outside>"

_DRIVE = re.compile(r"^([A-Za-z]):(.*)$", re.S)
_PROVIDER = re.compile(r"^(?:Microsoft\.PowerShell\.Core\\)?FileSystem::", re.I)


# The location the newest PathMap moved to. Views that 5.1 renders against the current
# location (MatchInfo's relative paths) read it: formatting has no execution context.
_last_location = HOME


def current_location() -> str:
    """The current location of the shell running in this process."""
    return _last_location


class PathMap:
    """The current location (a Windows path), the location stack, and the mapping between
    Windows paths and host paths under ``root``."""

    def __init__(self, root: str):
        self.root = os.path.abspath(root)
        self.location = HOME
        self.stack: list[str] = []

    @property
    def location(self) -> str:
        """The current location, an absolute Windows path."""
        return self._location

    @location.setter
    def location(self, path: str) -> None:
        global _last_location
        self._location = _last_location = path

    # -- Windows side ------------------------------------------------------------------
    def full(self, path: str) -> str:
        """``path`` made absolute against the current location and normalised: back slashes,
        upper-case drive letter, no ``.``/``..``/empty segments; ``~`` is the home folder."""
        text = _PROVIDER.sub("", path).replace("/", "\\")
        if text == "~" or text.startswith("~\\"):
            text = HOME + text[1:]
        match = _DRIVE.match(text)
        if match:
            drive, rest = match.group(1).upper() + ":", match.group(2)
            if not rest.startswith("\\"):
                base = self.location if self.location[:2].upper() == drive else drive
                rest = base[2:] + "\\" + rest
        elif text.startswith("\\"):
            drive, rest = self.location[:2], text
        else:
            drive, rest = self.location[:2], self.location[2:] + "\\" + text
        return drive + "\\" + "\\".join(_normalised(rest.split("\\")))

    def is_inside(self, full: str) -> bool:
        """True when the absolute Windows path lies in the lab's mapped folder."""
        low, home = full.lower(), HOME.lower()
        return low == home or low.startswith(home + "\\")

    # -- host side ---------------------------------------------------------------------
    def host(self, full: str) -> str:
        """The host path of an absolute Windows path (see the module docstring for paths
        outside the mapped folder). Existing names match case-insensitively, as on Windows."""
        if self.is_inside(full):
            return _matched(self.root, [s for s in full[len(HOME):].split("\\") if s])
        parts = [s for s in full.split("\\") if s]
        return os.path.join(self.root, OUTSIDE, parts[0][0], *parts[1:])

    def resolve(self, path: str) -> str:
        """A user path (relative to the current location) as a host path."""
        return self.host(self.full(path))

    def windows(self, host: str) -> str:
        """The Windows path of a host path; a host path outside the root (a script the command
        line named) is returned unchanged."""
        absolute = os.path.abspath(host)
        rel = os.path.relpath(absolute, self.root) if absolute.startswith(self.root) else None
        if rel is None or rel.startswith(".."):
            return host
        parts = [] if rel == "." else rel.split(os.sep)
        if parts[:1] == [OUTSIDE] and len(parts) > 1:
            return parts[1] + ":\\" + "\\".join(parts[2:])
        return "\\".join([HOME, *parts])


def _normalised(segments: list[str]) -> list[str]:
    out: list[str] = []
    for segment in segments:
        if segment in ("", "."):
            continue
        if segment == "..":
            if out:
                out.pop()
            continue
        out.append(segment)
    return out


def _matched(base: str, segments: list[str]) -> str:
    """Join ``segments`` under ``base``, replacing each by the existing entry whose name
    differs only in case (Windows names are case-insensitive; host ones may not be)."""
    current = base
    for index, segment in enumerate(segments):
        candidate = os.path.join(current, segment)
        if not os.path.lexists(candidate):
            found = _case_insensitive(current, segment)
            if found is None:
                return os.path.join(candidate, *segments[index + 1:])
            candidate = os.path.join(current, found)
        current = candidate
    return current


def _case_insensitive(folder: str, name: str) -> Optional[str]:
    try:
        entries = sorted(os.listdir(folder))
    except OSError:
        return None
    low = name.lower()
    return next((entry for entry in entries if entry.lower() == low), None)


PATH_INFO = "System.Management.Automation.PathInfo"


def path_info(path: str) -> "PSObject":
    """A PathInfo (what Get-Location, Resolve-Path and ``$PWD`` return): Drive, Provider,
    ProviderPath, Path; its string form is the path."""
    from .objects.psobject import PSObject
    drive = path[0] if _DRIVE.match(path) else ""
    return PSObject([("Drive", drive), ("Provider", "Microsoft.PowerShell.Core\\FileSystem"),
                     ("ProviderPath", path), ("Path", path)],
                    typenames=[PATH_INFO, "System.Object"], tostring=lambda obj: path)
