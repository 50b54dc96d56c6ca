"""The preferred order of a pool's machines for one user: rendezvous hashing.

Lync Server 2010 gives every user of a pool an ordered list of the pool's Front End
Servers (Get-CsUserPoolInfo's PrimaryPoolMachinesInPreferredOrder); the user registers on
the first one that is up. Microsoft never documented the algorithm, so the emulator uses
rendezvous (highest-random-weight) hashing, which has the properties the real list
shows: every user gets a stable order, and adding or removing a machine only moves the
users who must move.

For a user and a machine at position ``p`` of its pool::

    user key   k = first 8 bytes (little-endian) of BLAKE2b-512(normalised SIP URI)
    machine    A = bytes 0-15 of BLAKE2b-512("<pool seed>|<MachineId>"), made odd
               B = bytes 16-31 of the same digest
    weight     w = ((A * k + B) mod 2**128) >> 72            (a 56-bit number)
    tagged     t = w << 8 | (255 - p)

and the machines are ordered by decreasing tagged weight: by weight, and between equal
weights (one user in tens of millions) by position in the pool. The tag makes the
winner's position readable from the largest number alone, so the bulk path never has to
ask which machine a maximum came from.

Two layouts compute the same numbers without a Python loop over machines:

- one user (``Ranker.tagged``): the machines' constants are packed into one big integer,
  192 bits per machine, and one multiplication by ``k`` scales every lane at once
  (``A * k + B`` stays below 2**192, so lanes never carry into each other);
- many users (``Ranker.batches``): the users' keys are packed into one big integer,
  192 bits per user, and one multiplication per machine weighs the whole batch; the
  winner of every user is found lane by lane in the same packed form (``Batch.best``,
  ``Batch.winners``). A batch's addresses are normalised, encoded and split as one
  string, so the per-user work left is the BLAKE2b call itself.
"""
from __future__ import annotations

import struct
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from hashlib import blake2b
from itertools import islice
from operator import methodcaller

from ..topology.entities import SIP_PREFIX

MAX_MACHINES = 256
BATCH_SIZE = 2048

_LANE_BITS = 192
_LANE_BYTES = _LANE_BITS // 8
_DIGEST_BYTES = 64
_TAG_MASK = 0xFF
_FIRST_WORD = struct.Struct("<Q").unpack_from
# Within a 192-bit lane, bits 72-127 carry the weight and bits 64-71 the position tag.
_TAG_SHIFT = 64
_KEEP_WEIGHT = ((1 << 128) - 1) ^ ((1 << 72) - 1)
_LANE_READER = "8xQ8x"
# The top bit of a lane, above any tagged weight: the borrow guard of Batch comparisons.
_GUARD_BIT = _LANE_BITS - 1


def user_key(sip_uri: str) -> int:
    """Return the 64-bit key of a SIP URI (``sip:`` prefix and letter case do not matter)."""
    # normalise_sip, inlined: this runs once per user of a Get-CsUserPoolInfo pipeline.
    return _FIRST_WORD(blake2b(sip_uri.strip().lower().removeprefix(SIP_PREFIX).encode()).digest())[0]


def machine_constants(machine_id: str, seed: int = 0) -> tuple[int, int]:
    """Return the (multiplier, addend) pair of a machine under a pool's hash seed."""
    digest = blake2b(f"{seed}|{machine_id}".encode("utf-8")).digest()
    return int.from_bytes(digest[:16], "little") | 1, int.from_bytes(digest[16:32], "little")


def weight(key: int, machine_id: str, seed: int = 0) -> int:
    """Return the 56-bit rendezvous weight of a machine for a user key (the plain formula)."""
    multiplier, addend = machine_constants(machine_id, seed)
    return ((multiplier * key + addend) % (1 << 128)) >> 72


def position_of(tagged: int) -> int:
    """Return the machine position a tagged weight carries."""
    return _TAG_MASK - (tagged & _TAG_MASK)


def preferred_order(sip_uri: str, machine_ids: Sequence[str], seed: int = 0) -> list[str]:
    """Return ``machine_ids`` in the preferred order of ``sip_uri`` (the plain formula)."""
    key = user_key(sip_uri)
    ranked = sorted(range(len(machine_ids)),
                    key=lambda p: (-weight(key, machine_ids[p], seed), p))
    return [machine_ids[p] for p in ranked]


