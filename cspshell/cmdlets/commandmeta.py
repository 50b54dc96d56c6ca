"""What Get-Command's objects say about a command's parameters, built from its one
``@cmdlet`` declaration:

* ``(Get-Command X).Parameters``: a ``Dictionary<string, ParameterMetadata>`` keyed by
  name (declared parameters, then the common ones), each with Name, ParameterType,
  ParameterSets, IsDynamic, Aliases, Attributes and SwitchParameter;
* ``(Get-Command X).ParameterSets``: one CommandParameterSetInfo per set (Name, IsDefault,
  Parameters: CommandParameterInfo objects), shown by 5.1's ``CommandParameterSetInfo``
  custom view (PowerShellCore format data).

A named parameter's Position is ``int.MinValue`` (-2147483648), as in .NET.
"""
from __future__ import annotations

from typing import Any

from ..formatting.values import display_string
from ..formatting.views import CustomView, register_view
from ..objects.convert import PSType, to_string
from ..objects.generic import GenericDictionary
from ..objects.psobject import PSObject
from .registry import ALL_SETS, CommandInfo, Parameter

NAMED = -2147483648
_AUTOMATION = "System.Management.Automation."
PARAMETER_METADATA = _AUTOMATION + "ParameterMetadata"
PARAMETER_SET_METADATA = _AUTOMATION + "ParameterSetMetadata"
PARAMETER_SET_INFO = _AUTOMATION + "CommandParameterSetInfo"
PARAMETER_INFO = _AUTOMATION + "CommandParameterInfo"


def parameter_type(param: Parameter) -> PSType:
    """The parameter's .NET type as a type object (``.Name``, ``.FullName``)."""
    full = param.dotnet_type if "." in param.dotnet_type else "System." + param.dotnet_type
    return PSType(full.rsplit(".", 1)[-1], full)


def _sets_of(info: CommandInfo, param: Parameter) -> list[str]:
    return list(param.sets) if param.sets else [ALL_SETS]


def _position(param: Parameter) -> int:
    return NAMED if param.position is None else param.position


def _attributes(info: CommandInfo, param: Parameter) -> list[PSObject]:
    """The attributes 5.1 lists for a parameter: a ParameterAttribute per set, then its
    AliasAttribute and ValidateSetAttribute when it has them."""
    out = [_typed(_AUTOMATION + "ParameterAttribute", [
        ("Position", _position(param)), ("ParameterSetName", set_name), ("Mandatory", param.mandatory),
        ("ValueFromPipeline", param.from_pipeline), ("ValueFromPipelineByPropertyName", param.from_pipeline_by_name),
        ("ValueFromRemainingArguments", param.remaining), ("HelpMessage", None), ("HelpMessageBaseName", None),
        ("HelpMessageResourceId", None), ("DontShow", False), ("TypeId", PSType("ParameterAttribute",
                                                                                 _AUTOMATION + "ParameterAttribute"))])
        for set_name in _sets_of(info, param)]
    if param.aliases:
        out.append(_typed(_AUTOMATION + "AliasAttribute", [("AliasNames", list(param.aliases))]))
    if param.validate_set:
        out.append(_typed(_AUTOMATION + "ValidateSetAttribute", [("ValidValues", list(param.validate_set)),
                                                                  ("IgnoreCase", True)]))
    return out


def _typed(type_name: str, props: list[tuple[str, Any]]) -> PSObject:
    return PSObject(props, typenames=[type_name, "System.Object"])


def _set_metadata(param: Parameter) -> PSObject:
    return _typed(PARAMETER_SET_METADATA, [
        ("Position", _position(param)), ("IsMandatory", param.mandatory), ("ValueFromPipeline", param.from_pipeline),
        ("ValueFromPipelineByPropertyName", param.from_pipeline_by_name),
        ("ValueFromRemainingArguments", param.remaining), ("HelpMessage", None), ("HelpMessageBaseName", None),
        ("HelpMessageResourceId", None)])


def parameter_metadata(info: CommandInfo, param: Parameter) -> PSObject:
    """ParameterMetadata: Name, ParameterType, ParameterSets, IsDynamic, Aliases, Attributes,
    SwitchParameter."""
    sets = GenericDictionary(((s, _set_metadata(param)) for s in _sets_of(info, param)), PARAMETER_SET_METADATA)
    return PSObject([("Name", param.name), ("ParameterType", parameter_type(param)), ("ParameterSets", sets),
                     ("IsDynamic", False), ("Aliases", list(param.aliases)), ("Attributes", _attributes(info, param)),
                     ("SwitchParameter", param.is_switch)],
                    typenames=[PARAMETER_METADATA, "System.Object"], tostring=lambda o: PARAMETER_METADATA)


def parameter_dictionary(info: CommandInfo) -> GenericDictionary:
    """CommandInfo.Parameters: every parameter (the common ones included) by name."""
    return GenericDictionary(((p.name, parameter_metadata(info, p)) for p in info.all_parameters), PARAMETER_METADATA)


def _parameter_info(info: CommandInfo, param: Parameter) -> PSObject:
    return _typed(PARAMETER_INFO, [
        ("Name", param.name), ("ParameterType", parameter_type(param)), ("IsMandatory", param.mandatory),
        ("IsDynamic", False), ("Position", _position(param)), ("ValueFromPipeline", param.from_pipeline),
        ("ValueFromPipelineByPropertyName", param.from_pipeline_by_name),
        ("ValueFromRemainingArguments", param.remaining), ("HelpMessage", None), ("Aliases", list(param.aliases)),
        ("Attributes", _attributes(info, param))])


def parameter_sets(info: CommandInfo) -> list[PSObject]:
    """CommandInfo.ParameterSets: Name, IsDefault and the set's parameters (common ones last).
    A set is named in lists by its Name (``{CredentialSet, MessageSet}``)."""
    names = info.parameter_sets
    default = info.default_set if info.default_set in names else names[0]
    return [_typed(PARAMETER_SET_INFO, [
        ("Name", name), ("IsDefault", name == default),
        ("Parameters", [_parameter_info(info, p) for p in info.all_parameters if p.in_set(name)])])
        for name in names]


_FIELDS = ("ParameterType", "Position", "IsMandatory", "IsDynamic", "HelpMessage", "ValueFromPipeline",
           "ValueFromPipelineByPropertyName", "ValueFromRemainingArguments", "Aliases")


def parameter_set_text(set_info: Any) -> str:
    """The CommandParameterSetInfo view: the set's name and default flag, then each parameter
    framed two spaces in, its fields two more, its attributes two more again."""
    lines = [f"Parameter Set Name: {to_string(set_info.get('Name'))}",
             f"Is default parameter set: {to_string(set_info.get('IsDefault'))}"]
    for param in set_info.get("Parameters") or []:
        lines += ["", f"  Parameter Name: {to_string(param.get('Name'))}"]
        lines += [f"    {field} = {display_string(param.get(field))}" for field in _FIELDS]
        lines.append("    Attributes =")
        lines += [f"      {attribute.type_name}" for attribute in param.get("Attributes") or []]
    return "\n".join(lines + [""])


register_view(PARAMETER_SET_INFO, CustomView(parameter_set_text, name="CommandParameterSetInfo"))
