"""Redirection of all streams as Windows PowerShell 5.1 does it.

Sources: about_Redirection (5.1); the 5.1 code base (PowerShell repository at 403ae3f53f):
Parser.RedirectionRule (reserved operators, one redirection per stream, redirections filed by
stream), MiscOps.cs (FileRedirection / MergingRedirection binding, PipelineOps.AddCommand
inheritance, ReportErrorRecord), MshCommandRuntime.cs (what each stream writes and when),
ScriptCommandProcessor.RunClause, Out-File.cs (width, byte order mark, nothing written when no
object came), PowerShellCore_format_ps1xml.cs / HelpV3_format_ps1xml.cs (record views),
ConsoleLineOutput.cs (WARNING:/VERBOSE:/DEBUG: on the console only); PathUtils / Out-File
errors as 5.1 prints them (``out-file : Could not find a part of the path ...``).
"""
from __future__ import annotations

import os

import pytest

from cspshell.formatting import out_default
from cspshell.language import redirection

from .lang_helpers import parse_failure, run, run_units

BOM = b"\xff\xfe"


def utf16(*lines: str) -> bytes:
    """Out-File's bytes for these lines: UTF-16 LE, CRLF after each line."""
    return "".join(line + "\r\n" for line in lines).encode("utf-16-le")


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)     # the engine's current folder: redirections write here


def read(name: str) -> bytes:
    with open(name, "rb") as handle:
        return handle.read()


# -- parsing -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, message, col, length", [
    ('if (36 < 42) { "true" } else { "false" }', "The '<' operator is reserved for future use.", 8, 1),
    ("Get-Content a.txt < b.txt", "The '<' operator is reserved for future use.", 19, 1),
    ("Write-Output x 1>&2", "The '1>&2' operator is reserved for future use.", 16, 4),
    ("Write-Output x 2>&2", "The '2>&2' operator is reserved for future use.", 16, 4),
    ("Write-Output x 1>&1", "The '1>&1' operator is reserved for future use.", 16, 4),
])
def test_reserved_redirection_operators(text, message, col, length):
    failure = parse_failure(text)
    assert (failure.error_id, failure.message, failure.col, failure.length) == (
        "RedirectionNotSupported", message, col, length)


@pytest.mark.parametrize("text, stream, col, length", [
    ("Write-Output x > a.txt > b.txt", "output stream", 24, 7),
    ("Write-Output x 2>&1 2>$null", "error stream", 21, 7),
    ("Write-Output x 3> a.txt 3>&1", "warning stream", 25, 4),
    ("Write-Output x *> a.txt *>&1", "* stream", 25, 4),
])
def test_a_stream_is_redirected_once(text, stream, col, length):
    failure = parse_failure(text)
    assert (failure.error_id, failure.message, failure.col, failure.length) == (
        "StreamAlreadyRedirected", f"The {stream} for this command is already redirected.", col, length)


def test_redirections_are_filed_by_stream_all_first():
    from cspshell.errors import SourceText
    from cspshell.language.parser import Parser
    body = Parser(SourceText("Write-Output x 3>&1 2> e.txt > o.txt *>&1")).parse_script()
    command = body.end[0].elements[0]
    assert [r.op for r in command.redirections] == ["*>&1", ">", "2>", "3>&1"]


# -- files ---------------------------------------------------------------------------------

def test_success_stream_to_a_file_is_utf16_with_bom_and_crlf():
    assert run("'a' > x.txt").lines == []
    assert read("x.txt") == BOM + utf16("a")


def test_append_adds_no_second_byte_order_mark():
    run_units("'a' > x.txt", "'b' >> x.txt", "'c' 1>> x.txt")
    assert read("x.txt") == BOM + utf16("a", "b", "c")


def test_append_to_a_new_file_starts_with_the_byte_order_mark():
    run("'a' >> new.txt")
    assert read("new.txt") == BOM + utf16("a")


def test_append_keeps_the_bytes_already_there():
    with open("log.txt", "wb") as handle:
        handle.write(b"ascii\r\n")
    run("'more' >> log.txt")
    assert read("log.txt") == b"ascii\r\n" + utf16("more")   # 5.1 appends Unicode whatever the file holds


