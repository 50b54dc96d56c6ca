"""Get-CsSite, Get-CsPool, Get-CsComputer and Get-CsTopology (lync-facts.md §1.3-1.5, §1.7).

Each reads the session's topology: sites by name, pools and computers by FQDN, and
``-Filter`` as a wildcard on the Identity, as the Lync help describes.
"""
from __future__ import annotations

from typing import Any, Iterable, Iterator, Optional

from ...objects import convert as C
from ...objects.psobject import PSObject
from ...topology.entities import Machine, Pool, Site
from ..base import Cmdlet
from ..registry import LYNC, Parameter, cmdlet
from .common import (BRANCH_SITE, CENTRAL_SITE, CLUSTER, DEPLOY_CMDLETS, MACHINE, MANAGEMENT_EXCEPTION,
                     TOPOLOGY, identity_filter, identity_text, not_found_message)
from .records import SourcedObject
from .servicemodel import ServiceModel
from .state import lync_state
from .topologyxml import topology_xml

LOCAL_STORE = Parameter("LocalStore", "SwitchParameter",
                        help="Reads from the local replica of the Central Management store (the same data "
                             "in cspshell).")


def identity_parameter(help_text: str) -> Parameter:
    """Return the optional positional Identity of the topology Get- cmdlets (Identity set)."""
    return Parameter("Identity", "XdsGlobalRelativeIdentity", position=1, sets=("Identity",), help=help_text)


def filter_parameter(help_text: str) -> Parameter:
    """Return the -Filter wildcard parameter (Filter set)."""
    return Parameter("Filter", "String", sets=("Filter",), help=help_text)


def service_model(session: Any) -> ServiceModel:
    """Return the services of the session's topology, with Set-CsRegistrar's overrides."""
    return ServiceModel(session.topology, lync_state(session).service_overrides)


class TopologyGet(Cmdlet):
    """A Get- cmdlet choosing items by Identity or by an Identity wildcard (-Filter)."""

    def select(self, items: Iterable[Any], identity_of: Any, find: Any) -> Iterator[Any]:
        """Yield the items the bound Identity or Filter selects (all when neither is bound)."""
        if self.params.get("Identity") is not None:
            shown = identity_text(self.params["Identity"])
            found = find(shown)
            if found is None:
                self.error(not_found_message(shown), "Identity", "ObjectNotFound",
                           exception_type=MANAGEMENT_EXCEPTION, target_name="", target_type="")
                return
            items = [found]
        wanted = identity_filter(self)
        if wanted is not None:
            items = (item for item in items if wanted(identity_of(item)))
        yield from items


# -- sites ---------------------------------------------------------------------------------------

def site_object(topology: Any, model: ServiceModel, site: Site) -> SourcedObject:
    """Return a site as Get-CsSite shows it."""
    pools = topology.pools_in_site(site.name)
    parent = topology.site(site.parent) if site.parent else None
    props = [
        ("Identity", site.identity),
        ("SiteId", site.site_id),
        ("Services", [identity for pool in pools for identity in model.identities(pool)]),
        ("Pools", [pool.fqdn for pool in pools]),
        ("FederationRoute", None),
        ("Description", site.description or None),
        ("DisplayName", site.name),
        ("SiteType", "BranchSite" if site.is_branch else "CentralSite"),
        ("ParentSite", parent.identity if parent is not None else None),
    ]
    return SourcedObject(props, [BRANCH_SITE if site.is_branch else CENTRAL_SITE, "System.Object"],
                         _identity, site)


@cmdlet("Get-CsSite", LYNC, [
    identity_parameter("The site's name, e.g. Beta (not Site:Beta)."),
    filter_parameter('A wildcard on site identities, e.g. "*Beta*".'),
], synopsis="Returns information about the sites in your Lync Server topology.",
    description="Get-CsSite returns the central and branch sites of the topology, with the pools and "
                "services of each. Sites group pools by location; branch sites hang under a central site.",
    examples=(("Get-CsSite", "Returns every site of the topology."),
              ("Get-CsSite -Identity Beta", "Returns the site Beta."),
              ("Get-CsSite Beta | Select-Object -ExpandProperty Pools", "Lists the pools of the site Beta.")),
    output_type=CENTRAL_SITE, default_set="Identity", command_class=f"{DEPLOY_CMDLETS}.GetSiteCmdlet",
    related=("Get-CsPool", "Get-CsService"))
