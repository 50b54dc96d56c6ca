"""PowerShell's object model: objects with ordered, case-insensitive properties,
type names and a per-type ToString, plus hashtables and script blocks' common base.

Python values stand for .NET ones: ``None`` is ``$null``, ``bool``/``int``/``float``/``str``
are Boolean/Int32-or-Int64/Double/String, ``list`` is ``Object[]``, ``PSHashtable`` is
Hashtable/OrderedDictionary, ``datetime``/``timedelta`` are DateTime/TimeSpan (a
``timespan.TimeSpan`` keeps 100 ns ticks), and ``PSObject`` is every other object
(PSCustomObject and the Lync objects). A plain value that carries note properties is a
subclass of its type (``NotedBool`` wraps a Boolean): see ``with_notes``.
"""
from __future__ import annotations

from typing import Any, Callable, Iterable, Iterator, Optional

from . import dotnet_hashtable as _HT

PSCUSTOMOBJECT = "System.Management.Automation.PSCustomObject"

# PSHashtable's change log: a new key, a removed key, Clear().
_OP_ADD, _OP_REMOVE, _OP_CLEAR = 0, 1, 2


class LazyValue:
    """A property value computed on first read and kept (a fast path for cmdlet output)."""

    __slots__ = ("func",)

    def __init__(self, func: Callable[[], Any]):
        self.func = func


class ComputedProperty:
    """A property that runs code on every read and on every assignment, as PowerShell's
    ScriptProperty and AliasProperty do.

    ``getter(obj)`` returns the value for the object it is read on (a copy of the object
    passes itself); ``setter(obj, value)`` stores one, and is None for a property that has
    no setter (assigning to it is an error the caller raises).
    """

    __slots__ = ("getter", "setter")

    def __init__(self, getter: Callable[["PSObject"], Any],
                 setter: Optional[Callable[["PSObject", Any], None]] = None):
        self.getter = getter
        self.setter = setter


class SharedNames(dict):
    """The lower-case -> declared property names of one shape of object, shared by every
    object built with it (PSObject.fill): an object copies it before its first change."""

    __slots__ = ()


