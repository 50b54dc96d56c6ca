# source: reference/5.1/Microsoft.PowerShell.Utility/Select-Object.md Example 15 (a wildcard that resolves to one property expands it)
$object = [pscustomobject]@{ Label = "MyObject"; Names = @("John","Jane","Joe"); Numbers = @(1,2,3,4,5) }
$object | Select-Object -ExpandProperty Na*
