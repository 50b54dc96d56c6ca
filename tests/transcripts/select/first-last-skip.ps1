# source: reference/5.1/Microsoft.PowerShell.Utility/Select-Object.md Example 16 (1..20 | Select-Object -First 3 -Last 3 -Skip 4 -> 5 6 7 18 19 20) and reference/powershell-semantics.md 2 (-SkipLast, -First 0)
1..20 | Select-Object -First 3 -Last 3 -Skip 4
1..5 | Select-Object -Last 2
1..5 | Select-Object -SkipLast 3
1..5 | Select-Object -First 0
1..5 | Select-Object -Skip 3
