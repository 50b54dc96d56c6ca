"""Layer 5: the command table. ``load_all()`` imports every family module, whose
``@cmdlet`` declarations register themselves in ``registry.REGISTRY``."""
from __future__ import annotations

import importlib

FAMILIES = (
    "cspshell.cmdlets.core",        # Write-*, variables, Get-Command, Get-Help, Get-History ...
    "cspshell.cmdlets.utility",     # Select/Where/ForEach/Sort/Group/Measure/Get-Member ...
    "cspshell.cmdlets.format",      # Format-*, Out-*
    "cspshell.cmdlets.data",        # ConvertTo/From-Json, Csv, Html, *-Content
    "cspshell.cmdlets.lync",        # the Lync Server 2010 cmdlets
    "cspshell.cmdlets.lab",         # CsLab emulator commands (sign-in, DNS, clock, clients)
    "cspshell.cmdlets.labtopology",  # CsLab topology import/export/summary
)

_loaded = False


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
