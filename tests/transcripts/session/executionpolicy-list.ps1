# source: reference/5.1/Microsoft.PowerShell.Security/Get-ExecutionPolicy example (-List, precedence order, enum columns right-aligned); RemoteSigned default: docs/fidelity.md
Get-ExecutionPolicy -List
