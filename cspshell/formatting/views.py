"""Per-type views: the emulator's ``*.format.ps1xml``.

A view says how objects of a type are shown by default and by Format-Table/List/Wide:

* ``TableView``: columns (label, property name or callable, width, alignment), optional
  auto-size and grouping (``Get-Member``'s ``TypeName`` groups);
* ``ListView``: the properties shown by Format-List / a list default;
* ``WideView``: the one property Format-Wide shows;
* ``CustomView``: free text per object (``Get-Date``'s long date, Select-String's line);
  ``out_of_band`` ones print inline without blank lines, like 5.1's ScriptBlock view.

``register_view(type_name, view)`` adds a view; the first view registered for a type is its
default. Views are looked up by the object's type names, most derived first, so the Lync
cmdlets register views for their own .NET type names the same way the built-ins below do.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import Any, Callable, Optional, Union

from ..objects.convert import to_string
from ..objects.members import get_property
from ..paths import current_location
from .dotnet_format import long_datetime

LEFT = "left"
CENTER = "center"
RIGHT = "right"

# A column or item shows a property (by name) or what a callable computes from the object.
Source = Union[str, Callable[[Any], Any], None]

TABLE = "table"
LIST = "list"
WIDE = "wide"
CUSTOM = "custom"


@dataclass(frozen=True)
class Column:
    """One table column. ``width`` 0 shares the room left; ``alignment`` None is left."""

    property: Source = None
    label: Optional[str] = None
    width: int = 0
    alignment: Optional[str] = None
    format_string: Optional[str] = None

    def header(self) -> str:
        """The header text: the label, else the property name."""
        if self.label is not None:
            return self.label
        return self.property if isinstance(self.property, str) else ""


@dataclass(frozen=True)
class TableView:
    """A table: columns in order; ``group_by`` starts a new group (and header) on change.

    The header is ``   <group_label>: <value>``, or ``group_header(value)`` when the view
    has one (5.1's custom grouping control, as FileSystem's ``    Directory: C:\\...``).
    """

    columns: tuple[Column, ...]
    name: str = ""
    autosize: bool = False
    hide_headers: bool = False
    wrap: bool = False
    group_by: Source = None
    group_label: Optional[str] = None
    group_header: Optional[Callable[[Any], str]] = None
    shape: str = TABLE


@dataclass(frozen=True)
class ListItem:
    """One list line: a property (or callable) and its label."""

    property: Source
    label: Optional[str] = None
    format_string: Optional[str] = None


@dataclass(frozen=True)
class ListView:
    """A list: the items shown for each object."""

    items: tuple[ListItem, ...]
    name: str = ""
    group_by: Source = None
    group_label: Optional[str] = None
    group_header: Optional[Callable[[Any], str]] = None
    shape: str = LIST


@dataclass(frozen=True)
class WideView:
    """Format-Wide: one value per object, ``columns`` per row (0: the default)."""

    property: Source
    name: str = ""
    columns: int = 0
    autosize: bool = False
    group_by: Source = None
    group_label: Optional[str] = None
    group_header: Optional[Callable[[Any], str]] = None
    shape: str = WIDE


@dataclass(frozen=True)
class CustomView:
    """Free text for each object; ``out_of_band`` views never open a table or list."""

    render: Callable[[Any], str]
    name: str = ""
    out_of_band: bool = False
    group_by: Source = None
    group_label: Optional[str] = None
    group_header: Optional[Callable[[Any], str]] = None
    shape: str = CUSTOM


View = Union[TableView, ListView, WideView, CustomView]

_VIEWS: dict[str, list[View]] = {}
_APPLIES_TO: dict[int, set[str]] = {}


def register_view(type_name: str, view: View) -> View:
    """Register ``view`` for objects whose type names include ``type_name``; returns it."""
    _VIEWS.setdefault(type_name.lower(), []).append(view)
    _APPLIES_TO.setdefault(id(view), set()).add(type_name.lower())
    return view


def find_view(type_names: list[str], shape: Optional[str] = None,
              name: Optional[str] = None) -> Optional[View]:
    """The view for an object with these type names: the most derived type's first view of
    the wanted ``shape`` (any shape when None), optionally with the given view ``name``."""
    for type_name in type_names:
        for view in _VIEWS.get(type_name.lower(), ()):
            if shape is not None and view.shape != shape:
                continue
            if name is not None and view.name.lower() != name.lower():
                continue
            if shape is None and isinstance(view, CustomView) and view.out_of_band:
                continue
            return view
    return None


def out_of_band_view(type_names: list[str]) -> Optional[CustomView]:
    """The out-of-band custom view for these type names, if any."""
    for type_name in type_names:
        for view in _VIEWS.get(type_name.lower(), ()):
            if isinstance(view, CustomView) and view.out_of_band:
                return view
    return None


def view_names(type_names: list[str], shape: str) -> list[str]:
    """Names of the views of ``shape`` registered for these type names (for -View errors)."""
    return [v.name for t in type_names for v in _VIEWS.get(t.lower(), ()) if v.shape == shape]


def applies_to(view: View, type_names: list[str]) -> bool:
    """True when ``view`` was registered for one of these type names."""
    registered = _APPLIES_TO.get(id(view), set())
    return any(t.lower() in registered for t in type_names)


# --- the built-in views (PowerShellCore / DotNetTypes format data of 5.1) ----------------

def _register_all(type_names: tuple[str, ...], view: View) -> None:
    for type_name in type_names:
        register_view(type_name, view)


def _command_name(command: Any) -> Any:
    """The CommandInfo view's Name column: an alias shows its DisplayName (``gcm -> Get-Command``)."""
    if str(get_property(command, "CommandType")) == "Alias":
        return get_property(command, "DisplayName")
    return get_property(command, "Name")


