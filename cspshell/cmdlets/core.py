"""Host, variable and discovery cmdlets: Write-*, *-Variable, Get-Command, Get-Help,
Get-Alias, Get-Date, Start-Sleep, Clear-Host, Get-History and Invoke-History.

Get-Command and Get-Help read the same ``@cmdlet`` declarations the binder uses, so a
command's syntax, parameters and examples are written once. ``help_text`` and
``syntax_lines`` are public: docs/cmdlets.md is generated from them.
"""
from __future__ import annotations

import datetime as _dt
import re
import textwrap
import time
from typing import Any, Iterable, Iterator, Optional

from ..errors import ErrorRecord
from ..objects.convert import PSConversionError, convert_to, to_string
from ..objects.psobject import PSObject
from ..objects.wildcard import has_wildcards, match, match_any
from . import registry
from .base import NO_INPUT, Cmdlet
from .registry import CORE, LYNC, MANAGEMENT, UTILITY, CommandInfo, Parameter, cmdlet
from .utility import as_list, current_input, new_object

P = Parameter


# =====================================================================================
# Write-*
# =====================================================================================

@cmdlet("Write-Output", UTILITY, [
    P("InputObject", "PSObject[]", position=0, mandatory=True, from_pipeline=True, remaining=True,
      help="Specifies the objects to send down the pipeline."),
    P("NoEnumerate", "SwitchParameter", help="Prevents the cmdlet from enumerating a collection."),
], aliases=("echo", "write"), output_type="System.Management.Automation.PSObject",
    synopsis="Sends the specified objects to the next command in the pipeline.",
    description="The Write-Output cmdlet sends the specified object down the pipeline to the next "
                "command. If it is the last command, the objects are displayed in the console.",
    examples=(('Write-Output "test output" | Get-Member', "Pipes a string to Get-Member."),))
class WriteOutputCommand(Cmdlet):
    """Write-Output."""

    def process(self) -> Iterator[Any]:
        value = self.params.get("InputObject")
        if self.input is NO_INPUT and "InputObject" not in self.params:
            return
        if self.switch("NoEnumerate") or not isinstance(value, list):
            yield value
        else:
            yield from value


def host_text(value: Any, separator: str) -> str:
    """How Write-Host renders an object: collections flattened and joined by the separator."""
    if isinstance(value, (list, tuple)):
        return separator.join(host_text(v, separator) for v in value)
    return to_string(value)


@cmdlet("Write-Host", UTILITY, [
    P("Object", "Object", position=0, from_pipeline=True, remaining=True, help="Objects to display in the host."),
    P("NoNewline", "SwitchParameter", help="The string representations of the input objects are concatenated to form the output."),
    P("Separator", "Object", help="Specifies a separator string to insert between objects displayed by the host."),
    P("ForegroundColor", "ConsoleColor", help="Specifies the text color."),
    P("BackgroundColor", "ConsoleColor", help="Specifies the background color."),
], output_type="", synopsis="Writes customized output to a host.",
    description="The Write-Host cmdlet writes to the console directly, not to the pipeline.",
    examples=(('Write-Host "no newline test " -NoNewline', "Writes text without a new line."),))
class WriteHostCommand(Cmdlet):
    """Write-Host."""

    def process(self) -> None:
        value = current_input(self) if self.input is not NO_INPUT else self.params.get("Object", "")
        separator = to_string(self.params.get("Separator", " "))
        self.ctx.write_host(host_text(value, separator), newline=not self.switch("NoNewline"))


def _message_cmdlet(name: str, writer: str, noun: str, example: str) -> type:
    @cmdlet(name, UTILITY, [
        P("Message", "String", position=0, mandatory=True, from_pipeline=True, aliases=("Msg",),
          help=f"Specifies the {noun} message."),
    ], output_type="", synopsis=f"Writes a {noun} message.",
        description=f"The {name} cmdlet writes a {noun} message to the PowerShell host.",
        examples=((example, f"Writes a {noun} message."),))
    class MessageCommand(Cmdlet):
        def process(self) -> None:
            getattr(self.ctx, writer)(to_string(self.params.get("Message")), command=self)
    MessageCommand.__name__ = MessageCommand.__qualname__ = name.replace("-", "") + "Command"
    MessageCommand.__doc__ = f"{name}."
    return MessageCommand


WriteWarningCommand = _message_cmdlet("Write-Warning", "write_warning", "warning",
                                      'Write-Warning "This is only a test warning."')
WriteVerboseCommand = _message_cmdlet("Write-Verbose", "write_verbose", "verbose",
                                      'Write-Verbose -Message "Searching the Application Event Log." -Verbose')
WriteDebugCommand = _message_cmdlet("Write-Debug", "write_debug", "debug",
                                    'Write-Debug "Cannot open file." -Debug')


@cmdlet("Write-Information", UTILITY, [
    P("MessageData", "Object", position=0, mandatory=True, aliases=("Msg",), help="Specifies an informational message."),
    P("Tags", "String[]", position=1, help="Specifies a simple string that you can use to sort and filter messages."),
], output_type="", synopsis="Specifies how PowerShell handles information stream data for a command.",
    description="The Write-Information cmdlet writes to the information stream.",
    examples=(('Write-Information -MessageData "Done" -InformationAction Continue', "Shows the message."),))
class WriteInformationCommand(Cmdlet):
    """Write-Information."""

    def process(self) -> None:
        self.ctx.write_information(self.params.get("MessageData"), command=self)


WRITE_ERROR_ID = "Microsoft.PowerShell.Commands.WriteErrorException"
_WRITE_ERROR_SETS = ("NoException", "WithException")


@cmdlet("Write-Error", UTILITY, [
    P("Message", "String", position=0, mandatory=True, from_pipeline=True, aliases=("Msg",),
      sets=("NoException",), help="Specifies the message text of the error."),
    P("Exception", "Exception", mandatory=True, sets=("WithException",), help="Specifies an exception object that represents the error."),
    P("ErrorRecord", "ErrorRecord", mandatory=True, sets=("ErrorRecord",), help="Specifies an error record object that represents the error."),
    P("Category", "ErrorCategory", sets=_WRITE_ERROR_SETS, help="Specifies the category of the error."),
    P("ErrorId", "String", sets=_WRITE_ERROR_SETS, help="Specifies an ID string to identify the error."),
    P("TargetObject", "Object", sets=_WRITE_ERROR_SETS, help="Specifies the object that was being processed when the error occurred."),
    P("RecommendedAction", "String", help="Specifies the action that the user should take to resolve or prevent the error."),
    P("CategoryActivity", "String", aliases=("Activity",), help="Specifies the action that caused the error."),
    P("CategoryReason", "String", aliases=("Reason",), help="Specifies how or why the activity caused the error."),
    P("CategoryTargetName", "String", aliases=("TargetName",), help="Specifies the name of the object that was being processed."),
    P("CategoryTargetType", "String", aliases=("TargetType",), help="Specifies the type of the object that was being processed."),
], default_set="NoException", output_type="", synopsis="Writes an object to the error stream.",
    description="The Write-Error cmdlet declares a non-terminating error. By default, errors are sent "
                "in the error stream to the host program to be displayed, along with output.",
    examples=(('Write-Error "Access denied."', "Writes an Access denied error."),))
