# source: reference/5.1/Microsoft.PowerShell.Utility/Format-List.md Examples 2, 3 and 4 (-InputObject with an array lists each element; -Property Name, BasePriority, PriorityClass; -Property * lists every property), adapted to [pscustomobject] processes; list blank lines per powershell-semantics.md 1.4
$procs = [pscustomobject]@{ Name = 'csrss'; BasePriority = 13; PriorityClass = $null; Id = 480 }, [pscustomobject]@{ Name = 'explorer'; BasePriority = 8; PriorityClass = 'Normal'; Id = 4232 }

$procs | Format-List -Property Name, BasePriority, PriorityClass
$procs[1] | Format-List -Property *
Format-List -InputObject $procs -Property Name, Id
