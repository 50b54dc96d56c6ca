# source: reference/powershell-semantics.md 3.1 (Where-Object Drives -Contains 'D'; a missing property is $null, no error)
$objs = [pscustomobject]@{ n = 1; Drives = 'C', 'D' }, [pscustomobject]@{ n = 2; Drives = 'C' }
$objs | Where-Object Drives -Contains 'D' | ForEach-Object n
$objs | Where-Object NoSuchProperty | ForEach-Object n
'end'
