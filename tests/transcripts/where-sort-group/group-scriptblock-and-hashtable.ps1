# source: reference/powershell-semantics.md 3.4 (grouping by an expression; -AsHashTable returns key -> group)
1..6 | Group-Object { $_ % 2 } | ForEach-Object { "$($_.Name): $($_.Group -join ',')" }
$h = 'a', 'b', 'a' | Group-Object -AsHashTable
$h['a'].Count
$h['b'].Count
