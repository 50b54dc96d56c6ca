"""Get-Credential and Read-Host -AsSecureString.

The console prompts are 5.1's ConsoleHostUserInterface.PromptForCredential (console prompting):
an empty line and the caption, the message, ``User: ``, ``Password for user <name>: ``, then an
empty line; a missing mandatory PSCredential is asked by its name after the binder's header
(PS2EXE issue #11 shows the header for Get-Credential). Without a terminal, a bare Get-Credential
fails as in vscode-powershell issue #3820 (MissingMandatoryParameter); one that would prompt
gives 5.1's NonInteractive error. A SecureString prints as its type name, a PSCredential as a
UserName / Password table (Password right-aligned: SecureString is one of the scalar types)."""
from __future__ import annotations

import io
from typing import Optional

import pytest

from cspshell import cli
from cspshell.language.context import CaptureHost
from cspshell.language.engine import Engine
from cspshell.language.hostinput import _read_keys
from cspshell.objects.credential import PSCredential, SecureString
from cspshell.repl.host import TerminalHost

NON_INTERACTIVE = "Windows PowerShell is in NonInteractive mode. Read and Prompt functionality is not available."


def terminal(lines: list[str], secrets: list[str]) -> tuple[TerminalHost, io.StringIO]:
    """A terminal host that answers prompts from ``lines`` and passwords from ``secrets``,
    echoing them as a console would (a ``*`` per password character)."""
    out = io.StringIO()
    answers, passwords = iter(lines), iter(secrets)

    def reader(prompt: str) -> str:
        answer = next(answers)
        out.write(prompt + answer + "\n")
        return answer

    def secret_reader() -> Optional[str]:
        password = next(passwords, None)
        if password is not None:
            out.write("*" * len(password) + "\n")
        return password
    return TerminalHost(out, out, 120, reader=reader, secret_reader=secret_reader), out


def test_bare_get_credential_asks_for_the_credential_field():
    host, out = terminal(["BETA\\admin"], ["P@ss"])
    Engine(host, interactive=True).run("$c = Get-Credential; $c.UserName; $c.GetNetworkCredential().Password")
    assert out.getvalue().split("\n") == [
        "cmdlet Get-Credential at command pipeline position 1",
        "Supply values for the following parameters:",
        "Credential",
        "User: BETA\\admin",
        "Password for user BETA\\admin: ****",
        "",
        "BETA\\admin",
        "P@ss",
        "",
    ]


def test_message_shows_the_caption_and_asks_only_the_password_of_a_given_user():
    host, out = terminal([], ["secret"])
    Engine(host, interactive=True).run("Get-Credential -Message 'Lync administrator' -UserName lcarter")
    assert out.getvalue().split("\n")[:5] == [
        "", "Windows PowerShell credential request", "Lync administrator", "Password for user lcarter: ******", ""]


def test_a_credential_displays_as_a_table_and_its_password_as_a_securestring():
    host, out = terminal([], ["pw"])
    Engine(host, interactive=True).run("Get-Credential -Credential admin")
    assert out.getvalue().split("\n")[2:7] == [
        "",
        "UserName                     Password",
        "--------                     --------",
        "admin    System.Security.SecureString",
        "",
    ]


def test_network_credential_splits_the_domain():
    host, out = terminal([], ["pw"])
    Engine(host, interactive=True).run("$n = (Get-Credential -Credential 'BETA\\lcarter').GetNetworkCredential(); "
                                       "$n.Domain; $n.UserName; $n.Password")
    assert out.getvalue().split("\n")[2:5] == ["BETA", "lcarter", "pw"]


def test_read_host_as_secure_string():
    host, out = terminal([], ["1234"])
    Engine(host, interactive=True).run("$s = Read-Host -AsSecureString 'PIN'; $s; $s.Length; $s.GetType().FullName")
    assert out.getvalue().split("\n") == ["PIN: ****", "System.Security.SecureString", "4",
                                          "System.Security.SecureString", ""]


def test_credential_objects():
    credential = PSCredential("admin", SecureString("x"))
    assert credential.type_name == "System.Management.Automation.PSCredential"
    assert repr(credential.get("Password")) == "SecureString(length=1)"


@pytest.mark.parametrize("keys, expected, echoed", [
    ("abc\r", "abc", "***\n"),
    ("ab\x7fc\n", "ac", "**\b \b*\n"),
    ("\x04", None, "\n"),
])
def test_masked_reading(keys, expected, echoed):
    written: list[str] = []
    pressed = iter(keys)
    assert _read_keys(lambda: next(pressed), written.append, "*") == expected
    assert "".join(written) == echoed


def test_ctrl_c_while_masked_stops_the_command():
    with pytest.raises(KeyboardInterrupt):
        _read_keys(iter("a\x03").__next__, lambda text: None, "*")


# -- no terminal ------------------------------------------------------------------------------

def run_main(argv: list[str], stdin: str, monkeypatch, capsys) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = cli.main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_bare_get_credential_without_a_terminal_misses_its_mandatory_parameter(monkeypatch, capsys):
    code, out, err = run_main(["-NoProfile", "-NonInteractive", "-Command", "Get-Credential"], "", monkeypatch, capsys)
    assert (code, out) == (1, "")
    assert err.split("\n")[:6] == [
        "Get-Credential : Cannot process command because of one or more missing mandatory parameters: Credential.",
        "At line:1 char:1",
        "+ Get-Credential",
        "+ ~~~~~~~~~~~~~~",
        "    + CategoryInfo          : InvalidArgument: (:) [Get-Credential], ParameterBindingException",
        "    + FullyQualifiedErrorId : MissingMandatoryParameter,Microsoft.PowerShell.Commands.GetCredentialCommand",
    ]


@pytest.mark.parametrize("argv", [
    ["-NoProfile", "-NonInteractive", "-Command", "Get-Credential -Message hi"],
    ["-NoProfile", "-Command", "Get-Credential admin"],   # standard input is a pipe, not a terminal
])
def test_a_prompting_get_credential_without_a_terminal_is_refused(argv, monkeypatch, capsys):
    code, out, err = run_main(argv, "", monkeypatch, capsys)
    assert code == 1
    assert err.startswith(f"Get-Credential : {NON_INTERACTIVE}\n")
    assert "    + FullyQualifiedErrorId : InvalidOperation,Microsoft.PowerShell.Commands.GetCredentialCommand" in err


def test_read_host_as_secure_string_reads_a_piped_line_and_masks_it(monkeypatch, capsys):
    code, out, _ = run_main(["-NoProfile", "-Command", "$s = Read-Host -AsSecureString 'PIN'; $s.Length"],
                            "1234\n", monkeypatch, capsys)
    assert (code, out) == (0, "PIN: ****\n4\n")


def test_capture_hosts_cannot_prompt():
    host = CaptureHost(120)
    Engine(host).run("Read-Host -AsSecureString x")
    assert host.lines[0].startswith("Read-Host : " + NON_INTERACTIVE[:40])
