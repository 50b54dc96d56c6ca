"""Host and variable cmdlets: Write-*, *-Variable, Get-Date, Start-Sleep and Clear-Host.

Discovery (Get-Command, Get-Alias, Get-Help) is in ``help``; the session history
(Get-History, Invoke-History) in ``history``.
"""
from __future__ import annotations

import datetime as _dt
import re
import time
from typing import Any, Iterator

from ..errors import ErrorRecord, PSError
from ..objects.convert import PSConversionError, convert_to, to_string
from ..objects.credential import PS_CREDENTIAL, SECURE_STRING, PSCredential, SecureString
from ..formatting.dotnet_format import DotNetFormatError, format_datetime, to_culture_string
from ..objects.psobject import PSHashtable, PSObject
from ..objects.wildcard import has_wildcards, match, match_any
from ..language.hostinput import can_prompt_for_credential, prompt_for_credential
from . import registry
from .base import NO_INPUT, Cmdlet
from .members import register_type_members
from .registry import UTILITY, Parameter, cmdlet
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
    """How Write-Host renders an object (WriteHostCommand.ProcessObject): enumerables unrolled
    and joined by the separator (a hashtable gives its DictionaryEntry items), anything else
    its ToString() in the en-US culture (a date as 1/2/2020 3:04:05 PM)."""
    if isinstance(value, (list, tuple)):
        return separator.join(host_text(v, separator) for v in value)
    if isinstance(value, PSHashtable):
        return separator.join("System.Collections.DictionaryEntry" for _ in range(len(value)))
    return to_culture_string(value)


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
        self.ctx.write_host(host_text(value, separator), newline=not self.switch("NoNewline"), command=self)


NON_INTERACTIVE = ("Windows PowerShell is in NonInteractive mode. Read and Prompt functionality is not "
                   "available.")


def prompt_text(prompt: Any) -> str:
    """Read-Host's prompt: a collection's non-empty elements joined by single spaces."""
    if isinstance(prompt, (list, tuple)):
        return " ".join(text for text in (to_string(p) for p in prompt) if text)
    return to_string(prompt)


@cmdlet("Read-Host", UTILITY, [
    P("Prompt", "Object", position=0, remaining=True, help="Specifies the text of the prompt; a colon is added."),
    P("AsSecureString", "SwitchParameter", help="Returns the input as a SecureString."),
], output_type="System.String", synopsis="Reads a line of input from the console.",
    description="The Read-Host cmdlet reads a line of input from the console. In a one-shot run "
                "(-Command, -File) it reads the next line of standard input; under -NonInteractive "
                "it fails instead of waiting.",
    examples=(('$name = Read-Host "Enter a SIP address"', "Saves the line typed in $name."),))
class ReadHostCommand(Cmdlet):
    """Read-Host."""

    def begin(self) -> Iterator[Any]:
        host = getattr(self.ctx, "host", None)
        if not getattr(host, "interactive", False):
            self.terminate(NON_INTERACTIVE, "InvalidOperation", "InvalidOperation",
                           exception_type="PSInvalidOperationException")
        # the console host writes "<prompt>: " only when a prompt is given (Host.UI.Prompt)
        label = f"{prompt_text(self.params['Prompt'])}: " if self.params.get("Prompt") is not None else ""
        secure = self.switch("AsSecureString")
        answer = host.read_secret(label) if secure else host.read_line(label)
        if answer is None:
            return
        yield SecureString(answer) if secure else answer


CREDENTIAL_CAPTION = "Windows PowerShell credential request"

_OBJECT_ROWS = (("Equals", "Method", "bool Equals(System.Object obj)"), ("GetHashCode", "Method", "int GetHashCode()"),
                ("GetType", "Method", "type GetType()"))
register_type_members(SECURE_STRING, (
    ("AppendChar", "Method", "void AppendChar(char c)"), ("Clear", "Method", "void Clear()"),
    ("Copy", "Method", "securestring Copy()"), ("Dispose", "Method", "void Dispose(), void IDisposable.Dispose()"),
    *_OBJECT_ROWS, ("InsertAt", "Method", "void InsertAt(int index, char c)"),
    ("IsReadOnly", "Method", "bool IsReadOnly()"), ("MakeReadOnly", "Method", "void MakeReadOnly()"),
    ("RemoveAt", "Method", "void RemoveAt(int index)"), ("SetAt", "Method", "void SetAt(int index, char c)"),
    ("ToString", "Method", "string ToString()"), ("Length", "Property", "int Length {get;}")))
