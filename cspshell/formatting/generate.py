"""Objects to formatting records: the work of Format-Table/List/Wide and of the default
formatter inside Out-Default (5.1's ``InnerFormatShapeCommand`` and view generators).

Rules kept from 5.1:

* collections are enumerated (hashtables into their entries), one level per input;
* scalars (strings, numbers, booleans), property-less objects and ErrorRecords are written
  out of band: as text, without a table, even in the middle of one;
* the first object chooses the view and, for objects without a view, the columns: at most
  four properties make a table, five or more a list; objects the chosen view does not apply
  to come out of band as a list;
* ``-GroupBy`` (or a view's grouping) starts a new group, with its own header, each time the
  value changes.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Iterator, Optional

from ..errors import ErrorRecord
from ..objects.convert import compare, is_enumerable, type_names
from ..objects.members import MISSING, get_property, property_names
from ..objects.generic import dictionary_entries
from ..objects.psobject import PSCUSTOMOBJECT, PSHashtable, PSObject
from .dotnet_format import DotNetFormatError
from .properties import PropertyExpression, option
from .records import (ColumnInfo, ComplexEntry, ErrorEntry, FormatEnd, FormatStart, GroupEnd,
                      GroupStart, ListEntry, RawText, TableRow, WideEntry, is_record)
from .values import display_name_property, display_string, is_right_aligned, is_scalar, object_text
from .views import (CUSTOM, LIST, RIGHT, TABLE, WIDE, Column, TableView, View, WideView,
                    applies_to, find_view, out_of_band_view, view_names)

# A generated table shows at most this many properties (5.1 FilterActiveAssociationList).
MAX_GENERATED_COLUMNS = 10
# Objects with at most this many properties default to a table (PropertyCountForTable).
PROPERTY_COUNT_FOR_TABLE = 4

ERROR_TEXT = "#ERR"
FORMAT_ERROR_TEXT = "#FMTERR"
GROUP_LABEL = "   {0}: "

_SHAPE_NAMES = {TABLE: "Table", LIST: "List", WIDE: "Wide", CUSTOM: "Custom"}
_CMDLET_NAMES = {TABLE: "Format-Table", LIST: "Format-List", WIDE: "Format-Wide", CUSTOM: "Format-Custom"}


class FormatViewError(Exception):
    """-View names no view for the object: 5.1's terminating FormatViewNotFound error."""

    def __init__(self, message: str, view_name: str):
        super().__init__(message)
        self.message = message
        self.error_id = "FormatViewNotFound"
        self.category = "ObjectNotFound"
        self.target = view_name


@dataclass
class FormatParams:
    """The Format-* command line, already validated. ``properties`` and ``group_by`` are
    parsed property specs (see ``properties`` for the shape the formatter relies on)."""

    properties: list[Any] = field(default_factory=list)
    group_by: Any = None
    view: Optional[str] = None
    force: bool = False
    autosize: Optional[bool] = None
    hide_headers: Optional[bool] = None
    wrap: Optional[bool] = None
    columns: Optional[int] = None
    display_error: bool = False
    show_error: bool = False
    expand: Optional[str] = None


# --- evaluating one field ----------------------------------------------------------------

class _Evaluator:
    """Turns (object, expression) into the text of one field, 5.1 error policy included."""

    def __init__(self, enum_limit: int, display_error: bool, show_error: bool = False):
        self.enum_limit = enum_limit
        self.display_error = display_error
        self.show_error = show_error
        self.failures: list[ErrorRecord] = []

    def text(self, obj: Any, spec: Any) -> str:
        """The field text of ``spec`` (a property spec) for ``obj``."""
        if isinstance(spec, PropertyExpression) and spec.resolved:
            # the common case (a plain property of a generated view), without result objects
            value = get_property(obj, spec.name, MISSING)
            return "" if value is MISSING else self.value_text(value)
        results = spec.values(obj)
        if not results:
            return ""
        if results[0].error is not None:
            if self.show_error:
                self.failures.append(_expression_error(spec, obj, results[0].error))
            return ERROR_TEXT if self.display_error else ""
        return self.value_text(results[0].value, option(spec, "formatstring"))

    def value_text(self, value: Any, format_string: Optional[str] = None) -> str:
        try:
            return display_string(value, self.enum_limit, format_string)
        except DotNetFormatError:
            if self.display_error:
                return FORMAT_ERROR_TEXT
            return display_string(value, self.enum_limit)

    def source_value(self, obj: Any, source: Any) -> tuple[bool, Any]:
        """(found, value) of a view column source: a property name or a callable."""
        if callable(source):
            try:
                return True, source(obj)
            except Exception:  # a failing view script shows an empty field, as in 5.1
                return False, None
        results = PropertyExpression(source).values(obj) if source else []
        return (True, results[0].value) if results else (False, None)

    def source_text(self, obj: Any, source: Any, format_string: Optional[str] = None) -> str:
        found, value = self.source_value(obj, source)
        return self.value_text(value, format_string) if found else ""


