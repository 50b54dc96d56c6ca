"""Default views of the Lync objects (the emulator's Lync format data).

Only types whose default display is not PowerShell's own rule (a table up to four
properties, a list beyond) need one: ADUser shows its 22 Lync properties and keeps the
rest for ``Format-List *``; NTService shows the Status / Name / ActivityLevel table the
Get-CsWindowsService help describes (lync-facts.md §1.11).
"""
from __future__ import annotations

from ...formatting.views import Column, ListItem, ListView, TableView, register_view
from .adusers import DEFAULT_VIEW
from .common import ADUSER, NT_SERVICE


def register_lync_views() -> None:
    """Register the views of the Lync types (called once, when the package is imported)."""
    register_view(ADUSER, ListView(tuple(ListItem(name) for name in DEFAULT_VIEW), name=ADUSER))
    register_view(NT_SERVICE, TableView(
        (Column("Status"), Column("Name"), Column("ActivityLevel")), name=NT_SERVICE))


register_lync_views()
