# source: reference/5.1/Microsoft.PowerShell.Utility/Get-Member.md Example 8 (Add-Member -NotePropertyMembers with an [ordered] dictionary and -TypeName; psobject.Properties keeps the order they were added); blank lines and padding re-added per powershell-semantics.md 1.4/1.5
$Asset = New-Object -TypeName psobject
$d = [ordered]@{Name="Server30";System="Server Core";PSVersion="4.0"}
$Asset | Add-Member -NotePropertyMembers $d -TypeName Asset
$Asset.psobject.Properties | Select-Object Name, Value
