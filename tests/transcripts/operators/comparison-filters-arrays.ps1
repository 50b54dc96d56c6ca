# source: reference/powershell-semantics.md 4.5 (a collection on the left filters: 1,2,3 -eq 2 -> 2; 'abc','def' -ne 'abc' -> def; (1,2) -eq 3 -> empty, prints nothing)
1, 2, 3, 4 -gt 2
'abc', 'def' -ne 'abc'
(1, 2) -eq 3
(1, 2, 3 -eq 2).Count
'apple', 'banana', 'cherry' -like '*an*'
'a1', 'b', 'c3' -match '\d'