class WriteErrorCommand(Cmdlet):
    """Write-Error: the record belongs to the caller (the script or function), as in 5.1."""

    def process(self) -> None:
        if "ErrorRecord" in self.params and isinstance(self.params["ErrorRecord"], ErrorRecord):
            self.ctx.write_error(self.params["ErrorRecord"], command=self)
            return
        message = to_string(self.params.get("Message", ""))
        exception = self.params.get("Exception")
        if exception is not None and not message:
            message = to_string(exception)
        record = ErrorRecord(
            message=message, error_id=self.params.get("ErrorId") or WRITE_ERROR_ID,
            category=to_string(self.params.get("Category") or "NotSpecified"),
            target=self.params.get("TargetObject"), exception_type="WriteErrorException",
            exception_full_type=WRITE_ERROR_ID,
            activity=self.params.get("CategoryActivity") or "Write-Error",
            reason=self.params.get("CategoryReason"), target_name=self.params.get("CategoryTargetName"),
            target_type=self.params.get("CategoryTargetType"))
        self._attribute_to_caller(record)
        self.ctx.write_error(record, command=self)

    def _attribute_to_caller(self, record: ErrorRecord) -> None:
        """In a function the record names the function and its call site; at top level, the
        whole input line is the prefix and no position is shown (5.1 docs, about_Preference_Variables)."""
        caller = getattr(self.ctx, "caller_invocation", None)
        found = caller() if caller is not None else None
        if found:
            record.command, record.extent = found
            record.command_class = found[0]
            return
        extent = getattr(self.invocation, "extent", None)
        if extent is not None and extent.source.name:
            record.command = extent.source.name
            record.command_class = extent.source.name.replace("\\", "/").rsplit("/", 1)[-1]
            return
        record.command = extent.source.text.strip() if extent is not None else self.invocation.name
        record.extent = None
        record.command_class = None
        record.details["position"] = False


# =====================================================================================
# Variables
# =====================================================================================

PSVARIABLE = "System.Management.Automation.PSVariable"


def variable_object(name: str, value: Any, description: str = "", options: str = "None") -> PSObject:
    """A PSVariable object as Get-Variable returns it."""
    return new_object(PSVARIABLE, [
        ("Name", name), ("Description", description), ("Value", value), ("Visibility", "Public"),
        ("Module", None), ("ModuleName", ""), ("Options", options), ("Attributes", [])],
        tostring=lambda o: o.get("Name"))


def _name_filters(cmd: Cmdlet) -> tuple[list[str], list[str], list[str]]:
    names = [to_string(n) for n in as_list(cmd.params.get("Name"))] or ["*"]
    return names, as_list(cmd.params.get("Include")), as_list(cmd.params.get("Exclude"))


def _selected(name: str, include: list[str], exclude: list[str]) -> bool:
    if include and not match_any(include, name):
        return False
    return not (exclude and match_any(exclude, name))


def _variable_not_found(cmd: Cmdlet, name: str) -> None:
    cmd.error(f"Cannot find a variable with the name '{name}'.", "VariableNotFound", "ObjectNotFound",
              name, exception_type="ItemNotFoundException")


_VARIABLE_NAME = P("Name", "String[]", position=0, mandatory=True, help="Specifies the name of the variable.")
_INCLUDE = P("Include", "String[]", help="Specifies an array of items that this cmdlet includes in the operation.")
_EXCLUDE = P("Exclude", "String[]", help="Specifies an array of items that this cmdlet excludes from the operation.")
_SCOPE = P("Scope", "String", help="Specifies the scope of the variable (Global, Local, Script or a number).")
_FORCE = P("Force", "SwitchParameter", help="Allows you to change a read-only variable.")
_PASSTHRU = P("PassThru", "SwitchParameter", help="Returns an object representing the variable.")


@cmdlet("Get-Variable", UTILITY, [
    P("Name", "String[]", position=0, help="Specifies the name of the variable (wildcards allowed)."),
    P("ValueOnly", "SwitchParameter", help="Indicates that this cmdlet gets only the value of the variable."),
    _INCLUDE, _EXCLUDE, _SCOPE,
], aliases=("gv",), output_type=PSVARIABLE, synopsis="Gets the variables in the current console.",
    description="The Get-Variable cmdlet gets the PowerShell variables in the current console.",
    examples=(("Get-Variable m*", "Gets the variables whose names begin with m."),
              ("Get-Variable pools -ValueOnly", "Gets only the value of $pools.")))
class GetVariableCommand(Cmdlet):
    """Get-Variable."""

    def process(self) -> Iterator[Any]:
        names, include, exclude = _name_filters(self)
        everything = sorted(self.ctx.variables(), key=lambda nv: nv[0].upper())
        for pattern in names:
            found = [(n, v) for n, v in everything if match(pattern, n) and _selected(n, include, exclude)]
            if not found and not has_wildcards(pattern):
                _variable_not_found(self, pattern)
            for name, value in found:
                yield value if self.switch("ValueOnly") else variable_object(name, value)


@cmdlet("Set-Variable", UTILITY, [
    _VARIABLE_NAME,
    P("Value", "Object", position=1, from_pipeline=True, help="Specifies the value of the variable."),
    _INCLUDE, _EXCLUDE,
    P("Description", "String", help="Specifies the description of the variable."),
    P("Option", "ScopedItemOptions", help="Specifies the value of the Options property of the variable."),
    _FORCE,
    P("Visibility", "SessionStateEntryVisibility", help="Determines whether the variable is visible outside of the session."),
    _PASSTHRU, _SCOPE,
], aliases=("set", "sv"), should_process=True, output_type="", synopsis="Sets the value of a variable.",
    description="The Set-Variable cmdlet assigns a value to a specified variable, creating it if needed.",
    examples=(('Set-Variable -Name "desc" -Value "A description"', "Sets $desc."),))
class SetVariableCommand(Cmdlet):
    """Set-Variable: pipeline values are collected; one value is stored as itself."""

    def begin(self) -> None:
        self.values: list[Any] = []

    def process(self) -> None:
        if self.input is not NO_INPUT:
            self.values.append(self.input)

    def end(self) -> Iterator[Any]:
        if self.values:
            value = self.values[0] if len(self.values) == 1 else self.values
        else:
            value = self.params.get("Value")
        for name in as_list(self.params.get("Name")):
            self.ctx.set_var(to_string(name), value)
            if self.switch("PassThru"):
                yield variable_object(to_string(name), value, to_string(self.params.get("Description", "")))


