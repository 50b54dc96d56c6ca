# source: reference/powershell-semantics.md 4.5 (binary -split is a case-insensitive regex with an optional max count; unary -split splits on whitespace and drops empties; -csplit); about_Split (5.1)
'a,b,c' -split ','
'a1b2c' -split '\d'
-split '  one two   three '
'a,b,c' -split ',', 2
'aXbxc' -csplit 'x'
('a,b,c' -split ',').Count
