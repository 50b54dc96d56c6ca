"""Lync Server 2010's product rules the validation applies, and message helpers.

Limits come from reference/lync-facts.md §3.1 and §3.3 (capacity planning: 80,000 users
per Front End pool, 5,000 per Standard Edition server, SBA 1,000 and SBS 2,000 users,
up to two SBAs per branch site; ten Front End Servers per pool is the commonly quoted
Lync 2010 maximum, so more is a warning, not an error).
"""
from __future__ import annotations

import difflib
from typing import Any

from .entities import PoolKind
from .yamldoc import YMap

# Product limits of Lync Server 2010 (reference/lync-facts.md §3.1, §3.3).
MAX_MACHINES = {PoolKind.ENTERPRISE_FRONT_END: 10, PoolKind.DIRECTOR: 10}
SINGLE_MACHINE = {PoolKind.STANDARD_EDITION: "a Standard Edition server",
                  PoolKind.SBA: "a Survivable Branch Appliance",
                  PoolKind.SBS: "a Survivable Branch Server"}
MAX_USERS = {PoolKind.ENTERPRISE_FRONT_END: 80_000, PoolKind.STANDARD_EDITION: 5_000,
             PoolKind.SBA: 1_000, PoolKind.SBS: 2_000}
MAX_SBAS_PER_BRANCH = 2
KIND_LABELS = {
    PoolKind.ENTERPRISE_FRONT_END: "an Enterprise Edition Front End pool",
    PoolKind.STANDARD_EDITION: "a Standard Edition server",
    PoolKind.DIRECTOR: "a Director pool",
    PoolKind.SBA: "a Survivable Branch Appliance",
    PoolKind.SBS: "a Survivable Branch Server",
    PoolKind.EDGE: "an Edge pool",
    PoolKind.MEDIATION: "a Mediation pool",
    PoolKind.MONITORING: "a Monitoring server",
    PoolKind.ARCHIVING: "an Archiving server",
    PoolKind.SQL_STORE: "a SQL store",
}


def item_label(item: Any, kind: str, key: str) -> str:
    """Return how messages name a list item: ``pool 'x.contoso.com'``, or ``a pool``."""
    name = item.get(key) if isinstance(item, YMap) else None
    if isinstance(name, str) and name.strip():
        return f"{kind} '{name.strip()}'"
    # "an Edge pool", "a user", "a DNS record": the sound decides, and these kinds agree
    # with their first letter except "u" (said "you").
    return f"{'an' if kind[0].lower() in 'aeio' else 'a'} {kind}"


def did_you_mean(name: str, names: list[str]) -> str:
    """Return ``"; did you mean 'x'?"`` for the closest of ``names``, or ""."""
    close = difflib.get_close_matches(name.lower(), [n.lower() for n in names], n=1,
                                      cutoff=0.6)
    if not close:
        return ""
    original = next(n for n in names if n.lower() == close[0])
    return f"; did you mean '{original}'?"
