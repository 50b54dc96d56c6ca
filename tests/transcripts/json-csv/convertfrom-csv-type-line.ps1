# source: PowerShell v6.0.0 test/powershell/Modules/Microsoft.PowerShell.Utility/ConvertFrom-Csv.Tests.ps1 ("Test ConvertFrom-Csv with pipelined InputObject and Header": the #TYPE line is not a row even with -Header); 5.1 CSVCommands.cs (ReadTypeInformation; BuildMshobject replaces the type names with "CSV:" + the type; ExportCsvHelper drops the "CSV:" prefix again)
$csv = [pscustomobject]@{ First = 1; Second = 2 } | ConvertTo-Csv
$rows = $csv | ConvertFrom-Csv -Header 'Header1', 'Header2'
$rows.Count
$rows[0].Header1
$rows[1].Header2
$back = $csv | ConvertFrom-Csv
$back.PSObject.TypeNames
$back | ConvertTo-Csv
