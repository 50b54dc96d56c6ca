"""Discovery cmdlets: Get-Command, Get-Alias and Get-Help, with the about_ topics and the
command reference.

Get-Command and Get-Help read the same ``@cmdlet`` declarations the binder uses, so a
command's syntax, parameters and examples are written once. ``help_text`` and
``syntax_lines`` are public: docs/cmdlets.md is generated from them.
"""
from __future__ import annotations

import textwrap
from typing import Any, Iterable, Iterator, Optional

from ..objects.convert import to_string
from ..objects.psobject import LazyValue, PSObject
from ..objects.wildcard import has_wildcards, match, match_any
from . import registry
from .base import Cmdlet
from .commandmeta import parameter_dictionary, parameter_sets
from .registry import CORE, LYNC, MANAGEMENT, UTILITY, CommandInfo, Parameter, cmdlet
from .utility import as_list, new_object

P = Parameter


# =====================================================================================
# Get-Command / Get-Alias
# =====================================================================================

COMMAND_TYPE_ORDER = {"Alias": 1, "Function": 2, "Filter": 4, "Cmdlet": 8, "ExternalScript": 16,
                      "Application": 32, "Script": 64, "Workflow": 128, "Configuration": 256}

MODULE_VERSIONS = {UTILITY: "3.1.0.0", CORE: "3.0.0.0", MANAGEMENT: "3.1.0.0", LYNC: "4.0.7577.0",
                   registry.CSLAB: "1.0", "Microsoft.PowerShell.Security": "3.0.0.0"}

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
    definition = syntax_text(info) if kind == "Cmdlet" else ""
    return new_object(TYPE_FOR_COMMAND.get(kind, TYPE_FOR_COMMAND["Cmdlet"]), [
        ("HelpUri", ""), ("DLL", ""), ("Verb", info.verb), ("Noun", info.noun), ("HelpFile", ""),
        ("PSSnapIn", None), ("Version", version), ("ImplementingType", info.command_class or None),
        ("Definition", definition), ("DefaultParameterSet", info.default_set),
        ("OutputType", [info.output_type] if info.output_type else []), ("Options", "ReadOnly"),
        ("Name", info.name), ("CommandType", kind), ("Source", command_source(info)),
        ("Visibility", "Public"), ("ModuleName", info.module or ""), ("Module", info.module or None),
        ("RemotingCapability", "PowerShell"), ("Parameters", LazyValue(lambda: parameter_dictionary(info))),
        ("ParameterSets", LazyValue(lambda: parameter_sets(info)))], tostring=lambda o: o.get("Name"))


def syntax_text(info: CommandInfo) -> str:
    """CmdletInfo.Definition and Get-Command -Syntax: each parameter set's syntax after an
    empty line, the text ending with a line break (5.1 appends a line before and one after
    each set)."""
    return "".join(f"\n{line}\n" for line in syntax_lines(info, dotnet_style=False))


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
    return registry.all_commands() + (list(user()) if user else [])


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
], aliases=("gcm",), default_set="CmdletSet", output_type="System.Management.Automation.CommandInfo",
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
        for alias, target in registry.all_aliases().items():
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
        return syntax_text(info)


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
        aliases = sorted(((GetCommandCommand._alias_spelling(a, t), t) for a, t in registry.all_aliases().items()),
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

# The type accelerators Get-Command -Syntax writes instead of a type's name (5.1's
# TypeAccelerators.FindBuiltinAccelerator through ToStringCodeMethods.Type).
_ACCELERATORS = {"PSObject": "psobject", "String": "string", "Int32": "int", "Object": "Object",
                 "ScriptBlock": "scriptblock", "Int64": "long", "Hashtable": "hashtable", "DateTime": "datetime",
                 "Double": "double", "Boolean": "bool", "PSCredential": "pscredential",
                 "SecureString": "securestring", "UInt32": "uint32", "UInt16": "uint16", "TimeSpan": "timespan"}


def _type_label(param: Parameter, dotnet_style: bool) -> str:
    """The type as help shows it (``<Object[]>``) or as Get-Command -Syntax does (lower case)."""
    name = param.type.rsplit(".", 1)[-1]
    if dotnet_style:
        return name
    return _syntax_type(param.dotnet_type if "`" in param.dotnet_type else name)


def _syntax_type(name: str) -> str:
    """ToStringCodeMethods.Type without namespaces: an accelerator, ``T[]``, or a generic
    type as ``Name[Arg]`` (``Unlimited`1[System.UInt32]`` is ``Unlimited[uint32]``)."""
    if "`" in name:
        head, _, rest = name.partition("`")
        arguments = rest[rest.index("[") + 1:-1].split(",")
        return (f"{head.rsplit('.', 1)[-1]}["
                + ",".join(_syntax_type(a.strip().rsplit(".", 1)[-1]) for a in arguments) + "]")
    if name.endswith("[]"):
        return _syntax_type(name[:-2]) + "[]"
    return _ACCELERATORS.get(name, name)


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
# Command reference (docs/cmdlets.md)
# =====================================================================================

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
           "render_command_reference"]
