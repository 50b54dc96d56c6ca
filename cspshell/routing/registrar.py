"""Who registers a user: preferred machine order, current registrar, answers to REGISTER.

The rules (seed; lync-facts.md §3.4, §4.2, §4.4):

- A user homed on a pool has a preferred order of that pool's machines and of the
  backup pool's machines (hashing.py). The user's *home registrar* is the first machine
  of the preferred order whose Registrar runs; the client is told it in a 301 as
  ``q=0.7``. The *backup registrar* told as ``q=0.3`` is the backup pool: its FQDN, or
  for a one-machine pool (Standard Edition, SBA) that machine's FQDN.
- A REGISTER to a running Registrar gets ``200 OK`` from the machine currently serving
  the user and ``301 Redirect request to Home Server`` from any other (a Director, a
  Front End of another pool, a Front End of the home pool that is not first, an SBA).
  While the user is failed over, the backup pool serves: its first running machine in
  the user's backup order accepts, in resiliency mode, and its other machines redirect
  to that one. While the pool fails back, the home registrar accepts again and the
  backup still accepts the clients it holds.
- A running home registrar always accepts its users: a Survivable Branch Appliance whose
  branch has lost its WAN link keeps them, with voice-only service (branch survival),
  even after the central pool has concluded it is down.
- A user the Registrar does not know (no such user, not enabled, no Registrar pool)
  gets ``404 Not Found``.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any, Optional

from ..topology.entities import Machine, Pool, User
from ..topology.model import Topology
from .hashing import Ranker, ranker_for, user_key
from .labstate import LabState
from .resiliency import Phase, PoolStatus, ServiceMode, pool_status


@dataclass(frozen=True)
class UserPoolInfo:
    """Get-CsUserPoolInfo for one user: pools and machines in preferred order."""

    sip_address: str
    primary_pool: Pool
    backup_pool: Optional[Pool]
    user_services_pool: Pool
    primary_machines: tuple[Machine, ...]
    backup_machines: tuple[Machine, ...]


class AnswerKind(str, Enum):
    """What a Registrar does with a REGISTER."""

    OK = "200 OK"
    REDIRECT = "301 Redirect"
    NOT_FOUND = "404 Not Found"


@dataclass(frozen=True)
class RegisterAnswer:
    """A Registrar's answer: the server, the kind, the 301's contacts, the service mode."""

    kind: AnswerKind
    server: Machine
    primary: str = ""
    backup: str = ""
    mode: ServiceMode = ServiceMode.NORMAL


@dataclass(frozen=True)
class Serving:
    """Which machine serves a user now (None: nobody accepts the user) and how."""

    machine: Optional[Machine]
    mode: ServiceMode
    status: PoolStatus


@dataclass(frozen=True)
class HomePools:
    """The pools that serve the users homed on one Registrar pool (Get-CsUserPoolInfo)."""

    primary: Pool
    backup: Optional[Pool]
    user_services: Pool


# id(pool) -> (its machine list, how many machines, seed, ranker): pools rarely change, so the
# ranker is rebuilt only when the machine list or the seed does.
_RANKERS: dict[int, tuple] = {}


def _pool_ranker(pool: Pool) -> Any:
    machines = pool.machines
    hit = _RANKERS.get(id(pool))
    if hit is not None and hit[0] is machines and hit[1] == len(machines) and hit[2] == pool.hash_seed:
        return hit[3]
    ranker = ranker_for(tuple(m.machine_id for m in machines), pool.hash_seed)
    _RANKERS[id(pool)] = (machines, len(machines), pool.hash_seed, ranker)
    return ranker


def pool_ranker(pool: Pool) -> Optional[Ranker]:
    """Return the ranker of the pool's machines (None with fewer than two: one order only).

    ``ranker.order(user_key(sip_address))`` lists positions in ``pool.machines``; a caller
    ordering many users of one pool takes the ranker once.
    """
    return _pool_ranker(pool) if len(pool.machines) >= 2 else None


def preferred_machines(pool: Pool, sip_address: str) -> tuple[Machine, ...]:
    """Return the pool's machines in the user's preferred order."""
    return _in_order(pool, user_key(sip_address))


def _in_order(pool: Pool, key: int) -> tuple[Machine, ...]:
    machines = pool.machines
    if len(machines) < 2:
        return tuple(machines)
    return tuple([machines[p] for p in _pool_ranker(pool).order(key)])


def home_pools(topology: Topology, registrar_pool: Optional[str]) -> Optional[HomePools]:
    """Return the pools serving the users of ``registrar_pool`` (None: no such pool)."""
    primary = topology.pool(registrar_pool) if registrar_pool else None
    if primary is None:
        return None
    backup = topology.backup_pool_of(primary)
    # An SBA's users take their user services from its associated central pool.
    services = backup if primary.kind.is_branch_registrar and backup is not None else primary
    return HomePools(primary, backup, services)


def user_pool_info(topology: Topology, user: User) -> Optional[UserPoolInfo]:
    """Return the user's pools and preferred machines, or None without a Registrar pool."""
    pools = home_pools(topology, user.registrar_pool)
    if pools is None:
        return None
    # One key serves both orders.
    key = user_key(user.sip_address)
    backup = pools.backup
    return UserPoolInfo(user.sip_address, pools.primary, backup, pools.user_services,
                        _in_order(pools.primary, key), _in_order(backup, key) if backup is not None else ())


