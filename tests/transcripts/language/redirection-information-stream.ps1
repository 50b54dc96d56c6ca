# source: about_Redirection 5.1 example 5 ("6> $null" suppresses Write-Host and Write-Information) and 5.1's MshCommandRuntime.WriteInformation (a redirected information stream receives the record whatever $InformationPreference is, unless Ignore); InformationRecord view: $_.ToString()
& {
   Write-Host "Hello"
   Write-Information "Hello" -InformationAction Continue
} 6> $null

$h = Write-Host 'from host' 6>&1
"$h"
Write-Information 'info' 6>&1
Write-Information 'ignored' -InformationAction Ignore 6>&1
'end'
