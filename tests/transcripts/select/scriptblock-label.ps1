# source: reference/powershell-semantics.md 2 (a bare script block's column name is its text between the braces, spaces kept)
[pscustomobject]@{ a = 2 } | Select-Object a, { $_.a * 3 }
