# source: reference/powershell-semantics.md 1.5 (Boolean columns are right-aligned; alignment is fixed by the first object, so a later string in a numeric column stays right-aligned)
[pscustomobject]@{ Name = 'srv1'; Port = 5061; Up = $true }
[pscustomobject]@{ v = 100 }, [pscustomobject]@{ v = 'ab' }