@cmdlet("New-Variable", UTILITY, [
    P("Name", "String", position=0, mandatory=True, help="Specifies a name for the new variable."),
    P("Value", "Object", position=1, from_pipeline=True, help="Specifies the initial value of the variable."),
    P("Description", "String", help="Specifies a description of the variable."),
    P("Option", "ScopedItemOptions", help="Specifies the value of the Options property of the new variable."),
    P("Visibility", "SessionStateEntryVisibility", help="Determines whether the variable is visible outside of the session."),
    _FORCE, _PASSTHRU, _SCOPE,
], aliases=("nv",), should_process=True, output_type="", synopsis="Creates a new variable.",
    description="The New-Variable cmdlet creates a new variable; it fails when the variable exists "
                "unless -Force is given.",
    examples=(("New-Variable days 7", "Creates $days with the value 7."),))
class NewVariableCommand(Cmdlet):
    """New-Variable."""

    def process(self) -> Iterator[Any]:
        name = to_string(self.params.get("Name"))
        value = self.input if self.input is not NO_INPUT else self.params.get("Value")
        exists = any(n.lower() == name.lower() for n, _ in self.ctx.variables())
        if exists and not self.switch("Force"):
            self.error(f"A variable with name '{name}' already exists.", "VariableAlreadyExists",
                       "ResourceExists", name, exception_type="SessionStateException")
            return
        self.ctx.set_var(name, value)
        if self.switch("PassThru"):
            yield variable_object(name, value, to_string(self.params.get("Description", "")))


def _matching_variables(cmd: Cmdlet) -> Iterator[str]:
    names, include, exclude = _name_filters(cmd)
    existing = [n for n, _ in cmd.ctx.variables()]
    for pattern in names:
        found = [n for n in existing if match(pattern, n) and _selected(n, include, exclude)]
        if not found and not has_wildcards(pattern):
            _variable_not_found(cmd, pattern)
        yield from found


@cmdlet("Remove-Variable", UTILITY, [_VARIABLE_NAME, _INCLUDE, _EXCLUDE, _FORCE, _SCOPE],
        aliases=("rv",), should_process=True, output_type="", synopsis="Deletes a variable and its value.",
        description="The Remove-Variable cmdlet deletes a variable and its value from the scope.",
        examples=(("Remove-Variable -Name pools", "Deletes $pools."),))
class RemoveVariableCommand(Cmdlet):
    """Remove-Variable."""

    def process(self) -> None:
        for name in list(_matching_variables(self)):
            self.ctx.remove_var(name)


@cmdlet("Clear-Variable", UTILITY, [_VARIABLE_NAME, _INCLUDE, _EXCLUDE, _FORCE, _PASSTHRU, _SCOPE],
        aliases=("clv",), should_process=True, output_type="",
        synopsis="Deletes the value of a variable.",
        description="The Clear-Variable cmdlet deletes the data stored in a variable, but it does not "
                    "delete the variable.",
        examples=(("Clear-Variable pools", "Sets $pools to $null."),))
class ClearVariableCommand(Cmdlet):
    """Clear-Variable."""

    def process(self) -> Iterator[Any]:
        for name in list(_matching_variables(self)):
            self.ctx.set_var(name, None)
            if self.switch("PassThru"):
                yield variable_object(name, None)


# =====================================================================================
# Get-Command / Get-Alias
# =====================================================================================

COMMAND_TYPE_ORDER = {"Alias": 1, "Function": 2, "Filter": 4, "Cmdlet": 8, "ExternalScript": 16,
                      "Application": 32, "Script": 64, "Workflow": 128, "Configuration": 256}

MODULE_VERSIONS = {UTILITY: "3.1.0.0", CORE: "3.0.0.0", MANAGEMENT: "3.1.0.0", LYNC: "4.0.7577.0",
                   registry.CSLAB: "1.0"}

TYPE_FOR_COMMAND = {"Cmdlet": "System.Management.Automation.CmdletInfo",
                    "Function": "System.Management.Automation.FunctionInfo",
                    "Filter": "System.Management.Automation.FilterInfo",
                    "Alias": "System.Management.Automation.AliasInfo"}


def command_source(info: CommandInfo) -> str:
    """The module a command comes from ('' for built-in functions)."""
    return info.module or ""


def command_object(info: CommandInfo) -> PSObject:
    """The CmdletInfo / FunctionInfo object Get-Command returns for a declaration."""
    kind = info.command_type
    version = MODULE_VERSIONS.get(info.module, "") if info.module else ""
    definition = "\n".join([""] + syntax_lines(info, dotnet_style=False) + [""]) if kind == "Cmdlet" else ""
    return new_object(TYPE_FOR_COMMAND.get(kind, TYPE_FOR_COMMAND["Cmdlet"]), [
        ("HelpUri", ""), ("DLL", ""), ("Verb", info.verb), ("Noun", info.noun), ("HelpFile", ""),
        ("PSSnapIn", None), ("Version", version), ("ImplementingType", info.command_class or None),
        ("Definition", definition), ("DefaultParameterSet", info.default_set),
        ("OutputType", [info.output_type] if info.output_type else []), ("Options", "ReadOnly"),
        ("Name", info.name), ("CommandType", kind), ("Source", command_source(info)),
        ("Visibility", "Public"), ("ModuleName", info.module or ""), ("Module", info.module or None),
        ("RemotingCapability", "PowerShell"), ("Parameters", [p.name for p in info.all_parameters]),
        ("ParameterSets", info.parameter_sets)], tostring=lambda o: o.get("Name"))


def alias_object(alias: str, target: str) -> PSObject:
    """The AliasInfo object for ``alias -> target``."""
    return new_object(TYPE_FOR_COMMAND["Alias"], [
        ("HelpUri", ""), ("ResolvedCommandName", target), ("DisplayName", f"{alias} -> {target}"),
        ("ReferencedCommand", target), ("ResolvedCommand", target), ("Definition", target),
        ("Options", "ReadOnly, AllScope"), ("Description", ""), ("OutputType", []), ("Name", alias),
        ("CommandType", "Alias"), ("Source", ""), ("Version", ""), ("Visibility", "Public"),
        ("ModuleName", ""), ("Module", None), ("RemotingCapability", "PowerShell"), ("Parameters", None),
        ("ParameterSets", None)], tostring=lambda o: o.get("Name"))


def all_commands(ctx: Any) -> list[CommandInfo]:
    """Every declared command plus the functions the user defined."""
    user = getattr(ctx, "user_commands", None)
    return list(registry.REGISTRY.values()) + (list(user()) if user else [])


def command_sort_key(row: tuple[str, str]) -> tuple[int, str]:
    """Get-Command order: by command type (Alias, Function, Cmdlet), then by name."""
    return COMMAND_TYPE_ORDER.get(row[0], 999), row[1].upper()


def not_recognized(name: str) -> str:
    """The CommandNotFoundException message of 5.1."""
    return (f"The term '{name}' is not recognized as the name of a cmdlet, function, script file, or "
            "operable program. Check the spelling of the name, or if a path was included, verify that "
            "the path is correct and try again.")


