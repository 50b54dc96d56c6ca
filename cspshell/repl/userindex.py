"""Prefix look-up of users by SIP address and display name, for completion.

The topology's user directory answers exact look-ups through hash indexes; completion
needs "every user whose address starts with ``lcar``". Scanning a million users on each
key press would be far too slow, so this keeps, per key, the row numbers sorted by that
key (an ``array`` of 4-byte ints: 4 MB per million users) and finds a prefix by binary
search, reading keys back from the directory's packed columns.

The index is built once, on first use or ahead of time from a background thread
(``ensure_quietly``), and rebuilt when the number of users changes. Each answer is checked against
the directory, so a user removed since the build is never offered.
"""
from __future__ import annotations

import itertools
import threading
from array import array
from typing import Any, Callable, Iterator, Optional

SIP_PREFIX = "sip:"


def sip_key(address: str) -> str:
    """Return a SIP address as completion compares it: lower case, without ``sip:``."""
    lowered = address.strip().lower()
    return lowered[len(SIP_PREFIX):] if lowered.startswith(SIP_PREFIX) else lowered


class SortedRows:
    """Row numbers sorted by their lower-cased value, searchable by prefix."""

    def __init__(self, rows: Optional[list[int]], keys: list[str], value_of: Callable[[int], str]):
        self.value_of = value_of
        order = sorted(range(len(keys)), key=keys.__getitem__)
        self.rows = array("i", order if rows is None else (rows[i] for i in order))

    def key(self, index: int) -> str:
        return self.value_of(self.rows[index]).lower()

    def first_at_or_after(self, prefix: str) -> int:
        """Return the first position whose key is >= ``prefix`` (binary search)."""
        lo, hi = 0, len(self.rows)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.key(mid) < prefix:
                lo = mid + 1
            else:
                hi = mid
        return lo

    def with_prefix(self, prefix: str) -> Iterator[int]:
        """Yield, in key order, the rows whose lower-cased value starts with ``prefix``
        (a lower-case string)."""
        index = self.first_at_or_after(prefix)
        while index < len(self.rows):
            row = self.rows[index]
            if not self.value_of(row).lower().startswith(prefix):
                return
            yield row
            index += 1


def _column_reader(directory: Any, column: str, field: str) -> tuple[Optional[list[int]], list[str],
                                                                      Callable[[int], str]]:
    """Return (row numbers, or None for 0..n-1; every row's lower-cased value; a reader of
    one row's value).

    The values come straight from the directory's packed column when it has one: an
    unchanged column is one string, split and lower-cased in a few C-level passes (values
    never hold a newline); building a million User objects instead would take seconds."""
    packed = getattr(directory, column, None)
    if packed is not None and hasattr(packed, "__getitem__") and hasattr(packed, "__iter__"):
        if getattr(packed, "compacted", False) and hasattr(packed, "packed"):
            text = packed.packed()[0].decode("utf-8")
            keys = text.lower().split("\n")[:-1] if text else []
        else:
            keys = "\n".join(packed).lower().split("\n") if len(packed) else []
        return None, keys, packed.__getitem__
    rows = list(directory.rows())

    def value_of(row: int) -> str:
        return getattr(directory.get(row), field)
    return rows, [value_of(row).lower() for row in rows], value_of


class UserIndex:
    """SIP-address and display-name prefix indexes over one topology's users."""

    def __init__(self, topology: Any):
        self.topology = topology
        self._lock = threading.Lock()
        self._stamps: dict[str, tuple[int, int]] = {}
        self._indexes: dict[str, SortedRows] = {}

    def _index(self, column: str, field: str) -> SortedRows:
        """The index of one column, built now if missing or if users were added or removed."""
        directory = self.topology.users
        stamp = (id(directory), len(directory))
        with self._lock:
            if self._stamps.get(column) != stamp:
                self._indexes[column] = SortedRows(*_column_reader(directory, column, field))
                self._stamps[column] = stamp
            return self._indexes[column]

    def ensure(self) -> None:
        """Build both indexes now (the background warm-up calls this)."""
        self._index("_sip", "sip_address")
        self._index("_display", "display_name")

    def ensure_quietly(self) -> None:
        """``ensure`` for a background warm-up: a failure is left for the first completion
        to meet again."""
        try:
            self.ensure()
        except Exception:
            pass

    def by_sip(self, prefix: str, limit: int = 50) -> list[tuple[str, str]]:
        """Return up to ``limit`` (SIP address, display name) pairs whose address, with or
        without ``sip:``, starts with ``prefix``; in address order."""
        index = self._index("_sip", "sip_address")
        wanted = sip_key(prefix)
        rows = list(itertools.islice(index.with_prefix(SIP_PREFIX + wanted), limit))
        if not SIP_PREFIX.startswith(wanted):
            # addresses stored without sip: sort apart from the rest
            rows += itertools.islice(index.with_prefix(wanted), limit)
        found = self._live(rows)
        found.sort(key=lambda pair: sip_key(pair[0]))
        return found[:limit]

    def by_display(self, prefix: str, limit: int = 50) -> list[tuple[str, str]]:
        """Return up to ``limit`` (display name, SIP address) pairs whose display name
        starts with ``prefix``, in name order."""
        index = self._index("_display", "display_name")
        rows = list(itertools.islice(index.with_prefix(prefix.lower()), limit * 2))
        return [(display, sip) for sip, display in self._live(rows)[:limit]]

    def _live(self, rows: list[int]) -> list[tuple[str, str]]:
        """(SIP address, display name) of the rows whose user still exists: each answer is
        checked against the directory's hash index, not trusted."""
        directory = self.topology.users
        sip_of = self._index("_sip", "sip_address").value_of
        display_of = self._index("_display", "display_name").value_of
        found, seen = [], set()
        for row in rows:
            if row in seen:
                continue
            seen.add(row)
            address = sip_of(row)
            if directory.find_sip(address) == row:
                found.append((address, display_of(row)))
        return found
