"""What an ErrorRecord shows as an object (``$_`` in a catch block, ``$Error[0]``): its
properties in 5.1's order, the InvocationInfo, the CategoryInfo and the ScriptStackTrace.

* Properties (``$Error[0] | Format-List * -Force``): PSMessageDetails, Exception,
  TargetObject, CategoryInfo, FullyQualifiedErrorId, ErrorDetails, InvocationInfo,
  ScriptStackTrace, PipelineIterationInfo.
* ``CategoryInfo`` reads as ``ObjectNotFound: (:) [Get-CsUser], ManagementException``
  (ErrorCategoryInfo.GetMessage, the error view's line).
* ``InvocationInfo`` has InvocationInfo's 17 public properties in declaration order
  (PowerShell's engine/InvocationInfo.cs); ``PositionMessage`` is the view's
  ``At line:L char:C`` block.
* ``ScriptStackTrace`` lists the functions the error went through, innermost first,
  ``at <name>, <No file>: line <n>``, ending with ``at <ScriptBlock>``.
"""
from __future__ import annotations

from typing import Any, Callable, Optional

from ..cmdlets import registry
from ..errors import ErrorRecord, Extent
from ..formatting.errors import category_text, position_lines
from ..objects.psobject import PSHashtable, PSObject

INVOCATION_INFO = "System.Management.Automation.InvocationInfo"
CATEGORY_INFO = "System.Management.Automation.ErrorCategoryInfo"
ERROR_DETAILS = "System.Management.Automation.ErrorDetails"
NO_FILE = "<No file>"
_STACK = "script_stack"


def note_origin(record: ErrorRecord, ctx: Any) -> None:
    """Remember where ``record`` was raised or written: the user functions running (for
    ScriptStackTrace) and the history id of the line being run. The first note wins, so an
    error keeps the place it came from while it travels up to a catch block."""
    details = record.details
    if _STACK not in details:
        details[_STACK] = tuple(frame for frame in ctx.call_stack if frame is not None)
        details["history_id"] = len(ctx.history) + 1


def script_stack_trace(record: ErrorRecord) -> str:
    """ErrorRecord.ScriptStackTrace: ``at f, <No file>: line 2`` per function, innermost
    first, then ``at <ScriptBlock>, <No file>: line n`` for the typed input."""
    frames = record.details.get(_STACK, ())
    line = record.extent.line if record.extent is not None else 1
    lines = []
    for name, call in reversed(frames):
        lines.append(f"at {name}, {_file_of(record.extent)}: line {line}")
        line = call.line if call is not None else line
    lines.append(f"at <ScriptBlock>, {_file_of(record.extent)}: line {line}")
    return "\r\n".join(lines)


def _file_of(extent: Optional[Extent]) -> str:
    return extent.source.name if extent is not None and extent.source.name else NO_FILE


def category_info(record: ErrorRecord) -> PSObject:
    """ErrorCategoryInfo: Category, Activity, Reason, TargetName, TargetType; its ToString()
    is the error view's CategoryInfo text."""
    return PSObject([("Category", record.category), ("Activity", record.activity or ""),
                     ("Reason", record.reason or record.exception_type),
                     ("TargetName", record.target_name or ""), ("TargetType", record.target_type or "")],
                    typenames=[CATEGORY_INFO, "System.Object"], tostring=lambda o: category_text(record))


def invocation_info(record: ErrorRecord) -> PSObject:
    """The InvocationInfo of the command (or the statement) the error came from."""
    extent = record.extent
    command = _my_command(record)
    from_command = command is not None
    frames = record.details.get(_STACK, ())
    return PSObject([
        ("MyCommand", command),
        ("BoundParameters", PSHashtable()),
        ("UnboundArguments", []),
        ("ScriptLineNumber", extent.line if extent else 0),
        ("OffsetInLine", extent.col if extent else 0),
        ("HistoryId", record.details.get("history_id", -1)),
        ("ScriptName", extent.source.name if extent else ""),
        ("Line", extent.source.line_text(extent.line) if extent else ""),
        ("PositionMessage", "\r\n".join(position_lines(extent))),
        ("PSScriptRoot", ""),
        ("PSCommandPath", None),
        ("InvocationName", record.command or ""),
        ("PipelineLength", 1 if from_command else 0),
        ("PipelinePosition", 1 if from_command else 0),
        ("ExpectingInput", False),
        ("CommandOrigin", "Runspace" if from_command and not frames else "Internal"),
        ("DisplayScriptPosition", None),
    ], typenames=[INVOCATION_INFO, "System.Object"], tostring=lambda o: INVOCATION_INFO)


def _my_command(record: ErrorRecord) -> Optional[PSObject]:
    """The CmdletInfo / FunctionInfo of the failing command, None for a statement's error."""
    if not record.command or not record.activity:
        return None
    info = registry.lookup(record.activity)
    if info is None:
        return None
    from ..cmdlets.help import command_object  # the one CommandInfo shape, built on demand
    return command_object(info)


def error_details(record: ErrorRecord) -> Optional[PSObject]:
    """ErrorDetails (Message, RecommendedAction), or None when the record has none."""
    if record.error_details is None:
        return None
    return PSObject([("Message", record.error_details), ("RecommendedAction", None)],
                    typenames=[ERROR_DETAILS, "System.Object"], tostring=lambda o: record.error_details)


def exception_object(record: ErrorRecord) -> PSObject:
    """The record's exception: its message and the record, typed as the .NET exception."""
    return PSObject([("Message", record.message), ("ErrorRecord", record)],
                    typenames=[record.exception_full_type or "System.Exception", "System.Object"],
                    tostring=lambda o: record.message)


ERROR_RECORD_PROPERTIES: list[tuple[str, Callable[[ErrorRecord], Any]]] = [
    ("PSMessageDetails", lambda r: None),
    ("Exception", exception_object),
    ("TargetObject", lambda r: r.target),
    ("CategoryInfo", category_info),
    ("FullyQualifiedErrorId", lambda r: r.fully_qualified_error_id),
    ("ErrorDetails", error_details),
    ("InvocationInfo", invocation_info),
    ("ScriptStackTrace", script_stack_trace),
    ("PipelineIterationInfo", lambda r: []),
]

# ErrorRecord (errors.py, the lowest layer) takes its adapted properties from here, through
# the ``ps_properties`` protocol objects.members reads for .NET-like classes.
ErrorRecord.ps_properties = ERROR_RECORD_PROPERTIES
_BY_NAME = {name.lower(): getter for name, getter in ERROR_RECORD_PROPERTIES}


def error_record_member(record: ErrorRecord, name: str) -> Any:
    """``$record.Name``: one of the properties above, or $null."""
    getter = _BY_NAME.get(name.lower())
    return getter(record) if getter is not None else None
