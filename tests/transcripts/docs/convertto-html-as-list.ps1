# source: test/powershell/Modules/Microsoft.PowerShell.Utility/ConvertTo-Html.Tests.ps1 @v6.0.0: 'as List' and 'specified properties' (-As List writes one <tr> per property with 'Name:' cells; -Property chooses them)
$customObject = [pscustomobject]@{"Name" = "John Doe"; "Age" = 42; "Friends" = ("Jack", "Jill")}
$customObject | ConvertTo-Html -As List
$customObject | ConvertTo-Html -Property Name, Friends -As List
