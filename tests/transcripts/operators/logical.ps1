# source: reference/powershell-semantics.md 4.5 (-and -or -xor -not !); about_Logical_Operators (5.1)
$true -and $false
$true -or $false
$true -xor $true
-not $true
!0
(1 -lt 2) -and (2 -lt 3)
