# source: reference/5.1/Microsoft.PowerShell.Utility/Add-Member.md Example 3 (a note property added to a string with -NotePropertyMembers and -PassThru)
$A = "A string"
$A = $A | Add-Member -NotePropertyMembers @{StringUse="Display"} -PassThru
$A.StringUse
