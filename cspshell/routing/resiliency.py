"""Failover to the backup registrar pool and failback, on the lab clock; resiliency mode.

Lync Server 2010 voice resiliency (lync-facts.md §4.4): the backup pool watches the
primary pool. When every machine of the primary pool has been unavailable for the
failure detection interval (Topology Builder default 120 s), the backup accepts the
primary's users, in resiliency mode. When the primary comes back, the backup keeps
them until it has seen the primary healthy for the failback interval (default 240 s),
then sends them home.

"Unavailable" is seen from the backup pool: no machine of the primary runs its
Registrar, or the WAN link of either site is down (a branch cut off from its central
site looks dead to the central pool). The phase is a replay of the lab's history of
machine, service and link changes, so jumping the clock forward gives the same answer
as waiting.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Optional

from ..topology.entities import Pool
from ..topology.model import Topology
from .labstate import LabState


class Phase(str, Enum):
    """Where a pool stands with its backup registrar pool."""

    NORMAL = "Normal"              # the pool serves its users
    DETECTING = "Detecting"        # the pool is down; the backup has not concluded it yet
    FAILED_OVER = "FailedOver"     # the backup pool accepts the pool's users
    FAILING_BACK = "FailingBack"   # the pool is back; the backup still keeps its users
    DOWN = "Down"                  # the pool is down and has no backup: nobody signs in


class ServiceMode(str, Enum):
    """The service level a signed-in user gets."""

    NORMAL = "Normal"
    BACKUP_REGISTRAR = "BackupRegistrar"   # failed over: resiliency mode
    BRANCH_SURVIVAL = "BranchSurvival"     # on the SBA with the WAN link down: voice only


@dataclass(frozen=True)
class PoolStatus:
    """A pool's phase, since when (lab seconds), and when it changes by itself (or None)."""

    phase: Phase
    since: int
    changes_at: Optional[int] = None


# lync-facts.md §4.4, from "Planning for Central Site Voice Resiliency" (Gg398347).
RESILIENCY_AVAILABLE = (
    "Outbound PSTN calls",
    "Inbound PSTN calls, when the carrier can fail over",
    "Enterprise calls within and between sites",
    "Call hold, retrieve and transfer",
    "Two-party IM and audio/video between users at the same site",
    "Call forwarding, simultaneous ring, delegation and team call, all parties at the same site",
    "Existing phones and clients keep working",
    "Call detail records (CDR)",
    "Authentication and authorization",
)
RESILIENCY_MAY_WORK = (
    "Voice mail, depending on the Exchange UM disaster-recovery setup",
    "Conferencing: joining conferences hosted on healthy pools, but not hosting them",
)
RESILIENCY_UNAVAILABLE = (
    "Conferencing Auto-Attendant",
    "Presence and DND-based routing",
    "Changing call-forwarding settings",
    "Response Group and Call Park",
    "Provisioning new phones and clients",
    "Address Book Web Search",
    "Contact list: contacts cannot be seen, added or changed",
)
# lync-facts.md §4.4, branch-site resiliency (SBA with the WAN link down).
BRANCH_SURVIVAL_AVAILABLE = (
    "Inbound and outbound PSTN calls",
    "Enterprise calls",
    "Call hold, retrieve and transfer",
    "Two-party IM",
    "Call detail records (CDR)",
    "Dial-in conferencing through the Conferencing Auto-Attendant",
    "Voice mail rerouting",
)
BRANCH_SURVIVAL_UNAVAILABLE = (
    "Conferencing",
    "Presence",
    "Contact list",
)


def features(mode: ServiceMode) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Return (available, unavailable) feature lists for a service mode (empty: all work)."""
    if mode is ServiceMode.BACKUP_REGISTRAR:
        return RESILIENCY_AVAILABLE, RESILIENCY_UNAVAILABLE
    if mode is ServiceMode.BRANCH_SURVIVAL:
        return BRANCH_SURVIVAL_AVAILABLE, BRANCH_SURVIVAL_UNAVAILABLE
    return (), ()


def pool_available(topology: Topology, lab: LabState, pool: Pool, at: Optional[int] = None) -> bool:
    """True when the pool's backup (if any) can see one of its registrars running."""
    backup = topology.backup_pool_of(pool)
    if backup is not None:
        if not (lab.site_link_up(pool.site, at) and lab.site_link_up(backup.site, at)):
            return False
    return any(lab.registrar_up(m.fqdn, at) for m in pool.machines)


def pool_status(topology: Topology, lab: LabState, pool: Pool) -> PoolStatus:
    """Return the pool's failover phase at the current lab time."""
    backup = topology.backup_pool_of(pool)
    sites = [pool.site] + ([backup.site] if backup is not None else [])
    times = lab.change_times((m.fqdn for m in pool.machines), sites)
    runs = _runs([(t, pool_available(topology, lab, pool, t)) for t in times])
    if backup is None:
        return _without_backup(runs)
    return _replay(runs, lab.clock, pool.failure_detection_interval, pool.failback_interval)


def _runs(samples: list[tuple[int, bool]]) -> list[tuple[int, bool]]:
    # Everything is up before the first change; keep only the changes of availability.
    runs: list[tuple[int, bool]] = [(0, True)]
    for second, available in samples:
        if available != runs[-1][1]:
            runs.append((second, available))
    return runs


def _without_backup(runs: list[tuple[int, bool]]) -> PoolStatus:
    since, available = runs[-1]
    return PoolStatus(Phase.NORMAL if available else Phase.DOWN, since)


def _replay(runs: list[tuple[int, bool]], now: int, detection: int, failback: int) -> PoolStatus:
    """Return the phase at ``now`` after runs of alternating availability."""
    phase, since = Phase.NORMAL, 0
    for index, (start, available) in enumerate(runs):
        end = runs[index + 1][0] if index + 1 < len(runs) else now
        if available:
            if phase is Phase.DETECTING:
                phase, since = Phase.NORMAL, start
            elif phase is Phase.FAILED_OVER:
                phase, since = Phase.FAILING_BACK, start
            if phase is Phase.FAILING_BACK and end - since >= failback:
                phase, since = Phase.NORMAL, since + failback
        else:
            if phase is Phase.NORMAL:
                phase, since = Phase.DETECTING, start
            elif phase is Phase.FAILING_BACK:
                # Down again before failing back: the users never left the backup.
                phase, since = Phase.FAILED_OVER, start
            if phase is Phase.DETECTING and end - since >= detection:
                phase, since = Phase.FAILED_OVER, since + detection
    deadline = {Phase.DETECTING: detection, Phase.FAILING_BACK: failback}.get(phase)
    return PoolStatus(phase, since, None if deadline is None else since + deadline)
