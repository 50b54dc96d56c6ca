"""Format-Table, Format-List, Format-Wide and the Out-* cmdlets (Out-Default, Out-Host,
Out-String, Out-File, Out-Null), with Windows PowerShell 5.1's parameters and errors.

The Format-* cmdlets emit formatting records (``formatting.records``); the Out-* cmdlets
turn objects and records into text with ``formatting.out_default.LineRenderer``, streaming.
"""
from __future__ import annotations

import os
import tempfile
import weakref
from typing import Any, Iterator, Optional

from ..formatting.generate import FormatCommand, FormatParams, FormatViewError
from ..formatting.out_default import CONSOLE_STREAM_PREFIXES, LineRenderer, split_output
from ..formatting.views import LIST, TABLE, WIDE
from .base import NO_INPUT, Cmdlet
from .utility import spec_error
from .calculated import (FORMAT_LIST, FORMAT_TABLE, FORMAT_WIDE, GROUP_BY, PropertySpecError,
                         parse_properties, parse_property)
from .registry import CORE, UTILITY, Parameter, cmdlet

P = Parameter

# Out-String and Out-File end each line with the Windows line terminator, as 5.1 does.
NEWLINE = "\r\n"
DEFAULT_CONSOLE_WIDTH = 120
DEFAULT_ENUMERATION_LIMIT = 4

EXPAND_VALUES = ("CoreOnly", "EnumOnly", "Both")
ENCODINGS = ("unknown", "string", "unicode", "bigendianunicode", "utf8", "utf7", "utf32",
             "ascii", "default", "oem")

# name -> (Python codec, byte order mark written at the start of a new file)
_CODECS = {
    "unknown": ("utf-16-le", b"\xff\xfe"), "string": ("utf-16-le", b"\xff\xfe"),
    "unicode": ("utf-16-le", b"\xff\xfe"), "bigendianunicode": ("utf-16-be", b"\xfe\xff"),
    "utf8": ("utf-8", b"\xef\xbb\xbf"), "utf7": ("utf-7", b""),
    "utf32": ("utf-32-le", b"\xff\xfe\x00\x00"), "ascii": ("ascii", b""),
    "default": ("cp1252", b""), "oem": ("cp437", b""),
}

_COMMON_FORMAT = (
    P("GroupBy", "Object"),
    P("View", "String"),
    P("ShowError", "SwitchParameter"),
    P("DisplayError", "SwitchParameter"),
    P("Force", "SwitchParameter"),
    P("Expand", "String", validate_set=EXPAND_VALUES),
    P("InputObject", "PSObject", from_pipeline=True),
)


def _console_width(ctx: Any) -> int:
    return getattr(ctx, "width", None) or DEFAULT_CONSOLE_WIDTH


def _enumeration_limit(ctx: Any) -> int:
    limit = getattr(ctx, "enumeration_limit", DEFAULT_ENUMERATION_LIMIT)
    return limit if isinstance(limit, int) and not isinstance(limit, bool) else DEFAULT_ENUMERATION_LIMIT


class _InputCmdlet(Cmdlet):
    """Reads the current pipeline object, or -InputObject when the command runs first."""

    def current(self) -> Any:
        if self.input is not NO_INPUT:
            return self.input
        return self.params.get("InputObject", NO_INPUT)

    def check_range(self, name: str, minimum: int) -> None:
        """5.1's ValidateRange(minimum, Int32.MaxValue) on an integer parameter."""
        value = self.params.get(name)
        if value is not None and value < minimum:
            self.terminate(
                f"Cannot validate argument on parameter '{name}'. The {value} argument is less than "
                f"the minimum allowed range of {minimum}. Supply an argument that is greater than or "
                f"equal to {minimum} and then try the command again.",
                "ParameterArgumentValidationError", "InvalidData",
                exception_type="ParameterBindingValidationException")


# --- Format-Table / Format-List / Format-Wide -----------------------------------------------

