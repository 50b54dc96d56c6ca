# source: reference/5.1/Microsoft.PowerShell.Utility/Write-Output.md Example 3 (Write-Output enumerates 1,2,3 for Measure-Object: Count 3; -NoEnumerate passes the array as one object: Count 1); 5.1 Measure-Object list per powershell-semantics.md 1.4 and 3.5
Write-Output 1,2,3 | Measure-Object
Write-Output 1,2,3 -NoEnumerate | Measure-Object
