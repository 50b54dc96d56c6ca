# source: reference/powershell-semantics.md 1.1 (a string containing newlines prints those lines as-is)
"line1`nline2"
'x'
