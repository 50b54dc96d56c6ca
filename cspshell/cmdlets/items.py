"""Item cmdlets over the lab's FileSystem drive (cspshell/paths.py): Get-ChildItem, Get-Item,
New-Item (and the ``mkdir`` function), Remove-Item and Resolve-Path.

Items are FileInfo / DirectoryInfo objects with 5.1's property names and order; their views
are FileSystem.format.ps1xml's (the table grouped by folder, the list and the wide view).
Nothing in the lab is hidden, so -Force only matters where it changes what a command does
(New-Item over an existing item, Remove-Item of a read-only file).
"""
from __future__ import annotations

import datetime as _dt
import ntpath
import os
import shutil
from typing import Any, Iterator, Optional

from ..formatting.views import (RIGHT, Column, ListItem, ListView, TableView, WideView, register_view)
from ..objects.convert import to_string
from ..objects.psobject import LazyValue, PSObject
from ..objects.wildcard import has_wildcards, match, match_any
from ..paths import HOME, PathMap, path_info
from .base import Cmdlet
# filesystem also registers the PathInfo view Resolve-Path's output needs
from ..language.binder import binding_error
from .filesystem import not_found
from .registry import MANAGEMENT, Parameter as P, cmdlet
from .shouldprocess import HostPromptError, should_continue
from .utility import as_list

FILE_INFO = "System.IO.FileInfo"
DIRECTORY_INFO = "System.IO.DirectoryInfo"
_BASE_TYPES = ["System.IO.FileSystemInfo", "System.MarshalByRefObject", "System.Object"]
PROVIDER = "Microsoft.PowerShell.Core\\FileSystem"
PROVIDER_PREFIX = PROVIDER + "::"


# --- the objects ------------------------------------------------------------------------

def _local(timestamp: float) -> _dt.datetime:
    return _dt.datetime.fromtimestamp(timestamp)


def _utc(timestamp: float) -> _dt.datetime:
    return _dt.datetime.fromtimestamp(timestamp, _dt.timezone.utc).replace(tzinfo=None)


def _parent_of(full: str) -> str:
    """The Windows parent folder of an absolute path (``C:\\`` for a folder at the root)."""
    parent = ntpath.dirname(full)
    return parent if parent != full else ""


def item_object(paths: PathMap, full: str, as_child: bool = False) -> PSObject:
    """The FileInfo or DirectoryInfo of the existing item at the Windows path ``full``.

    ``as_child`` objects (Get-ChildItem's) convert to their name, others to their full path,
    as 5.1's FileSystemInfo.ToString returns the path the object was made from.
    """
    host = paths.host(full)
    info = os.stat(host)
    folder = os.path.isdir(host)
    name = ntpath.basename(full) or full
    parent = _parent_of(full)
    base, extension = (name, "") if folder else ntpath.splitext(name)
    if folder and "." in name.lstrip("."):
        extension = "." + name.rsplit(".", 1)[1]
    props: list[tuple[str, Any]] = [
        ("PSPath", PROVIDER_PREFIX + full), ("PSParentPath", PROVIDER_PREFIX + parent if parent else ""),
        ("PSChildName", name), ("PSDrive", full[0]), ("PSProvider", PROVIDER), ("PSIsContainer", folder),
        ("Mode", "d-----" if folder else "-a----"), ("BaseName", base), ("Target", None), ("LinkType", None),
        ("Name", name)]
    if folder:
        props += [("FullName", full), ("Parent", _lazy_item(paths, parent)), ("Exists", True),
                  ("Root", _lazy_item(paths, full[:3])), ("Extension", extension)]
    else:
        props += [("Length", info.st_size), ("DirectoryName", parent), ("Directory", _lazy_item(paths, parent)),
                  ("IsReadOnly", not os.access(host, os.W_OK)), ("Exists", True), ("FullName", full),
                  ("Extension", extension)]
    props += [("CreationTime", _local(info.st_ctime)), ("CreationTimeUtc", _utc(info.st_ctime)),
              ("LastAccessTime", _local(info.st_atime)), ("LastAccessTimeUtc", _utc(info.st_atime)),
              ("LastWriteTime", _local(info.st_mtime)), ("LastWriteTimeUtc", _utc(info.st_mtime)),
              ("Attributes", "Directory" if folder else "Archive")]
    typenames = [DIRECTORY_INFO if folder else FILE_INFO, *_BASE_TYPES]
    text = name if as_child else full
    return PSObject(props, typenames=typenames, tostring=lambda obj: text)


