"""Statements, strings, collections, functions and script blocks with 5.1's behaviour
(reference 4.1-4.6; about_If, about_Switch, about_Foreach, about_For, about_While, about_Do,
about_Break, about_Continue, about_Return, about_Functions, about_Functions_Advanced_Parameters,
about_Script_Blocks, about_Scopes, about_Quoting_Rules, about_Special_Characters,
about_Hash_Tables, about_PSCustomObject, about_Automatic_Variables 5.1).

Each case is PowerShell text and the console lines 5.1 prints for it. Alias names win over
function names in 5.1 (alias, function, cmdlet), so the test functions avoid names that are
built-in aliases (`h`, `r`, `fw`, `sp`, `gc` ...)."""
from __future__ import annotations

import pytest

from .lang_helpers import cases, out, run, run_units


STRINGS = [
    ("'a''b'", ["a'b"]),
    ('"a""b"', ['a"b']),
    ('"a`"b"', ['a"b']),
    ('"x`$y"', ["x$y"]),
    ("'no $expansion'", ["no $expansion"]),
    ('"tab`there"', ["tab\there"]),
    ('"a`nb"', ["a", "b"]),
    ('"``"', ["`"]),
    ('"`q"', ["q"]),                            # a backtick before another character yields it
    ("$x = 'v'; \"${x}y\"", ["vy"]),
    ("$x = 'v'; \"$x`y\"", ["vy"]),
    ("$x = 'v'; \"$($x)s\"", ["vs"]),
    ('"a $null b"', ["a  b"]),
    ('"arr: $(1,2,3)"', ["arr: 1 2 3"]),
    ("$OFS = '-'; \"arr: $(1,2,3)\"", ["arr: 1-2-3"]),
    ("$x = 1,2,3; \"x: $x\"", ["x: 1 2 3"]),
    ("$x = 1,2,3; \"$x[0]\"", ["1 2 3[0]"]),     # only $x expands
    ("$x = 1,2,3; \"$($x[0])\"", ["1"]),
    ("$o = [pscustomobject]@{Name='n1'}; \"$o.Name\"", ["@{Name=n1}.Name"]),  # reference 4.4
    ("$o = [pscustomobject]@{Name='n1'}; \"$($o.Name)\"", ["n1"]),
    ("$o = [pscustomobject]@{A=1;B=2}; \"$o\"", ["@{A=1; B=2}"]),
    ("$h = @{a=1}; \"h: $h\"", ["h: System.Collections.Hashtable"]),
    ('"$env:COMPUTERNAME"', ["BETA-LS14-EE1"]),
    ("$env:FOO = 'bar'; $env:FOO", ["bar"]),
    ("$n = 'W'; @\"\nHello $n\n  $(1+1) `t|\n\"@", ["Hello W", "  2 \t|"]),
    ("@'\nlit $n\n'@", ["lit $n"]),
    ("@'\n'@", [""]),
    ("\"multi\nline\"", ["multi", "line"]),
    ("'it' + \"'s\"", ["it's"]),
]

VARIABLES = [
    ("$Abc = 1; $aBC", ["1"]),                  # case-insensitive names
    ("${a b} = 2; ${a b}", ["2"]),
    ("$undefined", []),
    ("$null -eq $undefined", ["True"]),
    ("$true; $false", ["True", "False"]),
    ("$FormatEnumerationLimit", ["4"]),
    ("$ErrorActionPreference", ["Continue"]),
    ("$PSVersionTable.PSVersion.ToString().StartsWith('5.1')", ["True"]),
    ("1,2 | ForEach-Object { $PSItem * 3 }", ["3", "6"]),
    ("$x = 1..3 | Where-Object { $_ -gt 5 }; $null -eq $x", ["True"]),  # no output -> $null
    ("$x = 1..3 | Where-Object { $_ -gt 2 }; $x.GetType().Name", ["Int32"]),   # one -> scalar
    ("$x = 1..3 | Where-Object { $_ -gt 1 }; $x.GetType().Name", ["Object[]"]),
    ("$x = $y = 3; $x; $y", ["3", "3"]),
    ("($x = 4)", ["4"]),                        # a parenthesised assignment outputs its value
]

