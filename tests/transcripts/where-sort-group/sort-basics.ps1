# source: reference/powershell-semantics.md 3.3 (ascending default, -Descending, strings case-insensitive, numeric strings compare as strings, {[int]$_})
3, 1, 2 | Sort-Object
3, 1, 2 | Sort-Object -Descending
'banana', 'Apple', 'cherry' | Sort-Object
'1500', '2', '10' | Sort-Object
'1500', '2', '10' | Sort-Object { [int]$_ }
3, 1, 3, 2, 1 | Sort-Object -Unique
