# source: reference/powershell-semantics.md 3.1 (script-block form with $_ and $PSItem; aliases where and ?; block output converted to Boolean)
1..10 | Where-Object { $_ % 3 -eq 0 }
'apple', 'banana', 'cherry' | ? { $_ -like '*an*' }
1..5 | where { $PSItem -gt 3 }
0, 1, '', 'x', $null | Where-Object { $_ }