register_type_members(PS_CREDENTIAL, (
    *_OBJECT_ROWS[:2], ("GetNetworkCredential", "Method", "System.Net.NetworkCredential GetNetworkCredential()"),
    ("GetObjectData", "Method", "void GetObjectData(System.Runtime.Serialization.SerializationInfo info, "
                                "System.Runtime.Serialization.StreamingContext context), void ISerializable."
                                "GetObjectData(System.Runtime.Serialization.SerializationInfo info, "
                                "System.Runtime.Serialization.StreamingContext context)"),
    _OBJECT_ROWS[2], ("ToString", "Method", "string ToString()"),
    ("Password", "Property", "securestring Password {get;}"), ("UserName", "Property", "string UserName {get;}")))


@cmdlet("Get-Credential", "Microsoft.PowerShell.Security", [
    P("Credential", PS_CREDENTIAL, position=0, mandatory=True, sets=("CredentialSet",),
      help="Specifies a user name for the credential; you are asked for the password."),
    P("Message", "String", mandatory=True, sets=("MessageSet",),
      help="Specifies a message that appears in the authentication prompt."),
    P("UserName", "String", position=0, sets=("MessageSet",),
      help="Specifies a user name; the prompt then asks only for its password."),
], default_set="CredentialSet", output_type=PS_CREDENTIAL,
    synopsis="Gets a credential object based on a user name and password.",
    description="The Get-Credential cmdlet creates a credential object for a user name and password. "
                "At the interactive shell it asks for the user name and the password (shown as *); "
                "in a non-interactive run it fails as Windows PowerShell does in NonInteractive mode.",
    examples=(("$c = Get-Credential", "Asks for a user name and password and keeps the credential in $c."),
              ("Get-Credential -Credential BETA\\Administrator", "Asks only for the password of BETA\\Administrator."),
              ('Get-Credential -Message "Lync administrator" -UserName BETA\\Administrator',
               "Shows a message before asking for the password.")),
    related=("Read-Host",))
class GetCredentialCommand(Cmdlet):
    """Get-Credential (5.1: a user name given as -Credential is asked its password; -Message asks
    with the request caption; a missing -Credential is the binder's mandatory prompt)."""

    def begin(self) -> Iterator[Any]:
        given = self.params.get("Credential")
        if isinstance(given, PSCredential):
            yield given
            return
        if given is None and not self.bound("Message"):
            return
        if not can_prompt_for_credential(self.ctx.host):
            self.terminate(NON_INTERACTIVE, "InvalidOperation", "InvalidOperation",
                           exception_type="PSInvalidOperationException")
        if self.bound("Message"):
            credential = prompt_for_credential(self.ctx.host, CREDENTIAL_CAPTION, self.params["Message"],
                                               self.params.get("UserName"))
        else:
            credential = prompt_for_credential(self.ctx.host, user_name=to_string(given))
        if credential is not None:
            yield credential


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
        self.ctx.write_information(self.params.get("MessageData"), command=self, tags=self.params.get("Tags") or ())


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
    P("Name", "String[]", position=0, mandatory=True, from_pipeline_by_name=True,
      help="Specifies the name of the variable (wildcards change the existing variables that match)."),
    P("Value", "Object", position=1, from_pipeline=True, from_pipeline_by_name=True,
      help="Specifies the value of the variable."),
    _INCLUDE, _EXCLUDE,
    P("Description", "String", help="Specifies the description of the variable."),
    P("Option", "ScopedItemOptions", help="Specifies the value of the Options property of the variable."),
    _FORCE,
    P("Visibility", "SessionStateEntryVisibility", help="Determines whether the variable is visible outside of the session."),
    _PASSTHRU, _SCOPE,
], aliases=("set", "sv"), should_process=True, output_type="", synopsis="Sets the value of a variable.",
    description="The Set-Variable cmdlet assigns a value to a specified variable, creating it if needed. "
                "Values piped in with -Name given are collected: one value is stored as itself, several "
                "as an array. Without -Value an existing variable keeps its value.",
    examples=(('Set-Variable -Name "desc" -Value "A description"', "Sets $desc."),
              ("Get-CsPool | Set-Variable -Name pools", "Stores the pipeline's objects in $pools.")))
