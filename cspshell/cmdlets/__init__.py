"""Layer 5: the command table. ``load_all()`` imports every family module, whose
``@cmdlet`` declarations register themselves in ``registry.REGISTRY``."""
from __future__ import annotations

import importlib

FAMILIES = (
    "cspshell.cmdlets.core",        # Write-*, variables, Get-Date, Start-Sleep, Clear-Host
    "cspshell.cmdlets.help",        # Get-Command, Get-Alias, Get-Help
    "cspshell.cmdlets.history",     # Get-History, Invoke-History
    "cspshell.cmdlets.modules",     # Import/Get/Remove-Module, Add/Get-PSSnapin
    "cspshell.cmdlets.hostinfo",    # Get-Host, Get-Culture, Write-Progress, *-ExecutionPolicy
    "cspshell.cmdlets.invocation",  # Invoke-Expression, Measure-Command, New-TimeSpan
    "cspshell.cmdlets.utility",     # helpers shared by the object cmdlets (declares no command)
    "cspshell.cmdlets.selection",   # Select-Object, Get-Random
    "cspshell.cmdlets.filtering",   # Where-Object, ForEach-Object
    "cspshell.cmdlets.sorting",     # Sort-Object, Group-Object, Get-Unique, Compare-Object
    "cspshell.cmdlets.measure",     # Measure-Object
    "cspshell.cmdlets.members",     # Get-Member, Add-Member, New-Object
    "cspshell.cmdlets.text",        # Select-String, Tee-Object
    "cspshell.cmdlets.format",      # Format-*, Out-*
    "cspshell.cmdlets.data",        # ConvertTo/From-Json, Csv, Html, *-Content
    "cspshell.cmdlets.filesystem",  # *-Location, Test-Path, Join-Path, Split-Path
    "cspshell.cmdlets.items",       # Get-ChildItem, Get-Item, New-Item, mkdir, Remove-Item, Resolve-Path
    "cspshell.cmdlets.xmlcmdlets",  # Select-Xml
    "cspshell.cmdlets.lync",        # the Lync Server 2010 cmdlets
    "cspshell.cmdlets.lab",         # CsLab emulator commands (sign-in, DNS, clock, clients)
    "cspshell.cmdlets.labtopology",  # CsLab topology import/export/summary
    "cspshell.cmdlets.labs",        # guided labs: Start-CsLab, Test-CsLabTask, reports
)

_loaded = False


def ensure_command(name: str) -> bool:
    """Import the family that declares ``name`` (a command or alias); False when none does."""
    try:
        from ._index_data import INDEX
    except ImportError:
        load_all()
        return False
    family = INDEX.get(name.lower())
    if family is None:
        return False
    importlib.import_module(family)
    return True


def load_all() -> None:
    """Import every family that exists (idempotent)."""
    global _loaded
    if _loaded:
        return
    for name in FAMILIES:
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
    _loaded = True
