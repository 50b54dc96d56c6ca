# source: reference/powershell-semantics.md 4.2/6.3 ($Error is newest first; SilentlyContinue still adds to $Error)
$Error.Clear()
Write-Error 'first' -ErrorAction SilentlyContinue
Write-Error 'second' -ErrorAction SilentlyContinue
$Error.Count
$Error[0].ToString()
"$($Error[1])"
$Error[0].FullyQualifiedErrorId
