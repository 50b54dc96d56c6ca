# source: reference/powershell-semantics.md 1.2 (<= 4 properties -> table), 1.4 (5.1: 1 blank, header, dashes, rows, 2 blank), 1.5 (widths = longest cell, every column padded in 5.1)
[pscustomobject]@{ Name = 'fe1'; Role = 'FrontEnd' }, [pscustomobject]@{ Name = 'director01'; Role = 'Director' }
