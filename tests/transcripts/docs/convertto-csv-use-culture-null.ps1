# source: reference/5.1/Microsoft.PowerShell.Utility/ConvertTo-Csv.md Examples 1 and 3 (-UseCulture uses the en-US list separator ','; a $null value is written as nothing between the separators), adapted to a [pscustomobject] event
$event = [pscustomobject]@{ Message = 'Error Message = System error'; Id = 403; Version = $null; Qualifiers = 0; Level = 4 }
$event | ConvertTo-Csv -UseCulture -NoTypeInformation
$event | ConvertTo-Csv