class SetVariableCommand(Cmdlet):
    """Set-Variable (Var.cs): with -Name given, the values are set once at the end; otherwise each
    pipeline object names its own variable (by property name)."""

    def begin(self) -> None:
        self.name_given = "Name" in self.params
        self.value_given = "Value" in self.params
        self.values: list[Any] = []

    def process(self) -> Iterator[Any]:
        if self.input is NO_INPUT or (self.name_given and self.value_given):
            return
        if self.name_given:
            self.values.append(self.params.get("Value", self.input))
            return
        yield from self._set(self.params.get("Value", NO_INPUT))

    def end(self) -> Iterator[Any]:
        if not self.name_given:
            return
        if self.value_given:
            value = self.params["Value"]
        elif not self.values:
            value = NO_INPUT
        else:
            value = self.values[0] if len(self.values) == 1 else self.values
        yield from self._set(value)

    def _set(self, value: Any) -> Iterator[Any]:
        """Set each named variable; NO_INPUT leaves an existing variable's value as it is."""
        names, include, exclude = _name_filters(self)
        existing = {n.lower(): (n, v) for n, v in self.ctx.variables()}
        for pattern in names:
            if has_wildcards(pattern):
                targets = [nv for nv in existing.values() if match(pattern, nv[0])
                           and _selected(nv[0], include, exclude)]
            elif not _selected(pattern, include, exclude):
                targets = []
            else:
                targets = [existing.get(pattern.lower(), (pattern, None))]
            shown = "" if value is NO_INPUT else _dotnet_text(value)
            for name, old in targets:
                new = (old if name.lower() in existing else None) if value is NO_INPUT else value
                if not self.should_process(f"Name: {name} Value: {shown}", "Set variable"):
                    continue
                self._assign(name, new)
                if self.switch("PassThru"):
                    yield variable_object(name, new, to_string(self.params.get("Description", "")),
                                          _options_text(self.params.get("Option")))

    def _assign(self, name: str, value: Any) -> None:
        scope = to_string(self.params.get("Scope", "")).lower()
        if scope in ("global", "script"):
            self.ctx.set_var(name, value, scope)
        else:
            self.ctx.set_var(name, value)


def _dotnet_text(value: Any) -> str:
    """The value as .NET's string formatting shows it (an array is ``System.Object[]``)."""
    return "System.Object[]" if isinstance(value, (list, tuple)) else to_string(value)


def _options_text(option: Any) -> str:
    """ScopedItemOptions as text (``None``, ``Constant``, ``ReadOnly, Private``)."""
    parts = [to_string(o).strip() for o in as_list(option) for o in to_string(o).split(",")]
    return ", ".join(p for p in parts if p) or "None"


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
        if not self.should_process(f"Name: {name} Value: {_dotnet_text(value)}", "New variable"):
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
            if self.should_process(f"Name: {name}", "Remove variable"):
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
            if not self.should_process(f"Name: {name}", "Clear variable"):
                continue
            self.ctx.set_var(name, None)
            if self.switch("PassThru"):
                yield variable_object(name, None)


# =====================================================================================
# Get-Date / Start-Sleep / Clear-Host
# =====================================================================================

def format_dotnet_date(d: _dt.datetime, fmt: str) -> str:
    """Get-Date -Format: ``DateTime.ToString(format)`` in en-US, through the same .NET formatter
    as ``-f`` and ``.ToString()``. Raises DotNetFormatError for a format .NET rejects (a single
    character that is not a standard specifier, such as ``h``)."""
    return format_datetime(d, fmt)


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
            yield self._formatted(moment, to_string(self.params["Format"]))
        elif "UFormat" in self.params:
            yield format_uformat(moment, to_string(self.params["UFormat"]))
        else:
            yield moment

    def _formatted(self, moment: _dt.datetime, fmt: str) -> str:
        # 5.1 calls DateTime.ToString(Format) unguarded: .NET's FormatException ends the
        # command as an unhandled exception (NotSpecified, ErrorId = the exception's name).
        try:
            return format_dotnet_date(moment, fmt)
        except DotNetFormatError as exc:
            raise PSError(self.make_error(exc.message, "System.FormatException",
                                          exception_type="FormatException")) from exc

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


