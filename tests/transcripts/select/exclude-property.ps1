# source: reference/powershell-semantics.md 2 (-ExcludeProperty together with -Property)
[pscustomobject]@{ a = 1; b = 2; c = 3 } | Select-Object -Property * -ExcludeProperty b
