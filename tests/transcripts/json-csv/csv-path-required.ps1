# source: PowerShell 5.1 CSVCommands.cs (commit 60b3b304f2: ExportCsvCommand.BeginProcessing and ImportCsvCommand.ProcessRecord throw CannotSpecifyPathAndLiteralPath, InvalidData, unless exactly one of -Path and -LiteralPath is given; both are [ValidateNotNullOrEmpty]); CsvCommandStrings.resx (the text); v6.0.0 Export-Csv.Tests.ps1 ("Should throw if an output file isn't specified")
[pscustomobject]@{ Name = 'lcarter' } | Export-Csv
[pscustomobject]@{ Name = 'lcarter' } | Export-Csv -Path $outFile
Import-Csv
