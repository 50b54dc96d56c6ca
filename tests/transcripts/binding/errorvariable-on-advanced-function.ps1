# source: reference/5.1/Microsoft.PowerShell.Core/About/about_CommonParameters.md (common parameters are available on advanced functions; -ErrorVariable/-WarningVariable store the command's error/warning records, +name appends) and the SDK's CommonParameters.ErrorVariable remark ("Use +varname to append to the variable rather than clearing it"); the records written by the commands inside the function travel its error and warning pipes
function Test-It { [CmdletBinding()] param() Write-Error 'first'; Write-Warning 'careful'; 'done' }
$e = 'old'
Test-It -ErrorVariable e -WarningVariable w -ErrorAction SilentlyContinue -WarningAction SilentlyContinue
$e.Count
"$e"
$w.Count
$w[0].Message
Test-It -ErrorVariable +e -ErrorAction SilentlyContinue -WarningAction SilentlyContinue | Out-Null
$e.Count
function Quiet { [CmdletBinding()] param() 'ok' }
Quiet -ErrorVariable e
$e.Count
