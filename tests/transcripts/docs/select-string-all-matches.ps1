# source: reference/5.1/Microsoft.PowerShell.Utility/Select-String.md Example 9 (a Match lists Groups {0}, Success, Name 0, Captures {0}, Index, Length, Value; Matches holds the first match of each line unless -AllMatches), adapted to piped strings; list layout per powershell-semantics.md 1.4
$lines = 'Describes the parameters that Windows PowerShell', 'Windows PowerShell Workflow adds the activity common', 'PowerShell and PowerShell'
$A = $lines | Select-String -Pattern 'PowerShell'
$A[1].Matches
$A.Matches.Length
$B = $lines | Select-String -Pattern 'PowerShell' -AllMatches
$B.Matches.Length
