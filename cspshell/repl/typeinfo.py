"""What flows down a pipeline being typed, so property names can be offered after
Select-Object, Where-Object, Sort-Object, Format-List and friends, and after ``$_.``.

Nothing is run. The type comes from the first element (a variable's value, or the
command's declared output type) and each later element maps it: Where-Object and
Sort-Object pass it through, ``Select-Object -Property a,b`` narrows it, ``-ExpandProperty``
moves to that property's type, Group-Object and Measure-Object make their own objects.

A type's property names come, in order of trust, from objects of that type the session
has already produced (``TypeCatalog.learn``), then from the table below (built-in
PowerShell types, and the Lync objects the seed shows verbatim), then from the views
registered for the type.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import Any, Iterable

from ..cmdlets.registry import lookup
from ..objects.members import get_property, property_names
from ..objects.psobject import PSObject
from .arguments import Value, read_arguments
from .scan import Element, Kind, Scan

USER_POOL_INFO = "Microsoft.Rtc.Management.Xds.GetOCsUserPoolInfoCmdlet+UserInformation"
POOL_MACHINE = "Microsoft.Rtc.Management.Xds.GetOCsUserPoolInfoCmdlet+MachineInformation"

# Property names of types whose objects the session may not have produced yet.
KNOWN_PROPERTIES: dict[str, tuple[str, ...]] = {
    "Microsoft.PowerShell.Commands.GroupInfo": ("Count", "Name", "Group", "Values"),
    "Microsoft.PowerShell.Commands.GroupInfoNoElement": ("Count", "Name", "Values"),
    "Microsoft.PowerShell.Commands.GenericMeasureInfo": ("Count", "Average", "Sum", "Maximum", "Minimum",
                                                         "Property"),
    "Microsoft.PowerShell.Commands.TextMeasureInfo": ("Lines", "Words", "Characters", "Property"),
    "Microsoft.PowerShell.Commands.MemberDefinition": ("TypeName", "Name", "MemberType", "Definition"),
    "Microsoft.PowerShell.Commands.MatchInfo": ("IgnoreCase", "LineNumber", "Line", "Filename", "Path",
                                                "Pattern", "Context", "Matches"),
    "Microsoft.PowerShell.Commands.HistoryInfo": ("Id", "CommandLine", "ExecutionStatus",
                                                  "StartExecutionTime", "EndExecutionTime"),
    "System.Management.Automation.PSVariable": ("Name", "Description", "Value", "Visibility", "Module",
                                                "ModuleName", "Options", "Attributes"),
    # the seed's Get-CsUserPoolInfo output, property for property
    USER_POOL_INFO: ("PrimaryPoolFqdn", "BackupPoolFqdn", "UserServicesPoolFqdn",
                     "PrimaryPoolMachinesInPreferredOrder", "BackupPoolMachinesInPreferredOrder"),
    # the seed formats these with Format-List MachineId,Fqdn (objects seen later add the rest)
    POOL_MACHINE: ("MachineId", "Fqdn"),
}

# The type of a property's value (an element's type for collections), where known.
KNOWN_PROPERTY_TYPES: dict[tuple[str, str], str] = {
    (USER_POOL_INFO.lower(), "primarypoolmachinesinpreferredorder"): POOL_MACHINE,
    (USER_POOL_INFO.lower(), "backuppoolmachinesinpreferredorder"): POOL_MACHINE,
    ("microsoft.powershell.commands.groupinfo", "name"): "System.String",
}

_KNOWN_BY_KEY = {name.lower(): props for name, props in KNOWN_PROPERTIES.items()}

# Values standing in for .NET types whose properties the object model adapts.
_SAMPLES: dict[str, Any] = {
    "system.string": "", "system.datetime": _dt.datetime(2010, 12, 20), "system.timespan": _dt.timedelta(),
    "system.object[]": [],
}

_PASS_THROUGH = frozenset({"where-object", "sort-object", "tee-object", "get-unique", "write-output",
                           "get-random", "out-host"})
_MEASURE_TEXT = ("Line", "Word", "Character")


@dataclass(frozen=True)
class Flow:
    """What is known of the objects flowing at one point of a pipeline."""

    type_name: str = ""
    sample: Any = None
    has_sample: bool = False
    properties: tuple[str, ...] = ()


UNKNOWN = Flow()


class TypeCatalog:
    """Property names (and property value types) per .NET type name."""

    def __init__(self) -> None:
        self._learned: dict[str, tuple[str, ...]] = {}
        self._property_types: dict[tuple[str, str], str] = {}

    def learn(self, objects: Iterable[Any], limit: int = 1000) -> None:
        """Remember the properties of the first object of each type among ``objects``."""
        for count, obj in enumerate(objects):
            if count >= limit:
                return
            if isinstance(obj, PSObject) and obj.typenames:
                key = obj.typenames[0].lower()
                if key not in self._learned:
                    self._learn_object(key, obj)

    def _learn_object(self, key: str, obj: PSObject) -> None:
        names = tuple(property_names(obj))
        self._learned[key] = names
        for name in names:
            value = get_property(obj, name)
            first = value[0] if isinstance(value, list) and value else value
            if isinstance(first, PSObject) and first.typenames:
                self._property_types[(key, name.lower())] = first.typenames[0]
                if first.typenames[0].lower() not in self._learned:
                    self._learn_object(first.typenames[0].lower(), first)

    def properties(self, type_name: str) -> tuple[str, ...]:
        """Return the property names of ``type_name`` (empty when nothing is known)."""
        key = type_name.lower()
        if key in self._learned:
            return self._learned[key]
        if key in _KNOWN_BY_KEY:
            return _KNOWN_BY_KEY[key]
        if key in _SAMPLES:
            return tuple(property_names(_SAMPLES[key]))
        return _view_properties(type_name)

    def property_type(self, type_name: str, prop: str) -> str:
        """Return the type name of property ``prop`` of ``type_name`` ('' when unknown)."""
        key = (type_name.lower(), prop.lower())
        return self._property_types.get(key) or KNOWN_PROPERTY_TYPES.get(key, "")


def _view_properties(type_name: str) -> tuple[str, ...]:
    """Property names the registered list (else table) view of a type shows."""
    from ..formatting.views import LIST, TABLE, find_view
    for shape, attribute in ((LIST, "items"), (TABLE, "columns")):
        view = find_view([type_name], shape)
        if view is not None:
            names = [item.property for item in getattr(view, attribute)]
            return tuple(n for n in names if isinstance(n, str))
    return ()


# -- flows ------------------------------------------------------------------------------------

def flow_properties(flow: Flow, catalog: TypeCatalog) -> list[str]:
    """Return the property names of the objects of ``flow``."""
    if flow.properties:
        return list(flow.properties)
    if flow.has_sample:
        return property_names(flow.sample) if flow.sample is not None else []
    return list(catalog.properties(flow.type_name)) if flow.type_name else []


def sample_flow(value: Any) -> Flow:
    """The flow of a value sent down a pipeline (a collection sends its elements)."""
    if isinstance(value, list):
        if not value:
            return UNKNOWN
        value = value[0]
    type_name = value.typenames[0] if isinstance(value, PSObject) and value.typenames else ""
    return Flow(type_name=type_name, sample=value, has_sample=True)


def infer_flow(scan: Scan, elements: list[Element], ctx: Any, catalog: TypeCatalog) -> Flow:
    """Return what the last of ``elements`` sends on (the first one starts the flow)."""
    flow = UNKNOWN
    for element in elements:
        flow = _step(scan, element, flow, ctx, catalog)
    return flow


def _step(scan: Scan, element: Element, flow: Flow, ctx: Any, catalog: TypeCatalog) -> Flow:
    if not element.is_command:
        return _expression_flow(scan, element, ctx)
    name = scan.command_name(element) or ""
    info = lookup(name) or _user_command(ctx, name)
    if info is None:
        return UNKNOWN
    args = read_arguments(scan, element, info, len(scan.text))
    rule = _COMMAND_RULES.get(info.name.lower())
    if rule is not None:
        return rule(flow, args, info, catalog)
    if info.name.lower() in _PASS_THROUGH:
        return flow
    return Flow(type_name=info.output_type) if info.output_type else UNKNOWN


def _user_command(ctx: Any, name: str) -> Any:
    finder = getattr(ctx, "find_function", None)
    return finder(name) if finder is not None else None


def _expression_flow(scan: Scan, element: Element, ctx: Any) -> Flow:
    """A pipeline that starts with ``$variable`` sends that variable's value; one that
    starts with a string or a number sends a string or a number."""
    pieces = [scan.pieces[i] for i in element.pieces]
    if len(pieces) != 1:
        return UNKNOWN
    piece = pieces[0]
    if piece.kind is Kind.VARIABLE and ctx is not None:
        return sample_flow(ctx.get_var(piece.text[1:].strip("{}")))
    if piece.kind is Kind.STRING:
        return Flow(type_name="System.String", sample="", has_sample=True)
    if piece.kind is Kind.NUMBER:
        return Flow(type_name="System.Int32", sample=0, has_sample=True)
    return UNKNOWN


def _select_object(flow: Flow, args: Any, info: Any, catalog: TypeCatalog) -> Flow:
    expand = args.value_of(info, "ExpandProperty")
    if expand is not None and expand.texts():
        return property_flow(flow, expand.texts()[0], catalog)
    chosen = args.value_of(info, "Property")
    names = chosen.texts() if isinstance(chosen, Value) else []
    if names and not any(any(ch in n for ch in "*?[") for n in names):
        base = flow.type_name or "System.Management.Automation.PSCustomObject"
        return Flow(type_name=f"Selected.{base}", properties=tuple(names))
    return flow


def property_flow(flow: Flow, prop: str, catalog: TypeCatalog) -> Flow:
    """The flow of one property's values (``-ExpandProperty``, ``ForEach-Object Name``)."""
    if flow.has_sample and flow.sample is not None:
        return sample_flow(get_property(flow.sample, prop))
    type_name = catalog.property_type(flow.type_name, prop) if flow.type_name else ""
    return Flow(type_name=type_name) if type_name else UNKNOWN


