# source: PowerShell/PowerShell test/powershell/Modules/Microsoft.PowerShell.Utility/Format-Table.Tests.ps1 @v6.1.0 'Should render header correctly where header is shorter than column width with justification' (5.1 adds trailing padding, reference/powershell-semantics.md 1.5)
[PSCustomObject]@{a="abc";b=123}
[PSCustomObject]@{a=123;b="abc"}
[PSCustomObject]@{a=123;b=123}
