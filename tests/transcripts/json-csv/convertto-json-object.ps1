# source: reference/powershell-semantics.md 3.9 (5.1 layout: members indented 4, two spaces after the colon); reference/5.1/Microsoft.PowerShell.Utility/ConvertTo-Json.md Example 1
[pscustomobject]@{ name = 'fe1'; port = 5061; up = $true; pool = $null } | ConvertTo-Json
