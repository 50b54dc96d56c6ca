"""The session's host and settings: Get-Host, Get-Culture, Get-UICulture, Write-Progress,
Get-ExecutionPolicy and Set-ExecutionPolicy.

The emulated server is an en-US Windows Server with the Windows PowerShell 5.1 console host.
Its execution policy is RemoteSigned (the Windows Server 2012 R2 and later default); a
Set-ExecutionPolicy holds for the rest of the session.
"""
from __future__ import annotations

from typing import Any, Iterator

from ..formatting.views import Column, TableView, register_view
from ..objects.convert import to_string
from ..objects.psobject import PSObject
from .base import Cmdlet
from .registry import UTILITY, Parameter, cmdlet
from .utility import new_object

P = Parameter

SECURITY = "Microsoft.PowerShell.Security"
CULTUREINFO = "System.Globalization.CultureInfo"
INTERNAL_HOST = "System.Management.Automation.Internal.Host.InternalHost"
HOST_VERSION = (5, 1, 14393, 206)
# One fixed console-host id: the same every run, so transcripts and labs are deterministic.
HOST_INSTANCE_ID = "6f8b3c1e-0000-4000-8000-000000000001"


def version_object(parts: tuple[int, int, int, int]) -> PSObject:
    """A System.Version (ToString: ``major.minor.build.revision``)."""
    major, minor, build, revision = parts
    return new_object("System.Version", [
        ("Major", major), ("Minor", minor), ("Build", build), ("Revision", revision),
        ("MajorRevision", 0), ("MinorRevision", revision)],
        tostring=lambda o: ".".join(str(p) for p in parts))


def culture_object() -> PSObject:
    """The en-US CultureInfo (ToString: ``en-US``); nested .NET objects appear as their type names."""
    return new_object(CULTUREINFO, [
        ("Parent", "en"), ("LCID", 1033), ("KeyboardLayoutId", 1033), ("Name", "en-US"),
        ("IetfLanguageTag", "en-US"), ("DisplayName", "English (United States)"),
        ("NativeName", "English (United States)"), ("EnglishName", "English (United States)"),
        ("TwoLetterISOLanguageName", "en"), ("ThreeLetterISOLanguageName", "eng"),
        ("ThreeLetterWindowsLanguageName", "ENU"), ("CompareInfo", "CompareInfo - en-US"),
        ("TextInfo", "TextInfo - en-US"), ("IsNeutralCulture", False),
        ("CultureTypes", "SpecificCultures, InstalledWin32Cultures, FrameworkCultures"),
        ("NumberFormat", "System.Globalization.NumberFormatInfo"),
        ("DateTimeFormat", "System.Globalization.DateTimeFormatInfo"),
        ("Calendar", "System.Globalization.GregorianCalendar"),
        ("OptionalCalendars", ["System.Globalization.GregorianCalendar"]),
        ("UseUserOverride", True), ("IsReadOnly", False)], tostring=lambda o: "en-US")


register_view(CULTUREINFO, TableView(
    (Column("LCID", "LCID", 16), Column("Name", "Name", 16), Column("DisplayName", "DisplayName")),
    name="CultureInfo"))


def host_object() -> PSObject:
    """``$Host`` / Get-Host: the console host's InternalHost, with 5.1's properties in order."""
    return new_object(INTERNAL_HOST, [
        ("Name", "ConsoleHost"), ("Version", version_object(HOST_VERSION)), ("InstanceId", HOST_INSTANCE_ID),
        ("UI", new_object("System.Management.Automation.Internal.Host.InternalHostUserInterface", [],
                          tostring=lambda o: "System.Management.Automation.Internal.Host.InternalHostUserInterface")),
        ("CurrentCulture", culture_object()), ("CurrentUICulture", culture_object()),
        ("PrivateData", new_object("Microsoft.PowerShell.ConsoleHost+ConsoleColorProxy", [],
                                   tostring=lambda o: "Microsoft.PowerShell.ConsoleHost+ConsoleColorProxy")),
        ("DebuggerEnabled", True), ("IsRunspacePushed", False),
        ("Runspace", new_object("System.Management.Automation.Runspaces.LocalRunspace", [],
                                tostring=lambda o: "System.Management.Automation.Runspaces.LocalRunspace")),
    ], tostring=lambda o: INTERNAL_HOST)


@cmdlet("Get-Host", UTILITY, [], output_type=INTERNAL_HOST,
        synopsis="Gets an object that represents the current host program.",
        description="The Get-Host cmdlet gets an object that represents the program that is hosting "
                    "Windows PowerShell: the console host, version 5.1, culture en-US. $Host holds the same object.",
        examples=(("Get-Host", "Shows the host's name, version, culture and instance id."),
                  ("(Get-Host).Version", "Shows the host version.")))
