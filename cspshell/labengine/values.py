"""Lab values: placeholders, per-trainee picks from a seed, and expected values.

Text in a lab file may name values in braces, ``{user}``: the lab's parameters (picked
from the topology with the trainee's seed), its computed values, and the built-ins
``domain`` (the topology's first SIP domain) and ``seed``. Only known names are
replaced, so PowerShell script blocks such as ``{ $_.Fqdn }`` pass through untouched.

An expected value is written as text with placeholders, a number or boolean, a list
of those, or a mapping computed from the session when it is needed:

- ``{fn: <name>, <argument>: <value>, ...}`` calls one of ``FUNCTIONS`` (the routing
  library's answers: a user's pools, preferred machines, registrars ...);
- ``{ps: <PowerShell expression>}`` runs the expression through the engine and takes
  its output (one object: that object as text; several: the list).

Nothing here depends on the order a dict was filled or on Python's ``hash()``: picks use
BLAKE2b of the lab name, the parameter name and the seed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from hashlib import blake2b
from itertools import islice
from typing import Any, Callable, Iterator, Mapping, Optional

from ..objects.convert import to_string
from ..routing.registrar import backup_contact, home_registrar, user_pool_info
from ..routing.resiliency import ServiceMode, features
from ..topology.entities import PoolKind, normalise_sip
from .model import Pick

PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
BUILT_INS = ("domain", "seed")
PICK_KINDS = ("user", "pool", "one_of")
# What each pick kind may be filtered by.
PICK_FILTERS = {
    "user": ("pool", "pool_kind", "has_backup"),
    "pool": ("kind", "has_backup"),
    "one_of": ("choices",),
}


class LabValueError(Exception):
    """A value could not be computed (an unknown user, a failing expression ...)."""


def substitute(text: str, values: Mapping[str, Any]) -> str:
    """Return ``text`` with every ``{name}`` of a known value replaced by that value."""
    def replace(match: "re.Match[str]") -> str:
        name = match.group(1)
        return to_string(values[name]) if name in values else match.group(0)
    return PLACEHOLDER.sub(replace, text)


def placeholders(text: str) -> list[str]:
    """Return the names written in braces in ``text``, in order."""
    return PLACEHOLDER.findall(text)


# -- picks ------------------------------------------------------------------------------------

def pick_index(lab: str, parameter: str, seed: int, count: int) -> int:
    """Return the seeded choice among ``count`` candidates (0 when there are none)."""
    if count <= 0:
        return 0
    digest = blake2b(f"{lab}|{parameter}|{seed}".encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "little") % count


def pick_values(topology: Any, lab: str, picks: tuple[Pick, ...], seed: int) -> dict[str, str]:
    """Return each parameter's value for this seed; LabValueError when nothing fits."""
    chosen: dict[str, str] = {}
    for pick in picks:
        chosen[pick.name] = _PICKERS[pick.kind](topology, lab, pick, seed)
    return chosen


def _pick_user(topology: Any, lab: str, pick: Pick, seed: int) -> str:
    # Rows, not users: counting and walking the directory's row numbers runs in C, and a
    # pool of a million users is never built into User objects or held in a list. A
    # disabled user drawn is passed over for the next enabled one, in directory order.
    pools = [p for p in _pools(topology, pick.filters.get("pool_kind"), pick.filters.get("has_backup"))
             if _pool_matches(p, pick.filters.get("pool"))]
    directory = topology.users
    counts = [_count(directory.rows_in_pool(pool.fqdn)) for pool in pools]
    total = sum(counts)
    start = pick_index(lab, pick.name, seed, total)
    for offset in range(total):
        user = directory.get(_nth_row(directory, pools, counts, (start + offset) % total))
        if user.enabled:
            return normalise_sip(user.sip_address)
    raise LabValueError(f"parameter '{pick.name}': no enabled user of this topology fits "
                        f"{_describe(pick.filters)}")


def _count(rows: Iterator[int]) -> int:
    return sum(1 for _ in rows)


def _nth_row(directory: Any, pools: list, counts: list[int], index: int) -> int:
    for pool, count in zip(pools, counts):
        if index < count:
            return next(islice(directory.rows_in_pool(pool.fqdn), index, None))
        index -= count
    raise IndexError(index)


