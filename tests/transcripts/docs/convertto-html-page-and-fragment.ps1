# source: test/powershell/Modules/Microsoft.PowerShell.Utility/ConvertTo-Html.Tests.ps1 @v6.0.0: 'Test ConvertTo-Html with no parameters' and 'Fragment parameter' (one string per line; an array value reads System.Object[]); reference/5.1/Microsoft.PowerShell.Utility/ConvertTo-Html.md Example 7 (-Fragment gives only the table)
$customObject = [pscustomobject]@{"Name" = "John Doe"; "Age" = 42; "Friends" = ("Jack", "Jill")}
$customObject | ConvertTo-Html
$customObject | ConvertTo-Html -Fragment
