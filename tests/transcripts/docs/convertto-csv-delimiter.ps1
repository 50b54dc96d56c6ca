# source: reference/5.1/Microsoft.PowerShell.Utility/ConvertTo-Csv.md Example 2 (-InputObject with -Delimiter ';' -NoTypeInformation: every name and value quoted, separated by semicolons), the DateTime given as a [pscustomobject]
$Date = [pscustomobject]@{ DisplayHint = 'DateTime'; Day = 4; DayOfWeek = 'Friday'; Kind = 'Local'; TimeOfDay = '14:40:51.7114991'; Year = 2019 }
ConvertTo-Csv -InputObject $Date -Delimiter ';' -NoTypeInformation
