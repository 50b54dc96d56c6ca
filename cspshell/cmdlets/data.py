"""Data conversion and file cmdlets: ConvertTo/From-Json, ConvertTo/From-Csv,
Export/Import-Csv, ConvertTo-Html, Get-Content, Set-Content and Add-Content.

Layouts are Windows PowerShell 5.1's: ConvertTo-Json's re-indented JavaScriptSerializer
text (``"name":  value``, CRLF), CSV with a ``#TYPE`` line and every field quoted. Every
file path goes through ``ctx.resolve_path``; writes are atomic (temporary file, then
``os.replace``), so a failure never leaves half a file.
"""
from __future__ import annotations

import datetime as _dt
import json
import math
import os
import re
from decimal import Decimal
from html import escape as html_escape
from typing import Any, Iterator, Optional

from ..objects import members
from ..objects.convert import is_enum, to_string, type_name
from ..objects.psobject import PSCUSTOMOBJECT, PSHashtable, PSObject, base_value
from ..formatting.dotnet_format import to_culture_string
from ..language.validation import NotNullOrEmpty
from .base import NO_INPUT, Cmdlet
from .calculated import HTML, PropertySpec
from .registry import MANAGEMENT, UTILITY, Parameter, cmdlet
from .utility import as_list, current_input, parse_specs, stop_on_write_failure, write_text_atomic

P = Parameter
CRLF = "\r\n"

# =====================================================================================
# JSON
# =====================================================================================

_EPOCH = _dt.datetime(1970, 1, 1)


class JsonText(str):
    """A scalar already rendered as JSON text."""


