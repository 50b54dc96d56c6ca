"""The topology file format, declared once.

Validation reads these declarations to check keys, types and ranges (and to suggest
"did you mean" for unknown keys); ``json_schema()`` turns the same declarations into a
JSON Schema (draft 2020-12) for editors, shipped as ``schema.json`` beside this module.
Semantic rules (references, duplicates, product limits) live in ``validation.py``.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Optional, Union

FORMAT_VERSION = 1

POOL_KINDS = ("EnterpriseFrontEnd", "StandardEdition", "Director", "SBA", "SBS", "Edge",
              "Mediation", "Monitoring", "Archiving", "SqlStore")
SERVICE_ROLES = ("Registrar", "UserServer", "WebServer", "ConferencingServer",
                 "ApplicationServer", "UserDatabase", "ApplicationDatabase", "FileStore",
                 "MediationServer", "PstnGateway", "EdgeServer", "MonitoringServer",
                 "MonitoringDatabase", "ArchivingServer", "ArchivingDatabase",
                 "CentralManagement", "CentralManagementDatabase")


@dataclass(frozen=True)
class Field:
    """One key of a mapping.

    ``type`` is ``string``, ``integer``, ``boolean``, ``list`` (items: ``item``),
    ``object`` (a nested ``section``) or ``map`` (free keys, string values);
    ``one_or_many`` lets a string stand for a one-item list; ``format`` names a
    syntax check (``fqdn``, ``ipv4``, ``sip``, ``tel``, ``pattern``).
    """

    name: str
    type: str
    doc: str
    required: bool = False
    default: Any = None
    choices: tuple[str, ...] = ()
    minimum: Optional[int] = None
    maximum: Optional[int] = None
    item: Union["Section", str, None] = None
    section: Optional["Section"] = None
    format: str = ""
    one_or_many: bool = False
    nullable: bool = False


@dataclass(frozen=True)
class Section:
    """A kind of mapping (a pool, a user, ...) and its keys."""

    name: str
    doc: str
    fields: tuple[Field, ...]

    def field(self, name: str) -> Optional[Field]:
        """Return the declaration of key ``name``, or None."""
        return next((f for f in self.fields if f.name == name), None)

    @property
    def names(self) -> list[str]:
        """Return the key names in declaration order."""
        return [f.name for f in self.fields]


DOMAIN = Section("domain", "An Active Directory domain.", (
    Field("fqdn", "string", "DNS name of the domain, e.g. beta.deitterick.com.",
          required=True, format="fqdn"),
    Field("netbios", "string", "NetBIOS name, e.g. BETA (as in BETA\\acooper).",
          required=True),
))

SITE = Section("site", "A central (data centre) or branch site.", (
    Field("id", "integer", "SiteId, the first number of every MachineId (1 in 1:5-2).",
          required=True, minimum=1, maximum=65535),
    Field("name", "string", "Site name, shown as Site:<name>.", required=True),
    Field("kind", "string", "central or branch.", default="central",
          choices=("central", "branch")),
    Field("parent", "string", "For a branch site: its central site's name."),
    Field("description", "string", "Free text.", default=""),
))

MACHINE = Section("machine", "A computer of a pool.", (
    Field("fqdn", "string", "The computer's FQDN.", required=True, format="fqdn"),
    Field("ordinal", "integer", "Position in the pool (the 2 in 1:5-2); defaults to the "
          "machine's position in the list.", minimum=1, maximum=1000),
    Field("ip", "list", "IPv4 address(es).", item="string", format="ipv4", one_or_many=True),
))

BACKUP = Section("backup", "The backup registrar relationship (Resiliency tab).", (
    Field("pool", "string", "FQDN of the backup registrar pool.", required=True,
          format="fqdn"),
    Field("automatic_failover", "boolean", "Automatic failover and failback for Voice.",
          default=False),
    Field("failure_detection_interval", "integer", "Seconds before the backup takes over.",
          default=120, minimum=30, maximum=86400),
    Field("failback_interval", "integer", "Seconds before users fail back.",
          default=240, minimum=30, maximum=86400),
))

POOL = Section("pool", "A pool: Front End pool, Standard Edition server, Director, SBA ...", (
    Field("fqdn", "string", "The pool's FQDN (a Standard Edition server's own FQDN).",
          required=True, format="fqdn"),
    Field("kind", "string", "The pool's role.", required=True, choices=POOL_KINDS),
    Field("site", "string", "Name of the site the pool belongs to.", required=True),
    Field("cluster", "integer", "Cluster number, unique in the site (the 5 in 1:5-2).",
          required=True, minimum=1, maximum=65535),
    Field("machines", "list", "The pool's computers, in ordinal order.", item=MACHINE),
    Field("ip", "list", "Shorthand for a one-machine pool whose machine has the pool's "
          "FQDN: its IPv4 address(es).", item="string", format="ipv4", one_or_many=True),
    Field("services", "list", "Services the pool runs (defaults depend on kind).",
          item="string", choices=SERVICE_ROLES),
    Field("backup", "object", "Backup registrar pool and failover settings.",
          section=BACKUP),
    Field("hash_seed", "integer", "Seed mixed into the routing hash of this pool's "
          "machine order.", default=0, minimum=0, maximum=2**63 - 1),
    Field("sip_port", "integer", "Registrar SIP port.", default=5061, minimum=1,
          maximum=65535),
))

REGISTRAR_CONFIGURATION = Section("registrar configuration",
                                  "Get-CsRegistrarConfiguration settings at one scope.", (
    Field("identity", "string", "Global, site:<Name> or service:Registrar:<pool fqdn>.",
          required=True),
    Field("default_endpoint_expiration", "integer", "Seconds.", default=600, minimum=300,
          maximum=900),
    Field("max_endpoint_expiration", "integer", "Seconds.", default=900, minimum=300,
          maximum=900),
    Field("min_endpoint_expiration", "integer", "Seconds.", default=300, minimum=300,
          maximum=900),
    Field("max_endpoints_per_user", "integer", "Endpoints one user may register.",
          default=8, minimum=1, maximum=64),
    Field("enable_dhcp_server", "boolean", "Answer DHCP option 120.", default=False),
))

USER_FIELDS = (
    Field("sip_address", "string", "sip:name@domain; the sip: prefix may be left out.",
          required=True, format="sip"),
    Field("display_name", "string", "Display name; defaults to the SamAccountName."),
    Field("sam_account_name", "string", "Logon name; defaults to the SIP user part."),
    Field("upn", "string", "UserPrincipalName; defaults to the SIP address without sip:."),
    Field("domain", "string", "NetBIOS domain; defaults to the first domain."),
    Field("registrar_pool", "string", "FQDN of the pool the user is homed on; leave it out "
          "for a user with a SIP address but no pool.", format="fqdn", nullable=True),
    Field("enabled", "boolean", "Enabled for Lync.", default=True),
    Field("line_uri", "string", "tel: URI, e.g. tel:+14255550101.", default="", format="tel"),
    Field("enterprise_voice_enabled", "boolean", "Enterprise Voice.", default=False),
    Field("policies", "map", "Policy name -> value, e.g. VoicePolicy: Global."),
    Field("distinguished_name", "string", "AD distinguished name; defaults to "
          "CN=<display name>,CN=Users,<domain DN>."),
)
USER = Section("user", "A Lync-enabled user.", USER_FIELDS)

GENERATE = Section("generate", "Many users from name patterns: {n} is the user number, "
                   "{n:06} zero-pads it to 6 digits, {sam} is the SamAccountName, "
                   "{sip_domain} the SIP domain.", (
    Field("count", "integer", "How many users.", required=True, minimum=0,
          maximum=10_000_000),
    Field("start", "integer", "First value of {n}.", default=1, minimum=0),
    Field("pools", "list", "Registrar pools to spread the users over, in turn.",
          required=True, item="string", format="fqdn", one_or_many=True),
    Field("sam_account_name", "string", "Pattern.", default="user{n:06}", format="pattern"),
    Field("display_name", "string", "Pattern.", default="User {n:06}", format="pattern"),
    Field("sip_address", "string", "Pattern.", default="sip:{sam}@{sip_domain}",
          format="pattern"),
    Field("upn", "string", "Pattern.", default="{sam}@{sip_domain}", format="pattern"),
    Field("line_uri", "string", "Pattern, e.g. tel:+1425555{n:04}.", default="",
          format="pattern"),
    Field("sip_domain", "string", "SIP domain; defaults to the first one.", format="fqdn"),
    Field("domain", "string", "NetBIOS domain; defaults to the first domain."),
    Field("enabled", "boolean", "Enabled for Lync.", default=True),
    Field("enterprise_voice_enabled", "boolean", "Enterprise Voice.", default=False),
    Field("policies", "map", "Policy name -> value for every generated user."),
))

CSV_FILE = Section("csv", "Users read from a CSV file.", (
    Field("csv", "string", "Path of a CSV file, relative to the topology file; its header "
          "row names user keys (sip_address, display_name, ...).", required=True),
    Field("registrar_pool", "string", "Pool for rows that name none.", format="fqdn"),
))

DNS_RECORD = Section("dns record", "An SRV or A record.", (
    Field("name", "string", "Record name, e.g. _sipinternaltls._tcp.beta.deitterick.com.",
          required=True),
    Field("type", "string", "SRV or A.", required=True, choices=("SRV", "A")),
    Field("target", "string", "SRV: the host the record points at.", format="fqdn"),
    Field("port", "integer", "SRV: port.", default=5061, minimum=1, maximum=65535),
    Field("priority", "integer", "SRV: lower is tried first.", default=0, minimum=0,
          maximum=65535),
    Field("weight", "integer", "SRV: share among equal priorities.", default=0, minimum=0,
          maximum=65535),
    Field("address", "list", "A: IPv4 address(es); several mean DNS load balancing.",
          item="string", format="ipv4", one_or_many=True),
))

CLIENT = Section("client", "A client PC for sign-in what-ifs.", (
    Field("name", "string", "Computer name.", required=True),
    Field("ip", "string", "IPv4 address.", required=True, format="ipv4"),
    Field("user", "string", "SIP address of the user signed in.", format="sip",
          nullable=True),
    Field("site", "string", "Site the client sits in.", nullable=True),
    Field("configuration", "string", "Automatic (DNS) or Manual (server names).",
          default="Automatic", choices=("Automatic", "Manual")),
    Field("internal_server", "string", "Manual: internal server FQDN.", format="fqdn",
          nullable=True),
    Field("external_server", "string", "Manual: external server FQDN.", format="fqdn",
          nullable=True),
    Field("cache", "map", "EndpointConfiguration.cache: SIP address -> registrar FQDN."),
))

TOPOLOGY = Section("topology", "A Lync Server 2010 lab topology.", (
    Field("format", "integer", "Format version of this file.", default=FORMAT_VERSION,
          minimum=1),
    Field("name", "string", "A name for the lab.", default=""),
    Field("description", "string", "Free text.", default=""),
    Field("sip_domains", "list", "SIP domains; the first is the default.", required=True,
          item="string", format="fqdn", one_or_many=True),
    Field("domains", "list", "Active Directory domains; defaults to one named after the "
          "first SIP domain.", item=DOMAIN),
    Field("sites", "list", "Central and branch sites.", required=True, item=SITE),
    Field("pools", "list", "Pools of every role.", required=True, item=POOL),
    Field("registrar_configurations", "list", "Registrar settings by scope.",
          item=REGISTRAR_CONFIGURATION),
    Field("users", "list", "Users: single users, {generate: ...} blocks and {csv: ...} "
          "file references, in the order they are listed.", item=USER),
    Field("dns", "list", "DNS records.", item=DNS_RECORD),
    Field("clients", "list", "Client PCs.", item=CLIENT),
))


def json_schema() -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) of a topology file."""
    schema = _object_schema(TOPOLOGY)
    user_item = {"oneOf": [
        _object_schema(USER),
        {"type": "object", "required": ["generate"], "additionalProperties": False,
         "properties": {"generate": _object_schema(GENERATE)}},
        _object_schema(CSV_FILE),
    ]}
    schema["properties"]["users"]["items"] = user_item
    return {"$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": "https://cspshell.invalid/topology.schema.json",
            "title": "cspshell lab topology", **schema}


