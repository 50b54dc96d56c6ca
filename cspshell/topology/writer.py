"""Writing a topology back to YAML (Export-CsLabTopology), atomically.

``topology_document`` gives the plain-data form (the same keys the loader reads, in the
same order, defaults left out); ``dump_topology`` writes it. Loading the written file
gives the same model. A big user list goes to a CSV file beside the YAML (YAML is
slow to parse and the loader caps YAML files at 32 MiB). Each file is written to a
temporary file in the same folder and renamed over the target, so an existing file is
never left half-written.
"""
from __future__ import annotations

import csv
import io
import os
import tempfile
from pathlib import Path
from typing import Any, Iterable, Optional, Union

import yaml

from .entities import DEFAULT_SERVICES, DnsRecord, Pool, RegistrarConfiguration, User
from .model import Topology
from .schema import FORMAT_VERSION

# Above this many users, export writes them to "<name>.users.csv" next to the YAML.
CSV_THRESHOLD = 5_000
CSV_COLUMNS = ("sip_address", "display_name", "sam_account_name", "upn", "domain",
               "registrar_pool", "enabled", "line_uri", "enterprise_voice_enabled",
               "policies", "distinguished_name")

try:
    from yaml import CSafeDumper as _Dumper
except ImportError:
    from yaml import SafeDumper as _Dumper  # type: ignore[assignment]

PathLike = Union[str, "os.PathLike[str]"]


def topology_document(topology: Topology, include_users: bool = True,
                      users_csv: Optional[str] = None) -> dict[str, Any]:
    """Return the topology as plain data in the file format (keys in schema order).

    With ``users_csv``, ``users`` is a reference to that CSV file instead of the list.
    """
    document: dict[str, Any] = {"format": FORMAT_VERSION}
    if topology.name:
        document["name"] = topology.name
    if topology.description:
        document["description"] = topology.description
    document["sip_domains"] = list(topology.sip_domains)
    document["domains"] = [{"fqdn": d.fqdn, "netbios": d.netbios} for d in topology.domains]
    document["sites"] = [_site(site) for site in topology.sites]
    document["pools"] = [_pool(pool) for pool in topology.pools]
    document["registrar_configurations"] = [_configuration(c)
                                            for c in topology.registrar_configurations]
    if users_csv is not None:
        document["users"] = [{"csv": users_csv}]
    elif include_users:
        default_domain = topology.default_domain.netbios if topology.default_domain else None
        document["users"] = [_user(user, default_domain) for user in topology.iter_users()]
    document["dns"] = _dns(topology.dns_records)
    document["clients"] = [_client(client) for client in topology.clients]
    return document


def _site(site) -> dict[str, Any]:
    data: dict[str, Any] = {"id": site.site_id, "name": site.name}
    if site.is_branch:
        data["kind"] = site.kind.value
        data["parent"] = site.parent
    if site.description:
        data["description"] = site.description
    return data


def _pool(pool: Pool) -> dict[str, Any]:
    data: dict[str, Any] = {"fqdn": pool.fqdn, "kind": pool.kind.value, "site": pool.site,
                            "cluster": pool.cluster}
    data["machines"] = [{"fqdn": m.fqdn, "ordinal": m.ordinal, "ip": list(m.ip_addresses)}
                        for m in pool.machines]
    if tuple(pool.services) != DEFAULT_SERVICES[pool.kind]:
        data["services"] = list(pool.services)
    if pool.backup_pool:
        data["backup"] = {"pool": pool.backup_pool,
                          "automatic_failover": pool.enable_automatic_failover,
                          "failure_detection_interval": pool.failure_detection_interval,
                          "failback_interval": pool.failback_interval}
    if pool.hash_seed:
        data["hash_seed"] = pool.hash_seed
    if pool.sip_port != 5061:
        data["sip_port"] = pool.sip_port
    return data


def _configuration(config: RegistrarConfiguration) -> dict[str, Any]:
    return {"identity": config.identity,
            "default_endpoint_expiration": config.default_endpoint_expiration,
            "max_endpoint_expiration": config.max_endpoint_expiration,
            "min_endpoint_expiration": config.min_endpoint_expiration,
            "max_endpoints_per_user": config.max_endpoints_per_user,
            "enable_dhcp_server": config.enable_dhcp_server}


