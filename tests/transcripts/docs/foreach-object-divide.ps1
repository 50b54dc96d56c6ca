# source: reference/5.1/Microsoft.PowerShell.Core/ForEach-Object.md Example 1 (30000, 56798, 12432 divided by 1024)
30000, 56798, 12432 | ForEach-Object -Process {$_/1024}
