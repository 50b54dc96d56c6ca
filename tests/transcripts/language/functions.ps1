# source: reference/powershell-semantics.md 4.6 (functions are called like cmdlets; Name(1,2) passes one array); about_Functions (5.1)
function Add($a, $b) { $a + $b }
Add 2 3
Add -b 10 -a 1
Add(2, 3)