def _expression_error(spec: Any, obj: Any, error: BaseException) -> ErrorRecord:
    """The record -ShowError writes for a failed expression (5.1 FormatErrorManager)."""
    failed = getattr(error, "record", None)
    return ErrorRecord(message=f'Failed to evaluate expression "{spec.text}".', error_id="mshExpressionError",
                       category="InvalidArgument", target=obj,
                       exception_type=failed.exception_type if failed is not None else "RuntimeException")


# --- grouping ---------------------------------------------------------------------------

class _Grouping:
    """Tracks the -GroupBy value; a change starts a new group (5.1 GroupingInfoManager)."""

    _UNSET = object()

    def __init__(self, source: Any, label: Optional[str], custom: Optional[Callable[[Any], str]] = None):
        self.source = source
        self.label = label
        self.custom = custom
        self.display_name = ""
        self.current: Any = self._UNSET

    def _evaluate(self, obj: Any) -> tuple[bool, Any, str]:
        if hasattr(self.source, "values"):
            results = self.source.values(obj)
            if not results or results[0].error is not None:
                return False, None, ""
            return True, results[0].value, results[0].name
        try:
            return True, self.source(obj), ""
        except Exception:  # the grouping value cannot be read: stay in the current group
            return False, None, ""

    def update(self, obj: Any) -> bool:
        """Read the grouping value of ``obj``; True when it differs from the previous one."""
        found, value, name = self._evaluate(obj)
        if not found:
            return False
        old, self.current = self.current, value
        changed = old is self._UNSET or not _same(old, value)
        if changed and self.label is None:
            self.display_name = name
        return changed

    def header(self, evaluator: _Evaluator) -> Optional[str]:
        if self.current is self._UNSET:
            return None
        if self.custom is not None:
            return self.custom(self.current)
        label = self.label if self.label is not None else self.display_name
        return GROUP_LABEL.format(label) + evaluator.value_text(self.current)


def _same(a: Any, b: Any) -> bool:
    return compare(a, b) == 0 or compare(b, a) == 0


# --- view generators ---------------------------------------------------------------------

def _all_properties(obj: Any) -> list[PropertyExpression]:
    return [PropertyExpression(n, resolved=True) for n in property_names(obj)]


def _expand(specs: list[Any], obj: Any, keep_missing: bool) -> list[Any]:
    """Resolve -Property specs against ``obj`` (wildcards expand in the object's order);
    names without wildcards that match nothing stay, as empty columns, only when
    ``keep_missing`` (Format-Table)."""
    out: list[Any] = []
    for spec in specs:
        if spec.is_script:
            out.append(spec)
            continue
        names = spec.resolve_names(obj)
        if not names and keep_missing and not spec.has_wildcards:
            out.append(spec)
        out.extend(spec.with_name(name) for name in names)
    return out


