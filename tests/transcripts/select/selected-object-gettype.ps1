# source: Select-Object.cs (ProcessObject builds `new PSObject()`, whose base object is a PSCustomObject, then inserts "Selected." + the input's type in its TypeNames); reference/5.1/Microsoft.PowerShell.Core/About/about_Calculated_Properties.md (Get-Member shows TypeName: Selected.<type>); about_PSCustomObject.md (GetType().FullName of a custom object is System.Management.Automation.PSCustomObject)
$row = [pscustomobject]@{ Name = 'pool01'; Fqdn = 'pool01.contoso.com' } | Select-Object Name
$row.PSTypeNames[0]
$row.GetType().FullName
$row.GetType().Name
$row -is [pscustomobject]
