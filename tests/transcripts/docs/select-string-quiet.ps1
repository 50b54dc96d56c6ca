# source: reference/5.1/Microsoft.PowerShell.Utility/Select-String.md -Quiet (True when the pattern is found, $null when it is not: MatchString.cs @v6.0.0 writes False only after searching files)
'Hello', 'World' | Select-String -Pattern 'wor' -Quiet
'Hello' | Select-String -Pattern 'xyz' -Quiet
$null -eq ('Hello' | Select-String -Pattern 'xyz' -Quiet)