class Ranker:
    """Orders the machines of one pool for any user; build once per (machines, seed).

    ``machine_ids`` are in the pool's own order (the tie-break order).
    """

    __slots__ = ("machine_ids", "seed", "_constants", "_multiplier_list", "_multipliers", "_addends",
                 "_tag_lanes", "_keep_lanes", "_read_lanes", "_pack_words", "_size", "_batches")

    def __init__(self, machine_ids: Sequence[str], seed: int = 0):
        if not 0 < len(machine_ids) <= MAX_MACHINES:
            raise ValueError(f"a pool has 1 to {MAX_MACHINES} machines, not {len(machine_ids)}")
        self.machine_ids: tuple[str, ...] = tuple(machine_ids)
        self.seed = seed
        self._constants = [machine_constants(mid, seed) for mid in self.machine_ids]
        self._multiplier_list = [a for a, _ in self._constants]
        count = len(self.machine_ids)
        self._multipliers = _packed(a for a, _ in self._constants)
        self._addends = _packed(b for _, b in self._constants)
        self._tag_lanes = _packed(_tag(p) for p in range(count))
        self._keep_lanes = _packed([_KEEP_WEIGHT] * count)
        self._read_lanes = struct.Struct("<" + _LANE_READER * count).unpack
        self._pack_words = struct.Struct(f"<{count}Q").pack
        self._size = _LANE_BYTES * count
        self._batches: dict[int, _BatchLayout] = {}

    def __len__(self) -> int:
        return len(self.machine_ids)

    def tagged(self, key: int) -> tuple[int, ...]:
        """Return every machine's tagged weight for a user key, in pool order."""
        lanes = (self._multipliers * key + self._addends) & self._keep_lanes | self._tag_lanes
        return self._read_lanes(lanes.to_bytes(self._size, "little"))

    def order(self, key: int) -> list[int]:
        """Return machine positions (indexes into ``machine_ids``) by decreasing weight."""
        return list(self.positions(key))

    def positions(self, key: int) -> bytes:
        """Return ``order(key)`` as bytes, one position per byte (no list of integers built)."""
        if len(self.machine_ids) == 1:
            return b"\0"
        # Sorted, the tagged weights are packed again: their low bytes are the tags.
        return self._pack_words(*sorted(self.tagged(key), reverse=True))[::8].translate(_POSITION_OF_TAG)

    def preferred(self, key: int) -> int:
        """Return the position of the machine with the highest weight for a user key."""
        if len(self.machine_ids) == 1:
            return 0
        return position_of(max(self.tagged(key)))

    def ordered_ids(self, sip_uri: str) -> list[str]:
        """Return the MachineIds in the preferred order of ``sip_uri``."""
        ids = self.machine_ids
        return [ids[p] for p in self.order(user_key(sip_uri))]

    def batches(self, sip_uris: Iterable[str], batch_size: int = BATCH_SIZE) -> Iterator["Batch"]:
        """Yield the users' tagged weights batch by batch, as packed integers (see Batch).

        Every step runs in C: normalising, hashing, packing the keys, weighing.
        """
        uris = iter(sip_uris)
        while True:
            keys = _packed_keys(list(islice(uris, batch_size)))
            if keys is None:
                return
            packed, count = keys
            layout = self._layout(count)
            keep = layout.keep
            yield Batch([(packed * a + addend) & keep | tag for a, addend, tag
                         in zip(self._multiplier_list, layout.addends, layout.tag_lanes)], layout)

    def _layout(self, count: int) -> "_BatchLayout":
        # Only full batches are worth keeping: a stream ends with one partial batch.
        layout = self._batches.get(count)
        if layout is None:
            layout = _BatchLayout(count, self._constants)
            if count == BATCH_SIZE:
                self._batches[count] = layout
        return layout


class Batch:
    """One batch of users: for each machine, an integer holding every user's tagged
    weight in its own 192-bit lane (``lanes[p]``)."""

    __slots__ = ("lanes", "_layout")

    def __init__(self, lanes: list[int], layout: "_BatchLayout"):
        self.lanes = lanes
        self._layout = layout

    def best(self, positions: Iterable[int]) -> tuple[int, ...]:
        """Return, user by user, the largest tagged weight among the machines at
        ``positions``: the user's winner among them (``position_of`` names it)."""
        return self._layout.read(self._largest(positions))

    def winners(self, positions: Iterable[int]) -> bytes:
        """Return, user by user, the position of the winner among the machines at
        ``positions``: one byte per user (what ``position_of(best)`` gives, without
        building one Python integer per user)."""
        return self._layout.tags(self._largest(positions)).translate(_POSITION_OF_TAG)

    def columns(self) -> list[tuple[int, ...]]:
        """Return, machine by machine, every user's tagged weight."""
        return [self._layout.read(lanes) for lanes in self.lanes]

    def _largest(self, positions: Iterable[int]) -> int:
        chosen = iter(positions)
        best = self.lanes[next(chosen)]
        larger = self._layout.larger
        for position in chosen:
            best = larger(best, self.lanes[position])
        return best