def json_string(text: str) -> str:
    """A string as JavaScriptSerializer writes it (HTML-sensitive characters escaped)."""
    out = ['"']
    for ch in text:
        code = ord(ch)
        if ch in '"\\':
            out.append("\\" + ch)
        elif ch in "<>&'":
            out.append(f"\\u{code:04x}")
        elif ch == "\b":
            out.append("\\b")
        elif ch == "\f":
            out.append("\\f")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\t":
            out.append("\\t")
        elif code < 0x20:
            out.append(f"\\u{code:04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def json_double(value: float) -> str:
    """Double.ToString("r"): shortest round trip, E notation from 1E+15 and from 1E-05 down."""
    if math.isnan(value) or math.isinf(value):
        return json_string("NaN" if math.isnan(value) else ("Infinity" if value > 0 else "-Infinity"))
    if value == 0:
        return "0"
    text = format(value, ".15g")
    if float(text) != value:
        text = format(value, ".17g")
    sign, digits, exponent = Decimal(text).normalize().as_tuple()
    mantissa = "".join(map(str, digits))
    scientific = exponent + len(digits) - 1
    prefix = "-" if sign else ""
    if scientific >= 15 or scientific <= -5:
        head = mantissa[0] + ("." + mantissa[1:] if len(mantissa) > 1 else "")
        return f"{prefix}{head}E{'+' if scientific >= 0 else '-'}{abs(scientific):02d}"
    return prefix + format(abs(Decimal(text).normalize()), "f")


def _json_scalar(value: Any) -> Optional[JsonText]:
    if value is None:
        return JsonText("null")
    if isinstance(value, bool):
        return JsonText("true" if value else "false")
    if isinstance(value, int):
        return JsonText(str(value))
    if isinstance(value, float):
        return JsonText(json_double(value))
    if isinstance(value, Decimal):
        return JsonText(format(value, "f"))
    if isinstance(value, str):
        return JsonText(json_string(value))
    if isinstance(value, _dt.datetime):
        millis = int((value - _EPOCH).total_seconds() * 1000)
        return JsonText(json_string(f"/Date({millis})/").replace("/", "\\/"))
    if is_enum(value):
        # 5.1's JavaScriptSerializer writes an enum as its underlying number
        return JsonText(str(value.get("value__")))
    return None


def json_tree(value: Any, depth: int, max_depth: int) -> Any:
    """The value as nested dicts, lists and JsonText, strings past ``max_depth`` (5.1 rules)."""
    notes = getattr(value, "ps_notes", None)
    if notes:
        # 5.1's AddPsProperties: a plain value with note properties becomes {"value": ..., notes}
        tree = {"value": json_tree(base_value(value), depth, max_depth)}
        for name, note in notes.values():
            tree.setdefault(name, json_tree(note, depth + 1, max_depth))
        return tree
    scalar = _json_scalar(value)
    if scalar is not None:
        return scalar
    if depth > max_depth:
        return JsonText(json_string(to_string(value)))
    if isinstance(value, PSHashtable):
        return {to_string(k): json_tree(v, depth + 1, max_depth) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [json_tree(v, depth + 1, max_depth) for v in value]
    return {name: json_tree(v, depth + 1, max_depth) for name, v in members.property_items(value)}


def compact_json(tree: Any) -> str:
    """JavaScriptSerializer's one-line text."""
    if isinstance(tree, dict):
        return "{" + ",".join(f"{json_string(k)}:{compact_json(v)}" for k, v in tree.items()) + "}"
    if isinstance(tree, list):
        return "[" + ",".join(compact_json(v) for v in tree) + "]"
    return str(tree)


def _pretty_value(value: Any, pad: str, spaces: int) -> str:
    if isinstance(value, dict):
        return "{" + _pretty_dict(value, pad, spaces)
    if isinstance(value, list):
        return "[" + _pretty_list(value, pad, spaces)
    return str(value)


def _pretty_dict(tree: dict, pad: str, spaces: int) -> str:
    inner = pad + " " * spaces + "    "
    lines = []
    for key, value in tree.items():
        name = json_string(key)
        lines.append(f"{inner}{name}:  {_pretty_value(value, inner, len(name) + 3)}")
    return CRLF + ("," + CRLF).join(lines) + CRLF + pad + " " * spaces + "}"


def _pretty_list(tree: list, pad: str, spaces: int) -> str:
    inner = pad + " " * spaces + "    "
    lines = [inner + _pretty_value(v, inner, 0) for v in tree]
    return CRLF + ("," + CRLF).join(lines) + CRLF + pad + " " * spaces + "]"


def pretty_json(tree: Any) -> str:
    """Windows PowerShell 5.1's ConvertTo-Json layout (ConvertToPrettyJsonString)."""
    return _pretty_value(tree, "", 0)


@cmdlet("ConvertTo-Json", UTILITY, [
    P("InputObject", "Object", position=0, mandatory=True, from_pipeline=True, help="Specifies the objects to convert to JSON format."),
    P("Depth", "Int32", help="Specifies how many levels of contained objects are included in the JSON representation (default 2)."),
    P("Compress", "SwitchParameter", help="Omits white space and indented formatting in the output string."),
], output_type="System.String", synopsis="Converts an object to a JSON-formatted string.",
    description="The ConvertTo-Json cmdlet converts any object to a string in JavaScript Object "
                "Notation (JSON) format. Several input objects make one JSON array.",
    examples=(("Get-CsUserPoolInfo lcarter@beta.deitterick.com | ConvertTo-Json", "Shows the pool information as JSON."),
              ("@{Account='User01';Domain='Domain01'} | ConvertTo-Json -Compress", "Writes one line.")))
class ConvertToJsonCommand(Cmdlet):
    """ConvertTo-Json."""

    def begin(self) -> None:
        self.items: list[Any] = []
        depth = self.params.get("Depth", 2)
        if depth > 100:
            self.terminate("The maximum depth allowed for serialization is 100.", "ReachedMaximumDepthAllowed",
                           "InvalidOperation", exception_type="InvalidOperationException")

    def process(self) -> None:
        obj = current_input(self)
        if obj is not NO_INPUT and obj is not None:
            self.items.append(obj)

    def end(self) -> Iterator[str]:
        if not self.items:
            return
        value = self.items[0] if len(self.items) == 1 else self.items
        tree = json_tree(value, 0, self.params.get("Depth", 2))
        yield compact_json(tree) if self.switch("Compress") else pretty_json(tree)


def from_json_value(value: Any) -> Any:
    """Parsed JSON as PowerShell objects: objects become PSCustomObjects, arrays Object[]."""
    if isinstance(value, dict):
        return PSObject((k, from_json_value(v)) for k, v in value.items())
    if isinstance(value, list):
        return [from_json_value(v) for v in value]
    if isinstance(value, str):
        hit = re.fullmatch(r"/Date\((-?\d+)\)/", value)
        if hit:
            return _EPOCH + _dt.timedelta(milliseconds=int(hit.group(1)))
    return value


def _json_number(text: str) -> Any:
    """JavaScriptSerializer numbers: Int32, Int64, else Decimal (1.5 is a Decimal in 5.1)."""
    if re.fullmatch(r"-?\d+", text):
        return int(text)
    value = Decimal(text)
    return value if value.is_finite() else float(text)


@cmdlet("ConvertFrom-Json", UTILITY, [
    P("InputObject", "String", position=0, mandatory=True, from_pipeline=True, help="Specifies the JSON strings to convert to JSON objects."),
], output_type="System.Management.Automation.PSCustomObject",
    synopsis="Converts a JSON-formatted string to a custom object.",
    description="The ConvertFrom-Json cmdlet converts a JSON-formatted string to a custom "
                "PSCustomObject object that has a property for each field in the JSON string. A JSON "
                "array is written as one array object (Windows PowerShell 5.1 does not enumerate it).",
    examples=(("'{\"Name\":\"x\",\"Size\":3}' | ConvertFrom-Json", "Creates an object with Name and Size."),))
class ConvertFromJsonCommand(Cmdlet):
    """ConvertFrom-Json: all input lines are joined, then parsed once."""

    def begin(self) -> None:
        self.lines: list[str] = []

    def process(self) -> None:
        obj = current_input(self)
        if obj is not NO_INPUT and obj is not None:
            self.lines.append(to_string(obj))

    def end(self) -> Iterator[Any]:
        text = "\n".join(self.lines)
        if not text.strip():
            return
        try:
            parsed = json.loads(text, parse_float=_json_number, parse_int=_json_number,
                                parse_constant=lambda c: float(c))
        except ValueError as exc:
            self.terminate(self._json_error(text, exc), "System.ArgumentException", "NotSpecified",
                           exception_type="ArgumentException")
            return
        yield from_json_value(parsed)

    @staticmethod
    def _json_error(text: str, exc: ValueError) -> str:
        position = getattr(exc, "pos", 0) or 0
        token = re.match(r"[^\s,:\]\}]*", text[position:]).group(0) or text[position:position + 1]
        return f"Invalid JSON primitive: {token}."


# =====================================================================================
# CSV
# =====================================================================================

def dotnet_text(value: Any) -> str:
    """The .NET ToString() the CSV and HTML writers call: ``System.Object[]`` for an array,
    not PowerShell's space-joined string conversion; a date in the en-US culture
    (1/2/2020 3:04:05 PM), not PowerShell's invariant 01/02/2020 15:04:05."""
    if isinstance(value, (list, tuple)):
        return "System.Object[]"
    return to_culture_string(value)


def html_text(value: Any) -> str:
    """WebUtility.HtmlEncode of the value's ToString()."""
    return html_escape(dotnet_text(value), quote=True).replace("&#x27;", "&#39;")


def csv_field(value: Any) -> str:
    """A value as Export-Csv writes it: quoted ToString(), nothing at all for $null."""
    if value is None:
        return ""
    return '"' + dotnet_text(value).replace('"', '""') + '"'


def csv_type_line(obj: Any) -> str:
    """The ``#TYPE`` line for the first object."""
    name = obj.typenames[0] if isinstance(obj, PSObject) else type_name(obj)
    if name[:4].lower() == "csv:":  # an imported object exports as the type it came from
        name = name[4:]
    return f"#TYPE {name}"


class CsvWriter:
    """Turns objects into CSV lines; the first object fixes the columns."""

    def __init__(self, delimiter: str, type_info: bool):
        self.delimiter = delimiter
        self.type_info = type_info
        self.columns: Optional[list[str]] = None

    def header(self, first: Any, include_names: bool = True) -> list[str]:
        self.columns = members.property_names(first)
        lines = [csv_type_line(first)] if self.type_info else []
        if include_names:
            lines.append(self.delimiter.join('"' + c.replace('"', '""') + '"' for c in self.columns))
        return lines

    def row(self, obj: Any) -> str:
        return self.delimiter.join(csv_field(members.get_property(obj, c)) for c in self.columns or [])

    def lines(self, obj: Any) -> list[str]:
        out = self.header(obj) if self.columns is None else []
        return out + [self.row(obj)]


def _delimiter(cmd: Cmdlet) -> str:
    if cmd.switch("UseCulture"):
        return ","
    return to_string(cmd.params.get("Delimiter", ","))[:1] or ","


_CSV_OUT_COMMON = [
    P("NoTypeInformation", "SwitchParameter", aliases=("NTI",), help="Omits the #TYPE information header from the output."),
]


@cmdlet("ConvertTo-Csv", UTILITY, [
    P("InputObject", "PSObject", position=0, mandatory=True, from_pipeline=True, help="Specifies the objects that are converted to CSV strings."),
    P("Delimiter", "Char", position=1, sets=("Delimiter",), help="Specifies the delimiter that separates the property values."),
    P("UseCulture", "SwitchParameter", sets=("UseCulture",), help="Uses the list separator for the current culture as the delimiter."),
    *_CSV_OUT_COMMON,
], default_set="Delimiter", output_type="System.String",
    synopsis="Converts objects into a series of comma-separated value (CSV) strings.",
    description="The ConvertTo-Csv cmdlet returns a series of comma-separated value (CSV) strings "
                "that represent the objects that you submit, preceded by a #TYPE line unless "
                "-NoTypeInformation is used.",
    examples=(("Get-CsPool | ConvertTo-Csv -NoTypeInformation", "Converts pools to CSV lines."),))
class ConvertToCsvCommand(Cmdlet):
    """ConvertTo-Csv."""

    def begin(self) -> None:
        self.writer = CsvWriter(_delimiter(self), not self.switch("NoTypeInformation"))

    def process(self) -> Iterator[str]:
        obj = current_input(self)
        if obj is NO_INPUT or obj is None:
            return
        yield from self.writer.lines(obj)


def _ascii(text: str) -> str:
    return text.encode("ascii", "replace").decode("ascii")


ENCODINGS = {"ascii": "ascii", "unicode": "utf-16-le", "bigendianunicode": "utf-16-be", "utf8": "utf-8-sig",
             "utf7": "utf-7", "utf32": "utf-32-le", "default": "cp1252", "oem": "cp437", "string": "utf-16-le",
             "unknown": "utf-16-le", "byte": "latin-1"}
BOMS = {"utf-16-le": "\ufeff", "utf-16-be": "\ufeff", "utf-32-le": "\ufeff"}


def write_lines(cmd: Cmdlet, path: str, lines: list[str], encoding_name: str, append: bool,
                newline_at_end: bool = True, provider: bool = False) -> None:
    """Write lines with CRLF to a user path (atomically), in a 5.1 encoding name.

    A path that cannot be written stops the command with 5.1's error: the file stream
    cmdlets (Export-Csv) report FileOpenFailure, the provider cmdlets (``provider``:
    Set-Content, Add-Content) the content writer's access error.
    """
    encoding = ENCODINGS.get(encoding_name.lower(), "utf-16-le")
    text = CRLF.join(lines) + (CRLF if newline_at_end and lines else "")
    real = cmd.ctx.resolve_path(path)
    exists = os.path.isfile(real)
    if encoding in BOMS and not (append and exists):
        text = BOMS[encoding] + text
    try:
        if os.path.isdir(real):
            raise IsADirectoryError(real)
        try:
            write_text_atomic(real, text, encoding, append=append and exists)
        except UnicodeEncodeError:
            write_text_atomic(real, _ascii(text), "ascii", append=append and exists)
    except OSError as exc:
        stop_on_write_failure(cmd, real, exc, provider)


@cmdlet("Export-Csv", UTILITY, [
    P("InputObject", "PSObject", mandatory=True, from_pipeline=True, help="Specifies the objects to export as CSV strings."),
    P("Path", "String", position=0, validators=(NotNullOrEmpty(),), help="Specifies the path to the CSV output file."),
    P("LiteralPath", "String", aliases=("PSPath",), validators=(NotNullOrEmpty(),),
      help="Specifies the path to the CSV output file, taken literally."),
    P("Force", "SwitchParameter", help="Overwrites a read-only file."),
    P("NoClobber", "SwitchParameter", aliases=("NoOverwrite",), help="Do not overwrite an existing file."),
    P("Encoding", "String", validate_set=("Unicode", "UTF7", "UTF8", "ASCII", "UTF32", "BigEndianUnicode", "Default", "OEM"),
      help="Specifies the encoding for the exported CSV file (default ASCII)."),
    P("Append", "SwitchParameter", help="Adds the CSV output to the end of the specified file."),
    P("Delimiter", "Char", position=1, sets=("Delimiter",), help="Specifies a delimiter to separate the property values."),
    P("UseCulture", "SwitchParameter", sets=("UseCulture",), help="Uses the list separator for the current culture as the item delimiter."),
    *_CSV_OUT_COMMON,
], aliases=("epcsv",), default_set="Delimiter", should_process=True, output_type="",
    synopsis="Converts objects into a series of comma-separated value (CSV) strings and saves the strings to a file.",
    description="The Export-Csv cmdlet creates a CSV file of the objects that you submit.",
    examples=(("Get-CsUser | Export-Csv -Path users.csv -NoTypeInformation", "Saves the users to users.csv."),))
class ExportCsvCommand(Cmdlet):
    """Export-Csv: collects the lines, then writes the file once, atomically."""

    def begin(self) -> None:
        one_path_parameter(self)
        self.path = self.params.get("Path") or self.params.get("LiteralPath")
        self.lines: list[str] = []
        # ExportCsvCommand.BeginProcessing: ShouldProcess(Path), the path as given
        self.refused = not self.should_process(to_string(self.path))
        if self.refused:
            return
        real = self.ctx.resolve_path(self.path)
        self.appending = self.switch("Append") and os.path.exists(real)
        if self.switch("NoClobber") and os.path.exists(real) and not self.switch("Append"):
            shown = self.ctx.display_path(real)
            self.terminate(f"The file '{shown}' already exists.", "NoClobber", "ResourceExists", shown,
                           exception_type="IOException")
        self.writer = CsvWriter(_delimiter(self), not self.switch("NoTypeInformation") and not self.appending)

    def process(self) -> None:
        obj = current_input(self)
        if self.refused or obj is NO_INPUT or obj is None:
            return
        if self.writer.columns is None:
            self.lines += self.writer.header(obj, include_names=not self.appending)
        self.lines.append(self.writer.row(obj))

    def end(self) -> None:
        if not self.refused and (self.lines or not self.appending):
            write_lines(self, self.path, self.lines, to_string(self.params.get("Encoding", "ASCII")), self.appending)


def one_path_parameter(cmd: Cmdlet) -> None:
    """Export-Csv and Import-Csv need -Path or -LiteralPath, not both (CSVCommands.cs)."""
    if ("Path" in cmd.params) == ("LiteralPath" in cmd.params):
        cmd.terminate("You must specify either the -Path or -LiteralPath parameters, but not both.",
                      "CannotSpecifyPathAndLiteralPath", "InvalidData", exception_type="InvalidOperationException")


def parse_csv_line(line: str, delimiter: str) -> list[str]:
    """Split one CSV record (quotes, doubled quotes) into fields."""
    fields, current, quoted, i = [], [], False, 0
    while i < len(line):
        ch = line[i]
        if quoted:
            if ch == '"' and i + 1 < len(line) and line[i + 1] == '"':
                current.append('"')
                i += 1
            elif ch == '"':
                quoted = False
            else:
                current.append(ch)
        elif ch == '"':
            quoted = True
        elif ch == delimiter:
            fields.append("".join(current))
            current = []
        else:
            current.append(ch)
        i += 1
    fields.append("".join(current))
    return fields


def csv_records(lines: list[str]) -> Iterator[str]:
    """Join physical lines into records (a quoted field may hold line breaks)."""
    pending: Optional[str] = None
    for line in lines:
        pending = line if pending is None else pending + "\n" + line
        if pending.count('"') % 2 == 0:
            yield pending
            pending = None
    if pending is not None:
        yield pending


class CsvReader:
    """Builds objects from CSV records: an optional #TYPE line, a header, then rows."""

    def __init__(self, delimiter: str, header: Optional[list[str]]):
        self.delimiter = delimiter
        self.header = header
        self.type_name: Optional[str] = None
        self.rows = 0

    def feed(self, record: str) -> Optional[PSObject]:
        if self.type_name is None and not self.rows and record.startswith("#"):
            # ImportCsvHelper.ReadTypeInformation: a '#' line before the data is read, even
            # with -Header; '#Type name' (any case) names the type, other '#' lines are dropped
            if record[:5].lower() == "#type":
                self.type_name = record[5:].strip() or None
            return None
        if self.header is None:
            self.header = parse_csv_line(record, self.delimiter)
            return None
        if not record:
            return None
        self.rows += 1
        values = parse_csv_line(record, self.delimiter)
        # BuildMshobject replaces the type names with the one CSV type name when there is one
        typenames = [f"CSV:{self.type_name}"] if self.type_name else [PSCUSTOMOBJECT, "System.Object"]
        return PSObject(((name, values[i] if i < len(values) else None) for i, name in enumerate(self.header)),
                        typenames=typenames)


@cmdlet("ConvertFrom-Csv", UTILITY, [
    P("InputObject", "PSObject[]", position=0, mandatory=True, from_pipeline=True, help="Specifies the CSV strings to be converted to objects."),
    P("Delimiter", "Char", position=1, sets=("Delimiter",), help="Specifies the delimiter that separates the property values."),
    P("UseCulture", "SwitchParameter", sets=("UseCulture",), help="Uses the list separator for the current culture."),
    P("Header", "String[]", help="Specifies an alternate column header row."),
], default_set="Delimiter", output_type="System.Management.Automation.PSObject",
    synopsis="Converts object properties in comma-separated value (CSV) format into CSV versions of the original objects.",
    description="The ConvertFrom-Csv cmdlet converts CSV strings into objects whose properties are "
                "the column headers and whose values are the strings of each row.",
    examples=(('"a,b","1,2" | ConvertFrom-Csv', "Creates one object with properties a and b."),))
class ConvertFromCsvCommand(Cmdlet):
    """ConvertFrom-Csv."""

    def begin(self) -> None:
        header = self.params.get("Header")
        self.reader = CsvReader(_delimiter(self), as_list(header) if header is not None else None)

    def process(self) -> Iterator[Any]:
        obj = current_input(self)
        if obj is NO_INPUT:
            return
        for item in as_list(obj):
            for line in to_string(item).splitlines() or [""]:
                result = self.reader.feed(line)
                if result is not None:
                    yield result


@cmdlet("Import-Csv", UTILITY, [
    P("Path", "String[]", position=0, from_pipeline=True, validators=(NotNullOrEmpty(),),
      help="Specifies the path to the CSV file to import."),
    P("LiteralPath", "String[]", aliases=("PSPath",), validators=(NotNullOrEmpty(),),
      help="Specifies the path to the CSV file, taken literally."),
    P("Delimiter", "Char", position=1, sets=("Delimiter",), help="Specifies the delimiter that separates the property values."),
    P("UseCulture", "SwitchParameter", sets=("UseCulture",), help="Uses the list separator for the current culture."),
    P("Header", "String[]", help="Specifies an alternate column header row for the imported file."),
    P("Encoding", "String", help="Specifies the type of character encoding that was used in the CSV file."),
], aliases=("ipcsv",), default_set="Delimiter", output_type="System.Object",
    synopsis="Creates table-like custom objects from the items in a CSV file.",
    description="The Import-Csv cmdlet creates table-like custom objects from the items in CSV files.",
    examples=(("Import-Csv users.csv | Select-Object -First 3", "Reads users.csv."),))
class ImportCsvCommand(Cmdlet):
    """Import-Csv."""

    def process(self) -> Iterator[Any]:
        one_path_parameter(self)
        paths = as_list(self.params.get("Path")) + as_list(self.params.get("LiteralPath"))
        for path in paths:
            text = read_text(self, to_string(path))
            if text is None:
                continue
            header = self.params.get("Header")
            reader = CsvReader(_delimiter(self), as_list(header) if header is not None else None)
            for record in csv_records(text.splitlines()):
                result = reader.feed(record)
                if result is not None:
                    yield result


# =====================================================================================
# ConvertTo-Html
# =====================================================================================

@cmdlet("ConvertTo-Html", UTILITY, [
    P("InputObject", "PSObject", from_pipeline=True, help="Specifies the objects to be represented in HTML."),
    P("Property", "Object[]", position=0, help="Includes the specified properties of the objects in the HTML."),
    P("Body", "String[]", position=1, sets=("Page",), help="Specifies the text to add after the opening <BODY> tag."),
    P("Head", "String[]", position=2, sets=("Page",), help="Specifies the content of the <HEAD> tag."),
    P("Title", "String", position=3, sets=("Page",), help="Specifies a title for the HTML file."),
    P("As", "String", validate_set=("Table", "List"), help="Determines whether the object is formatted as a table or a list."),
    P("CssUri", "Uri", aliases=("cu", "uri"), sets=("Page",), help="Specifies the Uniform Resource Identifier (URI) of the cascading style sheet."),
    P("Fragment", "SwitchParameter", sets=("Fragment",), help="Generates only an HTML table."),
    P("PostContent", "String[]", help="Specifies text to add after the closing </TABLE> tag."),
    P("PreContent", "String[]", help="Specifies text to add before the opening <TABLE> tag."),
], default_set="Page", output_type="System.String",
    synopsis="Converts Microsoft .NET Framework objects into HTML that can be displayed in a Web browser.",
    description="The ConvertTo-Html cmdlet converts objects into HTML: a table with one column per "
                "property and one row per object.",
    examples=(("Get-CsPool | ConvertTo-Html -Property Fqdn,Site", "Builds an HTML table of pools."),))
class ConvertToHtmlCommand(Cmdlet):
    """ConvertTo-Html (table and list forms)."""

    def begin(self) -> Iterator[str]:
        self.specs = parse_specs(self, self.params.get("Property"), HTML)
        self.columns: Optional[list[PropertySpec]] = None
        self.count = 0
        self.as_list = to_string(self.params.get("As", "Table")).lower() == "list"
        if not self.switch("Fragment"):
            yield '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"  "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">'
            yield '<html xmlns="http://www.w3.org/1999/xhtml">'
            yield "<head>"
            head = self.params.get("Head")
            yield from (as_list(head) if head is not None else
                        [f"<title>{html_text(self.params.get('Title', 'HTML TABLE'))}</title>"])
            if "CssUri" in self.params:
                yield f'<link rel="stylesheet" type="text/css" href="{to_string(self.params["CssUri"])}" />'
            yield "</head><body>"
            yield from as_list(self.params.get("Body"))
        yield from as_list(self.params.get("PreContent"))
        yield "<table>"

    def _resolve(self, obj: Any) -> list[PropertySpec]:
        specs = self.specs or [PropertySpec("*")]
        out: list[PropertySpec] = []
        for spec in specs:
            if spec.is_script:
                out.append(spec)
            else:
                out.extend(spec.with_name(n) for n in spec.resolve_names(obj))
        return out

    @staticmethod
    def _label(spec: PropertySpec) -> str:
        return spec.options.get("label") or spec.text

    @staticmethod
    def _cell(spec: PropertySpec, obj: Any) -> str:
        return ", ".join(html_text(r.value) if r.value is not None else "" for r in spec.values(obj))

    def process(self) -> Iterator[str]:
        obj = current_input(self)
        if obj is NO_INPUT or obj is None:
            return
        self.count += 1
        if self.columns is None:
            self.columns = self._resolve(obj)
            if not self.as_list:
                yield "<colgroup>" + "".join(self._col(s) for s in self.columns) + "</colgroup>"
                yield "<tr>" + "".join(f"<th>{self._label(s)}</th>" for s in self.columns) + "</tr>"
        if self.as_list:
            if self.count > 1:
                yield "<tr><td><hr></td></tr>"
            for spec in self.columns:
                yield f"<tr><td>{self._label(spec)}:</td><td>{self._cell(spec, obj)}</td></tr>"
            return
        yield "<tr>" + "".join(f"<td>{self._cell(s, obj)}</td>" for s in self.columns) + "</tr>"

    @staticmethod
    def _col(spec: PropertySpec) -> str:
        attrs = ""
        if spec.options.get("width"):
            attrs += f' width = "{spec.options["width"]}"'
        if spec.options.get("alignment"):
            attrs += f' align = "{spec.options["alignment"]}"'
        return f"<col{attrs}/>"

    def end(self) -> Iterator[str]:
        yield "</table>"
        yield from as_list(self.params.get("PostContent"))
        if not self.switch("Fragment"):
            yield "</body></html>"


# =====================================================================================
# *-Content
# =====================================================================================

def read_text(cmd: Cmdlet, path: str) -> Optional[str]:
    """A user file's text (BOM-detected), or None after writing 5.1's not-found error."""
    real = cmd.ctx.resolve_path(path)
    try:
        with open(real, "rb") as handle:
            data = handle.read()
    except (FileNotFoundError, NotADirectoryError):
        shown = cmd.ctx.display_path(real)
        cmd.error(f"Cannot find path '{shown}' because it does not exist.", "PathNotFound", "ObjectNotFound",
                  shown, exception_type="ItemNotFoundException")
        return None
    except IsADirectoryError:
        shown = cmd.ctx.display_path(real)
        cmd.error(f"Access to the path '{shown}' is denied.", "GetContentReaderUnauthorizedAccessError",
                  "PermissionDenied", shown, exception_type="UnauthorizedAccessException")
        return None
    return decode_bytes(data)


def decode_bytes(data: bytes) -> str:
    """Decode by BOM (UTF-8, UTF-16 LE/BE, UTF-32 LE), else UTF-8, else Windows-1252."""
    for bom, encoding in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe\x00\x00", "utf-32-le"),
                          (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


_PATH_PARAMS = [
    P("Path", "String[]", position=0, mandatory=True, from_pipeline_by_name=True, sets=("Path",), help="Specifies the path to an item."),
    P("LiteralPath", "String[]", mandatory=True, aliases=("PSPath",), from_pipeline_by_name=True, sets=("LiteralPath",),
      help="Specifies the path to an item, taken literally."),
]


@cmdlet("Get-Content", MANAGEMENT, [
    P("ReadCount", "Int64", help="Specifies how many lines of content are sent through the pipeline at a time."),
    P("TotalCount", "Int64", aliases=("First", "Head"), help="Specifies the number of lines from the beginning of a file."),
    P("Tail", "Int32", aliases=("Last",), help="Specifies the number of lines from the end of a file."),
    *_PATH_PARAMS,
    P("Raw", "SwitchParameter", help="Ignores newline characters and returns the entire contents of a file in one string."),
    P("Encoding", "String", help="Specifies the type of encoding for the target file."),
    P("Delimiter", "String", help="Specifies the delimiter that Get-Content uses to divide the file into objects."),
], aliases=("gc", "cat", "type"), default_set="Path", output_type="System.String",
    synopsis="Gets the content of the item at the specified location.",
    description="The Get-Content cmdlet gets the content of a file, one string per line.",
    examples=(("Get-Content users.txt | Get-CsUserPoolInfo", "Reads one user identity per line."),))
class GetContentCommand(Cmdlet):
    """Get-Content."""

    def process(self) -> Iterator[Any]:
        for path in as_list(self.params.get("Path")) + as_list(self.params.get("LiteralPath")):
            text = read_text(self, to_string(path))
            if text is None:
                continue
            if self.switch("Raw"):
                yield text
                continue
            lines = self._split(text)
            total = self.params.get("TotalCount", -1)
            if total is not None and total >= 0:
                lines = lines[:total]
            if "Tail" in self.params:
                tail = self.params["Tail"]
                lines = lines[-tail:] if tail > 0 else []
            yield from self._batches(lines)

    def _split(self, text: str) -> list[str]:
        delimiter = self.params.get("Delimiter")
        if delimiter:
            parts = text.split(delimiter)
            return [p + delimiter for p in parts[:-1]] + ([parts[-1]] if parts[-1] else [])
        lines = text.split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        return [line[:-1] if line.endswith("\r") else line for line in lines]

    def _batches(self, lines: list[str]) -> Iterator[Any]:
        size = int(self.params.get("ReadCount", 1) or 0)
        if size == 1:
            yield from lines
        elif size <= 0:
            yield lines
        else:
            for start in range(0, len(lines), size):
                yield lines[start:start + size]


class _ContentWriter(Cmdlet):
    """Set-Content / Add-Content: gather the values, then write the file once."""

    append = False
    action = "Set Content"  # NavigationResources' SetContentAction / AddContentAction

    def begin(self) -> None:
        self.values: list[Any] = []

    def process(self) -> None:
        value = self.input if self.input is not NO_INPUT else self.params.get("Value")
        self.values.extend(as_list(value))

    def end(self) -> None:
        lines = [to_string(v) for v in self.values]
        encoding = to_string(self.params.get("Encoding", "Default"))
        for path in as_list(self.params.get("Path")) + as_list(self.params.get("LiteralPath")):
            if self.should_process(f"Path: {self.ctx.display_path(self.ctx.resolve_path(to_string(path)))}", self.action):
                write_lines(self, to_string(path), lines, encoding, self.append,
                            newline_at_end=not self.switch("NoNewline"), provider=True)
        if self.switch("PassThru"):
            yield from self.values


_CONTENT_PARAMS = [
    *_PATH_PARAMS,
    P("Value", "Object[]", position=1, mandatory=True, from_pipeline=True, from_pipeline_by_name=True,
      help="Specifies the new content for the item."),
    P("PassThru", "SwitchParameter", help="Returns an object that represents the content."),
    P("Force", "SwitchParameter", help="Forces the cmdlet to set the contents of a file, even if the file is read-only."),
    P("NoNewline", "SwitchParameter", help="The string representations of the input objects are concatenated without new lines."),
    P("Encoding", "String", validate_set=("Unknown", "String", "Unicode", "Byte", "BigEndianUnicode", "UTF8", "UTF7",
                                          "UTF32", "Ascii", "Default", "Oem", "BigEndianUTF32"),
      help="Specifies the file encoding (default: Default, the system ANSI code page)."),
]


@cmdlet("Set-Content", MANAGEMENT, _CONTENT_PARAMS, aliases=("sc",), default_set="Path", should_process=True,
        output_type="", synopsis="Writes new content or replaces existing content in a file.",
        description="The Set-Content cmdlet writes new content or replaces the content in a file.",
        examples=(("Get-CsPool | ForEach-Object Fqdn | Set-Content pools.txt", "Writes one pool FQDN per line."),))
class SetContentCommand(_ContentWriter):
    """Set-Content."""


@cmdlet("Add-Content", MANAGEMENT, _CONTENT_PARAMS, aliases=("ac",), default_set="Path", should_process=True,
        output_type="", synopsis="Adds content to the specified items, such as adding words to a file.",
        description="The Add-Content cmdlet appends content to a specified item or file.",
        examples=(('Add-Content -Path notes.txt -Value "END"', "Adds a line at the end of notes.txt."),))
class AddContentCommand(_ContentWriter):
    """Add-Content."""

    append = True
    action = "Add Content"


__all__ = ["pretty_json", "compact_json", "json_tree", "json_string", "decode_bytes"]
