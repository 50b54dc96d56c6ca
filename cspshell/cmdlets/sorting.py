"""Ordering and comparing objects: Sort-Object, Group-Object, Get-Unique and Compare-Object.

All of them order or match objects by the values of property specs (``order_values``) under
the ordering keys of ``utility``.
"""
from __future__ import annotations

from typing import Any, Iterator, Optional

from ..errors import PSError
from ..objects.convert import compare, to_string, type_names
from ..objects.psobject import PSHashtable, PSObject, with_notes
from .base import NO_INPUT, Cmdlet
from .calculated import GROUP, SORT, PropertySpec, script_result
from .registry import UTILITY, Parameter, cmdlet
from .utility import (MISSING, as_list, column_keys, current_input, new_object, parse_specs,
                      value_identity)

P = Parameter


# =====================================================================================
# Sort-Object
# =====================================================================================

def expand_wildcard_specs(specs: list[PropertySpec], objects: list[Any]) -> list[PropertySpec]:
    """Wildcard names replaced by every matching property over all inputs (sorted by name)."""
    out: list[PropertySpec] = []
    for spec in specs:
        if not spec.has_wildcards:
            out.append(spec)
            continue
        names: dict[str, str] = {}
        for obj in objects:
            if obj is not None:
                for name in spec.resolve_names(obj):
                    names[name.lower()] = name
        out.extend(spec.with_name(names[k]) for k in sorted(names, key=str.upper))
    return out


def order_values(cmd: Cmdlet, specs: list[PropertySpec], obj: Any) -> list[Any]:
    """One object's key values under ``specs`` (the object itself when there are none);
    MISSING where the property does not exist. Script errors are written, the value is $null."""
    if not specs:
        return [obj]
    row: list[Any] = []
    for spec in specs:
        if spec.is_script:
            row.append(script_value(cmd, spec, obj))
            continue
        results = spec.values(obj)
        if not results:
            row.append(MISSING)
        for result in results:
            if result.error is not None:
                cmd.error(result.error.record.message, "ExpressionEvaluation", "InvalidResult", obj)
            row.append(None if result.error is not None else result.value)
    return row


def script_value(cmd: Cmdlet, spec: PropertySpec, obj: Any) -> Any:
    """A script-block key's value for one object (no ExpressionResult built: this runs per
    object); a failing script writes its error and gives $null."""
    try:
        return script_result(spec.expression, obj)
    except PSError as exc:
        cmd.error(exc.record.message, "ExpressionEvaluation", "InvalidResult", obj)
        return None


class OrderRows:
    """Key values of objects under a list of property specs (OrderByProperty in 5.1)."""

    def __init__(self, cmd: Cmdlet, specs: list[PropertySpec], objects: list[Any]):
        self.specs = specs
        self.rows = [order_values(cmd, specs, obj) for obj in objects]

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)

    def column(self, k: int) -> list[Any]:
        return [row[k] if k < len(row) else MISSING for row in self.rows]


def spec_ascending(spec: Optional[PropertySpec], default: bool) -> bool:
    """A Sort-Object hashtable's Ascending/Descending keys, else the command's direction."""
    if spec is None:
        return default
    asc, desc = spec.options.get("ascending"), spec.options.get("descending")
    if asc is not None and desc is not None and asc == desc:
        return default
    if asc is not None:
        return asc
    if desc is not None:
        return not desc
    return default


def _directed_keys(keys: list[Any], ascending: bool) -> list[Any]:
    """Keys that put missing properties last in either direction (they are None in ``keys``)."""
    if all(k is not None for k in keys):
        return keys
    flag_missing, flag_present = (1, 0) if ascending else (0, 1)
    return [(flag_missing,) if k is None else (flag_present, k) for k in keys]


