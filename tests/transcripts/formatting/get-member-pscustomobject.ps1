# source: reference/5.1/Microsoft.PowerShell.Core/About/about_PSCustomObject.md ($object3 | Get-Member); blank lines of a grouped table per powershell-semantics.md 1.4, padding per 1.5
[pscustomobject]@{one=1; two=2} | Get-Member
