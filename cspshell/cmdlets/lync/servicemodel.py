"""The services of a topology as Get-CsService, Get-CsPool and Get-CsSite show them.

Identities follow lync-facts.md §1.6 and §2.2: ``<Role>:<pool fqdn>``; a Director pool's
Registrar service is the ``Director:<fqdn>`` service (Set-CsDirector's identities).
Every service object ends with DependentServiceList, ServiceId, SiteId, PoolFqdn,
Version and Role, as the documented WebServer sample does; the properties before them
depend on the role (docs/fidelity.md lists them and what is inferred).

Which service depends on which (the DependentServiceList) is inferred from Topology
Builder's model: a pool's Registrar (or Director) uses its User Services and Web Services,
User Services use the user store their UserDatabase property names, and the Registrar of
every pool that names it as backup Registrar depends on it.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from ...topology.entities import Pool, PoolKind, Service
from .common import DISPLAY_SERVICE, SERVICE_VERSION, interval
from .records import SourcedObject

DIRECTOR = "Director"
REGISTRAR = "Registrar"
SIP_TCP_PORT = 5060
REGISTRAR_WEB_PORT = 444
# Web Services ports of Lync Server 2010 (internal 80/443, external 8080/4443).
WEB_PORTS = (("PrimaryHttpPort", 80), ("PrimaryHttpsPort", 443), ("ExternalHttpPort", 8080),
             ("ExternalHttpsPort", 4443), ("PublishedExternalHttpPort", 80),
             ("PublishedExternalHttpsPort", 443))
# The same-pool services each role uses (Default dependencies in topology terms).
USES = {
    REGISTRAR: ("UserServer", "WebServer"),
    DIRECTOR: ("WebServer",),
    "ConferencingServer": ("Registrar", "UserServer", "WebServer"),
    "ApplicationServer": ("Registrar", "UserServer"),
    "WebServer": ("UserServer",),
    "MediationServer": ("Registrar",),
    "PstnGateway": ("MediationServer",),
}
# Roles whose server lives in another pool of the site, found by the pool kind running it.
SITE_ROLES = {"EdgeServer": PoolKind.EDGE, "MonitoringServer": PoolKind.MONITORING,
              "ArchivingServer": PoolKind.ARCHIVING}


@dataclass(frozen=True)
class ServiceRef:
    """One service of the topology with its display role (``Director`` for a Director's Registrar)."""

    pool: Pool
    service: Service
    role: str

    @property
    def identity(self) -> str:
        """Return ``<Role>:<pool fqdn>``."""
        return f"{self.role}:{self.pool.fqdn}"


class ServiceModel:
    """Lists, finds and describes the services of one topology.

    ``overrides`` maps a lower-case service identity to property values Set-CsRegistrar
    changed that the topology model does not keep (ports, linked servers).
    """

    def __init__(self, topology: Any, overrides: Optional[dict[str, dict[str, Any]]] = None):
        self.topology = topology
        self.overrides = overrides if overrides is not None else {}
        self._all = [self._ref(pool, service) for pool in topology.pools
                     for service in topology.services(pool)]
        self._by_identity = {ref.identity.lower(): ref for ref in self._all}

    def _ref(self, pool: Pool, service: Service) -> ServiceRef:
        role = DIRECTOR if pool.is_director and service.role == REGISTRAR else service.role
        # Instances count the pools of the site running the role in cluster order; a
        # Director's Registrar counts among Directors, not among Registrars.
        peers = sorted(p.cluster for p in self.topology.pools
                       if p.site_id == pool.site_id and self._runs(p, role))
        numbered = Service(role, pool.fqdn, pool.site_id, pool.site, peers.index(pool.cluster) + 1)
        return ServiceRef(pool, numbered, role)

    @staticmethod
    def _runs(pool: Pool, role: str) -> bool:
        if role == DIRECTOR:
            return pool.is_director and pool.has_service(REGISTRAR)
        if role == REGISTRAR:
            return not pool.is_director and pool.has_service(REGISTRAR)
        return pool.has_service(role)

    def all(self) -> list[ServiceRef]:
        """Return every service, pool by pool in topology order."""
        return list(self._all)

    def find(self, identity: str) -> Optional[ServiceRef]:
        """Return the service ``<Role>:<fqdn>`` (any case), or None."""
        return self._by_identity.get(identity.strip().lower())

    def of_pool(self, pool: Pool) -> list[ServiceRef]:
        """Return the services of one pool."""
        return [ref for ref in self._all if ref.pool is pool]

    def identities(self, pool: Pool) -> list[str]:
        """Return the identities of a pool's services."""
        return [ref.identity for ref in self.of_pool(pool)]

    # -- dependencies ----------------------------------------------------------------------
    def uses(self, ref: ServiceRef) -> list[str]:
        """Return the identities of the services ``ref`` depends on."""
        names = [f"{role}:{ref.pool.fqdn}" for role in USES.get(ref.role, ()) if ref.pool.has_service(role)]
        if ref.role == "UserServer":
            # The store its UserDatabase property names (an Enterprise pool's is the SQL back end's).
            database = _user_database(self, ref.pool)
            if database is not None:
                names.append(database)
        if ref.role == REGISTRAR and ref.pool.backup_pool:
            backup = self.topology.pool(ref.pool.backup_pool)
            if backup is not None:
                names.append(f"{REGISTRAR}:{backup.fqdn}")
        return names

    def dependents(self, ref: ServiceRef) -> list[str]:
        """Return the identities of the services that depend on ``ref``, in topology order."""
        wanted = ref.identity.lower()
        return [other.identity for other in self._all
                if any(name.lower() == wanted for name in self.uses(other))]

    def linked(self, pool: Pool, role: str) -> Optional[str]:
        """Return the identity of the ``role`` service a pool's servers use, or None."""
        if pool.has_service(role):
            return f"{role}:{pool.fqdn}"
        kind = SITE_ROLES.get(role)
        if kind is None:
            return None
        found = next((p for p in self.topology.pools if p.kind is kind and p.site_id == pool.site_id), None)
        return f"{role}:{found.fqdn}" if found is not None else None

    # -- objects -----------------------------------------------------------------------------
    def display(self, ref: ServiceRef) -> SourcedObject:
        """Return the service object Get-CsService shows."""
        middle = _MIDDLE.get(ref.role, lambda model, r: [])(self, ref)
        props = [("Identity", ref.identity), *middle]
        override = self.overrides.get(ref.identity.lower(), {})
        props = [(name, override.get(name, value)) for name, value in props]
        props += [("DependentServiceList", self.dependents(ref)),
                  ("ServiceId", ref.service.service_id),
                  ("SiteId", ref.pool.site_identity),
                  ("PoolFqdn", ref.pool.fqdn),
                  ("Version", SERVICE_VERSION),
                  ("Role", ref.role)]
        return SourcedObject(props, [DISPLAY_SERVICE.format(role=ref.role), "System.Object"],
                             _identity, ref)


def _registrar(model: ServiceModel, ref: ServiceRef) -> list[tuple[str, Any]]:
    pool = ref.pool
    backup = model.topology.pool(pool.backup_pool) if pool.backup_pool else None
    return [
        ("UserServer", model.linked(pool, "UserServer")),
        ("WebServer", model.linked(pool, "WebServer")),
        ("MediationServer", model.linked(pool, "MediationServer")),
        ("EdgeServer", model.linked(pool, "EdgeServer")),
        ("MonitoringServer", model.linked(pool, "MonitoringServer")),
        ("ArchivingServer", model.linked(pool, "ArchivingServer")),
        ("BackupRegistrar", f"{REGISTRAR}:{backup.fqdn}" if backup is not None else None),
        ("EnableAutomaticFailover", pool.enable_automatic_failover),
        ("FailureDetectionInterval", interval(pool.failure_detection_interval)),
        ("FailbackDetectionInterval", interval(pool.failback_interval)),
        ("SipPort", pool.sip_port),
        ("WebPort", REGISTRAR_WEB_PORT),
        ("SipServerTcpPort", SIP_TCP_PORT),
    ]


def _director(model: ServiceModel, ref: ServiceRef) -> list[tuple[str, Any]]:
    pool = ref.pool
    return [
        ("WebServer", model.linked(pool, "WebServer")),
        ("EdgeServer", model.linked(pool, "EdgeServer")),
        ("MonitoringServer", model.linked(pool, "MonitoringServer")),
        ("ArchivingServer", model.linked(pool, "ArchivingServer")),
        ("SipPort", pool.sip_port),
        ("WebPort", REGISTRAR_WEB_PORT),
        ("SipServerTcpPort", SIP_TCP_PORT),
    ]


def _web_server(model: ServiceModel, ref: ServiceRef) -> list[tuple[str, Any]]:
    return [("FileStore", model.linked(ref.pool, "FileStore")),
            ("UserServer", model.linked(ref.pool, "UserServer")),
            *WEB_PORTS,
            ("InternalFqdn", ref.pool.fqdn),
            ("ExternalFqdn", None)]


def _user_server(model: ServiceModel, ref: ServiceRef) -> list[tuple[str, Any]]:
    return [("UserDatabase", _user_database(model, ref.pool))]


def _user_database(model: ServiceModel, pool: Pool) -> Optional[str]:
    # A Standard Edition server keeps its own; an Enterprise pool uses its site's SQL back end.
    if pool.has_service("UserDatabase"):
        return f"UserDatabase:{pool.fqdn}"
    store = next((p for p in model.topology.pools
                  if p.kind is PoolKind.SQL_STORE and p.site_id == pool.site_id), None)
    return f"UserDatabase:{store.fqdn}" if store is not None else None


_MIDDLE = {REGISTRAR: _registrar, DIRECTOR: _director, "WebServer": _web_server, "UserServer": _user_server}


def _identity(obj: Any) -> str:
    return obj.get("Identity")
