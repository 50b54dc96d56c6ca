"""Get-, Stop- and Start-CsWindowsService over the lab state (lync-facts.md §1.11).

The Lync services a computer runs follow from its pool's role; whether each runs comes
from ``ctx.session.lab``. Stopping RTCSRV (the Front-End service, which hosts the
Registrar), or every Lync service, on a computer takes its Registrar down at the current
lab time: the routing core sees it at once (sign-ins, redirects, failover timers).
"""
from __future__ import annotations

from typing import Any, Iterator, Optional

from ...objects import convert as C
from ...routing.labstate import REGISTRAR_SERVICE
from ...topology.entities import Machine, PoolKind
from ..base import Cmdlet
from ..registry import LYNC, Parameter, cmdlet
from .common import NT_SERVICE, SERVICE_CMDLETS, local_computer, mandatory_parameter
from .records import SourcedObject

CONFERENCING = ("ConferencingServer",)
APPLICATIONS = ("ApplicationServer",)
# Service name -> (display name, roles it hosts) of the Lync Server 2010 Windows services.
CATALOG: dict[str, tuple[str, tuple[str, ...]]] = {
    "REPLICA": ("Lync Server Replica Replicator Agent", ()),
    "RTCASMCU": ("Lync Server Application Sharing", CONFERENCING),
    "RTCATS": ("Lync Server Audio Test Service", APPLICATIONS),
    "RTCAVMCU": ("Lync Server Audio/Video Conferencing", CONFERENCING),
    "RTCCAA": ("Lync Server Conferencing Attendant", APPLICATIONS),
    "RTCCAS": ("Lync Server Conferencing Announcement", APPLICATIONS),
    "RTCCDR": ("Lync Server Call Detail Recording", ("MonitoringServer",)),
    "RTCCPS": ("Lync Server Call Park", APPLICATIONS),
    "RTCDATAMCU": ("Lync Server Web Conferencing", CONFERENCING),
    "RTCDATAPROXY": ("Lync Server Web Conferencing Edge", ("EdgeServer",)),
    "RTCIMMCU": ("Lync Server IM Conferencing", CONFERENCING),
    "RTCLOG": ("Lync Server Archiving", ("ArchivingServer",)),
    "RTCMEDIARELAY": ("Lync Server Audio/Video Edge", ("EdgeServer",)),
    "RTCMEDSRV": ("Lync Server Mediation", ("MediationServer",)),
    "RTCQMS": ("Lync Server QoE Monitoring Service", ("MonitoringServer",)),
    "RTCRGS": ("Lync Server Response Group", APPLICATIONS),
    "RTCSRV": ("Lync Server Front-End", ("Registrar", "UserServer")),
}
FRONT_END = ("REPLICA", "RTCASMCU", "RTCATS", "RTCAVMCU", "RTCCAA", "RTCCAS", "RTCCPS", "RTCDATAMCU",
             "RTCIMMCU", "RTCRGS", "RTCSRV")
SERVICES_BY_KIND: dict[PoolKind, tuple[str, ...]] = {
    PoolKind.ENTERPRISE_FRONT_END: FRONT_END,
    PoolKind.STANDARD_EDITION: FRONT_END,
    PoolKind.DIRECTOR: ("REPLICA", "RTCSRV"),
    PoolKind.SBA: ("REPLICA", "RTCMEDSRV", "RTCSRV"),
    PoolKind.SBS: ("REPLICA", "RTCMEDSRV", "RTCSRV"),
    PoolKind.EDGE: ("REPLICA", "RTCDATAPROXY", "RTCMEDIARELAY", "RTCSRV"),
    PoolKind.MEDIATION: ("REPLICA", "RTCMEDSRV"),
    PoolKind.MONITORING: ("REPLICA", "RTCCDR", "RTCQMS"),
    PoolKind.ARCHIVING: ("REPLICA", "RTCLOG"),
    PoolKind.SQL_STORE: (),
}
# What RTCSRV is called on the roles where it is not the Front-End service.
RTCSRV_NAMES = {PoolKind.DIRECTOR: "Lync Server Director", PoolKind.EDGE: "Lync Server Access Edge"}
MCUS = ("RTCASMCU", "RTCAVMCU", "RTCDATAMCU", "RTCIMMCU")


def services_of(topology: Any, machine: Machine) -> list[str]:
    """Return the names of the Lync services installed on a machine, sorted by name."""
    pool = topology.pool_of(machine)
    names = list(SERVICES_BY_KIND.get(pool.kind, ()))
    if pool.kind.is_front_end and pool.has_service("MediationServer"):
        names.append("RTCMEDSRV")
    return sorted(names)