class PSObject:
    """An object with ordered properties looked up case-insensitively.

    ``typenames`` is PSTypeNames, most derived first (replace the list to change it: objects
    built by ``of_shape`` share one). ``tostring`` overrides the default ToString()
    (PSCustomObject's ``@{a=1; b=2}`` form).
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
            self._own_names()[key] = name
        self._values[key] = value

    def add(self, name: str, value: Any) -> bool:
        """Add a property; False when one of that name exists already."""
        key = name.lower()
        if key in self._names:
            return False
        self._own_names()[key] = name
        self._values[key] = value
        return True

    def _own_names(self) -> dict[str, str]:
        """The name table, copied first when it is a shape's shared one."""
        names = self._names
        if type(names) is SharedNames:
            names = self._names = dict(names)
        return names

    @classmethod
    def of_shape(cls, keys: tuple, spellings: "SharedNames", values: Iterable[Any],
                 typenames: list[str]) -> "PSObject":
        """Return a new PSObject with the shape's properties (what ``fill`` gives an empty
        one) in one step: cmdlets that emit objects by the hundred thousand build them here.

        The objects share ``typenames`` (as they share ``spellings``): code that changes an
        object's type names assigns a new list, never changes the list in place.
        """
        obj = cls.__new__(cls)
        obj._values = dict(zip(keys, values))
        obj._names = spellings
        obj.typenames = typenames
        obj.tostring = None
        return obj

    def fill(self, keys: tuple, spellings: dict, values: Iterable[Any]) -> None:
        """Give an object that has no property yet all of its properties at once: ``keys`` are
        the lower-case names in order, ``spellings`` maps them to the declared names (a fast
        path for cmdlets that emit many objects of one shape; a SharedNames table is shared,
        not copied)."""
        self._values = dict(zip(keys, values))
        self._names = spellings if type(spellings) is SharedNames else dict(spellings)

    def has(self, name: str) -> bool:
        return name.lower() in self._names

    def get(self, name: str, default: Any = None) -> Any:
        """The property's value (a computed one worked out now), or ``default``."""
        key = name.lower()
        if key not in self._values:
            return default
        value = self._values[key]
        kind = type(value)  # two identity tests: this is the hottest read in the shell
        if kind is LazyValue:
            value = value.func()
            self._values[key] = value
        elif kind is ComputedProperty:
            value = value.getter(self)
        return value

    def stored(self, name: str, default: Any = None) -> Any:
        """What the property holds without running it: a ComputedProperty stays one."""
        return self._values.get(name.lower(), default)

    def remove(self, name: str) -> None:
        key = name.lower()
        if key in self._names:
            self._own_names().pop(key)
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

    String keys compare case-insensitively (case-sensitively for ``comparer="Default"``)
    and lookups are dict lookups. An OrderedDictionary enumerates in insertion order. A
    Hashtable enumerates (``keys``, ``values``, ``items``, and so formatting, ConvertTo-Json,
    GetEnumerator and foreach) in the bucket order of .NET Framework 4.x's Hashtable, as
    Windows PowerShell 5.1 shows it: see ``dotnet_hashtable`` for the rules and sources.

    ``comparer`` is the .NET key comparer the table stands for (``"CurrentCultureIgnoreCase"``,
    the hash literal's, by default; ``"OrdinalIgnoreCase"``; or ``"Default"``) and
    ``capacity`` the capacity passed to its constructor: by default the number of initial
    items, as for a hash literal (``new Hashtable(n, comparer)`` then ``Add`` of each pair),
    so ``PSHashtable()`` is ``new Hashtable(comparer)``. Keys the model cannot hash (objects,
    Decimals, non-ASCII strings under the culture comparer) come after the others, in
    insertion order. The order is worked out on first enumeration after a change, from a
    log of the insertions and removals since, and kept until the next change.
    """

    __slots__ = ("_data", "ordered", "_comparer", "_capacity", "_table", "_log", "_order", "version")

    def __init__(self, items: Optional[Iterable[tuple[Any, Any]]] = None, ordered: bool = False,
                 *, comparer: str = _HT.CURRENT_CULTURE_IGNORE_CASE, capacity: Optional[int] = None):
        if comparer not in _HT.COMPARERS:
            raise ValueError(f"unknown comparer {comparer!r}")
        self._data: dict[Any, tuple[Any, Any]] = {}
        self.ordered = ordered
        self._comparer = comparer
        pairs = list(items) if items else []
        self._capacity = len(pairs) if capacity is None else capacity
        self._table: Optional[_HT.BucketTable] = None
        self._log: list[tuple[int, Any, Any]] = []
        self._order: Optional[list[Any]] = None
        # Bumped by every write, as .NET's Hashtable/OrderedDictionary ``version``: an
        # enumeration of Keys/Values that sees it change fails (``HashtableView``).
        self.version = 0
        for key, value in pairs:
            self[key] = value

    @property
    def comparer(self) -> str:
        """The .NET comparer this table stands for."""
        return self._comparer

    @staticmethod
    def _norm(key: Any) -> Any:
        if isinstance(key, str):
            return key.lower()
        if isinstance(key, bool):
            return ("bool", key)
        if type(key) is NotedBool:
            return ("bool", key.value)
        if isinstance(key, float) and key.is_integer():
            return ("num", key)
        if isinstance(key, list):
            return ("list", id(key))
        if isinstance(key, PSObject) or isinstance(key, PSHashtable):
            return ("obj", id(key))
        return key

    def _token(self, key: Any) -> Any:
        if self._comparer == _HT.DEFAULT_COMPARER and isinstance(key, str):
            return ("cs", key)
        return self._norm(key)

    # -- the bucket model ------------------------------------------------------------

    def _changed(self, op: int, token: Any, key: Any) -> None:
        if self.ordered:
            return
        self._order = None
        self._log.append((op, token, key))
        if len(self._log) > 2 * len(self._data) + 64:
            self._replay()

    def _replay(self) -> None:
        table = self._table
        if table is None:
            table = self._table = _HT.BucketTable(self._capacity)
        comparer = self._comparer
        for op, token, key in self._log:
            if op == _OP_ADD:
                table.insert(token, _HT.hash_code(key, comparer))
            elif op == _OP_REMOVE:
                table.remove(token, _HT.hash_code(key, comparer))
            else:
                table.clear()
        self._log.clear()

    def _tokens(self) -> list[Any]:
        """The keys' tokens in enumeration order."""
        if self.ordered:
            return list(self._data)
        order = self._order
        if order is None or len(order) != len(self._data):
            self._replay()
            assert self._table is not None
            order = [t for t in self._table.order() if t in self._data]
            if len(order) != len(self._data):
                placed = set(order)
                order += [t for t in self._data if t not in placed]
            self._order = order
        return order

    # -- the dictionary --------------------------------------------------------------

    def __setitem__(self, key: Any, value: Any) -> None:
        norm = self._token(key)
        old = self._data.get(norm)
        if old is None:
            self._changed(_OP_ADD, norm, key)
        self._data[norm] = (old[0] if old else key, value)
        self.version += 1

    def __getitem__(self, key: Any) -> Any:
        hit = self._data.get(self._token(key))
        return hit[1] if hit else None

    def __contains__(self, key: Any) -> bool:
        return self._token(key) in self._data

    def __delitem__(self, key: Any) -> None:
        norm = self._token(key)
        old = self._data.pop(norm, None)
        if old is not None:
            self._changed(_OP_REMOVE, norm, old[0])
            self.version += 1

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
        data = self._data
        return [data[t][0] for t in self._tokens()]

    def values(self) -> list:
        data = self._data
        return [data[t][1] for t in self._tokens()]

    def items(self) -> list[tuple[Any, Any]]:
        data = self._data
        return [data[t] for t in self._tokens()]

    def clear(self) -> None:
        """Hashtable.Clear (the bucket array keeps its size)."""
        self._data.clear()
        self._changed(_OP_CLEAR, None, None)
        self.version += 1

    def copy(self) -> "PSHashtable":
        """Hashtable.Clone (``new Hashtable(Count, comparer)``, then each entry in
        enumeration order) or a copy of an OrderedDictionary."""
        return PSHashtable(self.items(), ordered=self.ordered, comparer=self._comparer)

    @property
    def type_name(self) -> str:
        return ("System.Collections.Specialized.OrderedDictionary" if self.ordered
                else "System.Collections.Hashtable")

    def __repr__(self) -> str:
        return f"PSHashtable({self.items()!r})"


class HashtableView(list):
    """``$h.Keys``, ``$h.Values`` or ``$h.GetEnumerator()``: the items, plus the table they
    came from so a ``foreach`` over them can fail as .NET's enumerator does when the table
    is written to meanwhile (``owner.version`` moves)."""

    __slots__ = ("owner",)

    def __init__(self, items: Iterable[Any], owner: PSHashtable):
        super().__init__(items)
        self.owner = owner


class DictionaryEntry:
    """What enumerating a hashtable with GetEnumerator() yields: Name/Key and Value."""

    __slots__ = ("key", "value")

    def __init__(self, key: Any, value: Any):
        self.key = key
        self.value = value


class _NotedInt(int):
    """An Int32 wrapped in a PSObject that carries note properties (``ps_notes``)."""


class _NotedFloat(float):
    """A Double that carries note properties."""


class _NotedStr(str):
    """A String that carries note properties."""


class NotedBool:
    """A Boolean wrapped in a PSObject that carries note properties (Compare-Object -PassThru's
    SideIndicator on ``$true``).

    Python's bool cannot be subclassed, so this wraps one: ``value`` is the Boolean. It is
    truthy or falsy like it, equals it, hashes like it, converts to ``True``/``False`` and
    reports System.Boolean; the conversions in ``convert`` see through it (``base_value``).
    """

    __slots__ = ("value", "ps_notes")
    ps_type_name = "System.Boolean"

    def __init__(self, value: bool):
        self.value = bool(value)
        self.ps_notes: dict[str, tuple[str, Any]] = {}

    def __bool__(self) -> bool:
        return self.value

    def __int__(self) -> int:
        return int(self.value)

    def __eq__(self, other: Any) -> bool:
        return self.value == base_value(other)

    def __hash__(self) -> int:
        return int(self.value)

    def ps_to_string(self) -> str:
        return "True" if self.value else "False"

    def __repr__(self) -> str:
        return f"NotedBool({self.value}, {list(self.ps_notes)})"


_NOTED: dict[type, Callable[[Any], Any]] = {int: _NotedInt, float: _NotedFloat, str: _NotedStr, bool: NotedBool}
_NOTED_KINDS = (_NotedInt, _NotedFloat, _NotedStr, NotedBool)


_UNWRAP: dict[type, Callable[[Any], Any]] = {_NotedInt: int, _NotedFloat: float, _NotedStr: str,
                                             NotedBool: lambda v: v.value}


def base_value(value: Any) -> Any:
    """The plain value behind a value that carries note properties (PSObject.BaseObject);
    any other value unchanged."""
    unwrap = _UNWRAP.get(type(value))
    return unwrap(value) if unwrap is not None else value


def with_notes(value: Any, notes: Iterable[tuple[str, Any]], replace: bool = False) -> Any:
    """``value`` carrying extra note properties, as PowerShell's PSObject wrapper of a .NET value
    does (Select-Object -ExpandProperty with -Property, Add-Member on a string, Compare-Object
    -PassThru). It still is, and prints as, the plain value. A note of an existing name is kept
    unless ``replace`` is set. Values of other types come back unchanged."""
    if not isinstance(value, _NOTED_KINDS):
        wrap = _NOTED.get(type(value))
        if wrap is None:
            return value
        value = wrap(value)
        if not hasattr(value, "ps_notes"):
            value.ps_notes = {}
    for name, note in notes:
        if replace:
            value.ps_notes[name.lower()] = (name, note)
        else:
            value.ps_notes.setdefault(name.lower(), (name, note))
    return value


def new_custom_object(props: Iterable[tuple[str, Any]]) -> PSObject:
    """A ``[pscustomobject]`` with the given properties in order."""
    return PSObject(props)
