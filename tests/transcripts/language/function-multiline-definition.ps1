# source: reference/powershell-semantics.md 4.1 (newlines allowed inside braces); the empty line after the definition ends the multi-line input under -Command - (PowerShell issue #3223)
function Get-Square {
    param([int]$Value)
    $Value * $Value
}

Get-Square 7
Get-Square -Value 12
