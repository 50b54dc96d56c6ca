# source: reference/powershell-semantics.md 4.4 (an array expands joined by $OFS, default space; a PSCustomObject expands to @{a=1; b=2}; $null expands to nothing)
$a = 1, 2, 3
"[$a]"
$o = [pscustomobject]@{ a = 1; b = 2 }
"$o"
"[$undefinedVariable]"
$OFS = '-'
"$a"
