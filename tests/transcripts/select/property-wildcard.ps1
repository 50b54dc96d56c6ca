# source: reference/powershell-semantics.md 2 (a wildcard expands to matching properties in the input object's order)
[pscustomobject]@{ Name = 'a'; Other = 2; Number = 1 } | Select-Object N*
