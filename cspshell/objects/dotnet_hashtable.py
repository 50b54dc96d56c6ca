"""The enumeration order of a .NET Framework 4.x ``System.Collections.Hashtable``.

Windows PowerShell 5.1 shows a plain hashtable (``@{...}``) in the order its
``Hashtable`` enumerates, which is bucket order, not insertion order. This module
reproduces that order for the keys it can hash exactly, with pure functions and no
use of Python's own ``hash()``, so the order is the same in every process.

Facts modelled (sources: the .NET Framework reference source, microsoft/referencesource,
``mscorlib/system/collections/hashtable.cs``, ``stringcomparer.cs``, ``string.cs``,
``globalization/compareinfo.cs`` and ``textinfo.cs``; the CLR's native side in the
dotnet/coreclr tree of that era, ``classlibnative/nls/nlsinfo.cpp`` and
``classlibnative/bcltype/...`` ``COMNlsHashProvider``; PowerShell's own source,
PowerShell/PowerShell at its first commits, which is the 5.1 code base):

Which table PowerShell builds
    A hash literal ``@{k1=v1; ...}`` compiles to ``new Hashtable(n, StringComparer.
    CurrentCultureIgnoreCase)`` with ``n`` the number of pairs, then ``Add`` of each
    pair in source order (Compiler.cs BuildHashtable, HashtableOps.AddKeyValuePair).
    PowerShell 6.2 changed the comparer to OrdinalIgnoreCase (PR #8566); 5.1 has the
    culture comparer. Other tables: ``$Matches``, ``+`` of two hashtables and
    Group-Object -AsHashTable use ``new Hashtable(CurrentCultureIgnoreCase)``
    (capacity 0); ConvertFrom-StringData, ``$PSDefaultParameterValues`` and
    ``$PSVersionTable`` use ``StringComparer.OrdinalIgnoreCase``; a ``[hashtable]``
    cast of another dictionary is ``new Hashtable(IDictionary)``: the default,
    case-sensitive comparer (``key.GetHashCode()``).

Bucket array
    ``new Hashtable(capacity)``: load factor ``0.72f``; ``rawsize = capacity / 0.72f``;
    the array has ``GetPrime((int)rawsize)`` buckets when ``rawsize > 3``, else 3;
    ``loadsize = (int)(0.72f * buckets)``. GetPrime takes the first prime >= n from
    HashHelpers.primes (3, 7, 11, 17, 23, 29, 37, ...), beyond the list the next odd
    prime p with ``(p - 1) % 101 != 0``. Before each insert of a new key, when
    ``count >= loadsize`` the table grows to ``GetPrime(2 * buckets)`` and re-places
    every entry, walking the old array from index 0 up; else, when more than 100
    entries and more collision marks than ``loadsize``, it is rebuilt at the same size.

Placement (double hashing)
    ``h = GetHashCode(key) & 0x7FFFFFFF``; first bucket ``h % size``; step
    ``1 + ((h * 101) mod 2**32) % (size - 1)``. Every occupied bucket passed while
    looking for a free one gets its collision mark. A removed entry leaves a
    "deleted" bucket when its collision mark is set (else an empty one); an insert
    reuses the first deleted-and-marked bucket of its probe chain, or the first bucket
    that is empty or deleted-unmarked. ``Clear()`` keeps the array size.

Enumeration
    Keys, Values, GetEnumerator and CopyTo walk the buckets from the last index down to 0.

Hash codes
    * CurrentCultureIgnoreCase (en-US): ``CompareInfo.GetHashCodeOfString`` hashes the
      Windows sort key ``LCMapStringEx(LCMAP_SORTKEY | NORM_IGNORECASE |
      NORM_LINGUISTIC_CASING)`` with ``COMNlsHashProvider::HashSortKey``: two
      accumulators seeded 5381, ``h1 = h1*33 ^ byte[2i]``, ``h2 = h2*33 ^ byte[2i+1]``,
      stopping at the first zero byte, result ``h1 + h2 * 1566083941`` (32-bit).
      The sort key of an ASCII string ignoring case is: for each character that is not
      a "punctuation" character, its script member and primary weight (letters 0x0E
      and a..z = 02 09 0A 1A 21 23 25 2C 32 35 36 48 51 70 7C 7E 89 8A 91 99 9F A2 A4
      A6 A7 A9; digits 0x0D and 03 1A 1C ... 2A; symbols 0x07 or 0x08 with their
      weight), then ``01 01 01 01`` (empty diacritic, case and extra sections), then
      for each punctuation character (``-``, ``'`` and most control characters: script
      member 6) the 4 bytes ``FF, (-(primary weights so far) - 1) & 0xFF, weight, 0x12``,
      then ``00``. Weights: Microsoft's published Windows sorting weight table.
      Only ASCII strings are modelled here (other strings: ``None``).
    * OrdinalIgnoreCase: ``TextInfo.GetCaseInsensitiveHashCode`` → one accumulator
      seeded 5381, ``h = h*33 ^ upper(c)`` over the UTF-16 code units (stopping at NUL).
    * Default comparer, 64-bit String.GetHashCode: two accumulators seeded 5381 over
      alternate UTF-16 code units, ``h1 + h2 * 1566083941``, stopping at NUL.
    * Int32: the value; Int64: ``(int)v ^ (int)(v >> 32)``; Boolean: 1 or 0;
      Char: ``c | c << 16``; Double: 0 for ±0, else low ^ high word of its bits.

Not modelled (documented limits)
    Keys of other types (Decimal, objects, arrays, ...), and non-ASCII strings under the
    culture comparer, have no known hash here: callers count them in the table (so the
    growth points stay right) but list them after the modelled keys, in insertion
    order. .NET also switches a table to randomized string hashing after an insert
    that probes more than 100 buckets; that case is not modelled.

Evidence that the model is right (all reproduced by tests/unit/objects/
test_hashtable_order.py): the ``@{...}`` outputs in Microsoft's 5.1 documentation
(about_Hash_Tables, about_Parameters_Default_Values, about_Regular_Expressions,
about_Comparison_Operators, ConvertFrom-StringData, the 3.0 ConvertTo-Json page),
Kevin Marquette's hashtable deep dive, and PowerShell issue #13566, whose nine keys
``test1``..``test9`` come out in the exact 5.1 order reported there.
"""
from __future__ import annotations

