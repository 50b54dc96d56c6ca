"""Location and path cmdlets over the lab's FileSystem drive (cspshell/paths.py):
Get-Location, Set-Location, Push-Location, Pop-Location, Test-Path, Join-Path, Split-Path."""
from __future__ import annotations

import ntpath
import os
from typing import Any, Iterator

from ..formatting.views import Column, TableView, register_view
from ..objects.convert import to_string
from ..paths import PATH_INFO, path_info
from .base import Cmdlet
from .registry import MANAGEMENT, Parameter as P, cmdlet
from .utility import as_list

# DotNetTypes.format.ps1xml's PathInfo view: a table of the Path alone
register_view(PATH_INFO, TableView((Column("Path"),), name="PathInfo"))

_INVALID_PATH_CHARS = set('"<>|') | {chr(c) for c in range(32)}


def not_found(cmd: Cmdlet, full: str) -> None:
    cmd.error(f"Cannot find path '{full}' because it does not exist.", "PathNotFound", "ObjectNotFound",
              full, exception_type="ItemNotFoundException")


@cmdlet("Get-Location", MANAGEMENT, [
    P("PSProvider", "String[]", help="Gets the current location in the specified PowerShell provider."),
    P("PSDrive", "String[]", help="Gets the current location in the specified PowerShell drive."),
    P("Stack", "SwitchParameter", help="Indicates that this cmdlet displays the locations in the location stack."),
], aliases=("gl", "pwd"), output_type="System.Management.Automation.PathInfo",
    synopsis="Gets information about the current working location or a location stack.",
    description="The Get-Location cmdlet gets an object that represents the current directory.",
    examples=(("Get-Location", "Shows C:\\Users\\Administrator when the shell starts."),))
class GetLocationCommand(Cmdlet):
    """Get-Location: a PathInfo, or with -Stack the pushed locations, newest first."""

    def process(self) -> Iterator[Any]:
        paths = self.ctx.paths
        if self.switch("Stack"):
            yield from (path_info(p) for p in reversed(paths.stack))
            return
        yield path_info(paths.location)


def _change_location(cmd: Cmdlet, target: str) -> bool:
    """Make ``target`` (a user path) the current location; False after 5.1's error."""
    paths = cmd.ctx.paths
    full = paths.full(target)
    if not paths.is_inside(full) or not os.path.isdir(paths.host(full)):
        not_found(cmd, full)
        return False
    paths.location = full
    return True


_LOCATION_PARAMS = [
    P("Path", "String", position=0, from_pipeline_by_name=True, sets=("Path",),
      help="Specifies a path of a new working location."),
    P("LiteralPath", "String", aliases=("PSPath",), from_pipeline_by_name=True, sets=("LiteralPath",),
      help="Specifies a path of the location, taken literally."),
    P("PassThru", "SwitchParameter", help="Returns a PathInfo object that represents the location."),
]


@cmdlet("Set-Location", MANAGEMENT, _LOCATION_PARAMS, aliases=("cd", "chdir", "sl"), default_set="Path",
        output_type="System.Management.Automation.PathInfo",
        synopsis="Sets the current working location to a specified location.",
        description="The Set-Location cmdlet sets the working location to a folder of the lab's C: drive.",
        examples=(("cd ..\\Administrator\\reports", "Moves into the reports folder."),))
class SetLocationCommand(Cmdlet):
    """Set-Location: no path means the home folder, as in 5.1."""

    def process(self) -> Iterator[Any]:
        target = self.params.get("Path", self.params.get("LiteralPath"))
        if _change_location(self, "~" if target is None else to_string(target)) and self.switch("PassThru"):
            yield path_info(self.ctx.paths.location)


@cmdlet("Push-Location", MANAGEMENT, _LOCATION_PARAMS, aliases=("pushd",), default_set="Path",
        output_type="System.Management.Automation.PathInfo",
        synopsis="Adds the current location to the top of a location stack.",
        description="Push-Location saves the current location on the stack, then moves to -Path if given.",
        examples=(("pushd reports; popd", "Goes into reports and back."),))
class PushLocationCommand(Cmdlet):
    """Push-Location."""

    def process(self) -> Iterator[Any]:
        paths = self.ctx.paths
        paths.stack.append(paths.location)
        target = self.params.get("Path", self.params.get("LiteralPath"))
        if target is not None and not _change_location(self, to_string(target)):
            return
        if self.switch("PassThru"):
            yield path_info(paths.location)


@cmdlet("Pop-Location", MANAGEMENT, [
    P("PassThru", "SwitchParameter", help="Passes an object that represents the location to the pipeline."),
    P("StackName", "String", help="Specifies the location stack from which the location is popped."),
], aliases=("popd",), output_type="System.Management.Automation.PathInfo",
    synopsis="Changes the current location to the location most recently pushed onto the stack.",
    description="Pop-Location returns to the location Push-Location saved; an empty stack does nothing.",
    examples=(("popd", "Returns to the saved location."),))
class PopLocationCommand(Cmdlet):
    """Pop-Location."""

    def process(self) -> Iterator[Any]:
        paths = self.ctx.paths
        if not paths.stack:
            return
        paths.location = paths.stack.pop()
        if self.switch("PassThru"):
            yield path_info(paths.location)


