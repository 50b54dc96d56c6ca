# source: reference/powershell-semantics.md 3.7 (Format-Table with more than 4 properties still makes a table)
[pscustomobject]@{ a = 1; b = 2; c = 3; d = 4; e = 5 } | Format-Table