COLLECTIONS = [
    ("@(1,2,3).Count", ["3"]),
    ("@(@(1,2)).Count", ["2"]),                 # @() does not nest an array
    ("(1,(2,3)).Count", ["2"]),
    ("$x = ,(1,2); $x.Count; $x[0].Count", ["1", "2"]),
    ("$h = [ordered]@{b=1; a=2}; $h.Keys; $h['a']; $h.Count", ["b", "a", "2", "2"]),
    ("$h = [ordered]@{b=1}; $h.GetType().Name", ["OrderedDictionary"]),
    ("$h = @{}; $h.GetType().Name", ["Hashtable"]),
    ("$h = @{a=1}; $h.ContainsKey('A')", ["True"]),
    ("$h = @{\n  a = 1\n  b = 2\n}; $h.Count", ["2"]),
    ("$o = [pscustomobject]@{Z=1; A=2}; $o.psobject.Properties.Name", ["Z", "A"]),  # literal order
    ("$o = [pscustomobject]@{N=1}; $o.N = 5; $o.N", ["5"]),
    ("([pscustomobject]@{N=1}).GetType().FullName", ["System.Management.Automation.PSCustomObject"]),
    ("$list = [pscustomobject]@{n=1},[pscustomobject]@{n=2}; ($list.n | Measure-Object -Sum).Sum", ["3"]),
]

IF_SWITCH = [
    ("if (1 -gt 2) { 'a' } elseif (2 -gt 1) { 'b' } else { 'c' }", ["b"]),
    ("if ($null) { 'y' } else { 'n' }", ["n"]),
    ("if (@()) { 'y' } else { 'n' }", ["n"]),
    ("if ('0') { 'y' } else { 'n' }", ["y"]),       # a non-empty string is $true
    ("if (0) { 'y' } else { 'n' }", ["n"]),
    ("if (Write-Output 1) { 'y' }", ["y"]),          # a pipeline as the condition
    ("$r = if ($true) { 'yes' }; $r", ["yes"]),
    ("switch ('B') { 'b' { 'lower' } 'B' { 'upper' } }", ["lower", "upper"]),  # every match runs
    ("switch -casesensitive ('B') { 'b' { 'lower' } 'B' { 'upper' } }", ["upper"]),
    ("switch (1,2,3) { 2 { 'two'; continue } default { \"d$_\" } }", ["d1", "two", "d3"]),
    ("switch (1,2,3) { 2 { 'two'; break } default { \"d$_\" } }", ["d1", "two"]),
    ("switch -wildcard ('abc') { 'a*' { 'starts a' } '*c' { 'ends c' } default { 'none' } }",
     ["starts a", "ends c"]),
    ("switch ('abc') { 'a*' { 'wild' } default { 'no wildcard by default' } }", ["no wildcard by default"]),
    ("switch -exact ('a*') { 'a*' { 'exact' } }", ["exact"]),
    ("switch -regex ('abc', 'xyz') { '^a' { \"A:$_\" } 'y' { \"Y:$_\" } }", ["A:abc", "Y:xyz"]),
    ("switch -regex ('cat') { '^c(a)' { $Matches[1] } }", ["a"]),
    ("switch (5) { { $_ -gt 3 } { 'big' } 5 { 'five'; break } 5 { 'not reached' } }", ["big", "five"]),
    ("$r = switch (3) { 1 {'one'} 3 {'three'} }; $r", ["three"]),
    ("switch ($null) { $null { 'null' } default { 'd' } }", ["null"]),
    ("switch (@()) { default { 'never' } }; 'after'", ["after"]),
    ("switch (7) { 1 { 'one' } default { 'other' } }", ["other"]),
    ("switch ('10') { 10 { 'number ten' } }", ["number ten"]),
]

