# source: reference/powershell-semantics.md 2 (calculated property keys match by unique prefix: n/e, l; Expression may be a property name string)
[pscustomobject]@{ Name = 'fe1'; Port = 5061 } | Select-Object @{ n = 'Server'; e = 'Name' }, @{ l = 'TlsPort'; ex = { $_.Port } }
