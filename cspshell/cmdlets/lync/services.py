"""Get-CsService (one parameter set per role switch) and Set-CsRegistrar (lync-facts.md §1.6).

Set-CsRegistrar changes the backup Registrar and the failover settings in the topology,
so the routing core (failover, the 301's q=0.3 Contact, Get-CsUserPoolInfo) sees them at
once; the other properties it can set are kept as overrides of the displayed service.
"""
from __future__ import annotations

from typing import Any, Iterator, Optional

from ...objects import convert as C
from ..base import Cmdlet
from ..registry import LYNC, Parameter, cmdlet
from .common import (MANAGEMENT_EXCEPTION, MAX_INTERVAL, MIN_INTERVAL, XDS_CMDLETS, identity_filter,
                     identity_text, not_found_message, range_message, to_timespan,
                     warn_unchanged)
from .servicemodel import DIRECTOR, REGISTRAR, ServiceModel, ServiceRef
from .state import lync_state
from .topologycmdlets import service_model

# Role switches of Lync Server 2010 (lync-facts.md §1.6) -> the role they select, and aliases.
ROLE_SWITCHES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("ApplicationDatabase", "ApplicationDatabase", ()),
    ("ApplicationServer", "ApplicationServer", ()),
    ("ArchivingDatabase", "ArchivingDatabase", ()),
    ("ArchivingServer", "ArchivingServer", ()),
    ("CentralManagement", "CentralManagement", ()),
    ("CentralManagementDatabase", "CentralManagementDatabase", ()),
    ("ConferencingServer", "ConferencingServer", ("ConferenceServer",)),
    ("Director", DIRECTOR, ()),
    ("EdgeServer", "EdgeServer", ()),
    ("FileStore", "FileStore", ()),
    ("ManagementServer", "ManagementServer", ()),
    ("MediationServer", "MediationServer", ()),
    ("MonitoringDatabase", "MonitoringDatabase", ()),
    ("MonitoringServer", "MonitoringServer", ()),
    ("ProvisionDatabase", "ProvisionDatabase", ()),
    ("ProvisionServer", "ProvisionServer", ()),
    ("PstnGateway", "PstnGateway", ()),
    ("Registrar", REGISTRAR, ()),
    ("TrustedApplicationPool", "TrustedApplicationPool", ("ExternalServer",)),
    ("UserDatabase", "UserDatabase", ()),
    ("UserServer", "UserServer", ()),
    ("WebServer", "WebServer", ()),
)


def _service_parameters() -> list[Parameter]:
    params = [
        Parameter("Identity", "XdsGlobalRelativeIdentity", position=1, sets=("Identity",),
                  help="The service, as Role:pool FQDN, e.g. Registrar:ls14pool.beta.deitterick.com."),
        Parameter("Filter", "String", sets=("Filter",), help='A wildcard on service identities, e.g. "Registrar:*".'),
        Parameter("PoolFqdn", "String", help="Returns only the services of this pool."),
    ]
    for name, role, aliases in ROLE_SWITCHES:
        params.append(Parameter(name, "SwitchParameter", mandatory=True, aliases=aliases, sets=(name,),
                                help=f"Returns the {role} services (one role switch at a time)."))
    return params


@cmdlet("Get-CsService", LYNC, _service_parameters(),
        synopsis="Returns information about the services and server roles in your Lync Server topology.",
        description="Get-CsService returns the services the topology's pools run, one role at a time with "
                    "the role switches (-Registrar, -Director, -UserServer, -WebServer ...; only one per "
                    "command), or every service of a pool with -PoolFqdn. The Registrar service shows the "
                    "pool's backup Registrar and its failover settings: EnableAutomaticFailover, "
                    "FailureDetectionInterval and FailbackDetectionInterval.",
        examples=(
            ("Get-CsService -Registrar", "Returns every Registrar service, with backup Registrars."),
            ("Get-CsService -Identity Registrar:ls14pool.beta.deitterick.com",
             "Returns the Registrar of ls14pool: its backup Registrar is Registrar:beta-ls14-se2.beta.deitterick.com."),
            ("Get-CsService -Director", "Returns the Director service of beta-ls14-dir."),
            ("Get-CsService -PoolFqdn ls14pool.beta.deitterick.com", "Returns every service of ls14pool."),
            ("Get-CsService -Registrar | Select-Object Identity, BackupRegistrar, FailureDetectionInterval",
             "Shows each Registrar with its backup and failure detection interval."),
        ),
        output_type="Microsoft.Rtc.Management.Xds.DisplayRegistrar (and the other Display<Role> types)",
        default_set="Identity", command_class=f"{XDS_CMDLETS}.GetServiceCmdlet",
        related=("Set-CsRegistrar", "Get-CsPool", "Get-CsUserPoolInfo"))
