"""powershell.exe 5.1's command line, in process: how arguments are read, the messages a bad
command line prints (5.1 CommandLineParameterParser.cs and CommandLineParameterParserStrings.resx,
PowerShell commit 60b3b304f2, the 5.1 code base), and Read-Host in a one-shot run (5.1
ConsoleHostUserInterface.ReadLineFromFile: with redirected input it reads the next line of
standard input, echoing it unless the commands themselves come from standard input)."""
from __future__ import annotations

import base64
import io

import pytest

from cspshell import cli


def parse_failure(argv: list[str], capsys) -> tuple[int, str, str]:
    """(exit code, stderr, stdout) of a command line parse_args rejects."""
    with pytest.raises(SystemExit) as stop:
        cli.parse_args(argv)
    captured = capsys.readouterr()
    return stop.value.code, captured.err, captured.out


def run_main(argv: list[str], stdin: str, monkeypatch, capsys) -> tuple[int, str, str]:
    """(exit code, stdout, stderr) of ``cspshell argv`` with ``stdin`` as standard input."""
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = cli.main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


# -- switches: any prefix at least as long as powershell.exe's shortest form -----------------

@pytest.mark.parametrize("argv, attribute", [
    (["-noprof", "-c", "1"], "noprofile"),
    (["-NOP", "-c", "1"], "noprofile"),
    (["/noni", "-c", "1"], "noninteractive"),
    (["-nol", "-c", "1"], "nologo"),
])
def test_switch_prefixes(argv, attribute):
    assert getattr(cli.parse_args(argv), attribute) is True


def test_first_unknown_argument_starts_the_command():
    # "The first parameter we fail to recognize marks the beginning of the command string."
    assert cli.parse_args(["-NoProfile", "-Foo", "bar"]).command == "-Foo bar"
    assert cli.parse_args(["Get-CsPool", "-Identity", "x"]).command == "Get-CsPool -Identity x"


def test_unknown_switch_runs_as_an_unknown_command(monkeypatch, capsys):
    code, out, err = run_main(["-NoProfile", "-Foo"], "", monkeypatch, capsys)
    assert code == 1
    assert err.startswith("-Foo : The term '-Foo' is not recognized as the name of a cmdlet")


def test_encoded_command_is_base64_of_utf16():
    text = base64.b64encode("Write-Output 'enc'".encode("utf-16-le")).decode()
    assert cli.parse_args(["-e", text]).command == "Write-Output 'enc'"
    assert cli.parse_args(["-EncodedCommand", text]).command == "Write-Output 'enc'"


def test_execution_policy_takes_its_value():
    opts = cli.parse_args(["-ep", "Bypass", "-c", "'ok'"])
    assert opts.command == "'ok'"


# -- bad command lines: 5.1's message on stderr, then the usage (or the banner) ---------------

@pytest.mark.parametrize("argv, message", [
    (["-Command"], "Cannot process the command because of a missing parameter. A command must follow -Command."),
    (["-Command", "-", "more"],
     "'-' was specified with the -Command parameter; no other arguments to -Command are permitted."),
    (["-File"], "The command cannot be run because the File parameter requires a file path. Supply a path for "
                "the File parameter and then try the command again."),
    (["-ExecutionPolicy"], "Cannot process the execution policy because of a missing policy name. A policy name "
                           "must follow -ExecutionPolicy."),
    (["-EncodedCommand", "%%%"], "Cannot process the command because the value specified with -EncodedCommand is "
                                 "not properly encoded. The value must be Base64 encoded."),
    (["-InputFormat", "foo"], 'Cannot process the command because of an incorrect parameter value. "foo" is not '
                              'a valid format.  Valid formats are:\nText\nXML\nNone\n'),
])
def test_bad_command_line_message_then_usage(argv, message, capsys):
    code, err, out = parse_failure(argv, capsys)
    assert code == 64
    assert err == message + "\n"
    assert out.startswith("\nUsage: cspshell ")


def test_file_without_ps1_extension(capsys):
    code, err, out = parse_failure(["-File", "whatif.txt"], capsys)
    assert (code, err) == (64, "Processing -File 'whatif.txt' failed because the file does not have a '.ps1' "
                               "extension. Specify a valid Windows PowerShell script file name, and then try "
                               "again.\n")
    # showBanner without showHelp: 5.1 prints its banner after the error
    assert out == "Windows PowerShell\nCopyright (C) 2016 Microsoft Corporation. All rights reserved.\n\n"


def test_missing_ps1_file(tmp_path, capsys):
    path = str(tmp_path / "nope.ps1")
    code, err, _ = parse_failure(["-File", path], capsys)
    assert (code, err) == (64, f"The argument '{path}' to the -File parameter does not exist. Provide the path "
                               "to an existing '.ps1' file as an argument to the -File parameter.\n")


