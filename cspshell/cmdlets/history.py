"""Session history: Get-History and Invoke-History."""
from __future__ import annotations

from typing import Any, Iterator, Optional

from ..objects.convert import to_string
from ..objects.psobject import PSObject
from .base import Cmdlet
from .registry import CORE, Parameter, cmdlet
from .utility import as_list, new_object

P = Parameter


# =====================================================================================
# Get-History / Invoke-History
# =====================================================================================

HISTORYINFO = "Microsoft.PowerShell.Commands.HistoryInfo"


def history_object(entry: Any) -> PSObject:
    """A HistoryInfo object from an (id, command line[, start, end, status]) entry."""
    hid, line = entry[0], entry[1]
    start = entry[2] if len(entry) > 2 else None
    end = entry[3] if len(entry) > 3 else start
    status = entry[4] if len(entry) > 4 else "Completed"
    return new_object(HISTORYINFO, [("Id", hid), ("CommandLine", line), ("ExecutionStatus", status),
                                    ("StartExecutionTime", start), ("EndExecutionTime", end)],
                      tostring=lambda o: o.get("CommandLine"))


@cmdlet("Get-History", CORE, [
    P("Id", "Int64[]", position=0, from_pipeline=True, help="Specifies an array of the IDs of entries in the session history."),
    P("Count", "Int32", position=1, help="Specifies the number of the most recent history entries that this cmdlet gets."),
], aliases=("ghy", "h", "history"), output_type=HISTORYINFO,
    synopsis="Gets a list of the commands entered during the current session.",
    description="The Get-History cmdlet gets the session history, the list of commands entered "
                "during the current session (the 32 most recent by default).",
    examples=(("Get-History -Count 5", "Gets the five most recent commands."),))
class GetHistoryCommand(Cmdlet):
    """Get-History."""

    def process(self) -> Iterator[Any]:
        entries = list(getattr(self.ctx, "history", []))
        ids = as_list(self.params.get("Id"))
        if ids:
            for wanted in ids:
                hit = [e for e in entries if e[0] == int(wanted)]
                if not hit:
                    self.error(f"Cannot locate history for Id {wanted}.", "GetHistoryItemNotFound",
                               "ObjectNotFound", wanted, exception_type="ArgumentException")
                for entry in hit:
                    yield history_object(entry)
            return
        count = int(self.params.get("Count", 32))
        for entry in entries[-count:] if count > 0 else []:
            yield history_object(entry)


@cmdlet("Invoke-History", CORE, [
    P("Id", "String", position=0, help="Specifies the ID of a command in the history (default: the last command)."),
], aliases=("ihy", "r"), should_process=True, output_type="",
    synopsis="Runs commands from the session history.",
    description="The Invoke-History cmdlet runs commands from the session history. It shows the "
                "command line first, then runs it.",
    examples=(("Invoke-History 3", "Runs command 3 of the history again."),))
class InvokeHistoryCommand(Cmdlet):
    """Invoke-History: echoes the command line, then asks the engine to run it."""

    def process(self) -> Iterator[Any]:
        entries = list(getattr(self.ctx, "history", []))
        entry = self._find(entries)
        if entry is None:
            return
        self.ctx.write_host(entry[1])
        runner = getattr(self.ctx, "invoke_script", None)
        if runner is None:
            self.error("Invoke-History is not available in this host.", "InvokeHistoryUnavailable",
                       "NotImplemented", exception_type="NotImplementedException")
            return
        yield from runner(entry[1]) or []

    def _find(self, entries: list) -> Optional[Any]:
        wanted = self.params.get("Id")
        if not entries:
            self.error("Cannot locate the most recent history.", "InvokeHistoryNoLastHistoryEntryFound",
                       "ObjectNotFound", exception_type="InvalidOperationException")
            return None
        if wanted is None:
            return entries[-1]
        text = to_string(wanted)
        if text.lstrip("-").isdigit():
            hit = [e for e in entries if e[0] == int(text)]
        else:
            hit = [e for e in reversed(entries) if e[1].lower().startswith(text.lower())][:1]
        if not hit:
            self.error(f"Cannot locate history for commandline {text}." if not text.lstrip("-").isdigit()
                       else f"Cannot locate history for Id {text}.", "InvokeHistoryItemNotFound",
                       "ObjectNotFound", wanted, exception_type="ArgumentException")
            return None
        return hit[0]