@cmdlet("Test-Path", MANAGEMENT, [
    P("Path", "String[]", position=0, mandatory=True, from_pipeline=True, from_pipeline_by_name=True, sets=("Path",),
      help="Specifies a path to be tested."),
    P("LiteralPath", "String[]", mandatory=True, aliases=("PSPath",), from_pipeline_by_name=True,
      sets=("LiteralPath",), help="Specifies a path to be tested, taken literally."),
    P("PathType", "String", validate_set=("Any", "Container", "Leaf"),
      help="Specifies the type of the final element in the path."),
    P("IsValid", "SwitchParameter", help="Indicates that this cmdlet tests the syntax of the path."),
], default_set="Path", output_type="System.Boolean",
    synopsis="Determines whether all elements of a path exist.",
    description="Test-Path returns $True when the path exists in the lab's C: drive, else $False.",
    examples=(("Test-Path .\\users.txt", "True when users.txt is in the current folder."),))
class TestPathCommand(Cmdlet):
    """Test-Path."""

    _CHECKS = {"any": os.path.exists, "container": os.path.isdir, "leaf": os.path.isfile}

    def process(self) -> Iterator[Any]:
        check = self._CHECKS[to_string(self.params.get("PathType", "Any")).lower()]
        for path in as_list(self.params.get("Path")) + as_list(self.params.get("LiteralPath")):
            text = to_string(path)
            if self.switch("IsValid"):
                yield not (set(text) & _INVALID_PATH_CHARS)
                continue
            full = self.ctx.paths.full(text)
            yield self.ctx.paths.is_inside(full) and check(self.ctx.paths.host(full))


def resolved_or_as_is(cmd: Cmdlet, path: str) -> list[str]:
    """``path`` itself; with -Resolve, the full paths of the items it names (wildcards
    expanded), or 5.1's not-found error when it names none."""
    if not cmd.switch("Resolve"):
        return [path]
    from .items import resolve_items   # items builds on this module
    return resolve_items(cmd, path, False)


@cmdlet("Join-Path", MANAGEMENT, [
    P("Path", "String[]", position=0, mandatory=True, from_pipeline=True, from_pipeline_by_name=True,
      aliases=("PSPath",), help="Specifies the main path to which the child path is appended."),
    P("ChildPath", "String", position=1, mandatory=True, from_pipeline_by_name=True,
      help="Specifies the elements to append to the value of the Path parameter."),
    P("Resolve", "SwitchParameter", help="Indicates that this cmdlet should attempt to resolve the joined path."),
], output_type="System.String", synopsis="Combines a path and a child path into a single path.",
    description="Join-Path joins the parts with one back slash between them.",
    examples=(("Join-Path $HOME reports", "C:\\Users\\Administrator\\reports"),))
class JoinPathCommand(Cmdlet):
    """Join-Path."""

    def process(self) -> Iterator[Any]:
        child = to_string(self.params.get("ChildPath", "")).replace("/", "\\").lstrip("\\")
        for path in as_list(self.params.get("Path")):
            parent = to_string(path).replace("/", "\\").rstrip("\\")
            joined = f"{parent}\\{child}" if child else parent + "\\"
            yield from resolved_or_as_is(self, joined)


@cmdlet("Split-Path", MANAGEMENT, [
    P("Path", "String[]", position=0, mandatory=True, from_pipeline=True, from_pipeline_by_name=True,
      help="Specifies the paths to be split."),
    P("Parent", "SwitchParameter", help="Returns the parent container of the path (the default)."),
    P("Leaf", "SwitchParameter", help="Returns only the last item or container in the path."),
    P("Qualifier", "SwitchParameter", help="Returns only the qualifier (drive) of the path."),
    P("NoQualifier", "SwitchParameter", help="Returns the path without the qualifier."),
    P("IsAbsolute", "SwitchParameter", help="Returns $True when the path is absolute."),
    P("Resolve", "SwitchParameter", help="Displays the items that are referenced by the resulting split path."),
], output_type="System.String", synopsis="Returns the specified part of a path.",
    description="Split-Path returns the parent folder, the leaf, the drive or the path without the drive.",
    examples=(("Split-Path C:\\Users\\Administrator\\users.txt -Leaf", "users.txt"),))
class SplitPathCommand(Cmdlet):
    """Split-Path."""

    def process(self) -> Iterator[Any]:
        for path in as_list(self.params.get("Path")):
            # -Resolve resolves the path given (wildcards expanded) and splits each item found.
            for text in resolved_or_as_is(self, to_string(path).replace("/", "\\")):
                yield self._part(text)

    def _part(self, text: str) -> Any:
        drive, rest = ntpath.splitdrive(text)
        if self.switch("IsAbsolute"):
            return bool(drive) and rest.startswith("\\")
        if self.switch("Qualifier"):
            return drive
        if self.switch("NoQualifier"):
            return rest
        trimmed = text.rstrip("\\") if rest.strip("\\") else text
        if self.switch("Leaf"):
            return ntpath.basename(trimmed)
        parent = ntpath.dirname(trimmed)
        # the parent of a folder at the drive's root keeps its separator: Split-Path C:\x -> C:\
        return "" if parent == trimmed else parent