_COMMAND_TYPES = tuple(f"System.Management.Automation.{t}" for t in (
    "AliasInfo", "ApplicationInfo", "CmdletInfo", "ExternalScriptInfo", "FilterInfo",
    "FunctionInfo", "ScriptInfo"))

def _register_builtins() -> None:
    register_view("System.Collections.DictionaryEntry", TableView(
        (Column("Name", width=30), Column("Value")), name="Dictionary"))
    register_view("System.Collections.DictionaryEntry", ListView(
        (ListItem("Name"), ListItem("Value")), name="System.Collections.DictionaryEntry"))
    register_view("Microsoft.PowerShell.Commands.GroupInfo", TableView(
        (Column("Count", "Count", 5, RIGHT), Column("Name", width=25), Column("Group")),
        name="Microsoft.PowerShell.Commands.GroupInfo"))
    register_view("Microsoft.PowerShell.Commands.GroupInfo", ListView(
        (ListItem("Name"), ListItem("Count"), ListItem("Group"), ListItem("Values")),
        name="Microsoft.PowerShell.Commands.GroupInfo"))
    register_view("Microsoft.PowerShell.Commands.GroupInfoNoElement", TableView(
        (Column("Count", "Count", 5, RIGHT), Column("Name", width=25)),
        name="Microsoft.PowerShell.Commands.GroupInfoNoElement"))
    register_view("Microsoft.PowerShell.Commands.GroupInfoNoElement", ListView(
        (ListItem("Name"), ListItem("Count"), ListItem("Values")),
        name="Microsoft.PowerShell.Commands.GroupInfoNoElement"))
    register_view("Microsoft.PowerShell.Commands.MemberDefinition", TableView(
        (Column("Name", "Name"), Column("MemberType", "MemberType"), Column("Definition", "Definition")),
        name="Microsoft.PowerShell.Commands.MemberDefinition", autosize=True, group_by="TypeName"))
    register_view("Microsoft.PowerShell.Commands.HistoryInfo", TableView(
        (Column("Id", width=4, alignment=RIGHT), Column("CommandLine")), name="history"))
    register_view("Microsoft.PowerShell.Commands.HistoryInfo", WideView("CommandLine", name="history"))
    register_view("Microsoft.PowerShell.Commands.MatchInfo", CustomView(
        lambda info: match_info_text(info, current_location()), name="MatchInfo"))
    register_view("System.Management.Automation.PSVariable", TableView(
        (Column("Name", width=30), Column("Value")), name="Variable"))
    _register_all(_COMMAND_TYPES, TableView(
        (Column("CommandType", "CommandType", 15), Column(_command_name, "Name", 50),
         Column("Version", "Version", 10), Column("Source", "Source")), name="CommandInfo"))
    register_view("System.Management.Automation.CmdletInfo", ListView(
        tuple(ListItem(p) for p in ("Name", "CommandType", "Definition", "Path", "AssemblyInfo",
                                    "DLL", "HelpFile", "ParameterSets", "ImplementingType",
                                    "Verb", "Noun")),
        name="System.Management.Automation.CmdletInfo"))
    _register_all(("System.Management.Automation.FilterInfo", "System.Management.Automation.FunctionInfo"),
                  ListView((ListItem("Name"), ListItem("CommandType"), ListItem("Definition")),
                           name="System.Management.Automation.CommandInfo"))
    register_view("System.Management.Automation.AliasInfo", ListView(
        tuple(ListItem(p) for p in ("DisplayName", "CommandType", "Definition", "ReferencedCommand",
                                    "ResolvedCommand")),
        name="System.Management.Automation.AliasInfo"))
    register_view("System.TimeSpan", ListView(
        tuple(ListItem(p) for p in ("Days", "Hours", "Minutes", "Seconds", "Milliseconds", "Ticks",
                                    "TotalDays", "TotalHours", "TotalMinutes", "TotalSeconds",
                                    "TotalMilliseconds")),
        name="System.TimeSpan"))
    register_view("System.TimeSpan", TableView(
        tuple(Column(p) for p in ("Days", "Hours", "Minutes", "Seconds", "Milliseconds")),
        name="System.TimeSpan"))
    register_view("System.TimeSpan", WideView("TotalMilliseconds", name="System.TimeSpan"))
    register_view("System.DateTime", CustomView(_datetime_text, name="DateTime"))
    register_view("System.Version", TableView(
        (Column("Major", width=6), Column("Minor", width=6), Column("Build", width=6), Column("Revision", width=8)),
        name="System.Version"))
    register_view("System.RuntimeType", TableView(
        (Column("IsPublic", "IsPublic", 8), Column("IsSerializable", "IsSerial", 8),
         Column("Name", "Name", 40), Column("BaseType", "BaseType")), name="System.RuntimeType"))
    register_view("System.Management.Automation.ScriptBlock", CustomView(
        lambda block: getattr(block, "text", str_of(block)), name="ScriptBlock", out_of_band=True))
    # the records of the informational streams met in the output (PowerShellCore and HelpV3
    # format data): their message, out of band
    for kind in ("WarningRecord", "VerboseRecord", "DebugRecord"):
        register_view("System.Management.Automation." + kind, CustomView(
            lambda record: str_of(get_property(record, "Message")), name=kind, out_of_band=True))
    register_view("System.Management.Automation.InformationRecord", CustomView(
        str_of, name="InformationRecord", out_of_band=True))


