# source: reference/powershell-semantics.md 3.9 (issue PowerShell/PowerShell#2736 sample: a nested object stays on the key's line, members at bracket column + 4, closing bracket under the opening one)
[ordered]@{ dan = 15; foo = [ordered]@{ second = 'bbbbbbbb'; first = 'a' } } | ConvertTo-Json
