# source: reference/powershell-semantics.md 4.5 (5/2 = 2.5, 4/2 = 2 as int) and 1.1 (5.1 doubles print 15 significant digits: 1/3 -> 0.333333333333333, 0.1+0.2 -> 0.3)
5 / 2
4 / 2
(4 / 2).GetType().Name
(5 / 2).GetType().Name
1 / 3
0.1 + 0.2
-7 / 2
