# source: reference/5.1/Microsoft.PowerShell.Utility/Get-Unique.md Examples 3 and 4 (-OnType keeps the first object of each type after sorting by type: Sort-Object keeps equal keys in input order for small inputs, as .NET's insertion sort does below 16 items; -AsString compares the selected objects by their string form), adapted to numbers, strings and [pscustomobject] processes; blank lines and padding re-added per powershell-semantics.md 1.4/1.5
3, 'b', 1, 'a' | Sort-Object {$_.GetType().FullName} | Get-Unique -OnType
$procs = 'svchost', 'csrss', 'svchost', 'explorer', 'csrss' | ForEach-Object { [pscustomobject]@{ ProcessName = $_ } }
$procs | Sort-Object ProcessName | Select-Object ProcessName | Get-Unique -AsString