import re
import struct
from functools import lru_cache
from typing import Any, Iterable, Optional

CURRENT_CULTURE_IGNORE_CASE = "CurrentCultureIgnoreCase"
ORDINAL_IGNORE_CASE = "OrdinalIgnoreCase"
DEFAULT_COMPARER = "Default"
COMPARERS = (CURRENT_CULTURE_IGNORE_CASE, ORDINAL_IGNORE_CASE, DEFAULT_COMPARER)

HASH_PRIME = 101
INITIAL_SIZE = 3
#: 0.72f as the single-precision number .NET stores.
LOAD_FACTOR = struct.unpack("<f", struct.pack("<f", 0.72))[0]
#: HashHelpers.primes
PRIMES = (
    3, 7, 11, 17, 23, 29, 37, 47, 59, 71, 89, 107, 131, 163, 197, 239, 293, 353, 431, 521, 631,
    761, 919, 1103, 1327, 1597, 1931, 2333, 2801, 3371, 4049, 4861, 5839, 7013, 8419, 10103,
    12143, 14591, 17519, 21023, 25229, 30293, 36353, 43627, 52361, 62851, 75431, 90523, 108631,
    130363, 156437, 187751, 225307, 270371, 324449, 389357, 467237, 560689, 672827, 807403,
    968897, 1162687, 1395263, 1674319, 2009191, 2411033, 2893249, 3471899, 4166287, 4999559,
    5999471, 7199369)
MAX_PRIME_ARRAY_LENGTH = 0x7FEFFFFD
#: Insert rebuilds a table in place only past this many entries.
_REHASH_MIN_COUNT = 100

_MASK32 = 0xFFFFFFFF


