# source: reference/5.1/Microsoft.PowerShell.Utility/Get-Culture example 1 (en-US); CultureInfo table view widths 16, 16
Get-Culture
