# source: reference/5.1/Microsoft.PowerShell.Utility/Compare-Object.md Example 3 (-PassThru returns the Boolean itself, displayed as True, with a SideIndicator NoteProperty); Get-Member blank lines per powershell-semantics.md 1.4
$a = $true
Compare-Object -IncludeEqual $a $a -PassThru
(Compare-Object -IncludeEqual $a $a -PassThru) | Get-Member -MemberType NoteProperty