def test_topology_needs_a_value(capsys):
    code, err, _ = parse_failure(["-Topology"], capsys)
    assert code == 64
    assert err.startswith("Cannot process the command because -Topology requires a topology file")


# -- Read-Host in a one-shot run ---------------------------------------------------------------

def test_read_host_reads_the_next_line_of_standard_input(monkeypatch, capsys):
    stdin = "$n = Read-Host 'Name'\nlcarter\n\"hi $n\"\n"
    code, out, err = run_main(["-NoProfile", "-Command", "-"], stdin, monkeypatch, capsys)
    # -Command - runs without prompts (NoPrompt): the line read is not echoed
    assert (code, out, err) == (0, "Name: hi lcarter\n", "")


def test_read_host_prompt_joins_a_list_and_no_prompt_writes_nothing(monkeypatch, capsys):
    stdin = "Read-Host 'a', '', 'b'\nx y\nRead-Host\ntyped\n"
    code, out, _ = run_main(["-NoProfile", "-Command", "-"], stdin, monkeypatch, capsys)
    assert (code, out) == (0, "a b: x y\ntyped\n")


def test_read_host_echoes_the_line_under_command_text(monkeypatch, capsys):
    code, out, _ = run_main(["-NoProfile", "-Command", "$n = Read-Host 'Name'; \"hi $n\""], "lcarter\n",
                            monkeypatch, capsys)
    assert (code, out) == (0, "Name: lcarter\nhi lcarter\n")


def test_read_host_under_noninteractive_fails(monkeypatch, capsys):
    code, out, err = run_main(["-NoProfile", "-NonInteractive", "-Command", "Read-Host 'Name'"], "x\n",
                              monkeypatch, capsys)
    assert (code, out) == (1, "")
    assert err.startswith("Read-Host : Windows PowerShell is in NonInteractive mode. Read and Prompt "
                          "functionality is not available.\n")


# -- a file that cannot be written: .NET's text, never Python's --------------------------------

@pytest.mark.parametrize("command, first_line, error_id", [
    ("'x' | Out-File {path}", "Out-File : Access to the path '{path}' is denied.",
     "FileOpenFailure,Microsoft.PowerShell.Commands.OutFileCommand"),
    ("'x' | Export-Csv {path}", "Export-Csv : Access to the path '{path}' is denied.",
     "FileOpenFailure,Microsoft.PowerShell.Commands.ExportCsvCommand"),
    ("'x' | Tee-Object -FilePath {path}", "Tee-Object : Access to the path '{path}' is denied.",
     "FileOpenFailure,Microsoft.PowerShell.Commands.TeeObjectCommand"),
    ("'x' | Set-Content {path}", "Set-Content : Access to the path '{path}' is denied.",
     "GetContentWriterUnauthorizedAccessError,Microsoft.PowerShell.Commands.SetContentCommand"),
])
def test_writing_to_a_folder(command, first_line, error_id, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sub").mkdir()
    code, out, err = run_main(["-NoProfile", "-NonInteractive", "-Command", command.format(path="sub")], "",
                              monkeypatch, capsys)
    lines = err.splitlines()
    assert (code, out) == (1, "")
    assert "".join(lines).startswith(first_line.format(path="C:\\Users\\Administrator\\sub"))
    assert lines[-2] == f"    + FullyQualifiedErrorId : {error_id}"
    assert "Errno" not in err


def test_export_csv_into_a_missing_folder(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    path = "C:\\Users\\Administrator\\nodir\\x.csv"
    _, _, err = run_main(["-NoProfile", "-Command", "'x' | Export-Csv nodir/x.csv"], "", monkeypatch, capsys)
    # a long line is word-wrapped at the console width; the pieces keep their spaces
    assert "".join(err.splitlines()).startswith(f"Export-Csv : Could not find a part of the path '{path}'.")
    assert "    + CategoryInfo          : OpenError: (:) [Export-Csv], DirectoryNotFoundException" in err


# -- input nested too deeply: 5.1's call-depth error, never an internal error -------------------

# nesting beyond the engine's 60,000-frame recursion limit (cspshell/language/deepstack.py);
# 5.1 itself parses a few hundred levels, as the emulator now does
@pytest.mark.parametrize("text", ["(" * 20000 + "1" + ")" * 20000, "@{a=" * 20000 + "1" + "}" * 20000])
def test_deep_nesting_reports_call_depth_overflow(text, monkeypatch, capsys):
    code, out, err = run_main(["-NoProfile", "-Command", "-"], text + "\n'next'\n", monkeypatch, capsys)
    assert out == "next\n"
    assert err.startswith("The script failed due to call depth overflow.\n")
    assert "internal error" not in err and "Traceback" not in err
