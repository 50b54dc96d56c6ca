# source: reference/powershell-semantics.md 1.3 (once the first object chose a list, later objects show their own properties with their own padding)
[pscustomobject]@{ a = 1; b = 2; c = 3; d = 4; e = 5 }, [pscustomobject]@{ long = 'x'; z = 9 }
