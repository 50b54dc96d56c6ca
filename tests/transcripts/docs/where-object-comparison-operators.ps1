# source: reference/5.1/Microsoft.PowerShell.Core/Where-Object.md Examples 2, 3 and 4 (-GE with named -Property/-Value, the where alias, -GT with 250MB, -Match), adapted to [pscustomobject] processes
$procs = [pscustomobject]@{ ProcessName = 'powershell'; Handles = 1200; WorkingSet = 300MB }, [pscustomobject]@{ ProcessName = 'notepad'; Handles = 250; WorkingSet = 20MB }, [pscustomobject]@{ ProcessName = 'pwsh'; Handles = 1000; WorkingSet = 260MB }
$procs | Where-Object -Property Handles -GE -Value 1000 | ForEach-Object ProcessName
$procs | where Handles -GE 1000 | ForEach-Object ProcessName
$procs | Where-Object { $_.WorkingSet -gt 250MB } | ForEach-Object ProcessName
$procs | Where-Object WorkingSet -GT 250MB | ForEach-Object ProcessName
$procs | Where-Object { $_.ProcessName -match "^p.*" } | ForEach-Object ProcessName
$procs | Where-Object ProcessName -Match "^p.*" | ForEach-Object ProcessName
