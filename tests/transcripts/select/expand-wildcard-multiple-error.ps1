# source: reference/5.1/Microsoft.PowerShell.Utility/Select-Object.md Example 15 (wildcard resolving to several properties: 'Multiple properties cannot be expanded.'); ErrorId MutlipleExpandProperties, category InvalidArgument, PSArgumentException, target = input object (select-object.cs @v6.0.0); layout reference/powershell-semantics.md 6.1
$object = [pscustomobject]@{ Label = "MyObject"; Names = @("John","Jane","Joe"); Numbers = @(1,2,3,4,5) }
$object | Select-Object -ExpandProperty N*
