"""The lab clock, WAN links and resetting the lab: Get-/Step-CsLabClock, Set-CsLabSiteLink,
Reset-CsLab."""
from __future__ import annotations

from datetime import timedelta
from typing import Any, Iterator

from ...objects.psobject import PSObject
from ...routing.labstate import LAB_EPOCH
from ...routing.resiliency import Phase, pool_status
from ..registry import CSLAB, Parameter, cmdlet
from .common import LabCmdlet

CLOCK_TYPE = "CsLab.Clock"


@cmdlet("Get-CsLabClock", CSLAB, [], synopsis="Shows the lab clock and the failover timers running.",
        description="The lab clock starts at 12/20/2010 11:56:00 when the topology is loaded and moves only "
                    "with Step-CsLabClock. Failover to a backup registrar pool and failback wait for their "
                    "intervals on this clock; Pools lists every pool that is not in its normal state, "
                    "with the time its state changes next.",
        examples=(("Get-CsLabClock", "Shows the lab time and any pool failing over or back."),),
        output_type=CLOCK_TYPE, related=("Step-CsLabClock",))
class GetCsLabClock(LabCmdlet):
    def process(self) -> Iterator[Any]:
        yield clock_object(self)


@cmdlet("Step-CsLabClock", CSLAB, [
    Parameter("Seconds", "Int32", position=0, mandatory=True, help="How many seconds to move forward."),
    Parameter("PassThru", "SwitchParameter", help="Return the clock after the step."),
], synopsis="Moves the lab clock forward.",
    description="Lets time pass in the lab, e.g. past a pool's failure detection interval (120 s by "
                "default) so the backup registrar pool takes its users over, or past the failback "
                "interval (240 s) so they go home.",
    examples=(("Step-CsLabClock 120", "Two minutes later."),),
    output_type="None", related=("Get-CsLabClock",))
class StepCsLabClock(LabCmdlet):
    def process(self) -> Iterator[Any]:
        seconds = int(self.params["Seconds"])
        if seconds < 0:
            self.terminate(f"Cannot validate argument on parameter 'Seconds'. The {seconds} argument "
                           "is less than the minimum allowed range of 0. Supply an argument that is "
                           "greater than or equal to 0 and then try the command again.",
                           "ParameterArgumentValidationError", "InvalidData", seconds,
                           exception_type="ParameterBindingValidationException")
        self.lab.advance(seconds)
        if self.switch("PassThru"):
            yield clock_object(self)


@cmdlet("Set-CsLabSiteLink", CSLAB, [
    Parameter("Site", "String", position=0, mandatory=True, help="The site whose WAN link changes."),
    Parameter("State", "String", position=1, mandatory=True, validate_set=("Up", "Down")),
], synopsis="Cuts or restores a site's WAN link.",
    description="A site whose link is down reaches only its own machines, and no other site reaches it. "
                "Users of a branch's Survivable Branch Appliance stay on it with voice-only service; the "
                "central backup pool, seeing the SBA gone, takes them over after its failure detection "
                "interval for clients that can reach it.",
    examples=(("Set-CsLabSiteLink Branch1 Down", "Cuts the branch off from the data centre."),),
    output_type="None", should_process=True, related=("Invoke-CsLabSignIn",))
class SetCsLabSiteLink(LabCmdlet):
    def process(self) -> Iterator[Any]:
        site = self.find_site(self.params["Site"])
        state = str(self.params["State"]).capitalize()
        if self.should_process(site.identity, f"Set-CsLabSiteLink {state}"):
            self.lab.set_site_link(site.name, state == "Up")
        return iter(())


@cmdlet("Reset-CsLab", CSLAB, [], synopsis="Puts the lab back as the topology file describes it.",
        description="Reloads the session's topology file and starts a fresh lab state: every service "
                    "running, the clock at its start, DNS and clients as in the file, caches as in the file.",
        examples=(("Reset-CsLab", "Starts the exercise again."),),
        output_type="None", should_process=True, related=("Get-CsLabTopology",))
class ResetCsLab(LabCmdlet):
    def process(self) -> Iterator[Any]:
        if self.should_process(str(self.ctx.session.topology_path), "Reset-CsLab"):
            self.ctx.session.reset()
        return iter(())


def clock_object(command: LabCmdlet) -> PSObject:
    """Return the lab clock with the pools whose failover timers run."""
    lab, topology = command.lab, command.topology
    pools = []
    for pool in topology.registrar_pools():
        status = pool_status(topology, lab, pool)
        if status.phase is Phase.NORMAL:
            continue
        when = "" if status.changes_at is None else \
            f" until {(LAB_EPOCH + timedelta(seconds=status.changes_at)):%H:%M:%S}"
        pools.append(f"{pool.fqdn}: {status.phase.value}{when}")
    return PSObject([
        ("Time", lab.now),
        ("Elapsed", timedelta(seconds=lab.clock)),
        ("Pools", pools),
    ], typenames=[CLOCK_TYPE, "System.Object"])