def match_info_text(info: Any, directory: Optional[str] = None) -> str:
    """MatchInfo.ToString(directory): the line, or ``path:number:line`` for a file match with the
    path relative to ``directory`` when it lies there (the view passes the current location);
    with context, the context lines prefixed by two blanks and the match by ``> ``."""
    path = get_property(info, "Path")
    if path in (None, "InputStream"):
        path = None
    elif directory and path.lower().startswith(directory.lower()) and len(path) > len(directory):
        rest = path[len(directory):]
        if directory[-1] in "\\/":
            path = rest
        elif rest[0] in "\\/":
            path = rest[1:]

    def line(text: str, number: int, prefix: str) -> str:
        return prefix + text if path is None else f"{prefix}{path}:{number}:{text}"
    number = get_property(info, "LineNumber")
    context = get_property(info, "Context")
    if context is None:
        return line(get_property(info, "Line"), number, "")
    before = get_property(context, "DisplayPreContext") or []
    after = get_property(context, "DisplayPostContext") or []
    lines = [line(text, number - len(before) + i, "  ") for i, text in enumerate(before)]
    lines.append(line(get_property(info, "Line"), number, "> "))
    lines += [line(text, number + 1 + i, "  ") for i, text in enumerate(after)]
    return "\r\n".join(lines)


def str_of(value: Any) -> str:
    """A value's ToString() text (MatchInfo's line, a script block's text)."""
    return to_string(value)


def _datetime_text(value: Any) -> str:
    if isinstance(value, _dt.datetime):
        return long_datetime(value)
    return str_of(get_property(value, "DateTime"))


_register_builtins()
