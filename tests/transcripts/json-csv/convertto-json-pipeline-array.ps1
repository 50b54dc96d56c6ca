# source: reference/powershell-semantics.md 3.9 (several pipeline inputs become one JSON array)
1, 2, 3 | ConvertTo-Json