def sort_order(rows: OrderRows, ascending: bool, case_sensitive: bool) -> tuple[list[int], list[list]]:
    """Indexes of the rows in the order 5.1 gives them, and the key columns (equal keys mean
    equal rows, for -Unique).

    A stable sort (one pass per key from the last) finds each row's rank; rows of equal rank
    are then placed the way 5.1's List.Sort places them: .NET's introsort is not stable, so
    5.1 shows tied objects in its own order, which ``introsort_ranks`` reproduces.
    """
    order = list(range(len(rows.rows)))
    keys_by_column = [column_keys(rows.column(k), case_sensitive) for k in range(rows.width)]
    for k in reversed(range(rows.width)):
        spec = rows.specs[k] if k < len(rows.specs) else None
        asc = spec_ascending(spec, ascending)
        keys = _directed_keys(keys_by_column[k], asc)
        order.sort(key=keys.__getitem__, reverse=not asc)
    ranks = _ranks(order, keys_by_column)
    if ranks is None:  # no ties: every correct sort gives this order
        return order, keys_by_column
    return introsort_ranks(ranks), keys_by_column


def _ranks(order: list[int], columns: list[list]) -> Optional[list[int]]:
    """Each row's rank in ``order`` (tied rows share one), or None when no two rows tie."""
    ranks = [0] * len(order)
    rank, tied, previous = 0, False, None
    for i in order:
        if previous is not None:
            if all(col[i] == col[previous] for col in columns):
                tied = True
            else:
                rank += 1
        ranks[i] = rank
        previous = i
    return ranks if tied else None


# .NET Framework's ArraySortHelper (List<T>.Sort): introsort over the list's backing array,
# insertion sort for 16 items or fewer, heapsort past 2 * FloorLog2(capacity) partitions.
_INTROSORT_THRESHOLD = 16


def _list_capacity(count: int) -> int:
    """The backing-array length of a List<T> grown by Add one item at a time (4, 8, 16...)."""
    capacity = 4
    while capacity < count:
        capacity *= 2
    return capacity if count else 0


def _floor_log2(n: int) -> int:
    """IntrospectiveSortUtilities.FloorLog2 (the number of binary digits of n)."""
    return n.bit_length()


def introsort_ranks(ranks: list[int]) -> list[int]:
    """Row indexes 0..n-1, in input order, sorted by ``ranks`` exactly as .NET's introsort
    sorts them (the order of tied rows included)."""
    items = list(range(len(ranks)))
    if len(items) > 1:
        depth = 2 * _floor_log2(_list_capacity(len(items)))
        _introsort(items, ranks, 0, len(items) - 1, depth)
    return items


def _swap_if_greater(items: list[int], ranks: list[int], a: int, b: int) -> None:
    if a != b and ranks[items[a]] > ranks[items[b]]:
        items[a], items[b] = items[b], items[a]


def _introsort(items: list[int], ranks: list[int], lo: int, hi: int, depth: int) -> None:
    while hi > lo:
        size = hi - lo + 1
        if size <= _INTROSORT_THRESHOLD:
            _small_sort(items, ranks, lo, hi, size)
            return
        if depth == 0:
            _heapsort(items, ranks, lo, hi)
            return
        depth -= 1
        pivot_at = _partition(items, ranks, lo, hi)
        _introsort(items, ranks, pivot_at + 1, hi, depth)
        hi = pivot_at - 1


def _small_sort(items: list[int], ranks: list[int], lo: int, hi: int, size: int) -> None:
    if size == 2:
        _swap_if_greater(items, ranks, lo, hi)
    elif size == 3:
        _swap_if_greater(items, ranks, lo, hi - 1)
        _swap_if_greater(items, ranks, lo, hi)
        _swap_if_greater(items, ranks, hi - 1, hi)
    elif size > 3:
        for i in range(lo, hi):  # insertion sort
            j, moving = i, items[i + 1]
            rank = ranks[moving]
            while j >= lo and rank < ranks[items[j]]:
                items[j + 1] = items[j]
                j -= 1
            items[j + 1] = moving


def _partition(items: list[int], ranks: list[int], lo: int, hi: int) -> int:
    """PickPivotAndPartition: median of three, then Hoare partition around it."""
    middle = lo + ((hi - lo) >> 1)
    _swap_if_greater(items, ranks, lo, middle)
    _swap_if_greater(items, ranks, lo, hi)
    _swap_if_greater(items, ranks, middle, hi)
    pivot = ranks[items[middle]]
    items[middle], items[hi - 1] = items[hi - 1], items[middle]
    left, right = lo, hi - 1
    while left < right:
        left += 1
        while ranks[items[left]] < pivot:
            left += 1
        right -= 1
        while pivot < ranks[items[right]]:
            right -= 1
        if left >= right:
            break
        items[left], items[right] = items[right], items[left]
    items[left], items[hi - 1] = items[hi - 1], items[left]
    return left


