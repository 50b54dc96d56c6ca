# source: reference/powershell-semantics.md 4.5 (-is, -as returns $null on failure) and 4.3 (casts)
5 -is [int]
'5' -is [string]
'5' -is [int]
'5' -as [int]
'x' -as [int]
$null -eq ('x' -as [int])