def _pick_pool(topology: Any, lab: str, pick: Pick, seed: int) -> str:
    pools = list(_pools(topology, pick.filters.get("kind"), pick.filters.get("has_backup")))
    if not pools:
        raise LabValueError(f"parameter '{pick.name}': no pool of this topology fits "
                            f"{_describe(pick.filters)}")
    return pools[pick_index(lab, pick.name, seed, len(pools))].fqdn


def _pick_one_of(topology: Any, lab: str, pick: Pick, seed: int) -> str:
    choices = [to_string(c) for c in pick.filters.get("choices", ())]
    if not choices:
        raise LabValueError(f"parameter '{pick.name}': 'choices' is empty")
    return choices[pick_index(lab, pick.name, seed, len(choices))]


_PICKERS: dict[str, Callable[[Any, str, Pick, int], str]] = {
    "user": _pick_user, "pool": _pick_pool, "one_of": _pick_one_of,
}


def _pools(topology: Any, kind: Optional[str], has_backup: Optional[bool]) -> Iterator[Any]:
    for pool in topology.pools:
        if kind is not None and pool.kind.value.lower() != str(kind).lower():
            continue
        if has_backup is not None and bool(pool.backup_pool) != bool(has_backup):
            continue
        yield pool


def _pool_matches(pool: Any, fqdn: Optional[str]) -> bool:
    return fqdn is None or pool.fqdn.lower() == str(fqdn).lower()


def _describe(filters: Mapping[str, Any]) -> str:
    if not filters:
        return "the pick"
    return ", ".join(f"{key}={to_string(value)}" for key, value in sorted(filters.items()))


# -- functions over the session --------------------------------------------------------------

@dataclass(frozen=True)
class Function:
    """A named value function: its arguments (required first) and its implementation."""

    required: tuple[str, ...]
    optional: tuple[str, ...]
    compute: Callable[..., Any]


def _info(session: Any, user: str) -> Any:
    topology = session.topology
    found = topology.user(user)
    info = user_pool_info(topology, found) if found is not None else None
    if info is None:
        raise LabValueError(f"{user} is not a user homed on a Registrar pool of this topology")
    return info


def _machines(session: Any, user: str, pool: str) -> tuple:
    info = _info(session, user)
    if pool not in ("primary", "backup"):
        raise LabValueError(f"pool must be primary or backup, not '{pool}'")
    return info.primary_machines if pool == "primary" else info.backup_machines


def _nth(items: tuple, index: Any) -> Any:
    position = int(index)
    if not -len(items) <= position < len(items):
        raise LabValueError(f"there is no machine number {position} in that list")
    return items[position]


def _pool(session: Any, fqdn: str) -> Any:
    pool = session.topology.pool(fqdn)
    if pool is None:
        raise LabValueError(f"there is no pool {fqdn} in this topology")
    return pool


def _machine(session: Any, machine_id: str) -> Any:
    machine = session.topology.machine_by_id(machine_id)
    if machine is None:
        raise LabValueError(f"there is no machine with MachineId {machine_id}")
    return machine


def _feature(mode: str, feature: str) -> bool:
    try:
        service_mode = ServiceMode(mode)
    except ValueError:
        raise LabValueError(f"mode must be one of {', '.join(m.value for m in ServiceMode)}") from None
    available, unavailable = features(service_mode)
    wanted = feature.lower()
    if any(wanted in item.lower() for item in available):
        return True
    if any(wanted in item.lower() for item in unavailable):
        return False
    raise LabValueError(f"no feature of {mode} mode mentions '{feature}'")


