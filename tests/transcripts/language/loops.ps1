# source: reference/powershell-semantics.md 4.6 (foreach over $null runs zero times; for; while; do-while; do-until; ++ as a statement outputs nothing)
foreach ($i in 1..3) { "item $i" }
foreach ($x in $null) { 'never' }
for ($i = 0; $i -lt 3; $i++) { $i }
$j = 0; while ($j -lt 2) { $j++; "w$j" }
$k = 0; do { $k++ } while ($k -lt 5); $k
$m = 10; do { $m-- } until ($m -le 8); $m
