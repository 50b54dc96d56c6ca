"""Helpers shared by the object cmdlets (Select-Object, Where-Object, Sort-Object, Group-Object,
Measure-Object, Get-Member, Compare-Object, Tee-Object ...) and by ``core``, ``help``,
``history`` and ``data``: the current input object, parameter lists, -Property parsing, the
ordering keys of Sort-Object, Group-Object, Compare-Object and -Unique, and atomic file writes.

The cmdlets follow Windows PowerShell 5.1's source behaviour (parameter sets, output types,
error texts and ids); the module docstrings of ``calculated`` and ``objects.wildcard``
describe the shared property-expression and wildcard rules.
"""
from __future__ import annotations

import functools
import os
import tempfile
from typing import Any, Callable, Iterable, Optional

from ..objects.convert import compare, is_number, object_to_string, to_string, type_name
from ..objects.psobject import PSCUSTOMOBJECT, NotedBool, PSHashtable, PSObject
from ..errors import PSError
from .base import NO_INPUT, Cmdlet
from .calculated import PropertySpec, PropertySpecError, parse_properties


# --- shared helpers -----------------------------------------------------------------

def current_input(cmd: Cmdlet) -> Any:
    """The object a cmdlet processes now: the pipeline object, else -InputObject, else NO_INPUT."""
    if cmd.input is not NO_INPUT:
        return cmd.input
    return cmd.params.get("InputObject", NO_INPUT)


def as_list(value: Any) -> list:
    """A parameter value as a list (a scalar becomes a one-element list, None an empty one)."""
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return list(value)
    return [value]


def base_type_name(value: Any) -> str:
    """The .NET type of the object under any PSObject wrapping (PSCustomObject for notes)."""
    if isinstance(value, PSObject):
        return PSCUSTOMOBJECT if PSCUSTOMOBJECT in value.typenames else value.typenames[0]
    return type_name(value)


def is_custom_object(value: Any) -> bool:
    return isinstance(value, PSObject) and PSCUSTOMOBJECT in value.typenames


def spec_error(cmd: Cmdlet, exc: PropertySpecError) -> None:
    """Raise a -Property parsing error the way 5.1's ParameterProcessor does (the message travels
    in ErrorDetails, so the error view adds no trailing blank line)."""
    record = cmd.make_error(exc.message, exc.error_id, "InvalidArgument", exception_type="NotSupportedException")
    record.error_details = exc.message
    raise PSError(record)


def parse_specs(cmd: Cmdlet, values: Any, keys: tuple) -> list[PropertySpec]:
    """parse_properties, turning a bad value into the cmdlet's terminating error."""
    try:
        return parse_properties(values, keys)
    except PropertySpecError as exc:
        spec_error(cmd, exc)
        return []


def stop_upstream(cmd: Cmdlet) -> None:
    """Ask the engine to stop the commands before this one (Select-Object -First)."""
    stop = getattr(cmd.ctx, "stop_upstream", None)
    if stop is not None:
        stop(cmd)


def new_object(typename: str, props: Iterable[tuple[str, Any]], bases: tuple[str, ...] = (),
               tostring: Optional[Callable[[PSObject], str]] = None) -> PSObject:
    """A PSObject standing for a .NET object of ``typename``."""
    return PSObject(props, typenames=[typename, *bases, "System.Object"], tostring=tostring)


# --- ordering keys (Sort-Object, Group-Object, Compare-Object, -Unique) --------------

MISSING = object()


def string_key(text: str, case_sensitive: bool) -> str:
    """Culture-style key: case folded, hyphens and apostrophes ignored first; lower case
    before upper case on ties when case matters (en-US). One string, so comparisons are fast."""
    folded = text.casefold()
    key = folded.replace("-", "").replace("'", "") + "\x00" + folded
    return key + "\x00" + text.swapcase() if case_sensitive else key


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, (bool, NotedBool)):
        return "bool"
    if is_number(value):
        return "num"
    if isinstance(value, str):
        return "str"
    if isinstance(value, (PSObject, PSHashtable, list)):
        return "obj"
    return type(value).__name__


