# source: reference/powershell-semantics.md 3.5 (values are doubles: 5.5 average)
1..10 | Measure-Object -Sum -Maximum -Minimum -Average
