"""The things a Lync Server 2010 topology is made of, as plain dataclasses.

Identities are derived the way Lync shows them (reference/lync-facts.md §2.4):
a site is ``Site:<Name>``, a pool ("cluster") is ``SiteId:Cluster``, a machine is
``SiteId:Cluster-Ordinal`` (``1:5-2``), a service is ``<Role>:<pool fqdn>``
(``Registrar:ls14pool.beta.deitterick.com``) and its ServiceId is
``<SiteId>-<RoleName>-<Instance>`` (``1-Registrar-1``).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Optional

SIP_PREFIX = "sip:"
DEFAULT_SIP_PORT = 5061
DEFAULT_FAILURE_DETECTION_INTERVAL = 120   # seconds, Topology Builder default
DEFAULT_FAILBACK_INTERVAL = 240            # seconds, Topology Builder default


class SiteKind(str, Enum):
    """Central (data centre) or branch site."""

    CENTRAL = "central"
    BRANCH = "branch"


class PoolKind(str, Enum):
    """The role a pool plays, as Topology Builder lists it."""

    ENTERPRISE_FRONT_END = "EnterpriseFrontEnd"
    STANDARD_EDITION = "StandardEdition"
    DIRECTOR = "Director"
    SBA = "SBA"
    SBS = "SBS"
    EDGE = "Edge"
    MEDIATION = "Mediation"
    MONITORING = "Monitoring"
    ARCHIVING = "Archiving"
    SQL_STORE = "SqlStore"

    @property
    def is_registrar(self) -> bool:
        """True for pools that run the Registrar service."""
        return self in _REGISTRAR_KINDS

    @property
    def is_front_end(self) -> bool:
        """True for Enterprise Edition Front End pools and Standard Edition servers."""
        return self in (PoolKind.ENTERPRISE_FRONT_END, PoolKind.STANDARD_EDITION)

    @property
    def is_branch_registrar(self) -> bool:
        """True for Survivable Branch Appliances and Servers."""
        return self in (PoolKind.SBA, PoolKind.SBS)

    @property
    def can_home_users(self) -> bool:
        """True when users may have this pool as RegistrarPool (never a Director)."""
        return self.is_front_end or self.is_branch_registrar


_REGISTRAR_KINDS = frozenset({PoolKind.ENTERPRISE_FRONT_END, PoolKind.STANDARD_EDITION,
                              PoolKind.DIRECTOR, PoolKind.SBA, PoolKind.SBS})

# Services a pool runs when the topology does not list them (Get-CsService role names).
DEFAULT_SERVICES: dict[PoolKind, tuple[str, ...]] = {
    PoolKind.ENTERPRISE_FRONT_END: ("Registrar", "UserServer", "WebServer",
                                    "ConferencingServer", "ApplicationServer"),
    PoolKind.STANDARD_EDITION: ("Registrar", "UserServer", "WebServer", "ConferencingServer",
                                "ApplicationServer", "UserDatabase"),
    PoolKind.DIRECTOR: ("Registrar", "WebServer"),
    PoolKind.SBA: ("Registrar", "MediationServer", "PstnGateway"),
    PoolKind.SBS: ("Registrar", "MediationServer"),
    PoolKind.EDGE: ("EdgeServer",),
    PoolKind.MEDIATION: ("MediationServer",),
    PoolKind.MONITORING: ("MonitoringServer",),
    PoolKind.ARCHIVING: ("ArchivingServer",),
    PoolKind.SQL_STORE: ("UserDatabase",),
}

# Get-CsService role (the identity prefix) -> topology RoleName (used in ServiceId):
# the Lync 2010 docs show WebServer:pool with ServiceId 1-WebServices-1.
SERVICE_ROLE_NAMES: dict[str, str] = {
    "Registrar": "Registrar",
    "UserServer": "UserServices",
    "WebServer": "WebServices",
    "ConferencingServer": "ConfServices",
    "ApplicationServer": "ApplicationServer",
    "UserDatabase": "UserStore",
    "ApplicationDatabase": "ApplicationStore",
    "FileStore": "FileStore",
    "MediationServer": "MediationServer",
    "PstnGateway": "PstnGateway",
    "EdgeServer": "EdgeServer",
    "MonitoringServer": "MonitoringServer",
    "MonitoringDatabase": "MonitoringStore",
    "ArchivingServer": "ArchivingServer",
    "ArchivingDatabase": "ArchivingStore",
    "CentralManagement": "CentralMgmt",
    "CentralManagementDatabase": "CentralMgmtStore",
}


@dataclass(slots=True)
class AdDomain:
    """An Active Directory domain: DNS name and NetBIOS name (``BETA`` in ``BETA\\acooper``)."""

    fqdn: str
    netbios: str

    @property
    def distinguished_name(self) -> str:
        """Return the domain's DN, ``DC=beta,DC=deitterick,DC=com``."""
        return ",".join(f"DC={label}" for label in self.fqdn.split(".") if label)


