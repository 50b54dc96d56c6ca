# source: reference/powershell-semantics.md 1.2 (5 or more properties -> list), 1.4 (5.1 list: 2 blank, entry, 3 blank), 1.6 (labels padded to the longest name)
[pscustomobject]@{ a = 1; bb = 2; ccc = 3; dddd = 4; eeeee = 5 }