def _user(user: User, default_domain: Optional[str]) -> dict[str, Any]:
    data: dict[str, Any] = {"sip_address": user.sip_address,
                            "display_name": user.display_name,
                            "sam_account_name": user.sam_account_name, "upn": user.upn}
    if user.domain != default_domain:
        data["domain"] = user.domain
    data["registrar_pool"] = user.registrar_pool
    if not user.enabled:
        data["enabled"] = False
    if user.line_uri:
        data["line_uri"] = user.line_uri
    if user.enterprise_voice_enabled:
        data["enterprise_voice_enabled"] = True
    if user.policies:
        data["policies"] = dict(user.policies)
    data["distinguished_name"] = user.distinguished_name
    return data


def _dns(records: Iterable[DnsRecord]) -> list[dict[str, Any]]:
    """Return the records, with the A records of one name folded into one entry."""
    entries: list[dict[str, Any]] = []
    folded: dict[str, dict[str, Any]] = {}
    for record in records:
        if record.type.upper() == "A":
            key = record.name.lower()
            if key in folded:
                folded[key]["address"].append(record.target)
                continue
            folded[key] = {"name": record.name, "type": "A", "address": [record.target]}
            entries.append(folded[key])
        else:
            entries.append({"name": record.name, "type": "SRV", "target": record.target,
                            "port": record.port, "priority": record.priority,
                            "weight": record.weight})
    return entries


def _client(client) -> dict[str, Any]:
    data: dict[str, Any] = {"name": client.name, "ip": client.ip, "user": client.user,
                            "site": client.site, "configuration": client.configuration.value}
    if client.internal_server:
        data["internal_server"] = client.internal_server
    if client.external_server:
        data["external_server"] = client.external_server
    data["cache"] = {f"sip:{user}": registrar for user, registrar in client.cache.items()}
    return data


def yaml_text(document: dict[str, Any]) -> str:
    """Return ``document`` as block-style YAML, keys in the given order."""
    return yaml.dump(document, Dumper=_Dumper, sort_keys=False, default_flow_style=False,
                     allow_unicode=True, width=4096)


def users_csv_text(users: Iterable[User], default_domain: Optional[str]) -> str:
    """Return the users as CSV text with the columns the loader reads."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for user in users:
        policies = ";".join(f"{k}={v}" for k, v in user.policies.items())
        writer.writerow((user.sip_address, user.display_name, user.sam_account_name,
                         user.upn, user.domain if user.domain != default_domain else "",
                         user.registrar_pool or "", str(user.enabled),
                         user.line_uri, str(user.enterprise_voice_enabled), policies,
                         user.distinguished_name))
    return buffer.getvalue()


def dump_topology(topology: Topology, path: PathLike, *,
                  csv_threshold: int = CSV_THRESHOLD) -> list[Path]:
    """Write ``topology`` to ``path`` as YAML (atomically); return the files written.

    With more than ``csv_threshold`` users they go to ``<stem>.users.csv`` beside it.
    """
    target = Path(path)
    header = (f"# cspshell lab topology exported by Export-CsLabTopology"
              f"{' from ' + topology.name if topology.name else ''}.\n"
              "# Load it with: Import-CsLabTopology -Path <this file>\n")
    written: list[Path] = []
    users_csv = None
    if len(topology.users) > csv_threshold:
        csv_path = target.with_name(target.stem + ".users.csv")
        default = topology.default_domain.netbios if topology.default_domain else None
        write_atomic(csv_path, users_csv_text(topology.iter_users(), default))
        written.append(csv_path)
        users_csv = csv_path.name
    document = topology_document(topology, users_csv=users_csv)
    write_atomic(target, header + yaml_text(document))
    written.append(target)
    return written


def write_atomic(path: Path, content: Union[str, bytes, Iterable[bytes]]) -> None:
    """Write ``content`` (text, bytes or byte chunks) to ``path`` through a temporary file
    in the same folder and a rename, so readers see the old file or the new one."""
    if isinstance(content, str):
        chunks: Iterable[bytes] = [content.encode("utf-8")]
    elif isinstance(content, (bytes, bytearray, memoryview)):
        chunks = [content]
    else:
        chunks = content
    directory = path.parent if str(path.parent) else Path(".")
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp",
                                         dir=directory)
    try:
        with os.fdopen(handle, "wb") as stream:
            for chunk in chunks:
                stream.write(chunk)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except FileNotFoundError:
            pass
        raise
