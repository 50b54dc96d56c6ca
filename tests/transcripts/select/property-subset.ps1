# source: reference/powershell-semantics.md 2 (-Property is position 0; new objects with the requested properties in order) and 1.5 (table)
[pscustomobject]@{ Name = 'fe1'; Port = 5061; Pool = 'ls14pool' } | Select-Object Pool, Name
