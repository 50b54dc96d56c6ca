"""Operators with Windows PowerShell 5.1's rules (reference 4.5; about_Arithmetic_Operators,
about_Comparison_Operators, about_Logical_Operators, about_Split, about_Join,
about_Operators, about_Type_Operators, about_Assignment_Operators 5.1).

Each case is PowerShell text and the console lines 5.1 prints for it."""
from __future__ import annotations

import pytest

from .lang_helpers import bug, cases, out


ARITHMETIC = [
    ("2 + 3 * 4", ["14"]),
    ("5 / 2", ["2.5"]),                         # reference 4.5: inexact integer division -> Double
    ("4 / 2", ["2"]),
    ("(4 / 2).GetType().Name", ["Int32"]),
    ("(5 / 2).GetType().Name", ["Double"]),
    ("7 % 3", ["1"]),
    ("-7 % 3", ["-1"]),                         # the sign follows the dividend (.NET remainder)
    ("-5 / 2", ["-2.5"]),
    ("2 * 3.5", ["7"]),
    ("0.1 + 0.2", ["0.3"]),                     # 15 significant digits when shown
    ("1/3", ["0.333333333333333"]),
    ("1e20", ["1E+20"]),
    ("[int]::MaxValue + 1", ["2147483648"]),    # NumericOps.cs IntOps.Add: an overflow gives a Double
    ("([int]::MaxValue + 1).GetType().Name", ["Double"]),
    ("[long]::MaxValue + 1", ["9.22337203685478E+18"]),   # LongOps.Add: the same for Int64
    ("(5 * 1L).GetType().Name", ["Int64"]),     # an Int64 operand keeps the result Int64
    ("1 + '2'", ["3"]),                         # number on the left converts the right
    ("'1' + 2", ["12"]),                        # string on the left concatenates
    ("'x' + 1 + 1", ["x11"]),
    ("'x' + (1 + 1)", ["x2"]),
    ("1 + $null", ["1"]),
    ("$null + 1", ["1"]),
    ("'a' + $null", ["a"]),
    ("'ab' * 3", ["ababab"]),                   # string repetition
    ("@(1,2) * 2", ["1", "2", "1", "2"]),       # array repetition
    ("1,2 + 3", ["1", "2", "3"]),               # array concatenation
    ("(,1 + 2).Count", ["2"]),
    ("-(2 + 3)", ["-5"]),
    ("+'7'", ["7"]),
]

INC_DEC_ASSIGN = [
    ("$x = 5; $x++; $x", ["6"]),
    ("$x = 5; ++$x", []),                       # a pre-increment statement outputs nothing
    ("$x = 5; (++$x)", ["6"]),
    ("$x = 5; ($x++)", ["5"]),
    ("$x = 5; $x--; $x", ["4"]),
    ("$i = 1; $j = $i++ + $i; $j", ["3"]),
    ("$u++; $u", ["1"]),                        # $null counts as 0
    ("$x = 10; $x += 5; $x -= 3; $x *= 2; $x /= 4; $x", ["6"]),
    ("$x = 7; $x %= 4; $x", ["3"]),
    ("$s = 'ab'; $s += 'cd'; $s", ["abcd"]),
    ("$a = 1,2; $a += 3; $a -join ','", ["1,2,3"]),
    ("$a = @(); $a += 1; $a += 'b'; $a.Count", ["2"]),
    ("$a, $b = 1, 2; \"$b $a\"", ["2 1"]),
    ("$a, $b = 1, 2, 3; $b -join ','", ["2,3"]),   # the last variable takes the rest
]

