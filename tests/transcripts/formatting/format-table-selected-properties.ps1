# source: reference/powershell-semantics.md 3.7 (Format-Table a,b shows the chosen columns in that order)
[pscustomobject]@{ a = 1; b = 'x'; c = $true } | Format-Table c, a
