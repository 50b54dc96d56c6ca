# source: reference/5.1/Microsoft.PowerShell.Utility/Select-Object.md Example 9 (expanding List prints 1..5; each int carries the Name property)
$object = [pscustomobject]@{Name="CustomObject";List=@(1,2,3,4,5)}
$object | Select-Object -ExpandProperty List -Property Name
($object | Select-Object -ExpandProperty List -Property Name)[0].Name
