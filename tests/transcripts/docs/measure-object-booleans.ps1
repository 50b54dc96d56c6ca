# source: reference/5.1/Microsoft.PowerShell.Utility/Measure-Object.md Example 6 (measuring a Boolean property: 126 objects, 8 true: Average 0.0634920634920635, Sum 8, Maximum 1, Minimum 0); 5.1 has no StandardDeviation (powershell-semantics.md 3.5); adapted to [pscustomobject] items; blank lines and padding re-added per powershell-semantics.md 1.4/1.5
$items = 1..126 | ForEach-Object { [pscustomobject]@{ PSIsContainer = $_ -le 8 } }
$items | Measure-Object -Property PSIsContainer -Maximum -Sum -Minimum -Average