class GetHostCommand(Cmdlet):
    """Get-Host."""

    def process(self) -> Iterator[Any]:
        yield host_object()


def _culture_cmdlet(name: str, which: str) -> type:
    @cmdlet(name, UTILITY, [], output_type=CULTUREINFO,
            synopsis=f"Gets the {which} culture set in the operating system.",
            description=f"The {name} cmdlet gets the {which} culture of the session: en-US "
                        "(LCID 1033, English (United States)) on the emulated server.",
            examples=((name, "Shows LCID, Name and DisplayName."),))
    class CultureCommand(Cmdlet):
        def process(self) -> Iterator[Any]:
            yield culture_object()
    CultureCommand.__name__ = CultureCommand.__qualname__ = name.replace("-", "") + "Command"
    CultureCommand.__doc__ = f"{name}."
    return CultureCommand


GetCultureCommand = _culture_cmdlet("Get-Culture", "current")
GetUICultureCommand = _culture_cmdlet("Get-UICulture", "current user interface")


@cmdlet("Write-Progress", UTILITY, [
    P("Activity", "String", position=0, mandatory=True, help="Specifies the first line of text in the heading above the status bar."),
    P("Status", "String", position=1, help="Specifies the second line of text in the heading above the status bar."),
    P("Id", "Int32", position=2, help="Specifies an ID that distinguishes each progress bar from the others."),
    P("PercentComplete", "Int32", help="Specifies the percentage of the activity that is completed."),
    P("SecondsRemaining", "Int32", help="Specifies the projected number of seconds remaining."),
    P("CurrentOperation", "String", help="Specifies the line of text below the progress bar."),
    P("ParentId", "Int32", help="Specifies the parent activity of the current activity."),
    P("Completed", "SwitchParameter", help="Indicates whether the progress bar is visible."),
    P("SourceId", "Int32", help="Specifies the source of the record."),
], output_type="", synopsis="Displays a progress bar within a PowerShell command window.",
    description="The Write-Progress cmdlet displays a progress bar in the interactive console. "
                "cspshell accepts every parameter and shows nothing: the bar is a transient console "
                "overlay that leaves no text behind, and non-interactive runs never show it.",
    examples=(('1..3 | ForEach-Object { Write-Progress -Activity "Moving users" -PercentComplete ($_ * 33) }',
               "Reports progress (nothing is printed)."),))
class WriteProgressCommand(Cmdlet):
    """Write-Progress: accepted, prints nothing (see the description)."""

    def process(self) -> None:
        return None


# =====================================================================================
# Execution policy
# =====================================================================================

POLICIES = ("Unrestricted", "RemoteSigned", "AllSigned", "Restricted", "Default", "Bypass", "Undefined")
# in precedence order, the order Get-ExecutionPolicy -List shows them
SCOPES = ("MachinePolicy", "UserPolicy", "Process", "CurrentUser", "LocalMachine")
DEFAULT_POLICY = "RemoteSigned"
POLICY_TYPE = "Microsoft.PowerShell.ExecutionPolicy"
SCOPE_TYPE = "Microsoft.PowerShell.ExecutionPolicyScope"
POLICY_CAPTION = "Execution Policy Change"
POLICY_WARNING = (
    "The execution policy helps protect you from scripts that you do not trust. Changing the execution policy "
    "might expose you to the security risks described in the about_Execution_Policies help topic at "
    "http://go.microsoft.com/fwlink/?LinkID=135170. Do you want to change the execution policy?")


def policy_table(ctx: Any) -> dict[str, str]:
    """Return the session's policy per scope (kept on the context; LocalMachine RemoteSigned at start)."""
    table = getattr(ctx, "execution_policies", None)
    if table is None:
        table = {scope: "Undefined" for scope in SCOPES}
        table["LocalMachine"] = DEFAULT_POLICY
        ctx.execution_policies = table
    return table


def effective_policy(table: dict[str, str]) -> str:
    """The policy in effect: the first defined scope, most binding first (5.1's precedence)."""
    for scope in SCOPES:
        if table[scope] != "Undefined":
            return table[scope]
    return "Restricted"


# The underlying numbers of the two enums (SecuritySupport.cs), which `-eq 1` compares with.
ENUM_NUMBERS = {
    POLICY_TYPE: {"Unrestricted": 0, "RemoteSigned": 1, "AllSigned": 2, "Restricted": 3, "Default": 3,
                  "Bypass": 4, "Undefined": 5},
    SCOPE_TYPE: {"Process": 0, "CurrentUser": 1, "LocalMachine": 2, "UserPolicy": 3, "MachinePolicy": 4},
}


