# source: reference/powershell-semantics.md 3.6 (one TypeName group per type; autosized Name/MemberType/Definition table)
'abc' | Get-Member -Name Length
