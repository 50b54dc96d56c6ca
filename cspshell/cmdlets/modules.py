"""Modules and snap-ins: Import-Module, Get-Module, Remove-Module, Add-PSSnapin, Get-PSSnapin.

The Lync Server 2010 Management Shell starts with the ``Lync`` manifest module imported (its
shortcut runs ``Import-Module ...\\Modules\\Lync\\Lync.psd1``), and the two 5.1 modules whose
commands every session uses are loaded beside it. Modules are not files here: the ones a
person can import are the modules cspshell declares commands for (``AVAILABLE``). Removing a
module takes it out of Get-Module's list for the session; its commands stay callable (the
emulator has one command table), which is written down in docs/fidelity.md.
"""
from __future__ import annotations

import ntpath
from dataclasses import dataclass
from typing import Any, Iterator, Optional

from ..objects.convert import to_string
from ..objects.psobject import LazyValue, PSHashtable, PSObject
from ..objects.wildcard import has_wildcards, match_any
from ..formatting.views import Column, ListItem, ListView, TableView, register_view
from . import registry
from .base import Cmdlet
from .help import MODULE_VERSIONS, command_object
from .registry import CORE, LYNC, MANAGEMENT, UTILITY, Parameter, cmdlet
from .utility import as_list, new_object

P = Parameter

PSMODULEINFO = "System.Management.Automation.PSModuleInfo"
PSSNAPININFO = "System.Management.Automation.PSSnapInInfo"
LYNC_BASE = "C:\\Program Files\\Common Files\\Microsoft Lync Server 2010\\Modules\\Lync"
SYSTEM_MODULES = "C:\\Windows\\system32\\WindowsPowerShell\\v1.0\\Modules"


@dataclass(frozen=True)
class ModuleFacts:
    """What Get-Module shows of one importable module."""

    name: str
    module_type: str
    base: str
    path: str
    description: str


AVAILABLE: tuple[ModuleFacts, ...] = (
    ModuleFacts(LYNC, "Manifest", LYNC_BASE, f"{LYNC_BASE}\\Lync.psd1", "Lync Server 2010 Module"),
    ModuleFacts(MANAGEMENT, "Manifest", f"{SYSTEM_MODULES}\\{MANAGEMENT}",
                f"{SYSTEM_MODULES}\\{MANAGEMENT}\\{MANAGEMENT}.psd1", ""),
    ModuleFacts(UTILITY, "Manifest", f"{SYSTEM_MODULES}\\{UTILITY}",
                f"{SYSTEM_MODULES}\\{UTILITY}\\{UTILITY}.psd1", ""),
)
LOADED_AT_START = (LYNC, MANAGEMENT, UTILITY)


def loaded_modules(ctx: Any) -> list[str]:
    """Return the session's loaded module names (kept on the context; the start set at first use)."""
    names = getattr(ctx, "loaded_modules", None)
    if names is None:
        names = list(LOADED_AT_START)
        ctx.loaded_modules = names
    return names


def find_available(name: str) -> Optional[ModuleFacts]:
    """Return the importable module a name or path names (``Lync``, ``...\\Lync\\Lync.psd1``,
    the module's folder), or None."""
    leaf = ntpath.basename(to_string(name).replace("/", "\\").rstrip("\\"))
    stem, ext = ntpath.splitext(leaf)
    key = (stem if ext.lower() in (".psd1", ".psm1", ".dll") else leaf).lower()
    return next((m for m in AVAILABLE if m.name.lower() == key), None)


def _exported(module: str) -> PSHashtable:
    """ExportedCommands: a name -> CommandInfo dictionary, in name order."""
    infos = sorted((i for i in registry.all_commands() if i.module == module), key=lambda i: i.name.upper())
    return PSHashtable([(i.name, command_object(i)) for i in infos], ordered=True)


def module_object(facts: ModuleFacts) -> PSObject:
    """The PSModuleInfo object for a module (ToString: its name)."""
    version = MODULE_VERSIONS.get(facts.name, "0.0")
    return new_object(PSMODULEINFO, [
        ("LogPipelineExecutionDetails", False), ("Name", facts.name), ("Path", facts.path),
        ("Definition", ""), ("Description", facts.description), ("ModuleBase", facts.base),
        ("Version", version), ("ModuleType", facts.module_type), ("Author", "Microsoft Corporation"),
        ("AccessMode", "ReadWrite"), ("CompanyName", "Microsoft Corporation"),
        ("Copyright", "\u00a9 Microsoft Corporation. All rights reserved."),
        ("ExportedCommands", LazyValue(lambda: _exported(facts.name))), ("NestedModules", []),
        ("PowerShellVersion", "2.0" if facts.name == LYNC else "3.0"), ("Prefix", ""),
    ], tostring=lambda o: o.get("Name"))


def _exported_names(module: Any) -> list[str]:
    """The table's ExportedCommands column: the dictionary's keys."""
    commands = module.get("ExportedCommands") if isinstance(module, PSObject) else None
    return list(commands.keys()) if isinstance(commands, PSHashtable) else []


