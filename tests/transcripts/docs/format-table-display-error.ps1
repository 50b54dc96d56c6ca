# source: reference/5.1/Microsoft.PowerShell.Utility/Format-Table.md Example 8 (-DisplayError shows #ERR for a script block that fails; the column label is the block text with its spaces), adapted to a [pscustomobject]; blank lines and padding re-added per powershell-semantics.md 1.4/1.5
[pscustomobject]@{ DayOfWeek = 'Wednesday' } | Format-Table DayOfWeek, { $_ / $null } -DisplayError
