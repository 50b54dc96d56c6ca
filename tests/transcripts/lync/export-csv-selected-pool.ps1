# source: reference/5.1/Microsoft.PowerShell.Utility/Export-Csv.md (a #TYPE line naming the first object's type, then a header of property names and one line per object, every value quoted); Select-Object's output type is "Selected." + the input's type name (Select-Object.md); lync-facts.md 1.3 (Cluster objects with Identity and Site Site:<Name>); topology/default.yaml (the five pools in cluster order)
Get-CsPool | Select-Object Identity, Site | Export-Csv -Path pools.csv
Get-Content pools.csv