register_view(PSMODULEINFO, TableView(
    (Column("ModuleType", "ModuleType", 10), Column("Version", "Version", 10), Column("Name", "Name", 35),
     Column(_exported_names, "ExportedCommands")), name="Module"))
register_view(PSMODULEINFO, ListView(tuple(ListItem(p) for p in (
    "Name", "Path", "Description", "ModuleType", "Version", "NestedModules", "ExportedCommands")), name="Module"))


def _patterns(cmd: Cmdlet) -> list[str]:
    return [to_string(n) for n in as_list(cmd.params.get("Name"))]


@cmdlet("Get-Module", CORE, [
    P("Name", "String[]", position=0, from_pipeline=True, help="Specifies names or name patterns of modules."),
    P("All", "SwitchParameter", help="Indicates that this cmdlet gets all modules, nested ones included."),
    P("Refresh", "SwitchParameter", help="Indicates that this cmdlet refreshes the cache of installed commands."),
], aliases=("gmo",), output_type=PSMODULEINFO,
    synopsis="Gets the modules that have been imported or that can be imported into the current session.",
    description="The Get-Module cmdlet gets the modules that have been imported into the current session. "
                "The Lync Server Management Shell starts with the Lync module imported.",
    examples=(("Get-Module", "Gets the modules imported into the session."),
              ("Get-Module Lync | Format-List", "Shows the Lync module's details.")),
    related=("Import-Module", "Remove-Module"))
class GetModuleCommand(Cmdlet):
    """Get-Module: the loaded modules by name; a name that matches none gives nothing."""

    def process(self) -> Iterator[Any]:
        patterns = _patterns(self) or ["*"]
        loaded = {n.lower() for n in loaded_modules(self.ctx)}
        for facts in sorted(AVAILABLE, key=lambda m: m.name.upper()):
            if facts.name.lower() in loaded and match_any(patterns, facts.name):
                yield module_object(facts)


@cmdlet("Import-Module", CORE, [
    P("Name", "String[]", position=0, mandatory=True, from_pipeline=True,
      help="Specifies the names or paths of the modules to import."),
    P("Force", "SwitchParameter", help="Re-imports a module that is already imported."),
    P("PassThru", "SwitchParameter", help="Returns an object representing the imported module."),
    P("Global", "SwitchParameter", help="Imports the module into the global session state."),
    P("DisableNameChecking", "SwitchParameter", help="Suppresses the unapproved-verb warning."),
    P("Prefix", "String", help="Specifies a prefix added to the nouns of imported commands (accepted, not applied)."),
], aliases=("ipmo",), output_type=PSMODULEINFO,
    synopsis="Adds modules to the current session.",
    description="The Import-Module cmdlet adds one or more modules to the current session. The modules "
                "that can be imported are Lync and the Windows PowerShell modules cspshell provides.",
    examples=(("Import-Module Lync", "Imports the Lync Server 2010 module (already imported at start)."),
              ("Import-Module 'C:\\Program Files\\Common Files\\Microsoft Lync Server 2010\\Modules\\Lync\\Lync.psd1'",
               "Imports the module by the path the Lync Server Management Shell shortcut uses.")),
    related=("Get-Module", "Remove-Module"))
class ImportModuleCommand(Cmdlet):
    """Import-Module: silent on success; an unknown module is 5.1's Modules_ModuleNotFound."""

    def process(self) -> Iterator[Any]:
        loaded = loaded_modules(self.ctx)
        for name in _patterns(self):
            found = self._resolve(name)
            for facts in found:
                if facts.name not in loaded:
                    loaded.append(facts.name)
                if self.switch("PassThru"):
                    yield module_object(facts)

    def _resolve(self, name: str) -> list[ModuleFacts]:
        if has_wildcards(name):
            return [m for m in AVAILABLE if match_any([name], m.name)]
        facts = find_available(name)
        if facts is None:
            record = self.make_error(
                f"The specified module '{name}' was not loaded because no valid module file was found "
                "in any module directory.", "Modules_ModuleNotFound", "ResourceUnavailable", name,
                exception_type="FileNotFoundException")
            record.exception_full_type = "System.IO.FileNotFoundException"
            self.ctx.write_error(record, command=self)
            return []
        return [facts]


@cmdlet("Remove-Module", CORE, [
    P("Name", "String[]", position=0, mandatory=True, from_pipeline=True,
      help="Specifies the names of modules to remove."),
    P("Force", "SwitchParameter", help="Removes read-only modules too."),
], aliases=("rmo",), should_process=True, output_type="",
    synopsis="Removes modules from the current session.",
    description="The Remove-Module cmdlet removes modules from the current session. In cspshell the "
                "module leaves Get-Module's list; its commands stay available.",
    examples=(("Remove-Module Lync", "Removes the Lync module from the session's module list."),),
    related=("Get-Module", "Import-Module"))