def _foreach_object(flow: Flow, args: Any, info: Any, catalog: TypeCatalog) -> Flow:
    member = args.value_of(info, "MemberName")
    if member is not None and member.texts():
        return property_flow(flow, member.texts()[0], catalog)
    return UNKNOWN


def _measure_object(flow: Flow, args: Any, info: Any, catalog: TypeCatalog) -> Flow:
    text = any(name in args.named for name in _MEASURE_TEXT)
    return Flow(type_name="Microsoft.PowerShell.Commands.TextMeasureInfo" if text
                else "Microsoft.PowerShell.Commands.GenericMeasureInfo")


def _group_object(flow: Flow, args: Any, info: Any, catalog: TypeCatalog) -> Flow:
    return Flow(type_name="Microsoft.PowerShell.Commands.GroupInfoNoElement" if "NoElement" in args.named
                else "Microsoft.PowerShell.Commands.GroupInfo")


def _formatted(flow: Flow, args: Any, info: Any, catalog: TypeCatalog) -> Flow:
    return UNKNOWN  # format records and host output carry no properties worth offering


_COMMAND_RULES = {
    "select-object": _select_object,
    "foreach-object": _foreach_object,
    "measure-object": _measure_object,
    "group-object": _group_object,
    "format-list": _formatted, "format-table": _formatted, "format-wide": _formatted,
    "out-string": lambda flow, args, info, catalog: Flow(type_name="System.String"),
}


def learn_session_output(catalog: TypeCatalog, ctx: Any) -> None:
    """Learn from what the last input unit produced (the engine keeps it for lab checks)."""
    history = getattr(ctx, "output_history", None)
    if history:
        catalog.learn(history[-1])
