# source: reference/5.1/Microsoft.PowerShell.Utility/ConvertTo-Json.md Example 2 and reference/powershell-semantics.md 3.9 (-Compress gives the one-line form)
[ordered]@{ Account = 'User01'; Domain = 'Domain01'; Admin = 'True' } | ConvertTo-Json -Compress
ConvertTo-Json @{ prop = $null } -Compress
