"""Get-CsLabRoutingDistribution: how a pool's users spread over its Front Ends."""
from __future__ import annotations

from typing import Any, Iterator

from ...formatting.views import RIGHT, Column, TableView, register_view
from ...objects.psobject import PSObject
from ...routing.distribution import MachineShare, RoutingDistribution, pool_distribution
from ..registry import CSLAB, Parameter, cmdlet
from .common import LabCmdlet

SHARE_TYPE = "CsLab.RoutingShare"
WHAT_IF_TYPE = "CsLab.RoutingShareWhatIf"

register_view(SHARE_TYPE, TableView((
    Column("MachineId", width=10), Column("Fqdn"), Column("Users", width=9, alignment=RIGHT),
    Column("Share", width=7, alignment=RIGHT)), name="CsLabRoutingShare", autosize=True))
register_view(WHAT_IF_TYPE, TableView((
    Column("MachineId", width=10), Column("Fqdn"), Column("Users", width=9, alignment=RIGHT),
    Column("Share", width=7, alignment=RIGHT), Column("UsersAfter", width=10, alignment=RIGHT),
    Column("ShareAfter", width=10, alignment=RIGHT), Column("MovedIn", width=9, alignment=RIGHT),
    Column("MovedOut", width=9, alignment=RIGHT)), name="CsLabRoutingShareWhatIf", autosize=True))


@cmdlet("Get-CsLabRoutingDistribution", CSLAB, [
    Parameter("Pool", "String", position=0, mandatory=True, help="The pool's FQDN."),
    Parameter("AddMachine", "String", help="What if a machine with this FQDN joined the pool?"),
    Parameter("RemoveMachine", "String", help="What if this machine left the pool?"),
], synopsis="Shows how many of a pool's users have each Front End as first preferred machine.",
    description="Counts, for every machine of the pool, the users whose PrimaryPoolMachinesInPreferredOrder "
                "starts with it (their registrar while every machine is up) and their share. With "
                "-AddMachine or -RemoveMachine it also shows the counts after the change and how many users "
                "move in or out: only the users of a removed machine, or the users a new machine takes.",
    examples=(("Get-CsLabRoutingDistribution ls14pool.beta.deitterick.com", "Users per Front End."),
              ("Get-CsLabRoutingDistribution ls14pool.beta.deitterick.com -AddMachine "
               "beta-ls14-ee3.beta.deitterick.com", "Who would move to a third Front End.")),
    output_type=SHARE_TYPE, related=("Get-CsUserPoolInfo",))
class GetCsLabRoutingDistribution(LabCmdlet):
    def process(self) -> Iterator[Any]:
        pool = self.find_pool(self.params["Pool"])
        add = self.param("AddMachine")
        remove = self.param("RemoveMachine")
        if remove and pool.machine(str(remove)) is None:
            self.terminate(f'"{remove}" is not a machine of the pool {pool.fqdn}.', "MachineNotInPool",
                           "InvalidArgument", remove, exception_type="ArgumentException")
        if add and self.topology.machine(str(add)) is not None:
            self.terminate(f'"{add}" is already a machine of the topology.', "MachineExists",
                           "InvalidArgument", add, exception_type="ArgumentException")
        if remove and len(pool.machines) == 1:
            self.terminate(f"The pool {pool.fqdn} has only one machine.", "LastMachine",
                           "InvalidOperation", remove, exception_type="InvalidOperationException")
        result = pool_distribution(self.topology, pool, add, remove)
        for share in result.machines:
            yield share_object(result, share)


def share_object(result: RoutingDistribution, share: MachineShare) -> PSObject:
    """Return one machine's row; what-if rows carry the after-change columns."""
    what_if = result.added is not None or result.removed is not None
    props = [("Pool", result.pool_fqdn), ("MachineId", share.machine_id), ("Fqdn", share.fqdn),
             ("Users", share.users), ("Share", share.share)]
    if what_if:
        props += [("UsersAfter", share.users_after), ("ShareAfter", share.share_after),
                  ("MovedIn", share.moved_in), ("MovedOut", share.moved_out)]
    return PSObject(props, typenames=[WHAT_IF_TYPE if what_if else SHARE_TYPE, "System.Object"])