def _heapsort(items: list[int], ranks: list[int], lo: int, hi: int) -> None:
    n = hi - lo + 1
    for i in range(n >> 1, 0, -1):
        _down_heap(items, ranks, i, n, lo)
    for i in range(n, 1, -1):
        items[lo], items[lo + i - 1] = items[lo + i - 1], items[lo]
        _down_heap(items, ranks, 1, i - 1, lo)


def _down_heap(items: list[int], ranks: list[int], i: int, n: int, lo: int) -> None:
    moving = items[lo + i - 1]
    rank = ranks[moving]
    while i <= n >> 1:
        child = 2 * i
        if child < n and ranks[items[lo + child - 1]] < ranks[items[lo + child]]:
            child += 1
        if not rank < ranks[items[lo + child - 1]]:
            break
        items[lo + i - 1] = items[lo + child - 1]
        i = child
    items[lo + i - 1] = moving


@cmdlet("Sort-Object", UTILITY, [
    P("Descending", "SwitchParameter", help="Indicates that this cmdlet sorts the objects in descending order."),
    P("Unique", "SwitchParameter", help="Indicates that this cmdlet eliminates duplicates and returns only "
                                          "the unique members of the collection."),
    P("InputObject", "PSObject", from_pipeline=True, help="Specifies the objects to sort."),
    P("Property", "Object[]", position=0,
      help="Specifies the property names (wildcards allowed), script blocks or hashtables "
           "(Expression, Ascending, Descending) that this cmdlet uses to sort the objects."),
    P("Culture", "String", help="Specifies the cultural configuration to use when sorting."),
    P("CaseSensitive", "SwitchParameter", help="Indicates that the sort should be case sensitive."),
], aliases=("sort",), output_type="System.Management.Automation.PSObject",
    synopsis="Sorts objects by property values.",
    description="The Sort-Object cmdlet sorts objects in ascending or descending order based on "
                "the values of properties of the object. Strings compare case-insensitively; "
                "objects lacking a sort property come last; objects that tie come out in the "
                "order of 5.1's unstable sort (.NET introsort), not in input order.",
    examples=(
        ("Get-CsPool | Sort-Object Fqdn", "Sorts pools by FQDN."),
        ("Get-CsUser | Sort-Object -Property @{Expression='RegistrarPool'; Descending=$true}, DisplayName",
         "Sorts users by pool (descending) then by name."),
    ))
class SortObjectCommand(Cmdlet):
    """Sort-Object."""

    def begin(self) -> None:
        self.items: list[Any] = []

    def process(self) -> None:
        obj = current_input(self)
        if obj is not NO_INPUT and obj is not None:
            self.items.append(obj)

    def end(self) -> Iterator[Any]:
        specs = parse_specs(self, self.params.get("Property"), SORT)
        if not self.items:
            return
        rows = OrderRows(self, expand_wildcard_specs(specs, self.items), self.items)
        order, columns = sort_order(rows, not self.switch("Descending"), self.switch("CaseSensitive"))
        if not self.switch("Unique"):
            yield from (self.items[i] for i in order)
            return
        previous = None
        for i in order:
            if previous is not None and all(col[i] == col[previous] for col in columns):
                continue
            previous = i
            yield self.items[i]


# =====================================================================================
# Group-Object
# =====================================================================================

GROUPINFO = "Microsoft.PowerShell.Commands.GroupInfo"
GROUPINFO_NOELEMENT = "Microsoft.PowerShell.Commands.GroupInfoNoElement"