class _Generator:
    """Common part of the view generators: grouping, auto-size and applicability."""

    shape = TABLE

    def __init__(self, view: Optional[View], params: FormatParams, evaluator: _Evaluator, first: Any):
        self.view = view
        self.params = params
        self.evaluator = evaluator
        self.grouping = self._grouping()

    def _grouping(self) -> Optional[_Grouping]:
        if self.params.group_by is not None:
            return _Grouping(self.params.group_by, self.params.group_by.label)
        if self.view is not None and self.view.group_by is not None:
            source = self.view.group_by
            expr = PropertyExpression(source) if isinstance(source, str) else source
            return _Grouping(expr, self.view.group_label, self.view.group_header)
        return None

    @property
    def autosize(self) -> bool:
        if self.params.autosize is not None:
            return self.params.autosize
        return bool(getattr(self.view, "autosize", False))

    def applies(self, obj: Any) -> bool:
        """5.1's IsObjectApplicable: generated views take anything."""
        return self.view is None or applies_to(self.view, type_names(obj))

    def start(self, obj: Any) -> FormatStart:
        return FormatStart(self.shape, autosize=self.autosize)

    def group_start(self) -> GroupStart:
        label = self.grouping.header(self.evaluator) if self.grouping else None
        return GroupStart(label)

    def entry(self, obj: Any) -> Any:
        raise NotImplementedError


class _TableGenerator(_Generator):
    shape = TABLE

    def __init__(self, view: Optional[TableView], params: FormatParams, evaluator: _Evaluator, first: Any):
        super().__init__(view, params, evaluator, first)
        self.associations: list[Any] = []
        if view is None:
            self.associations = self._associations(first)

    def _associations(self, first: Any) -> list[Any]:
        if self.params.properties:
            return _expand(self.params.properties, first, keep_missing=True)
        return _all_properties(first)[:MAX_GENERATED_COLUMNS]

    @property
    def wrap(self) -> bool:
        if self.params.wrap is not None:
            return self.params.wrap
        return bool(self.view.wrap) if self.view is not None else False

    @property
    def hide_headers(self) -> bool:
        if self.params.hide_headers is not None:
            return self.params.hide_headers
        return bool(self.view.hide_headers) if self.view is not None else False

    def start(self, obj: Any) -> FormatStart:
        if self.view is not None:
            columns = tuple(ColumnInfo(c.header(), c.width, c.alignment) for c in self.view.columns)
        else:
            columns = tuple(self._column_info(a, obj) for a in self.associations)
        return FormatStart(TABLE, columns, self.hide_headers, self.autosize)

    def _column_info(self, spec: Any, first: Any) -> ColumnInfo:
        alignment = option(spec, "alignment")
        if alignment is None:
            results = spec.values(first)
            right = bool(results) and results[0].error is None and is_right_aligned(results[0].value)
            alignment = RIGHT if right else None
        return ColumnInfo(spec.display_name, option(spec, "width") or 0, alignment)

    def entry(self, obj: Any) -> TableRow:
        if self.view is not None:
            cells = tuple(self._view_cell(obj, c) for c in self.view.columns)
        else:
            cells = tuple(self.evaluator.text(obj, spec) for spec in self.associations)
        return TableRow(cells, wrap=self.wrap)

    def _view_cell(self, obj: Any, column: Column) -> str:
        return self.evaluator.source_text(obj, column.property, column.format_string)


class _ListGenerator(_Generator):
    shape = LIST

    def start(self, obj: Any) -> FormatStart:
        return FormatStart(LIST)

    def entry(self, obj: Any) -> ListEntry:
        if self.view is not None:
            return ListEntry(tuple(self._view_field(obj, item) for item in self.view.items))
        return _generated_list_entry(obj, self.params.properties, self.evaluator)

    def _view_field(self, obj: Any, item: Any) -> tuple[str, str]:
        source = item.property
        if item.label is not None:
            label = item.label
        elif isinstance(source, str):
            names = PropertyExpression(source).resolve_names(obj)
            label = names[0] if names else source
        else:
            label = ""
        return label, self.evaluator.source_text(obj, source, item.format_string)


def _generated_list_entry(obj: Any, specs: list[Any], evaluator: _Evaluator,
                         out_of_band: bool = False) -> ListEntry:
    """A list entry built from ``obj``'s own properties (or the -Property specs)."""
    chosen = _expand(specs, obj, keep_missing=False) if specs else _all_properties(obj)
    fields = tuple((spec.display_name, evaluator.text(obj, spec)) for spec in chosen)
    return ListEntry(fields, out_of_band)