class _FormatCmdlet(_InputCmdlet):
    """Common part: parse the command line once, then format each input object."""

    shape = TABLE
    property_keys = FORMAT_TABLE

    def begin(self) -> None:
        try:
            params = self.format_params()
        except PropertySpecError as exc:
            spec_error(self, exc)
        self.command = FormatCommand(self.shape, params, _enumeration_limit(self.ctx))

    def format_params(self) -> FormatParams:
        params = FormatParams(properties=parse_properties(self.params.get("Property"), self.property_keys))
        if self.params.get("View"):
            if params.properties:
                self.terminate("Cmdlet parameters View and Property are mutually exclusive.",
                               "FormatCannotSpecifyViewAndProperty", "InvalidArgument",
                               exception_type="InvalidDataException")
            params.view = self.params["View"]
        self.shape_params(params)
        if self.params.get("GroupBy") is not None:
            params.group_by = parse_property(self.params["GroupBy"], GROUP_BY)
        params.force = self.switch("Force")
        params.display_error = self.switch("DisplayError")
        params.show_error = self.switch("ShowError")
        params.expand = self.params.get("Expand")
        return params

    def shape_params(self, params: FormatParams) -> None:
        """Shape-specific switches (overridden)."""

    def process(self) -> Iterator[Any]:
        obj = self.current()
        if obj is NO_INPUT:
            return
        try:
            yield from self.command.process(obj)
        except FormatViewError as exc:
            self.terminate(exc.message, exc.error_id, exc.category, exc.target,
                           exception_type="PipelineStoppedException")

    def end(self) -> Iterator[Any]:
        yield from self.command.end()


@cmdlet("Format-Table", UTILITY, (
    P("Property", "Object[]", position=0,
      help="The properties to show, in order: names, wildcards, script blocks or hashtables "
           "with Label/Name, Expression, Width, Alignment and FormatString."),
    P("AutoSize", "SwitchParameter", help="Sizes the columns from all the data before writing."),
    P("HideTableHeaders", "SwitchParameter", help="Omits the header and dash lines."),
    P("Wrap", "SwitchParameter", help="Wraps long values onto more lines instead of cutting them."),
) + _COMMON_FORMAT, aliases=("ft",), output_type="Microsoft.PowerShell.Commands.Internal.Format",
    synopsis="Formats the output as a table.",
    description="Shows the selected properties of each object as a column of a table. Without "
                "-Property the type's table view is used, or the object's properties (at most ten). "
                "The first object decides the columns. -GroupBy starts a new table each time the "
                "grouping value changes; sort the input first.",
    examples=(("Get-CsPool | Format-Table Fqdn, Site -AutoSize",
               "Shows two properties of every pool, columns sized to their content."),
              ("Get-CsUserPoolInfo sip:lcarter@beta.deitterick.com | Select-Object -ExpandProperty "
               "PrimaryPoolMachinesInPreferredOrder | Format-Table @{Label='Machine'; Expression={$_.MachineId}}, Fqdn",
               "A calculated column with its own label.")),
    related=("Format-List", "Format-Wide", "Out-String"))
class FormatTableCommand(_FormatCmdlet):
    shape = TABLE
    property_keys = FORMAT_TABLE

    def shape_params(self, params: FormatParams) -> None:
        for name, attr in (("AutoSize", "autosize"), ("HideTableHeaders", "hide_headers"), ("Wrap", "wrap")):
            if self.bound(name):
                setattr(params, attr, bool(self.params[name]))


@cmdlet("Format-List", UTILITY, (
    P("Property", "Object[]", position=0,
      help="The properties to show: names, wildcards (* for all), script blocks or hashtables "
           "with Label/Name, Expression and FormatString."),
) + _COMMON_FORMAT, aliases=("fl",), output_type="Microsoft.PowerShell.Commands.Internal.Format",
    synopsis="Formats the output as a list of properties in which each property appears on a new line.",
    description="Shows each object as a list of 'Name : Value' lines, the names padded to the "
                "longest one. Without -Property the type's list view is used, or all the object's "
                "properties.",
    examples=(("Get-CsUserPoolInfo -Identity lcarter@beta.deitterick.com | Select-Object -ExpandProperty "
               "PrimaryPoolMachinesInPreferredOrder | Format-List MachineId,Fqdn",
               "Lists the Front End servers a user registers against, in order."),
              ("Get-CsPool | Format-List *", "Shows every property of every pool.")),
    related=("Format-Table", "Format-Wide", "Out-String"))
class FormatListCommand(_FormatCmdlet):
    shape = LIST
    property_keys = FORMAT_LIST


@cmdlet("Format-Wide", UTILITY, (
    P("Property", "Object", position=0, help="The one property to show for each object."),
    P("AutoSize", "SwitchParameter", help="Puts as many columns on a row as the longest value allows."),
    P("Column", "Int32", help="The number of columns per row."),
) + _COMMON_FORMAT, aliases=("fw",), output_type="Microsoft.PowerShell.Commands.Internal.Format",
    synopsis="Formats objects as a wide table that displays only one property of each object.",
    description="Shows one value per object, two per row unless -Column or -AutoSize says otherwise. "
                "Without -Property the object's name-like property is used.",
    examples=(("Get-CsPool | Format-Wide Fqdn -Column 3", "Pool names, three per row."),),
    related=("Format-Table", "Format-List"))
