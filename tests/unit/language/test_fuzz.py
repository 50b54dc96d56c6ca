"""Property: no input makes the engine raise a Python exception or print a traceback
(issue 2: "No input of any kind makes the process print a Python traceback or die").

Two generators: random text over PowerShell's punctuation and a few words, and random
sequences of real tokens. Inputs that could run for a long time or grow without bound
(loops, sleeps, huge ranges or repetitions) are filtered out; each example runs in a fresh
engine inside a temporary folder, so a stray `>` redirection or `sc` writes only there."""
from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cspshell.language.context import CaptureHost
from cspshell.language.engine import Engine

from .lang_helpers import bug

CHARS = "abcdefxyz$@{}()[];|,.'\"`#<>=+-*/%!&:?_ \n\t0123456789"
WORDS = ["if", "else", "foreach", "switch", "function", "param", "begin", "process", "end", "try", "catch",
         "finally", "throw", "return", "break", "continue", "exit", "trap", "in", "-eq", "-like", "-match",
         "-replace", "-split", "-join", "-f", "-as", "-is", "-not", "-and", "-contains", "-ErrorAction",
         "Write-Output", "Write-Error", "Write-Host", "Select-Object", "Where-Object", "ForEach-Object",
         "Measure-Object", "Sort-Object", "Group-Object", "Format-Table", "Format-List", "Get-Member",
         "[int]", "[string]", "[pscustomobject]", "[ordered]", "[datetime]", "[hashtable]", "$_", "$args",
         "$null", "$true", "$Error", "$Matches", "@(", "@{", "$(", "@'\n", "'@", '@"\n', '"@']
TOKENS = WORDS + ["1", "2", "0x1F", "3.5", "'a'", '"b $x"', "$x", "$y", "{", "}", "(", ")", "[", "]", "|", ";",
                  "\n", ",", ".", "..", "=", "+", "-", "*", "/", "%", "!", "-Name", "-Property", "x", "Name",
                  "Count", "Length", "ToUpper()", "::", "&", "`", "#", "<#", "#>", "-First", "1kb"]

# Loops and sleeps can run for ever; big numbers, size suffixes and ranges over them can
# allocate without bound. Examples containing them are skipped, not failed.
RISKY = re.compile(r"while|for|until|\bdo\b|sleep|read-host|\d{5,}|[0-9a-f]{5,}|\d\s*[kmgtp]b|\*\s*\d{3,}"
                   r"|get-content|gc\b|import-|invoke-|iex|start-|wait-", re.IGNORECASE)


def run_without_escaping(text: str) -> None:
    """Run ``text`` in a fresh engine; the test fails if Python code escapes or a traceback shows."""
    host = CaptureHost()
    engine = Engine(host)
    engine.run(text)
    printed = host.text
    assert "Traceback" not in printed
    assert 'File "' not in printed


FUZZ_SETTINGS = settings(max_examples=300, deadline=None, derandomize=True,
                         suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much,
                                                HealthCheck.function_scoped_fixture])


@pytest.fixture
def in_temp_folder(tmp_path, monkeypatch):
    """Run the example inside a fresh temporary folder."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


@FUZZ_SETTINGS
@given(text=st.text(alphabet=CHARS, max_size=60).filter(lambda t: not RISKY.search(t)))
def test_random_text_never_escapes(in_temp_folder, text):
    run_without_escaping(text)


@FUZZ_SETTINGS
@given(parts=st.lists(st.sampled_from(TOKENS), max_size=14),
       glue=st.lists(st.sampled_from(["", " ", " ", "\n"]), min_size=14, max_size=14))
def test_random_token_sequences_never_escape(in_temp_folder, parts, glue):
    text = "".join(part + sep for part, sep in zip(parts, glue))
    if RISKY.search(text):
        return
    run_without_escaping(text)


@pytest.mark.parametrize("text", [
    "@", "x @",
    pytest.param("4--"),
    pytest.param("'a'++"),
    "", " ", "\n\n", ";", "|", "}", ")", "]", "$", "@\n", "`", "'", '"', "#", "<#", "@'", '@"', "$(", "${",
    "1..", "..1", "-", "--", "++", "!", "&", ".", "::", "[", "[]", "[int]", "[nosuchtype]", "[int]::",
    "function", "param", "begin { }", "process", "switch ($x)", "try", "catch { }", "trap { }", "throw",
    "return 1", "break", "continue", "exit 'x'", "$x = ", "$x.", "$x[", "$null.Foo()", "$null[0]",
    "@{a=1}.a.b.c", "'a'.Substring(5)", "'{0}' -f", "1 -f 2", "[int]'x' -as [int]", "@() | % { $_ }",
    "function f { f }; f", "$a = @(); $a[0] = 1", "1,2 -replace '('", "'x' -match '['", "[regex]::Escape",
    "$h = @{}; $h.x.y = 1", "[pscustomobject]@{} | Select-Object", "1 | Sort-Object -Property { throw 'in sort' }",
    "Get-Member", "$input", "& $null", ". $null", "& 'no such thing'", "&{param([int]$x)} -x abc",
    "\x00", "\u00a0", "\u2013eq", "\u201chello\u201d", "$x = 'a' * 3; $x.Chars(99)",
])
def test_edge_inputs_never_escape(in_temp_folder, text):
    run_without_escaping(text)
