"""The in-memory topology: sites, pools, machines, users, DNS and clients, indexed.

``Topology`` is what the emulator stands on instead of Active Directory and the Central
Management Store. Every look-up by name is a dict access (or a hash-table probe for
users); every change goes through a method so the indexes stay right, and bumps
``revision`` so callers holding derived data (the routing core) know to refresh it.

The entity classes live in ``entities.py`` and are re-exported here, so
``from cspshell.topology.model import Topology, Pool, PoolKind`` works.
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator, Optional, Union

from .entities import (
    DEFAULT_FAILBACK_INTERVAL, DEFAULT_FAILURE_DETECTION_INTERVAL, DEFAULT_SERVICES,
    DEFAULT_SIP_PORT, SERVICE_ROLE_NAMES, SIP_PREFIX, AdDomain, Client, ClientConfiguration,
    DnsRecord, Machine, Pool, PoolKind, RegistrarConfiguration, Service, Site, SiteKind, User,
    normalise_sip, with_sip_prefix,
)
from .users import UserDirectory, cn_of

__all__ = [
    "Topology", "AdDomain", "Client", "ClientConfiguration", "DnsRecord", "Machine", "Pool",
    "PoolKind", "RegistrarConfiguration", "Service", "Site", "SiteKind", "User",
    "UserDirectory", "DEFAULT_FAILBACK_INTERVAL", "DEFAULT_FAILURE_DETECTION_INTERVAL",
    "DEFAULT_SERVICES", "DEFAULT_SIP_PORT", "SERVICE_ROLE_NAMES", "SIP_PREFIX",
    "normalise_sip", "with_sip_prefix", "wildcard_regex", "has_wildcard", "has_display_wildcard",
]

GLOBAL_SCOPE = "Global"


def has_wildcard(text: str) -> bool:
    """True when ``text`` holds a PowerShell wildcard character (``*``, ``?``, ``[``)."""
    return any(ch in text for ch in "*?[")


def wildcard_regex(pattern: str) -> "re.Pattern[str]":
    """Return a case-insensitive regex matching a whole line like PowerShell's WildcardPattern.

    ``*`` is any run, ``?`` one character, ``[a-c]`` a set, and a backtick escapes the
    next character. The result is compiled with MULTILINE so it can scan packed columns.
    """
    parts: list[str] = []
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "`" and i + 1 < len(pattern):
            parts.append(re.escape(pattern[i + 1]))
            i += 2
            continue
        if ch == "[":
            end = pattern.find("]", i + 1)
            if end > i + 1:
                body = pattern[i + 1:end].replace("\\", "\\\\").replace("^", "\\^")
                parts.append(f"[{body}]")
                i = end + 1
                continue
        parts.append({"*": "[^\n]*", "?": "[^\n]"}.get(ch, re.escape(ch)))
        i += 1
    return re.compile("^" + "".join(parts) + "$", re.IGNORECASE | re.MULTILINE)


def has_display_wildcard(identity: str) -> bool:
    """True when a user identity is a display-name wildcard: Lync allows only ``*`` there."""
    return "*" in identity


def display_name_regex(pattern: str) -> "re.Pattern[str]":
    """Return a case-insensitive regex for a display-name identity with ``*`` wildcards.

    Lync turns such an identity into an LDAP ``(displayName=...)`` filter, where ``*`` is
    the only wildcard: ``?``, ``[`` and a backtick are plain characters of the name. Compiled
    with MULTILINE, as ``wildcard_regex``, so it can scan packed columns.
    """
    body = "[^\n]*".join(re.escape(part) for part in pattern.split("*"))
    return re.compile("^" + body + "$", re.IGNORECASE | re.MULTILINE)


class Topology:
    """A whole lab: the topology document plus the Active Directory users.

    ``source`` is the file the topology was loaded from (None when built in code).
    """

    def __init__(self, name: str = "", source: Optional[str] = None,
                 sip_domains: Iterable[str] = (), domains: Iterable[AdDomain] = ()):
        self.name = name
        self.source = source
        self.sip_domains: list[str] = list(sip_domains)
        self.domains: list[AdDomain] = list(domains)
        self.sites: list[Site] = []
        self.pools: list[Pool] = []
        self.dns_records: list[DnsRecord] = []
        self.clients: list[Client] = []
        self.registrar_configurations: list[RegistrarConfiguration] = []
        self.users = UserDirectory({d.netbios: d.fqdn for d in self.domains})
        self.description = ""
        # Warnings found when the topology was loaded (Problem objects); errors stop a load.
        self.warnings: list = []
        self.revision = 0
        self._site_by_name: dict[str, Site] = {}
        self._site_by_id: dict[int, Site] = {}
        self._pool_by_fqdn: dict[str, Pool] = {}
        self._machine_by_fqdn: dict[str, Machine] = {}
        self._machine_by_id: dict[str, Machine] = {}
        self._dns_by_name: dict[str, list[DnsRecord]] = {}
        self._client_by_name: dict[str, Client] = {}
        self._config_by_identity: dict[str, RegistrarConfiguration] = {}

    def _changed(self) -> None:
        self.revision += 1

    # -- domains ------------------------------------------------------------------------
    @property
    def default_domain(self) -> Optional[AdDomain]:
        """Return the first Active Directory domain, or None."""
        return self.domains[0] if self.domains else None

    def is_sip_domain(self, domain: str) -> bool:
        """True when ``domain`` is one of the topology's SIP domains (case-insensitive)."""
        domain = domain.lower()
        return any(d.lower() == domain for d in self.sip_domains)

    # -- sites --------------------------------------------------------------------------
    def add_site(self, site: Site) -> Site:
        """Add ``site``; ValueError when its name or SiteId is taken."""
        if site.name.lower() in self._site_by_name or site.site_id in self._site_by_id:
            raise ValueError(f"site {site.name!r} (SiteId {site.site_id}) already exists")
        self.sites.append(site)
        self._site_by_name[site.name.lower()] = site
        self._site_by_id[site.site_id] = site
        self._changed()
        return site

    def site(self, key: Union[str, int]) -> Optional[Site]:
        """Return the site by name (``Redmond`` or ``Site:Redmond``) or SiteId, or None."""
        if isinstance(key, int):
            return self._site_by_id.get(key)
        name = key.strip()
        if name.lower().startswith("site:"):
            name = name[5:]
        return self._site_by_name.get(name.lower())

    def site_by_id(self, site_id: int) -> Optional[Site]:
        """Return the site with this SiteId, or None."""
        return self._site_by_id.get(site_id)

    def site_of(self, pool: Pool) -> Site:
        """Return the site a pool belongs to."""
        return self._site_by_id[pool.site_id]

    def branch_sites(self, central: str) -> list[Site]:
        """Return the branch sites whose parent is the central site ``central``."""
        central = central.lower()
        return [s for s in self.sites if s.parent and s.parent.lower() == central]

    # -- pools and machines ---------------------------------------------------------------
    def add_pool(self, pool: Pool) -> Pool:
        """Add ``pool`` and its machines; ValueError on an unknown site or a taken FQDN."""
        site = self.site(pool.site)
        if site is None:
            raise ValueError(f"pool {pool.fqdn}: site {pool.site!r} does not exist")
        if pool.fqdn.lower() in self._pool_by_fqdn:
            raise ValueError(f"pool {pool.fqdn} already exists")
        taken = [m.fqdn for m in pool.machines if m.fqdn.lower() in self._machine_by_fqdn]
        if taken:
            raise ValueError(f"machine {taken[0]} already belongs to another pool")
        pool.site, pool.site_id = site.name, site.site_id
        pool.attach_machines()
        self.pools.append(pool)
        self._pool_by_fqdn[pool.fqdn.lower()] = pool
        for machine in pool.machines:
            self._machine_by_fqdn[machine.fqdn.lower()] = machine
            self._machine_by_id[machine.machine_id] = machine
        self._changed()
        return pool

    def pool(self, fqdn: str) -> Optional[Pool]:
        """Return the pool with this FQDN (case-insensitive, ``Registrar:`` prefix allowed)."""
        fqdn = fqdn.strip()
        if ":" in fqdn:
            fqdn = fqdn.rsplit(":", 1)[1]
        return self._pool_by_fqdn.get(fqdn.lower())

    pool_by_fqdn = pool

    def machine(self, fqdn: str) -> Optional[Machine]:
        """Return the machine with this FQDN (case-insensitive), or None."""
        return self._machine_by_fqdn.get(fqdn.strip().lower())

    machine_by_fqdn = machine

    def machine_by_id(self, machine_id: str) -> Optional[Machine]:
        """Return the machine whose MachineId is ``machine_id`` (``1:5-2``), or None."""
        return self._machine_by_id.get(machine_id.strip())

    def pool_of(self, machine: Machine) -> Pool:
        """Return the pool a machine belongs to."""
        return self._pool_by_fqdn[machine.pool_fqdn.lower()]

    def machines(self) -> Iterator[Machine]:
        """Yield every machine, pool by pool in topology order."""
        for pool in self.pools:
            yield from pool.machines

    def registrar_pools(self) -> list[Pool]:
        """Return the pools that run the Registrar service, Directors included."""
        return [p for p in self.pools if p.is_registrar]

    def pools_in_site(self, site: str) -> list[Pool]:
        """Return the pools of site ``site`` (a name), in topology order."""
        found = self.site(site)
        return [p for p in self.pools if found is not None and p.site_id == found.site_id]

    def set_backup_pool(self, fqdn: str, backup: Optional[str], *,
                        enable_automatic_failover: Optional[bool] = None,
                        failure_detection_interval: Optional[int] = None,
                        failback_interval: Optional[int] = None) -> Pool:
        """Change a pool's backup registrar and failover settings; return the pool.

        ValueError when either pool does not exist.
        """
        pool = self._require_pool(fqdn)
        if backup is not None:
            backup = self._require_pool(backup).fqdn
        pool.backup_pool = backup
        if enable_automatic_failover is not None:
            pool.enable_automatic_failover = enable_automatic_failover
        if failure_detection_interval is not None:
            pool.failure_detection_interval = failure_detection_interval
        if failback_interval is not None:
            pool.failback_interval = failback_interval
        self._changed()
        return pool

    def backup_pool_of(self, pool: Pool) -> Optional[Pool]:
        """Return the pool's backup registrar pool, or None."""
        return self.pool(pool.backup_pool) if pool.backup_pool else None

    def _require_pool(self, fqdn: str) -> Pool:
        pool = self.pool(fqdn)
        if pool is None:
            raise ValueError(f"pool {fqdn} does not exist")
        return pool

    # -- services -----------------------------------------------------------------------
    def services(self, pool: Optional[Pool] = None) -> list[Service]:
        """Return the services of ``pool`` (or of every pool), with their identities."""
        pools = [pool] if pool is not None else self.pools
        return [self._service(p, role) for p in pools for role in p.services]

    def service(self, identity: str) -> Optional[Service]:
        """Return the service ``<Role>:<pool fqdn>`` (case-insensitive), or None."""
        role, _, fqdn = identity.strip().partition(":")
        pool = self._pool_by_fqdn.get(fqdn.lower())
        if pool is None:
            return None
        match = next((r for r in pool.services if r.lower() == role.lower()), None)
        return self._service(pool, match) if match else None

    def _service(self, pool: Pool, role: str) -> Service:
        # Instances count the pools of one site running the role, in cluster order, as
        # Topology Builder numbers them when pools are added in that order.
        peers = sorted((p.cluster for p in self.pools
                        if p.site_id == pool.site_id and role in p.services))
        return Service(role, pool.fqdn, pool.site_id, pool.site, peers.index(pool.cluster) + 1)

    # -- registrar configuration ------------------------------------------------------------
    def registrar_configuration(self, identity: str = GLOBAL_SCOPE
                                ) -> Optional[RegistrarConfiguration]:
        """Return the configuration at scope ``identity`` (case-insensitive), or None."""
        return self._config_by_identity.get(identity.strip().lower())

    def set_registrar_configuration(self, config: RegistrarConfiguration) -> None:
        """Add or replace the configuration at ``config.identity``."""
        key = config.identity.lower()
        existing = self._config_by_identity.get(key)
        if existing is not None:
            self.registrar_configurations[self.registrar_configurations.index(existing)] = config
        else:
            self.registrar_configurations.append(config)
        self._config_by_identity[key] = config
        self._changed()

    def remove_registrar_configuration(self, identity: str) -> None:
        """Remove the configuration at scope ``identity`` (a site or service scope; the global
        one always exists). Nothing happens when there is none."""
        existing = self._config_by_identity.pop(identity.strip().lower(), None)
        if existing is not None:
            self.registrar_configurations.remove(existing)
            self._changed()

    def effective_registrar_configuration(self, pool_fqdn: str) -> RegistrarConfiguration:
        """Return the settings a pool's Registrar uses: service scope, else site, else global."""
        pool = self.pool(pool_fqdn)
        keys = []
        if pool is not None:
            keys = [f"service:registrar:{pool.fqdn.lower()}", f"site:{pool.site.lower()}"]
        for key in keys + [GLOBAL_SCOPE.lower()]:
            if key in self._config_by_identity:
                return self._config_by_identity[key]
        return RegistrarConfiguration()

    # -- users --------------------------------------------------------------------------
    def user(self, identity: str) -> Optional[User]:
        """Return the one user ``identity`` names (see ``resolve_users``), or None."""
        users = self.resolve_users(identity)
        return users[0] if len(users) == 1 else None

    def user_by_sip(self, address: str) -> Optional[User]:
        """Return the user with this SIP address (``sip:`` optional, any case), or None."""
        return self._one(self.users.find_sip(address))

    def user_by_upn(self, upn: str) -> Optional[User]:
        """Return the user with this UserPrincipalName, or None."""
        return self._one(self.users.find_upn(upn))

    def user_by_logon(self, logon: str) -> Optional[User]:
        """Return the user named ``DOMAIN\\sam`` (or a bare SamAccountName), or None."""
        domain, _, sam = logon.rpartition("\\")
        rows = self.users.find_sam(sam, domain or None)
        return self._one(rows[0]) if len(rows) == 1 else None

    def user_by_dn(self, distinguished_name: str) -> Optional[User]:
        """Return the user with this distinguished name, or None."""
        return self._one(self.users.find_dn(distinguished_name))

    def users_by_display_name(self, name: str) -> list[User]:
        """Return the users whose display name equals ``name`` or matches it as a ``*`` wildcard."""
        if has_display_wildcard(name):
            return [self.users.get(row) for row in self.users.search_display(display_name_regex(name))]
        return [self.users.get(row) for row in self.users.find_display(name)]

    def resolve_users(self, identity: str) -> list[User]:
        """Return the users a UserIdParameter names, trying Lync's forms in turn.

        ``sip:`` address; ``DOMAIN\\sam``; a ``CN=...`` distinguished name; a UPN, then a
        SIP address without ``sip:``; a display name (``*`` wildcards allowed); and last a
        bare SamAccountName, the form pipeline strings take.
        """
        text = identity.strip()
        if text.lower().startswith(SIP_PREFIX):
            return self._as_list(self.users.find_sip(text))
        if "\\" in text:
            domain, _, sam = text.rpartition("\\")
            return [self.users.get(r) for r in self.users.find_sam(sam, domain)]
        if text.upper().startswith("CN=") and cn_of(text) is not None and "," in text:
            return self._as_list(self.users.find_dn(text))
        if "@" in text and not has_display_wildcard(text):
            row = self.users.find_upn(text)
            return self._as_list(row if row is not None else self.users.find_sip(text))
        found = self.users_by_display_name(text)
        if found or has_display_wildcard(text):
            return found
        return [self.users.get(r) for r in self.users.find_sam(text)]

    def users_in_pool(self, fqdn: str) -> Iterator[User]:
        """Yield, streaming and in order, the users homed on pool ``fqdn``."""
        return (self.users.get(row) for row in self.users.rows_in_pool(fqdn))

    def sip_addresses_in_pool(self, fqdn: str) -> Iterator[str]:
        """Yield the SIP addresses of the users homed on ``fqdn``, without User objects.

        Several times faster than ``users_in_pool`` for whole-pool work such as the
        routing distribution over a million users.
        """
        users = self.users
        return (users.sip_of(row) for row in users.rows_in_pool(fqdn))

    def iter_users(self) -> Iterator[User]:
        """Yield every user in directory order, one object at a time."""
        return iter(self.users)

    def add_user(self, user: User) -> User:
        """Add ``user``; ValueError when its SIP address, UPN or DOMAIN\\sam is taken."""
        self._check_unique(user, exclude=None)
        row = self.users.add(user)
        self._changed()
        return self.users.get(row)

    def update_user(self, user: User) -> User:
        """Write back a changed snapshot (``user.row`` says which); return the stored user."""
        if user.row < 0:
            raise ValueError("the user has no row: use add_user for new users")
        self._check_unique(user, exclude=user.row)
        self.users.update(user.row, user)
        self._changed()
        return self.users.get(user.row)

    def move_user(self, identity: str, target_pool: Optional[str]) -> User:
        """Home the user ``identity`` names on ``target_pool`` (None: no pool); return it."""
        user = self.user(identity)
        if user is None:
            raise ValueError(f"no single user matches {identity!r}")
        fqdn = self._require_pool(target_pool).fqdn if target_pool else None
        self.users.set_pool(user.row, fqdn)
        self._changed()
        return self.users.get(user.row)

    def remove_user(self, user: User) -> None:
        """Delete ``user`` from the directory."""
        self.users.remove(user.row)
        self._changed()

    def _check_unique(self, user: User, exclude: Optional[int]) -> None:
        clashes = {
            "SIP address": [self.users.find_sip(user.sip_address)],
            "UserPrincipalName": [self.users.find_upn(user.upn)],
            "SamAccountName": self.users.find_sam(user.sam_account_name, user.domain),
        }
        for label, rows in clashes.items():
            if any(row is not None and row != exclude for row in rows):
                raise ValueError(f"{label} of {user.sip_address} is already in use")

    def _one(self, row: Optional[int]) -> Optional[User]:
        return None if row is None else self.users.get(row)

    def _as_list(self, row: Optional[int]) -> list[User]:
        return [] if row is None else [self.users.get(row)]

    # -- DNS ----------------------------------------------------------------------------
    def add_dns_record(self, record: DnsRecord) -> DnsRecord:
        """Add ``record`` (an identical record is not added twice); return it."""
        existing = self._dns_by_name.setdefault(record.name.lower().rstrip("."), [])
        if any(r.key() == record.key() for r in existing):
            return record
        existing.append(record)
        self.dns_records.append(record)
        self._changed()
        return record

    def remove_dns_record(self, record: DnsRecord) -> bool:
        """Remove the record equal to ``record``; False when there was none."""
        existing = self._dns_by_name.get(record.name.lower().rstrip("."), [])
        match = next((r for r in existing if r.key() == record.key()), None)
        if match is None:
            return False
        existing.remove(match)
        self.dns_records.remove(match)
        self._changed()
        return True

    def dns_lookup(self, name: str, record_type: Optional[str] = None) -> list[DnsRecord]:
        """Return the records named ``name`` (of ``record_type`` when given), in order."""
        records = self._dns_by_name.get(name.lower().rstrip("."), [])
        if record_type is None:
            return list(records)
        record_type = record_type.upper()
        return [r for r in records if r.type.upper() == record_type]

    def addresses(self, name: str) -> list[str]:
        """Return the A-record addresses of ``name`` (several: DNS load balancing)."""
        return [r.target for r in self.dns_lookup(name, "A")]

    # -- clients ------------------------------------------------------------------------
    def add_client(self, client: Client) -> Client:
        """Add ``client``; ValueError when the name is taken."""
        if client.name.lower() in self._client_by_name:
            raise ValueError(f"client {client.name} already exists")
        self.clients.append(client)
        self._client_by_name[client.name.lower()] = client
        self._changed()
        return client

    def client(self, name: str) -> Optional[Client]:
        """Return the client named ``name`` (case-insensitive), or None."""
        return self._client_by_name.get(name.strip().lower())

    def remove_client(self, name: str) -> bool:
        """Remove the client named ``name``; False when there was none."""
        client = self._client_by_name.pop(name.strip().lower(), None)
        if client is None:
            return False
        self.clients.remove(client)
        self._changed()
        return True

    def set_client_cache(self, name: str, sip_address: str, registrar: Optional[str]) -> None:
        """Record (or, with None, forget) the registrar a client cached for a user."""
        client = self.client(name)
        if client is None:
            raise ValueError(f"client {name} does not exist")
        key = normalise_sip(sip_address)
        if registrar is None:
            client.cache.pop(key, None)
        else:
            client.cache[key] = registrar
        self._changed()

    # -- summary ------------------------------------------------------------------------
    def summary(self) -> dict[str, object]:
        """Return counts for Get-CsLabTopology: file, sites, pools, machines, users."""
        return {
            "Name": self.name,
            "Source": self.source,
            "Sites": len(self.sites),
            "Pools": len(self.pools),
            "Machines": sum(len(p.machines) for p in self.pools),
            "Users": len(self.users),
        }