def _keyer_for(kinds: set[str], case_sensitive: bool) -> Callable[[Any], Any]:
    """A key function ordering one column's values as ObjectCommandComparer does."""
    kinds = kinds - {"null"}
    if kinds <= {"str"}:
        return lambda v: (0,) if v is None else (1, string_key(v, case_sensitive))
    if kinds == {"num"}:
        # $null against numbers behaves like 0, just below it
        return lambda v: (0, -1) if v is None else (v, 0)
    if kinds == {"bool"}:
        return lambda v: -1 if v is None else int(v)
    if kinds == {"obj"}:
        return lambda v: (0,) if v is None else (1, string_key(to_string(v), case_sensitive))
    if len(kinds) == 1 and kinds != {"obj"}:
        return lambda v: (0,) if v is None else (1, v)
    return functools.cmp_to_key(lambda a, b: compare(a, b, case_sensitive))


def column_keys(values: list[Any], case_sensitive: bool) -> list[Any]:
    """Sort keys for one column; a MISSING value (no such property) gets None."""
    keyer = _keyer_for({_kind(v) for v in values if v is not MISSING}, case_sensitive)
    return [None if v is MISSING else keyer(v) for v in values]


def value_identity(value: Any, case_sensitive: bool = False) -> tuple:
    """A hashable identity under which PowerShell considers two values equal."""
    if type(value) is str:
        return ("s", value if case_sensitive else value.casefold())
    if isinstance(value, PSObject):   # the usual key of a script block: an object, by its text
        text = object_to_string(value)
        return ("o", text if case_sensitive else text.casefold())
    kind = _kind(value)
    if kind == "str":
        return ("s", value if case_sensitive else value.casefold())
    if kind == "num":
        return ("n", value)
    if kind in ("null", "bool"):
        return (kind, value)
    if isinstance(value, list):
        return ("o", "System.Object[]")
    if kind == "obj":
        text = to_string(value)
        return ("o", text if case_sensitive else text.casefold())
    try:
        hash(value)
        return ("v", value)
    except TypeError:
        return ("o", to_string(value))


# --- writing files (Tee-Object and the file cmdlets of ``data``) --------------------

def write_text_atomic(path: str, text: str, encoding: str, append: bool = False) -> None:
    """Write (or append) ``text`` to ``path`` through a temporary file and os.replace."""
    directory = os.path.dirname(os.path.abspath(path)) or "."
    old = b""
    if append and os.path.exists(path):
        with open(path, "rb") as handle:
            old = handle.read()
    data = text.encode(encoding)
    if old and encoding.startswith("utf-16") and data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        data = data[2:]
    fd, tmp = tempfile.mkstemp(prefix=".cspshell-", dir=directory)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(old + data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def stop_on_write_failure(cmd: Cmdlet, real: str, exc: OSError, provider: bool = False) -> None:
    """Report the 5.1 error for a file ``cmd`` could not write (never Python's text): the
    provider cmdlets write it and go on, the others stop."""
    real = cmd.ctx.display_path(real)
    if isinstance(exc, (FileNotFoundError, NotADirectoryError)):
        message, exception = f"Could not find a part of the path '{real}'.", "DirectoryNotFoundException"
    else:
        message, exception = f"Access to the path '{real}' is denied.", "UnauthorizedAccessException"
    if provider:  # FileSystemProvider.GetContentWriter writes a non-terminating error
        denied = exception == "UnauthorizedAccessException"
        cmd.error(message, "GetContentWriterUnauthorizedAccessError" if denied
                  else "GetContentWriterDirectoryNotFoundError", "PermissionDenied" if denied else "ObjectNotFound",
                  real, exception_type=exception)
        return
    cmd.terminate(message, "FileOpenFailure", "OpenError", exception_type=exception)