class ServiceCmdlet(Cmdlet):
    """Finding the computer and the services a command is about."""

    def machine(self) -> Optional[Machine]:
        """Return the computer -ComputerName names (the local computer when absent)."""
        topology = self.ctx.session.topology
        name = self.params.get("ComputerName")
        text = C.to_string(name) if name is not None else local_computer(topology) or ""
        found = topology.machine(text) or _by_host_name(topology, text)
        lab = self.ctx.session.lab
        if found is None or not lab.machine_on(found.fqdn):
            self.error(f"Cannot open Service Control Manager on computer '{text}'. The RPC server is "
                       "unavailable.", "CouldNotOpenServiceControlManager", "ResourceUnavailable", text,
                       exception_type="InvalidOperationException")
            return None
        return found

    def names(self, machine: Machine) -> Optional[list[str]]:
        """Return the services -Name selects on ``machine`` (all Lync services when absent)."""
        installed = services_of(self.ctx.session.topology, machine)
        wanted = self.params.get("Name")
        if wanted is None:
            return installed
        name = C.to_string(wanted).strip().upper()
        if name not in installed:
            self.error(f"Cannot find any service with service name '{C.to_string(wanted)}'.",
                       "NoServiceFoundForGivenName", "ObjectNotFound", wanted,
                       exception_type="ServiceCommandException")
            return None
        return [name]

    def targets(self) -> list[tuple[Machine, str]]:
        """Return (computer, service) pairs from -InputObject or from -ComputerName / -Name."""
        source = self.params.get("InputObject")
        if isinstance(source, SourcedObject) and isinstance(source.source, tuple):
            fqdn, name = source.source
            return [(self.ctx.session.topology.machine(fqdn), name)]
        machine = self.machine()
        names = self.names(machine) if machine is not None else None
        return [(machine, name) for name in names or ()]


def _by_host_name(topology: Any, text: str) -> Optional[Machine]:
    host = text.strip().lower()
    return next((m for m in topology.machines() if m.fqdn.lower().split(".")[0] == host), None)


def service_object(session: Any, machine: Machine, name: str, with_activity: bool = True) -> SourcedObject:
    """Return a Windows service as Get-CsWindowsService shows it."""
    lab = session.lab
    running = lab.machine_on(machine.fqdn) and lab.service_running(machine.fqdn, name)
    pool = session.topology.pool_of(machine)
    display, roles = CATALOG[name]
    if name == REGISTRAR_SERVICE:
        display = RTCSRV_NAMES.get(pool.kind, display)
        roles = ("Director",) if pool.is_director else tuple(r for r in roles if pool.has_service(r))
    activity = _activity(lab, machine, name) if running and with_activity else None
    props = [("Status", "Running" if running else "Stopped"), ("Name", name), ("DisplayName", display),
             ("ActivityLevel", activity), ("RoleName", list(roles))]
    return SourcedObject(props, [NT_SERVICE, "System.Object"], _name, (machine.fqdn, name))


def _activity(lab: Any, machine: Machine, name: str) -> Optional[str]:
    if name == REGISTRAR_SERVICE:
        fqdn = machine.fqdn.lower()
        users = {user for _, user, registrar in lab.cache_entries() if registrar.lower() == fqdn}
        endpoints = sum(1 for _, _, registrar in lab.cache_entries() if registrar.lower() == fqdn)
        return f"Active Registered Endpoints={endpoints},Active Registered Users={len(users)}"
    if name in MCUS:
        return "Total Conferences=0,Total Participants=0"
    return None


def _name(obj: Any) -> str:
    return obj.get("Name")


COMPUTER = Parameter("ComputerName", "String",
                     help="The computer (FQDN or host name); the local computer when absent.")
REPORT = Parameter("Report", "String", help="An HTML file for error details. Accepted and ignored.")


@cmdlet("Get-CsWindowsService", LYNC, [
    Parameter("Name", "String", position=1,
              help="One service name (RTCSRV, RTCCAA ...; not the display name, no wildcards)."),
    COMPUTER,
    Parameter("ExcludeActivityLevel", "SwitchParameter", help="Leaves out the activity level."),
    REPORT,
], synopsis="Returns information about the Lync Server services that run as Windows services on a computer.",
    description="Get-CsWindowsService lists the Lync Server services of a computer (the local computer, "
                "or the one named by -ComputerName) with their status and activity level. RTCSRV is the "
                "Front-End service that hosts the Registrar. Only Lync services are returned.",
    examples=(("Get-CsWindowsService", "Lists the Lync services of the local computer."),
              ("Get-CsWindowsService -Name RTCSRV -ComputerName beta-ls14-ee2.beta.deitterick.com",
               "Shows whether the Front-End service of beta-ls14-ee2 runs."),
              ("Get-CsWindowsService -ComputerName beta-ls14-ee1.beta.deitterick.com | Format-List",
               "Shows every property of each service of beta-ls14-ee1."),
              ("Get-CsWindowsService | Where-Object {$_.Status -eq \"Running\"}",
               "Lists the running Lync services.")),
    output_type=NT_SERVICE, command_class=f"{SERVICE_CMDLETS}.GetCsWindowsServiceCmdlet",
    related=("Stop-CsWindowsService", "Start-CsWindowsService", "Get-CsComputer"))
