"""What the Lync cmdlets share: .NET type names, command classes, the Lync error texts and
the few conversions every family needs (confirmation is every cmdlet's: Cmdlet.should_process).

Where Lync Server 2010's own text is documented (reference/lync-facts.md) it is used
verbatim; the choices made where it is not are listed in docs/fidelity.md.
"""
from __future__ import annotations

import datetime as _dt
from typing import Any, Callable, Optional

from ...language.validation import Mandatory
from ...objects import convert as C
from ...objects.members import get_property
from ...objects.psobject import PSObject
from ...objects.wildcard import WildcardPatternError, match
from ..registry import Parameter

# -- .NET type names of the objects the cmdlets emit ------------------------------------------
ADUSER = "Microsoft.Rtc.Management.ADConnect.Schema.ADUser"
USER_INFORMATION = "Microsoft.Rtc.Management.Xds.GetOCsUserPoolInfoCmdlet+UserInformation"
POOL_MACHINE = "Microsoft.Rtc.Management.Xds.GetOCsUserPoolInfoCmdlet+MachineInformation"
CLUSTER = "Microsoft.Rtc.Management.Deploy.Internal.Cluster"
MACHINE = "Microsoft.Rtc.Management.Deploy.Internal.Machine"
CENTRAL_SITE = "Microsoft.Rtc.Management.Deploy.Internal.Site+CentralSite"
BRANCH_SITE = "Microsoft.Rtc.Management.Deploy.Internal.Site+BranchSite"
TOPOLOGY = "Microsoft.Rtc.Management.Deploy.Internal.DefaultTopology"
REGISTRAR_SETTINGS = "Microsoft.Rtc.Management.WritableConfig.Settings.Registrar.RegistrarSettings"
NT_SERVICE = "Microsoft.Rtc.Management.Deployment.Core.NTService"
TASK_OUTPUT = "Microsoft.Rtc.SyntheticTransactions.TaskOutput"
DISPLAY_SERVICE = "Microsoft.Rtc.Management.Xds.Display{role}"

# -- command classes (the FullyQualifiedErrorId suffix) ----------------------------------------
AD_CMDLETS = "Microsoft.Rtc.Management.AD.Cmdlets"
XDS_CMDLETS = "Microsoft.Rtc.Management.Xds"
DEPLOY_CMDLETS = "Microsoft.Rtc.Management.Deploy.Cmdlets"
CONFIG_CMDLETS = "Microsoft.Rtc.Management.Internal"
SERVICE_CMDLETS = "Microsoft.Rtc.Management.Deployment.Core.Cmdlets"
SYNTHETIC_CMDLETS = "Microsoft.Rtc.Management.SyntheticTransactions"

MANAGEMENT_EXCEPTION = "ManagementException"
MIN_INTERVAL = _dt.timedelta(seconds=30)
MAX_INTERVAL = _dt.timedelta(hours=24)
# Lync Server 2010 services report ServiceVersion 5 (lync-facts.md §1.6).
SERVICE_VERSION = 5


def not_found_message(identity: str) -> str:
    """Return Lync's text for an identity that names nothing (lync-facts.md §2.5)."""
    return f'Management object not found for identity "{identity}".'


def identity_text(value: Any) -> str:
    """Return the text an identity argument stands for: a string as typed, an object's
    Identity property, else its ToString()."""
    if isinstance(value, PSObject):
        identity = get_property(value, "Identity")
        if identity is not None:
            return C.to_string(identity)
    return C.to_string(value)


def identity_filter(cmdlet: Any) -> Optional[Callable[[str], bool]]:
    """Return a test of identities against the bound -Filter wildcard (None when unbound).

    An invalid pattern stops the command as .NET's WildcardPattern does, with
    WildcardPatternException's record (ErrorId WildcardPattern_Invalid), before any output.
    """
    pattern = cmdlet.params.get("Filter")
    if pattern is None:
        return None
    text = C.to_string(pattern)
    try:
        match(text, "")
    except WildcardPatternError as exc:
        cmdlet.terminate(exc.message, exc.error_id, "InvalidArgument", exception_type="WildcardPatternException")
    return lambda identity: match(text, identity)


def interval(seconds: int) -> _dt.timedelta:
    """Return a number of seconds as a TimeSpan value."""
    return _dt.timedelta(seconds=seconds)


def range_message(name: str, value: Any, low: Any, high: Any) -> Optional[str]:
    """Return PowerShell's ValidateRange text when ``value`` is outside [low, high], else None."""
    shown = C.to_string(value)
    if value < low:
        detail = (f"The {shown} argument is less than the minimum allowed range of {C.to_string(low)}. "
                  f"Supply an argument that is greater than or equal to {C.to_string(low)} and then try "
                  "the command again.")
    elif value > high:
        detail = (f"The {shown} argument is greater than the maximum allowed range of {C.to_string(high)}. "
                  f"Supply an argument that is less than or equal to {C.to_string(high)} and then try "
                  "the command again.")
    else:
        return None
    return f"Cannot validate argument on parameter '{name}'. {detail}"


def mandatory_parameter(name: str, param_type: str, **options: Any) -> Parameter:
    """Return a mandatory parameter as a compiled cmdlet declares it, without [AllowNull] or
    [AllowEmptyString]: the binder refuses ``$null`` (and ``''`` for a String) before the
    cmdlet runs, with 5.1's "Cannot bind argument to parameter ... because it is null." error."""
    check = Mandatory(name, param_type, allow_null=False, allow_empty_string=False, allow_empty_collection=False)
    return Parameter(name, param_type, mandatory=True, validators=(check,), **options)


def enum_value(cmdlet: Any, name: str, type_name: str, choices: tuple[str, ...]) -> Optional[str]:
    """Return an enum parameter's value in its declared spelling (None when not given); an
    unknown name stops the command with PowerShell's enum conversion error."""
    value = cmdlet.params.get(name)
    if value is None:
        return None
    text = C.to_string(value)
    for choice in choices:
        if choice.lower() == text.strip().lower():
            return choice
    cmdlet.terminate(f'Cannot bind parameter \'{name}\'. Cannot convert value "{text}" to type "{type_name}". '
                     f'Error: "Unable to match the identifier name {text} to a valid enumerator name. Specify '
                     f'one of the following enumerator names and try again:\n{", ".join(choices)}"',
                     "CannotConvertArgumentNoMessage", "InvalidArgument",
                     exception_type="ParameterBindingException")
    return None


def to_timespan(cmdlet: Any, name: str) -> Optional[_dt.timedelta]:
    """Return a TimeSpan parameter (None when not given); a number counts as seconds."""
    value = cmdlet.params.get(name)
    if value is None or isinstance(value, _dt.timedelta):
        return value
    if C.is_number(value):
        return _dt.timedelta(seconds=float(value))
    return C.convert_to(value, "System.TimeSpan")


def warn_unchanged(cmdlet: Any, identity: str) -> None:
    """Write Lync's warning for a command that changed nothing (lync-facts.md §1.9)."""
    cmdlet.warn(f'Object with identity "{identity}" was not changed.')


def local_computer(topology: Any) -> Optional[str]:
    """Return the FQDN of the computer the shell 'runs on': the first Front End server of the
    topology (the first registrar machine when there is none)."""
    pools = [p for p in topology.pools if p.kind.is_front_end] or topology.registrar_pools()
    for pool in pools:
        if pool.machines:
            return pool.machines[0].fqdn
    return None