COMPARISON = [
    ("1 -eq 1", ["True"]),
    ("'abc' -eq 'ABC'", ["True"]),              # case-insensitive by default
    ("'abc' -ieq 'ABC'", ["True"]),
    ("'abc' -ceq 'ABC'", ["False"]),
    ("'b' -gt 'a'", ["True"]),
    ("'B' -cgt 'a'", ["True"]),
    ("10 -gt 9", ["True"]),
    ("'10' -gt 9", ["False"]),                  # left string: 9 becomes '9', compared as text
    ("10 -gt '9'", ["True"]),                   # left number: '9' becomes 9
    ("1 -eq '1.0'", ["True"]),                  # reference 4.5
    ("'1.0' -eq 1", ["False"]),
    ("'01' -eq 1", ["False"]),
    ("1 -eq '01'", ["True"]),
    ("$true -eq 'false'", ["True"]),            # a non-empty string is $true
    ("'false' -eq $false", ["True"]),           # $false becomes 'False'
    ("0 -eq ''", ["True"]),
    ("'' -eq 0", ["False"]),
    ("$null -eq $null", ["True"]),
    ("$null -eq 0", ["False"]),
    ("2 -ne 3", ["True"]),
    ("3 -ge 3", ["True"]),
    ("3 -le 2", ["False"]),
    ("3 -lt 2.5", ["False"]),
]

COLLECTION_FILTER = [
    # reference 4.5: a collection on the left filters instead of answering True/False
    ("1,2,3 -eq 2", ["2"]),
    ("'abc','def' -ne 'abc'", ["def"]),
    ("(1,2) -eq 3", []),
    ("((1,2) -eq 3).Count", ["0"]),
    ("(((1,2) -eq 3)).GetType().Name", ["Object[]"]),
    ("1,2,3 -gt 1", ["2", "3"]),
    ("1,2,3 -lt '3'", ["1", "2"]),
    ("'a1','b2','a3' -like 'a*'", ["a1", "a3"]),
    ("'a','B' -clike 'b'", []),
    ("'a','b' -replace 'a','z'", ["z", "b"]),
    ("'a1','b' -match '\\d'", ["a1"]),
    ("($null, 1 -eq $null).Count", ["1"]),      # the matching $null element is kept
    ("(1, $null, 2 -ne $null).Count", ["2"]),
    ("$null -eq @()", ["False"]),                # $null on the left: the null test
    ("@() -eq $null", []),
]

CONTAINMENT = [
    ("1,2,3 -contains 2", ["True"]),
    ("'abc' -contains 'b'", ["False"]),         # containment is not substring search
    ("'a','b' -contains 'A'", ["True"]),
    ("'a','b' -ccontains 'A'", ["False"]),
    ("1,2 -contains '2'", ["True"]),
    ("1,2 -notcontains 3", ["True"]),
    ("2 -in 1,2,3", ["True"]),
    ("4 -notin 1,2", ["True"]),
    ("'1 2' -in 1,2", ["False"]),
    ("'abc','def' -contains 'def'", ["True"]),  # reference 4.5
    ("'def' -in 'abc','def'", ["True"]),
]

WILDCARD_AND_REGEX = [
    ("'abc' -like 'A*'", ["True"]),
    ("'abc' -clike 'A*'", ["False"]),
    ("'abc' -notlike '*z'", ["True"]),
    ("'abc' -like '?b?'", ["True"]),
    ("'abc' -like '[a-c]bc'", ["True"]),
    ("'a*c' -like 'a`*c'", ["True"]),           # backtick escapes a wildcard
    ("'abc' -like 'a'", ["False"]),             # -like matches the whole string
    ("'abc' -match 'b'", ["True"]),             # -match finds anywhere
    ("'ABC' -cmatch 'b'", ["False"]),
    ("'ABC' -notmatch 'b'", ["False"]),
    ("'abc' -match 'b(c)'; $Matches[0]; $Matches[1]", ["True", "bc", "c"]),
    ("'John Smith' -match '(?<first>\\w+) (?<last>\\w+)'; $Matches.first; $Matches['last']",
     ["True", "John", "Smith"]),
    ("'abc' -match 'b'; 'xyz' -match 'q'; $Matches[0]", ["True", "False", "b"]),  # a failed match keeps $Matches
    ("'a1','b2' -match '\\d' | Out-Null; $null -eq $Matches", ["True"]),       # a collection does not set it
]