@cmdlet("Get-Command", CORE, [
    P("Name", "String[]", position=0, sets=("AllCommandSet",), help="Specifies an array of names (wildcards allowed)."),
    P("Verb", "String[]", sets=("CmdletSet",), help="Specifies an array of command verbs (wildcards allowed)."),
    P("Noun", "String[]", sets=("CmdletSet",), help="Specifies an array of command nouns (wildcards allowed)."),
    P("Module", "String[]", aliases=("PSSnapin",), help="Specifies an array of modules (wildcards allowed)."),
    P("CommandType", "CommandTypes", aliases=("Type",), sets=("AllCommandSet",),
      help="Specifies the types of commands that this cmdlet gets (Alias, Function, Cmdlet...)."),
    P("TotalCount", "Int32", help="Specifies the number of commands to get."),
    P("Syntax", "SwitchParameter", help="Indicates that this cmdlet gets only the syntax of the command."),
    P("ArgumentList", "Object[]", position=1, aliases=("Args",), help="Specifies an array of arguments."),
    P("All", "SwitchParameter", help="Indicates that this cmdlet gets all commands, including those of the same name."),
    P("ListImported", "SwitchParameter", help="Indicates that this cmdlet gets only commands in the current session."),
    P("ParameterName", "String[]", help="Specifies an array of parameter names; gets commands that have them."),
], default_set="CmdletSet", output_type="System.Management.Automation.CommandInfo",
    synopsis="Gets all commands.",
    description="The Get-Command cmdlet gets all commands that are available in cspshell: the Lync "
                "Server 2010 cmdlets (module Lync), the CsLab emulator commands and the PowerShell "
                "built-ins, with their aliases and the functions you define.",
    examples=(("Get-Command -Module Lync", "Lists the Lync cmdlets."),
              ("Get-Command -Noun CsUser*", "Lists the commands whose noun begins with CsUser."),
              ("Get-Command Get-CsUserPoolInfo -Syntax", "Shows the syntax of one cmdlet.")))
class GetCommandCommand(Cmdlet):
    """Get-Command."""

    def process(self) -> Iterator[Any]:
        rows = list(self._candidates())
        names = as_list(self.params.get("Name"))
        for name in names:
            if not has_wildcards(name) and not any(match(name, n) or match(name, a) for _, n, a, _ in rows):
                self.error(not_recognized(name), "CommandNotFoundException", "ObjectNotFound", name,
                           exception_type="CommandNotFoundException")
        chosen = [r for r in rows if self._wanted(r, names)]
        chosen.sort(key=lambda r: command_sort_key((r[0], r[1])))
        total = self.params.get("TotalCount", -1)
        for kind, name, alias_target, info in chosen[:total] if total >= 0 else chosen:
            if self.switch("Syntax"):
                yield self._syntax(kind, name, alias_target, info)
            elif kind == "Alias":
                yield alias_object(name, alias_target)
            else:
                yield command_object(info)

    def _candidates(self) -> Iterator[tuple[str, str, str, Optional[CommandInfo]]]:
        modules = as_list(self.params.get("Module"))
        verbs, nouns = as_list(self.params.get("Verb")), as_list(self.params.get("Noun"))
        wanted_types = {t.strip().lower() for v in as_list(self.params.get("CommandType"))
                        for t in to_string(v).split(",")}
        for info in all_commands(self.ctx):
            if modules and not match_any(modules, info.module or ""):
                continue
            if (verbs and not match_any(verbs, info.verb)) or (nouns and not match_any(nouns, info.noun)):
                continue
            if self._type_ok(info.command_type, wanted_types):
                yield info.command_type, info.name, "", info
        if modules or verbs or nouns or not self._type_ok("Alias", wanted_types) or not self.bound("Name"):
            return
        for alias, target in registry.ALIASES.items():
            yield "Alias", self._alias_spelling(alias, target), target, registry.lookup(target)

    @staticmethod
    def _alias_spelling(alias: str, target: str) -> str:
        info = registry.lookup(target)
        for declared in (info.aliases if info else ()):
            if declared.lower() == alias:
                return declared
        return alias

    @staticmethod
    def _type_ok(kind: str, wanted: set[str]) -> bool:
        return not wanted or "all" in wanted or kind.lower() in wanted

    @staticmethod
    def _wanted(row: tuple, names: list[str]) -> bool:
        return not names or match_any(names, row[1])

    @staticmethod
    def _syntax(kind: str, name: str, target: str, info: Optional[CommandInfo]) -> str:
        if kind == "Alias":
            return f"{name} (alias) -> {target}\n"
        return "\n".join([""] + syntax_lines(info, dotnet_style=False) + [""])


@cmdlet("Get-Alias", UTILITY, [
    P("Name", "String[]", position=0, sets=("Default",), help="Specifies the aliases that this cmdlet gets (wildcards allowed)."),
    P("Exclude", "String[]", help="Specifies an array of aliases to omit."),
    P("Scope", "String", help="Specifies the scope for which this cmdlet gets aliases."),
    P("Definition", "String[]", sets=("Definition",), help="Gets the aliases for the specified item (a command name)."),
], aliases=("gal",), default_set="Default", output_type="System.Management.Automation.AliasInfo",
    synopsis="Gets the aliases for the current session.",
    description="The Get-Alias cmdlet gets the aliases in the current session: the standard "
                "PowerShell aliases such as select, where, ft and fl.",
    examples=(("Get-Alias -Definition Select-Object", "Gets the aliases of Select-Object."),
              ("Get-Alias s*", "Gets the aliases that begin with s.")))
class GetAliasCommand(Cmdlet):
    """Get-Alias."""

    def process(self) -> Iterator[Any]:
        aliases = sorted(((GetCommandCommand._alias_spelling(a, t), t) for a, t in registry.ALIASES.items()),
                         key=lambda at: at[0].upper())
        exclude = as_list(self.params.get("Exclude"))
        if "Definition" in self.params:
            for pattern in as_list(self.params["Definition"]):
                for alias, target in aliases:
                    if match(pattern, target) and not match_any(exclude, alias):
                        yield alias_object(alias, target)
            return
        for pattern in as_list(self.params.get("Name")) or ["*"]:
            found = [(a, t) for a, t in aliases if match(pattern, a) and not match_any(exclude, a)]
            if not found and not has_wildcards(pattern):
                self.error(f"This command cannot find a matching alias because an alias with the name "
                           f"'{pattern}' does not exist.", "ItemNotFoundException", "ObjectNotFound", pattern,
                           exception_type="ItemNotFoundException")
            for alias, target in found:
                yield alias_object(alias, target)


# =====================================================================================
# Get-Help
# =====================================================================================

