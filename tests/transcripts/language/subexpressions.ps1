# source: reference/powershell-semantics.md 4.4 ($(...) inside strings, @(...) always an array)
$x = 5
"x is $(if ($x -gt 3) { 'big' } else { 'small' })"
@(Write-Output 1 2 3).Count
@(Write-Output 'one').Count
