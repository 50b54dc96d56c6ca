# source: reference/powershell-semantics.md 1.7 (empty array -> {}, $null element -> $null, nested PSCustomObject -> @{...} with arrays as System.Object[] and null empty)
[pscustomobject]@{ e = @(); n = 1, $null; o = [pscustomobject]@{ a = $null; b = 2; c = 1, 2 } }
