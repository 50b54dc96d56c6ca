# source: reference/powershell-semantics.md 6.3 (Ignore: not displayed, not recorded in $Error)
$o = [pscustomobject]@{n=1}, [pscustomobject]@{m=2}, [pscustomobject]@{n=3}
$Error.Clear()
$o | Select-Object -ExpandProperty n -ErrorAction Ignore
$Error.Count
