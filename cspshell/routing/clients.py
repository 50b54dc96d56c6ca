"""Client PCs as the lab sees them: the topology's settings with Set-CsLabClient's changes,
and their EndpointConfiguration.cache.

The cache starts as the topology file gives it (``clients: cache:``); the lab copies it
in on first use, so sign-ins, Clear-CsLabEndpointCache and Reset-CsLab all work on one
copy while the loaded topology stays as loaded.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from ..topology.entities import Client, ClientConfiguration
from ..topology.model import Topology
from .labstate import LabState


@dataclass(frozen=True)
class ClientView:
    """A client's effective settings and cache (user SIP address -> registrar FQDN)."""

    name: str
    ip: str
    site: Optional[str]
    configuration: ClientConfiguration
    internal_server: Optional[str]
    external_server: Optional[str]
    user: Optional[str]
    cache: tuple[tuple[str, str], ...]


def adopt_topology_caches(topology: Topology, lab: LabState) -> None:
    """Copy the topology's client caches into the lab, once."""
    if lab.cache_adopted:
        return
    for client in topology.clients:
        for user, registrar in client.cache.items():
            lab.endpoint_cache.setdefault((client.name.lower(), user), registrar)
    lab.cache_adopted = True


def client_view(topology: Topology, lab: LabState, client: Client) -> ClientView:
    """Return the client as it is now in the lab."""
    adopt_topology_caches(topology, lab)
    settings = lab.client_settings(client.name)
    cache = tuple((f"sip:{user}", registrar) for name, user, registrar in lab.cache_entries()
                  if name == client.name.lower())
    return ClientView(
        client.name, client.ip, settings.site or client.site,
        settings.configuration or client.configuration,
        settings.internal_server or client.internal_server,
        settings.external_server or client.external_server, client.user, cache)
