# source: reference/5.1/Microsoft.PowerShell.Core/Where-Object.md Example 5 (Where-Object Prop keeps truthy values; { !$_.Prop } also keeps objects lacking the property; Prop -EQ $false only those holding $false), adapted to [pscustomobject] items
$items = [pscustomobject]@{ Name = 'Logs'; PSIsContainer = $true }, [pscustomobject]@{ Name = 'a.txt'; PSIsContainer = $false }, [pscustomobject]@{ Name = 'notes' }
$items | Where-Object PSIsContainer | ForEach-Object Name
$items | Where-Object { $_.PSIsContainer } | ForEach-Object Name
$items | Where-Object { !$_.PSIsContainer } | ForEach-Object Name
$items | Where-Object PSIsContainer -EQ $false | ForEach-Object Name
