"""Properties of any value: PSObject properties, hashtable keys, and the adapted .NET
properties of strings, arrays, dates and time spans.

``get_property`` is what ``$x.Name`` and Select-Object read; ``property_items`` lists
what Format-List / Get-Member / Select-Object * see, in order.
"""
from __future__ import annotations

import datetime as _dt
import weakref
from typing import Any, Callable, Optional

from ..errors import ErrorRecord, PSError
from . import timespan as _timespan
from .psobject import ComputedProperty, DictionaryEntry, HashtableView, PSHashtable, PSObject

MISSING = object()


def _long_date(d: _dt.datetime) -> str:
    hour = d.hour % 12 or 12
    return f"{d.strftime('%A, %B')} {d.day}, {d.year} {hour}:{d.minute:02d}:{d.second:02d} {'AM' if d.hour < 12 else 'PM'}"


def _dt_props() -> list[tuple[str, Callable[[Any], Any]]]:
    return [
        ("DisplayHint", lambda d: "DateTime"),
        ("Date", lambda d: d.replace(hour=0, minute=0, second=0, microsecond=0)),
        ("Day", lambda d: d.day),
        ("DayOfWeek", lambda d: d.strftime("%A")),
        ("DayOfYear", lambda d: d.timetuple().tm_yday),
        ("Hour", lambda d: d.hour),
        ("Kind", lambda d: "Unspecified"),
        ("Millisecond", lambda d: d.microsecond // 1000),
        ("Minute", lambda d: d.minute),
        ("Month", lambda d: d.month),
        ("Second", lambda d: d.second),
        ("Ticks", lambda d: _ticks(d)),
        ("TimeOfDay", lambda d: _dt.timedelta(hours=d.hour, minutes=d.minute, seconds=d.second,
                                              microseconds=d.microsecond)),
        ("Year", lambda d: d.year),
        ("DateTime", _long_date),
    ]


def _ticks(d: _dt.datetime) -> int:
    delta = d - _dt.datetime(1, 1, 1)
    return (delta.days * 86400 + delta.seconds) * 10_000_000 + delta.microseconds * 10


_ADAPTED: dict[type, list[tuple[str, Callable[[Any], Any]]]] = {
    str: [("Length", len)],
    list: [("Length", len), ("Count", len), ("LongLength", len), ("Rank", lambda a: 1),
           ("SyncRoot", lambda a: a), ("IsReadOnly", lambda a: False),
           ("IsFixedSize", lambda a: True), ("IsSynchronized", lambda a: False)],
    _dt.datetime: _dt_props(),
    _dt.timedelta: _timespan.PROPERTIES,
    DictionaryEntry: [("Name", lambda e: e.key), ("Key", lambda e: e.key), ("Value", lambda e: e.value)],
}

_HASHTABLE_PROPS: list[tuple[str, Callable[[Any], Any]]] = [
    ("IsReadOnly", lambda h: False), ("IsFixedSize", lambda h: False),
    ("IsSynchronized", lambda h: False), ("Keys", lambda h: HashtableView(h.keys(), h)),
    ("Values", lambda h: HashtableView(h.values(), h)), ("SyncRoot", lambda h: h), ("Count", len),
]


def _adapted_for(value: Any) -> Optional[list[tuple[str, Callable[[Any], Any]]]]:
    for typ, props in _ADAPTED.items():
        if isinstance(value, typ):
            return props
    return getattr(type(value), "ps_properties", None)


def get_property(value: Any, name: str, default: Any = None) -> Any:
    """``$value.Name`` for a single (non-enumerated) value; ``default`` when absent."""
    notes = getattr(value, "ps_notes", None)
    if notes and name.lower() in notes:
        return notes[name.lower()][1]
    if isinstance(value, PSObject):
        return value.get(name, default)
    if isinstance(value, PSHashtable):
        if name in value:
            return value[name]
        for prop, getter in _HASHTABLE_PROPS:
            if prop.lower() == name.lower():
                return getter(value)
        return default
    props = _adapted_for(value)
    if props:
        lname = name.lower()
        for prop, getter in props:
            if prop.lower() == lname:
                return getter(value)
    getter = getattr(value, "ps_get", None)
    if getter:
        return getter(name, default)
    return default


def has_property(value: Any, name: str) -> bool:
    return get_property(value, name, MISSING) is not MISSING


def property_names(value: Any) -> list[str]:
    """Names of a value's properties in display order."""
    if isinstance(value, PSObject):
        return value.names()
    notes = getattr(value, "ps_notes", None)
    if notes:
        adapted = _adapted_for(value) or []
        return [p for p, _ in adapted] + [n for n, _ in notes.values()]
    if isinstance(value, PSHashtable):
        return [p for p, _ in _HASHTABLE_PROPS]
    props = _adapted_for(value)
    if props:
        return [p for p, _ in props]
    names = getattr(value, "ps_property_names", None)
    return list(names()) if names else []


def property_items(value: Any) -> list[tuple[str, Any]]:
    """(name, value) pairs of a value's properties in display order."""
    if isinstance(value, PSObject):
        return list(value.items())
    return [(n, get_property(value, n)) for n in property_names(value)]


def real_property_name(value: Any, name: str) -> Optional[str]:
    """The declared spelling of a property name, or None when the value lacks it."""
    lname = name.lower()
    for n in property_names(value):
        if n.lower() == lname:
            return n
    if isinstance(value, PSHashtable) and name in value:
        return name
    return None


def set_property(value: Any, name: str, new: Any) -> bool:
    """``$value.Name = new``; False when the value has no property of that name.

    A ScriptProperty or AliasProperty runs its setter; one without a setter raises 5.1's
    SetValueException (the caller gives the error its position)."""
    if isinstance(value, PSObject):
        stored = value.stored(name, MISSING)
        if stored is MISSING:
            return False
        if type(stored) is ComputedProperty:
            _assign_computed(value, name, stored, new)
        else:
            value.set(name, new)
        return True
    if isinstance(value, PSHashtable):
        value[name] = new
        return True
    notes = getattr(value, "ps_notes", None)
    if notes and name.lower() in notes:
        notes[name.lower()] = (notes[name.lower()][0], new)
        return True
    setter = getattr(value, "ps_set", None)
    if setter:
        return setter(name, new)
    return False


def _assign_computed(obj: PSObject, name: str, prop: ComputedProperty, new: Any) -> None:
    if prop.setter is None:
        raise PSError(ErrorRecord(message=f'Set accessor for property "{obj.real_name(name)}" is unavailable.',
                                  error_id="SetWithoutSetterFromScriptProperty", category="NotSpecified",
                                  exception_type="SetValueException"))
    prop.setter(obj, new)


# The ScriptMethods Add-Member gave each object: lower-case name -> (name, script block). Kept
# beside the object (a method is no property) and dropped with it.
_SCRIPT_METHODS: "weakref.WeakKeyDictionary[PSObject, dict[str, tuple[str, Any]]]" = weakref.WeakKeyDictionary()


def add_script_method(obj: PSObject, name: str, block: Any) -> None:
    """Give ``obj`` a ScriptMethod ``name`` that runs ``block`` (replacing one of that name)."""
    _SCRIPT_METHODS.setdefault(obj, {})[name.lower()] = (name, block)


def remove_script_method(obj: PSObject, name: str) -> None:
    """Drop the object's ScriptMethod ``name`` if it has one."""
    methods = _SCRIPT_METHODS.get(obj)
    if methods:
        methods.pop(name.lower(), None)


def script_method(value: Any, name: str) -> Optional[Any]:
    """The script block of the value's ScriptMethod ``name``, or None."""
    if not isinstance(value, PSObject):
        return None
    methods = _SCRIPT_METHODS.get(value)
    entry = methods.get(name.lower()) if methods else None
    return entry[1] if entry else None