class FormatWideCommand(_FormatCmdlet):
    shape = WIDE
    property_keys = FORMAT_WIDE

    def begin(self) -> None:
        self.check_range("Column", 1)
        super().begin()

    def shape_params(self, params: FormatParams) -> None:
        if self.bound("AutoSize") and self.bound("Column") and self.params["AutoSize"]:
            self.terminate("Cmdlet parameters AutoSize and Column are mutually exclusive.",
                           "FormatCannotSpecifyAutosizeAndColumns", "InvalidArgument",
                           exception_type="InvalidDataException")
        if self.bound("AutoSize"):
            params.autosize = bool(self.params["AutoSize"])
        if self.bound("Column"):
            params.columns = self.params["Column"]


# --- Out-* -----------------------------------------------------------------------------------

class _RenderingCmdlet(_InputCmdlet):
    """Feeds its input to a LineRenderer laid out at ``layout_width()`` columns."""

    console = False  # True for the console's text, where a merged warning record says WARNING:

    def layout_width(self) -> int:
        if self.params.get("Width"):
            return self.params["Width"]
        return _console_width(self.ctx) - 1

    def begin(self) -> None:
        self.renderer = LineRenderer(self.layout_width(), _enumeration_limit(self.ctx),
                                     stream_prefixes=CONSOLE_STREAM_PREFIXES if self.console else None)

    def rendered(self) -> list[str]:
        """The lines for the current input (possibly none yet)."""
        obj = self.current()
        if obj is NO_INPUT:
            return []
        return self.renderer.feed(obj)


class _HostCmdlet(_RenderingCmdlet):
    """Writes the rendered lines to the host as they come."""

    console = True

    def write(self, lines: list[str]) -> None:
        for line in split_output(lines):
            self.ctx.write_host(line)

    def process(self) -> None:
        self.write(self.rendered())

    def end(self) -> None:
        self.write(self.renderer.close())


@cmdlet("Out-Default", CORE, (
    P("Transcript", "SwitchParameter", help="Accepted for compatibility; output goes to the host."),
    P("InputObject", "PSObject", from_pipeline=True),
), synopsis="Sends the output to the default formatter and to the default output cmdlet.",
    description="Formats objects the way the console shows the output of a command: views, "
                "tables of up to four properties, lists of five or more.",
    related=("Out-Host",))
class OutDefaultCommand(_HostCmdlet):
    pass


@cmdlet("Out-Host", CORE, (
    P("Paging", "SwitchParameter", help="Accepted; output is written without pausing."),
    P("InputObject", "PSObject", from_pipeline=True),
), aliases=("oh",), synopsis="Sends output to the command line.",
    description="Formats objects and writes the text to the console.",
    related=("Out-Default", "Out-String"))
class OutHostCommand(_HostCmdlet):
    """Out-Host; with -Paging an interactive host pages the output (others ignore it)."""

    def begin(self) -> None:
        super().begin()
        self.paging = self.switch("Paging") and hasattr(self.ctx.host, "start_paging")
        if self.paging:
            self.ctx.host.start_paging()

    def end(self) -> None:
        try:
            super().end()
        finally:
            if self.paging:
                self.ctx.host.stop_paging()


@cmdlet("Out-Null", CORE, (
    P("InputObject", "PSObject", from_pipeline=True),
), synopsis="Deletes output instead of sending it down the pipeline.",
    description="Consumes its input and writes nothing.",
    examples=(("Get-CsPool | Out-Null", "Runs the command and discards what it returns."),))
class OutNullCommand(Cmdlet):
    pass


@cmdlet("Out-String", UTILITY, (
    P("Stream", "SwitchParameter", help="Sends each line as a separate string."),
    P("Width", "Int32", help="The number of characters in each line (default: console width - 1)."),
    P("InputObject", "PSObject", from_pipeline=True),
), output_type="System.String", synopsis="Sends objects to the host as a series of strings.",
    description="Formats the input as the console would and returns the text: one string with "
                "every line ended by a newline, or one string per line with -Stream.",
    examples=(('$text = Get-CsUserPoolInfo lcarter@beta.deitterick.com | Out-String',
               "Keeps the formatted text in a variable."),),
    related=("Out-File", "Out-Host"))
class OutStringCommand(_RenderingCmdlet):
    def begin(self) -> None:
        self.check_range("Width", 2)
        super().begin()
        self.lines: list[str] = []

    def process(self) -> Iterator[str]:
        lines = self.rendered()
        if self.switch("Stream"):
            yield from lines
        else:
            self.lines.extend(lines)

    def end(self) -> Iterator[str]:
        lines = self.renderer.close()
        if self.switch("Stream"):
            yield from lines
        else:
            yield "".join(line + NEWLINE for line in self.lines + lines)


