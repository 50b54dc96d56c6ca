"""Layer 2: the YAML topology the emulator stands on (model, loader, validation, export).

Public API::

    from cspshell.topology import load_topology, sample_path
    topology = load_topology(sample_path("default"))
    topology.pool("ls14pool.beta.deitterick.com").machines[1].machine_id     # "1:5-2"
    topology.user("lcarter@beta.deitterick.com").registrar_pool

A bad file raises ``TopologyError``; ``format_problems(error.problems)`` is the text to
print (one ``file:line:column: severity: message`` per problem).
"""
from .cache import cache_directory
from .entities import DEFAULT_FAILBACK_INTERVAL, DEFAULT_FAILURE_DETECTION_INTERVAL
from .loader import MAX_YAML_BYTES, check_topology, load_topology, load_topology_text
from .model import (
    AdDomain, Client, ClientConfiguration, DnsRecord, Machine, Pool, PoolKind,
    RegistrarConfiguration, Service, Site, SiteKind, Topology, User, UserDirectory,
    has_wildcard, normalise_sip, wildcard_regex, with_sip_prefix,
)
from .problems import ERROR, WARNING, Problem, TopologyError, format_problems
from .samples import DEFAULT_SAMPLE, is_sample_name, sample_names, sample_path
from .schema import FORMAT_VERSION, json_schema
from .writer import dump_topology, topology_document

__all__ = [
    "AdDomain", "Client", "ClientConfiguration", "DnsRecord", "Machine", "Pool", "PoolKind",
    "RegistrarConfiguration", "Service", "Site", "SiteKind", "Topology", "User",
    "UserDirectory", "normalise_sip", "with_sip_prefix", "wildcard_regex", "has_wildcard",
    "load_topology", "load_topology_text", "check_topology", "TopologyError", "Problem",
    "format_problems", "ERROR", "WARNING", "MAX_YAML_BYTES", "dump_topology",
    "topology_document", "sample_path", "sample_names", "is_sample_name", "DEFAULT_SAMPLE",
    "json_schema", "FORMAT_VERSION", "cache_directory", "load_default_topology",
    "DEFAULT_FAILBACK_INTERVAL", "DEFAULT_FAILURE_DETECTION_INTERVAL",
]


def load_default_topology() -> Topology:
    """Return the built-in default topology (the seed's lab, ``default.yaml``)."""
    return load_topology(sample_path(DEFAULT_SAMPLE))
