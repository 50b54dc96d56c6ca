# source: reference/powershell-semantics.md 6.3 (-ErrorAction SilentlyContinue: not displayed, still added to $Error; $? is $false)
$o = [pscustomobject]@{n=1}, [pscustomobject]@{m=2}, [pscustomobject]@{n=3}
$Error.Clear()
$o | Select-Object -ExpandProperty n -ErrorAction SilentlyContinue
$?
$Error.Count
$Error[0].FullyQualifiedErrorId
$Error[0].TargetObject.m
