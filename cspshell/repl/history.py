"""The command history that survives a restart (Up/Down, Ctrl+R), kept in a plain file.

File format: each entry is a blank line followed by its lines, each prefixed with ``+``
(multi-line entries stay one entry). No timestamps: the file depends on what was typed,
never on when.

Writes are safe with several shells open at once: an entry is appended with a single
``write`` on a descriptor opened with ``O_APPEND`` (whole entries never interleave), under
an advisory lock where the platform has one; when the file has grown past twice the
limit it is rewritten with the newest entries through a temporary file and an atomic
rename, so a crash never leaves half a file.

``Get-History`` is a different thing: it lists this session's input units from
``ctx.history`` (the engine appends to it), as Windows PowerShell does.
"""
from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator, Optional

from prompt_toolkit.history import History

try:
    import fcntl
except ImportError:  # Windows: appends are still whole-entry writes
    fcntl = None  # type: ignore[assignment]

MAX_ENTRIES = 4096  # $MaximumHistoryCount's default in 5.1


def encode_entry(text: str) -> bytes:
    """Return the bytes that store one entry (a blank line, then ``+``-prefixed lines)."""
    lines = text.replace("\r\n", "\n").split("\n")
    return ("\n" + "".join(f"+{line}\n" for line in lines)).encode("utf-8")


def decode_entries(data: bytes) -> list[str]:
    """Return the entries stored in ``data``, oldest first (damaged lines are skipped)."""
    entries: list[str] = []
    current: list[str] = []
    for line in data.decode("utf-8", errors="replace").split("\n"):
        if line.startswith("+"):
            current.append(line[1:])
        elif current:
            entries.append("\n".join(current))
            current = []
    if current:
        entries.append("\n".join(current))
    return entries


@contextmanager
def _locked(fd: int) -> Iterator[None]:
    if fcntl is None:
        yield
        return
    fcntl.flock(fd, fcntl.LOCK_EX)
    try:
        yield
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)


class HistoryFile:
    """The history file: read all entries, append one, trim to the newest ``limit``."""

    def __init__(self, path: Path, limit: int = MAX_ENTRIES):
        self.path = Path(path)
        self.limit = limit

    def read(self) -> list[str]:
        """Return the stored entries, oldest first ([] when the file does not exist)."""
        try:
            return decode_entries(self.path.read_bytes())
        except OSError:
            return []

    def append(self, text: str) -> None:
        """Append one entry; failures (read-only home, full disk) are ignored."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        except OSError:
            return
        try:
            with _locked(fd):
                os.write(fd, encode_entry(text))
        except OSError:
            pass
        finally:
            os.close(fd)

    def trim(self) -> list[str]:
        """Keep only the newest ``limit`` entries once the file holds more than twice that
        many (so trimming is rare); return the entries kept, oldest first."""
        entries = self.read()
        if len(entries) <= 2 * self.limit:
            return entries
        kept = entries[-self.limit:]
        try:
            fd = os.open(self.path, os.O_RDONLY)
        except OSError:
            return kept
        try:
            with _locked(fd):
                self._replace(kept)
        finally:
            os.close(fd)
        return kept

    def _replace(self, entries: Iterable[str]) -> None:
        handle, temp = tempfile.mkstemp(prefix=".history-", dir=str(self.path.parent))
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(b"".join(encode_entry(e) for e in entries))
            os.replace(temp, self.path)
        except OSError:
            try:
                os.unlink(temp)
            except OSError:
                pass


class PersistentHistory(History):
    """prompt_toolkit history backed by a HistoryFile; repeats of the last entry are not
    stored twice (PSReadLine's HistoryNoDuplicates for consecutive entries)."""

    def __init__(self, path: Path, limit: int = MAX_ENTRIES):
        super().__init__()
        self.file = HistoryFile(path, limit)
        self._last: Optional[str] = None

    def load_history_strings(self) -> Iterable[str]:
        """Return the stored entries, newest first (what prompt_toolkit expects)."""
        entries = self.file.trim()
        if entries:
            self._last = entries[-1]
        return list(reversed(entries[-self.file.limit:]))

    def store_string(self, string: str) -> None:
        """Persist one accepted input."""
        self.file.append(string)

    def append_string(self, string: str) -> None:
        """Add an entry to this session's list and to the file (skipped when blank or the
        same as the previous entry)."""
        if not string.strip() or string == self._last:
            return
        self._last = string
        super().append_string(string)