def _lazy_item(paths: PathMap, full: str) -> Any:
    """A folder's DirectoryInfo, built when first read (a folder outside the lab has only a
    name, as a DirectoryInfo of a missing folder has)."""
    if not full:
        return None

    def build() -> Any:
        if paths.is_inside(full) and os.path.isdir(paths.host(full)):
            return item_object(paths, full)
        return PSObject([("Name", ntpath.basename(full) or full), ("FullName", full), ("Exists", False)],
                        typenames=[DIRECTORY_INFO, *_BASE_TYPES], tostring=lambda obj: full)
    return LazyValue(build)


# --- the views (FileSystem.format.ps1xml) ----------------------------------------------

def _last_write(item: Any) -> str:
    """The LastWriteTime column: [String]::Format("{0,10}  {1,8}", ToString("d"), ToString("t"))."""
    from ..objects.members import get_property
    stamp = get_property(item, "LastWriteTime")
    if not isinstance(stamp, _dt.datetime):
        return ""
    date = f"{stamp.month}/{stamp.day}/{stamp.year}"
    time = f"{(stamp.hour % 12) or 12}:{stamp.minute:02d} {'AM' if stamp.hour < 12 else 'PM'}"
    return f"{date:>10}  {time:>8}"


def _folder_heading(item: Any) -> str:
    """The group value: the folder without the provider prefix."""
    from ..objects.members import get_property
    return to_string(get_property(item, "PSParentPath")).replace(PROVIDER_PREFIX, "")


def _directory_header(folder: Any) -> str:
    """FileSystemTypes-GroupingFormat, 5.1's custom grouping control: ``Directory: <folder>``
    indented 4, followed by one more blank line than a plain -GroupBy heading."""
    return f"    Directory: {folder}\n"


def _wide_name(item: Any) -> str:
    from ..objects.members import get_property
    name = to_string(get_property(item, "Name"))
    return f"[{name}]" if get_property(item, "PSIsContainer") else name


_TABLE = TableView((Column("Mode", width=7), Column(_last_write, "LastWriteTime", 25, RIGHT),
                    Column("Length", width=14, alignment=RIGHT), Column("Name")),
                   name="children", group_by=_folder_heading, group_header=_directory_header)
_WIDE = WideView(_wide_name, name="children", group_by=_folder_heading, group_header=_directory_header)
for _type in (FILE_INFO, DIRECTORY_INFO):
    register_view(_type, _TABLE)
register_view(FILE_INFO, ListView(tuple(ListItem(n) for n in (
    "Name", "Length", "CreationTime", "LastWriteTime", "LastAccessTime", "Mode", "LinkType", "Target")),
    name="children", group_by=_folder_heading, group_header=_directory_header))
register_view(DIRECTORY_INFO, ListView(tuple(ListItem(n) for n in (
    "Name", "CreationTime", "LastWriteTime", "LastAccessTime", "Mode", "LinkType", "Target")),
    name="children", group_by=_folder_heading, group_header=_directory_header))
for _type in (FILE_INFO, DIRECTORY_INFO):
    register_view(_type, _WIDE)


# --- paths ------------------------------------------------------------------------------

def _exists(paths: PathMap, full: str) -> bool:
    return paths.is_inside(full) and os.path.lexists(paths.host(full))


def _entries(paths: PathMap, folder: str) -> list[str]:
    """The Windows paths of a folder's entries: folders first, then files, each by name
    without regard to case (the order NTFS and 5.1's provider give)."""
    host = paths.host(folder)
    try:
        names = os.listdir(host)
    except OSError:
        return []
    names.sort(key=lambda n: (not os.path.isdir(os.path.join(host, n)), n.upper(), n))
    return [folder.rstrip("\\") + "\\" + n for n in names]


def expand(paths: PathMap, text: str, literal: bool = False) -> list[str]:
    """The existing items a user path names, as absolute Windows paths: the path itself, or
    every match of its wildcard segments (none when nothing matches)."""
    full = paths.full(text)
    if literal or not has_wildcards(full):
        return [paths.windows(paths.host(full))] if _exists(paths, full) else []
    if not paths.is_inside(full):
        return []
    found = [HOME]
    for segment in [s for s in full[len(HOME):].split("\\") if s]:
        if has_wildcards(segment):
            found = [entry for folder in found for entry in _entries(paths, folder)
                     if match(segment, ntpath.basename(entry))]
        else:
            found = [f"{folder}\\{segment}" for folder in found if _exists(paths, f"{folder}\\{segment}")]
    return [paths.windows(paths.host(f)) for f in found if _exists(paths, f)]


