# source: PowerShell/PowerShell test/powershell/Modules/Microsoft.PowerShell.Utility/Format-Table.Tests.ps1 @v6.1.0 'Should render rows correctly when wrapped: right' (5.1 pads every column, reference/powershell-semantics.md 1.5)
[pscustomobject] @{A=1;B=2;Name="This`nIs some random`nmultiline content"} | Format-Table -Wrap
