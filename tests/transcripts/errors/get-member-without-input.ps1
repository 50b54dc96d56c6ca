# source: reference/5.1/Microsoft.PowerShell.Core/About/about_Environment_Variables.md (verbatim error), plus the ' ' line of powershell-semantics.md 6.1
$Env:foo | Get-Member