class GetCsWindowsService(ServiceCmdlet):
    def process(self) -> Iterator[Any]:
        with_activity = not self.switch("ExcludeActivityLevel")
        for machine, name in self.targets():
            yield service_object(self.ctx.session, machine, name, with_activity)


def _control_parameters(extra: tuple[Parameter, ...]) -> list[Parameter]:
    return [
        Parameter("Name", "String", position=1, sets=("ServiceName",),
                  help="One service name; every Lync service of the computer when absent."),
        Parameter("ComputerName", "String", sets=("ServiceName",),
                  help="The computer (FQDN or host name); the local computer when absent."),
        mandatory_parameter("InputObject", NT_SERVICE, from_pipeline=True, sets=("InputObject",),
                            help="A service object from Get-CsWindowsService."),
        *extra,
        Parameter("NoWait", "SwitchParameter", help="Returns without waiting for the service to change state."),
        Parameter("Force", "SwitchParameter", help="Suppresses confirmation prompts."),
        REPORT,
    ]


@cmdlet("Stop-CsWindowsService", LYNC, _control_parameters((
    Parameter("Graceful", "SwitchParameter",
              help="Refuses new sessions and lets the existing ones finish before stopping."),)),
    synopsis="Stops one or all Lync Server services on a computer.",
    description="Stop-CsWindowsService stops a Lync service (or, without -Name, every Lync service) on the "
                "local computer or the one -ComputerName names. Stopping RTCSRV takes the computer's "
                "Registrar down: its users register on the next Front End of their preferred order, and "
                "when every Front End of a pool is down, the backup Registrar takes over after the "
                "failure detection interval. Stopping a stopped service is not an error.",
    examples=(("Stop-CsWindowsService -Name RTCSRV -ComputerName beta-ls14-ee2.beta.deitterick.com",
               "Stops Lisa Carter's primary registrar: she registers on beta-ls14-ee1 next."),
              ("Get-CsComputer -Pool ls14pool.beta.deitterick.com | ForEach-Object { Stop-CsWindowsService "
               "-ComputerName $_.Identity }", "Stops every Lync service of the whole pool ls14pool."),
              ("Get-CsWindowsService RTCSRV -ComputerName beta-ls14-ee1.beta.deitterick.com | "
               "Stop-CsWindowsService -Graceful", "Stops a Front-End service taken from the pipeline.")),
    output_type="None", should_process=True, default_set="ServiceName",
    command_class=f"{SERVICE_CMDLETS}.StopCsWindowsServiceCmdlet",
    related=("Start-CsWindowsService", "Get-CsWindowsService"))
class StopCsWindowsService(ServiceCmdlet):
    running = False

    def process(self) -> Iterator[Any]:
        lab = self.ctx.session.lab
        for machine, name in self.targets():
            if self.should_process(f"{name} on {machine.fqdn}"):
                lab.set_service(machine.fqdn, name, self.running)
        return iter(())


@cmdlet("Start-CsWindowsService", LYNC, _control_parameters(()),
        synopsis="Starts one or all Lync Server services on a computer.",
        description="Start-CsWindowsService starts a Lync service (or, without -Name, every Lync service) on "
                    "the local computer or the one -ComputerName names. Starting RTCSRV brings the "
                    "computer's Registrar back: users whose preferred Front End it is return to it, and a "
                    "pool that had failed over fails back after the failback interval. Starting a running "
                    "service is not an error.",
        examples=(("Start-CsWindowsService -Name RTCSRV -ComputerName beta-ls14-ee2.beta.deitterick.com",
                   "Starts the Front-End service of beta-ls14-ee2 again."),
                  ("Start-CsWindowsService -ComputerName beta-ls14-se1.beta.deitterick.com",
                   "Starts every Lync service of beta-ls14-se1.")),
        output_type="None", should_process=True, default_set="ServiceName",
        command_class=f"{SERVICE_CMDLETS}.StartCsWindowsServiceCmdlet",
        related=("Stop-CsWindowsService", "Get-CsWindowsService"))
class StartCsWindowsService(StopCsWindowsService):
    running = True
