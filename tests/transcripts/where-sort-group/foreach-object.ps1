# source: reference/powershell-semantics.md 3.2 (script block per input with $_; runs in the caller's scope; $null inputs are processed; -Begin/-Process/-End)
1..3 | ForEach-Object { $_ * 2 }
1, 2, $null, 4 | % { "Hello" }
$sum = 0; 1..4 | foreach { $sum += $_ }; $sum
1..2 | ForEach-Object -Begin { 'start' } -Process { "item $_" } -End { 'done' }
