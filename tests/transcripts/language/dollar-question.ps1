# source: reference/powershell-semantics.md 6.3 ($? becomes $false after a non-terminating error; -ErrorAction SilentlyContinue still records it)
Write-Output 'x'
$?
Write-Error 'bad' -ErrorAction SilentlyContinue
$?
$?