REPLACE = [
    ("'abc' -replace 'B', 'x'", ["axc"]),
    ("'abc' -creplace 'B', 'x'", ["abc"]),
    ("'John Smith' -replace '(\\w+) (\\w+)', '$2, $1'", ["Smith, John"]),
    ("'a-b' -replace '(?<x>a)', '${x}!'", ["a!-b"]),
    ("'a1b2' -replace '\\d'", ["ab"]),          # no replacement deletes
    ("'x' -replace 'x', '$&$&'", ["xx"]),
    ("'a.b' -replace '.', '-'", ["---"]),       # the pattern is a regex
]

SPLIT_JOIN = [
    ("'a,b,c' -split ','", ["a", "b", "c"]),
    ("'a,b,c' -split ',', 2", ["a", "b,c"]),
    ("'1,2;3' -split '[,;]'", ["1", "2", "3"]),
    ("'aXbxc' -split 'x'", ["a", "b", "c"]),     # case-insensitive
    ("'aXbxc' -csplit 'x'", ["aXb", "c"]),
    ("-split ' a b  c '", ["a", "b", "c"]),      # unary: whitespace, empties dropped
    ("('a b' -split ' ').Count", ["2"]),
    ("1,2,3 -join ','", ["1,2,3"]),
    ("1,2,3 -join ''", ["123"]),
    ("-join ('a','b')", ["ab"]),
    ("(1,2) -join ', '", ["1, 2"]),
    ("'a.b' -split '.', 0, 'SimpleMatch'", ["a", "b"]),
]

FORMAT = [
    ("'{0} is {1}' -f 'x', 5", ["x is 5"]),
    ("'{0,5}|{1,-5}|{2:N2}' -f 1, 2, 3.14159", ["    1|2    |3.14"]),
    ("'{0:N2}' -f 1234.5", ["1,234.50"]),
    ("'{0:N0}' -f 1234567", ["1,234,567"]),
    ("'{0:D3}' -f 7", ["007"]),
    ("'{0:X}' -f 255", ["FF"]),
    ("'{0:P0}' -f 0.5", ["50 %"]),              # .NET Framework en-US percent pattern
    ("'{0:0.00}' -f 2", ["2.00"]),
    ("'{{0}}' -f 1", ["{0}"]),
    ("'{1}{0}' -f 'a','b'", ["ba"]),
    ("'[{0}]' -f $null", ["[]"]),
    ("'{0:yyyy-MM-dd}' -f [datetime]'2010-12-20'", ["2010-12-20"]),
    ("'{0,8:N2}|' -f 3.14159", ["    3.14|"]),
]

LOGICAL_AND_BITWISE = [
    ("$true -and $false", ["False"]),
    ("$true -or $false", ["True"]),
    ("1 -xor 1", ["False"]),
    ("$true -xor $false", ["True"]),
    ("-not 0", ["True"]),
    ("-not 'false'", ["False"]),                # non-empty string
    ("!''", ["True"]),
    ("-not @()", ["True"]),
    ("-not @(0)", ["True"]),                    # one element: its own truth
    ("-not @(0,0)", ["False"]),                 # two or more elements: $true
    ("-not $null", ["True"]),
    ("$false -or 0 -or ''", ["False"]),
    ("1 -and 'a'", ["True"]),
    ("6 -band 3", ["2"]),
    ("6 -bor 3", ["7"]),
    ("6 -bxor 3", ["5"]),
    ("-bnot 0", ["-1"]),
    ("0x10 -band 0x18", ["16"]),
    ("$n = 0; $false -and ($n = 1); $n", ["False", "0"]),   # -and short-circuits
    ("$n = 0; $true -or ($n = 1); $n", ["True", "0"]),      # -or short-circuits
]

TYPE_OPERATORS = [
    ("5 -is [int]", ["True"]),
    ("5 -is [long]", ["False"]),
    ("5.0 -is [double]", ["True"]),
    ("'x' -is [string]", ["True"]),
    ("'x' -is [object]", ["True"]),
    ("$null -is [object]", ["False"]),
    ("@() -is [array]", ["True"]),
    ("5 -isnot [string]", ["True"]),
    ("'5' -as [int]", ["5"]),
    ("('7' -as [int]).GetType().Name", ["Int32"]),
    ("'x' -as [int]", []),                      # $null on failure, no error
    ("$null -eq ('x' -as [int])", ["True"]),
    ("'0x10' -as [int]", ["16"]),
]

