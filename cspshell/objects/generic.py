"""Generic .NET dictionaries: ``Dictionary<string, T>`` as PowerShell shows it.

Such a dictionary (CommandInfo.Parameters, ParameterMetadata.ParameterSets) reads like a
hashtable (``$d['Identity']``, ``$d.Identity``, ``.Keys``, ``.Count``, keys compared without
case) but keeps insertion order and enumerates as ``KeyValuePair`` objects, whose properties
are ``Key`` and ``Value`` and whose ToString() is ``[key, value]``: so Out-Default shows a
``Key Value`` table where a hashtable shows ``Name Value``.
"""
from __future__ import annotations

from typing import Any, Iterable, Optional

from .psobject import DictionaryEntry, PSHashtable

MSCORLIB = "mscorlib, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089"
AUTOMATION = "System.Management.Automation, Version=3.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35"


def generic_arguments(*qualified: tuple[str, str]) -> str:
    """``[[System.String, mscorlib, ...],[T, assembly]]``: the argument list of a closed generic
    type's FullName."""
    return "[" + ",".join(f"[{name}, {assembly}]" for name, assembly in qualified) + "]"


class KeyValuePair:
    """System.Collections.Generic.KeyValuePair`2: one entry of a generic dictionary."""

    __slots__ = ("key", "value", "ps_type_name")

    def __init__(self, key: Any, value: Any, type_name: str):
        self.key = key
        self.value = value
        self.ps_type_name = type_name

    def ps_get(self, name: str, default: Any = None) -> Any:
        lname = name.lower()
        if lname == "key":
            return self.key
        if lname == "value":
            return self.value
        return default

    def ps_property_names(self) -> list[str]:
        return ["Key", "Value"]

    def ps_to_string(self) -> str:
        from .convert import to_string
        return f"[{to_string(self.key)}, {to_string(self.value)}]"


class GenericDictionary(PSHashtable):
    """A ``Dictionary<string, T>`` with case-insensitive keys (PowerShell's metadata
    dictionaries use OrdinalIgnoreCase) that enumerates in insertion order."""

    __slots__ = ("_arguments",)

    def __init__(self, items: Optional[Iterable[tuple[Any, Any]]], value_type: str, value_assembly: str = AUTOMATION):
        super().__init__(items, ordered=True, comparer="OrdinalIgnoreCase")
        self._arguments = generic_arguments(("System.String", MSCORLIB), (value_type, value_assembly))

    @property
    def type_name(self) -> str:
        return "System.Collections.Generic.Dictionary`2" + self._arguments

    def entries(self) -> list[KeyValuePair]:
        """The KeyValuePairs the dictionary enumerates, in order."""
        pair = "System.Collections.Generic.KeyValuePair`2" + self._arguments
        return [KeyValuePair(key, value, pair) for key, value in self.items()]


def dictionary_entries(table: PSHashtable) -> list:
    """What enumerating a dictionary yields: DictionaryEntry objects for a hashtable,
    KeyValuePairs for a generic dictionary."""
    if isinstance(table, GenericDictionary):
        return table.entries()
    return [DictionaryEntry(key, value) for key, value in table.items()]