def _user_paths(cmd: Cmdlet, default: Optional[str] = None) -> list[tuple[str, bool]]:
    """The -Path (wildcards) and -LiteralPath values as (text, literal) pairs."""
    given = [(to_string(p), False) for p in as_list(cmd.params.get("Path"))]
    given += [(to_string(p), True) for p in as_list(cmd.params.get("LiteralPath"))]
    if not given and default is not None:
        given = [(default, False)]
    return given


def resolve_items(cmd: Cmdlet, text: str, literal: bool) -> list[str]:
    """The items a path names; 5.1's not-found error when a path without wildcards names
    nothing (a wildcard that matches nothing is silent)."""
    found = expand(cmd.ctx.paths, text, literal)
    if not found and (literal or not has_wildcards(text)):
        not_found(cmd, cmd.ctx.paths.full(text))
    return found


# --- Get-ChildItem / Get-Item -------------------------------------------------------------

_PATH_PARAMS = [
    P("Path", "String[]", position=0, from_pipeline=True, from_pipeline_by_name=True, sets=("Items",),
      help="Specifies a path to one or more locations. Wildcards are accepted."),
    P("LiteralPath", "String[]", aliases=("PSPath",), from_pipeline_by_name=True, sets=("LiteralItems",),
      help="Specifies a path to one or more locations, taken literally."),
    P("Filter", "String", help="Specifies a filter to qualify the Path parameter."),
    P("Include", "String[]", help="Specifies, as a string array, items to include."),
    P("Exclude", "String[]", help="Specifies, as a string array, items to exclude."),
    P("Force", "SwitchParameter", help="Allows the cmdlet to get items that cannot otherwise be accessed."),
]


@cmdlet("Get-ChildItem", MANAGEMENT, _PATH_PARAMS + [
    P("Recurse", "SwitchParameter", aliases=("s",), help="Gets the items in the specified locations and in all child items."),
    P("Depth", "UInt32", help="Determines the number of subdirectory levels included in the recursion."),
    P("Name", "SwitchParameter", help="Gets only the names of the items in the location."),
    P("File", "SwitchParameter", help="Gets files only."),
    P("Directory", "SwitchParameter", aliases=("ad", "d"), help="Gets directories only."),
], aliases=("dir", "gci", "ls"), default_set="Items", output_type="System.IO.FileInfo",
    synopsis="Gets the files and folders in a file system drive.",
    description="Get-ChildItem lists a folder of the lab's C: drive (the current one by default), grouped "
                "by folder; -Recurse and -Depth go into subfolders, -File and -Directory keep one kind.",
    examples=(("Get-ChildItem -Recurse -Filter *.csv", "Every CSV file below the current folder."),
              ("dir reports -Name", "The names in the reports folder.")),
    related=("Get-Item", "New-Item", "Remove-Item"))
class GetChildItemCommand(Cmdlet):
    """Get-ChildItem."""

    def process(self) -> Iterator[Any]:
        for text, literal in _user_paths(self, "."):
            wild = not literal and has_wildcards(ntpath.basename(text.replace("/", "\\")))
            if wild and self._recursing():
                # 5.1: with -Recurse a wildcard leaf filters the names below its folder
                folder, pattern = ntpath.split(text.replace("/", "\\"))
                for full in resolve_items(self, folder or ".", literal):
                    yield from self._children(full, full, pattern, 0)
                continue
            for full in resolve_items(self, text, literal):
                if os.path.isdir(self.ctx.paths.host(full)) and not wild:
                    if self.params.get("Include") and not self._recursing():
                        continue  # 5.1: -Include without -Recurse needs a wildcard in -Path
                    yield from self._children(full, full, None, 0)
                elif self._wanted(full, None):
                    yield self._output(full, _parent_of(full))

    def _recursing(self) -> bool:
        return self.switch("Recurse") or "Depth" in self.params

    def _children(self, top: str, folder: str, pattern: Optional[str], level: int) -> Iterator[Any]:
        """A folder's wanted entries, then (5.1's order under -Recurse) each subfolder's."""
        entries = _entries(self.ctx.paths, folder)
        yield from (self._output(entry, top) for entry in entries if self._wanted(entry, pattern))
        depth = self.params.get("Depth")
        if not self._recursing() or (depth is not None and level >= int(depth)):
            return
        for entry in entries:
            if os.path.isdir(self.ctx.paths.host(entry)):
                yield from self._children(top, entry, pattern, level + 1)

    def _wanted(self, full: str, pattern: Optional[str]) -> bool:
        name = ntpath.basename(full)
        folder = os.path.isdir(self.ctx.paths.host(full))
        if (self.switch("File") and folder) or (self.switch("Directory") and not folder):
            return False
        for given in (pattern, self.params.get("Filter")):
            if given is not None and not match(to_string(given), name):
                return False
        include = [to_string(p) for p in as_list(self.params.get("Include"))]
        exclude = [to_string(p) for p in as_list(self.params.get("Exclude"))]
        return (not include or match_any(include, name)) and not (exclude and match_any(exclude, name))

    def _output(self, full: str, top: str) -> Any:
        if self.switch("Name"):
            return full[len(top):].lstrip("\\") if full.lower().startswith(top.lower() + "\\") else ntpath.basename(full)
        return item_object(self.ctx.paths, full, as_child=True)


