# source: reference/powershell-semantics.md 1.9 (Out-String returns all formatted lines, each ending with a newline, so printing it adds one more line; -Stream emits one string per line)
[pscustomobject]@{ a = 1 } | Out-String
[pscustomobject]@{ a = 1 } | Out-String -Stream
([pscustomobject]@{ a = 1 } | Out-String -Stream).Count