def _type_label(param: Parameter, dotnet_style: bool) -> str:
    """The type as help shows it (``<Object[]>``) or as Get-Command -Syntax does (lower case)."""
    name = param.type.rsplit(".", 1)[-1]
    if dotnet_style:
        return name
    return {"PSObject": "psobject", "String": "string", "String[]": "string[]", "Int32": "int",
            "Int32[]": "int[]", "Object": "Object", "Object[]": "Object[]", "ScriptBlock": "scriptblock",
            "ScriptBlock[]": "scriptblock[]", "Int64": "long", "Int64[]": "long[]",
            "PSObject[]": "psobject[]", "Hashtable": "hashtable", "DateTime": "datetime",
            "Double": "double", "Boolean": "bool"}.get(name, name)


def _format_parameter(param: Parameter, dotnet_style: bool) -> str:
    if param.is_switch:
        text = f"-{param.name}"
    else:
        text = f"-{param.name} <{_type_label(param, dotnet_style)}>"
        if param.position is not None:
            text = f"[-{param.name}] <{_type_label(param, dotnet_style)}>"
    return text if param.mandatory else f"[{text}]"


def _parameters_in_set(info: CommandInfo, set_name: str) -> list[Parameter]:
    return [p for p in info.parameters if p.in_set(set_name)]


def syntax_line(info: CommandInfo, set_name: str, dotnet_style: bool = True) -> str:
    """One parameter set's syntax: positional by position, then mandatory, then optional named."""
    params = _parameters_in_set(info, set_name)
    positional = sorted((p for p in params if p.position is not None), key=lambda p: p.position)
    mandatory = [p for p in params if p.position is None and p.mandatory]
    optional = [p for p in params if p.position is None and not p.mandatory]
    parts = [info.name] + [_format_parameter(p, dotnet_style) for p in positional + mandatory + optional]
    if info.supports_should_process:
        parts += ["[-WhatIf]", "[-Confirm]"]
    parts.append("[<CommonParameters>]")
    return " ".join(parts)


def syntax_lines(info: CommandInfo, dotnet_style: bool = True) -> list[str]:
    """The syntax of every parameter set, the default set first."""
    if info.command_type == "Function" and not info.parameters:
        return [f"{info.name} "]
    return [syntax_line(info, s, dotnet_style) for s in info.parameter_sets]


def _wrap(text: str, width: int, indent: int) -> list[str]:
    """Paragraphs of ``text`` wrapped to ``width`` columns under an ``indent``."""
    pad = " " * indent
    lines: list[str] = []
    for paragraph in text.split("\n"):
        if not paragraph.strip():
            lines.append("")
            continue
        lines.extend(textwrap.wrap(paragraph, width=max(width - 1, indent + 10), initial_indent=pad,
                                   subsequent_indent=pad, break_on_hyphens=False, break_long_words=True))
    return lines


def _parameter_block(info: CommandInfo, param: Parameter, width: int, full: bool) -> list[str]:
    head = f"    -{param.name} " + ("[<SwitchParameter>]" if param.is_switch else f"<{_type_label(param, True)}>")
    lines = [head] + _wrap(param.help or "", width, 8)
    if full:
        pipeline = []
        if param.from_pipeline:
            pipeline.append("ByValue")
        if param.from_pipeline_by_name:
            pipeline.append("ByPropertyName")
        accept = f"True ({', '.join(pipeline)})" if pipeline else "False"
        lines += ["", f"        Required?                    {str(param.mandatory).lower()}",
                  f"        Position?                    {'named' if param.position is None else param.position}",
                  "        Default value                None",
                  f"        Accept pipeline input?       {accept}",
                  "        Accept wildcard characters?  false"]
    return lines + [""]


_COMMON_BLOCK = (
    "    <CommonParameters>",
    "        This cmdlet supports the common parameters: Verbose, Debug,",
    "        ErrorAction, ErrorVariable, WarningAction, WarningVariable,",
    "        OutBuffer, PipelineVariable, and OutVariable. For more information, see",
    "        about_CommonParameters (https:/go.microsoft.com/fwlink/?LinkID=113216).",
    "",
)


def _examples(info: CommandInfo, width: int) -> list[str]:
    lines: list[str] = []
    for number, (code, remarks) in enumerate(info.examples, 1):
        lines += [f"    -------------------------- EXAMPLE {number} --------------------------", "",
                  f"    PS C:\\>{code}", ""] + _wrap(remarks, width, 4) + ["", ""]
    return lines


def _remarks(info: CommandInfo) -> list[str]:
    name = info.name
    return ["REMARKS",
            f'    To see the examples, type: "get-help {name} -examples".',
            f'    For more information, type: "get-help {name} -detailed".',
            f'    For technical information, type: "get-help {name} -full".', "", ""]


def help_text(info: CommandInfo, view: str = "default", width: int = 120,
              parameter: Optional[str] = None) -> list[str]:
    """Get-Help's lines for a command; ``view`` is default, detailed, full, examples or parameter."""
    if view == "parameter":
        chosen = [p for p in info.parameters if match(parameter or "*", p.name)]
        return [""] + [line for p in chosen for line in _parameter_block(info, p, width, True)]
    lines = ["", "NAME", f"    {info.name}", "", "SYNOPSIS"] + _wrap(info.synopsis or info.name, width, 4)
    lines += [""]
    if view == "examples":
        return lines + [""] + _examples(info, width)
    lines += ["", "SYNTAX"]
    for line in syntax_lines(info):
        lines += _wrap(line, width, 4) + [""]
    lines += ["", "DESCRIPTION"] + _wrap(info.description or info.synopsis, width, 4) + ["", ""]
    if view in ("detailed", "full"):
        lines += ["PARAMETERS"]
        for param in info.parameters:
            lines += _parameter_block(info, param, width, view == "full")
        lines += list(_COMMON_BLOCK) + [""]
        if view == "full" and info.output_type:
            lines += ["OUTPUTS", f"    {info.output_type}", "", ""]
        if info.notes and view == "full":
            lines += ["NOTES", ""] + _wrap(info.notes, width, 8) + ["", ""]
        lines += _examples(info, width)
    if info.aliases:
        lines += ["ALIASES"] + [f"    {a}" for a in info.aliases] + ["", ""]
    if info.related:
        lines += ["RELATED LINKS"] + [f"    {r}" for r in info.related] + [""]
    if view == "default":
        lines += _remarks(info)
    return lines


