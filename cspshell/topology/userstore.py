"""Compact storage for a million users: packed string columns and persistent hash indexes.

A ``User`` object costs several hundred bytes; a million of them, plus four dictionaries
of lower-cased keys, would take well over a gigabyte and seconds to build. Instead each
text field is one ``str`` holding every row's value followed by a newline, with an
``array`` of start offsets, and each look-up key has an open-addressing hash table of
row numbers. Both are plain bytes, so the compiled cache (``cache.py``) stores and
reloads them without rebuilding anything.

Changes made after loading (a moved user, a new user, a new SIP address) go to small
overlays: changed cells in a dict, new rows in lists, new keys in a dict per index.
"""
from __future__ import annotations

import re
import zlib
from array import array
from bisect import bisect_right
from typing import Callable, Iterable, Iterator, Optional

# Rows are joined with this separator; validation refuses it inside any value, which
# also lets a MULTILINE regular expression search a whole column in one C-level pass.
SEPARATOR = "\n"
OFFSET_TYPECODE = "I"      # 4 bytes on every supported platform: 4 G characters per column
ROW_TYPECODE = "i"
HASH_TYPECODE = "I"


class StringColumn:
    """One text field of every row: a packed base plus an overlay of later changes."""

    __slots__ = ("_data", "_starts", "_base", "_extra", "_changed")

    def __init__(self, data: str = "", starts: Optional[array] = None):
        self._data = data
        self._starts = starts if starts is not None else array(OFFSET_TYPECODE, [0])
        self._base = len(self._starts) - 1
        self._extra: list[str] = []
        self._changed: dict[int, str] = {}

    @classmethod
    def from_values(cls, values: Iterable[str]) -> "StringColumn":
        """Return a column packing ``values`` in order."""
        values = list(values)
        starts = array(OFFSET_TYPECODE, [0])
        position = 0
        for value in values:
            position += len(value) + 1
            starts.append(position)
        data = SEPARATOR.join(values) + SEPARATOR if values else ""
        return cls(data, starts)

    def __len__(self) -> int:
        return self._base + len(self._extra)

    def __getitem__(self, row: int) -> str:
        changed = self._changed.get(row)
        if changed is not None:
            return changed
        if row < self._base:
            starts = self._starts
            return self._data[starts[row]:starts[row + 1] - 1]
        return self._extra[row - self._base]

    def __setitem__(self, row: int, value: str) -> None:
        if row < self._base:
            self._changed[row] = value
        else:
            self._extra[row - self._base] = value

    def append(self, value: str) -> None:
        """Add a value for a new row at the end."""
        self._extra.append(value)

    def __iter__(self) -> Iterator[str]:
        for row in range(len(self)):
            yield self[row]

    def search(self, pattern: "re.Pattern[str]") -> Iterator[int]:
        """Yield, in row order, the rows whose whole value matches ``pattern``.

        ``pattern`` must be compiled with MULTILINE and anchored with ``^``/``$`` so one
        ``finditer`` over the packed base finds every matching row.
        """
        starts = self._starts
        base = self._base
        for match in pattern.finditer(self._data):
            row = bisect_right(starts, match.start()) - 1
            # A pattern that matches the empty string also matches after the last
            # separator, where no row begins.
            if row < base and row not in self._changed:
                yield row
        for row, value in sorted(self._changed.items()):
            if pattern.fullmatch(value):
                yield row
        for index, value in enumerate(self._extra):
            if pattern.fullmatch(value):
                yield self._base + index

    @property
    def compacted(self) -> bool:
        """True when no change was made since packing (the packed form is complete)."""
        return not self._extra and not self._changed

    def packed(self) -> tuple[bytes, bytes]:
        """Return (UTF-8 data, raw offsets) of a compacted column, for the cache."""
        if not self.compacted:
            return StringColumn.from_values(self).packed()
        return self._data.encode("utf-8", "surrogatepass"), self._starts.tobytes()

    @classmethod
    def unpack(cls, data: "bytes | memoryview", starts: "bytes | memoryview") -> "StringColumn":
        """Return the column that ``packed()`` produced; ValueError when inconsistent."""
        offsets = array(OFFSET_TYPECODE)
        offsets.frombytes(starts)
        text = str(data, "utf-8", "surrogatepass")
        if not offsets or offsets[0] != 0 or offsets[-1] != len(text):
            raise ValueError("column offsets do not match its data")
        return cls(text, offsets)


