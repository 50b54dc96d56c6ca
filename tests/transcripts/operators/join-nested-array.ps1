# source: PowerShell v6.0.0 test/powershell/Modules/Microsoft.PowerShell.Utility/Write-Output.Tests.ps1 ("Works with NoEnumerate switch": an array holding an array converts to '1 2.2 System.Object[] abc'); about_Join (5.1): -join converts each element with ToString
$a = 1, 2.2, @('John', 'Smith', 10), 'abc'
"$a"
$a -join ','
-join (1, @(2, 3))
