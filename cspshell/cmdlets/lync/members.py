"""What Get-Member lists for the Lync objects.

Lync's cmdlets emit compiled .NET objects, so Get-Member shows their properties as
``Property`` members (``string Fqdn {get;}``), never as the ``NoteProperty`` members of a
PSCustomObject; ``Get-CsPool | Get-Member -MemberType Property`` must list them.
Microsoft documents the property names but not their .NET types: each property is
given the type of the value the emulator stores (what ``.GetType()`` answers), and
docs/fidelity.md records the choice.
"""
from __future__ import annotations

from ..members import register_type_members
from .adusers import ALL_PROPERTIES as ADUSER_PROPERTIES
from .common import (ADUSER, BRANCH_SITE, CENTRAL_SITE, CLUSTER, DISPLAY_SERVICE, MACHINE, NT_SERVICE,
                     POOL_MACHINE, REGISTRAR_SETTINGS, TASK_OUTPUT, TOPOLOGY, USER_INFORMATION)
from .services import ROLE_SWITCHES
from .userpoolinfo import MACHINE_PROPERTIES, USER_INFORMATION_SHAPE

READ_ONLY = "{get;}"
READ_WRITE = "{get;set;}"
METHODS = (
    ("Equals", "Method", "bool Equals(System.Object obj)"),
    ("GetHashCode", "Method", "int GetHashCode()"),
    ("GetType", "Method", "type GetType()"),
    ("ToString", "Method", "string ToString()"),
)
COLLECTION = "System.Object[]"
# Properties whose value is not a string; every other Lync property holds a string.
NON_STRING_TYPES = {
    **dict.fromkeys(("Enabled", "EnterpriseVoiceEnabled", "AudioVideoDisabled", "IPPBXSoftPhoneRoutingEnabled",
                     "RemoteCallControlTelephonyEnabled", "EnableAutomaticFailover", "EnableDHCPServer"), "bool"),
    "HostedVoiceMail": "System.Nullable[bool]",
    **dict.fromkeys(("OrdinalInCluster", "SipPort", "WebPort", "SipServerTcpPort", "Version",
                     "MinEndpointExpiration", "MaxEndpointExpiration", "DefaultEndpointExpiration",
                     "MaxEndpointsPerUser", "PrimaryHttpPort", "PrimaryHttpsPort", "ExternalHttpPort",
                     "ExternalHttpsPort", "PublishedExternalHttpPort", "PublishedExternalHttpsPort"), "int"),
    **dict.fromkeys(("FailureDetectionInterval", "FailbackDetectionInterval", "Latency"), "timespan"),
    **dict.fromkeys(("Services", "Computers", "Pools", "DependentServiceList", "Sites", "Clusters", "Machines",
                     "SqlInstances", "InternalDomains", "RoleName", "PrimaryPoolMachinesInPreferredOrder",
                     "BackupPoolMachinesInPreferredOrder"), COLLECTION),
}
SITE_PROPERTIES = ("Identity", "SiteId", "Services", "Pools", "FederationRoute", "Description", "DisplayName",
                   "SiteType", "ParentSite")
SERVICE_TAIL = ("DependentServiceList", "ServiceId", "SiteId", "PoolFqdn", "Version", "Role")
# The properties between Identity and the tail, by role (servicemodel.py builds them).
SERVICE_MIDDLE = {
    "Registrar": ("UserServer", "WebServer", "MediationServer", "EdgeServer", "MonitoringServer",
                  "ArchivingServer", "BackupRegistrar", "EnableAutomaticFailover", "FailureDetectionInterval",
                  "FailbackDetectionInterval", "SipPort", "WebPort", "SipServerTcpPort"),
    "Director": ("WebServer", "EdgeServer", "MonitoringServer", "ArchivingServer", "SipPort", "WebPort",
                 "SipServerTcpPort"),
    "WebServer": ("FileStore", "UserServer", "PrimaryHttpPort", "PrimaryHttpsPort", "ExternalHttpPort",
                  "ExternalHttpsPort", "PublishedExternalHttpPort", "PublishedExternalHttpsPort", "InternalFqdn",
                  "ExternalFqdn"),
    "UserServer": ("UserDatabase",),
}


def property_rows(names: tuple[str, ...], access: str,
                  overrides: dict[str, str] | None = None) -> tuple[tuple[str, str, str], ...]:
    """Return the Get-Member rows of an object with these properties: its methods, then
    one ``Property`` row per name (``<type> <Name> {get;}``)."""
    types = {**NON_STRING_TYPES, **(overrides or {})}
    return METHODS + tuple((name, "Property", f"{types.get(name, 'string')} {name} {access}") for name in names)


def lync_member_rows() -> dict[str, tuple[tuple[str, str, str], ...]]:
    """Return the Get-Member rows of every Lync type, by type name."""
    site_rows = property_rows(SITE_PROPERTIES, READ_WRITE, {"SiteId": "int"})
    rows = {
        ADUSER: property_rows(ADUSER_PROPERTIES, READ_WRITE),
        USER_INFORMATION: property_rows(USER_INFORMATION_SHAPE.names, READ_ONLY),
        POOL_MACHINE: property_rows(MACHINE_PROPERTIES, READ_ONLY),
        CLUSTER: property_rows(("Identity", "Services", "Computers", "Fqdn", "Site"), READ_ONLY),
        MACHINE: property_rows(("Identity", "Pool", "Fqdn"), READ_ONLY),
        CENTRAL_SITE: site_rows,
        BRANCH_SITE: site_rows,
        TOPOLOGY: property_rows(("Sites", "Clusters", "Machines", "Services", "SqlInstances", "InternalDomains"),
                                READ_ONLY),
        REGISTRAR_SETTINGS: property_rows(("Identity", "MinEndpointExpiration", "MaxEndpointExpiration",
                                           "DefaultEndpointExpiration", "MaxEndpointsPerUser", "EnableDHCPServer"),
                                          READ_WRITE),
        NT_SERVICE: property_rows(("Status", "Name", "DisplayName", "ActivityLevel", "RoleName"), READ_ONLY),
        TASK_OUTPUT: property_rows(("TargetFqdn", "Result", "Latency", "Error", "Diagnosis"), READ_ONLY),
    }
    for _switch, role, _aliases in ROLE_SWITCHES:
        names = ("Identity", *SERVICE_MIDDLE.get(role, ()), *SERVICE_TAIL)
        rows[DISPLAY_SERVICE.format(role=role)] = property_rows(names, READ_WRITE)
    return rows


def register_lync_members() -> None:
    """Declare the Get-Member rows of the Lync types (called once, when the package is imported)."""
    for type_name, rows in lync_member_rows().items():
        register_type_members(type_name, rows)


register_lync_members()
