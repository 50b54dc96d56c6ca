# source: test/powershell/Modules/Microsoft.PowerShell.Utility/ConvertTo-Html.Tests.ps1 @v6.0.0: 'using page parameters' and 'pre and post' (-Title, -Body, -CssUri adds a stylesheet link; -PreContent/-PostContent around the table); reference/5.1/Microsoft.PowerShell.Utility/ConvertTo-Html.md Examples 5 and 9
$customObject = [pscustomobject]@{"Name" = "John Doe"; "Age" = 42; "Friends" = ("Jack", "Jill")}
$customObject | ConvertTo-Html -Title "Custom Object" -Body "Body Text" -CssUri "page.css" -As List
$customObject | ConvertTo-Html -PreContent "Before the object" -PostContent "After the object"
