# source: reference/5.1/Microsoft.PowerShell.Utility/Get-Variable.md Examples 1 and 3 (wildcard names, -Include and -Exclude filter the variables; the PSVariable view: Name width 30, Value the rest); blank lines and padding re-added per powershell-semantics.md 1.4/1.5
$myA = 1; $myB = 'two'; $pX = 3
Get-Variable -Name my* -Exclude myB
Get-Variable -Include myB, pX
