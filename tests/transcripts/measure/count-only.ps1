# source: reference/5.1/Microsoft.PowerShell.Utility/Measure-Object.md Example 4 (Count with the other statistics empty)
'a', 'b', 'c', 'd' | Measure-Object
(1..4 | Measure-Object).Count