def json_schema_text() -> str:
    """Return ``json_schema()`` as the text of ``schema.json``."""
    return json.dumps(json_schema(), indent=2, sort_keys=False) + "\n"


def _object_schema(section: Section) -> dict[str, Any]:
    return {
        "type": "object",
        "description": section.doc,
        "additionalProperties": False,
        "required": [f.name for f in section.fields if f.required],
        "properties": {f.name: _field_schema(f) for f in section.fields},
    }


_SCALAR_TYPES = {"string": "string", "integer": "integer", "boolean": "boolean"}


def _field_schema(field: Field) -> dict[str, Any]:
    if field.type == "object":
        schema = _object_schema(field.section)
    elif field.type == "map":
        schema = {"type": "object", "additionalProperties": {"type": "string"}}
    elif field.type == "list":
        schema = {"type": "array", "items": _item_schema(field)}
        if field.one_or_many:
            schema = {"oneOf": [_item_schema(field), schema]}
    else:
        schema = {"type": _SCALAR_TYPES[field.type]}
        _scalar_constraints(field, schema)
    if field.nullable:
        schema = {"oneOf": [schema, {"type": "null"}]}
    schema["description"] = field.doc
    if field.default not in (None, ""):
        schema["default"] = field.default
    return schema


def _item_schema(field: Field) -> dict[str, Any]:
    if isinstance(field.item, Section):
        return _object_schema(field.item)
    schema: dict[str, Any] = {"type": "string"}
    if field.choices:
        schema["enum"] = list(field.choices)
    return schema


def _scalar_constraints(field: Field, schema: dict[str, Any]) -> None:
    if field.choices:
        schema["enum"] = list(field.choices)
    if field.minimum is not None:
        schema["minimum"] = field.minimum
    if field.maximum is not None:
        schema["maximum"] = field.maximum