LOOPS = [
    ("foreach ($i in 1..3) { $i * 2 }", ["2", "4", "6"]),
    ("foreach ($i in $null) { 'never' }; 'done'", ["done"]),     # PS 3+: $null -> no iteration
    ("foreach ($i in 5) { $i }", ["5"]),
    ("$x = foreach ($i in 1..3) { $i * 2 }; $x -join ','", ["2,4,6"]),
    ("foreach ($i in 1..3) { if ($i -eq 2) { break }; $i }; 'after'", ["1", "after"]),
    ("foreach ($i in 1..3) { if ($i -eq 2) { continue }; $i }", ["1", "3"]),
    (":outer foreach ($i in 1..3) { foreach ($j in 1..3) { if ($j -eq 2) { continue outer }; \"$i$j\" } }",
     ["11", "21", "31"]),
    (":outer foreach ($i in 1..3) { foreach ($j in 1..3) { if ($i -eq 2) { break outer }; \"$i$j\" } }; 'x'",
     ["11", "12", "13", "x"]),
    ("for ($i = 0; $i -lt 3; $i++) { $i }", ["0", "1", "2"]),
    ("for ($i=0; $i -lt 10; $i++) { if ($i % 2) { continue }; if ($i -gt 6) { break }; $i }",
     ["0", "2", "4", "6"]),
    ("$i = 0; for (;;) { $i++; if ($i -ge 3) { break } }; $i", ["3"]),
    ("$i = 0; while ($true) { $i++; if ($i -gt 3) { break }; $i }", ["1", "2", "3"]),
    ("$i = 5; while ($i -lt 3) { 'never' }; 'skipped'", ["skipped"]),
    ("do { 'once' } while ($false)", ["once"]),
    ("$n = 0; do { $n++ } until ($n -ge 3); $n", ["3"]),
    ("$i = 0; do { $i; $i++ } while ($i -lt 3)", ["0", "1", "2"]),
    ("1..4 | ForEach-Object { if ($_ -eq 3) { continue }; $_ }; 'not reached'", ["1", "2"]),
    # break/continue outside a loop ends the whole input unit (about_Break)
    ("1..3 | ForEach-Object { if ($_ -eq 2) { break }; $_ }; 'not reached'", ["1"]),
]

FUNCTIONS = [
    ("function f2($a = 1, $b = 2) { \"$a $b\" }; f2; f2 -b 5", ["1 2", "1 5"]),
    ("function f3 { param([int]$a = 5, [switch]$s) \"a=$a s=$s\" }; f3; f3 3 -s; f3 -a 7 -s:$false",
     ["a=5 s=False", "a=3 s=True", "a=7 s=False"]),
    ("function t { param([int]$Count, [string]$S, [switch]$W) \"C=$Count\"; $null -eq $S; $W.IsPresent }; t",
     ["C=0", "False", "False"]),
    ("function t { param([switch]$W) $W.IsPresent; $W.GetType().Name }; t -W", ["True", "SwitchParameter"]),
    ("function g { param([Parameter(Mandatory)][string]$Name) \"hi $Name\" }; g -Name x", ["hi x"]),
    ("function g { param([Parameter(Mandatory=$true)][string]$Name) \"hi $Name\" }; g x", ["hi x"]),
    ("function rr { \"args: $args\"; $args.Count }; rr 1 2 3", ["args: 1 2 3", "3"]),
    ("function e2 { $args.Count; $args[0].GetType().Name }; e2 a,b", ["1", "Object[]"]),
    ("function fa { $args | ForEach-Object { \"[$_]\" } }; fa -Identity x -- -y", ["[-Identity]", "[x]", "[-y]"]),
    ("function ff($a) { \"a=$a\"; $args | ForEach-Object { \"[$_]\" } }; ff 1 -b 2", ["a=1", "[-b]", "[2]"]),
    ("function fr { return 1; 2 }; fr", ["1"]),
    ("function fg { 1; return; 2 }; fg", ["1"]),
    ("function hh { 1..3 | ForEach-Object { if ($_ -eq 2) { return }; $_ }; 'end' }; hh", ["1", "3", "end"]),
    ("function fact($n) { if ($n -le 1) { 1 } else { $n * (fact ($n - 1)) } }; fact 5", ["120"]),
    ("function pbe { begin { 'b' } process { \"p$_\" } end { 'e' } }; 1,2 | pbe", ["b", "p1", "p2", "e"]),
    ("function q { $input | ForEach-Object { $_ * 2 } }; 1,2,3 | q", ["2", "4", "6"]),
    ("function qc { @($input).Count }; 1,2 | qc", ["2"]),
    ("filter dbl { $_ * 2 }; 1,2,3 | dbl", ["2", "4", "6"]),
    ("function u { [CmdletBinding()] param([Parameter(ValueFromPipelineByPropertyName)][string]$Name) "
     "process { \"N=$Name\" } }; [pscustomobject]@{Name='a'},[pscustomobject]@{Name='b'} | u", ["N=a", "N=b"]),
    ("function v { [CmdletBinding()] param([Parameter(ValueFromPipeline)][int]$X) process { $X * 2 } }; 1,2 | v",
     ["2", "4"]),
    ("function Get-Sum { param([Parameter(ValueFromPipeline)][int[]]$Value) begin { $t = 0 } "
     "process { foreach ($v in $Value) { $t += $v } } end { $t } }; 1..4 | Get-Sum; Get-Sum -Value 5,6",
     ["10", "11"]),
    ("function t { [CmdletBinding()] param([switch]$Force, [string[]]$Property, [int]$Count) "
     "\"Force=$Force Property=$($Property -join '|') Count=$Count\" }; "
     "t -Force:$false -Property MachineId,Fqdn -Count:3; t -f -p a -c 1",
     ["Force=False Property=MachineId|Fqdn Count=3", "Force=True Property=a Count=1"]),
    ("function w { [CmdletBinding()] param() Write-Verbose 'vv'; 'out' }; w; w -Verbose",
     ["out", "VERBOSE: vv", "out"]),
    ("function Get-Twice { param($v) $v; $v }; (Get-Twice 3).Count", ["2"]),
    ("function GET-upper { 'called' }; get-UPPER", ["called"]),   # names are case-insensitive
]

