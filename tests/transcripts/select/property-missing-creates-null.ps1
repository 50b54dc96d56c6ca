# source: reference/powershell-semantics.md 2 (a name that does not exist creates the property with $null, no error); reference/5.1/Microsoft.PowerShell.Utility/Select-Object.md Example 10
[pscustomobject]@{ a = 1 } | Select-Object a, zz
$customObject = 1 | Select-Object -Property MyCustomProperty
$customObject.MyCustomProperty = "New Custom Property"
$customObject
