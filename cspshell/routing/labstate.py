"""What the instructor has done to the lab since the topology was loaded.

The topology says what exists; ``LabState`` says what is happening: which machines are
powered off and which Lync services are stopped, the lab clock, which sites have lost
their WAN link, DNS records added or hidden, how clients were reconfigured, and what
each client's EndpointConfiguration.cache holds. It is pure data with methods: nothing
here prints or reads the topology.

Machine power, services and WAN links are kept as histories of ``(second, up)`` events
rather than as flags, because failover and failback depend on *when* a pool went down
or came back (resiliency.py replays them).
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Iterable, Iterator, Optional

from ..topology.entities import ClientConfiguration, DnsRecord, normalise_sip

# The lab clock starts on the day of the seed's first trace (Doug Deitterick's lab).
LAB_EPOCH = datetime(2010, 12, 20, 11, 56, 0)
# The Lync Server Front-End service; it hosts the Registrar (Get-CsWindowsService RTCSRV).
REGISTRAR_SERVICE = "RTCSRV"

Events = list[tuple[int, bool]]


@dataclass(frozen=True)
class ClientSettings:
    """A client's sign-in configuration after Set-CsLabClient (None: as in the topology)."""

    configuration: Optional[ClientConfiguration] = None
    internal_server: Optional[str] = None
    external_server: Optional[str] = None
    site: Optional[str] = None


