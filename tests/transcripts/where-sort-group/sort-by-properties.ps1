# source: reference/powershell-semantics.md 3.3 (several keys; per-key hashtables @{Expression=...; Descending=$true})
$v = [pscustomobject]@{ n = 'b'; v = 1 }, [pscustomobject]@{ n = 'a'; v = 1 }, [pscustomobject]@{ n = 'c'; v = 2 }
$v | Sort-Object v, n | ForEach-Object { $_.n }
$v | Sort-Object @{ Expression = 'v'; Descending = $true }, n | ForEach-Object { $_.n }
$v | Sort-Object -Property n -Descending | Select-Object -First 1 -ExpandProperty n
