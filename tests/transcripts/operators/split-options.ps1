# source: PowerShell v6.0.0 test/powershell/Language/Operators/SplitOperator.Tests.ps1 ("works with Singleline", "works with Multiline", "works with ExplicitCapture", "works with SimpleMatch", "can be case-insensitive and case-sensitive", "can works with script block", "can preserve delimiter"); about_Split (5.1) split options
("a12a`nb34b`nc56c" -split 'b.+c').Count
("a12a`nb34b`nc56c" -split 'b.+c', 0, 'Singleline').Count
("a12a`nb34b`nc56c" -split '^b', 0, 'Multiline')[1]
'a:b' -split '(:)'
'a:b' -split '(:)', 0, 'ExplicitCapture'
'abc' -split 'B', 0, 'SimpleMatch,IgnoreCase'
'a.b.c' -split '.', 0, 'SimpleMatch'
'abcBd' -csplit 'B', 0, 'IgnoreCase'
'a::b::c::d' -split { $_ -eq 'b' -or $_ -eq 'C' }
