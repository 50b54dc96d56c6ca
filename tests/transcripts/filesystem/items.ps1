# source: reference/5.1/Microsoft.PowerShell.Management/New-Item, Get-ChildItem, Get-Item, Remove-Item, Resolve-Path (examples; What if text CommandBaseStrings via powershell-semantics.md; ItemNotFoundException NormalView per powershell-semantics.md 1.4)
New-Item -Path . -Name notes.txt -ItemType File -Value 'hello' | Format-Table Mode,Length,Name
mkdir reports | Format-Table Mode,Name
New-Item reports\a.csv | Select-Object -ExpandProperty Name
Get-ChildItem -Name
Get-ChildItem -Recurse -Name
Get-ChildItem -Directory -Name
Get-ChildItem *.txt -Name
(Get-Item notes.txt).Length
Resolve-Path notes.txt -Relative
Remove-Item notes.txt -WhatIf
Remove-Item notes.txt
Test-Path notes.txt
Get-Item notes.txt
"done"
