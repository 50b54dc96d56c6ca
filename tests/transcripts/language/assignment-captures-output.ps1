# source: reference/powershell-semantics.md 4.1 ($x = cmd captures output: one object -> scalar, several -> Object[], none -> $null)
$r = 1..3 | ForEach-Object { $_ * 10 }
$r.Count
$r[1]
$one = Write-Output 'single'
$one.GetType().Name
$none = 1..3 | Where-Object { $_ -gt 5 }
$null -eq $none
