"""``$PSCmdlet`` of an advanced function: ShouldProcess / ShouldContinue with the 5.1 host's
texts, WriteObject / WriteError / WriteVerbose / WriteWarning / WriteDebug, ThrowTerminatingError,
and the ParameterSetName / MyInvocation properties.

ShouldProcess follows MshCommandRuntime.DoShouldProcess: under WhatIf (``-WhatIf`` on the
function sets ``$WhatIfPreference`` in its scope, so ``$WhatIfPreference`` is what is read) it
prints ``What if: <description>`` and answers False; otherwise it asks for confirmation when the
function's ConfirmImpact is at or above ``$ConfirmPreference`` (``-Confirm`` sets that to Low in
the function's scope, ``-Confirm:$false`` to None).
"""
from __future__ import annotations

from typing import Any

from ..errors import ErrorRecord
from ..objects import convert as C
from ..objects.psobject import PSObject
from .context import ScriptTerminatingError

IMPACT_LEVELS = {"none": 0, "low": 1, "medium": 2, "high": 3}
NON_INTERACTIVE = "PowerShell is in NonInteractive mode. Read and Prompt functionality is not available."
CHOICES_TO_ALL = '[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is "Y"): '
CHOICES = '[Y] Yes  [N] No  [S] Suspend  [?] Help (default is "Y"): '


class HostPromptError(ValueError):
    """The host cannot prompt (-NonInteractive); a method call reports it as HostException."""

    error_id = "HostException"


class FunctionTerminatingError(ScriptTerminatingError):
    """ThrowTerminatingError: passes the function's own statement runners (the function stops)
    and becomes a statement-terminating error where the function was called."""


def should_process_message(target: Any, action: str) -> str:
    """CommandBaseStrings.ShouldProcessMessage."""
    return f'Performing the operation "{action}" on target "{C.to_string(target)}".'


class PSCmdletObject(PSObject):
    """The value of ``$PSCmdlet``; ``command`` is the running FunctionCommand."""

    __slots__ = ("command",)
    ps_type_name = "System.Management.Automation.PSScriptCmdlet"

    def __init__(self, command: Any):
        info = command.info
        invocation = PSObject([("MyCommand", info.name), ("InvocationName", command.invocation.name or info.name),
                               ("BoundParameters", command.bound_parameters)],
                              typenames=["System.Management.Automation.InvocationInfo", "System.Object"])
        sets = command.bound.sets
        set_name = sets[0] if sets else "__AllParameterSets"
        super().__init__([("ParameterSetName", set_name), ("MyInvocation", invocation)],
                         typenames=[self.ps_type_name, "System.Management.Automation.PSCmdlet",
                                    "System.Management.Automation.Cmdlet", "System.Object"],
                         tostring=lambda o: info.name)
        self.command = command

    # -- ShouldProcess / ShouldContinue ------------------------------------------------------
    def should_process(self, ctx: Any, description: str) -> bool:
        """True when the operation may go ahead: False under WhatIf (after its line) or when
        the person answers no to the confirmation prompt."""
        if C.to_bool(ctx.get_var("WhatIfPreference", False)):
            ctx.write_host(f"What if: {description}")
            return False
        threshold = IMPACT_LEVELS.get(C.to_string(ctx.get_var("ConfirmPreference", "High")).lower(), 3)
        if threshold == 0 or threshold > self.command.confirm_impact:
            return True
        return _ask(ctx, "Confirm", "Are you sure you want to perform this action?", description, CHOICES_TO_ALL)

    def should_continue(self, ctx: Any, query: Any, caption: Any) -> bool:
        """The person's answer to ``query`` (always asked, whatever the preferences)."""
        return _ask(ctx, C.to_string(caption), C.to_string(query), None, CHOICES)


def _ask(ctx: Any, caption: str, query: str, description: Any, choices: str) -> bool:
    """The console's PromptForChoice; a host that cannot prompt raises HostPromptError."""
    host = getattr(ctx, "host", None)
    if not getattr(ctx, "interactive", False) or host is None:
        raise HostPromptError(NON_INTERACTIVE)
    ctx.write_host("")
    ctx.write_host(caption)
    ctx.write_host(query)
    if description is not None:
        ctx.write_host(description)
    answer = host.read_line(choices)
    return (answer or "y").strip().lower() in ("y", "yes", "a")