class RemoveModuleCommand(Cmdlet):
    """Remove-Module: 5.1 reports Modules_NoModulesRemoved when no loaded module matched."""

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._removed = 0

    def process(self) -> None:
        loaded = loaded_modules(self.ctx)
        patterns = _patterns(self)
        for name in [n for n in loaded if match_any(patterns, n)]:
            self._removed += 1
            if self.should_process(name, "Remove-Module"):
                loaded.remove(name)

    def end(self) -> None:
        if self._removed == 0:
            self.error("No modules were removed. Verify that the specification of modules to remove is correct "
                       "and those modules exist in the runspace.", "Modules_NoModulesRemoved",
                       "ResourceUnavailable", exception_type="InvalidOperationException")


# =====================================================================================
# Snap-ins: 5.1 has only the Core snap-in; the Lync Server 2010 shell uses a module.
# =====================================================================================

CORE_SNAPIN_DESCRIPTION = ("This Windows PowerShell snap-in contains cmdlets used to manage components of "
                           "Windows PowerShell.")


def core_snapin() -> PSObject:
    """The PSSnapInInfo of Microsoft.PowerShell.Core."""
    return new_object(PSSNAPININFO, [
        ("Name", CORE), ("IsDefault", True), ("ApplicationBase", "C:\\Windows\\System32\\WindowsPowerShell\\v1.0"),
        ("AssemblyName", "System.Management.Automation, Version=3.0.0.0, Culture=neutral, "
                         "PublicKeyToken=31bf3856ad364e35, ProcessorArchitecture=MSIL"),
        ("ModuleName", "C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\System.Management.Automation.dll"),
        ("PSVersion", "5.1.14393.206"), ("Version", "3.0.0.0"), ("Types", []), ("Formats", []),
        ("Description", CORE_SNAPIN_DESCRIPTION), ("Vendor", "Microsoft Corporation"),
        ("LogPipelineExecutionDetails", False)], tostring=lambda o: o.get("Name"))


register_view(PSSNAPININFO, ListView(tuple(ListItem(p) for p in ("Name", "PSVersion", "Description")),
                                     name="PSSnapInInfo"))


@cmdlet("Get-PSSnapin", CORE, [
    P("Name", "String[]", position=0, help="Specifies snap-in names or name patterns."),
    P("Registered", "SwitchParameter", help="Gets the snap-ins registered on the computer (none besides the core)."),
], aliases=("gsnp",), output_type=PSSNAPININFO,
    synopsis="Gets the Windows PowerShell snap-ins on the computer.",
    description="The Get-PSSnapin cmdlet gets the snap-ins added to the session. Windows PowerShell 5.1 "
                "lists Microsoft.PowerShell.Core; the Lync cmdlets come from the Lync module, not a snap-in.",
    examples=(("Get-PSSnapin", "Lists Microsoft.PowerShell.Core."),),
    related=("Add-PSSnapin", "Get-Module"))
class GetPSSnapinCommand(Cmdlet):
    """Get-PSSnapin (-Registered lists nothing: 5.1 leaves the built-in snap-in out of it)."""

    def process(self) -> Iterator[Any]:
        if self.switch("Registered"):
            return
        patterns = _patterns(self)
        if not patterns or match_any(patterns, CORE):
            yield core_snapin()
            return
        for name in patterns:
            self.error(f"No Windows PowerShell snap-ins matching the pattern '{name}' were found. Check the "
                       "pattern and then try the command again.", "NoPSSnapInsFound", "InvalidArgument", name,
                       exception_type="PSArgumentException")


@cmdlet("Add-PSSnapin", CORE, [
    P("Name", "String[]", position=0, mandatory=True, from_pipeline_by_name=True,
      help="Specifies the name of the snap-in."),
    P("PassThru", "SwitchParameter", help="Returns an object representing each added snap-in."),
], aliases=("asnp",), output_type=PSSNAPININFO,
    synopsis="Adds one or more Windows PowerShell snap-ins to the current session.",
    description="The Add-PSSnapin cmdlet adds registered snap-ins to the session. No snap-in is "
                "registered on a Lync Server 2010 server: its cmdlets are in the Lync module.",
    examples=(("Add-PSSnapin Microsoft.Rtc.Management", "Fails: no such snap-in is installed (use Import-Module Lync)."),),
    related=("Get-PSSnapin", "Import-Module"))
class AddPSSnapinCommand(Cmdlet):
    """Add-PSSnapin: the core snap-in is already added; any other is not installed (-PassThru has
    nothing to return)."""

    def process(self) -> None:
        for name in _patterns(self):
            if name.lower() == CORE.lower():
                message = (f"Cannot add Windows PowerShell snap-in {name} because it is already added. "
                           "Verify the name of the snap-in, and then try again.")
            else:
                message = f"The Windows PowerShell snap-in '{name}' is not installed on this computer."
            self.error(message, "AddPSSnapInRead", "InvalidArgument", name, exception_type="PSArgumentException")