def test_overwrite_replaces_the_content():
    run_units("1..3 > x.txt", "'z' > x.txt")
    assert read("x.txt") == BOM + utf16("z")


def test_nothing_sent_leaves_an_empty_file_and_null_writes_the_mark():
    # Out-File.cs: with no ProcessRecord nothing is flushed; $null is still one input object
    lines = run_units("Write-Error e > nothing.txt", "$null > null.txt")
    assert read("nothing.txt") == b""
    assert read("null.txt") == BOM
    assert any(line.endswith(" : e") for line in lines)   # the error still reaches the console


def test_the_file_holds_what_the_console_shows():
    text = "[pscustomobject]@{Name='a'; Count=1}"
    console = run(text).lines
    run(text + " > t.txt")
    assert read("t.txt") == BOM + utf16(*console)
    assert console == ["", "Name Count", "---- -----", "a        1", "", ""]


def test_redirection_output_is_not_passed_down_the_pipeline():
    assert run("Write-Output a > x.txt | ForEach-Object { 'seen' }").lines == []


@pytest.mark.parametrize("target", ["$null", "''", "' '"])
def test_an_empty_target_discards(target):
    assert run(f"'a' > {target}; Write-Warning w 3> {target}; 'after'").lines == ["after"]
    assert os.listdir(".") == []


def test_error_stream_to_a_file_holds_the_console_error_view():
    statement = "$o | Select-Object -ExpandProperty n 2> err.txt"
    result = run_units("$o = [pscustomobject]@{m=2}", statement + "; $?")
    assert result == ["False"]
    assert read("err.txt") == BOM + utf16(
        'Select-Object : Property "n" cannot be found.',
        "At line:1 char:6",
        "+ " + statement + "; $?",
        "+      " + "~" * len("Select-Object -ExpandProperty n 2> err.txt"),
        "    + CategoryInfo          : InvalidArgument: (@{m=2}:PSObject) [Select-Object], PSArgumentException",
        "    + FullyQualifiedErrorId : ExpandPropertyNotFound,Microsoft.PowerShell.Commands.SelectObjectCommand",
        " ")


def test_informational_streams_write_their_message_only():
    lines = run_units("Write-Warning w 3> w.txt", "Write-Verbose v -Verbose 4> v.txt",
                      "Write-Debug d -Debug 5> d.txt", "Write-Information i 6> i.txt", "Write-Host h 6> h.txt")
    assert lines == []
    for name, text in (("w", "w"), ("v", "v"), ("d", "d"), ("i", "i"), ("h", "h")):
        assert read(f"{name}.txt") == BOM + utf16(text)


def test_a_message_that_is_not_written_is_not_redirected():
    run_units("Write-Verbose v 4> v.txt", "Write-Warning w -WarningAction SilentlyContinue 3> w.txt")
    assert read("v.txt") == b"" and read("w.txt") == b""


def test_all_streams_to_one_file_in_order():
    run("& { 'out'; Write-Warning w; Write-Verbose v -Verbose; Write-Information i; Write-Host h } *> all.txt")
    assert read("all.txt") == BOM + utf16("out", "w", "v", "i", "h")


def test_separate_files_per_stream():
    assert run("& { 'out'; Write-Warning w } > o.txt 3> w.txt").lines == []
    assert (read("o.txt"), read("w.txt")) == (BOM + utf16("out"), BOM + utf16("w"))


WIDE = 400  # a console wide enough that the long temporary paths in messages are not wrapped


def test_one_file_twice_is_in_use():
    lines = run("'a' > same.txt 3> same.txt", width=WIDE).lines
    assert lines[0].startswith("out-file : The process cannot access the file '")
    assert lines[0].endswith("same.txt' because it is being used by another process.")


def test_missing_folder_is_out_files_error_and_the_command_never_runs(tmp_path):
    result = run("Write-Host ran > nofolder/x.txt; 'next'", width=WIDE)
    path = "C:\\Users\\Administrator\\nofolder\\x.txt"
    assert result.lines == [
        f"out-file : Could not find a part of the path '{path}'.",
        "At line:1 char:1",
        "+ Write-Host ran > nofolder/x.txt; 'next'",
        "+ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~",
        "    + CategoryInfo          : OpenError: (:) [Out-File], DirectoryNotFoundException",
        "    + FullyQualifiedErrorId : FileOpenFailure,Microsoft.PowerShell.Commands.OutFileCommand",
        " ",
        "next"]
    assert not os.path.exists("nofolder")