class GetCsService(Cmdlet):
    def process(self) -> Iterator[Any]:
        model = service_model(self.ctx.session)
        refs = self.selected(model)
        if refs is None:
            return
        for ref in refs:
            yield model.display(ref)

    def selected(self, model: ServiceModel) -> Optional[list[ServiceRef]]:
        refs = model.all()
        if self.params.get("Identity") is not None:
            shown = identity_text(self.params["Identity"])
            found = model.find(shown)
            if found is None:
                self.error(not_found_message(shown), "Identity", "ObjectNotFound",
                           exception_type=MANAGEMENT_EXCEPTION, target_name="", target_type="")
                return None
            refs = [found]
        role = next((role for name, role, _ in ROLE_SWITCHES if self.switch(name)), None)
        if role is not None:
            refs = [ref for ref in refs if ref.role.lower() == role.lower()]
        if self.params.get("PoolFqdn") is not None:
            shown = C.to_string(self.params["PoolFqdn"])
            # A pool the topology does not have is reported as Get-CsPool -Site and
            # Get-CsComputer -Pool report theirs, rather than answered with silence.
            pool = self.ctx.session.topology.pool(shown) if ":" not in shown else None
            if pool is None:
                self.error(not_found_message(shown), "PoolFqdn", "ObjectNotFound",
                           exception_type=MANAGEMENT_EXCEPTION, target_name="", target_type="")
                return None
            refs = [ref for ref in refs if ref.pool.fqdn.lower() == pool.fqdn.lower()]
        wanted = identity_filter(self)
        if wanted is not None:
            refs = [ref for ref in refs if wanted(ref.identity)]
        return refs


KEEP = object()  # Set-CsRegistrar without -BackupRegistrar keeps the current one
# Set-CsRegistrar properties kept as display overrides (the topology has no field for them).
OVERRIDABLE = (("ArchivingServer", "String"), ("EdgeServer", "String"), ("MonitoringServer", "String"),
               ("UserServer", "String"), ("WebServer", "String"), ("SipPort", "UInt16"),
               ("WebPort", "UInt16"), ("SipServerTcpPort", "UInt16"))


@cmdlet("Set-CsRegistrar", LYNC, [
    Parameter("Identity", "XdsGlobalRelativeIdentity", position=1, from_pipeline_by_name=True,
              help="The Registrar, as Registrar:pool FQDN (the Registrar: prefix may be left out)."),
    Parameter("BackupRegistrar", "String",
              help="The backup Registrar, e.g. Registrar:beta-ls14-se2.beta.deitterick.com; $null removes it."),
    Parameter("EnableAutomaticFailover", "Boolean",
              help="$True lets users fail over to the backup Registrar automatically."),
    Parameter("FailureDetectionInterval", "TimeSpan",
              help="How long the backup waits for the pool's heartbeat before taking its users "
                   "(00:00:30 to 1.00:00:00; Topology Builder's default is 00:02:00)."),
    Parameter("FailbackDetectionInterval", "TimeSpan",
              help="How long the pool must be healthy before users go back to it "
                   "(00:00:30 to 1.00:00:00; Topology Builder's default is 00:04:00)."),
    *(Parameter(name, kind, help=f"Sets {name}.") for name, kind in OVERRIDABLE),
    Parameter("Force", "SwitchParameter", help="Suppresses confirmation prompts."),
], synopsis="Modifies the properties of a Registrar: its backup Registrar, failover settings and ports.",
    description="Set-CsRegistrar changes a Registrar service in the topology. BackupRegistrar names the "
                "pool that accepts this pool's users when it fails; EnableAutomaticFailover, "
                "FailureDetectionInterval and FailbackDetectionInterval (TimeSpans from 30 seconds to 24 "
                "hours) control when users fail over and come back; the intervals can be set only when a "
                "backup Registrar is configured. A Director cannot be a backup Registrar.",
    examples=(
        ("Set-CsRegistrar -Identity Registrar:ls14pool.beta.deitterick.com -FailureDetectionInterval 00:01:00",
         "Makes the backup take over ls14pool's users after one minute instead of two."),
        ("Set-CsRegistrar Registrar:beta-ls14-se1.beta.deitterick.com -BackupRegistrar "
         "Registrar:ls14pool.beta.deitterick.com -EnableAutomaticFailover $True",
         "Makes ls14pool the backup Registrar of beta-ls14-se1."),
        ("Get-CsService -Registrar | Set-CsRegistrar -FailbackDetectionInterval 00:05:00",
         "Changes the failback interval of every Registrar that has a backup."),
    ),
    output_type="None", should_process=True, command_class=f"{XDS_CMDLETS}.SetRegistrarCmdlet",
    related=("Get-CsService", "Get-CsUserPoolInfo"))
