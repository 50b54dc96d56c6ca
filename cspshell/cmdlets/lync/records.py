"""PowerShell objects that remember where they came from, and ones built on first use.

A Lync object piped to another Lync cmdlet must find its way back to the topology entity
it was made from (``Get-CsUser | Get-CsUserPoolInfo`` must not look the user up again by
name), so ``SourcedObject`` carries that entity in ``source``. ``LazyRecord`` adds
laziness: ``Get-CsUser`` over a million users emits a million records, and a record's
twenty-odd properties are computed only when something reads one of them
(``Get-CsUser | Measure-Object`` never does). ``RecordShape`` serves cmdlets that emit
many objects of one kind: the property names are lower-cased once, and each object
is built with one dict instead of one ``PSObject.set`` per property.
"""
from __future__ import annotations

from typing import Any, Callable, Iterable, Iterator, Optional, Sequence

from ...objects.psobject import PSObject, SharedNames

Properties = list[tuple[str, Any]]


class SourcedObject(PSObject):
    """A PSObject that knows the topology entity (``source``) it describes."""

    __slots__ = ("source",)

    def __init__(self, props: Optional[Properties] = None, typenames: Optional[list[str]] = None,
                 tostring: Optional[Callable[[PSObject], str]] = None, source: Any = None):
        super().__init__(props, typenames, tostring)
        self.source = source


class RecordShape:
    """The property names (in order) and type names of one kind of object."""

    __slots__ = ("names", "typenames", "keys", "spellings")

    def __init__(self, names: Sequence[str], typenames: Sequence[str]):
        self.names = tuple(names)
        self.typenames = list(typenames)
        self.keys = tuple(name.lower() for name in self.names)
        if len(set(self.keys)) != len(self.keys):
            raise ValueError(f"property names repeat: {self.names}")
        self.spellings = SharedNames(zip(self.keys, self.names))

    def build(self, values: Iterable[Any]) -> PSObject:
        """Return the object with these values in property order: what
        ``PSObject(zip(names, values), typenames)`` builds, in one step."""
        return PSObject.of_shape(self.keys, self.spellings, values, self.typenames)

    def fill(self, obj: PSObject, values: Iterable[Any]) -> None:
        """Give ``obj``, which has no property yet, the shape's properties with ``values``."""
        obj.fill(self.keys, self.spellings, values)


class LazyRecord(SourcedObject):
    """A SourcedObject of a RecordShape whose property values come from
    ``values(source)``, called on first access."""

    __slots__ = ("_pending", "_shape")

    def __init__(self, shape: RecordShape, values: Callable[[Any], Iterable[Any]],
                 tostring: Optional[Callable[[PSObject], str]] = None, source: Any = None):
        PSObject.__init__(self, None, shape.typenames, tostring)   # one call less per record
        self.source = source
        self._shape = shape
        self._pending: Optional[Callable[[Any], Iterable[Any]]] = values

    def _fill(self) -> None:
        # Every method that reads or changes properties comes here first, so the record
        # has none of its own yet when the values arrive.
        values, self._pending = self._pending, None
        if values is not None:
            self._shape.fill(self, values(self.source))

    def set(self, name: str, value: Any) -> None:
        self._fill()
        super().set(name, value)

    def add(self, name: str, value: Any) -> bool:
        self._fill()
        return super().add(name, value)

    def has(self, name: str) -> bool:
        self._fill()
        return super().has(name)

    def get(self, name: str, default: Any = None) -> Any:
        self._fill()
        return super().get(name, default)

    def remove(self, name: str) -> None:
        self._fill()
        super().remove(name)

    def real_name(self, name: str) -> Optional[str]:
        self._fill()
        return super().real_name(name)

    def names(self) -> list[str]:
        self._fill()
        return super().names()

    def items(self) -> Iterator[tuple[str, Any]]:
        self._fill()
        return super().items()

    def copy(self) -> PSObject:
        self._fill()
        return super().copy()

    def __len__(self) -> int:
        self._fill()
        return super().__len__()

    @property
    def built(self) -> bool:
        """True once the properties have been computed."""
        return self._pending is None
