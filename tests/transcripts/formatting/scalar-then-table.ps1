# source: reference/powershell-semantics.md 1.1 (a leading string prints raw), 1.4 (then the table with its blank lines)
'header text', [pscustomobject]@{ a = 1 }