@dataclass(slots=True)
class Site:
    """A central or branch site; ``parent`` is the central site name of a branch."""

    site_id: int
    name: str
    kind: SiteKind = SiteKind.CENTRAL
    parent: Optional[str] = None
    description: str = ""

    @property
    def identity(self) -> str:
        """Return the site as cmdlets display it: ``Site:<Name>``."""
        return f"Site:{self.name}"

    @property
    def is_branch(self) -> bool:
        """True for a branch site."""
        return self.kind is SiteKind.BRANCH


@dataclass(slots=True)
class Machine:
    """A computer of a pool; ``site_id``, ``cluster`` and ``pool_fqdn`` come from its pool."""

    fqdn: str
    ordinal: int
    ip_addresses: tuple[str, ...] = ()
    pool_fqdn: str = ""
    site_id: int = 0
    cluster: int = 0

    @property
    def machine_id(self) -> str:
        """Return the MachineId ``SiteId:Cluster-Ordinal``, e.g. ``1:5-2``."""
        return f"{self.site_id}:{self.cluster}-{self.ordinal}"


@dataclass(slots=True)
class Pool:
    """A pool (a "cluster" in topology terms): one or more machines running the same services.

    ``machines`` are in ordinal order. ``backup_pool`` is the FQDN of the backup
    registrar pool (Resiliency tab); the failover settings only matter when it is set.
    ``hash_seed`` reshuffles the routing core's per-user machine order for this pool.
    """

    fqdn: str
    kind: PoolKind
    site: str
    cluster: int
    site_id: int = 0
    machines: list[Machine] = field(default_factory=list)
    services: tuple[str, ...] = ()
    backup_pool: Optional[str] = None
    enable_automatic_failover: bool = False
    failure_detection_interval: int = DEFAULT_FAILURE_DETECTION_INTERVAL
    failback_interval: int = DEFAULT_FAILBACK_INTERVAL
    hash_seed: int = 0
    sip_port: int = DEFAULT_SIP_PORT

    def __post_init__(self) -> None:
        if not self.services:
            self.services = DEFAULT_SERVICES[self.kind]
        self.machines.sort(key=lambda machine: machine.ordinal)
        self.attach_machines()

    def attach_machines(self) -> None:
        """Stamp each machine with this pool's FQDN, SiteId and cluster number."""
        for machine in self.machines:
            machine.pool_fqdn = self.fqdn
            machine.site_id = self.site_id
            machine.cluster = self.cluster

    @property
    def cluster_id(self) -> str:
        """Return the pool's ``SiteId:Cluster`` (as in msRTCSIP-PrimaryHomeServer)."""
        return f"{self.site_id}:{self.cluster}"

    @property
    def is_registrar(self) -> bool:
        """True when the pool runs the Registrar service."""
        return self.kind.is_registrar and "Registrar" in self.services

    @property
    def is_director(self) -> bool:
        """True for a Director pool."""
        return self.kind is PoolKind.DIRECTOR

    @property
    def can_home_users(self) -> bool:
        """True when users may be homed here (a registrar that is not a Director)."""
        return self.kind.can_home_users

    def has_service(self, role: str) -> bool:
        """True when the pool runs ``role`` (compared case-insensitively)."""
        role = role.lower()
        return any(service.lower() == role for service in self.services)

    def service_identity(self, role: str = "Registrar") -> str:
        """Return the service identity ``<Role>:<pool fqdn>``."""
        return f"{role}:{self.fqdn}"

    @property
    def registrar_identity(self) -> str:
        """Return ``Registrar:<pool fqdn>``."""
        return self.service_identity("Registrar")

    @property
    def site_identity(self) -> str:
        """Return ``Site:<Name>`` for the pool's site."""
        return f"Site:{self.site}"

    def machine(self, fqdn: str) -> Optional[Machine]:
        """Return this pool's machine with ``fqdn`` (case-insensitive), or None."""
        fqdn = fqdn.lower()
        return next((m for m in self.machines if m.fqdn.lower() == fqdn), None)


