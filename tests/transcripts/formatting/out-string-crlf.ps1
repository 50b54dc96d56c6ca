# source: reference/powershell-semantics.md 1.9 (each line of Out-String ends with a newline; Windows PowerShell's newline is CRLF) and 3.9 (ConvertTo-Json output uses CRLF)
('x' | Out-String).Length
(@{ a = 1 } | ConvertTo-Json).Contains("`r`n")
