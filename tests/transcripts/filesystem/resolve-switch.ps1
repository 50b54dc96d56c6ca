# source: reference/5.1/Microsoft.PowerShell.Management/Join-Path (-Resolve: the joined path is resolved; example "Join-Path -Path C:\win* -ChildPath System* -Resolve") and Split-Path (-Resolve: the items the path refers to, wildcards expanded, then split); ItemNotFoundException NormalView per powershell-semantics.md 1.4
New-Item -Name notes.txt -ItemType File | Out-Null
New-Item -Name tasks.txt -ItemType File | Out-Null
Join-Path . *.txt -Resolve
Split-Path .\n*.txt -Leaf -Resolve
Join-Path . missing.txt -Resolve