def test_a_folder_or_a_read_only_file_is_access_denied(tmp_path):
    os.mkdir("d")
    with open("ro.txt", "wb") as handle:
        handle.write(b"keep")
    os.chmod("ro.txt", 0o444)
    lines = run_units("'x' > d", "'x' >> ro.txt", width=WIDE)
    denied = [line for line in lines if line.startswith("out-file : ")]
    assert denied == [f"out-file : Access to the path 'C:\\Users\\Administrator\\{name}' is denied."
                      for name in ("d", "ro.txt")]
    assert read("ro.txt") == b"keep"


# -- merging ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Write-Error e 2>&1 | ForEach-Object { $_.GetType().FullName }", ["System.Management.Automation.ErrorRecord"]),
    ("$x = Write-Error e 2>&1; \"[$x]\"", ["[e]"]),
    ("Write-Warning w 3>&1 | ForEach-Object { $_.GetType().FullName }",
     ["System.Management.Automation.WarningRecord"]),
    ("Write-Verbose v -Verbose 4>&1 | ForEach-Object { $_.GetType().FullName }",
     ["System.Management.Automation.VerboseRecord"]),
    ("Write-Debug d -Debug 5>&1 | ForEach-Object { $_.GetType().FullName }",
     ["System.Management.Automation.DebugRecord"]),
    ("Write-Information i 6>&1 | ForEach-Object { $_.GetType().FullName }",
     ["System.Management.Automation.InformationRecord"]),
    ("$h = Write-Host hi 6>&1; $h.Source; $h.Tags; \"$h\"", ["Write-Host", "PSHOST", "hi"]),
    ("$w = Write-Warning w 3>&1; $w.Message; \"$w\"", ["w", "w"]),
])
def test_merged_records(text, expected):
    assert run(text).lines == expected


def test_merged_records_reaching_the_console_are_written_as_their_stream():
    text = ("Write-Warning w 3>&1; Write-Verbose v -Verbose 4>&1; Write-Debug d -Debug 5>&1; "
            "Write-Information i 6>&1; $x = Write-Warning later 3>&1; $x")
    assert run(text).lines == ["WARNING: w", "VERBOSE: v", "DEBUG: d", "i", "WARNING: later"]


def test_merged_error_reaching_the_console_is_the_error_view():
    result = run("Write-Error oops 2>&1")
    assert result.lines[0].endswith(" : oops")
    assert result.ok is False


def test_output_and_merged_records_keep_their_order():
    text = "function f { 'a'; Write-Warning w; 'b'; Write-Error e; 'c' }; f 3>&1 2>&1 | ForEach-Object { \"$_\" }"
    assert run(text).lines == ["a", "w", "b", "e", "c"]


def test_a_statement_error_inside_a_redirected_function_is_redirected():
    # MiscOps.ReportErrorRecord: the function's error pipe takes it, and the function goes on
    text = "function g { 1/0; 'after' }; g 2>&1 | ForEach-Object { \"got: $_\" }"
    assert run(text).lines == ["got: Attempted to divide by zero.", "got: after"]


def test_silently_continue_records_the_error_but_does_not_redirect_it():
    text = "Write-Error e -ErrorAction SilentlyContinue 2>&1 | ForEach-Object { 'merged' }; $Error.Count"
    assert run(text).lines == ["1"]


def test_discarded_errors_still_reach_error_and_set_dollar_question():
    assert run("Write-Error e 2>$null; $?; $Error.Count").lines == ["False", "1"]


def test_all_streams_merged_then_output_to_a_file():
    # '*>&1' is bound first, to the pipeline: warnings go on; errors join the output when written,
    # and the output now goes to the file
    lines = run("& { 'o'; Write-Warning w; Write-Error e } *>&1 > f.txt").lines
    assert lines == ["WARNING: w"]
    text = read("f.txt").decode("utf-16-le")
    assert text.startswith("\ufeffo\r\n") and " : e\r\n" in text


