# source: reference/powershell-semantics.md 3.6 (NoteProperty definitions '<type> <name>=<value>': Object[] with System.Object[], bool, double, object/null for $null; rows sorted by name)
[pscustomobject]@{ s = 'x'; b = $true; d = 1.5; a = 1, 2; n = $null } | Get-Member -MemberType NoteProperty