def first_running(lab: LabState, machines: tuple[Machine, ...]) -> Optional[Machine]:
    """Return the first machine whose Registrar runs, or None."""
    return next((m for m in machines if lab.registrar_up(m.fqdn)), None)


def home_registrar(lab: LabState, info: UserPoolInfo) -> Machine:
    """Return the user's home registrar: the first running machine of the preferred order
    (the first of the order when none runs: nobody can know better yet)."""
    return first_running(lab, info.primary_machines) or info.primary_machines[0]


def backup_contact(info: UserPoolInfo) -> str:
    """Return the backup registrar a 301 names: the backup pool's FQDN, or its one
    machine's FQDN; empty without a backup pool."""
    if info.backup_pool is None:
        return ""
    machines = info.backup_pool.machines
    return machines[0].fqdn if len(machines) == 1 else info.backup_pool.fqdn


def serving(topology: Topology, lab: LabState, info: UserPoolInfo) -> Serving:
    """Return the machine that accepts the user now, with the service mode.

    A running home registrar always serves (an SBA cut off from its central site keeps
    its users); otherwise the backup pool serves once it has taken the users over.
    """
    status = pool_status(topology, lab, info.primary_pool)
    home = first_running(lab, info.primary_machines)
    if home is not None:
        return Serving(home, home_mode(lab, info), status)
    if status.phase is Phase.FAILED_OVER:
        return Serving(first_running(lab, info.backup_machines), ServiceMode.BACKUP_REGISTRAR,
                       status)
    return Serving(None, ServiceMode.NORMAL, status)


def home_mode(lab: LabState, info: UserPoolInfo) -> ServiceMode:
    """Return the service mode on the home pool: branch survival for an SBA cut off
    from its central site, normal otherwise."""
    pool = info.primary_pool
    if pool.kind.is_branch_registrar and not lab.site_link_up(pool.site):
        return ServiceMode.BRANCH_SURVIVAL
    return ServiceMode.NORMAL


def answer_register(topology: Topology, lab: LabState, user: Optional[User],
                    server: Machine) -> RegisterAnswer:
    """Return what the Registrar on ``server`` answers to the user's REGISTER.

    The server is assumed reachable with its Registrar running; the sign-in checks that.
    """
    info = user_pool_info(topology, user) if user is not None and user.enabled else None
    if info is None:
        return RegisterAnswer(AnswerKind.NOT_FOUND, server)
    phase = pool_status(topology, lab, info.primary_pool).phase
    on_backup = info.backup_pool is not None and server.pool_fqdn == info.backup_pool.fqdn
    if on_backup and phase in (Phase.FAILED_OVER, Phase.FAILING_BACK):
        holder = first_running(lab, info.backup_machines)
        if holder is not None and holder.fqdn == server.fqdn:
            return RegisterAnswer(AnswerKind.OK, server, mode=ServiceMode.BACKUP_REGISTRAR)
        if holder is not None and phase is Phase.FAILED_OVER:
            return RegisterAnswer(AnswerKind.REDIRECT, server, holder.fqdn, backup_contact(info))
    home = first_running(lab, info.primary_machines)
    if home is not None and home.fqdn == server.fqdn:
        return RegisterAnswer(AnswerKind.OK, server, mode=home_mode(lab, info))
    return RegisterAnswer(AnswerKind.REDIRECT, server, home_registrar(lab, info).fqdn,
                          backup_contact(info))
