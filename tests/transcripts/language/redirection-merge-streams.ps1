# source: about_Redirection 5.1 ("n>&1" redirects stream n to the Success stream) and 5.1's MshCommandRuntime (the records sent are ErrorRecord / WarningRecord objects) and format data (PowerShellCore_format_ps1xml WarningRecord view: the Message, out of band; the console host writes a record noted WriteWarningStream with WriteWarningLine, so "WARNING: " only on the console)
$r = Write-Error 'disk full' 2>&1
$r.GetType().FullName
"$r"
Write-Warning 'low disk' 3>&1
$w = Write-Warning 'quota' 3>&1
$w.GetType().FullName
$w.Message
$w | Out-File warning.txt
Get-Content warning.txt