def test_output_to_a_file_then_warnings_merged_follow_it():
    assert run("& { 'o'; Write-Warning w } 3>&1 > f.txt").lines == []
    assert read("f.txt") == BOM + utf16("o", "w")


def test_cmdlets_running_script_blocks_pass_on_streams_3_to_6_but_not_a_merged_error_stream():
    # AddCommand: warning pipes come from the current command processor; a cmdlet's merged
    # error stream is not a pipe its script block's commands can inherit (only a script
    # command redirects its commands' errors: ScriptCommandProcessor.RunClause)
    assert run("1 | ForEach-Object { Write-Warning w } 3>&1 | ForEach-Object { \"got $_\" }").lines == ["got w"]
    lines = run("1 | ForEach-Object { Write-Error inner } 2>&1 | ForEach-Object { \"got $_\" }").lines
    assert lines[0].endswith(" : inner") and not any(line.startswith("got") for line in lines)


def test_a_cmdlets_error_file_is_passed_on_to_its_script_block():
    assert run("1 | ForEach-Object { Write-Error inner } 2> e.txt").lines == []
    assert " : inner\r\n" in read("e.txt").decode("utf-16-le")


def test_information_is_redirected_whatever_the_preference_unless_ignore():
    text = ("Write-Information a 6>&1; Write-Information b -InformationAction Ignore 6>&1; "
            "& { Write-Host c; Write-Information d -InformationAction Continue } 6> $null; 'end'")
    assert run(text).lines == ["a", "end"]


def test_an_inner_redirection_wins_over_the_inherited_one():
    text = "function f { Write-Warning inner 3> $null; Write-Warning outer }; f 3>&1 | ForEach-Object { \"got $_\" }"
    assert run(text).lines == ["got outer"]


def test_expression_redirections():
    assert run("$(Write-Warning w; 'x') 3>&1 | ForEach-Object { \"got $_\" }").lines == ["got w", "got x"]
    assert run("(1, 2) > n.txt").lines == []
    assert read("n.txt") == BOM + utf16("1", "2")


# -- safety ------------------------------------------------------------------------------------

class _Boom(Exception):
    """Stands for an emulator fault."""


def _fail_on(monkeypatch, text: str) -> None:
    """Make the file renderer fail (a Python error) when it meets ``text``."""
    feed = out_default.LineRenderer.feed

    def failing(self, obj):
        if obj == text:
            raise _Boom("renderer fault")
        return feed(self, obj)
    monkeypatch.setattr(out_default.LineRenderer, "feed", failing)


def test_an_emulator_fault_leaves_an_overwritten_file_as_it_was(monkeypatch):
    with open("x.txt", "wb") as handle:
        handle.write(b"old")
    _fail_on(monkeypatch, "bad")
    lines = run("'good', 'bad' > x.txt").lines
    assert lines[0].startswith("cspshell internal error: _Boom")
    assert read("x.txt") == b"old"
    assert os.listdir(".") == ["x.txt"]


def test_an_emulator_fault_takes_back_what_an_append_added(monkeypatch):
    with open("x.txt", "wb") as handle:
        handle.write(b"old")
    _fail_on(monkeypatch, "bad")
    run("'good', 'bad' >> x.txt")
    assert read("x.txt") == b"old"
    run("'good', 'bad' >> fresh.txt")
    assert not os.path.exists("fresh.txt")


def test_a_powershell_error_keeps_what_was_written():
    run("1, 2 | ForEach-Object { if ($_ -eq 2) { throw 'boom' }; $_ } > x.txt")
    assert read("x.txt") == BOM + utf16("1")


def test_a_stopped_pipeline_closes_the_file():
    assert run("1..5 > x.txt | Select-Object -First 1").lines == []
    assert read("x.txt") == BOM + utf16("1", "2", "3", "4", "5")


def test_is_fault_separates_emulator_faults_from_powershell_signals():
    from cspshell.errors import ErrorRecord, PSError
    from cspshell.language.context import BreakSignal
    assert redirection.is_fault(ValueError())
    assert not redirection.is_fault(PSError(ErrorRecord(message="m", error_id="x")))
    assert not redirection.is_fault(BreakSignal())
    assert not redirection.is_fault(GeneratorExit())