class GetCsSite(TopologyGet):
    def process(self) -> Iterator[Any]:
        topology = self.ctx.session.topology
        model = service_model(self.ctx.session)
        for site in self.select(topology.sites, lambda s: s.identity, lambda text: site_named(topology, text)):
            yield site_object(topology, model, site)


def site_named(topology: Any, text: str) -> Optional[Site]:
    """Return the site whose name (its DisplayName) is ``text``, or None.

    The help of Get-CsSite -Identity and Get-CsPool -Site asks for the name alone ("Do not
    use the format site:Redmond"), so the identity form ``Site:Beta`` names no site.
    """
    if text.strip().lower().startswith("site:"):
        return None
    return topology.site(text)


# -- pools ---------------------------------------------------------------------------------------

def pool_object(model: ServiceModel, pool: Pool) -> SourcedObject:
    """Return a pool as Get-CsPool shows it.

    Computers holds the pool's computer objects, as Get-CsComputer returns them (the help's
    ``Get-CsPool | Select-Object -ExpandProperty Computers`` "gets back detailed information
    about each of these computers"); each displays as its FQDN.
    """
    props = [("Identity", pool.fqdn), ("Services", model.identities(pool)),
             ("Computers", [computer_object(m) for m in pool.machines]), ("Fqdn", pool.fqdn),
             ("Site", pool.site_identity)]
    return SourcedObject(props, [CLUSTER, "System.Object"], _identity, pool)


@cmdlet("Get-CsPool", LYNC, [
    identity_parameter("The pool's FQDN, e.g. ls14pool.beta.deitterick.com."),
    filter_parameter('A wildcard on pool FQDNs, e.g. "*.beta.deitterick.com".'),
    Parameter("Site", "String", help="Returns only the pools of this site (its name, e.g. Beta)."),
], synopsis="Returns information about the pools in your Lync Server topology.",
    description="Get-CsPool returns the pools of the topology: sets of computers in one site running the "
                "same services. A Standard Edition server, a Director and a SQL Server back end are pools "
                "too.",
    examples=(("Get-CsPool", "Returns every pool."),
              ("Get-CsPool -Identity ls14pool.beta.deitterick.com | Select-Object -ExpandProperty Computers",
               "Lists the two Front End servers of the Enterprise Edition pool."),
              ('Get-CsPool -Filter "beta-ls14-se*"', "Returns the two Standard Edition servers."),
              ("Get-CsPool -Site Beta | Where-Object {$_.Services -like \"Registrar:*\"}",
               "Returns the pools of the site Beta that run the Registrar service.")),
    output_type=CLUSTER, default_set="Identity", command_class=f"{DEPLOY_CMDLETS}.GetPoolCmdlet",
    related=("Get-CsComputer", "Get-CsService", "Get-CsSite"))
class GetCsPool(TopologyGet):
    def process(self) -> Iterator[Any]:
        topology = self.ctx.session.topology
        model = service_model(self.ctx.session)
        pools = self.in_site(topology)
        if pools is None:
            return
        for pool in self.select(pools, lambda p: p.fqdn, lambda text: _pool_named(pools, text)):
            yield pool_object(model, pool)

    def in_site(self, topology: Any) -> Optional[list[Pool]]:
        site = self.params.get("Site")
        if site is None:
            return list(topology.pools)
        found = site_named(topology, C.to_string(site))
        if found is None:
            self.error(not_found_message(C.to_string(site)), "Site", "ObjectNotFound",
                       exception_type=MANAGEMENT_EXCEPTION, target_name="", target_type="")
            return None
        return topology.pools_in_site(found.name)


def _pool_named(pools: list[Pool], text: str) -> Optional[Pool]:
    wanted = text.strip().lower()
    return next((p for p in pools if p.fqdn.lower() == wanted), None)


# -- computers -----------------------------------------------------------------------------------

