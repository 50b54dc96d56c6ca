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

from functools import partial
from typing import Any, Iterable, Iterator, Optional

from ...objects.psobject import LazyValue, PSObject
from ...routing.hashing import user_key
from ...routing.registrar import HomePools, home_pools, pool_ranker
from ...topology.entities import Machine, Pool
from ..base import Cmdlet
from ..registry import LYNC, Parameter, cmdlet
from .adusers import UserView, user_view
from .common import (MANAGEMENT_EXCEPTION, POOL_MACHINE, USER_INFORMATION, XDS_CMDLETS, mandatory_parameter,
                     not_found_message)
from .identity import UserSource, user_sources
from .records import RecordShape, SourcedObject

MACHINE_PROPERTIES = ("MachineId", "Fqdn", "Cluster", "OrdinalInCluster", "PoolFqdn", "SiteId")
USER_INFORMATION_SHAPE = RecordShape(
    ("PrimaryPoolFqdn", "BackupPoolFqdn", "UserServicesPoolFqdn", "PrimaryPoolMachinesInPreferredOrder",
     "BackupPoolMachinesInPreferredOrder"), (USER_INFORMATION, "System.Object"))


def machine_object(machine: Machine, site: str) -> SourcedObject:
    """Return a machine as the machine lists show it: ToString() is the MachineId."""
    values = (machine.machine_id, machine.fqdn, f"{machine.site_id}:{machine.cluster}", machine.ordinal,
              machine.pool_fqdn, f"Site:{site}")
    machine_id = machine.machine_id
    # ToString() is read for every user when grouping by a machine: a constant, not a look-up
    # (the object's properties are read-only in Lync).
    return SourcedObject(list(zip(MACHINE_PROPERTIES, values)), [POOL_MACHINE, "System.Object"],
                         lambda _obj: machine_id, machine)


@cmdlet("Get-CsUserPoolInfo", LYNC, [
    mandatory_parameter("Identity", "UserIdParameter", position=1, from_pipeline=True,
                        from_pipeline_by_name=True,
                        help="The user: SIP address (sip: optional), user principal name, DOMAIN\\logon name, "
                             "display name (\"* Smith\" wildcards allowed) or distinguished name; or an "
                             "ADUser object from Get-CsUser."),
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
        self.revision = -1
        self.refresh()

    def refresh(self) -> None:
        """(Re)build what the users share, for the topology as it is now."""
        topology = self.view.topology
        self.revision = topology.revision
        # One shared object per machine, keyed by id(): the topology's Machine objects
        # outlive the command, and a million users need no look-up by name.
        self.machines: dict[int, SourcedObject] = {
            id(m): machine_object(m, topology.site_of(topology.pool_of(m)).name) for m in topology.machines()}
        # RegistrarPool FQDN -> what every user homed there shares (None: no such pool).
        self.homes: dict[str, Optional[_Home]] = {}

    def process(self) -> Iterable[Any]:
        shown, sources = user_sources(self.view, self.params.get("Identity"))
        if not sources:
            self.error(not_found_message(shown), "Identity", "ObjectNotFound",
                       exception_type=MANAGEMENT_EXCEPTION, target_name="", target_type="")
            return ()
        if len(sources) == 1:   # the usual case (a piped ADUser): no generator per user
            info = self.user_information(sources[0])
            return (info,) if info is not None else ()
        return self._each(sources)

    def _each(self, sources: list[UserSource]) -> Iterator[PSObject]:
        # A wildcard may name a million users: one object at a time.
        for source in sources:
            info = self.user_information(source)
            if info is not None:
                yield info

    def user_information(self, source: UserSource) -> Optional[PSObject]:
        """Return the UserInformation object of one user (None, after an error, without a pool).

        A directory row (what Get-CsUser's objects carry) is read for its two fields
        only; no User snapshot is built.
        """
        if isinstance(source, int):
            directory = self.view.topology.users
            sip, registrar_pool = directory.sip_of(source), directory.registrar_pool_of(source)
        else:
            sip, registrar_pool = source.sip_address, source.registrar_pool
        home = self.homes.get(registrar_pool) if self.view.topology.revision == self.revision else None
        if home is None:
            home = self.home(registrar_pool)
        if home is None:
            self.error(f'The user "{sip}" has no Registrar pool.', "UserNotHomed",
                       "ObjectNotFound", exception_type=MANAGEMENT_EXCEPTION, target_name="",
                       target_type="")
            return None
        key = user_key(sip)
        backup = home.backup
        return USER_INFORMATION_SHAPE.build((
            home.primary_fqdn, home.backup_fqdn, home.user_services_fqdn, home.primary.ordered(key),
            # Computed when first read: grouping or counting by the primary order never does.
            LazyValue(partial(backup.ordered, key)) if backup.ranker is not None else backup.ordered(key)))

    def home(self, registrar_pool: Optional[str]) -> Optional["_Home"]:
        """Return what the users homed on ``registrar_pool`` share (None: no such pool)."""
        if not registrar_pool:
            return None
        if self.view.topology.revision != self.revision:
            self.refresh()
        try:
            return self.homes[registrar_pool]
        except KeyError:
            pools = home_pools(self.view.topology, registrar_pool)
            home = self.homes[registrar_pool] = _Home(pools, self.machines) if pools is not None else None
            return home


class _MachineOrder:
    """One pool's machine objects and ranker: a user's preferred order from its key."""

    __slots__ = ("objects", "ranker")

    def __init__(self, pool: Optional[Pool], machines: dict[int, SourcedObject]):
        self.objects = [machines[id(m)] for m in pool.machines] if pool is not None else []
        self.ranker = pool_ranker(pool) if pool is not None else None

    def ordered(self, key: int) -> list[SourcedObject]:
        """Return the machine objects in the preferred order of the user with ``key``."""
        if self.ranker is None:
            return list(self.objects)
        return list(map(self.objects.__getitem__, self.ranker.positions(key)))


class _Home:
    """What every user homed on one Registrar pool shares: pool FQDNs and machine orders."""

    __slots__ = ("primary_fqdn", "backup_fqdn", "user_services_fqdn", "primary", "backup")

    def __init__(self, pools: HomePools, machines: dict[int, SourcedObject]):
        self.primary_fqdn = pools.primary.fqdn
        self.backup_fqdn = pools.backup.fqdn if pools.backup is not None else None
        self.user_services_fqdn = pools.user_services.fqdn
        self.primary = _MachineOrder(pools.primary, machines)
        self.backup = _MachineOrder(pools.backup, machines)
