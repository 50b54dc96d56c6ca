# source: reference/5.1/Microsoft.PowerShell.Management/Get-Location, Set-Location, Test-Path, Join-Path, Split-Path (PathInfo table view; ItemNotFoundException NormalView per powershell-semantics.md 1.4)
Get-Location
"$PWD"
Join-Path $HOME reports
Split-Path C:\Users\Administrator\users.txt -Leaf
Split-Path C:\Users\Administrator\users.txt
Split-Path C:\Users\Administrator\users.txt -Qualifier
Get-Content C:\x\nofile.txt