def computer_object(machine: Machine) -> SourcedObject:
    """Return a computer as Get-CsComputer shows it."""
    props = [("Identity", machine.fqdn), ("Pool", machine.pool_fqdn), ("Fqdn", machine.fqdn)]
    return SourcedObject(props, [MACHINE, "System.Object"], _identity, machine)


@cmdlet("Get-CsComputer", LYNC, [
    identity_parameter("The computer's FQDN, e.g. beta-ls14-ee2.beta.deitterick.com."),
    filter_parameter('A wildcard on computer FQDNs, e.g. "beta-ls14-ee*".'),
    Parameter("Pool", "String", help="Returns only the computers of this pool (its FQDN)."),
], synopsis="Returns information about the computers in your Lync Server topology.",
    description="Get-CsComputer returns the computers of the topology with the pool each belongs to. "
                "The computers of a pool come in the order they appear in the topology.",
    examples=(("Get-CsComputer", "Returns every computer."),
              ("Get-CsComputer -Pool ls14pool.beta.deitterick.com", "Returns the Front End servers of ls14pool."),
              ("Get-CsComputer -Identity beta-ls14-ee2.beta.deitterick.com", "Returns one computer.")),
    output_type=MACHINE, default_set="Identity", command_class=f"{DEPLOY_CMDLETS}.GetComputerCmdlet",
    related=("Get-CsPool", "Get-CsWindowsService"))
class GetCsComputer(TopologyGet):
    def process(self) -> Iterator[Any]:
        topology = self.ctx.session.topology
        pool_name = self.params.get("Pool")
        if pool_name is not None:
            pool = topology.pool(C.to_string(pool_name))
            if pool is None:
                self.error(not_found_message(C.to_string(pool_name)), "Pool", "ObjectNotFound",
                           exception_type=MANAGEMENT_EXCEPTION, target_name="", target_type="")
                return
            machines = list(pool.machines)
        else:
            machines = list(topology.machines())
        wanted = {m.fqdn.lower(): m for m in machines}
        for machine in self.select(machines, lambda m: m.fqdn, lambda t: wanted.get(t.strip().lower())):
            yield computer_object(machine)


# -- the whole topology --------------------------------------------------------------------------

@cmdlet("Get-CsTopology", LYNC, [
    Parameter("AsXml", "SwitchParameter", help="Returns the topology document as XML text."),
    LOCAL_STORE,
], synopsis="Returns information about the Lync Server topology.",
    description="Get-CsTopology returns the published topology: its sites, pools (clusters), computers, "
                "services and SIP domains. With -AsXml it returns the topology document in the XML form "
                "Topology Builder publishes.",
    examples=(("Get-CsTopology", "Shows the topology."),
              ("Get-CsTopology | Select-Object -ExpandProperty Machines", "Lists every computer."),
              ("Get-CsTopology -AsXml | Out-File .\\topology.xml", "Saves the topology document.")),
    output_type=TOPOLOGY, command_class=f"{DEPLOY_CMDLETS}.GetTopologyCmdlet",
    related=("Get-CsSite", "Get-CsPool", "Get-CsService"))
class GetCsTopology(Cmdlet):
    def process(self) -> Iterator[Any]:
        topology = self.ctx.session.topology
        model = service_model(self.ctx.session)
        if self.switch("AsXml"):
            yield topology_xml(topology, model)
            return
        # The collections hold the objects Get-CsSite, Get-CsPool, Get-CsComputer and
        # Get-CsService return (the help's "Select-Object -ExpandProperty Machines ... display
        # detailed information for all the computers"); each displays as its identity.
        yield PSObject([
            ("Sites", [site_object(topology, model, site) for site in topology.sites]),
            ("Clusters", [pool_object(model, pool) for pool in topology.pools]),
            ("Machines", [computer_object(machine) for machine in topology.machines()]),
            ("Services", [model.display(ref) for ref in model.all()]),
            ("SqlInstances", [f"{p.fqdn}\\rtc" for p in topology.pools if p.has_service("UserDatabase")]),
            ("InternalDomains", list(topology.sip_domains)),
        ], typenames=[TOPOLOGY, "System.Object"])


def _identity(obj: Any) -> str:
    return obj.get("Identity")
