# source: reference/7.4/Microsoft.PowerShell.Utility/Sort-Object.md Example 9 (1..20 | Sort-Object {$_ % 3} without -Stable: 18 3 15 6 12 9 1 16 13 10 7 4 19 11 8 14 5 17 2 20, the order List.Sort's introsort gives; 5.1 sorts the same way, reference/powershell-semantics.md 3.3 "Not stable in 5.1"); PowerShell v6.0.0 Sort-Object.Tests.ps1 ("Sort-Object with Non Case-Sensitive Unique should work": the second of two tied smiths is kept)
(1..20 | Sort-Object { $_ % 3 }) -join ' '
$a = [pscustomobject]@{ FirstName = 'john'; LastName = 'smith' }
$b = [pscustomobject]@{ FirstName = 'joesph'; LastName = 'smith' }
$c = [pscustomobject]@{ FirstName = 'john'; LastName = 'smyth' }
$employees = $a, $b, $c
($employees | Sort-Object -Property LastName -Descending -Unique).FirstName
