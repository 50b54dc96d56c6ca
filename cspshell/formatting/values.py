"""How one value reads inside a table cell, a list entry or a group label (5.1's
``PSObjectHelper.SmartToString`` / ``FormatField`` / ``GetObjectName``).

* ``$null`` and empty strings are empty; booleans are ``True``/``False``; doubles use .NET
  Framework's 15-digit ToString(); dates use the en-US ToString() (``11/25/2026 8:55:13 AM``).
* Arrays and hashtables are enumerated as ``{a, b, c}``: at most ``$FormatEnumerationLimit``
  items, then ``...`` glued to the last one (``{1, 2, 3, 4...}``); a negative limit shows all.
  Each item is named by its own ToString() (``$null`` for null, ``@{a=1}`` for a
  PSCustomObject, a hashtable entry by its key).
* Any other object shows its ToString(): a PSObject's override, ``@{a=1; b=2}`` for a
  PSCustomObject, the type name for other objects.
"""
from __future__ import annotations

import datetime as _dt
from typing import Any, Optional

from ..objects.convert import is_number, object_to_string, to_string, type_names
from ..objects.generic import dictionary_entries
from ..objects.members import get_property, property_names
from ..objects.psobject import PSCUSTOMOBJECT, DictionaryEntry, PSHashtable, PSObject
from ..objects.wildcard import match
from .dotnet_format import composite_format, format_datetime_culture, format_value
from .text import ELLIPSIS

# The types 5.1 writes out of band with ToString() (FormatViewManager.DefaultScalarTypes).
SCALAR_TYPES = frozenset(t.lower() for t in (
    "System.String", "System.SByte", "System.Byte", "System.Int16", "System.UInt16",
    "System.Int32", "System.UInt32", "System.Int64", "System.UInt64", "System.Char",
    "System.Single", "System.Double", "System.Boolean", "System.Decimal", "System.IntPtr",
    "System.Security.SecureString", "System.Numerics.BigInteger"))

# Property names tried, in order, to name an object that has no ToString() of its own.
DISPLAY_NAME_PATTERNS = ("name", "id", "key", "*key", "*name", "*id")

# .NET types whose ToString() is inherited (Capture.ToString()), so GetObjectName names them by
# their display property instead: a Match inside Groups or Captures reads as its Name, ``0``.
INHERITED_TOSTRING_TYPES = frozenset(("System.Text.RegularExpressions.Match",
                                      "System.Text.RegularExpressions.Group"))


def is_scalar(value: Any) -> bool:
    """True for the types Out-Default prints as plain text (strings, numbers, booleans, enums)."""
    if isinstance(value, (str, bool, int, float)):
        return True
    names = value.typenames if isinstance(value, PSObject) else type_names(value)
    if not names:
        return False
    return names[0].lower() in SCALAR_TYPES or (len(names) > 1 and names[1] == "System.Enum")


def is_right_aligned(value: Any) -> bool:
    """A generated table column is right-aligned when its first value is a non-string scalar."""
    if value is None or isinstance(value, str) and not _is_char(value):
        return False
    return is_scalar(value)


def _is_char(value: str) -> bool:
    return type_names(value)[:1] == ["System.Char"]


def is_enumerated(value: Any) -> bool:
    """True for values a cell shows as ``{...}``: arrays, lists and hashtables."""
    return isinstance(value, (list, tuple, PSHashtable))


def _items(value: Any) -> list:
    if isinstance(value, PSHashtable):
        return dictionary_entries(value)
    return list(value)


def enumeration_text(value: Any, enum_limit: int) -> str:
    """``{a, b, c...}`` for a collection, honouring $FormatEnumerationLimit."""
    parts: list[str] = []
    for index, item in enumerate(_items(value)):
        if 0 <= enum_limit == index:
            parts.append(ELLIPSIS)
            break
        parts.append((", " if index else "") + element_name(item))
    return "{" + "".join(parts) + "}"


def display_string(value: Any, enum_limit: int = 4, format_string: Optional[str] = None) -> str:
    """What a cell or list entry shows for ``value``.

    Raises DotNetFormatError when ``format_string`` is not a valid .NET format.
    """
    if format_string:
        if "{0" in format_string or "}" in format_string:
            return composite_format(format_string, [value])
        if not is_enumerated(value):
            return format_value(value, format_string)
    if value is None:
        return ""
    if is_enumerated(value):
        return enumeration_text(value, enum_limit)
    return object_text(value)


def object_text(value: Any) -> str:
    """ToString() of a single (not enumerated) value, as the formatter calls it."""
    if isinstance(value, _dt.datetime):
        return format_datetime_culture(value)
    if isinstance(value, PSObject):
        return _psobject_text(value)
    if isinstance(value, DictionaryEntry):
        return "System.Collections.DictionaryEntry"
    return to_string(value)


def _psobject_text(obj: PSObject) -> str:
    if obj.tostring is not None or PSCUSTOMOBJECT in obj.typenames:
        return object_to_string(obj)
    # .NET's Object.ToString() is the full type name
    return obj.type_name


def element_name(item: Any) -> str:
    """How one element of an enumerated value is named inside ``{...}``."""
    if item is None:
        return "$null"
    if isinstance(item, (str, bool, _dt.datetime, _dt.timedelta)) or is_number(item):
        return object_text(item)
    if isinstance(item, (list, tuple)):
        return to_string(list(item))
    if isinstance(item, PSObject) and item.type_name not in INHERITED_TOSTRING_TYPES and (
            item.tostring is not None or PSCUSTOMOBJECT in item.typenames):
        return object_to_string(item)
    name = display_name_property(item)
    if name is not None:
        return object_text(get_property(item, name))
    return object_text(item)


def display_name_property(value: Any) -> Optional[str]:
    """The property naming an object: the first of name, id, key, *key, *name, *id it has."""
    names = property_names(value)
    for pattern in DISPLAY_NAME_PATTERNS:
        for name in names:
            if match(pattern, name):
                return name
    return None
