# source: reference/powershell-semantics.md 4.5 (-replace is a case-insensitive regex with $1 substitutions; no replacement deletes; -creplace case-sensitive)
'Hello World' -replace 'o', '0'
'abc' -replace 'B'
'abc' -creplace 'B', 'x'
'John Smith' -replace '(\w+) (\w+)', '$2, $1'
'a1b22c333' -replace '\d+', '#'
'fe1', 'fe2' -replace 'fe', 'frontend'
