# source: reference/5.1/Microsoft.PowerShell.Utility/Group-Object.md Example 4 (with and without -NoElement; a $null key gives an empty Name), adapted to [pscustomobject] processes; GroupInfo view widths 5/25/rest per powershell-semantics.md 1.5; blank lines and padding re-added per powershell-semantics.md 1.4/1.5
$procs = [pscustomobject]@{ Name = 'AdtAgent'; PriorityClass = 'Normal' }, [pscustomobject]@{ Name = 'Idle'; PriorityClass = $null }, [pscustomobject]@{ Name = 'Newproc'; PriorityClass = 'High' }, [pscustomobject]@{ Name = 'explorer'; PriorityClass = 'Normal' }
$procs | Group-Object -Property PriorityClass
$procs | Group-Object -Property PriorityClass -NoElement
