# source: reference/5.1/Microsoft.PowerShell.Core/About/about_Comparison_Operators.md, -match example ($Matches lists domain, user, 0); table layout per reference/powershell-semantics.md 1.4
$string = 'The last logged on user was CONTOSO\jsmith'
$string -match 'was (?<domain>.+)\\(?<user>.+)'
$Matches