def enum_value(type_name: str, name: str) -> PSObject:
    """A .NET enum value: prints as its name, right-aligned in a generated table column."""
    return new_object(type_name, [("value__", ENUM_NUMBERS[type_name][name])],
                      bases=("System.Enum", "System.ValueType"), tostring=lambda o: name)


def _canonical(value: Any, names: tuple[str, ...]) -> str:
    text = to_string(value)
    return next((n for n in names if n.lower() == text.lower()), text)


@cmdlet("Get-ExecutionPolicy", SECURITY, [
    P("Scope", "ExecutionPolicyScope", position=0, validate_set=SCOPES, help="Specifies the scope to get."),
    P("List", "SwitchParameter", help="Gets the execution policy of every scope, in precedence order."),
], output_type=POLICY_TYPE,
    synopsis="Gets the execution policies for the current session.",
    description="The Get-ExecutionPolicy cmdlet gets the effective execution policy: RemoteSigned on the "
                "emulated server unless Set-ExecutionPolicy changed it in this session.",
    examples=(("Get-ExecutionPolicy", "RemoteSigned"), ("Get-ExecutionPolicy -List", "The policy of every scope.")),
    related=("Set-ExecutionPolicy",))
class GetExecutionPolicyCommand(Cmdlet):
    """Get-ExecutionPolicy."""

    def process(self) -> Iterator[Any]:
        table = policy_table(self.ctx)
        if self.switch("List"):
            for scope in SCOPES:
                yield new_object("System.Management.Automation.PSCustomObject", [
                    ("Scope", enum_value(SCOPE_TYPE, scope)), ("ExecutionPolicy", enum_value(POLICY_TYPE, table[scope]))])
        # an ExecutionPolicy value, as in 5.1: -eq converts 'RemoteSigned' to it
        elif self.bound("Scope"):
            yield enum_value(POLICY_TYPE, table[_canonical(self.params["Scope"], SCOPES)])
        else:
            yield enum_value(POLICY_TYPE, effective_policy(table))


@cmdlet("Set-ExecutionPolicy", SECURITY, [
    P("ExecutionPolicy", "ExecutionPolicy", position=0, mandatory=True, validate_set=POLICIES,
      help="Specifies the execution policy."),
    P("Scope", "ExecutionPolicyScope", position=1, validate_set=SCOPES[2:],
      help="Specifies the scope that is affected (LocalMachine by default)."),
    P("Force", "SwitchParameter", help="Suppresses all the confirmation prompts."),
], should_process=True, output_type="",
    synopsis="Sets the PowerShell execution policies for Windows computers.",
    description="The Set-ExecutionPolicy cmdlet changes the execution policy for the rest of the session. "
                "It asks for confirmation unless -Force or -Confirm:$false is given; -WhatIf shows what "
                "would change.",
    examples=(("Set-ExecutionPolicy RemoteSigned -Force", "Sets the LocalMachine policy without asking."),
              ("Set-ExecutionPolicy Bypass -Scope Process", "Sets the policy of this session only.")),
    related=("Get-ExecutionPolicy",))
class SetExecutionPolicyCommand(Cmdlet):
    """Set-ExecutionPolicy: ShouldProcess, then 5.1's ShouldContinue prompt unless -Force."""

    def process(self) -> None:
        policy = _canonical(self.params["ExecutionPolicy"], POLICIES)
        scope = _canonical(self.params.get("Scope", "LocalMachine"), SCOPES)
        if not self.should_process(policy, "Set-ExecutionPolicy"):
            return
        if not self.switch("Force") and not self._confirmed():
            return
        policy_table(self.ctx)[scope] = "Undefined" if policy == "Undefined" else self._stored(policy)

    @staticmethod
    def _stored(policy: str) -> str:
        # "Default" stands for the platform default: RemoteSigned on Windows Server 2012 R2 and later
        return DEFAULT_POLICY if policy == "Default" else policy

    def _confirmed(self) -> bool:
        """The console's Yes/No question; a non-interactive run (5.1: no prompt possible) goes ahead
        only when -Confirm:$false was given."""
        from .shouldprocess import HostPromptError, prompt_for_choice
        if "Confirm" in self.params and not self.params["Confirm"]:
            return True
        try:
            answer = prompt_for_choice(self.ctx, POLICY_CAPTION, POLICY_WARNING, "yanls", default="n")
        except HostPromptError:
            return True
        return answer in ("y", "a")