@cmdlet("Get-Item", MANAGEMENT, _PATH_PARAMS, aliases=("gi",), default_set="Items",
        output_type="System.IO.FileInfo",
        synopsis="Gets the item at the specified location.",
        description="Get-Item returns the file or folder a path names (every match of a wildcard path).",
        examples=(("Get-Item .\\users.txt | Select-Object Name, Length", "The name and size of users.txt."),),
        related=("Get-ChildItem",))
class GetItemCommand(Cmdlet):
    """Get-Item."""

    def process(self) -> Iterator[Any]:
        for text, literal in _user_paths(self):
            for full in resolve_items(self, text, literal):
                name = ntpath.basename(full)
                include = [to_string(p) for p in as_list(self.params.get("Include"))]
                exclude = [to_string(p) for p in as_list(self.params.get("Exclude"))]
                if include and not match_any(include, name) or exclude and match_any(exclude, name):
                    continue
                yield item_object(self.ctx.paths, full)


# --- New-Item / mkdir ---------------------------------------------------------------------

_FILE_TYPES = {"file": "File", "directory": "Directory"}
UNKNOWN_TYPE = ('The type is not a known type for the file system. Only "file","directory","symboliclink",'
                '"junction", or "hardlink" can be specified.')

# 5.1 has two sets: pathSet (-Path mandatory) and nameSet (-Name mandatory, -Path optional,
# the current location by default). Path is declared optional; process() gives the binder's
# missing-parameter error when neither is given.
_NEW_PARAMS = [
    P("Path", "String[]", position=0, from_pipeline_by_name=True,
      help="Specifies the path of the location of the new item (the current location with -Name)."),
    P("Name", "String", from_pipeline_by_name=True, help="Specifies the name of the new item."),
    P("Value", "Object", from_pipeline=True, from_pipeline_by_name=True,
      help="Specifies the value of the new item (a file's text)."),
    P("Force", "SwitchParameter", help="Lets the cmdlet create an item that writes over an existing item."),
]


def _write_new(cmd: Cmdlet, target: str, kind: str, value: Any = None) -> bool:
    """Create the file or folder at the Windows path ``target`` with 5.1's checks and errors;
    True when the item is there to return (made, or an existing folder under -Force)."""
    paths = cmd.ctx.paths
    host = paths.host(target)
    exists = _exists(paths, target)
    if exists and not cmd.switch("Force"):
        if kind == "Directory":
            cmd.error(f"An item with the specified name {target} already exists.", "DirectoryExist",
                      "ResourceExists", target, exception_type="IOException")
        else:
            cmd.error(f"The file '{target}' already exists.", "NewItemIOError", "WriteError", target,
                      exception_type="IOException")
        return False
    if not cmd.should_process(f"Destination: {target}", f"Create {kind}"):
        return False
    if not paths.is_inside(target) or (kind == "File" and not os.path.isdir(os.path.dirname(host))):
        cmd.error(f"Could not find a part of the path '{target}'.", "NewItemIOError", "WriteError", target,
                  exception_type="DirectoryNotFoundException")
        return False
    if kind == "Directory":
        os.makedirs(host, exist_ok=True)
    else:
        with open(host, "w", encoding="utf-8", newline="") as stream:
            stream.write("" if value is None else to_string(value))
    return True


