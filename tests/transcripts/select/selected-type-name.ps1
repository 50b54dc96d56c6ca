# source: reference/powershell-semantics.md 2 (Select-Object output type name is Selected.<original type>)
([pscustomobject]@{ a = 1 } | Select-Object a).PSObject.TypeNames[0]