def group_name(values: list[Any]) -> str:
    """GroupInfo.Name: the key values joined with ', ' ($null skipped, collections in braces)."""
    parts = []
    for value in values:
        if value is None or value is MISSING:
            continue
        if isinstance(value, (list, tuple, PSHashtable)):
            items = value.keys() if isinstance(value, PSHashtable) else value
            parts.append("{" + ", ".join(to_string(v) for v in items) + "}")
        else:
            parts.append(to_string(value))
    return ", ".join(parts)


class _Group:
    __slots__ = ("values", "items", "count")

    def __init__(self, values: list[Any]):
        self.values = values
        self.items: list[Any] = []
        self.count = 0


def group_info(group: _Group, no_element: bool) -> PSObject:
    """The GroupInfo (or GroupInfoNoElement) object for one group."""
    values = [None if v is MISSING else v for v in group.values]
    props = [("Values", values), ("Count", group.count), ("Group", [] if no_element else group.items),
             ("Name", group_name(group.values))]
    if no_element:
        return new_object(GROUPINFO_NOELEMENT, props, (GROUPINFO,))
    return new_object(GROUPINFO, props)


@cmdlet("Group-Object", UTILITY, [
    P("NoElement", "SwitchParameter", help="Indicates that this cmdlet omits the members of a group from the results."),
    P("AsHashTable", "SwitchParameter", aliases=("AHT",), sets=("HashTable",),
      help="Indicates that this cmdlet returns the group as a hash table."),
    P("AsString", "SwitchParameter", sets=("HashTable",),
      help="Indicates that this cmdlet converts the hash table keys to strings."),
    P("InputObject", "PSObject", from_pipeline=True, help="Specifies the objects to group."),
    P("Property", "Object[]", position=0, help="Specifies the properties for grouping."),
    P("Culture", "String", help="Specifies the culture to use when comparing strings."),
    P("CaseSensitive", "SwitchParameter", help="Indicates that this cmdlet makes the grouping case-sensitive."),
], aliases=("group",), output_type="Microsoft.PowerShell.Commands.GroupInfo",
    synopsis="Groups objects that contain the same value for specified properties.",
    description="The Group-Object cmdlet displays objects in groups based on the value of a "
                "specified property. Groups appear in the order their first member arrived.",
    examples=(
        ("Get-CsUser | Group-Object RegistrarPool", "Counts users per Registrar pool."),
        ("Get-CsUser | Group-Object RegistrarPool -NoElement", "Shows only Count and Name."),
    ))
class GroupObjectCommand(Cmdlet):
    """Group-Object."""

    def begin(self) -> None:
        self.specs: Optional[list[PropertySpec]] = None
        self.only_script: Optional[PropertySpec] = None
        self.groups: dict[tuple, _Group] = {}
        self.case_sensitive = self.switch("CaseSensitive")
        self.keep_items = not self.switch("NoElement")

    def process(self) -> None:
        obj = current_input(self)
        if obj is NO_INPUT or obj is None:
            return
        if self.specs is None:
            self.specs = parse_specs(self, self.params.get("Property"), GROUP)
            self.only_script = self.specs[0] if len(self.specs) == 1 and self.specs[0].is_script else None
        case_sensitive = self.case_sensitive
        if self.only_script is not None:   # Group-Object {...}: one key, straight from the block
            value = script_value(self, self.only_script, obj)
            values = [value]
            key: tuple = (value_identity(value, case_sensitive),)
        else:
            values = order_values(self, self.specs, obj)
            key = tuple([value_identity(None if v is MISSING else v, case_sensitive) for v in values])
        group = self.groups.get(key)
        if group is None:
            group = self.groups[key] = _Group(values)
        group.count += 1
        if self.keep_items:
            group.items.append(obj)

    def end(self) -> Iterator[Any]:
        if not self.groups:
            return
        if self.switch("AsHashTable"):
            yield from self._as_hashtable()
            return
        if self.switch("AsString"):
            self.terminate("The command cannot be run because the AsString parameter requires that you "
                           "specify the AsHashtable parameter.", "ArgumentException", "InvalidArgument",
                           True, exception_type="ArgumentException")
        no_element = self.switch("NoElement")
        for group in self.groups.values():
            yield group_info(group, no_element)

    def _as_hashtable(self) -> Iterator[Any]:
        table = PSHashtable()
        for group in self.groups.values():
            if self.switch("AsString"):
                key: Any = group_name(group.values)
            elif len(group.values) == 1:
                key = None if group.values[0] is MISSING else group.values[0]
            else:
                self.terminate("The command cannot be run because using the AsHashTable parameter with more "
                               "than one property requires adding the AsString parameter.",
                               "ArgumentException", "InvalidArgument", self.params.get("Property"),
                               exception_type="ArgumentException")
            if key is None or not table.add(key, group.items):
                message = ("The objects grouped by this property cannot be expanded because there is a key "
                           "duplication. Provide a valid value for the property, and then try again.")
                self.error(message, message, "InvalidArgument", exception_type="Exception")
                return
        yield table