class _BatchLayout:
    """Constants for weighing ``count`` users at once: each machine's addend and tag
    copied into every lane, the lane masks, the reader."""

    __slots__ = ("keep", "addends", "tag_lanes", "guard", "read_struct", "size")

    def __init__(self, count: int, constants: Sequence[tuple[int, int]]):
        # Multiplying by a 1 in every lane copies a value into every lane.
        ones = int.from_bytes((b"\x01" + bytes(_LANE_BYTES - 1)) * count, "little")
        self.keep = ones * _KEEP_WEIGHT
        self.addends = [ones * b for _, b in constants]
        self.tag_lanes = [ones * _tag(p) for p in range(len(constants))]
        self.guard = ones << _GUARD_BIT
        self.read_struct = struct.Struct("<" + _LANE_READER * count)
        self.size = _LANE_BYTES * count

    def larger(self, first: int, second: int) -> int:
        """Return, lane by lane, the larger of two packed values (each below 2**128).

        With the lane's top bit set first, ``first - second`` cannot borrow from the next
        lane, and that bit survives exactly where ``first >= second``; minus itself moved
        down to the lane's bit 0, it becomes a mask of the lane's lower bits, which selects
        ``first`` there and ``second`` elsewhere.
        """
        wins = ((first | self.guard) - second) & self.guard
        select = wins - (wins >> _GUARD_BIT)
        return second ^ ((first ^ second) & select)

    def read(self, lanes: int) -> tuple[int, ...]:
        """Return the tagged weight of every lane."""
        return self.read_struct.unpack(lanes.to_bytes(self.size, "little"))

    def tags(self, lanes: int) -> bytes:
        """Return the position tag of every lane (its byte 8), one byte per lane."""
        return lanes.to_bytes(self.size, "little")[_TAG_SHIFT // 8::_LANE_BYTES]


# Tag byte (255 - position) -> position.
_POSITION_OF_TAG = bytes(_TAG_MASK - tag for tag in range(_TAG_MASK + 1))
_without_sip_prefix = methodcaller("removeprefix", SIP_PREFIX)
_LINE = "\n"


def _packed_keys(sip_uris: list[str]) -> "tuple[int, int] | None":
    """Return the keys of ``sip_uris`` laid out one per 192-bit lane, and how many."""
    if not sip_uris:
        return None
    digests = b"".join(map(blake2b.digest, map(blake2b, _normalised(sip_uris))))
    # The first 8 bytes of every 64-byte digest go to the low 8 bytes of a 24-byte lane
    # (8-byte items copied as they are: the machine's byte order does not matter).
    lanes = bytearray(_LANE_BYTES * len(sip_uris))
    memoryview(lanes).cast("Q")[::_LANE_BYTES // 8] = memoryview(digests).cast("Q")[::_DIGEST_BYTES // 8]
    return int.from_bytes(lanes, "little"), len(sip_uris)


def _normalised(sip_uris: list[str]) -> Iterable[bytes]:
    """Return normalise_sip(uri) encoded as UTF-8, for every URI.

    The batch is joined by newlines and lower-cased, stripped of ``sip:`` and encoded
    as one string: lower() maps characters one by one (the one context rule, final
    sigma, stops at a newline) and no address holds a newline. A URI that does, or a
    value that is no string or cannot be encoded, sends the batch one by one, which
    also raises the one-by-one errors.
    """
    try:
        text = _LINE.join(sip_uris)
    except TypeError:
        return _one_by_one(sip_uris)
    if text.count(_LINE) != len(sip_uris) - 1:
        return _one_by_one(sip_uris)
    stripped = _LINE.join(map(str.strip, text.lower().split(_LINE)))
    try:
        encoded = (_LINE + stripped).replace(_LINE + SIP_PREFIX, _LINE)[1:].encode()
    except UnicodeEncodeError:
        return _one_by_one(sip_uris)
    return encoded.split(_LINE.encode())


def _one_by_one(sip_uris: list[str]) -> Iterable[bytes]:
    return map(str.encode, map(_without_sip_prefix, map(str.lower, map(str.strip, sip_uris))))


def _tag(position: int) -> int:
    return (_TAG_MASK - position) << _TAG_SHIFT


def _packed(values: Iterable[int]) -> int:
    packed = 0
    for lane, value in enumerate(values):
        packed |= value << (lane * _LANE_BITS)
    return packed


@lru_cache(maxsize=256)
def ranker_for(machine_ids: tuple[str, ...], seed: int = 0) -> Ranker:
    """Return the (cached) ranker of a pool with these machines and hash seed."""
    return Ranker(machine_ids, seed)
