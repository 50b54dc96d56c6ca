# source: reference/5.1/Microsoft.PowerShell.Utility/Compare-Object.md Example 3 ('       True ==': a Boolean InputObject is right-aligned)
$a = $true
Compare-Object -IncludeEqual $a $a
