# source: reference/5.1/Microsoft.PowerShell.Utility/Set-Variable.md Example 1 (Set-Variable then Get-Variable: the PSVariable view, Name width 30 and Value the rest) and reference/5.1/Microsoft.PowerShell.Utility/Get-Variable.md Examples 1 and 2 (wildcard names; -ValueOnly); blank lines and padding re-added per powershell-semantics.md 1.4/1.5
Set-Variable -Name "desc" -Value "A description"
Get-Variable -Name "desc"
Set-Variable -Name "descTwo" -Value 2
Get-Variable -Name desc* -ValueOnly
