# source: reference/powershell-semantics.md 5 (names case-insensitive, unique prefixes, -Name:value form, switches never take the next token, -Switch:$false)
1..5 | Select-Object -Fi 2
1..5 | select -first 2 -skip 1
1..5 | Select-Object -First:1
3, 1, 2 | Sort-Object -Descending
3, 1, 2 | Sort-Object -Descending:$false
