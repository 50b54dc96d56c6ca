# source: reference/powershell-semantics.md 1.3 (later PSCustomObjects are shown with the first object's columns: missing properties blank, extra ones not shown)
[pscustomobject]@{ a = 1; b = 2 }, [pscustomobject]@{ a = 3; c = 4 }
