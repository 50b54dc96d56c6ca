# source: reference/5.1/Microsoft.PowerShell.Utility/Sort-Object.md Example 8 (strings sort as strings; {[int]$_} sorts them as numbers)
$ids = '1500', '0', '12345', '2', '99999', '500', '1', '2800', '77', '3500', '6200', '88', '4100'
$ids | Sort-Object
$ids | Sort-Object {[int]$_}