CASTS = [
    ("[int]3.5", ["4"]),                        # reference 4.3: banker's rounding
    ("[int]2.5", ["2"]),
    ("[int]-2.5", ["-2"]),
    ("[int]'42'", ["42"]),
    ("[int]' 42 '", ["42"]),
    ("[int]$null", ["0"]),
    ("[int]$true", ["1"]),
    ("[bool]'False'", ["True"]),                # reference 4.3: non-empty string
    ("[bool]''", ["False"]),
    ("[bool]0", ["False"]),
    ("[bool]$null", ["False"]),
    ("[double]'1.5'", ["1.5"]),
    ("[string]42", ["42"]),
    ("[string](1,2,3)", ["1 2 3"]),             # $OFS joins
    ("([array]1).GetType().Name", ["Object[]"]),
    ("([array]1).Count", ["1"]),
    ("[hashtable]$h = @{}; $h.GetType().FullName", ["System.Collections.Hashtable"]),
    ("([datetime]'2010-11-05').Year", ["2010"]),
    ("([timespan]'01:02:03').TotalSeconds", ["3723"]),
    ("[math]::Round(2.5)", ["2"]),
    ("[int[]]('1','2') | ForEach-Object { $_.GetType().Name }", ["Int32", "Int32"]),
    ("[int]'1.5'", ["2"]),                      # through Double, then banker's rounding
    ("[int]'0x1F'", ["31"]),
    ("[int]''", ["0"]),
    ("[int]'1,000'", ["1000"]),
    ("[double]'1,5'", ["15"]),
    ("[string]$null -eq ''", ["True"]),
    ("([string]$null).Length", ["0"]),
    ("$null -eq [string]$null", ["False"]),
    ("[string]$null", [""]),                    # an empty string prints one empty line
    ("([long]5).GetType().Name", ["Int64"]),
]

RANGES_AND_INDEXES = [
    ("1..5 -join ','", ["1,2,3,4,5"]),
    ("5..1 -join ','", ["5,4,3,2,1"]),
    ("-1..1 -join ','", ["-1,0,1"]),
    ("$a = 1..10; $a[-1]", ["10"]),
    ("$a = 1..10; $a[1..2]", ["2", "3"]),
    ("$a = 1..10; $a[0,2]", ["1", "3"]),
    ("$a = 1..10; $a[20]", []),                 # out of range: $null, no error
    ("$a = 1..5; $a[-2..-1] -join ','", ["4,5"]),
    ("$a = 1..5; $a[1..-1] -join ','", ["2,1,5"]),   # the range runs 1,0,-1
    ("$a = 1..5; $a[10..11].Count", ["0"]),
    ("$s = 'hello'; $s[0]; $s[-1]", ["h", "o"]),
    ("$s = 'hello'; $s[1..3] -join ''", ["ell"]),
    ("$h = @{a=1}; $h['a']; $h.a; $h.A", ["1", "1", "1"]),   # keys case-insensitive
    ("$h = @{a=1}; $h['zz']; $h.zz", []),
]

MEMBERS = [
    ("$o = [pscustomobject]@{Name='n1'}; $o.Name", ["n1"]),
    ("$u = @([pscustomobject]@{Sip='a'}, [pscustomobject]@{Sip='b'}); $u.Sip", ["a", "b"]),  # member enumeration
    ("$u = @([pscustomobject]@{Sip='a'}, [pscustomobject]@{Sip='b'}); $u.Count", ["2"]),
    ("(1,2,3).Count", ["3"]),
    ("(1,2,3).Length", ["3"]),
    ("(5).Count", ["1"]),                       # a scalar has Count 1 (PS 3+)
    ("'abc'.Length", ["3"]),
    ("@().Count", ["0"]),
    ("@(1).Count", ["1"]),
    ("(,1).Count", ["1"]),
    ("@($null).Count", ["1"]),
    ("$null.Count", ["0"]),
    ("$u = $null; $u.Length", ["0"]),
    ("$o = [pscustomobject]@{N=1}; $o.Missing", []),
    ("$h = [ordered]@{b=1; a=2}; $h.Keys", ["b", "a"]),
    ("$h = @{}; $h.x = 1; $h['y'] = 2; $h.Count", ["2"]),
    ("$h = @{a=1}; $h += @{z=3}; $h.Count", ["2"]),
    ("$h = @{ k = 'v'; 'k 2' = 3 }; $h.'k 2'", ["3"]),
]