@dataclass(slots=True, frozen=True)
class Service:
    """One service of a pool, with the identities Get-CsService shows."""

    role: str
    pool_fqdn: str
    site_id: int
    site_name: str
    instance: int

    @property
    def identity(self) -> str:
        """Return ``<Role>:<pool fqdn>``, e.g. ``Registrar:ls14pool.beta.deitterick.com``."""
        return f"{self.role}:{self.pool_fqdn}"

    @property
    def role_name(self) -> str:
        """Return the topology RoleName (``WebServer`` -> ``WebServices``)."""
        return SERVICE_ROLE_NAMES.get(self.role, self.role)

    @property
    def service_id(self) -> str:
        """Return ``<SiteId>-<RoleName>-<Instance>``, e.g. ``1-Registrar-1``."""
        return f"{self.site_id}-{self.role_name}-{self.instance}"

    @property
    def site_identity(self) -> str:
        """Return ``Site:<Name>``."""
        return f"Site:{self.site_name}"


@dataclass(slots=True)
class User:
    """A Lync-enabled Active Directory user.

    ``sip_address`` keeps its ``sip:`` prefix; ``registrar_pool`` is a pool FQDN or
    None (a user with a SIP address but no pool, see Get-CsUser -UnassignedUser);
    ``domain`` is the NetBIOS domain name (``BETA`` in ``BETA\\acooper``).
    Objects returned by the topology are snapshots: change users through
    ``Topology.update_user`` / ``Topology.move_user`` so the indexes stay right.
    """

    sip_address: str
    display_name: str
    sam_account_name: str
    upn: str
    domain: str
    registrar_pool: Optional[str] = None
    enabled: bool = True
    line_uri: str = ""
    enterprise_voice_enabled: bool = False
    policies: dict[str, str] = field(default_factory=dict)
    distinguished_name: str = ""
    row: int = field(default=-1, compare=False, repr=False)

    @property
    def sip_uri_normalised(self) -> str:
        """Return the SIP address in lower case without ``sip:`` (the routing hash input)."""
        return normalise_sip(self.sip_address)

    @property
    def logon_name(self) -> str:
        """Return ``DOMAIN\\sam``."""
        return f"{self.domain}\\{self.sam_account_name}"


@dataclass(slots=True)
class DnsRecord:
    """An SRV or A record. For A, ``target`` is the IPv4 address; for SRV, the host."""

    name: str
    type: str
    target: str
    port: int = 0
    priority: int = 0
    weight: int = 0

    def key(self) -> tuple[str, str, str, int, int, int]:
        """Return a value identifying the record (names compared case-insensitively)."""
        return (self.name.lower().rstrip("."), self.type.upper(),
                self.target.lower().rstrip("."), self.port, self.priority, self.weight)


class ClientConfiguration(str, Enum):
    """How a Lync client finds its server: DNS discovery or typed-in server names."""

    AUTOMATIC = "Automatic"
    MANUAL = "Manual"


@dataclass(slots=True)
class Client:
    """A client PC for sign-in what-ifs.

    ``cache`` is EndpointConfiguration.cache: normalised SIP URI (lower case, no
    ``sip:``) -> the registrar FQDN the client reached at its last successful sign-in.
    """

    name: str
    ip: str
    user: Optional[str] = None
    site: Optional[str] = None
    configuration: ClientConfiguration = ClientConfiguration.AUTOMATIC
    internal_server: Optional[str] = None
    external_server: Optional[str] = None
    cache: dict[str, str] = field(default_factory=dict)

    def cached_registrar(self, sip_address: str) -> Optional[str]:
        """Return the registrar cached for ``sip_address``, or None."""
        return self.cache.get(normalise_sip(sip_address))


@dataclass(slots=True)
class RegistrarConfiguration:
    """Registrar settings at one scope: ``Global``, ``site:<Name>`` or
    ``service:Registrar:<pool fqdn>`` (Get-CsRegistrarConfiguration, Lync 2010 defaults)."""

    identity: str = "Global"
    default_endpoint_expiration: int = 600
    max_endpoint_expiration: int = 900
    min_endpoint_expiration: int = 300
    max_endpoints_per_user: int = 8
    enable_dhcp_server: bool = False

    @property
    def scope(self) -> str:
        """Return ``global``, ``site`` or ``service``."""
        return self.identity.split(":", 1)[0].lower()


def normalise_sip(address: str) -> str:
    """Return a SIP address in lower case without its ``sip:`` prefix."""
    address = address.strip().lower()
    return address[len(SIP_PREFIX):] if address.startswith(SIP_PREFIX) else address


def with_sip_prefix(address: str) -> str:
    """Return ``address`` with a ``sip:`` prefix (kept as is when it has one)."""
    address = address.strip()
    if address[:len(SIP_PREFIX)].lower() == SIP_PREFIX:
        return SIP_PREFIX + address[len(SIP_PREFIX):]
    return SIP_PREFIX + address