@cmdlet("New-Item", MANAGEMENT, _NEW_PARAMS + [
    P("ItemType", "String", aliases=("Type",), help="Specifies the type of the new item: File or Directory."),
], aliases=("ni",), should_process=True, output_type="System.IO.FileInfo",
    synopsis="Creates a new item.",
    description="New-Item creates a file (with -Value as its text) or, with -ItemType Directory, a folder "
                "in the lab's C: drive, and returns it.",
    examples=(("New-Item -Path . -Name notes.txt -ItemType File -Value 'hello'", "Creates notes.txt."),
              ("New-Item reports -ItemType Directory", "Creates the reports folder.")),
    related=("Remove-Item", "Get-ChildItem"))
class NewItemCommand(Cmdlet):
    """New-Item: a file unless -ItemType says Directory (the FileSystem provider's default)."""

    kind_default = "File"

    def process(self) -> Iterator[Any]:
        given = to_string(self.params.get("ItemType", "")).strip().lower()
        kind = _FILE_TYPES.get(given) if given else self.kind_default
        if kind is None:
            self.error(UNKNOWN_TYPE, "Argument", "InvalidArgument", given, exception_type="ArgumentException")
            return
        name = self.params.get("Name")
        paths = self.params.get("Path")
        if paths is None:
            if name is None:
                raise binding_error(self.info, self.invocation.name or self.info.name, self.invocation.extent,
                                    "Cannot process command because of one or more missing mandatory "
                                    "parameters: Path.", "MissingMandatoryParameter")
            paths = "."
        for path in as_list(paths):
            target = self.ctx.paths.full(to_string(path) if name is None else f"{to_string(path)}\\{to_string(name)}")
            made = self._create(target, kind)
            if made is not None:
                yield made

    def _create(self, target: str, kind: str) -> Optional[Any]:
        if not _write_new(self, target, kind, self.params.get("Value")):
            return None
        paths = self.ctx.paths
        return item_object(paths, paths.windows(paths.host(target)))


@cmdlet("mkdir", "", _NEW_PARAMS, should_process=True, output_type="System.IO.DirectoryInfo",
        synopsis="Creates a new directory.",
        description="The mkdir function runs New-Item -ItemType Directory with the arguments given.",
        examples=(("mkdir reports", "Creates the reports folder."),), related=("New-Item",))
class MkdirCommand(NewItemCommand):
    """mkdir (a function in 5.1): New-Item -ItemType Directory."""

    def make_error(self, *args: Any, **kw: Any) -> Any:
        """New-Item's record: 5.1's mkdir runs New-Item, whose name the CategoryInfo shows."""
        record = super().make_error(*args, **kw)
        record.activity = NewItemCommand.info.name
        return record

    def process(self) -> Iterator[Any]:
        name = self.params.get("Name")
        paths = self.params.get("Path")
        if paths is None:
            if name is None:
                raise binding_error(self.info, self.invocation.name or self.info.name, self.invocation.extent,
                                    "Cannot process command because of one or more missing mandatory "
                                    "parameters: Path.", "MissingMandatoryParameter")
            paths = "."
        for path in as_list(paths):
            target = self.ctx.paths.full(to_string(path) if name is None else f"{to_string(path)}\\{to_string(name)}")
            made = self._create(target, "Directory")
            if made is not None:
                yield made


MkdirCommand.info.command_type = "Function"
# 5.1's mkdir reports New-Item's errors: its records name New-Item's class
MkdirCommand.info.command_class = NewItemCommand.info.command_class


# --- Remove-Item ------------------------------------------------------------------------------

HAS_CHILDREN = ("The item at {0} has children and the Recurse parameter was not specified. If you continue, "
                "all children will be removed with the item. Are you sure you want to continue?")