SCOPES = [
    ("$x = 'outer'; function readx { $x }; readx", ["outer"]),
    ("$x = 'outer'; function setx { $x = 'inner'; $x }; setx; $x", ["inner", "outer"]),
    ("$global:g = 1; function setg { $global:g = 2 }; setg; $g", ["2"]),
    ("function sets { $script:s = 3 }; sets; $s", ["3"]),
    ("$v = 1; . { $v = 2 }; $v", ["2"]),         # dot-sourcing runs in the caller's scope
    ("$v = 1; & { $v = 3 }; $v", ["1"]),         # & runs in a child scope
    ("1..3 | ForEach-Object { $last = $_ }; $last", ["3"]),   # ForEach-Object runs in the caller's scope
]

SPLATTING_AND_REDIRECTION = [
    ("function Show-Pair($Name, $Count) { \"$Name/$Count\" }; $p = @{Name='n'; Count=2}; Show-Pair @p", ["n/2"]),
    ("function Show-Pair($Name, $Count) { \"$Name/$Count\" }; $a = 'x','y'; Show-Pair @a", ["x/y"]),
    ("$p = @{ First = 1 }; 1..5 | Select-Object @p", ["1"]),
    ("$null = Write-Output 'swallowed'; [void](Write-Output 'v'); Write-Output 'o' | Out-Null; 'visible'",
     ["visible"]),
    ("Write-Error 'e' 2>&1 | ForEach-Object { \"got: $_\" }", ["got: e"]),
    ("Write-Output 'x' *> $null; 'after'", ["after"]),
    ("Write-Warning 'w' 3> $null; 'after'", ["after"]),
    ("Write-Warning 'w' 3>&1 | ForEach-Object { \"got: $_\" }", ["got: w"]),
    ("'a' > out.txt; 'b' >> out.txt; Get-Content out.txt", ["a", "b"]),
    ("Write-Error 'e' 2> err.txt; (Get-Content err.txt).Count -gt 0", ["True"]),   # the record's text goes to the file
]

SCRIPT_BLOCKS = [
    ("$sb = { param($x) $x * 2 }; & $sb 4; $sb.Invoke(5)", ["8", "10"]),
    ("$sb = { param($a, $b = 'B') \"$a-$b\" }; & $sb 1; & $sb 1 2", ["1-B", "1-2"]),
    ("& { $args.Count } 1 2 3", ["3"]),
    ("$sb = { \"n=$_\" }; 1,2 | ForEach-Object $sb", ["n=1", "n=2"]),
    ("1,2 | & { process { \"p:$_\" } }", ["p:1", "p:2"]),
    ("1,2,3 | & { begin { $s = 0 } process { $s += $_ } end { \"sum=$s\" } }", ["sum=6"]),
    ("$sb = { 1 + 1 }; \"[$sb]\"", ["[ 1 + 1 ]"]),          # the text between the braces, as typed
    ("$sb = { 1 + 1 }; $sb.ToString().Length", ["7"]),
    ("({ 'x' }).GetType().FullName", ["System.Management.Automation.ScriptBlock"]),
    ("$f = 'Write-Output'; & $f 'via name'", ["via name"]),
]

