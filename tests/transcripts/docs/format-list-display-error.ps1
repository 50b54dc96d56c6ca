# source: reference/5.1/Microsoft.PowerShell.Utility/Format-List.md Example 5 (-DisplayError shows #ERR; labels padded to the longest, ' $_ / $null '), adapted to a [pscustomobject]; list blank lines per powershell-semantics.md 1.4
[pscustomobject]@{ DayOfWeek = 'Friday' } | Format-List DayOfWeek, { $_ / $null } -DisplayError
