# source: reference/powershell-semantics.md 1.7 (enumeration limit applies in lists too)
[pscustomobject]@{ Machines = 1..10 } | Format-List
