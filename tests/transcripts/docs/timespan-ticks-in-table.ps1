# source: reference/5.1/Microsoft.PowerShell.Utility/Format-Table.md Example 6 (a TimeSpan keeps its 100-nanosecond ticks: 03:20:00.2751767); blank lines and padding re-added per powershell-semantics.md 1.4/1.5
[pscustomobject]@{ ProcessName = 'notepad'; TotalRunningTime = [timespan]'03:20:00.2751767' }