TRY_CATCH = [
    ("try { throw 'boom' } catch { \"caught: $_\" } finally { 'fin' }", ["caught: boom", "fin"]),
    ("try { throw 'boom' } catch { $_.GetType().FullName; $_.Exception.GetType().FullName; "
     "$_.Exception.Message; $_.FullyQualifiedErrorId; $_.CategoryInfo.Category }",
     ["System.Management.Automation.ErrorRecord", "System.Management.Automation.RuntimeException", "boom", "boom",
      "OperationStopped"]),
    ("try { Get-Nothing } catch { $_.Exception.GetType().Name; $_.FullyQualifiedErrorId }",
     ["CommandNotFoundException", "CommandNotFoundException"]),
    ("try { [int]'x' } catch [System.Management.Automation.RuntimeException] { 'rt' }", ["rt"]),
    ("try { Get-Variable nope -ErrorAction Stop } catch [System.Management.Automation.ItemNotFoundException] { 'inf' }",
     ["inf"]),
    ("try { try { throw 'inner' } finally { 'f1' } } catch { \"outer caught $_\" }", ["f1", "outer caught inner"]),
    ("function t1 { try { return 'r' } finally { 'fin' } }; t1", ["r", "fin"]),
    ("try { Write-Error 'bad' -ErrorAction Stop } catch { \"caught $_\" }", ["caught bad"]),
    ("$ErrorActionPreference = 'Stop'; try { Write-Error 'x'; 'not here' } catch { 'c' }", ["c"]),
    ("try { throw 'x' } catch { 'in catch' }; 'after'", ["in catch", "after"]),
    ("$z = 0; try { 1/$z } catch [System.DivideByZeroException] { 'div' } catch { 'other' }", ["div"]),
    ("try { Write-Error 'w' -ErrorAction Stop } "
     "catch [System.Management.Automation.ActionPreferenceStopException] { 'apse' } catch { 'other' }", ["apse"]),
    ("try { throw [System.ArgumentException]'bad arg' } catch [System.ArgumentException] { $_.Exception.Message }",
     ["bad arg"]),
]


@pytest.mark.parametrize("text, expected", cases(
    STRINGS + VARIABLES + COLLECTIONS + IF_SWITCH + LOOPS + FUNCTIONS + SCOPES + SPLATTING_AND_REDIRECTION
    + SCRIPT_BLOCKS + TRY_CATCH))
def test_statement(text, expected, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)        # redirections write into a fresh folder
    assert out(text) == expected


def test_non_terminating_error_inside_try_is_not_caught():
    # about_Try_Catch_Finally: only terminating errors are caught.
    lines = out("try { 'a'; Write-Error 'nt'; 'b' } catch { 'not caught' }")
    assert lines[0] == "a"
    assert lines[-1] == "b"
    assert "not caught" not in lines
    assert any(line.endswith(" : nt") for line in lines)


@pytest.mark.parametrize("text, expected", [
    ("if ($true) { 'a'; Write-Warning 'w'; 'b' }", ["a", "WARNING: w", "b"]),
    ("foreach ($i in 1..2) { $i; Write-Warning \"w$i\" }", ["1", "WARNING: w1", "2", "WARNING: w2"]),
    ("try { 'a'; Write-Warning 'w'; 'b' } finally { }", ["a", "WARNING: w", "b"]),
    ("$i = 0; while ($i -lt 1) { $i++; 'o'; Write-Warning 'w' }", ["o", "WARNING: w"]),
])
def test_output_and_other_streams_keep_their_order(text, expected):
    # Statement output streams to Out-Default as it is produced; strings print at once.
    assert out(text) == expected


def test_functions_persist_between_input_units():
    assert run_units("function Get-Answer { 42 }", "Get-Answer") == ["42"]


def test_variables_persist_between_input_units():
    assert run_units("$keep = 'kept'", "$keep") == ["kept"]


def test_exit_stops_the_input_and_sets_the_code():
    result = run("'before'; exit 3; 'after'")
    assert result.lines == ["before"]
    assert result.engine.exit_code == 3


def test_an_error_in_one_statement_does_not_stop_the_next():
    lines = out("Get-Nothing; 'next'")
    assert lines[-1] == "next"
    assert lines[0].startswith("Get-Nothing : The term 'Get-Nothing' is not recognized")