def _should_process(ctx: Any, cmdlet: PSCmdletObject, *args: Any) -> bool:
    """ShouldProcess(target), (target, action) or (verboseDescription, verboseWarning, caption)."""
    if not args or len(args) > 3:
        raise TypeError("ShouldProcess")
    if len(args) == 3:
        description = C.to_string(args[0])
    else:
        action = C.to_string(args[1]) if len(args) == 2 else cmdlet.command.info.name
        description = should_process_message(args[0], action)
    return cmdlet.should_process(ctx, description)


def _should_continue(ctx: Any, cmdlet: PSCmdletObject, *args: Any) -> bool:
    if len(args) < 2:
        raise TypeError("ShouldContinue")
    return cmdlet.should_continue(ctx, args[0], args[1])


# The void methods return an empty list: a statement that calls one outputs nothing (as a
# void .NET method), where None would output $null.

def _write_object(ctx: Any, cmdlet: PSCmdletObject, value: Any = None, enumerate_collection: Any = False) -> list:
    if C.to_bool(enumerate_collection):
        cmdlet.command.pending.extend(C.enumerate_value(value))
    else:
        cmdlet.command.pending.append(value)
    return []


def _attributed(cmdlet: PSCmdletObject, record: Any) -> ErrorRecord:
    """The record as the function reports it (MshCommandRuntime sets its InvocationInfo to the
    function's, even for a record caught elsewhere): the function's name as the command, the
    FullyQualifiedErrorId suffix and the activity, and the function's call as the position."""
    if not isinstance(record, ErrorRecord):
        raise TypeError("ErrorRecord")
    command = cmdlet.command
    name = command.info.name
    return ErrorRecord(
        message=record.message, error_id=record.error_id, category=record.category, target=record.target,
        exception_type=record.exception_type, exception_full_type=record.exception_full_type,
        command=command.invocation.name or name, command_class=name, extent=command.invocation.extent,
        activity=name, reason=record.reason, target_name=record.target_name,
        target_type=record.target_type, error_details=record.error_details, details=dict(record.details))


def _write_error(ctx: Any, cmdlet: PSCmdletObject, record: Any) -> list:
    ctx.write_error(_attributed(cmdlet, record), command=cmdlet.command.processor)
    return []


def _throw_terminating(ctx: Any, cmdlet: PSCmdletObject, record: Any) -> None:
    raise FunctionTerminatingError(_attributed(cmdlet, record))


def _stream(kind: str):
    def write(ctx: Any, cmdlet: PSCmdletObject, text: Any) -> list:
        getattr(ctx, kind)(C.to_string(text), command=cmdlet.command.processor)
        return []
    return write


PSCmdletObject.ps_methods = {
    "shouldprocess": _should_process, "shouldcontinue": _should_continue, "writeobject": _write_object,
    "writeerror": _write_error, "throwterminatingerror": _throw_terminating,
    "writeverbose": _stream("write_verbose"), "writewarning": _stream("write_warning"),
    "writedebug": _stream("write_debug"),
}


ERROR_RECORD_TYPE = "System.Management.Automation.ErrorRecord"
ERROR_CATEGORY_TYPE = "System.Management.Automation.ErrorCategory"


def new_error_record(exception: Any, error_id: Any, category: Any, target: Any) -> ErrorRecord:
    """``[System.Management.Automation.ErrorRecord]::new(exception, errorId, category, target)``:
    the record a script hands to ThrowTerminatingError / WriteError."""
    from ..errors import CATEGORIES
    names = getattr(exception, "typenames", None) or ["System.Exception"]
    message = C.to_string(exception.get("Message") if hasattr(exception, "get") else exception)
    wanted = C.to_string(category).lower()
    chosen = next((c for c in sorted(CATEGORIES) if c.lower() == wanted), "NotSpecified")
    return ErrorRecord(message=message, error_id=C.to_string(error_id), category=chosen, target=target,
                       exception_type=names[0].split(".")[-1], exception_full_type=names[0])


def error_categories() -> dict:
    """``[System.Management.Automation.ErrorCategory]::<Name>`` static members (their names)."""
    from ..errors import CATEGORIES
    return {(ERROR_CATEGORY_TYPE, name.lower()): (lambda n=name: n) for name in sorted(CATEGORIES)}
