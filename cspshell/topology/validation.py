"""From a located YAML document to a ``Topology``, reporting every problem in one pass.

Each section is checked against its declaration (``fields.read_entry``), then the rules
Lync Server 2010 enforces are applied: unique names and numbers, references that
resolve, no users on a Director, sensible backup registrar pools, product limits
(warnings), SIP addresses inside the SIP domains. A value found wrong is left out so
that one mistake gives one message, not a cascade.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Iterable, Optional

from .entities import (
    AdDomain, Client, ClientConfiguration, DnsRecord, Machine, Pool, PoolKind,
    RegistrarConfiguration, Site, SiteKind, normalise_sip, with_sip_prefix,
)
from .fields import Entry, read_entry
from .model import Topology
from .problems import Mark, ProblemLog
from .rules import (
    KIND_LABELS, MAX_MACHINES, MAX_SBAS_PER_BRANCH, MAX_USERS, SINGLE_MACHINE, did_you_mean,
    item_label,
)
from .schema import (
    FORMAT_VERSION, CLIENT, DNS_RECORD, DOMAIN, MACHINE, POOL, REGISTRAR_CONFIGURATION, SITE, TOPOLOGY,
)
from .userloading import UserLoader
from .users import UserDirectory
from .yamldoc import YList, YMap


class TopologyBuilder:
    """Builds a Topology from a located document, logging problems to ``log``.

    ``base_dir`` resolves CSV paths; ``generated_users`` replaces the total count of
    the generator blocks (they keep their proportions); ``read_text`` reads a CSV
    file (the loader passes one that records the file for the compiled cache).
    """

    def __init__(self, log: ProblemLog, base_dir: Optional[Path] = None,
                 generated_users: Optional[int] = None,
                 read_text: Optional[Callable[[Path], bytes]] = None):
        self.log = log
        self.base_dir = base_dir or Path(".")
        self.generated_users = generated_users
        self.read_bytes = read_text or (lambda path: path.read_bytes())
        self.topology: Optional[Topology] = None
        self._pool_entries: dict[str, Entry] = {}
        self._site_marks: dict[str, Mark] = {}
        self._client_names: dict[str, Mark] = {}
        # Names written in the file whose definitions had errors: references to them
        # are not reported again (one mistake, one message).
        self.broken_pools: set[str] = set()
        self.broken_sites: set[str] = set()
        self.sites_unreadable = False

    # -- the whole document -------------------------------------------------------------
    def build(self, document: Any,
              directory: Optional[UserDirectory] = None) -> Optional[Topology]:
        """Return the topology (None when the document is not even a mapping).

        With ``directory`` (the compiled cache's users) the document's users are not read.
        """
        if document is None:
            self.log.error(None, "the file is empty; a topology needs at least sip_domains, "
                                 "sites and pools")
            return None
        top = read_entry(document, TOPOLOGY, self.log, "the topology",
                         getattr(document, "mark", Mark(1, 1)))
        if top is None:
            return None
        if top.get("format", FORMAT_VERSION) > FORMAT_VERSION:
            self.log.error(top.mark("format"), f"this file is format {top['format']}, newer "
                                               f"than this cspshell reads ({FORMAT_VERSION}); "
                                               "use a newer cspshell")
            return None
        topology = Topology(name=top.get("name", ""), sip_domains=top.get("sip_domains", []))
        topology.description = top.get("description", "")
        self.topology = topology
        self._domains(top, topology)
        self._sites(top)
        self._pools(top)
        self._backups()
        self._registrar_configurations(top)
        self._dns(top)
        if directory is not None:
            topology.users = directory
        else:
            self._users(top)
            self._user_limits()
        self._clients(top)
        return topology

    # -- domains --------------------------------------------------------------------------
    def _domains(self, top: Entry, topology: Topology) -> None:
        for item, mark in self._items(top, "domains"):
            entry = read_entry(item, DOMAIN, self.log, "a domain", mark)
            if entry is None or entry["fqdn"] is None or entry["netbios"] is None:
                continue
            if any(d.netbios.upper() == entry["netbios"].upper() for d in topology.domains):
                self.log.error(entry.mark("netbios"), f"the NetBIOS domain "
                                                      f"'{entry['netbios']}' is listed twice")
                continue
            topology.domains.append(AdDomain(entry["fqdn"], entry["netbios"].upper()))
        if not topology.domains and topology.sip_domains:
            first = topology.sip_domains[0]
            topology.domains.append(AdDomain(first, first.split(".")[0].upper()))
        topology.users.domain_dns = {d.netbios: d.fqdn for d in topology.domains}

    def _items(self, entry: Entry, key: str) -> Iterable[tuple[Any, Mark]]:
        """Yield (item, mark) for each item of the list under ``key`` (when it is a list)."""
        items = entry[key]
        if isinstance(items, YList):
            for index, item in enumerate(items):
                yield item, items.item_mark(index)

    # -- sites ----------------------------------------------------------------------------
    def _sites(self, top: Entry) -> None:
        topology = self.topology
        entries: list[Entry] = []
        for item, mark in self._items(top, "sites"):
            entry = read_entry(item, SITE, self.log, item_label(item, "site", "name"), mark)
            if entry is None or entry["id"] is None or entry["name"] is None:
                self._note_broken(item, "name", self.broken_sites)
                continue
            name, site_id = entry["name"], entry["id"]
            if topology.site(site_id) is not None:
                other = topology.site(site_id)
                self.log.error(entry.mark("id"), f"SiteId {site_id} of site '{name}' is "
                                                 f"already used by site '{other.name}' (line "
                                                 f"{self._site_marks[other.name.lower()].line}"
                                                 "); give each site its own id")
                continue
            if topology.site(name) is not None:
                self.log.error(entry.mark("name"), f"the site name '{name}' is used twice; "
                                                   "site names must be unique")
                continue
            kind = SiteKind(entry.get("kind", "central"))
            topology.add_site(Site(site_id, name, kind, entry["parent"],
                                   entry.get("description", "")))
            self._site_marks[name.lower()] = entry.mark()
            entries.append(entry)
        for entry in entries:
            self._check_parent(entry)
        if isinstance(top["sites"], YList) and not top["sites"]:
            self.log.error(top.mark("sites"), "the topology has no site; add one under "
                                              "'sites:' with an id and a name")
        elif top.given("sites") and not isinstance(top["sites"], YList):
            self.sites_unreadable = True

    def _check_parent(self, entry: Entry) -> None:
        site = self.topology.site(entry["name"])
        if site.kind is SiteKind.CENTRAL:
            if site.parent:
                self.log.error(entry.mark("parent"), f"central site '{site.name}' cannot have "
                                                     "a parent; remove 'parent' or set "
                                                     "'kind: branch'")
                site.parent = None
            return
        if not site.parent:
            self.log.error(entry.mark(), f"branch site '{site.name}' needs 'parent:' naming "
                                         "the central site it belongs to")
            return
        parent = self.topology.site(site.parent)
        if parent is None:
            self.log.error(entry.mark("parent"), f"the parent site '{site.parent}' of branch "
                                                 f"site '{site.name}' does not exist"
                                                 f"{self._did_you_mean_site(site.parent)}")
        elif parent.kind is not SiteKind.CENTRAL:
            self.log.error(entry.mark("parent"), f"the parent of branch site '{site.name}' "
                                                 f"must be a central site; '{parent.name}' is "
                                                 "a branch site")
        else:
            site.parent = parent.name

    def _note_broken(self, item: Any, key: str, names: set[str]) -> None:
        """Remember a definition that failed, so references to it are not errors again."""
        name = item.get(key) if isinstance(item, YMap) else None
        if isinstance(name, str):
            names.add(name.strip().rstrip(".").lower())
        elif names is self.broken_sites:
            self.sites_unreadable = True      # a site with no usable name: any may be it

    def _did_you_mean_site(self, name: str) -> str:
        return did_you_mean(name, [s.name for s in self.topology.sites])

    # -- pools ----------------------------------------------------------------------------
    def _pools(self, top: Entry) -> None:
        for item, mark in self._items(top, "pools"):
            entry = read_entry(item, POOL, self.log, item_label(item, "pool", "fqdn"), mark)
            pool = self._pool(entry) if entry is not None and entry["fqdn"] else None
            if pool is None:
                self._note_broken(item, "fqdn", self.broken_pools)
                continue
            self.topology.add_pool(pool)
            self._pool_entries[pool.fqdn.lower()] = entry
        for site in self.topology.sites:
            self._check_branch_appliances(site)

    def _pool(self, entry: Entry) -> Optional[Pool]:
        fqdn = entry["fqdn"]
        where = f"pool '{fqdn}'"
        if self._fqdn_taken(fqdn, entry.mark("fqdn"), owner=None):
            return None
        if entry["kind"] is None or entry["site"] is None or entry["cluster"] is None:
            return None
        kind = PoolKind(entry["kind"])
        site = self.topology.site(entry["site"])
        if site is None:
            if entry["site"].lower() in self.broken_sites or self.sites_unreadable:
                return None
            self.log.error(entry.mark("site"), f"the site '{entry['site']}' of {where} does "
                                               f"not exist{self._did_you_mean_site(entry['site'])}")
            return None
        if not self._cluster_free(entry, site):
            return None
        self._check_site_kind(entry, kind, site)
        machines = self._machines(entry, kind, where)
        if machines is None:
            return None
        services = self._services(entry, kind, where)
        return Pool(fqdn, kind, site.name, entry["cluster"], site.site_id, machines,
                    services, hash_seed=entry.get("hash_seed", 0),
                    sip_port=entry.get("sip_port", 5061))

    def _fqdn_taken(self, fqdn: str, mark: Mark, owner: Optional[str]) -> bool:
        """Log and return True when ``fqdn`` already names a pool or another pool's machine."""
        topology = self.topology
        pool = topology.pool(fqdn)
        machine = topology.machine(fqdn)
        clash = None
        if pool is not None and (owner is None or pool.fqdn.lower() != owner.lower()):
            line = self._pool_entries[pool.fqdn.lower()].mark().line
            clash = f"pool '{pool.fqdn}' (line {line})"
        elif machine is not None:
            line = self._pool_entries[machine.pool_fqdn.lower()].mark().line
            clash = f"a machine of pool '{machine.pool_fqdn}' (line {line})"
        if clash:
            self.log.error(mark, f"the FQDN '{fqdn}' is already used by {clash}; every pool "
                                 "and machine needs its own FQDN")
            return True
        return False

    def _cluster_free(self, entry: Entry, site: Site) -> bool:
        for other in self.topology.pools:
            if other.site_id == site.site_id and other.cluster == entry["cluster"]:
                line = self._pool_entries[other.fqdn.lower()].mark().line
                self.log.error(entry.mark("cluster"), f"cluster {entry['cluster']} in site "
                                                      f"'{site.name}' is already used by pool "
                                                      f"'{other.fqdn}' (line {line}); cluster "
                                                      "numbers must be unique within a site")
                return False
        return True

    def _check_site_kind(self, entry: Entry, kind: PoolKind, site: Site) -> None:
        label = KIND_LABELS[kind]
        if kind.is_branch_registrar and not site.is_branch:
            self.log.error(entry.mark("site"), f"pool '{entry['fqdn']}' is {label}, which "
                                               f"belongs in a branch site; '{site.name}' is a "
                                               "central site")
        elif site.is_branch and (kind.is_front_end or kind is PoolKind.DIRECTOR):
            self.log.error(entry.mark("site"), f"pool '{entry['fqdn']}' is {label}, which "
                                               f"belongs in a central site; '{site.name}' is a "
                                               "branch site")

    def _machines(self, entry: Entry, kind: PoolKind, where: str) -> Optional[list[Machine]]:
        if entry.given("machines") and entry.given("ip"):
            self.log.error(entry.mark("ip"), f"{where} has both 'machines' and 'ip'; 'ip' is "
                                             "the shorthand for a one-machine pool: move the "
                                             "address into its machine")
            return None
        if entry.given("machines"):
            if entry["machines"] is None:
                return None             # not a list: already reported
            machines = self._machine_list(entry, kind, where)
        elif kind in SINGLE_MACHINE or entry.given("ip") or not kind.is_registrar:
            machines = [Machine(entry["fqdn"], 1, tuple(entry.get("ip", [])))]
            self._check_address(entry, kind, machines[0], where)
        else:
            self.log.error(entry.mark(), f"{where} is {KIND_LABELS[kind]} and needs at least "
                                         "one machine; add 'machines:' with an fqdn and an ip")
            return None
        self._check_machine_count(entry, kind, machines, where)
        return machines

    def _check_address(self, entry: Entry, kind: PoolKind, machine: Machine,
                       where: str) -> None:
        """Warn about a registrar machine with no address (unless a bad one was reported)."""
        if kind.is_registrar and not machine.ip_addresses and not entry.given("ip"):
            self.log.warning(entry.mark(), f"machine '{machine.fqdn}' of {where} has no IP "
                                           "address, so no client can reach it; add 'ip:'")

    def _machine_list(self, entry: Entry, kind: PoolKind, where: str) -> list[Machine]:
        machines: list[Machine] = []
        ordinals: dict[int, str] = {}
        seen: set[str] = set()
        for index, (item, mark) in enumerate(self._items(entry, "machines")):
            machine_entry = read_entry(item, MACHINE, self.log,
                                       f"{item_label(item, 'machine', 'fqdn')} of {where}", mark)
            if machine_entry is None or machine_entry["fqdn"] is None:
                continue
            fqdn = machine_entry["fqdn"]
            if fqdn.lower() in seen or self._fqdn_taken(fqdn, machine_entry.mark("fqdn"),
                                                        owner=entry["fqdn"]):
                if fqdn.lower() in seen:
                    self.log.error(machine_entry.mark("fqdn"), f"machine '{fqdn}' is listed "
                                                               f"twice in {where}")
                continue
            ordinal = machine_entry["ordinal"] or index + 1
            if ordinal in ordinals:
                self.log.error(machine_entry.mark("ordinal"), f"ordinal {ordinal} of machine "
                                                              f"'{fqdn}' is already used by "
                                                              f"'{ordinals[ordinal]}' in {where}"
                                                              "; give each machine its own "
                                                              "ordinal")
                continue
            ordinals[ordinal] = fqdn
            seen.add(fqdn.lower())
            machines.append(Machine(fqdn, ordinal, tuple(machine_entry.get("ip", []))))
            self._check_address(machine_entry, kind, machines[-1], where)
        return machines

    def _check_machine_count(self, entry: Entry, kind: PoolKind, machines: list[Machine],
                             where: str) -> None:
        if kind in SINGLE_MACHINE and len(machines) > 1:
            self.log.error(entry.mark("machines"), f"{where} is {SINGLE_MACHINE[kind]}, a "
                                                   f"single computer, but lists "
                                                   f"{len(machines)} machines; use kind "
                                                   "EnterpriseFrontEnd for a pool of several")
        limit = MAX_MACHINES.get(kind)
        if limit is not None and len(machines) > limit:
            self.log.warning(entry.mark("machines"), f"{where} has {len(machines)} machines; "
                                                     f"Lync Server 2010 supports at most "
                                                     f"{limit} in {KIND_LABELS[kind]}")
        if not machines:
            self.log.error(entry.mark("machines"), f"{where} has no usable machine")

    def _services(self, entry: Entry, kind: PoolKind, where: str) -> tuple[str, ...]:
        services = tuple(entry.get("services", []))
        if "Registrar" in services and not kind.is_registrar:
            self.log.error(entry.mark("services"), f"{where} is {KIND_LABELS[kind]}, which "
                                                   "cannot run the Registrar service; remove "
                                                   "'Registrar' from its services")
            services = tuple(s for s in services if s != "Registrar")
        if services and kind.is_registrar and "Registrar" not in services:
            self.log.warning(entry.mark("services"), f"{where} is {KIND_LABELS[kind]} but its "
                                                     "services leave out 'Registrar', so no "
                                                     "client can register there")
        return services

    def _check_branch_appliances(self, site: Site) -> None:
        appliances = [p for p in self.topology.pools
                      if p.site_id == site.site_id and p.kind.is_branch_registrar]
        if len(appliances) > MAX_SBAS_PER_BRANCH:
            entry = self._pool_entries[appliances[-1].fqdn.lower()]
            self.log.warning(entry.mark("site"), f"branch site '{site.name}' has "
                                                 f"{len(appliances)} survivable branch "
                                                 f"appliances/servers; Lync Server 2010 "
                                                 f"supports up to {MAX_SBAS_PER_BRANCH}")

    # -- backup registrar relationships -------------------------------------------------------
    def _backups(self) -> None:
        for pool in self.topology.pools:
            entry = self._pool_entries[pool.fqdn.lower()]
            backup = entry["backup"]
            if backup is None:
                if pool.kind.is_branch_registrar and not entry.given("backup"):
                    self.log.warning(entry.mark(), f"pool '{pool.fqdn}' is "
                                                   f"{KIND_LABELS[pool.kind]} without an "
                                                   "associated Front End pool; add 'backup: "
                                                   "{pool: <front end pool>}'")
                continue
            self._backup(pool, entry, backup)

    def _backup(self, pool: Pool, entry: Entry, backup: Entry) -> None:
        target_name = backup["pool"]
        if target_name is None:
            return
        mark = backup.mark("pool")
        if target_name.lower() in self.broken_pools:
            return
        problem = self._backup_problem(pool, target_name)
        if problem:
            self.log.error(mark, problem)
            return
        if pool.is_director:
            self.log.warning(entry.mark("backup"), f"pool '{pool.fqdn}' is a Director, which "
                                                   "homes no users, so its backup registrar "
                                                   "pool is never used")
        pool.backup_pool = self.topology.pool(target_name).fqdn
        pool.enable_automatic_failover = backup.get("automatic_failover", False)
        pool.failure_detection_interval = backup.get("failure_detection_interval", 120)
        pool.failback_interval = backup.get("failback_interval", 240)
        if pool.failure_detection_interval < 120:
            self.log.warning(backup.mark("failure_detection_interval"),
                             f"a failure detection interval under 120 seconds can fail pool "
                             f"'{pool.fqdn}' over on a short network glitch; Topology Builder "
                             "recommends at least 120")

    def _backup_problem(self, pool: Pool, target_name: str) -> Optional[str]:
        """Return why ``target_name`` cannot back ``pool`` up, or None when it can."""
        target = self.topology.pool(target_name)
        subject = f"the backup registrar pool '{target_name}' of pool '{pool.fqdn}'"
        if target is None:
            names = [p.fqdn for p in self.topology.pools]
            return f"{subject} does not exist{did_you_mean(target_name, names)}"
        if not pool.kind.is_registrar:
            return (f"pool '{pool.fqdn}' is {KIND_LABELS[pool.kind]}, which has no Registrar "
                    "service, so it cannot have a backup registrar pool; remove 'backup'")
        if target is pool:
            return (f"pool '{pool.fqdn}' cannot be its own backup registrar pool; name a pool "
                    "in another site (or at least another pool)")
        if target.is_director:
            return (f"{subject} is a Director; a Director homes no users and cannot be a "
                    "backup registrar: choose a Front End pool or Standard Edition server")
        if not target.is_registrar:
            return (f"{subject} is {KIND_LABELS[target.kind]}, which does not run the "
                    "Registrar service; choose a Front End pool or Standard Edition server")
        if not target.kind.is_front_end:
            role = ("the associated pool of a survivable branch appliance"
                    if pool.kind.is_branch_registrar else "a backup registrar pool")
            return (f"{subject} is {KIND_LABELS[target.kind]}; {role} must be an Enterprise "
                    "Edition Front End pool or a Standard Edition server")
        return None

    # -- registrar configurations ------------------------------------------------------------
    def _registrar_configurations(self, top: Entry) -> None:
        topology = self.topology
        for item, mark in self._items(top, "registrar_configurations"):
            entry = read_entry(item, REGISTRAR_CONFIGURATION, self.log,
                               "a registrar configuration", mark)
            if entry is None or entry["identity"] is None:
                continue
            identity = self._configuration_identity(entry)
            if identity is None:
                continue
            if topology.registrar_configuration(identity) is not None:
                self.log.error(entry.mark("identity"), f"the registrar configuration "
                                                       f"'{identity}' is defined twice")
                continue
            config = RegistrarConfiguration(
                identity, entry["default_endpoint_expiration"],
                entry["max_endpoint_expiration"], entry["min_endpoint_expiration"],
                entry["max_endpoints_per_user"], entry["enable_dhcp_server"])
            if None in (config.default_endpoint_expiration, config.max_endpoint_expiration,
                        config.min_endpoint_expiration):
                continue
            if not (config.min_endpoint_expiration <= config.default_endpoint_expiration
                    <= config.max_endpoint_expiration):
                self.log.error(entry.mark(), f"in registrar configuration '{identity}' the "
                                             "expirations must satisfy min_endpoint_expiration "
                                             "<= default_endpoint_expiration <= "
                                             "max_endpoint_expiration")
                continue
            topology.set_registrar_configuration(config)
        if topology.registrar_configuration("Global") is None:
            topology.registrar_configurations.insert(0, RegistrarConfiguration())
            topology._config_by_identity["global"] = topology.registrar_configurations[0]

    def _configuration_identity(self, entry: Entry) -> Optional[str]:
        """Return the canonical scope identity, or None after logging a bad one."""
        text = entry["identity"].strip()
        scope, _, rest = text.partition(":")
        mark = entry.mark("identity")
        if text.lower() == "global":
            return "Global"
        if scope.lower() == "site":
            site = self.topology.site(rest)
            if site is None:
                self.log.error(mark, f"the site '{rest}' in identity '{text}' does not exist"
                                     f"{self._did_you_mean_site(rest)}")
                return None
            return f"site:{site.name}"
        if scope.lower() == "service" and rest.lower().startswith("registrar:"):
            pool = self.topology.pool(rest.split(":", 1)[1])
            if pool is None or not pool.is_registrar:
                self.log.error(mark, f"identity '{text}' names no Registrar pool of this "
                                     "topology")
                return None
            return f"service:Registrar:{pool.fqdn}"
        self.log.error(mark, f"identity '{text}' is not a registrar configuration scope; use "
                             "Global, site:<name> or service:Registrar:<pool fqdn>")
        return None

    # -- users ----------------------------------------------------------------------------
    def _users(self, top: Entry) -> None:
        users = UserLoader(self)
        users.load(top["users"])

    def _user_limits(self) -> None:
        for fqdn, count in self.topology.users.count_by_pool().items():
            pool = self.topology.pool(fqdn) if fqdn else None
            limit = MAX_USERS.get(pool.kind) if pool is not None else None
            if limit is not None and count > limit:
                entry = self._pool_entries[pool.fqdn.lower()]
                self.log.warning(entry.mark(), f"pool '{pool.fqdn}' has {count:,} users; "
                                               f"{KIND_LABELS[pool.kind]} supports "
                                               f"{limit:,} in Lync Server 2010")

    # -- DNS ------------------------------------------------------------------------------
    def _dns(self, top: Entry) -> None:
        entries = []
        for item, mark in self._items(top, "dns"):
            entry = read_entry(item, DNS_RECORD, self.log, item_label(item, "DNS record", "name"),
                               mark)
            if entry is None or entry["name"] is None or entry["type"] is None:
                continue
            for record in self._dns_records(entry):
                self.topology.add_dns_record(record)
            entries.append(entry)
        for entry in entries:
            self._check_srv_target(entry)

    def _dns_records(self, entry: Entry) -> list[DnsRecord]:
        name, kind = entry["name"].rstrip("."), entry["type"]
        where = f"the {kind} record '{name}'"
        if not all(label for label in name.split(".")) or " " in name:
            self.log.error(entry.mark("name"), f"'{name}' is not a DNS name")
            return []
        if kind == "A":
            for key in ("target", "port", "priority", "weight"):
                if entry.given(key):
                    self.log.error(entry.mark(key), f"{where} takes no '{key}'; an A record "
                                                    "has only 'address' (one or several)")
            if not entry.given("address"):
                self.log.error(entry.mark(), f"{where} needs 'address:' with its IPv4 "
                                             "address(es)")
            return [DnsRecord(name, "A", address) for address in entry.get("address", [])]
        if entry.given("address"):
            self.log.error(entry.mark("address"), f"{where} takes 'target', 'port', "
                                                  "'priority' and 'weight', not 'address'")
        if entry["target"] is None:
            if not entry.given("target"):
                self.log.error(entry.mark(), f"{where} needs 'target:' naming the host it "
                                             "points at")
            return []
        if not name.startswith("_"):
            self.log.warning(entry.mark("name"), f"{where} does not start with '_service."
                                                 "_proto' (e.g. _sipinternaltls._tcp.); "
                                                 "clients will never look it up")
        return [DnsRecord(name, "SRV", entry["target"], entry.get("port", 5061),
                          entry.get("priority", 0), entry.get("weight", 0))]

    def _check_srv_target(self, entry: Entry) -> None:
        if entry["type"] != "SRV" or entry["target"] is None:
            return
        target = entry["target"]
        # A machine resolves without an explicit record: Windows registers its own A record.
        if not self.topology.addresses(target) and self.topology.machine(target) is None:
            self.log.warning(entry.mark("target"), f"the SRV record '{entry['name']}' points "
                                                   f"at '{target}', which has no A record; "
                                                   "add one under 'dns:' or clients cannot "
                                                   "reach it")

    # -- clients --------------------------------------------------------------------------
    def _clients(self, top: Entry) -> None:
        for item, mark in self._items(top, "clients"):
            entry = read_entry(item, CLIENT, self.log, item_label(item, "client", "name"), mark)
            if entry is None or entry["name"] is None or entry["ip"] is None:
                continue
            client = self._client(entry)
            if client is not None:
                self.topology.add_client(client)

    def _client(self, entry: Entry) -> Optional[Client]:
        name = entry["name"]
        where = f"client '{name}'"
        if name.lower() in self._client_names:
            self.log.error(entry.mark("name"), f"the client name '{name}' is already used "
                                               f"(line {self._client_names[name.lower()].line})")
            return None
        self._client_names[name.lower()] = entry.mark()
        user = entry["user"]
        if user is not None and self.topology.user_by_sip(user) is None:
            self.log.error(entry.mark("user"), f"the user '{user}' of {where} does not exist; "
                                               "name the SIP address of a user of this topology")
            user = None
        site = entry["site"]
        if site is not None and self.topology.site(site) is None:
            self.log.error(entry.mark("site"), f"the site '{site}' of {where} does not exist"
                                               f"{self._did_you_mean_site(site)}")
            site = None
        configuration = ClientConfiguration(entry.get("configuration", "Automatic"))
        self._check_servers(entry, configuration, where)
        cache = self._client_cache(entry, where)
        return Client(name, entry["ip"], with_sip_prefix(user) if user else None,
                      self.topology.site(site).name if site else None, configuration,
                      entry["internal_server"], entry["external_server"], cache)

    def _check_servers(self, entry: Entry, configuration: ClientConfiguration,
                       where: str) -> None:
        manual = configuration is ClientConfiguration.MANUAL
        if manual and entry["internal_server"] is None and entry["external_server"] is None:
            self.log.error(entry.mark("configuration"), f"{where} uses Manual configuration "
                                                        "but names no server; add "
                                                        "'internal_server:'")
        for key in ("internal_server", "external_server"):
            server = entry[key]
            if server is None:
                continue
            if not manual:
                self.log.warning(entry.mark(key), f"'{key}' of {where} is only used with "
                                                  "'configuration: Manual'")
            elif not self._resolvable(server):
                self.log.warning(entry.mark(key), f"the server '{server}' of {where} is "
                                                  "neither a pool, a machine nor a DNS name "
                                                  "of this topology")

    def _resolvable(self, name: str) -> bool:
        topology = self.topology
        return bool(topology.pool(name) or topology.machine(name) or topology.addresses(name))

    def _client_cache(self, entry: Entry, where: str) -> dict[str, str]:
        cache: dict[str, str] = {}
        source = entry.source.get("cache")
        for address, registrar in (entry["cache"] or {}).items():
            mark = source.key_mark(address) if isinstance(source, YMap) else entry.mark("cache")
            if self.topology.user_by_sip(address) is None:
                self.log.error(mark, f"the cache of {where} names the user '{address}', who "
                                     "does not exist")
                continue
            if not self._is_registrar_name(registrar):
                self.log.error(mark, f"the cache of {where} points '{address}' at "
                                     f"'{registrar}', which is not a registrar pool or a "
                                     "machine of one")
                continue
            cache[normalise_sip(address)] = registrar
        return cache

    def _is_registrar_name(self, name: str) -> bool:
        topology = self.topology
        pool = topology.pool(name)
        machine = topology.machine(name)
        if machine is not None:
            pool = topology.pool_of(machine)
        return pool is not None and pool.is_registrar
