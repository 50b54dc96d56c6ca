"""``$PSCmdlet`` of an advanced function: ShouldProcess / ShouldContinue with the 5.1 host's
texts, WriteObject / WriteError / WriteVerbose / WriteWarning / WriteDebug, ThrowTerminatingError,
and the ParameterSetName / MyInvocation properties.

ShouldProcess and ShouldContinue are cmdlets/shouldprocess.py's, the one implementation of
MshCommandRuntime's rules: under WhatIf (``-WhatIf`` on the function sets ``$WhatIfPreference`` in
its scope, so ``$WhatIfPreference`` is what is read) ``What if: <description>`` and False;
otherwise a prompt when the function's ConfirmImpact is at or above ``$ConfirmPreference``
(``-Confirm`` sets that to Low in the function's scope, ``-Confirm:$false`` to None). A host that
cannot prompt raises HostPromptError, which the method call reports as HostException.
"""
from __future__ import annotations

from typing import Any

from ..cmdlets.shouldprocess import confirm_threshold, operation_message, should_continue, whatif_in_effect
from ..errors import ErrorRecord
from ..objects import convert as C
from ..objects.psobject import PSObject
from .context import ScriptTerminatingError

class FunctionTerminatingError(ScriptTerminatingError):
    """ThrowTerminatingError: passes the function's own statement runners (the function stops)
    and becomes a statement-terminating error where the function was called."""


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
    def should_process(self, ctx: Any, description: str, query: Any = None, caption: Any = None) -> bool:
        """Return True when the operation may go ahead: False under WhatIf (after its line) or
        when the person answers no to the confirmation prompt (query and caption: the prompt's
        texts of the three-argument form)."""
        command = self.command
        common = getattr(command.processor, "common", None) or {}

        def verbose(text: str) -> None:
            ctx.write_verbose(text, command=command.processor)

        return command.confirmation.should_process(
            ctx, description, whatif=whatif_in_effect(ctx), threshold=confirm_threshold(ctx),
            verbose=verbose if C.to_bool(common.get("Verbose", False)) else None,
            query=None if query is None else C.to_string(query),
            caption=None if caption is None else C.to_string(caption))

    def should_continue(self, ctx: Any, query: Any, caption: Any) -> bool:
        """Return the person's answer to ``query`` (always asked, whatever the preferences)."""
        return should_continue(ctx, C.to_string(query), C.to_string(caption))


def _should_process(ctx: Any, cmdlet: PSCmdletObject, *args: Any) -> bool:
    """ShouldProcess(target), (target, action) or (verboseDescription, verboseWarning, caption)."""
    if not args or len(args) > 3:
        raise TypeError("ShouldProcess")
    if len(args) == 3:
        return cmdlet.should_process(ctx, C.to_string(args[0]), args[1], args[2])
    action = C.to_string(args[1]) if len(args) == 2 else cmdlet.command.info.name
    return cmdlet.should_process(ctx, operation_message(action, args[0]))


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