class HashIndex:
    """Rows by a normalised key, in constant time; several rows may share a key.

    Two parallel tables of a power-of-two size: ``_rows`` holds row + 1 (0 = empty)
    and ``_hashes`` the key's 32-bit hash, so probing compares integers and reads a
    row's key only on a hash match. Slots come from Fibonacci hashing of the CRC-32
    (its top bits), because CRC-32 alone clusters numbered names such as user0000001.
    Rows whose key changed after the tables were built are listed in ``_rekeyed`` and
    found through the ``_overlay`` dict; every hit is checked against the row's
    current key, so stale entries never match.
    """

    __slots__ = ("_key_of", "_rows_table", "_hashes", "_shift", "_mask", "_rows",
                 "_overlay", "_rekeyed")

    def __init__(self, key_of: Callable[[int], str], rows_table: array, hashes: array,
                 rows: int):
        self._key_of = key_of
        self._rows_table = rows_table
        self._hashes = hashes
        size = len(rows_table)
        self._mask = size - 1
        self._shift = 64 - max(size.bit_length() - 1, 1)
        self._rows = rows
        self._overlay: dict[str, list[int]] = {}
        self._rekeyed: set[int] = set()

    @staticmethod
    def table_size(rows: int) -> int:
        """Return the table size for ``rows`` rows: a power of two, at least 2 * rows."""
        size = 8
        while size < 2 * rows:
            size *= 2
        return size

    @classmethod
    def build(cls, key_of: Callable[[int], str], keys: Iterable[str], rows: int) -> "HashIndex":
        """Return an index over rows 0..rows-1 whose keys ``keys`` yields in row order."""
        size = cls.table_size(rows)
        rows_table = array(ROW_TYPECODE, bytes(size * array(ROW_TYPECODE).itemsize))
        hashes = array(HASH_TYPECODE, bytes(size * array(HASH_TYPECODE).itemsize))
        mask = size - 1
        shift = 64 - max(size.bit_length() - 1, 1)
        crc32 = zlib.crc32
        for row, key in enumerate(keys, 1):
            digest = crc32(key.encode("utf-8", "surrogatepass"))
            slot = ((digest * _GOLDEN) & _MASK64) >> shift
            while rows_table[slot]:
                slot = (slot + 1) & mask
            rows_table[slot] = row
            hashes[slot] = digest
        return cls(key_of, rows_table, hashes, rows)

    @classmethod
    def unpack(cls, key_of: Callable[[int], str], rows_raw: "bytes | memoryview",
               hashes_raw: "bytes | memoryview", rows: int) -> "HashIndex":
        """Return the index over ``rows`` rows whose tables ``packed()`` produced.

        ValueError when the tables cannot be ones ``build`` made for that many rows.
        """
        rows_table = array(ROW_TYPECODE)
        rows_table.frombytes(rows_raw)
        hashes = array(HASH_TYPECODE)
        hashes.frombytes(hashes_raw)
        if len(rows_table) != cls.table_size(rows) or len(hashes) != len(rows_table):
            raise ValueError("hash table size does not fit the row count")
        return cls(key_of, rows_table, hashes, rows)

    def packed(self) -> tuple[bytes, bytes]:
        """Return the raw (rows, hashes) tables (only meaningful while ``compacted``)."""
        return self._rows_table.tobytes(), self._hashes.tobytes()

    @property
    def compacted(self) -> bool:
        """True when every row is found through the tables alone."""
        return not self._overlay and not self._rekeyed

    def add(self, row: int) -> None:
        """Index a new row, or a row whose key changed."""
        if row < self._rows:
            self._rekeyed.add(row)
        rows = self._overlay.setdefault(self._key_of(row), [])
        if row not in rows:
            rows.append(row)

    def find(self, key: str) -> list[int]:
        """Return the rows whose current key equals ``key``, in row order."""
        key_of = self._key_of
        found: list[int] = []
        rows_table, hashes, mask = self._rows_table, self._hashes, self._mask
        digest = zlib.crc32(key.encode("utf-8", "surrogatepass"))
        slot = ((digest * _GOLDEN) & _MASK64) >> self._shift
        while rows_table[slot]:
            if hashes[slot] == digest:
                row = rows_table[slot] - 1
                if row not in self._rekeyed and key_of(row) == key:
                    found.append(row)
            slot = (slot + 1) & mask
        for row in self._overlay.get(key, ()):
            if key_of(row) == key and row not in found:
                found.append(row)
        found.sort()
        return found


_GOLDEN = 0x9E3779B97F4A7C15       # 2**64 / golden ratio: spreads hashes over the top bits
_MASK64 = (1 << 64) - 1
