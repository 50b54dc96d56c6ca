# source: reference/powershell-semantics.md 2 (-ExpandProperty of a $null value emits nothing; a scalar value is emitted as is)
[pscustomobject]@{ v = $null } | Select-Object -ExpandProperty v
[pscustomobject]@{ v = 'scalar' } | Select-Object -ExpandProperty v
'done'