def to_int32(value: int) -> int:
    """The signed 32-bit integer with the low 32 bits of ``value``."""
    value &= _MASK32
    return value - 0x100000000 if value & 0x80000000 else value


def _utf16_units(text: str) -> list[int]:
    units = []
    for ch in text:
        cp = ord(ch)
        if cp > 0xFFFF:
            cp -= 0x10000
            units.append(0xD800 | (cp >> 10))
            units.append(0xDC00 | (cp & 0x3FF))
        else:
            units.append(cp)
    return units


def _two_lane_hash(units: Any) -> int:
    """The two-accumulator loop shared by String.GetHashCode (64-bit) and HashSortKey:
    even positions feed one lane and odd positions the other; a zero ends the input.
    ``units`` is a bytes object or a list of UTF-16 code units."""
    end = units.index(0) if 0 in units else len(units)
    lane1 = lane2 = 5381
    for unit in units[0:end:2]:
        lane1 = ((lane1 * 33) & _MASK32) ^ unit
    for unit in units[1:end:2]:
        lane2 = ((lane2 * 33) & _MASK32) ^ unit
    return to_int32(lane1 + lane2 * 1566083941)


def string_hash_code(text: str) -> int:
    """String.GetHashCode() of 64-bit .NET Framework 4.x, non-randomized."""
    return _two_lane_hash(_utf16_units(text))


def _upper_unit(unit: int) -> int:
    if 0x61 <= unit <= 0x7A:
        return unit & ~0x20
    if unit < 0x80 or 0xD800 <= unit <= 0xDFFF:
        return unit
    upper = chr(unit).upper()
    return ord(upper) if len(upper) == 1 and ord(upper) <= 0xFFFF else unit


def ordinal_ignore_case_hash_code(text: str) -> int:
    """StringComparer.OrdinalIgnoreCase.GetHashCode() on .NET Framework 4.x."""
    value = 5381
    for unit in _utf16_units(text):
        if unit == 0:
            break
        value = ((value * 33) & _MASK32) ^ _upper_unit(unit)
    return to_int32(value)


# Script member and primary weight of each ASCII character in the Windows default sort
# (the published sorting weight table); script member 6 is "punctuation", which a word
# sort keeps out of the primary weights. NUL has no weight.
_LETTER_WEIGHTS = (0x02, 0x09, 0x0A, 0x1A, 0x21, 0x23, 0x25, 0x2C, 0x32, 0x35, 0x36, 0x48, 0x51,
                   0x70, 0x7C, 0x7E, 0x89, 0x8A, 0x91, 0x99, 0x9F, 0xA2, 0xA4, 0xA6, 0xA7, 0xA9)
_DIGIT_WEIGHTS = (0x03, 0x1A, 0x1C, 0x1E, 0x20, 0x22, 0x24, 0x26, 0x28, 0x2A)
_SYMBOL_WEIGHTS = {
    "\t": (7, 0x05), "\n": (7, 0x06), "\x0b": (7, 0x07), "\x0c": (7, 0x08), "\r": (7, 0x09),
    " ": (7, 0x02), "!": (7, 0x1C), '"': (7, 0x1D), "#": (7, 0x1F), "$": (7, 0x21), "%": (7, 0x23),
    "&": (7, 0x25), "'": (6, 0x80), "(": (7, 0x27), ")": (7, 0x2A), "*": (7, 0x2D), "+": (8, 0x03),
    ",": (7, 0x2F), "-": (6, 0x82), ".": (7, 0x33), "/": (7, 0x35), ":": (7, 0x37), ";": (7, 0x3A),
    "<": (8, 0x0E), "=": (8, 0x12), ">": (8, 0x14), "?": (7, 0x3C), "@": (7, 0x3E), "[": (7, 0x3F),
    "\\": (7, 0x41), "]": (7, 0x42), "^": (7, 0x43), "_": (7, 0x44), "`": (7, 0x48), "{": (7, 0x4A),
    "|": (7, 0x4C), "}": (7, 0x4E), "~": (7, 0x50), "\x7f": (6, 0x1D),
}


