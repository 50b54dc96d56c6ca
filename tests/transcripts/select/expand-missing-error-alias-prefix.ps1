# source: reference/powershell-semantics.md 6.1 (the prefix is the name used to invoke the command, so an alias shows as typed; Activity stays the command name; a PSCustomObject target prints @{...}:PSObject)
[pscustomobject]@{a=1} | select -ExpandProperty b