@cmdlet("Remove-Item", MANAGEMENT, [
    P("Path", "String[]", position=0, mandatory=True, from_pipeline=True, from_pipeline_by_name=True,
      sets=("Path",), help="Specifies a path of the items being removed. Wildcards are accepted."),
    P("LiteralPath", "String[]", mandatory=True, aliases=("PSPath",), from_pipeline_by_name=True,
      sets=("LiteralPath",), help="Specifies a path to one or more locations, taken literally."),
    P("Filter", "String", help="Specifies a filter to qualify the Path parameter."),
    P("Include", "String[]", help="Specifies items to delete."),
    P("Exclude", "String[]", help="Specifies items that this cmdlet omits."),
    P("Recurse", "SwitchParameter", help="Deletes the items in the specified locations and in all child items."),
    P("Force", "SwitchParameter", help="Forces the cmdlet to remove items that cannot otherwise be changed."),
], aliases=("del", "erase", "rd", "ri", "rm", "rmdir"), default_set="Path", should_process=True,
    output_type="", synopsis="Deletes the specified items.",
    description="Remove-Item deletes files and folders of the lab's C: drive; a folder that is not empty "
                "needs -Recurse (or a yes to 5.1's question). -WhatIf shows what would go.",
    examples=(("Remove-Item .\\*.tmp -WhatIf", "Shows which .tmp files would be deleted."),
              ("Remove-Item reports -Recurse", "Deletes the reports folder and everything in it.")),
    related=("New-Item", "Get-ChildItem"))
class RemoveItemCommand(Cmdlet):
    """Remove-Item."""

    def process(self) -> None:
        for text, literal in _user_paths(self):
            for full in resolve_items(self, text, literal):
                if self._wanted(ntpath.basename(full)):
                    self._remove(full)

    def _wanted(self, name: str) -> bool:
        include = [to_string(p) for p in as_list(self.params.get("Include"))]
        exclude = [to_string(p) for p in as_list(self.params.get("Exclude"))]
        pattern = self.params.get("Filter")
        return ((pattern is None or match(to_string(pattern), name))
                and (not include or match_any(include, name)) and not (exclude and match_any(exclude, name)))

    def _remove(self, full: str) -> None:
        host = self.ctx.paths.host(full)
        folder = os.path.isdir(host) and not os.path.islink(host)
        if not self.should_process(full, "Remove Directory" if folder else "Remove File"):
            return
        if folder and os.listdir(host) and not self.switch("Recurse") and not self._children_confirmed(full):
            return
        if folder:
            shutil.rmtree(host)
        else:
            os.remove(host)

    def _children_confirmed(self, full: str) -> bool:
        """5.1's ShouldContinue for a folder with children; a host that cannot ask stops the
        command with the console's NonInteractive error."""
        try:
            return should_continue(self.ctx, HAS_CHILDREN.format(full), "Confirm")
        except HostPromptError as exc:
            self.terminate(str(exc), "InvalidOperation", "InvalidOperation",
                           exception_type="PSInvalidOperationException")
            return False


# --- Resolve-Path -----------------------------------------------------------------------------

@cmdlet("Resolve-Path", MANAGEMENT, [
    P("Path", "String[]", position=0, mandatory=True, from_pipeline=True, from_pipeline_by_name=True,
      sets=("Path",), help="Specifies the path to resolve. Wildcards are accepted."),
    P("LiteralPath", "String[]", mandatory=True, aliases=("PSPath",), from_pipeline_by_name=True,
      sets=("LiteralPath",), help="Specifies the path to be resolved, taken literally."),
    P("Relative", "SwitchParameter", help="Returns a relative path (from the current location)."),
], aliases=("rvpa",), default_set="Path", output_type="System.Management.Automation.PathInfo",
    synopsis="Resolves the wildcard characters in a path, and displays the path contents.",
    description="Resolve-Path returns the full path of each existing item a path names; -Relative "
                "returns it relative to the current location (.\\x.txt).",
    examples=(("Resolve-Path *.csv -Relative", "The CSV files of the current folder as .\\name.csv."),),
    related=("Get-Item", "Get-Location"))
class ResolvePathCommand(Cmdlet):
    """Resolve-Path."""

    def process(self) -> Iterator[Any]:
        for text, literal in _user_paths(self):
            for full in resolve_items(self, text, literal):
                yield relative_path(self.ctx.paths.location, full) if self.switch("Relative") else path_info(full)


def relative_path(location: str, full: str) -> str:
    """``full`` relative to ``location`` as 5.1's -Relative writes it: ``.\\x`` below the
    location, ``..\\x`` beside it."""
    base = [s for s in location.split("\\") if s]
    parts = [s for s in full.split("\\") if s]
    common = 0
    while common < min(len(base), len(parts)) and base[common].lower() == parts[common].lower():
        common += 1
    ups = len(base) - common
    rest = parts[common:]
    if ups == 0:
        return ".\\" + "\\".join(rest) if rest else "."
    return "\\".join([".."] * ups + rest)