# =====================================================================================
# Get-Unique
# =====================================================================================

@cmdlet("Get-Unique", UTILITY, [
    P("InputObject", "PSObject", from_pipeline=True, help="Specifies input for Get-Unique."),
    P("AsString", "SwitchParameter", sets=("AsString",), help="Indicates that this cmdlet uses the data as a string."),
    P("OnType", "SwitchParameter", sets=("UniqueByType",), help="Indicates that this cmdlet returns only one object of each type."),
], aliases=("gu",), default_set="AsString", output_type="System.Management.Automation.PSObject",
    synopsis="Returns unique items from a sorted list.",
    description="The Get-Unique cmdlet compares each item in a sorted list to the next item, "
                "eliminates duplicates, and returns only one instance of each item. Strings compare "
                "case-sensitively.",
    examples=(("1,1,2,2,3 | Get-Unique", "Returns 1, 2 and 3."),))
class GetUniqueCommand(Cmdlet):
    """Get-Unique."""

    def begin(self) -> None:
        self.last: Any = NO_INPUT

    def process(self) -> Iterator[Any]:
        obj = current_input(self)
        if obj is NO_INPUT:
            return
        if self.last is not NO_INPUT and not self._differs(obj, self.last):
            return
        self.last = obj
        yield obj

    def _differs(self, obj: Any, last: Any) -> bool:
        if self.switch("OnType"):
            return type_names(obj)[:1] != type_names(last)[:1]
        if self.switch("AsString"):
            return to_string(obj) != to_string(last)
        if obj is None or last is None:
            return (obj is None) != (last is None)
        return compare(obj, last, True) != 0


# =====================================================================================
# Compare-Object
# =====================================================================================

@cmdlet("Compare-Object", UTILITY, [
    P("ReferenceObject", "PSObject[]", position=0, mandatory=True, help="Specifies an array of objects used as a reference for comparison."),
    P("DifferenceObject", "PSObject[]", position=1, mandatory=True, from_pipeline=True,
      help="Specifies the objects that are compared to the reference objects."),
    P("SyncWindow", "Int32", help="Specifies how far around each object to look for a match (default [Int32]::MaxValue)."),
    P("Property", "Object[]", help="Specifies an array of properties of the reference and difference objects to compare."),
    P("ExcludeDifferent", "SwitchParameter", help="Indicates that this cmdlet displays only the characteristics of compared objects that are equal."),
    P("IncludeEqual", "SwitchParameter", help="Indicates that this cmdlet displays characteristics of compared objects that are equal."),
    P("PassThru", "SwitchParameter", help="Returns the compared objects with a SideIndicator property instead of a new object."),
    P("Culture", "String", help="Specifies the culture to use for comparisons."),
    P("CaseSensitive", "SwitchParameter", help="Indicates that comparisons should be case-sensitive."),
], aliases=("compare", "diff"), output_type="System.Management.Automation.PSCustomObject",
    synopsis="Compares two sets of objects.",
    description="The Compare-Object cmdlet compares two sets of objects: a reference set and a "
                "difference set. '<=' marks objects only in the reference set, '=>' objects only in "
                "the difference set and, with -IncludeEqual, '==' objects in both.",
    examples=(
        ("Compare-Object -ReferenceObject 'a','b' -DifferenceObject 'b','c'",
         "Shows c with => and a with <=."),
    ))
