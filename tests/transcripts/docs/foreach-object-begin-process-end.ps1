# source: reference/5.1/Microsoft.PowerShell.Core/ForEach-Object.md Example 3 (-Begin, -Process and -End blocks), adapted to [pscustomobject] events
$events = [pscustomobject]@{ Message = 'Service started' }, [pscustomobject]@{ Message = 'Service stopped' }
$events | ForEach-Object -Begin { 'Start' } -Process { $_.Message.ToUpper() } -End { 'Done' }
