# source: reference/5.1/Microsoft.PowerShell.Utility/Add-Member.md Example 5 (New-Object psobject, -NotePropertyMembers with -TypeName Asset; Get-Member lists the properties alphabetically under TypeName Asset); Get-Member's grouped table (powershell-semantics.md 1.4 and 3.6: format-start blank, per type a blank, the '   TypeName:' line, a blank, the auto-sized table, a group-end blank; a format-end blank)
$Asset = New-Object -TypeName psobject
$Asset | Add-Member -NotePropertyMembers @{Name="Server30"} -TypeName Asset
$Asset | Add-Member -NotePropertyMembers @{System="Server Core"}
$Asset | Add-Member -NotePropertyMembers @{PSVersion="4.0"}
$Asset | Get-Member -MemberType Properties
