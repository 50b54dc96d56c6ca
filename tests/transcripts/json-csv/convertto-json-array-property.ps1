# source: reference/5.1/Microsoft.PowerShell.Utility/ConvertTo-Json.md Example 1 ('"Eras":  [' with elements at bracket column + 4 and ']' under '[')
[pscustomobject]@{ n = 'x'; list = 1, 2 } | ConvertTo-Json
