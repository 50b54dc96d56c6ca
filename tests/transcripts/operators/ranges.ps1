# source: reference/powershell-semantics.md 4.3 (ranges 1..5, 5..1 descending, -1..1)
1..3
3..1
-1..1
(1..10).Count
