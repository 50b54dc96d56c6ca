# source: reference/powershell-semantics.md 4.6 (begin/process/end blocks, $input); about_Functions (5.1)
function Measure-Total { begin { $n = 0 } process { $n += $_ } end { "total $n" } }
1..4 | Measure-Total
function Double { foreach ($i in $input) { $i * 2 } }
1, 2, 3 | Double
