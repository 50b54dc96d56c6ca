"""Get-CsLabClient, Set-CsLabClient, Clear-CsLabEndpointCache: the lab's client PCs."""
from __future__ import annotations

from typing import Any, Iterator

from ...objects.psobject import PSObject
from ...routing.clients import ClientView, adopt_topology_caches, client_view
from ...topology.entities import ClientConfiguration
from ..registry import CSLAB, Parameter, cmdlet
from .common import LabCmdlet

CLIENT_TYPE = "CsLab.Client"


@cmdlet("Get-CsLabClient", CSLAB, [
    Parameter("Name", "String", position=0, help="A client's name (default: every client)."),
], synopsis="Lists the lab's client PCs, their sign-in configuration and their cache.",
    description="Shows each client PC: address, site, automatic or manual configuration, the servers of "
                "a manual configuration, and the EndpointConfiguration.cache (the registrar each user "
                "reached at the last successful sign-in from that PC).",
    examples=(("Get-CsLabClient", "Lists every client."),
              ("Get-CsLabClient client1 | Select-Object -ExpandProperty EndpointCache",
               "Shows what client1 has cached.")),
    output_type=CLIENT_TYPE, related=("Set-CsLabClient", "Clear-CsLabEndpointCache"))
class GetCsLabClient(LabCmdlet):
    def process(self) -> Iterator[Any]:
        clients = [self.find_client(self.params["Name"])] if self.bound("Name") else self.topology.clients
        for client in clients:
            yield client_object(client_view(self.topology, self.lab, client))


@cmdlet("Set-CsLabClient", CSLAB, [
    Parameter("Name", "String", position=0, mandatory=True, from_pipeline_by_name=True,
              help="The client to change."),
    Parameter("Configuration", "String", validate_set=("Automatic", "Manual"),
              help="Automatic (DNS discovery) or Manual (the servers below only)."),
    Parameter("InternalServer", "String", help="Manual configuration: internal server FQDN[:port]."),
    Parameter("ExternalServer", "String", help="Manual configuration: external server FQDN[:port]."),
    Parameter("Site", "String", help="The site the client PC sits in."),
    Parameter("PassThru", "SwitchParameter", help="Return the changed client."),
], synopsis="Changes how a lab client PC finds its server.",
    description="Switches a client between automatic and manual configuration, sets the servers of a "
                "manual configuration, or moves the PC to another site (which decides what it can reach "
                "when a WAN link is down). The topology file is not changed; Reset-CsLab undoes it.",
    examples=(("Set-CsLabClient client1 -Configuration Manual -InternalServer beta-ls14-se1.beta.deitterick.com",
               "The client now signs in only through se1 and never uses DNS discovery."),),
    output_type="None", should_process=True, related=("Get-CsLabClient",))
class SetCsLabClient(LabCmdlet):
    def process(self) -> Iterator[Any]:
        client = self.find_client(self.params["Name"])
        changes: dict[str, Any] = {}
        if self.bound("Configuration"):
            changes["configuration"] = ClientConfiguration(str(self.params["Configuration"]).capitalize())
        for parameter, attribute in (("InternalServer", "internal_server"),
                                     ("ExternalServer", "external_server")):
            if self.bound(parameter):
                changes[attribute] = self.params[parameter] or None
        if self.bound("Site"):
            changes["site"] = self.find_site(self.params["Site"]).name
        if not self.should_process(client.name, "Set-CsLabClient"):
            return
        self.lab.configure_client(client.name, **changes)
        if self.switch("PassThru"):
            yield client_object(client_view(self.topology, self.lab, client))


@cmdlet("Clear-CsLabEndpointCache", CSLAB, [
    Parameter("Client", "String", help="Only this client's cache (default: every client)."),
    Parameter("Identity", "UserIdParameter", position=0, from_pipeline=True,
              from_pipeline_by_name=True, help="Only this user's entries (default: every user)."),
], synopsis="Deletes EndpointConfiguration.cache entries, forcing discovery at the next sign-in.",
    description="The lab's equivalent of deleting EndpointConfiguration.cache on a PC: the next sign-in "
                "of the user goes through DNS discovery (or manual configuration) again, and so through "
                "the Director and its 301 redirect when there is one.",
    examples=(("Clear-CsLabEndpointCache -Client client1", "Empties client1's cache."),),
    output_type="None", should_process=True, related=("Invoke-CsLabSignIn", "Get-CsLabClient"))
class ClearCsLabEndpointCache(LabCmdlet):
    def process(self) -> Iterator[Any]:
        client = self.find_client(self.params["Client"]).name if self.bound("Client") else None
        user = self.find_user(self.params["Identity"]).sip_address if self.bound("Identity") else None
        if self.should_process(client or "all clients", "Clear-CsLabEndpointCache"):
            adopt_topology_caches(self.topology, self.lab)
            self.lab.clear_cache(client, user)
        return iter(())


def client_object(view: ClientView) -> PSObject:
    """Return the PowerShell object of a client."""
    return PSObject([
        ("Name", view.name),
        ("IPAddress", view.ip),
        ("Site", view.site),
        ("Configuration", view.configuration.value),
        ("InternalServer", view.internal_server),
        ("ExternalServer", view.external_server),
        ("User", view.user),
        ("EndpointCache", [f"{user} -> {registrar}" for user, registrar in view.cache]),
    ], typenames=[CLIENT_TYPE, "System.Object"], tostring=lambda o: o.get("Name"))