ABOUT_TOPICS: dict[str, tuple[str, str]] = {
    "about_cspshell": (
        "Describes cspshell, the offline Lync Server 2010 Management Shell emulator.",
        "cspshell emulates the Lync Server 2010 Management Shell (Windows PowerShell 5.1 with the "
        "Lync module) for training. You type what you would type on a Lync server and see the text "
        "a real server prints, computed from a topology file instead of Active Directory.\n\n"
        "What it computes: each user's Registrar pool and backup Registrar pool, the preferred "
        "order of the Front End servers of an Enterprise Edition pool for that user "
        "(Get-CsUserPoolInfo), and what a Lync 2010 client sees when it signs in: DNS SRV "
        "discovery, the 301 Redirect request to Home Server with q=0.7 (primary) and q=0.3 "
        "(backup) Contact headers, EndpointConfiguration.cache, Directors and failover.\n\n"
        "Try:\n"
        "    Get-CsUserPoolInfo -Identity lcarter@beta.deitterick.com\n"
        "    Get-CsUserPoolInfo lcarter@beta.deitterick.com | Select-Object -ExpandProperty "
        "PrimaryPoolMachinesInPreferredOrder | Format-List MachineId,Fqdn\n"
        "    Get-Command -Module Lync\n"
        "    Get-Command -Module CsLab\n\n"
        "Nothing reaches the host computer except the files you name in Out-File, Export-Csv, "
        "Set-Content, Add-Content, Import-Csv and Get-Content. Commands that would touch the "
        "operating system (Start-Process, Invoke-WebRequest...) are not available."),
}


def about_text(name: str, width: int) -> list[str]:
    """An about_ topic in the layout of 5.1's help files."""
    short, body = ABOUT_TOPICS[name.lower()]
    return (["TOPIC", f"    {name}", "", "SHORT DESCRIPTION"] + _wrap(short, width, 4) +
            ["", "LONG DESCRIPTION"] + _wrap(body, width, 4) + [""])


DEFAULT_HELP = (
    "TOPIC\n    cspshell Help System\n\nSHORT DESCRIPTION\n"
    "    Displays help about cspshell cmdlets and concepts.\n\nLONG DESCRIPTION\n"
    "  SYNTAX\n    get-help {<CmdletName> | <TopicName>}\n    help {<CmdletName> | <TopicName>}\n"
    "    <CmdletName> -?\n\n"
    '  "Get-help" and "-?" display help on one page.\n  "Help" displays help on multiple pages.\n\n'
    "  Examples:\n"
    "    get-help get-csuserpoolinfo : Displays help about the Get-CsUserPoolInfo cmdlet.\n"
    "    get-help about_cspshell     : Displays help about cspshell.\n"
    "    get-help *-csuser*          : Lists the commands about Lync users.\n"
    "    get-command -module lync    : Lists the Lync cmdlets.\n")


def help_list_row(info: CommandInfo) -> PSObject:
    """One row of Get-Help's list of matching topics (Name, Category, Module, Synopsis)."""
    return new_object("HelpInfoShort", [("Name", info.name), ("Category", info.command_type),
                                        ("Module", info.module or ""), ("Synopsis", info.synopsis)])


@cmdlet("Get-Help", CORE, [
    P("Name", "String", position=0, help="Gets help about the specified command or concept (wildcards list topics)."),
    P("Path", "String", help="Gets help that explains how the cmdlet works in the specified provider path."),
    P("Category", "String[]", help="Displays help only for items in the specified category."),
    P("Component", "String[]", help="Displays commands with the specified component value."),
    P("Functionality", "String[]", help="Displays help for items with the specified functionality."),
    P("Role", "String[]", help="Displays help customized for the specified user role."),
    P("Full", "SwitchParameter", sets=("AllUsersView",), help="Displays the entire help article for a cmdlet."),
    P("Detailed", "SwitchParameter", mandatory=True, sets=("DetailedView",), help="Adds parameter descriptions and examples to the basic help display."),
    P("Examples", "SwitchParameter", mandatory=True, sets=("Examples",), help="Displays only the name, synopsis, and examples."),
    P("Parameter", "String", mandatory=True, sets=("Parameters",), help="Displays only the detailed descriptions of the specified parameters."),
    P("Online", "SwitchParameter", mandatory=True, sets=("Online",), help="Displays the online version of a help article."),
], aliases=("help", "man"), default_set="AllUsersView", output_type="System.String",
    synopsis="Displays information about PowerShell commands and concepts.",
    description="The Get-Help cmdlet displays information about cspshell commands and concepts: "
                "the synopsis, the syntax generated from each command's declaration, the parameters "
                "and examples.",
    examples=(("Get-Help Get-CsUserPoolInfo -Full", "Shows the whole help of Get-CsUserPoolInfo."),
              ("Get-Help about_cspshell", "Explains what cspshell emulates.")))
class GetHelpCommand(Cmdlet):
    """Get-Help."""

    def process(self) -> Iterator[Any]:
        name = self.params.get("Name")
        width = getattr(self.ctx, "width", 120)
        if not name:
            yield DEFAULT_HELP
            return
        if name.lower() in ABOUT_TOPICS:
            yield "\n".join(about_text(name, width))
            return
        info = registry.lookup(name) if not has_wildcards(name) else None
        if info is None:
            info = next((c for c in all_commands(self.ctx) if c.name.lower() == name.lower()), None)
        if info is not None:
            if self.switch("Online"):
                self.error("The online version of this Help topic cannot be displayed because cspshell has "
                           "no Internet access.", "InvalidOperation,Microsoft.PowerShell.Commands.GetHelpCommand",
                           "InvalidOperation", exception_type="InvalidOperationException")
                return
            yield "\n".join(help_text(info, self._view(), width, self.params.get("Parameter")))
            return
        yield from self._list(name)

    def _view(self) -> str:
        for switch, view in (("Full", "full"), ("Detailed", "detailed"), ("Examples", "examples")):
            if self.switch(switch):
                return view
        return "parameter" if "Parameter" in self.params else "default"

    def _list(self, pattern: str) -> Iterator[Any]:
        pattern = pattern if has_wildcards(pattern) else f"*{pattern}*"
        found = sorted((c for c in all_commands(self.ctx) if match(pattern, c.name)), key=lambda c: c.name.upper())
        topics = [t for t in ABOUT_TOPICS if match(pattern, t)]
        if not found and not topics:
            self.error(f'Get-Help could not find {self.params["Name"]} in a help file in this session. To '
                       "download updated help topics type: \"Update-Help\". To get help online, search for "
                       "the help topic in the TechNet library at https:/go.microsoft.com/fwlink/?LinkID=107116.",
                       "HelpNotFound", "ResourceUnavailable", self.params["Name"],
                       exception_type="HelpNotFoundException")
            return
        for info in found:
            yield help_list_row(info)
        for topic in topics:
            yield new_object("HelpInfoShort", [("Name", topic), ("Category", "HelpFile"), ("Module", ""),
                                               ("Synopsis", ABOUT_TOPICS[topic][0])])


# =====================================================================================
# Get-Date / Start-Sleep / Clear-Host / History
# =====================================================================================

_DOTNET_STANDARD = {
    "d": "%m/%d/%Y", "D": "%A, %B %d, %Y", "f": "%A, %B %d, %Y %I:%M %p", "F": "%A, %B %d, %Y %I:%M:%S %p",
    "g": "%m/%d/%Y %I:%M %p", "G": "%m/%d/%Y %I:%M:%S %p", "M": "%B %d", "m": "%B %d",
    "s": "%Y-%m-%dT%H:%M:%S", "t": "%I:%M %p", "T": "%I:%M:%S %p", "u": "%Y-%m-%d %H:%M:%SZ",
    "Y": "%B %Y", "y": "%B %Y",
}

