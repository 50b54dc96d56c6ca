# source: reference/powershell-semantics.md 2 (-Index is 0-based; out-of-range indexes are ignored)
'a', 'b', 'c', 'd' | Select-Object -Index 1, 3
'a', 'b', 'c', 'd' | Select-Object -Index 0, 10