# =====================================================================================
# The built-in aliases of commands cspshell does not provide
# =====================================================================================

# 5.1's InitialSessionState.BuiltInAliases (Windows) whose command is not part of cspshell. They
# are listed by Get-Alias and Get-Command like any alias; running one ends in the engine's
# "not recognized" error, since the command it names does not exist here. The aliases of the
# commands cspshell declares are declared with those commands. ``start`` and ``saps``
# (Start-Process) wait until Get-Command stops treating an alias's missing target as found.
UNPROVIDED_ALIASES: dict[str, str] = {
    "clc": "Clear-Content",
    "clhy": "Clear-History", "cli": "Clear-Item", "clp": "Clear-ItemProperty", "cnsn": "Connect-PSSession",
    "copy": "Copy-Item", "cp": "Copy-Item", "cpi": "Copy-Item", "cpp": "Copy-ItemProperty",
    "curl": "Invoke-WebRequest", "cvpa": "Convert-Path", "dbp": "Disable-PSBreakpoint", "dnsn": "Disconnect-PSSession", "ebp": "Enable-PSBreakpoint", "epal": "Export-Alias",
    "epsn": "Export-PSSession", "etsn": "Enter-PSSession", "exsn": "Exit-PSSession",
    "fc": "Format-Custom", "gbp": "Get-PSBreakpoint", "gcs": "Get-PSCallStack",
    "gdr": "Get-PSDrive", "gjb": "Get-Job", "gp": "Get-ItemProperty", "gps": "Get-Process", "gpv": "Get-ItemPropertyValue", "gsn": "Get-PSSession",
    "gsv": "Get-Service", "gwmi": "Get-WmiObject", "icm": "Invoke-Command",
    "ii": "Invoke-Item", "ipal": "Import-Alias",
    "ipsn": "Import-PSSession", "irm": "Invoke-RestMethod", "ise": "powershell_ise.exe",
    "iwmi": "Invoke-WMIMethod", "iwr": "Invoke-WebRequest", "kill": "Stop-Process", "lp": "Out-Printer",
    "md": "mkdir", "mi": "Move-Item", "mount": "New-PSDrive", "move": "Move-Item",
    "mp": "Move-ItemProperty", "mv": "Move-Item", "nal": "New-Alias", "ndr": "New-PSDrive", "nmo": "New-Module", "npssc": "New-PSSessionConfigurationFile", "nsn": "New-PSSession",
    "ogv": "Out-GridView", "ps": "Get-Process", "rbp": "Remove-PSBreakpoint", "rcjb": "Receive-Job", "rcsn": "Receive-PSSession",
    "rdr": "Remove-PSDrive", "ren": "Rename-Item", "rjb": "Remove-Job",
    "rni": "Rename-Item",
    "rnp": "Rename-ItemProperty", "rp": "Remove-ItemProperty", "rsn": "Remove-PSSession",
    "rsnp": "Remove-PSSnapin", "rujb": "Resume-Job", "rwmi": "Remove-WMIObject",
    "sajb": "Start-Job", "sal": "Set-Alias", "sasv": "Start-Service", "sbp": "Set-PSBreakpoint",
    "shcm": "Show-Command", "si": "Set-Item", "sp": "Set-ItemProperty",
    "spjb": "Stop-Job", "spps": "Stop-Process", "spsv": "Stop-Service", "sujb": "Suspend-Job",
    "swmi": "Set-WMIInstance", "trcm": "Trace-Command", "wget": "Invoke-WebRequest", "wjb": "Wait-Job",
}

for _alias, _target in UNPROVIDED_ALIASES.items():
    registry.ALIASES.setdefault(_alias, _target)


__all__ = ["format_dotnet_date", "format_uformat"]