def _ascii_weight(ch: str) -> Optional[tuple[int, int]]:
    code = ord(ch)
    if code == 0:
        return None
    if "a" <= ch <= "z" or "A" <= ch <= "Z":
        return 0x0E, _LETTER_WEIGHTS[(code | 0x20) - 0x61]
    if "0" <= ch <= "9":
        return 0x0D, _DIGIT_WEIGHTS[code - 0x30]
    hit = _SYMBOL_WEIGHTS.get(ch)
    if hit is not None:
        return hit
    # 0x01-0x08 weigh 03..0A, 0x0E-0x1F weigh 0B..1C, all punctuation (script member 6).
    return 6, code + 2 if code <= 0x08 else code - 3


_ASCII_WEIGHTS = {chr(code): _ascii_weight(chr(code)) for code in range(0x80)}
# The fast path: ASCII text without NUL or punctuation maps character by character to its
# two primary-weight bytes.
_PRIMARY_BYTES = str.maketrans({ch: chr(w[0]) + chr(w[1]) for ch, w in _ASCII_WEIGHTS.items()
                                if w is not None and w[0] != 6})
_SLOW_CHARS = re.compile("[\x00-\x08\x0e-\x1f'\\-\x7f]")


def culture_sort_key(text: str) -> Optional[bytes]:
    """The en-US sort key of ``text`` ignoring case, as LCMapStringEx returns it with
    LCMAP_SORTKEY | NORM_IGNORECASE | NORM_LINGUISTIC_CASING; ``None`` when ``text`` has a
    character outside ASCII (not modelled)."""
    if not text.isascii():
        return None
    if _SLOW_CHARS.search(text) is None:
        return text.translate(_PRIMARY_BYTES).encode("latin-1") + b"\x01\x01\x01\x01\x00"
    primary = bytearray()
    special = bytearray()
    for ch in text:
        weight = _ASCII_WEIGHTS[ch]
        if weight is None:
            continue
        script, value = weight
        if script == 6:
            position = -(len(primary) // 2) - 1
            special += bytes(((position >> 8) & 0xFF, position & 0xFF, value, 0x12))
        else:
            primary.append(script)
            primary.append(value)
    return bytes(primary) + b"\x01\x01\x01\x01" + bytes(special) + b"\x00"


def sort_key_hash_code(sort_key: bytes) -> int:
    """COMNlsHashProvider::HashSortKey, non-randomized."""
    return _two_lane_hash(sort_key)


@lru_cache(maxsize=65536)
def culture_ignore_case_hash_code(text: str) -> Optional[int]:
    """StringComparer.CurrentCultureIgnoreCase.GetHashCode() for culture en-US on .NET
    Framework 4.x; ``None`` for strings this module does not model."""
    if text == "":
        return 0
    key = culture_sort_key(text)
    return None if key is None else sort_key_hash_code(key)


def _double_hash_code(value: float) -> int:
    if value == 0:
        return 0
    bits = struct.unpack("<q", struct.pack("<d", value))[0]
    return to_int32(bits) ^ to_int32(bits >> 32)


def hash_code(key: Any, comparer: str = CURRENT_CULTURE_IGNORE_CASE) -> Optional[int]:
    """The hash code ``comparer.GetHashCode(key)`` gives (a signed 32-bit int), or ``None``
    when the key's type is not modelled.

    Python stands for .NET here as in the rest of cspshell: ``str`` is String (a
    one-character str subclass named ``PSChar`` is Char), ``bool`` Boolean, ``int``
    Int32 when it fits and Int64 otherwise (or when its type says Int64), ``float`` Double.
    """
    if isinstance(key, str):
        if type(key).__name__ == "PSChar" and len(key) == 1 and ord(key) <= 0xFFFF:
            code = ord(key)
            return to_int32(code | (code << 16))
        if comparer == ORDINAL_IGNORE_CASE:
            return ordinal_ignore_case_hash_code(key)
        if comparer == DEFAULT_COMPARER:
            return string_hash_code(key)
        return culture_ignore_case_hash_code(key)
    if isinstance(key, bool):
        return 1 if key else 0
    if isinstance(key, int):
        is_long = getattr(key, "ps_type_name", None) == "System.Int64"
        if not is_long and -0x80000000 <= key <= 0x7FFFFFFF:
            return key
        if -(1 << 63) <= key < (1 << 63):
            return to_int32(key) ^ to_int32(key >> 32)
        return None
    if isinstance(key, float):
        return _double_hash_code(key)
    return None


def _single(value: float) -> float:
    """``value`` rounded to single precision (a C# ``float``)."""
    return struct.unpack("<f", struct.pack("<f", value))[0]


def is_prime(candidate: int) -> bool:
    """HashHelpers.IsPrime."""
    if candidate & 1:
        divisor = 3
        while divisor * divisor <= candidate:
            if candidate % divisor == 0:
                return False
            divisor += 2
        return True
    return candidate == 2


def get_prime(minimum: int) -> int:
    """HashHelpers.GetPrime: the bucket count for at least ``minimum`` buckets."""
    for prime in PRIMES:
        if prime >= minimum:
            return prime
    candidate = minimum | 1
    while candidate < 0x7FFFFFFF:
        if is_prime(candidate) and (candidate - 1) % HASH_PRIME != 0:
            return candidate
        candidate += 2
    return minimum


def expand_prime(old_size: int) -> int:
    """HashHelpers.ExpandPrime: the bucket count after a table of ``old_size`` grows."""
    new_size = 2 * old_size
    if new_size > MAX_PRIME_ARRAY_LENGTH and MAX_PRIME_ARRAY_LENGTH > old_size:
        return MAX_PRIME_ARRAY_LENGTH
    return get_prime(new_size)


def initial_bucket_count(capacity: int) -> int:
    """The bucket count of ``new Hashtable(capacity)`` (load factor 1.0)."""
    raw = _single(capacity / LOAD_FACTOR)  # int / float is a float division in C#
    return get_prime(int(raw)) if raw > INITIAL_SIZE else INITIAL_SIZE


def load_size(buckets: int) -> int:
    """How many entries a table of ``buckets`` buckets holds before it grows."""
    return int(_single(LOAD_FACTOR * buckets))


_EMPTY = None


class _Deleted:
    __slots__ = ()

    def __repr__(self) -> str:
        return "<deleted>"


_DELETED = _Deleted()


class BucketTable:
    """The bucket array of one .NET Hashtable, holding caller-chosen tokens.

    A token stands for a key (cspshell passes the hashtable's normalized key); two keys
    are equal exactly when their tokens are. ``insert`` and ``remove`` take the key's hash
    code, or ``None`` for a key whose hash is not modelled: such a key counts towards the
    table's size (so it grows when .NET's would) but occupies no bucket.
    """

    __slots__ = ("_tokens", "_hashes", "_marks", "count", "occupancy", "_loadsize", "_phantoms")

    def __init__(self, capacity: int = 0):
        size = initial_bucket_count(capacity)
        self._tokens: list[Any] = [_EMPTY] * size
        self._hashes: list[int] = [0] * size
        self._marks: list[bool] = [False] * size
        self.count = 0
        self.occupancy = 0
        self._loadsize = load_size(size)
        self._phantoms = 0

    @property
    def size(self) -> int:
        """The number of buckets."""
        return len(self._tokens)

    @staticmethod
    def _probe(hashcode: int, size: int) -> tuple[int, int]:
        return hashcode % size, 1 + ((hashcode * HASH_PRIME) & _MASK32) % (size - 1)

    def _rehash(self, new_size: int) -> None:
        old_tokens, old_hashes = self._tokens, self._hashes
        self._tokens = [_EMPTY] * new_size
        self._hashes = [0] * new_size
        self._marks = [False] * new_size
        self.occupancy = 0
        for index, token in enumerate(old_tokens):
            if token is not _EMPTY and token is not _DELETED:
                self._put(token, old_hashes[index])
        self._loadsize = load_size(new_size)

    def _put(self, token: Any, hashcode: int) -> None:
        """Hashtable.putEntry: place an entry while rebuilding."""
        size = len(self._tokens)
        bucket, step = self._probe(hashcode, size)
        while self._tokens[bucket] is not _EMPTY:
            if not self._marks[bucket]:
                self._marks[bucket] = True
                self.occupancy += 1
            bucket = (bucket + step) % size
        self._tokens[bucket] = token
        self._hashes[bucket] = hashcode

    def insert(self, token: Any, hashcode: Optional[int]) -> None:
        """Hashtable.Insert of a key that is not in the table yet."""
        if self.count >= self._loadsize:
            self._rehash(expand_prime(len(self._tokens)))
        elif self.occupancy > self._loadsize and self.count > _REHASH_MIN_COUNT:
            self._rehash(len(self._tokens))
        if hashcode is None:
            self._phantoms += 1
            self.count += 1
            return
        hashcode &= 0x7FFFFFFF
        tokens, marks = self._tokens, self._marks
        size = len(tokens)
        bucket, step = self._probe(hashcode, size)
        reuse = -1
        for _ in range(size):
            here = tokens[bucket]
            if reuse == -1 and here is _DELETED and marks[bucket]:
                reuse = bucket
            if here is _EMPTY or (here is _DELETED and not marks[bucket]):
                self._store(reuse if reuse != -1 else bucket, token, hashcode)
                return
            if here is not _DELETED and self._hashes[bucket] == hashcode and here == token:
                return  # already present: .NET replaces the value in place
            if reuse == -1 and not marks[bucket]:
                marks[bucket] = True
                self.occupancy += 1
            bucket = (bucket + step) % size
        if reuse != -1:
            self._store(reuse, token, hashcode)
            return
        raise RuntimeError("hash table insert failed")  # pragma: no cover - load factor < 1

    def _store(self, bucket: int, token: Any, hashcode: int) -> None:
        self._tokens[bucket] = token
        self._hashes[bucket] = hashcode
        self.count += 1

    def remove(self, token: Any, hashcode: Optional[int]) -> None:
        """Hashtable.Remove."""
        if hashcode is None:
            if self._phantoms:
                self._phantoms -= 1
                self.count -= 1
            return
        hashcode &= 0x7FFFFFFF
        tokens, marks = self._tokens, self._marks
        size = len(tokens)
        bucket, step = self._probe(hashcode, size)
        for _ in range(size):
            here = tokens[bucket]
            if here is not _EMPTY and here is not _DELETED and self._hashes[bucket] == hashcode \
                    and here == token:
                tokens[bucket] = _DELETED if marks[bucket] else _EMPTY
                self._hashes[bucket] = 0
                self.count -= 1
                return
            if not marks[bucket]:
                return
            bucket = (bucket + step) % size

    def clear(self) -> None:
        """Hashtable.Clear: every bucket emptied, the array keeps its size."""
        if self.count == 0 and self.occupancy == 0:
            return
        size = len(self._tokens)
        self._tokens = [_EMPTY] * size
        self._hashes = [0] * size
        self._marks = [False] * size
        self.count = 0
        self.occupancy = 0
        self._phantoms = 0

    def order(self) -> list[Any]:
        """The tokens in enumeration order: buckets from the last index down to 0."""
        return [token for token in reversed(self._tokens)
                if token is not _EMPTY and token is not _DELETED]


def enumeration_order(keys: Iterable[Any], comparer: str = CURRENT_CULTURE_IGNORE_CASE,
                      capacity: Optional[int] = None) -> list[Any]:
    """The order ``new Hashtable(capacity, comparer)`` enumerates after ``Add`` of each key
    in turn (``capacity`` defaults to the number of keys, as for a hash literal). Keys
    whose hash is not modelled follow, in insertion order."""
    keys = list(keys)
    table = BucketTable(len(keys) if capacity is None else capacity)
    unmodelled = []
    for index, key in enumerate(keys):
        code = hash_code(key, comparer)
        table.insert(index, code)
        if code is None:
            unmodelled.append(index)
    return [keys[i] for i in table.order()] + [keys[i] for i in unmodelled]
