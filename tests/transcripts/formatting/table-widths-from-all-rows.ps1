# source: PowerShell/PowerShell test/powershell/Modules/Microsoft.PowerShell.Utility/Format-Table.Tests.ps1 @v6.1.0 'Should render header/row correctly where values are wider than header w/ implicit autosize' (trailing padding per 5.1, reference/powershell-semantics.md 1.5)
[pscustomobject]@{abc="1234";bcd="123"},[pscustomobject]@{abc="1";bcd="1234"}