class _WideGenerator(_Generator):
    shape = WIDE

    def start(self, obj: Any) -> FormatStart:
        columns = 0
        if not self.autosize:
            if self.params.columns is not None:
                columns = self.params.columns
            elif isinstance(self.view, WideView):
                columns = self.view.columns
        return FormatStart(WIDE, autosize=self.autosize, wide_columns=columns)

    def entry(self, obj: Any) -> WideEntry:
        if self.view is not None:
            return WideEntry(self.evaluator.source_text(obj, self.view.property))
        spec = self._property(obj)
        return WideEntry(self.evaluator.text(obj, spec) if spec is not None else "")

    def _property(self, obj: Any) -> Any:
        if self.params.properties:
            found = _expand(self.params.properties, obj, keep_missing=False)
            return found[0] if found else None
        name = display_name_property(obj)
        if name is not None:
            return PropertyExpression(name, resolved=True)
        found = _all_properties(obj)
        return found[0] if found else None


class _CustomGenerator(_Generator):
    shape = CUSTOM

    def start(self, obj: Any) -> FormatStart:
        return FormatStart(CUSTOM)

    def entry(self, obj: Any) -> ComplexEntry:
        try:
            return ComplexEntry(self.view.render(obj))
        except Exception:  # a failing view script shows nothing for that object, as in 5.1
            return ComplexEntry("")


_GENERATORS = {TABLE: _TableGenerator, LIST: _ListGenerator, WIDE: _WideGenerator, CUSTOM: _CustomGenerator}


# --- the formatting command ----------------------------------------------------------------

class FormatCommand:
    """Format-Table/List/Wide (``shape`` given) or Out-Default's default formatter (None).

    ``process(obj)`` and ``end()`` yield formatting records; records received are passed on.
    """

    def __init__(self, shape: Optional[str] = None, params: Optional[FormatParams] = None,
                 enum_limit: int = 4):
        self.shape = shape
        self.params = params
        self.evaluator = _Evaluator(enum_limit, bool(params and params.display_error),
                                    bool(params and params.show_error))
        self.generator: Optional[_Generator] = None
        self.in_group = False

    @property
    def _parameters(self) -> FormatParams:
        return self.params or FormatParams()

    @property
    def _out_of_band_allowed(self) -> bool:
        return self.shape is None or self.params is None or not self.params.force

    def process(self, obj: Any) -> Iterator[Any]:
        """Records for one pipeline input (collections are enumerated first)."""
        if obj is None:
            return
        if is_record(obj):
            yield obj
            return
        if not _is_collection(obj):
            yield from self._process_object(obj)
            return
        expansion = (self._parameters.expand or "EnumOnly").lower()
        if expansion == "coreonly":
            yield from self._process_object(obj)
            return
        items = _collection_items(obj)
        if expansion == "both":
            items = list(items)
            yield from self._describe_collection(obj, len(items))
        for item in items:
            if item is not None:
                yield from self._process_object(item)

    def end(self) -> Iterator[Any]:
        """Close the open group and formatting sequence."""
        if self.in_group:
            yield GroupEnd()
            self.in_group = False
        if self.generator is not None:
            yield FormatEnd()
            self.generator = None

    def _describe_collection(self, obj: Any, count: int) -> Iterator[Any]:
        yield RawText("The following object supports IEnumerable:")
        entry = self._out_of_band(obj, fallback=True)
        if entry is not None:
            yield entry
        if count == 0:
            yield RawText("The IEnumerable contains no objects.")
        elif count == 1:
            yield RawText("The IEnumerable contains the following object:")
        else:
            yield RawText(f"The IEnumerable contains the following {count} objects:")

    def _process_object(self, obj: Any) -> Iterator[Any]:
        if self._out_of_band_allowed:
            entry = self._out_of_band(obj, fallback=False)
            if entry is not None:
                yield entry
                return
        if self.generator is None:
            self.generator = self._make_generator(obj)
            yield self.generator.start(obj)
        if self._out_of_band_allowed and not self.generator.applies(obj):
            entry = self._out_of_band(obj, fallback=True)
            if entry is not None:
                yield entry
            return
        yield from self._group_transition(obj)
        yield self.generator.entry(obj)
        yield from self._failures()

    def _failures(self) -> Iterator[ErrorEntry]:
        """-ShowError: the expressions that failed for the last object, out of band."""
        failures, self.evaluator.failures = self.evaluator.failures, []
        for record in failures:
            yield ErrorEntry(record)

    def _group_transition(self, obj: Any) -> Iterator[Any]:
        grouping = self.generator.grouping
        if not self.in_group:
            if grouping is not None:
                grouping.update(obj)
            self.in_group = True
            yield self.generator.group_start()
        elif grouping is not None and grouping.update(obj):
            yield GroupEnd()
            yield self.generator.group_start()

    def _out_of_band(self, obj: Any, fallback: bool) -> Any:
        """The out-of-band record for ``obj``, or None when it belongs in the sequence."""
        if isinstance(obj, ErrorRecord):
            return ErrorEntry(obj)
        names = type_names(obj)
        view = out_of_band_view(names)
        if view is not None:
            return ComplexEntry(view.render(obj), out_of_band=True, stream=getattr(obj, "stream", ""))
        if is_scalar(obj) or (_property_less(obj) and find_view(names) is None):
            return RawText(object_text(obj))
        if not fallback:
            return None
        return _generated_list_entry(obj, [], self.evaluator, out_of_band=True)

    # -- choosing the view ------------------------------------------------------------
    def _make_generator(self, obj: Any) -> _Generator:
        names = type_names(obj)
        params = self._parameters
        if self.shape is None:
            view = find_view(names)
            shape = view.shape if view is not None else _shape_by_count(obj)
            return self._generator(shape, view, obj)
        if params.properties:
            return self._generator(self.shape, None, obj)
        if params.view:
            view = find_view(names, self.shape, params.view)
            if view is None:
                raise FormatViewError(_unknown_view_message(params.view, names, self.shape), params.view)
            return self._generator(self.shape, view, obj)
        return self._generator(self.shape, find_view(names, self.shape), obj)

    def _generator(self, shape: str, view: Optional[View], obj: Any) -> _Generator:
        return _GENERATORS[shape](view, self._parameters, self.evaluator, obj)


