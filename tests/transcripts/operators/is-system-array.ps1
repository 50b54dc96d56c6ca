# source: PowerShell v6.0.0 test/powershell/Modules/Microsoft.PowerShell.Utility/Write-Output.Tests.ps1 ("Simple Write Object Test": $results[2] -is [System.Array]); about_Type_Operators (5.1)
@(1, 2) -is [System.Array]
'abc' -is [System.Array]
