# source: reference/powershell-semantics.md 4.5 (-contains/-notcontains/-in/-notin return Boolean, case-insensitive)
1, 2, 3 -contains 2
'abc', 'def' -contains 'DEF'
'abc', 'def' -ccontains 'DEF'
'a', 'b' -notcontains 'c'
2 -in 1, 2, 3
'x' -notin 'a', 'b'