def _property_less(obj: Any) -> bool:
    return len(obj) == 0 if isinstance(obj, PSObject) else not property_names(obj)


def _shape_by_count(obj: Any) -> str:
    return TABLE if len(property_names(obj)) <= PROPERTY_COUNT_FOR_TABLE else LIST


def _is_collection(obj: Any) -> bool:
    return isinstance(obj, PSHashtable) or is_enumerable(obj)


def _collection_items(obj: Any) -> Iterator[Any]:
    if isinstance(obj, PSHashtable):
        return iter(dictionary_entries(obj))
    return _flatten(obj)


def _flatten(items: Any) -> Iterator[Any]:
    for item in items:
        if isinstance(item, PSHashtable):
            yield from dictionary_entries(item)
        elif isinstance(item, (list, tuple)):
            yield from _flatten(item)
        else:
            yield item


def _object_type_name(names: list[str]) -> str:
    return names[0] if names else PSCUSTOMOBJECT


def _unknown_view_message(view_name: str, names: list[str], shape: str) -> str:
    """5.1's FormatViewNotFound text (FormatViewManager.ProcessUnknownViewName)."""
    same_shape = view_names(names, shape)
    if same_shape:
        return (f"The view name {view_name} cannot be found. Specify one of the following "
                f"{_SHAPE_NAMES[shape]} views and try again: {', '.join(same_shape)}.")
    others = [s for s in (TABLE, LIST, WIDE, CUSTOM)
              if s != shape and any(n.lower() == view_name.lower() for n in view_names(names, s))]
    if others:
        return (f" The view name {view_name} cannot be found in the {_SHAPE_NAMES[shape]} formatting."
                f" Try using one of these other format cmdlets: "
                + ", ".join(_CMDLET_NAMES[s] for s in others))
    return (f"The view name {view_name} cannot be found. There are no existing "
            f"{_SHAPE_NAMES[shape]} views for {_object_type_name(names)} objects.")

