"""The records of PowerShell's informational streams: what ``Write-Warning``, ``Write-Verbose``,
``Write-Debug``, ``Write-Information`` and ``Write-Host`` produce when their stream is redirected
(``3>&1``, ``4> file``, ``6>&1`` ...).

They are PSObjects with the .NET properties of 5.1's records, in reflection order (a derived
class's own properties first). ``stream`` is the stream the record was written to: 5.1 notes it
on the object (``WriteWarningStream`` and so on) so that the console host, meeting the record
in the output, writes it as that stream writes (``WARNING: text``); a file gets only the text.
"""
from __future__ import annotations

from typing import Any, Iterable, Optional

from .convert import to_string, type_name
from .psobject import LazyValue, PSObject

WARNING, VERBOSE, DEBUG, INFORMATION = "warning", "verbose", "debug", "information"

_NS = "System.Management.Automation."
_INFORMATIONAL = _NS + "InformationalRecord"


class StreamRecord(PSObject):
    """A WarningRecord, VerboseRecord, DebugRecord or InformationRecord."""

    __slots__ = ("stream",)

    def __init__(self, stream: str, props: Iterable[tuple[str, Any]], typenames: list[str], text: str):
        super().__init__(props, typenames=typenames, tostring=lambda _record: text)
        self.stream = stream


def _invocation_info(command: Optional[str]) -> PSObject:
    return PSObject([("MyCommand", command), ("InvocationName", command)],
                    typenames=[_NS + "InvocationInfo", "System.Object"])


def informational_record(stream: str, message: str, command: Optional[str] = None) -> StreamRecord:
    """The WarningRecord, VerboseRecord or DebugRecord carrying ``message`` (ToString() is the
    message) for the command that wrote it."""
    kind = {WARNING: "WarningRecord", VERBOSE: "VerboseRecord", DEBUG: "DebugRecord"}[stream]
    props: list[tuple[str, Any]] = [("FullyQualifiedWarningId", "")] if stream == WARNING else []
    props += [("Message", message), ("InvocationInfo", LazyValue(lambda: _invocation_info(command))),
              ("PipelineIterationInfo", [0, 1])]
    return StreamRecord(stream, props, [_NS + kind, _INFORMATIONAL, "System.Object"], message)


def message_text(data: Any) -> str:
    """MessageData.ToString(): .NET's text, so an array shows its type name."""
    if isinstance(data, (list, tuple)):
        return type_name(data)
    return to_string(data)


def information_record(data: Any, source: str, tags: Iterable[str], host: dict[str, Any]) -> StreamRecord:
    """The InformationRecord Write-Information or Write-Host writes. ``host`` gives the
    machine facts: ``user``, ``computer``, ``pid`` and ``time`` (a function: TimeGenerated is
    read only when asked for, so nothing depends on the clock unless a user looks)."""
    props = [("MessageData", data), ("Source", source), ("TimeGenerated", LazyValue(host["time"])),
             ("Tags", list(tags)), ("User", host["user"]), ("Computer", host["computer"]),
             ("ProcessId", host["pid"]), ("NativeThreadId", host.get("thread", 1)),
             ("ManagedThreadId", host.get("thread", 1))]
    return StreamRecord(INFORMATION, props, [_NS + "InformationRecord", "System.Object"], message_text(data))


def host_message(text: str, newline: bool) -> PSObject:
    """The HostInformationMessage Write-Host puts in its InformationRecord (ToString(): the text)."""
    return PSObject([("Message", text), ("NoNewLine", not newline), ("ForegroundColor", None),
                     ("BackgroundColor", None)],
                    typenames=[_NS + "HostInformationMessage", "System.Object"],
                    tostring=lambda _message: text)


__all__ = ["StreamRecord", "informational_record", "information_record", "host_message", "message_text",
           "WARNING", "VERBOSE", "DEBUG", "INFORMATION"]
