"""Get-CsUserPoolInfo: a user's Registrar pool, backup Registrar pool, User Services pool and
the preferred order of their machines, computed by the routing core (routing.registrar).

The output is the seed's object, property for property:

    PrimaryPoolFqdn                     : ls14pool.beta.deitterick.com
    BackupPoolFqdn                      : beta-ls14-se2.beta.deitterick.com
    UserServicesPoolFqdn                : ls14pool.beta.deitterick.com
    PrimaryPoolMachinesInPreferredOrder : {1:5-2, 1:5-1}
    BackupPoolMachinesInPreferredOrder  : {1:3-1}
"""
from __future__ import annotations

from typing import Any, Iterator, Optional

from ...objects.psobject import PSObject
from ...routing.registrar import user_pool_info
from ...topology.entities import Machine
from ..base import Cmdlet
from ..registry import LYNC, Parameter, cmdlet
from .adusers import UserView, user_view
from .common import MANAGEMENT_EXCEPTION, POOL_MACHINE, USER_INFORMATION, XDS_CMDLETS, not_found_message
from .identity import user_sources
from .records import SourcedObject

MACHINE_PROPERTIES = ("MachineId", "Fqdn", "Cluster", "OrdinalInCluster", "PoolFqdn", "SiteId")


def machine_object(machine: Machine, site: str) -> SourcedObject:
    """Return a machine as the machine lists show it: ToString() is the MachineId."""
    values = (machine.machine_id, machine.fqdn, f"{machine.site_id}:{machine.cluster}", machine.ordinal,
              machine.pool_fqdn, f"Site:{site}")
    return SourcedObject(list(zip(MACHINE_PROPERTIES, values)), [POOL_MACHINE, "System.Object"],
                         _machine_id, machine)


def _machine_id(obj: PSObject) -> str:
    return obj.get("MachineId")


@cmdlet("Get-CsUserPoolInfo", LYNC, [
    Parameter("Identity", "UserIdParameter", position=1, mandatory=True, from_pipeline=True,
              from_pipeline_by_name=True,
              help="The user: SIP address (sip: optional), user principal name, DOMAIN\\logon name, "
                   "display name (\"* Smith\" wildcards allowed) or distinguished name; or an ADUser "
                   "object from Get-CsUser."),
    Parameter("LocalStore", "SwitchParameter",
              help="Reads the topology from the local replica of the Central Management store. "
                   "cspshell has one store, so the answer is the same."),
], synopsis="Returns the Registrar pool, backup Registrar pool and User Services pool a user is assigned "
            "to, and the order in which the user's client tries the Front End servers of those pools.",
    description="Get-CsUserPoolInfo reports the pools that serve a user. PrimaryPoolFqdn is the user's "
                "Registrar pool and BackupPoolFqdn the backup Registrar pool configured for it in the "
                "topology; UserServicesPoolFqdn is the pool that runs the user's User Services. "
                "PrimaryPoolMachinesInPreferredOrder lists the Front End servers of the Registrar pool in "
                "the order this user registers on them: the first one that is running is the user's "
                "primary registrar, the one a Director or another Front End redirects the client to "
                "(301 Redirect request to Home Server, Contact q=0.7). Each entry shows as its MachineId "
                "(SiteId:Cluster-Ordinal); select the list with Select-Object -ExpandProperty to see the "
                "servers' FQDNs. A user who has no Registrar pool gets an error.",
    examples=(
        ("Get-CsUserPoolInfo -Identity lcarter@beta.deitterick.com",
         "Shows Lisa Carter's pools: ls14pool.beta.deitterick.com is her Registrar pool, the Standard "
         "Edition server beta-ls14-se2.beta.deitterick.com her backup, and she registers on 1:5-2 before "
         "1:5-1."),
        ("Get-CsUserPoolInfo -Identity lcarter@beta.deitterick.com | Select-Object -ExpandProperty "
         "PrimaryPoolMachinesInPreferredOrder | Format-List MachineId,Fqdn",
         "Matches the MachineIds of Lisa Carter's preferred order with the Front End servers' FQDNs: "
         "beta-ls14-ee2.beta.deitterick.com is her primary registrar."),
        ('Get-CsUserPoolInfo "sip:acooper@beta.deitterick.com"',
         "Shows Alice Cooper's pools: the Standard Edition server beta-ls14-se1 with beta-ls14-se2 as "
         "backup."),
        ("Get-CsUser | Where-Object {$_.RegistrarPool -ne $null} | Get-CsUserPoolInfo",
         "Reports the pools of every user who has a Registrar pool (users without one would each "
         "produce an error)."),
        ("Get-CsUser -Filter {RegistrarPool -eq \"ls14pool.beta.deitterick.com\"} | Get-CsUserPoolInfo | "
         "Group-Object {$_.PrimaryPoolMachinesInPreferredOrder[0]}",
         "Counts how many users of the Enterprise Edition pool have each Front End server as their "
         "primary registrar."),
    ),
    output_type=USER_INFORMATION, command_class=f"{XDS_CMDLETS}.GetOCsUserPoolInfoCmdlet",
    related=("Get-CsUser", "Get-CsPool", "Set-CsRegistrar"))
class GetCsUserPoolInfo(Cmdlet):
    """Emits one UserInformation object per user the Identity names."""

    def begin(self) -> None:
        self.view: UserView = user_view(self.ctx.session)
        topology = self.view.topology
        # One shared object per machine, keyed by id(): the topology's Machine objects
        # outlive the command, and a million users need no look-up by name.
        self.machines: dict[int, SourcedObject] = {
            id(m): machine_object(m, topology.site_of(topology.pool_of(m)).name) for m in topology.machines()}

    def process(self) -> Iterator[Any]:
        shown, sources = user_sources(self.view, self.params.get("Identity"))
        if not sources:
            self.error(not_found_message(shown), "Identity", "ObjectNotFound",
                       exception_type=MANAGEMENT_EXCEPTION, target_name="", target_type="")
            return
        for source in sources:
            info = self.user_information(self.view.user(source))
            if info is not None:
                yield info

    def user_information(self, user: Any) -> Optional[PSObject]:
        """Return the UserInformation object of one user (None, after an error, without a pool)."""
        info = user_pool_info(self.view.topology, user)
        if info is None:
            self.error(f'The user "{user.sip_address}" has no Registrar pool.', "UserNotHomed",
                       "ObjectNotFound", exception_type=MANAGEMENT_EXCEPTION, target_name="",
                       target_type="")
            return None
        machines = self.machines
        return PSObject([
            ("PrimaryPoolFqdn", info.primary_pool.fqdn),
            ("BackupPoolFqdn", info.backup_pool.fqdn if info.backup_pool is not None else None),
            ("UserServicesPoolFqdn", info.user_services_pool.fqdn),
            ("PrimaryPoolMachinesInPreferredOrder", [machines[id(m)] for m in info.primary_machines]),
            ("BackupPoolMachinesInPreferredOrder", [machines[id(m)] for m in info.backup_machines]),
        ], typenames=[USER_INFORMATION, "System.Object"])
