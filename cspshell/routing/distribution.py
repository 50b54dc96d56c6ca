"""How a pool's users spread over its machines, and who moves when a machine comes or goes.

For Get-CsLabRoutingDistribution: the number of users whose first preferred machine is
each machine of the pool (their registrar while everything is up), the share, and for a
what-if (one machine added or removed) the same after the change and how many users
would change registrar. Rendezvous hashing guarantees the movers are exactly the users
of a removed machine, or the users the new machine wins; the counts are still computed
user by user, not assumed.

The users are streamed in batches (hashing.Ranker.batches), so a million users
never sit in memory at once.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from operator import ne
from typing import Iterable, Optional, Sequence

from ..topology.entities import Machine, Pool
from ..topology.model import Topology
from .hashing import Ranker


@dataclass(frozen=True)
class MachineShare:
    """One machine's users as first preferred machine, before and after a what-if."""

    machine_id: str
    fqdn: str
    users: int
    share: float
    users_after: int
    share_after: float
    moved_in: int
    moved_out: int


@dataclass(frozen=True)
class RoutingDistribution:
    """A pool's users per machine; ``moved`` users change registrar in the what-if."""

    pool_fqdn: str
    users: int
    machines: tuple[MachineShare, ...]
    moved: int
    added: Optional[str] = None
    removed: Optional[str] = None

    @property
    def moved_share(self) -> float:
        """Return the percentage of the pool's users that move."""
        return _percent(self.moved, self.users)


def distribute(pool_fqdn: str, machines: Sequence[tuple[str, str]], sip_addresses: Iterable[str],
               seed: int = 0, add: Optional[tuple[str, str]] = None,
               remove: Optional[str] = None) -> RoutingDistribution:
    """Return the distribution of ``sip_addresses`` over ``machines`` ((MachineId, FQDN)
    pairs in pool order), optionally with a machine added or one (by FQDN) removed."""
    everyone = list(machines) + ([add] if add else [])
    removed = _position(everyone, remove)
    if removed is not None and len(everyone) == 1:
        raise ValueError("the pool's only machine cannot be removed")
    ranker = Ranker([machine_id for machine_id, _ in everyone], seed)
    before_lanes = len(machines)
    after_lanes = [p for p in range(len(everyone)) if p != removed]
    what_if = add is not None or removed is not None
    before, after = Counter(), Counter()
    moved = 0
    for batch in ranker.batches(sip_addresses):
        # One byte per user: the position of its winner (its registrar).
        first = batch.winners(range(before_lanes))
        before.update(first)
        if what_if:
            second = batch.winners(after_lanes)
            after.update(second)
            moved += sum(map(ne, first, second))
    if not what_if:
        after = before
    total = sum(before.values())
    shares = tuple(_share(position, everyone[position], before, after, total)
                   for position in range(len(everyone)))
    removed_fqdn = everyone[removed][1] if removed is not None else None
    return RoutingDistribution(pool_fqdn, total, shares, moved, add[1] if add else None, removed_fqdn)


def pool_distribution(topology: Topology, pool: Pool, add_fqdn: Optional[str] = None,
                      remove_fqdn: Optional[str] = None) -> RoutingDistribution:
    """Return the distribution of the users homed on ``pool``; a machine to add gets the
    next ordinal of the pool (and so the next MachineId)."""
    machines = [(m.machine_id, m.fqdn) for m in pool.machines]
    add = None
    if add_fqdn:
        ordinal = max((m.ordinal for m in pool.machines), default=0) + 1
        add = (Machine(add_fqdn, ordinal, site_id=pool.site_id, cluster=pool.cluster).machine_id,
               add_fqdn)
    addresses = topology.sip_addresses_in_pool(pool.fqdn)
    return distribute(pool.fqdn, machines, addresses, pool.hash_seed, add, remove_fqdn)


def _position(machines: Sequence[tuple[str, str]], fqdn: Optional[str]) -> Optional[int]:
    if fqdn is None:
        return None
    for position, (_, name) in enumerate(machines):
        if name.lower() == fqdn.lower():
            return position
    raise ValueError(f"{fqdn} is not a machine of the pool")


def _share(position: int, machine: tuple[str, str], before: Counter, after: Counter,
           total: int) -> MachineShare:
    users, users_after = before[position], after[position]
    return MachineShare(machine[0], machine[1], users, _percent(users, total), users_after,
                        _percent(users_after, total), max(users_after - users, 0),
                        max(users - users_after, 0))


def _percent(part: int, whole: int) -> float:
    return round(100.0 * part / whole, 2) if whole else 0.0
