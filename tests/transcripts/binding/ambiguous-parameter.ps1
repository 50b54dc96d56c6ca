# source: reference/powershell-semantics.md 5 (AmbiguousParameter: 'Possible matches include: -Skip -SkipLast.' for the brief's -S on Select-Object; position = the whole command element as in the proxb/PoshWSUS#11 5.1 transcript; the long line word-wraps at 119)
'a' | Select-Object -S 1