def _file_mode(path: str) -> int:
    """The permissions the written file keeps: the old file's, else the default for new files."""
    try:
        return os.stat(path).st_mode & 0o7777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def _discard(path: str) -> None:
    """Remove a temporary file left by an Out-File that never finished."""
    try:
        os.unlink(path)
    except OSError:
        pass


@cmdlet("Out-File", UTILITY, (
    P("FilePath", "String", position=0, mandatory=True, sets=("ByPath",), help="The file to write."),
    P("LiteralPath", "String", mandatory=True, aliases=("PSPath",), from_pipeline_by_name=True,
      sets=("ByLiteralPath",), help="The file to write, taken literally."),
    P("Encoding", "String", position=1, validate_set=ENCODINGS,
      help="The character encoding (default Unicode, UTF-16LE with a byte order mark)."),
    P("Append", "SwitchParameter", help="Adds to the end of the file."),
    P("Force", "SwitchParameter", help="Overwrites a read-only file."),
    P("NoClobber", "SwitchParameter", aliases=("NoOverwrite",), help="Refuses to replace an existing file."),
    P("Width", "Int32", help="The number of characters in each line (default: console width - 1)."),
    P("NoNewline", "SwitchParameter", help="Writes no line breaks."),
    P("InputObject", "PSObject", from_pipeline=True),
), should_process=True, default_set="ByPath",
    synopsis="Sends output to a file.",
    description="Writes the text the console would show to a file. The file is written in full "
                "and then put in place, so a failed command never leaves half a file.",
    examples=(("Get-CsUserPoolInfo lcarter@beta.deitterick.com | Out-File pool.txt",
               "Saves the formatted output."),
              ("Get-CsPool | Out-File pools.txt -Append -Encoding utf8", "Adds to an existing file.")),
    related=("Out-String",))
class OutFileCommand(_RenderingCmdlet):
    def begin(self) -> None:
        self.check_range("Width", 2)
        self.target: Optional[str] = None
        path = self.params.get("FilePath") or self.params.get("LiteralPath")
        if not self.should_process(path, "Output to File"):
            return
        super().begin()
        self.target = self.ctx.resolve_path(path)
        if os.path.isdir(self.target):
            self._open_failed(PermissionError())
        if self.switch("NoClobber") and not self.switch("Append") and os.path.exists(self.target):
            shown = self.ctx.display_path(self.target)
            self.terminate(f"The file '{shown}' already exists.", "NoClobber", "ResourceExists",
                           shown, exception_type="IOException")
        codec, bom = _CODECS[(self.params.get("Encoding") or "unicode").lower()]
        self.codec = codec
        self.terminator = "" if self.switch("NoNewline") else NEWLINE
        self.handle, self.temp = self._open_temp(bom)
        self._cleanup = weakref.finalize(self, _discard, self.temp)

    def _open_temp(self, bom: bytes) -> tuple[Any, str]:
        """A temporary file beside the target, holding the old content when appending."""
        folder = os.path.dirname(self.target) or "."
        try:
            fd, temp = tempfile.mkstemp(prefix=".outfile-", dir=folder)
        except OSError as exc:
            self._open_failed(exc)
        os.chmod(temp, _file_mode(self.target))
        handle = os.fdopen(fd, "wb")
        appending = self.switch("Append") and os.path.isfile(self.target)
        if appending:
            with open(self.target, "rb") as old:
                for chunk in iter(lambda: old.read(1 << 20), b""):
                    handle.write(chunk)
        if not appending or handle.tell() == 0:
            handle.write(bom)
        return handle, temp

    def _open_failed(self, exc: OSError) -> None:
        shown = self.ctx.display_path(self.target)
        if isinstance(exc, (FileNotFoundError, NotADirectoryError)):
            message = f"Could not find a part of the path '{shown}'."
            exception = "DirectoryNotFoundException"
        else:
            message = f"Access to the path '{shown}' is denied."
            exception = "UnauthorizedAccessException"
        self.terminate(message, "FileOpenFailure", "OpenError", exception_type=exception)

    def _write(self, lines: list[str]) -> None:
        text = "".join(line + self.terminator for line in lines)
        self.handle.write(text.encode(self.codec, errors="replace"))

    def process(self) -> None:
        if self.target is not None:
            self._write(self.rendered())

    def end(self) -> None:
        if self.target is None:
            return
        self._write(self.renderer.close())
        self.handle.close()
        os.replace(self.temp, self.target)
        self._cleanup.detach()
