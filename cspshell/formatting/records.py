"""The formatting records Format-Table/List/Wide emit and Out-Default consumes.

Windows PowerShell's Format-* cmdlets do not print: they emit ``FormatStartData``,
``GroupStartData``, ``FormatEntryData`` (one per object), ``GroupEndData`` and
``FormatEndData`` objects, and an Out-* command turns them into lines. The records here
play the same part. Cell and field texts are final strings: what an entry shows is fixed
when the Format-* cmdlet runs (with the ``$FormatEnumerationLimit`` of that moment), while
column widths are decided by the outputter, which knows the console width.

Piped to anything but an Out-* command they are just objects, as in 5.1.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional

_NAMESPACE = "Microsoft.PowerShell.Commands.Internal.Format."


class _Record:
    """Common behaviour: the .NET type name and ToString() of a formatting record."""

    ps_type_name = _NAMESPACE + "FormatInfoData"
    out_of_band = False

    def ps_to_string(self) -> str:
        return self.ps_type_name


@dataclass(frozen=True)
class ColumnInfo:
    """A table column as the outputter needs it: header text, width (0: to be decided) and
    alignment (None: left)."""

    label: str
    width: int = 0
    alignment: Optional[str] = None


@dataclass(frozen=True)
class FormatStart(_Record):
    """Starts a formatting sequence of one shape (``table``, ``list``, ``wide``, ``custom``)."""

    shape: str
    columns: tuple[ColumnInfo, ...] = ()
    hide_header: bool = False
    autosize: bool = False
    wide_columns: int = 0
    ps_type_name = _NAMESPACE + "FormatStartData"


@dataclass(frozen=True)
class GroupStart(_Record):
    """Starts a group; ``label`` is the full group header text (``   TypeName: X``) or None."""

    label: Optional[str] = None
    ps_type_name = _NAMESPACE + "GroupStartData"


@dataclass(frozen=True)
class GroupEnd(_Record):
    """Ends a group."""

    ps_type_name = _NAMESPACE + "GroupEndData"


@dataclass(frozen=True)
class FormatEnd(_Record):
    """Ends a formatting sequence."""

    ps_type_name = _NAMESPACE + "FormatEndData"


@dataclass(frozen=True)
class TableRow(_Record):
    """One table row: cell texts, per-cell alignment overrides (None: the column's) and
    whether cells wrap (``-Wrap``) instead of being cut with ``...``."""

    cells: tuple[str, ...]
    alignments: tuple[Optional[str], ...] = ()
    wrap: bool = False
    ps_type_name = _NAMESPACE + "FormatEntryData"


@dataclass(frozen=True)
class ListEntry(_Record):
    """One object as a list: (label, value text) pairs. Out-of-band entries come with their
    own blank lines and never join a table."""

    fields: tuple[tuple[str, str], ...]
    out_of_band: bool = False
    ps_type_name = _NAMESPACE + "FormatEntryData"


@dataclass(frozen=True)
class WideEntry(_Record):
    """One object in a Format-Wide grid."""

    text: str
    ps_type_name = _NAMESPACE + "FormatEntryData"


@dataclass(frozen=True)
class ComplexEntry(_Record):
    """Free text from a custom view, word-wrapped to the width. ``stream`` names the stream
    (``warning``, ``verbose`` ...) whose record, merged into the output, it shows: the console
    writes such text as that stream does."""

    text: str
    out_of_band: bool = False
    stream: str = ""
    ps_type_name = _NAMESPACE + "FormatEntryData"


@dataclass(frozen=True)
class RawText(_Record):
    """A scalar's ToString(), written as is (always out of band)."""

    text: str
    out_of_band: bool = True
    ps_type_name = _NAMESPACE + "FormatEntryData"


@dataclass(frozen=True)
class ErrorEntry(_Record):
    """An ErrorRecord met in the output, rendered by the 5.1 error view (out of band)."""

    record: Any = field(compare=False)
    out_of_band: bool = True
    ps_type_name = _NAMESPACE + "FormatEntryData"


ENTRY_TYPES = (TableRow, ListEntry, WideEntry, ComplexEntry, RawText, ErrorEntry)
RECORD_TYPES = (FormatStart, GroupStart, GroupEnd, FormatEnd) + ENTRY_TYPES


def is_record(value: Any) -> bool:
    """True for the formatting records above."""
    return isinstance(value, _Record)
