"""PowerShell's object model: objects with ordered, case-insensitive properties,
type names and a per-type ToString, plus hashtables and script blocks' common base.

Python values stand for .NET ones: ``None`` is ``$null``, ``bool``/``int``/``float``/``str``
are Boolean/Int32-or-Int64/Double/String, ``list`` is ``Object[]``, ``PSHashtable`` is
Hashtable/OrderedDictionary, ``datetime``/``timedelta`` are DateTime/TimeSpan, and
``PSObject`` is every other object (PSCustomObject and the Lync objects).
"""
from __future__ import annotations

from typing import Any, Callable, Iterable, Iterator, Optional

PSCUSTOMOBJECT = "System.Management.Automation.PSCustomObject"


class LazyValue:
    """A property value computed on first read (a ScriptProperty in PowerShell terms)."""

    __slots__ = ("func",)

    def __init__(self, func: Callable[[], Any]):
        self.func = func


class PSObject:
    """An object with ordered properties looked up case-insensitively.

    ``typenames`` is PSTypeNames, most derived first. ``tostring`` overrides the
    default ToString() (PSCustomObject's ``@{a=1; b=2}`` form).
    """

    __slots__ = ("_values", "_names", "typenames", "tostring", "__weakref__")

    def __init__(self, props: Optional[Iterable[tuple[str, Any]]] = None,
                 typenames: Optional[list[str]] = None,
                 tostring: Optional[Callable[["PSObject"], str]] = None):
        self._values: dict[str, Any] = {}
        self._names: dict[str, str] = {}
        self.typenames = list(typenames) if typenames else [PSCUSTOMOBJECT, "System.Object"]
        self.tostring = tostring
        if props:
            for name, value in props:
                self.set(name, value)

    # -- properties -----------------------------------------------------------------
    def set(self, name: str, value: Any) -> None:
        """Set (or add) a property, keeping the original spelling of an existing name."""
        key = name.lower()
        if key not in self._names:
            self._names[key] = name
        self._values[key] = value

    def add(self, name: str, value: Any) -> bool:
        """Add a property; False when one of that name exists already."""
        key = name.lower()
        if key in self._names:
            return False
        self._names[key] = name
        self._values[key] = value
        return True

    def has(self, name: str) -> bool:
        return name.lower() in self._names

    def get(self, name: str, default: Any = None) -> Any:
        key = name.lower()
        if key not in self._values:
            return default
        value = self._values[key]
        if isinstance(value, LazyValue):
            value = value.func()
            self._values[key] = value
        return value

    def remove(self, name: str) -> None:
        key = name.lower()
        self._names.pop(key, None)
        self._values.pop(key, None)

    def real_name(self, name: str) -> Optional[str]:
        """The property's name as declared, or None."""
        return self._names.get(name.lower())

    def names(self) -> list[str]:
        return list(self._names.values())

    def items(self) -> Iterator[tuple[str, Any]]:
        for key, name in list(self._names.items()):
            yield name, self.get(key)

    def copy(self) -> "PSObject":
        clone = PSObject(typenames=self.typenames, tostring=self.tostring)
        clone._values = dict(self._values)
        clone._names = dict(self._names)
        return clone

    @property
    def type_name(self) -> str:
        return self.typenames[0]

    def __len__(self) -> int:  # truthiness is decided by convert.to_bool, not here
        return len(self._names)

    def __bool__(self) -> bool:
        return True

    def __repr__(self) -> str:
        return f"PSObject({self.type_name}, {self.names()})"


class PSHashtable:
    """Hashtable (``@{}``) or OrderedDictionary (``[ordered]@{}``).

    String keys compare case-insensitively. Enumeration follows insertion order for
    both kinds; Windows PowerShell's Hashtable order depends on .NET hash codes, which
    the emulator does not reproduce (documented in docs/language.md).
    """

    __slots__ = ("_data", "ordered")

    def __init__(self, items: Optional[Iterable[tuple[Any, Any]]] = None, ordered: bool = False):
        self._data: dict[Any, tuple[Any, Any]] = {}
        self.ordered = ordered
        if items:
            for key, value in items:
                self[key] = value

    @staticmethod
    def _norm(key: Any) -> Any:
        if isinstance(key, str):
            return key.lower()
        if isinstance(key, bool):
            return ("bool", key)
        if isinstance(key, float) and key.is_integer():
            return ("num", key)
        if isinstance(key, list):
            return ("list", id(key))
        if isinstance(key, PSObject) or isinstance(key, PSHashtable):
            return ("obj", id(key))
        return key

    def __setitem__(self, key: Any, value: Any) -> None:
        norm = self._norm(key)
        old = self._data.get(norm)
        self._data[norm] = (old[0] if old else key, value)

    def __getitem__(self, key: Any) -> Any:
        hit = self._data.get(self._norm(key))
        return hit[1] if hit else None

    def __contains__(self, key: Any) -> bool:
        return self._norm(key) in self._data

    def __delitem__(self, key: Any) -> None:
        self._data.pop(self._norm(key), None)

    def __len__(self) -> int:
        return len(self._data)

    def __bool__(self) -> bool:
        return True

    def add(self, key: Any, value: Any) -> bool:
        """Hashtable.Add: False when the key exists (the caller raises the error)."""
        if key in self:
            return False
        self[key] = value
        return True

    def keys(self) -> list:
        return [k for k, _ in self._data.values()]

    def values(self) -> list:
        return [v for _, v in self._data.values()]

    def items(self) -> list[tuple[Any, Any]]:
        return list(self._data.values())

    def clear(self) -> None:
        self._data.clear()

    def copy(self) -> "PSHashtable":
        return PSHashtable(self.items(), ordered=self.ordered)

    @property
    def type_name(self) -> str:
        return ("System.Collections.Specialized.OrderedDictionary" if self.ordered
                else "System.Collections.Hashtable")

    def __repr__(self) -> str:
        return f"PSHashtable({self.items()!r})"


class DictionaryEntry:
    """What enumerating a hashtable with GetEnumerator() yields: Name/Key and Value."""

    __slots__ = ("key", "value")

    def __init__(self, key: Any, value: Any):
        self.key = key
        self.value = value


def new_custom_object(props: Iterable[tuple[str, Any]]) -> PSObject:
    """A ``[pscustomobject]`` with the given properties in order."""
    return PSObject(props)
