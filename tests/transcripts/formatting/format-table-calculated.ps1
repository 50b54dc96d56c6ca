# source: reference/powershell-semantics.md 3.7 (calculated columns with Label and Expression)
[pscustomobject]@{ n = 2 }, [pscustomobject]@{ n = 30 } | Format-Table n, @{ Label = 'Double'; Expression = { $_.n * 2 } }
