"""What the trainee's last pipeline showed: as console text, and as objects.

Checks that read the last pipeline look at what it produced, however it was produced:
``Get-CsUserPoolInfo ... | Format-List`` sends formatting records, ``... | Select-Object``
sends objects, ``(...).Fqdn`` sends strings. Two readings cover them all:

- ``shown_text``: the lines Out-Default writes for the output, laid out wide enough that
  no FQDN is cut or wrapped (what a wide console shows);
- ``shown_objects``: each output object as property name -> value, where a table row or
  a list entry of a Format-* command counts as an object whose properties are its
  columns or labels (the values as the trainee saw them, as text).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable, Optional

from ..formatting.out_default import format_stream
from ..formatting.records import FormatStart, ListEntry, TableRow, is_record
from ..objects.convert import type_names
from ..objects.members import property_items

# Wide enough that a table of FQDNs is never cut with "..." nor a list value wrapped.
READING_WIDTH = 400
SELECTED_PREFIX = "Selected."


@dataclass(frozen=True)
class Shown:
    """One object of the output: its type names and its properties (lower-case keys)."""

    types: tuple[str, ...]
    properties: dict[str, Any] = field(default_factory=dict)

    def has(self, name: str) -> bool:
        """True when the object shows a property of this name."""
        return name.lower() in self.properties

    def get(self, name: str) -> Any:
        """Return the property's value (None when absent)."""
        return self.properties.get(name.lower())

    def is_a(self, type_name: str) -> bool:
        """True when the object is of this type, also after Select-Object (``Selected.X``)."""
        wanted = type_name.lower()
        for name in self.types:
            low = name.lower()
            if low == wanted or low == (SELECTED_PREFIX + type_name).lower():
                return True
        return False


def shown_text(objects: Iterable[Any], width: int = READING_WIDTH) -> str:
    """Return the console text of ``objects`` at ``width`` columns."""
    return "\n".join(format_stream(list(objects), width))


def shown_objects(objects: Iterable[Any]) -> list[Shown]:
    """Return the objects of the output; formatting records become their rows/entries."""
    shown: list[Shown] = []
    columns: tuple[str, ...] = ()
    for item in objects:
        if isinstance(item, FormatStart):
            columns = tuple(column.label for column in item.columns)
        elif isinstance(item, TableRow):
            shown.append(Shown((), {label.lower(): cell for label, cell in zip(columns, item.cells)}))
        elif isinstance(item, ListEntry):
            shown.append(Shown((), {label.lower(): value for label, value in item.fields}))
        elif not is_record(item):
            shown.append(_object(item))
    return shown


def _object(item: Any) -> Shown:
    properties = {name.lower(): value for name, value in property_items(item)}
    return Shown(tuple(type_names(item)), properties)


def describe_output(objects: Optional[list]) -> str:
    """Return a short description of an output for messages: how many objects."""
    if objects is None:
        return "You have not run a pipeline since the lab started."
    if not objects:
        return "Your last pipeline showed nothing."
    return ""
