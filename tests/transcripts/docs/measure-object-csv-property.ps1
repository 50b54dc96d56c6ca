# source: reference/5.1/Microsoft.PowerShell.Utility/Measure-Object.md Example 5 (Measure-Object -Property Years -Minimum -Maximum -Average on imported CSV rows whose values are strings), adapted to ConvertFrom-Csv; blank lines and padding re-added per powershell-semantics.md 1.4/1.5
$rows = 'EmpNo,Years', '1,5', '2,12', '3,7' | ConvertFrom-Csv
$rows | Measure-Object -Property Years -Minimum -Maximum -Average