@dataclass
class LabState:
    """The mutable state of a lab session on top of a loaded topology."""

    clock: int = 0
    power: dict[str, Events] = field(default_factory=dict)
    services: dict[tuple[str, str], Events] = field(default_factory=dict)
    links: dict[str, Events] = field(default_factory=dict)
    dns_added: list[DnsRecord] = field(default_factory=list)
    dns_hidden: list[tuple] = field(default_factory=list)
    endpoint_cache: dict[tuple[str, str], str] = field(default_factory=dict)
    cache_adopted: bool = False
    sign_ins: int = 0
    clients: dict[str, ClientSettings] = field(default_factory=dict)

    # -- clock ----------------------------------------------------------------------------
    def advance(self, seconds: int) -> int:
        """Move the lab clock forward (Step-CsLabClock); return the new clock in seconds."""
        if seconds < 0:
            raise ValueError("the lab clock only moves forward")
        self.clock += seconds
        return self.clock

    @property
    def now(self) -> datetime:
        """Return the lab clock as a date and time."""
        return LAB_EPOCH + timedelta(seconds=self.clock)

    # -- machines and services ------------------------------------------------------------
    def set_machine_power(self, fqdn: str, on: bool) -> None:
        """Power a machine on or off at the current lab time."""
        _record(self.power.setdefault(fqdn.lower(), []), self.clock, on)

    def machine_on(self, fqdn: str, at: Optional[int] = None) -> bool:
        """True when the machine is powered on (at lab second ``at``; default: now)."""
        return _state(self.power.get(fqdn.lower()), self._at(at))

    def set_service(self, fqdn: str, service: str, running: bool) -> None:
        """Start or stop a Windows service on a machine at the current lab time."""
        _record(self.services.setdefault((fqdn.lower(), service.upper()), []), self.clock,
                running)

    def service_running(self, fqdn: str, service: str, at: Optional[int] = None) -> bool:
        """True when the service is running (services run unless stopped)."""
        return _state(self.services.get((fqdn.lower(), service.upper())), self._at(at))

    def stopped_services(self, fqdn: str) -> list[str]:
        """Return the names of the services stopped on a machine now, sorted."""
        machine = fqdn.lower()
        return sorted(service for (name, service), events in self.services.items()
                      if name == machine and not _state(events, self.clock))

    def registrar_up(self, fqdn: str, at: Optional[int] = None) -> bool:
        """True when the machine is on and its Front-End service (the Registrar) runs."""
        return self.machine_on(fqdn, at) and self.service_running(fqdn, REGISTRAR_SERVICE, at)

    def registrar_refuses(self, fqdn: str) -> bool:
        """True when the machine is on but its Registrar is stopped (connections refused)."""
        return self.machine_on(fqdn) and not self.service_running(fqdn, REGISTRAR_SERVICE)

    # -- WAN links ------------------------------------------------------------------------
    def set_site_link(self, site: str, up: bool) -> None:
        """Bring a site's WAN link up or down at the current lab time."""
        _record(self.links.setdefault(site.lower(), []), self.clock, up)

    def site_link_up(self, site: Optional[str], at: Optional[int] = None) -> bool:
        """True when the site's WAN link is up (links are up unless cut)."""
        return site is None or _state(self.links.get(site.lower()), self._at(at))

    def sites_down(self) -> list[str]:
        """Return the (lower-case) names of the sites whose link is down now."""
        return sorted(site for site, events in self.links.items() if not _state(events, self.clock))

    # -- history --------------------------------------------------------------------------
    def change_times(self, machines: Iterable[str] = (), sites: Iterable[str] = ()) -> list[int]:
        """Return, sorted, the lab seconds at which these machines or site links changed."""
        times: set[int] = set()
        for fqdn in machines:
            name = fqdn.lower()
            times.update(t for t, _ in self.power.get(name, ()))
            times.update(t for (m, s), events in self.services.items()
                         if m == name and s == REGISTRAR_SERVICE for t, _ in events)
        for site in sites:
            times.update(t for t, _ in self.links.get(site.lower(), ()))
        return sorted(t for t in times if t <= self.clock)

    # -- DNS ------------------------------------------------------------------------------
    def add_dns_record(self, record: DnsRecord) -> bool:
        """Add a record (un-hiding it if it was hidden); False when it is already there."""
        key = record.key()
        if key in self.dns_hidden:
            self.dns_hidden.remove(key)
            return True
        if any(r.key() == key for r in self.dns_added):
            return False
        self.dns_added.append(record)
        return True

    def hide_dns_record(self, record: DnsRecord) -> None:
        """Remove a record: drop it if the lab added it, else hide the topology's copy."""
        key = record.key()
        before = len(self.dns_added)
        self.dns_added = [r for r in self.dns_added if r.key() != key]
        if len(self.dns_added) == before and key not in self.dns_hidden:
            self.dns_hidden.append(key)

    def is_hidden(self, record: DnsRecord) -> bool:
        """True when a topology record was removed in the lab."""
        return record.key() in self.dns_hidden

    # -- clients --------------------------------------------------------------------------
    def client_settings(self, client: str) -> ClientSettings:
        """Return the lab's overrides of a client's configuration (empty when none)."""
        return self.clients.get(client.lower(), ClientSettings())

    def configure_client(self, client: str, **changes: object) -> ClientSettings:
        """Change some of a client's settings (Set-CsLabClient); return the new settings."""
        settings = replace(self.client_settings(client), **changes)
        self.clients[client.lower()] = settings
        return settings

    # -- EndpointConfiguration.cache ------------------------------------------------------
    def cached_registrar(self, client: str, sip_uri: str) -> Optional[str]:
        """Return the registrar a client cached for a user, or None."""
        return self.endpoint_cache.get((client.lower(), normalise_sip(sip_uri)))

    def cache_registrar(self, client: str, sip_uri: str, registrar: str) -> None:
        """Write a client's EndpointConfiguration.cache for a user."""
        self.endpoint_cache[(client.lower(), normalise_sip(sip_uri))] = registrar

    def clear_cache(self, client: Optional[str] = None, sip_uri: Optional[str] = None) -> int:
        """Forget cached registrars (of one client and/or one user); return how many."""
        keys = [key for key in self.endpoint_cache if _cache_key_matches(key, client, sip_uri)]
        for key in keys:
            del self.endpoint_cache[key]
        return len(keys)

    def cache_entries(self) -> Iterator[tuple[str, str, str]]:
        """Yield (client, user, registrar) for every cached registrar, sorted."""
        for (client, user), registrar in sorted(self.endpoint_cache.items()):
            yield client, user, registrar

    def next_sign_in_seed(self) -> int:
        """Return the seed of the session's next sign-in without -Seed (0, 1, 2, ...)."""
        self.sign_ins += 1
        return self.sign_ins - 1

    # -- whole state ----------------------------------------------------------------------
    def reset(self) -> None:
        """Return to the state right after loading the topology (Reset-CsLab)."""
        fresh = LabState()
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(fresh, name))

    def _at(self, at: Optional[int]) -> int:
        return self.clock if at is None else at


def _record(events: Events, second: int, up: bool) -> None:
    # One state per second: a later change in the same second replaces the earlier one.
    if events and events[-1][0] == second:
        events.pop()
    if _state(events, second) != up:
        events.append((second, up))


def _state(events: Optional[Events], second: int) -> bool:
    if not events:
        return True
    index = bisect_right(events, (second, True))
    return events[index - 1][1] if index else True


def _cache_key_matches(key: tuple[str, str], client: Optional[str], sip_uri: Optional[str]) -> bool:
    cached_client, cached_user = key
    if client is not None and cached_client != client.lower():
        return False
    return sip_uri is None or cached_user == normalise_sip(sip_uri)
