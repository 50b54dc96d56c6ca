# source: reference/5.1/Microsoft.PowerShell.Utility/Add-Member.md Examples 1 and 2 (-NotePropertyName/-NotePropertyValue adds Status; an AliasProperty Size reads Length), adapted to a [pscustomobject] file
$A = [pscustomobject]@{ Name = 'test.txt'; Length = 2394 }
$A | Add-Member -NotePropertyName Status -NotePropertyValue Done
$A.Status
$A | Add-Member -MemberType AliasProperty -Name Size -Value Length
$A.Size
