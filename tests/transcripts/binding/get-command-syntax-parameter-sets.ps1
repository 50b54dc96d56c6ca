# source: reference/5.1/Microsoft.PowerShell.Core/About/about_Command_Syntax.md (Get-Command -Syntax: each parameter set's syntax after an empty line); Get-Alias's two sets from reference/5.1/Microsoft.PowerShell.Utility/Get-Alias.md with Get-Command's lower-case type names
Get-Command Get-Alias -Syntax