class CompareObjectCommand(Cmdlet):
    """Compare-Object."""

    def begin(self) -> None:
        self.specs = parse_specs(self, self.params.get("Property"), SORT)
        self.case_sensitive = self.switch("CaseSensitive")
        self.window = self.params.get("SyncWindow", 2**31 - 1)
        self.include_equal = self.switch("IncludeEqual")
        self.exclude_different = self.switch("ExcludeDifferent")
        if self.exclude_different and not self.bound("IncludeEqual"):
            self.include_equal = True
        self.reference: Optional[list] = None
        self.ref_index = 0
        self.ref_backlog: list = []
        self.diff_backlog: list = []

    def _rows(self, objects: list[Any]) -> list[tuple[Any, list]]:
        return [(obj, order_values(self, self.specs, obj)) for obj in objects if obj is not None]

    def _equal(self, a: tuple, b: tuple) -> bool:
        left, right = a[1], b[1]
        for k in range(max(len(left), len(right))):
            x = left[k] if k < len(left) else MISSING
            y = right[k] if k < len(right) else MISSING
            if x is MISSING or y is MISSING:
                if x is not y:
                    return False
                continue
            if not (x is None and y is None) and compare(x, y, self.case_sensitive) != 0:
                return False
        return True

    def process(self) -> Iterator[Any]:
        refs = as_list(self.params.get("ReferenceObject"))
        diffs = as_list(current_input(self) if self.input is not NO_INPUT else self.params.get("DifferenceObject"))
        if not refs:
            for entry in self._rows(diffs):
                yield from self._emit(entry, "=>")
            return
        if self.reference is None:
            self.reference = self._rows(refs)
        for entry in self._rows(diffs):
            yield from self._step(entry)

    def _take(self, entry: Any, backlog: list) -> Optional[tuple]:
        if entry is None:
            return None
        for i, other in enumerate(backlog):
            if self._equal(entry, other):
                return backlog.pop(i)
        return None

    def _step(self, diff: Optional[tuple]) -> Iterator[Any]:
        ref = None
        if self.ref_index < len(self.reference):
            ref = self.reference[self.ref_index]
            self.ref_index += 1
        if ref is not None and diff is not None and self._equal(ref, diff):
            yield from self._emit(ref, "==")
            return
        matched = self._take(diff, self.ref_backlog)
        if matched is not None:
            yield from self._emit(matched, "==")
            diff = None
        if self._take(ref, self.diff_backlog) is not None:
            yield from self._emit(ref, "==")
            ref = None
        yield from self._backlog(diff, self.diff_backlog, "=>")
        yield from self._backlog(ref, self.ref_backlog, "<=")

    def _backlog(self, entry: Optional[tuple], backlog: list, side: str) -> Iterator[Any]:
        if entry is None:
            return
        if self.window <= 0:
            yield from self._emit(entry, side)
            return
        while len(backlog) >= self.window:
            yield from self._emit(backlog.pop(0), side)
        backlog.append(entry)

    def end(self) -> Iterator[Any]:
        if self.reference is None and as_list(self.params.get("ReferenceObject")) and \
                not as_list(self.params.get("DifferenceObject")):
            self.reference = self._rows(as_list(self.params.get("ReferenceObject")))
        if self.reference is not None:
            while self.ref_index < len(self.reference):
                yield from self._step(None)
        for entry in self.diff_backlog:
            yield from self._emit(entry, "=>")
        for entry in self.ref_backlog:
            yield from self._emit(entry, "<=")
        self.diff_backlog, self.ref_backlog = [], []

    def _emit(self, entry: tuple, side: str) -> Iterator[Any]:
        if side == "==" and not self.include_equal:
            return
        if side != "==" and self.exclude_different:
            return
        obj, values = entry
        if self.switch("PassThru"):
            if isinstance(obj, PSObject):
                obj.set("SideIndicator", side)
            else:
                obj = with_notes(obj, [("SideIndicator", side)], replace=True)
            yield obj
            return
        if not self.specs:
            props = [("InputObject", obj)]
        else:
            props = [(spec.text, None if v is MISSING else v) for spec, v in zip(self.specs, values)]
        result = PSObject(props)
        result.set("SideIndicator", side)
        yield result
