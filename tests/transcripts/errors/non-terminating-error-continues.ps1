# source: reference/powershell-semantics.md 6.3 (a non-terminating error is written and the pipeline continues with the next object) and 2 (ExpandPropertyNotFound per input object)
$o = [pscustomobject]@{n=1}, [pscustomobject]@{m=2}, [pscustomobject]@{n=3}
$o | Select-Object -ExpandProperty n
