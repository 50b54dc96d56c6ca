"""Error records and source positions, low in the layers so every layer can raise them.

An ``ErrorRecord`` holds what Windows PowerShell's ErrorRecord shows: the message, the
FullyQualifiedErrorId, the CategoryInfo parts and the invocation position (an ``Extent``
into the script text). ``formatting.errors`` renders it in the 5.1 console layout.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional


class SourceText:
    """A piece of script text with a line index, shared by every extent into it."""

    __slots__ = ("text", "name", "_line_starts")

    def __init__(self, text: str, name: str = ""):
        self.text = text
        self.name = name
        starts = [0]
        for i, ch in enumerate(text):
            if ch == "\n":
                starts.append(i + 1)
        self._line_starts = starts

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of an offset."""
        lo, hi = 0, len(self._line_starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self._line_starts[mid] <= offset:
                lo = mid
            else:
                hi = mid - 1
        return lo + 1, offset - self._line_starts[lo] + 1

    def line_text(self, line: int) -> str:
        start = self._line_starts[line - 1]
        end = self.text.find("\n", start)
        if end < 0:
            end = len(self.text)
        return self.text[start:end].rstrip("\r")


@dataclass(frozen=True)
class Extent:
    """A span [start, end) of a SourceText."""

    source: SourceText
    start: int
    end: int

    @property
    def line(self) -> int:
        return self.source.line_col(self.start)[0]

    @property
    def col(self) -> int:
        return self.source.line_col(self.start)[1]

    @property
    def text(self) -> str:
        return self.source.text[self.start:self.end]

    def join(self, other: "Extent") -> "Extent":
        return Extent(self.source, min(self.start, other.start), max(self.end, other.end))


# CategoryInfo categories PowerShell uses.
CATEGORIES = {
    "NotSpecified", "OpenError", "CloseError", "DeviceError", "DeadlockDetected",
    "InvalidArgument", "InvalidData", "InvalidOperation", "InvalidResult", "InvalidType",
    "MetadataError", "NotImplemented", "NotInstalled", "ObjectNotFound", "OperationStopped",
    "OperationTimeout", "SyntaxError", "ParserError", "PermissionDenied", "ResourceBusy",
    "ResourceExists", "ResourceUnavailable", "ReadError", "WriteError", "FromStdErr",
    "SecurityError", "ProtocolError", "ConnectionError", "AuthenticationError",
    "LimitsExceeded", "QuotaExceeded", "NotEnabled",
}


@dataclass
class ErrorRecord:
    """One PowerShell error.

    ``error_id`` is the FullyQualifiedErrorId's first part; ``command_class`` its suffix
    after a comma (e.g. ``Microsoft.PowerShell.Commands.SelectObjectCommand``).
    ``command`` is the invocation name shown as the ``Cmd : `` prefix.
    """

    message: str
    error_id: str
    category: str = "NotSpecified"
    target: Any = None
    exception_type: str = "RuntimeException"
    exception_full_type: Optional[str] = None
    command: Optional[str] = None
    command_class: Optional[str] = None
    extent: Optional[Extent] = None
    activity: Optional[str] = None
    reason: Optional[str] = None
    target_name: Optional[str] = None
    target_type: Optional[str] = None
    extra_message: Optional[str] = None  # an emulator note printed after the record
    error_details: Optional[str] = None  # ErrorDetails.Message: shown instead of the message, no trailing ' ' line
    details: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.exception_full_type is None:
            self.exception_full_type = full_exception_name(self.exception_type)

    @property
    def fully_qualified_error_id(self) -> str:
        if self.command_class:
            return f"{self.error_id},{self.command_class}"
        return self.error_id

    def __str__(self) -> str:
        return self.message

    ps_type_name = "System.Management.Automation.ErrorRecord"

    def ps_to_string(self) -> str:
        return self.message


_SYSTEM_EXCEPTIONS = {"ArgumentException", "ArgumentOutOfRangeException", "InvalidOperationException",
                      "DivideByZeroException", "FormatException", "InvalidCastException", "IOException",
                      "NotSupportedException", "Exception", "ArgumentNullException"}


def full_exception_name(short: str) -> str:
    """The .NET full name of an exception type PowerShell reports by its short name."""
    if "." in short:
        return short
    if short in _SYSTEM_EXCEPTIONS:
        return ("System.IO." if short == "IOException" else "System.") + short
    if short == "ManagementException":
        return "Microsoft.Rtc.Management.ManagementException"
    return "System.Management.Automation." + short


class PSError(Exception):
    """A terminating error carrying its ErrorRecord."""

    def __init__(self, record: ErrorRecord):
        super().__init__(record.message)
        self.record = record


class ParseError(PSError):
    """A parse error; ``incomplete`` is True when more input could complete the text."""

    def __init__(self, record: ErrorRecord, incomplete: bool = False):
        super().__init__(record)
        self.incomplete = incomplete


def runtime_error(message: str, error_id: str, category: str = "NotSpecified",
                  target: Any = None, extent: Optional[Extent] = None,
                  exception_type: str = "RuntimeException") -> PSError:
    """A terminating runtime error (not tied to a command)."""
    return PSError(ErrorRecord(message=message, error_id=error_id, category=category,
                               target=target, extent=extent, exception_type=exception_type))