_DOTNET_TOKENS = re.compile(r"yyyy|yy|y|MMMM|MMM|MM|M|dddd|ddd|dd|d|HH|H|hh|h|mm|m|ss|s|"
                            r"fffffff|ffffff|fffff|ffff|fff|ff|f|tt|t|zzz|zz|z|K|'[^']*'|\"[^\"]*\"|\\.")


def _en_us_trim(text: str) -> str:
    """en-US standard formats print 1/5/2011 and 1:09 PM (no leading zeros)."""
    text = re.sub(r"(?<![\d])0(\d)/", r"\1/", text)
    text = re.sub(r"/0(\d)/", r"/\1/", text)
    text = re.sub(r"(?<![\d:])0(\d):", r"\1:", text)
    return re.sub(r" 0(\d),", r" \1,", text)


def _dotnet_token(token: str, d: _dt.datetime) -> str:
    table = {
        "yyyy": f"{d.year:04d}", "yy": f"{d.year % 100:02d}", "y": str(d.year % 100),
        "MMMM": d.strftime("%B"), "MMM": d.strftime("%b"), "MM": f"{d.month:02d}", "M": str(d.month),
        "dddd": d.strftime("%A"), "ddd": d.strftime("%a"), "dd": f"{d.day:02d}", "d": str(d.day),
        "HH": f"{d.hour:02d}", "H": str(d.hour), "hh": f"{(d.hour % 12) or 12:02d}",
        "h": str((d.hour % 12) or 12), "mm": f"{d.minute:02d}", "m": str(d.minute),
        "ss": f"{d.second:02d}", "s": str(d.second), "tt": "AM" if d.hour < 12 else "PM",
        "t": "A" if d.hour < 12 else "P", "zzz": "+00:00", "zz": "+00", "z": "+0", "K": "",
    }
    if token in table:
        return table[token]
    if token[0] == "f":
        return f"{d.microsecond:06d}0"[:len(token)]
    if token[0] in "'\"":
        return token[1:-1]
    return token[1:]


def format_dotnet_date(d: _dt.datetime, fmt: str) -> str:
    """DateTime.ToString(format) in en-US for standard and custom format strings."""
    if fmt in ("o", "O"):
        return d.strftime("%Y-%m-%dT%H:%M:%S.") + f"{d.microsecond:06d}0"
    if fmt in _DOTNET_STANDARD:
        text = d.strftime(_DOTNET_STANDARD[fmt])
        return text if fmt in "suo" else _en_us_trim(text)
    return _DOTNET_TOKENS.sub(lambda m: _dotnet_token(m.group(0), d), fmt)


_UFORMAT_EXTRA = {"%k": lambda d: f"{d.hour:2d}", "%l": lambda d: f"{(d.hour % 12) or 12:2d}",
                  "%s": lambda d: str(int((d - _dt.datetime(1970, 1, 1)).total_seconds())),
                  "%Z": lambda d: "+00", "%u": lambda d: str(d.isoweekday()), "%G": lambda d: str(d.year),
                  "%e": lambda d: f"{d.day:2d}", "%n": lambda d: "\n", "%t": lambda d: "\t",
                  "%C": lambda d: f"{d.year // 100:02d}", "%D": lambda d: d.strftime("%m/%d/%y"),
                  "%R": lambda d: d.strftime("%H:%M"), "%T": lambda d: d.strftime("%H:%M:%S"),
                  "%V": lambda d: f"{d.isocalendar()[1]:02d}", "%h": lambda d: d.strftime("%b")}


def format_uformat(d: _dt.datetime, fmt: str) -> str:
    """Get-Date -UFormat: Unix-style % specifiers."""
    def one(m: re.Match) -> str:
        spec = m.group(0)
        if spec in _UFORMAT_EXTRA:
            return _UFORMAT_EXTRA[spec](d)
        if spec == "%%":
            return "%"
        try:
            return d.strftime(spec)
        except ValueError:
            return spec
    return re.sub(r"%.", one, fmt)


def now(ctx: Any) -> _dt.datetime:
    """The session clock when the session has one (tests pin it), else the local time."""
    clock = getattr(getattr(ctx, "session", None), "clock", None)
    return clock() if callable(clock) else _dt.datetime.now()


@cmdlet("Get-Date", UTILITY, [
    P("Date", "DateTime", position=0, from_pipeline=True, aliases=("LastWriteTime",), help="Specifies a date and time."),
    *[P(unit, "Int32", help=f"Specifies the {unit.lower()} that is displayed.")
      for unit in ("Year", "Month", "Day", "Hour", "Minute", "Second", "Millisecond")],
    P("DisplayHint", "DisplayHintType", validate_set=("Date", "Time", "DateTime"), help="Determines which elements of the date and time are displayed."),
    P("Format", "String", sets=("net",), help="Displays the date and time in the .NET format indicated by the format specifier."),
    P("UFormat", "String", sets=("UFormat",), help="Displays the date and time in UNIX format."),
], default_set="net", output_type="System.DateTime", synopsis="Gets the current date and time.",
    description="The Get-Date cmdlet gets a DateTime object that represents the current date or a "
                "date that you specify; -Format and -UFormat return strings.",
    examples=(("Get-Date -Format 'yyyy-MM-dd HH:mm'", "Formats the current date."),
              ("Get-Date -UFormat '%Y/%m/%d'", "Uses a UNIX format.")))
class GetDateCommand(Cmdlet):
    """Get-Date."""

    def process(self) -> Iterator[Any]:
        value = self.params.get("Date")
        try:
            moment = convert_to(value, "System.DateTime") if value is not None else now(self.ctx)
        except PSConversionError as exc:
            self.terminate(exc.message, "ParameterArgumentTransformationError", "InvalidData")
            return
        moment = self._adjust(moment)
        if "Format" in self.params:
            yield format_dotnet_date(moment, to_string(self.params["Format"]))
        elif "UFormat" in self.params:
            yield format_uformat(moment, to_string(self.params["UFormat"]))
        else:
            yield moment

    def _adjust(self, moment: _dt.datetime) -> _dt.datetime:
        changes = {k.lower(): self.params[k] for k in ("Year", "Month", "Day", "Hour", "Minute", "Second")
                   if k in self.params}
        if "Millisecond" in self.params:
            changes["microsecond"] = int(self.params["Millisecond"]) * 1000
        try:
            return moment.replace(**changes)
        except ValueError as exc:
            self.terminate(str(exc), "ParameterArgumentValidationError", "InvalidArgument")
            return moment


