"""The one declaration of every command: parameters, sets, help, module, output type.

The binder, Get-Command, Get-Help, tab completion and docs/cmdlets.md all read these
declarations. A family module declares its cmdlets with the ``@cmdlet`` decorator; the
command table is built by importing the family modules (see ``cspshell.cmdlets.load_all``).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Optional

UTILITY = "Microsoft.PowerShell.Utility"
CORE = "Microsoft.PowerShell.Core"
MANAGEMENT = "Microsoft.PowerShell.Management"
LYNC = "Lync"
CSLAB = "CsLab"

ALL_SETS = "__AllParameterSets"

# Parameter types: the short names used in declarations and the .NET names errors show.
DOTNET_TYPES = {
    "Object": "System.Object", "Object[]": "System.Object[]", "PSObject": "System.Management.Automation.PSObject",
    "String": "System.String", "String[]": "System.String[]", "Int32": "System.Int32",
    "Int32[]": "System.Int32[]", "Int64": "System.Int64", "UInt16": "System.UInt16",
    "Double": "System.Double", "Boolean": "System.Boolean", "Char": "System.Char",
    "SwitchParameter": "System.Management.Automation.SwitchParameter",
    "ScriptBlock": "System.Management.Automation.ScriptBlock",
    "ScriptBlock[]": "System.Management.Automation.ScriptBlock[]",
    "Hashtable": "System.Collections.Hashtable", "Hashtable[]": "System.Collections.Hashtable[]",
    "TimeSpan": "System.TimeSpan", "DateTime": "System.DateTime",
    "ActionPreference": "System.Management.Automation.ActionPreference",
    "UserIdParameter": "Microsoft.Rtc.Management.AD.UserIdParameter",
    "Fqdn": "Microsoft.Rtc.Management.Deploy.Fqdn",
    "XdsIdentity": "Microsoft.Rtc.Management.Xds.XdsIdentity",
    "XdsGlobalRelativeIdentity": "Microsoft.Rtc.Management.Xds.XdsGlobalRelativeIdentity",
    "Unlimited": "Microsoft.Rtc.Management.ADConnect.Core.Unlimited`1[System.UInt32]",
}


@dataclass(frozen=True)
class Parameter:
    """One parameter of a command.

    ``type`` is a key of DOTNET_TYPES (or any .NET name). ``sets`` empty means every
    parameter set. ``position`` None means named-only.
    """

    name: str
    type: str = "Object"
    position: Optional[int] = None
    mandatory: bool = False
    aliases: tuple[str, ...] = ()
    from_pipeline: bool = False
    from_pipeline_by_name: bool = False
    sets: tuple[str, ...] = ()
    validate_set: tuple[str, ...] = ()
    help: str = ""
    common: bool = False
    remaining: bool = False      # ValueFromRemainingArguments
    # A function parameter's validation attributes (language.validation checks), run in order
    # after conversion; cmdlet declarations leave it empty.
    validators: tuple = ()

    @property
    def is_switch(self) -> bool:
        return self.type == "SwitchParameter"

    @property
    def dotnet_type(self) -> str:
        return DOTNET_TYPES.get(self.type, self.type)

    def in_set(self, set_name: str) -> bool:
        return not self.sets or set_name in self.sets


COMMON_PARAMETERS: tuple[Parameter, ...] = (
    Parameter("Verbose", "SwitchParameter", aliases=("vb",), common=True),
    Parameter("Debug", "SwitchParameter", aliases=("db",), common=True),
    Parameter("ErrorAction", "ActionPreference", aliases=("ea",), common=True),
    Parameter("WarningAction", "ActionPreference", aliases=("wa",), common=True),
    Parameter("InformationAction", "ActionPreference", aliases=("infa",), common=True),
    Parameter("ErrorVariable", "String", aliases=("ev",), common=True),
    Parameter("WarningVariable", "String", aliases=("wv",), common=True),
    Parameter("InformationVariable", "String", aliases=("iv",), common=True),
    Parameter("OutVariable", "String", aliases=("ov",), common=True),
    Parameter("OutBuffer", "Int32", aliases=("ob",), common=True),
    Parameter("PipelineVariable", "String", aliases=("pv",), common=True),
)

SHOULD_PROCESS_PARAMETERS: tuple[Parameter, ...] = (
    Parameter("WhatIf", "SwitchParameter", aliases=("wi",), common=True),
    Parameter("Confirm", "SwitchParameter", aliases=("cf",), common=True),
)


@dataclass
class CommandInfo:
    """Everything known about one command."""

    name: str
    module: str
    impl: Optional[type]
    parameters: tuple[Parameter, ...]
    synopsis: str = ""
    description: str = ""
    examples: tuple[tuple[str, str], ...] = ()
    output_type: str = ""
    default_set: Optional[str] = None
    supports_should_process: bool = False
    confirm_impact: str = "Medium"  # [Cmdlet(ConfirmImpact=...)]: Medium unless declared
    command_class: str = ""
    aliases: tuple[str, ...] = ()
    command_type: str = "Cmdlet"
    notes: str = ""
    related: tuple[str, ...] = ()
    function: Optional[Callable] = None  # user functions: the evaluator's callable
    simple_script: bool = False  # a function without [CmdletBinding()]/[Parameter()]: extra arguments go to $args
    _all_params: Optional[tuple[Parameter, ...]] = field(default=None, repr=False)

    @property
    def verb(self) -> str:
        return self.name.split("-", 1)[0] if "-" in self.name else ""

    @property
    def noun(self) -> str:
        return self.name.split("-", 1)[1] if "-" in self.name else self.name

    @property
    def all_parameters(self) -> tuple[Parameter, ...]:
        """Declared parameters, then the common ones (and WhatIf/Confirm where they apply)."""
        if self._all_params is None:
            extra = COMMON_PARAMETERS
            if self.supports_should_process:
                extra = extra + SHOULD_PROCESS_PARAMETERS
            declared = {p.name.lower() for p in self.parameters}
            self._all_params = self.parameters + tuple(p for p in extra if p.name.lower() not in declared)
        return self._all_params

    @property
    def parameter_sets(self) -> list[str]:
        """Set names in declaration order (the default set first when declared)."""
        names: list[str] = []
        for p in self.parameters:
            for s in p.sets:
                if s not in names:
                    names.append(s)
        if self.default_set and self.default_set in names:
            names.remove(self.default_set)
            names.insert(0, self.default_set)
        return names or [ALL_SETS]


REGISTRY: dict[str, CommandInfo] = {}
ALIASES: dict[str, str] = {}


def register(info: CommandInfo) -> CommandInfo:
    REGISTRY[info.name.lower()] = info
    for alias in info.aliases:
        ALIASES[alias.lower()] = info.name
    return info


def cmdlet(name: str, module: str, params: tuple[Parameter, ...] | list[Parameter] = (), *,
           synopsis: str = "", description: str = "", examples=(), output_type: str = "",
           default_set: Optional[str] = None, should_process: bool = False, confirm_impact: str = "Medium",
           command_class: str = "", aliases: tuple[str, ...] = (), notes: str = "",
           related: tuple[str, ...] = ()):
    """Class decorator declaring a cmdlet and registering it in the command table."""
    def wrap(cls: type) -> type:
        cls.info = register(CommandInfo(
            name=name, module=module, impl=cls, parameters=tuple(params), synopsis=synopsis,
            description=description, examples=tuple(examples), output_type=output_type,
            default_set=default_set, supports_should_process=should_process, confirm_impact=confirm_impact,
            command_class=command_class or _default_class(name, module), aliases=tuple(aliases),
            notes=notes, related=tuple(related)))
        return cls
    return wrap


def _default_class(name: str, module: str) -> str:
    verb, _, noun = name.partition("-")
    if module.startswith("Microsoft.PowerShell."):
        return f"Microsoft.PowerShell.Commands.{verb}{noun}Command"
    if module == LYNC:
        return f"Microsoft.Rtc.Management.Internal.{verb}{noun}Cmdlet"
    return f"CsLab.Commands.{verb}{noun}Command"


def all_commands() -> list[CommandInfo]:
    """Every declared command (imports every family first)."""
    from . import load_all
    load_all()
    return list(REGISTRY.values())


def all_aliases() -> dict[str, str]:
    """Every alias -> command name (imports every family first)."""
    from . import load_all
    load_all()
    return dict(ALIASES)


def lookup(name: str) -> Optional[CommandInfo]:
    """A command by name or alias (case-insensitive), importing its family on first use."""
    key = name.lower()
    info = _find(key)
    if info is None:
        from . import ensure_command
        if ensure_command(key):
            info = _find(key)
    return info


def _find(key: str) -> Optional[CommandInfo]:
    info = REGISTRY.get(key)
    if info is None and key in ALIASES:
        info = REGISTRY.get(ALIASES[key].lower())
    return info
