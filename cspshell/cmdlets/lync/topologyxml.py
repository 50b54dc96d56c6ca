"""Get-CsTopology -AsXml: the topology document in Lync Server 2010's XML shape.

The element and attribute names are those of published Lync topology documents
(lync-facts.md §2.4): ``Sites/CentralSite[@SiteId]``, ``Clusters/Cluster[@Fqdn]`` with
``ClusterId[@SiteId,@Number]`` and ``Machine[@OrdinalInCluster,@Fqdn]``,
``Services/Service`` with ``ServiceId[@SiteId,@RoleName,@Instance]``, ``DependsOn`` and
``InstalledOn``, and ``RegistrarService[@IsDirector]``. How the backup Registrar is
written (a ``Dependency`` with ``Usage="BackupRegistrar"`` and a ``Resiliency`` element)
is inferred: no published document shows one.
"""
from __future__ import annotations

from typing import Any, Iterator
from xml.sax.saxutils import escape, quoteattr

from ...topology.entities import Pool
from .common import SERVICE_VERSION
from .servicemodel import DIRECTOR, REGISTRAR, ServiceModel, ServiceRef

NAMESPACE = "urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008"
SERVICE_TYPES = "Microsoft.Rtc.Management.Deploy.Internal.ServiceRoles.{}Service"
INDENT = "  "


def topology_xml(topology: Any, model: ServiceModel) -> str:
    """Return the whole topology document as one string (lines joined with CRLF, as .NET writes)."""
    lines = ['<?xml version="1.0" encoding="utf-16"?>',
             f'<Topology xmlns:xsd="http://www.w3.org/2001/XMLSchema" '
             f'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns="{NAMESPACE}">']
    for part in (_domains(topology), _sites(topology), _clusters(topology), _services(model)):
        lines.extend(INDENT + line for line in part)
    lines.append("</Topology>")
    return "\r\n".join(lines)


def _attrs(**values: Any) -> str:
    return "".join(f" {name}={quoteattr(str(value))}" for name, value in values.items())


def _domains(topology: Any) -> Iterator[str]:
    default = topology.sip_domains[0] if topology.sip_domains else ""
    yield f'<InternalDomains{_attrs(AllowAllDomains="false", DefaultDomain=default)}>'
    for domain in topology.sip_domains:
        yield f'{INDENT}<InternalDomain{_attrs(Name=domain, Authoritative="false", AllowSubDomains="false")} />'
    yield "</InternalDomains>"


def _sites(topology: Any) -> Iterator[str]:
    yield "<Sites>"
    for site in topology.sites:
        if site.is_branch:
            parent = topology.site(site.parent) if site.parent else None
            head = f"<BranchSite{_attrs(SiteId=site.site_id, CentralSite=parent.site_id if parent else '')}>"
            tail = "</BranchSite>"
        else:
            head, tail = f"<CentralSite{_attrs(SiteId=site.site_id)}>", "</CentralSite>"
        yield INDENT + head
        yield f"{INDENT * 2}<Name>{escape(site.name)}</Name>"
        yield f"{INDENT * 2}<Location />"
        yield INDENT + tail
    yield "</Sites>"


def _clusters(topology: Any) -> Iterator[str]:
    yield "<Clusters>"
    for pool in topology.pools:
        yield f'{INDENT}<Cluster{_attrs(RequiresReplication="true", RequiresSetup="true", Fqdn=pool.fqdn)}>'
        yield f"{INDENT * 2}<ClusterId{_attrs(SiteId=pool.site_id, Number=pool.cluster)} />"
        for machine in pool.machines:
            yield f"{INDENT * 2}<Machine{_attrs(OrdinalInCluster=machine.ordinal, Fqdn=machine.fqdn)}>"
            for number, address in enumerate(machine.ip_addresses, 1):
                yield (f"{INDENT * 3}<NetInterface"
                       f"{_attrs(InterfaceSide='Primary', InterfaceNumber=number, IPAddress=address)} />")
            yield f"{INDENT * 2}</Machine>"
        yield f"{INDENT}</Cluster>"
    yield "</Clusters>"


def _services(model: ServiceModel) -> Iterator[str]:
    yield "<Services>"
    for ref in model.all():
        yield from (INDENT + line for line in _service(model, ref))
    yield "</Services>"


def _service_id(model: ServiceModel, identity: str) -> str:
    ref = model.find(identity)
    if ref is None:
        return ""
    service = ref.service
    return f"<ServiceId{_attrs(SiteId=service.site_id, RoleName=service.role_name, Instance=service.instance)} />"


def _service(model: ServiceModel, ref: ServiceRef) -> Iterator[str]:
    service = ref.service
    type_name = SERVICE_TYPES.format(service.role_name)
    yield f'<Service{_attrs(RoleVersion="1", ServiceVersion=SERVICE_VERSION, Type=type_name)}>'
    yield f"{INDENT}{_service_id(model, ref.identity)}"
    uses = model.uses(ref)
    if uses:
        yield f"{INDENT}<DependsOn>"
        for identity in uses:
            usage = "BackupRegistrar" if _is_backup(ref, identity) else "Default"
            yield f"{INDENT * 2}<Dependency{_attrs(Usage=usage)}>{_service_id(model, identity)}</Dependency>"
        yield f"{INDENT}</DependsOn>"
    yield f"{INDENT}<InstalledOn><ClusterId{_attrs(SiteId=ref.pool.site_id, Number=ref.pool.cluster)} /></InstalledOn>"
    if ref.role in (REGISTRAR, DIRECTOR):
        yield from (INDENT + line for line in _registrar_service(ref.pool, ref.role == DIRECTOR))
    yield "</Service>"


def _is_backup(ref: ServiceRef, identity: str) -> bool:
    backup = ref.pool.backup_pool
    return ref.role == REGISTRAR and backup is not None and identity.lower() == f"registrar:{backup.lower()}"


def _registrar_service(pool: Pool, director: bool) -> Iterator[str]:
    yield f"<Ports><Port{_attrs(Owner='urn:component:Registrar', Usage='SipServer', Port=pool.sip_port)} /></Ports>"
    yield f'<RegistrarService{_attrs(IsDirector=str(director).lower())} />'
    if pool.backup_pool:
        settings = _attrs(EnableAutomaticFailover=str(pool.enable_automatic_failover).lower(),
                          FailureDetectionInterval=pool.failure_detection_interval,
                          FailbackInterval=pool.failback_interval)
        yield f"<Resiliency{settings} />"