FUNCTIONS: dict[str, Function] = {
    "sip_address": Function(("user",), (), lambda s, user: f"sip:{normalise_sip(_info(s, user).sip_address)}"),
    "primary_pool": Function(("user",), (), lambda s, user: _info(s, user).primary_pool.fqdn),
    "backup_pool": Function(("user",), (), lambda s, user: (
        _info(s, user).backup_pool.fqdn if _info(s, user).backup_pool is not None else "")),
    "backup_registrar": Function(("user",), (), lambda s, user: backup_contact(_info(s, user))),
    "home_registrar": Function(("user",), (), lambda s, user: home_registrar(s.lab, _info(s, user)).fqdn),
    "preferred_fqdns": Function(("user",), ("pool",), lambda s, user, pool="primary": [
        m.fqdn for m in _machines(s, user, pool)]),
    "preferred_ids": Function(("user",), ("pool",), lambda s, user, pool="primary": [
        m.machine_id for m in _machines(s, user, pool)]),
    "preferred_fqdn": Function(("user",), ("index", "pool"), lambda s, user, index=0, pool="primary":
                               _nth(_machines(s, user, pool), index).fqdn),
    "preferred_id": Function(("user",), ("index", "pool"), lambda s, user, index=0, pool="primary":
                             _nth(_machines(s, user, pool), index).machine_id),
    "machine_fqdn": Function(("machine_id",), (), lambda s, machine_id: _machine(s, machine_id).fqdn),
    "pool_machines": Function(("pool",), (), lambda s, pool: [m.fqdn for m in _pool(s, pool).machines]),
    "pool_users": Function(("pool",), (), lambda s, pool: [
        f"sip:{normalise_sip(u.sip_address)}" for u in s.topology.users_in_pool(_pool(s, pool).fqdn)]),
    "pool_site": Function(("pool",), (), lambda s, pool: _pool(s, pool).site),
    "failure_detection_interval": Function(("pool",), (), lambda s, pool: _pool(s, pool).failure_detection_interval),
    "failback_interval": Function(("pool",), (), lambda s, pool: _pool(s, pool).failback_interval),
    "feature_available": Function(("mode", "feature"), (), lambda s, mode, feature: _feature(mode, feature)),
    "is_branch_registrar": Function(("pool",), (), lambda s, pool: _pool(s, pool).kind in (PoolKind.SBA, PoolKind.SBS)),
}


def call(session: Any, name: str, arguments: Mapping[str, Any]) -> Any:
    """Return what value function ``name`` computes; LabValueError on any failure."""
    function = FUNCTIONS.get(name)
    if function is None:
        raise LabValueError(f"there is no value function '{name}'")
    try:
        return function.compute(session, **arguments)
    except LabValueError:
        raise
    except (TypeError, ValueError) as exc:
        raise LabValueError(f"{name}: {exc}") from None


class Resolver:
    """Computes expected values: placeholders from ``values``, functions over the
    session, PowerShell through ``evaluate`` (text -> output objects)."""

    def __init__(self, session: Any, values: Mapping[str, Any],
                 evaluate: Optional[Callable[[str], list]] = None):
        self.session = session
        self.values = values
        self.evaluate = evaluate

    def text(self, text: Any) -> str:
        """Return ``text`` with its placeholders replaced."""
        return substitute(to_string(text), self.values)

    def value(self, expression: Any) -> Any:
        """Return the value an expected-value expression stands for."""
        if isinstance(expression, list):
            return [self.value(item) for item in expression]
        if isinstance(expression, Mapping):
            return self._computed(expression)
        if isinstance(expression, str):
            return self.text(expression)
        return expression

    def _computed(self, expression: Mapping[str, Any]) -> Any:
        if "fn" in expression:
            arguments = {key: self.value(item) for key, item in expression.items() if key != "fn"}
            return call(self.session, str(expression["fn"]), arguments)
        if self.evaluate is None:
            raise LabValueError("PowerShell expressions cannot run here")
        output = self.evaluate(self.text(expression["ps"]))
        return output[0] if len(output) == 1 else output


def initial_values(topology: Any, lab: str, picks: tuple[Pick, ...], seed: int) -> dict[str, Any]:
    """Return the built-ins and the parameters picked for this seed."""
    values: dict[str, Any] = {"domain": topology.sip_domains[0] if topology.sip_domains else "",
                              "seed": seed}
    values.update(pick_values(topology, lab, picks, seed))
    return values


def computed_values(session: Any, values: dict[str, Any], computed: tuple[tuple[str, Any], ...],
                    evaluate: Optional[Callable[[str], list]] = None) -> dict[str, Any]:
    """Return ``values`` with the lab's computed values added, in file order (each may
    use the ones before it)."""
    result = dict(values)
    resolver = Resolver(session, result, evaluate)
    for name, expression in computed:
        result[name] = resolver.value(expression)
    return result
