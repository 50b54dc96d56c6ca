"""The lab's DNS: the topology's records with the lab's changes, and how clients use them.

A name resolves to the topology's records of that name that the lab has not removed,
plus the records the lab added. Every machine also has the A record Windows registers
for it dynamically (its FQDN -> its IP addresses) unless the topology or the lab gives
that name A records of its own.

Client discovery (Lync 2010 desktop client, lync-facts.md §4.1): the SRV names
``_sipinternaltls._tcp``, ``_sipinternal._tcp``, ``_sip._tls`` of the SIP domain, in that
order; the first that has records is the only SRV name used. Only when none has
records does the client try the A names ``sipinternal``, ``sip``, ``sipexternal``.
SRV targets outside the SIP domain are refused (strict DNS naming).

SRV records are tried in RFC 2782 order: lowest priority first; within a priority a
weighted random draw, repeated until every record is placed. The draw is exact: with
weights w1..wn (zero weights placed first) and S their sum, a number r in 0..S is drawn
and the first record whose running sum reaches r wins, so the first record of the list
has chance (w1 + 1)/(S + 1) and every other one wi/(S + 1).
"""
from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import Optional
from weakref import WeakKeyDictionary

from ..topology.entities import DEFAULT_SIP_PORT, DnsRecord, Machine
from ..topology.model import Topology
from .labstate import LabState

SRV_NAMES = ("_sipinternaltls._tcp", "_sipinternal._tcp", "_sip._tls")
A_NAMES = ("sipinternal", "sip", "sipexternal")


@dataclass(frozen=True)
class Target:
    """A host a client will try, with the port to connect to."""

    host: str
    port: int = DEFAULT_SIP_PORT


def all_records(topology: Topology, lab: LabState) -> list[DnsRecord]:
    """Return every record in effect: topology (minus removed), implicit hosts, lab-added."""
    explicit_a = {r.name.lower() for r in topology.dns_records if r.type.upper() == "A"}
    explicit_a.update(r.name.lower() for r in lab.dns_added if r.type.upper() == "A")
    records = [r for r in topology.dns_records if not lab.is_hidden(r)]
    records += [r for r in _host_records(topology) if r.name.lower() not in explicit_a
                and not lab.is_hidden(r)]
    return records + list(lab.dns_added)


def lookup(topology: Topology, lab: LabState, name: str, record_type: str) -> list[DnsRecord]:
    """Return the records of one name and type in effect, in their stored order."""
    name = name.lower().rstrip(".")
    record_type = record_type.upper()
    stored = topology.dns_lookup(name, record_type)
    added = _added(lab, name, record_type)
    if record_type == "A" and not stored and not added:
        machine = topology.machine(name)
        stored = _machine_records(machine) if machine is not None else []
    return [r for r in stored if not lab.is_hidden(r)] + added


def addresses(topology: Topology, lab: LabState, name: str) -> list[str]:
    """Return the IPv4 addresses a host name resolves to (several: DNS load balancing)."""
    return [r.target for r in lookup(topology, lab, name, "A")]


def in_domain(host: str, domain: str) -> bool:
    """True when ``host`` lies in DNS domain ``domain`` (strict DNS naming)."""
    host, domain = host.lower().rstrip("."), domain.lower().rstrip(".")
    return host == domain or host.endswith("." + domain)


def priority_groups(records: list[DnsRecord]) -> list[list[DnsRecord]]:
    """Return SRV records grouped by priority, lowest first, zero weights first in a group."""
    groups: dict[int, list[DnsRecord]] = {}
    for record in records:
        groups.setdefault(record.priority, []).append(record)
    return [sorted(groups[p], key=lambda r: r.weight != 0) for p in sorted(groups)]


def draw_chances(group: list[DnsRecord]) -> list[Fraction]:
    """Return each record's chance of being drawn next from ``group`` (RFC 2782)."""
    total = sum(r.weight for r in group)
    chances = [Fraction(r.weight, total + 1) for r in group]
    chances[0] += Fraction(1, total + 1)
    return chances


def parse_server(text: str) -> Target:
    """Return the host and port of a manual-configuration server (``host[:port]``)."""
    host, _, port = text.strip().partition(":")
    return Target(host, int(port)) if port.isdigit() else Target(host)


def _added(lab: LabState, name: str, record_type: str) -> list[DnsRecord]:
    return [r for r in lab.dns_added
            if r.name.lower().rstrip(".") == name and r.type.upper() == record_type]


def _machine_records(machine: Machine) -> list[DnsRecord]:
    return [DnsRecord(machine.fqdn, "A", address) for address in machine.ip_addresses]


def _host_records(topology: Topology) -> list[DnsRecord]:
    return [record for machine in topology.machines() for record in _machine_records(machine)]


def machine_of_address(topology: Topology, address: str) -> Optional[Machine]:
    """Return the machine that owns an IP address, or None (no server answers there)."""
    cached = _ADDRESS_INDEX.get(topology)
    if cached is None or cached[0] != topology.revision:
        index = {a: m for m in topology.machines() for a in m.ip_addresses}
        cached = _ADDRESS_INDEX[topology] = (topology.revision, index)
    return cached[1].get(address)


# Per topology (weakly held): its revision when indexed, and IP address -> machine.
_ADDRESS_INDEX: "WeakKeyDictionary[Topology, tuple[int, dict[str, Machine]]]" = WeakKeyDictionary()
