# source: reference/5.1/Microsoft.PowerShell.Utility/Invoke-Expression (runs in the current scope)
$cmd = '$total = 6 * 7'
Invoke-Expression $cmd
$total