STRING_METHODS = [
    ("'abc'.ToUpper()", ["ABC"]),
    ("'ABC'.ToLower()", ["abc"]),
    ("'a,b'.Split(',')", ["a", "b"]),
    ("'a,b'.Split(',')[1]", ["b"]),
    ("'hello'.Substring(1,3)", ["ell"]),
    ("'hello'.Substring(1)", ["ello"]),
    ("'  x '.Trim() + '|'", ["x|"]),
    ("'  t  '.TrimStart() + '|'", ["t  |"]),
    ("'abc'.IndexOf('c')", ["2"]),
    ("'ABC'.IndexOf('b')", ["-1"]),             # .NET methods are case-sensitive
    ("'abc'.Contains('b')", ["True"]),
    ("'abc'.StartsWith('a')", ["True"]),
    ("'Hello'.EndsWith('LO')", ["False"]),
    ("'abc'.Replace('b','X')", ["aXc"]),
    ("'abc'.PadLeft(5) + '|'", ["  abc|"]),
    ("[string]::Join(',', @(1,2))", ["1,2"]),
    ("'A'.CompareTo('B')", ["-1"]),
    ("'abc'.ToUpper().ToLower()", ["abc"]),
    ("'a b c'.Split(' ').Count", ["3"]),
]


@pytest.mark.parametrize("text, expected", cases(
    ARITHMETIC + INC_DEC_ASSIGN + COMPARISON + COLLECTION_FILTER + CONTAINMENT + WILDCARD_AND_REGEX
    + REPLACE + SPLIT_JOIN + FORMAT + LOGICAL_AND_BITWISE + TYPE_OPERATORS + CASTS + RANGES_AND_INDEXES
    + MEMBERS + STRING_METHODS))
def test_operator(text, expected):
    assert out(text) == expected


# -- operator errors: 5.1 message, id and the extent of the failing expression ------------------

@pytest.mark.parametrize("text, message, error_id, col", [
    ("1 + 'x'", 'Cannot convert value "x" to type "System.Int32". Error: "Input string was not in a correct format."',
     "InvalidCastFromStringToInteger", 1),
    ("[int]'x'", 'Cannot convert value "x" to type "System.Int32". Error: "Input string was not in a correct format."',
     "InvalidCastFromStringToInteger", 1),
    ("$z = 0; 1 / $z", "Attempted to divide by zero.", "RuntimeException", 9),
    ("'a'..'c'", 'Cannot convert value "a" to type "System.Int32". Error: "Input string was not in a correct format."',
     "InvalidCastFromStringToInteger", 1),       # character ranges arrived in PowerShell 6
    pytest.param("[double]'x'", 'Cannot convert value "x" to type "System.Double". Error: "Input string was not in a '
                 'correct format."', "InvalidCastFromStringToDoubleOrSingle", 1),
    pytest.param("[decimal]'x'", 'Cannot convert value "x" to type "System.Decimal". Error: "Input string was not in a '
                 'correct format."', "InvalidCastFromStringToDecimal", 1),
])
def test_operator_errors(text, message, error_id, col):
    lines = out(text)
    assert lines[0] == message
    assert lines[1] == f"At line:1 char:{col}"
    assert lines[-2] == f"    + FullyQualifiedErrorId : {error_id}"


def test_format_with_too_few_arguments_is_an_error():
    # ParserStrings.FormatError wraps the .NET FormatException text (which ends in its own '.').
    text = " ".join(out("'{0} {1}' -f 1")[:2])
    assert text.startswith("Error formatting a string: Index (zero based) must be greater than or equal to zero "
                           "and less than the size of the ")
