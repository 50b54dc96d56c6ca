# source: reference/5.1/Microsoft.PowerShell.Security/Set-ExecutionPolicy (-Scope Process -Force; -WhatIf)
Set-ExecutionPolicy Bypass -Scope Process -WhatIf
Get-ExecutionPolicy
Set-ExecutionPolicy Bypass -Scope Process -Force
Get-ExecutionPolicy
