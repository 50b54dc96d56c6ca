# source: PowerShell/PowerShell test/powershell/Modules/Microsoft.PowerShell.Utility/Format-Table.Tests.ps1 @v6.1.0 'Format-Table should not add trailing whitespace to rows' (rows '1 2'); reference/powershell-semantics.md 1.5 (-HideTableHeaders keeps the leading blank line)
[pscustomobject]@{a=1;b=2} | Format-Table -HideTableHeaders
