# source: reference/powershell-semantics.md 4.5 (arithmetic, precedence); about_Arithmetic_Operators (5.1)
1 + 2
10 - 4 * 2
(10 - 4) * 2
7 % 3
2 * 3.5
-5 + 2
