# source: reference/powershell-semantics.md 4.5 (binary and unary -join); about_Join (5.1)
1, 2, 3 -join ','
-join ('a', 'b', 'c')
'fe1', 'fe2' -join ' | '