@cmdlet("Start-Sleep", UTILITY, [
    P("Seconds", "Int32", position=0, mandatory=True, from_pipeline=True, sets=("Seconds",),
      help="Specifies how long the resource sleeps in seconds."),
    P("Milliseconds", "Int32", mandatory=True, from_pipeline_by_name=True, sets=("Milliseconds",),
      help="Specifies how long the resource sleeps in milliseconds."),
], aliases=("sleep",), default_set="Seconds", output_type="",
    synopsis="Suspends the activity in a script or session for the specified period of time.",
    description="The Start-Sleep cmdlet suspends the activity in a script or session for the "
                "specified period of time. cspshell really waits.",
    examples=(("Start-Sleep -Seconds 2", "Waits two seconds."),))
class StartSleepCommand(Cmdlet):
    """Start-Sleep: a real wait (the lab's simulated clock is not advanced)."""

    def process(self) -> None:
        seconds = float(self.params.get("Seconds", 0) or 0) + float(self.params.get("Milliseconds", 0) or 0) / 1000
        sleeper = getattr(self.ctx, "sleep", None) or time.sleep
        sleeper(max(seconds, 0.0))


@cmdlet("Clear-Host", "", [], aliases=("cls", "clear"), output_type="",
        synopsis="Clears the display in the host program.",
        description="The Clear-Host function removes all text from the current display.",
        examples=(("cls", "Clears the screen."),))
class ClearHostCommand(Cmdlet):
    """Clear-Host (a function in 5.1)."""

    def process(self) -> None:
        clear = getattr(self.ctx, "clear_host", None)
        if clear is not None:
            clear()


ClearHostCommand.info.command_type = "Function"

HISTORYINFO = "Microsoft.PowerShell.Commands.HistoryInfo"


def history_object(entry: Any) -> PSObject:
    """A HistoryInfo object from an (id, command line[, start, end, status]) entry."""
    hid, line = entry[0], entry[1]
    start = entry[2] if len(entry) > 2 else None
    end = entry[3] if len(entry) > 3 else start
    status = entry[4] if len(entry) > 4 else "Completed"
    return new_object(HISTORYINFO, [("Id", hid), ("CommandLine", line), ("ExecutionStatus", status),
                                    ("StartExecutionTime", start), ("EndExecutionTime", end)],
                      tostring=lambda o: o.get("CommandLine"))


@cmdlet("Get-History", CORE, [
    P("Id", "Int64[]", position=0, from_pipeline=True, help="Specifies an array of the IDs of entries in the session history."),
    P("Count", "Int32", position=1, help="Specifies the number of the most recent history entries that this cmdlet gets."),
], aliases=("ghy", "h", "history"), output_type=HISTORYINFO,
    synopsis="Gets a list of the commands entered during the current session.",
    description="The Get-History cmdlet gets the session history, the list of commands entered "
                "during the current session (the 32 most recent by default).",
    examples=(("Get-History -Count 5", "Gets the five most recent commands."),))
class GetHistoryCommand(Cmdlet):
    """Get-History."""

    def process(self) -> Iterator[Any]:
        entries = list(getattr(self.ctx, "history", []))
        ids = as_list(self.params.get("Id"))
        if ids:
            for wanted in ids:
                hit = [e for e in entries if e[0] == int(wanted)]
                if not hit:
                    self.error(f"Cannot locate history for Id {wanted}.", "GetHistoryItemNotFound",
                               "ObjectNotFound", wanted, exception_type="ArgumentException")
                for entry in hit:
                    yield history_object(entry)
            return
        count = int(self.params.get("Count", 32))
        for entry in entries[-count:] if count > 0 else []:
            yield history_object(entry)


@cmdlet("Invoke-History", CORE, [
    P("Id", "String", position=0, help="Specifies the ID of a command in the history (default: the last command)."),
], aliases=("ihy", "r"), should_process=True, output_type="",
    synopsis="Runs commands from the session history.",
    description="The Invoke-History cmdlet runs commands from the session history. It shows the "
                "command line first, then runs it.",
    examples=(("Invoke-History 3", "Runs command 3 of the history again."),))
class InvokeHistoryCommand(Cmdlet):
    """Invoke-History: echoes the command line, then asks the engine to run it."""

    def process(self) -> Iterator[Any]:
        entries = list(getattr(self.ctx, "history", []))
        entry = self._find(entries)
        if entry is None:
            return
        self.ctx.write_host(entry[1])
        runner = getattr(self.ctx, "invoke_script", None)
        if runner is None:
            self.error("Invoke-History is not available in this host.", "InvokeHistoryUnavailable",
                       "NotImplemented", exception_type="NotImplementedException")
            return
        yield from runner(entry[1]) or []

    def _find(self, entries: list) -> Optional[Any]:
        wanted = self.params.get("Id")
        if not entries:
            self.error("Cannot locate the most recent history.", "InvokeHistoryNoLastHistoryEntryFound",
                       "ObjectNotFound", exception_type="InvalidOperationException")
            return None
        if wanted is None:
            return entries[-1]
        text = to_string(wanted)
        if text.lstrip("-").isdigit():
            hit = [e for e in entries if e[0] == int(text)]
        else:
            hit = [e for e in reversed(entries) if e[1].lower().startswith(text.lower())][:1]
        if not hit:
            self.error(f"Cannot locate history for commandline {text}." if not text.lstrip("-").isdigit()
                       else f"Cannot locate history for Id {text}.", "InvokeHistoryItemNotFound",
                       "ObjectNotFound", wanted, exception_type="ArgumentException")
            return None
        return hit[0]


def unavailable_command_note(name: str) -> str:
    """The line cspshell adds after 'not recognized' for host commands it does not provide."""
    return f"{name} is not available in cspshell: it would reach the host operating system."


def render_command_reference(commands: Iterable[CommandInfo], width: int = 100) -> str:
    """docs/cmdlets.md: every command's synopsis, syntax, parameters and examples."""
    out = ["# cspshell command reference", "",
           "Generated from the command declarations (the same source as Get-Help).", ""]
    by_module: dict[str, list[CommandInfo]] = {}
    for info in commands:
        by_module.setdefault(info.module or "(built-in functions)", []).append(info)
    for module in sorted(by_module):
        out += [f"## {module}", ""]
        for info in sorted(by_module[module], key=lambda c: c.name.upper()):
            out += [f"### {info.name}", "", info.synopsis or "", "", "```"]
            out += syntax_lines(info) + ["```", ""]
            if info.aliases:
                out += ["Aliases: " + ", ".join(f"`{a}`" for a in info.aliases), ""]
            for param in info.parameters:
                kind = "switch" if param.is_switch else param.type
                where = "named" if param.position is None else f"position {param.position}"
                out.append(f"- `-{param.name}` ({kind}, {where}{', mandatory' if param.mandatory else ''}): "
                           f"{param.help}")
            out.append("")
            for code, remarks in info.examples:
                out += ["```", code, "```", remarks, ""]
    return "\n".join(out)


__all__ = ["help_text", "syntax_lines", "syntax_line", "not_recognized", "unavailable_command_note",
           "render_command_reference", "format_dotnet_date", "format_uformat"]