class SetCsRegistrar(Cmdlet):
    def process(self) -> Iterator[Any]:
        model = service_model(self.ctx.session)
        ref = self.registrar(model)
        if ref is None:
            return iter(())
        self.check_intervals()
        backup = self.backup_pool(model, ref)
        if backup is False:
            return iter(())
        if not self.should_process(ref.identity):
            return iter(())
        self.apply(model, ref, backup)
        return iter(())

    def registrar(self, model: ServiceModel) -> Optional[ServiceRef]:
        shown = identity_text(self.params.get("Identity") or "")
        text = shown if ":" in shown else f"{REGISTRAR}:{shown}"
        ref = model.find(text)
        if ref is None or ref.role != REGISTRAR:
            self.fail(not_found_message(shown), "Identity", "ObjectNotFound")
            return None
        return ref

    def check_intervals(self) -> None:
        for name in ("FailureDetectionInterval", "FailbackDetectionInterval"):
            value = to_timespan(self, name)
            if value is not None:
                message = range_message(name, value, MIN_INTERVAL, MAX_INTERVAL)
                if message:
                    self.terminate(message, "ParameterArgumentValidationError", "InvalidData", value,
                                   exception_type="ParameterBindingValidationException")

    def backup_pool(self, model: ServiceModel, ref: ServiceRef) -> Any:
        """Return the new backup pool FQDN, None to remove it, KEEP to keep it, False on error."""
        if "BackupRegistrar" not in self.params:
            return KEEP
        value = self.params["BackupRegistrar"]
        if value is None or C.to_string(value).strip() == "":
            return None
        shown = C.to_string(value).strip()
        target = model.find(shown if ":" in shown else f"{REGISTRAR}:{shown}")
        if target is None:
            director = model.find(f"{DIRECTOR}:{shown.split(':')[-1]}")
            if director is None:
                self.fail(not_found_message(shown), "BackupRegistrar", "ObjectNotFound")
                return False
            target = director
        if target.role == DIRECTOR:
            self.fail(f'"{target.pool.fqdn}" is a Director. A Director cannot be a backup Registrar: users '
                      "fail over to a pool that can home them.", "InvalidBackupRegistrar", "InvalidArgument")
            return False
        if target.pool is ref.pool:
            self.fail(f'A Registrar cannot be its own backup Registrar ("{ref.identity}").',
                      "InvalidBackupRegistrar", "InvalidArgument")
            return False
        return target.pool.fqdn

    def apply(self, model: ServiceModel, ref: ServiceRef, backup: Any) -> None:
        pool = ref.pool
        new_backup = pool.backup_pool if backup is KEEP else backup
        settings = {
            "enable_automatic_failover": self.params.get("EnableAutomaticFailover"),
            "failure_detection_interval": _seconds(to_timespan(self, "FailureDetectionInterval")),
            "failback_interval": _seconds(to_timespan(self, "FailbackDetectionInterval")),
        }
        timers = settings["failure_detection_interval"] is not None or settings["failback_interval"] is not None
        if timers and new_backup is None:
            self.fail("FailureDetectionInterval and FailbackDetectionInterval can be set only when the "
                      f'Registrar "{ref.identity}" has a backup Registrar.', "NoBackupRegistrar")
            return
        before = model.display(ref)
        self.ctx.session.topology.set_backup_pool(pool.fqdn, new_backup, **settings)
        overrides = lync_state(self.ctx.session).service_overrides.setdefault(ref.identity.lower(), {})
        for name, _ in OVERRIDABLE:
            if name in self.params:
                overrides[name] = self.params[name]
        after = service_model(self.ctx.session).display(ref)
        if list(before.items()) == list(after.items()):
            warn_unchanged(self, ref.identity)

    def fail(self, message: str, error_id: str, category: str = "InvalidOperation") -> None:
        self.error(message, error_id, category, exception_type=MANAGEMENT_EXCEPTION,
                   target_name="", target_type="")


def _seconds(value: Any) -> Optional[int]:
    return None if value is None else int(value.total_seconds())

