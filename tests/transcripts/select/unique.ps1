# source: reference/5.1/Microsoft.PowerShell.Utility/Select-Object.md Examples 4 and 5 (-Unique; applied after -First) and reference/powershell-semantics.md 2 (case-sensitive in 5.1)
"a","b","c","a","a","a" | Select-Object -Unique
"a","a","b","c" | Select-Object -First 2 -Unique
'a', 'A' | Select-Object -Unique
